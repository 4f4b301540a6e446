// One JSON object per line on stdout (debug, info) or stderr (warn, error): time, level, event,
// then the fields. Every string of the line is redacted first (./redact.ts), so a caller cannot
// leak an IIN, an e-mail address or a phone number by logging an error or a request's input.
import { envValue } from "../env";
import { redactText, redactValue } from "./redact";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export interface LogSink {
  write(level: LogLevel, line: string): void;
}

const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

export const processSink: LogSink = {
  write(level, line) {
    (level === "warn" || level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
  },
};

/** The line as written: time, level and event first; a field of the same name is kept as `field.<name>`. */
export function formatLogLine(level: LogLevel, event: string, fields: LogFields, time: Date): string {
  const line: Record<string, unknown> = { time: time.toISOString(), level, event: redactText(event) };
  for (const [key, value] of Object.entries(redactValue(fields) as LogFields)) {
    line[key in line ? `field.${key}` : key] = value;
  }
  return JSON.stringify(line);
}

export function createLogger(options: { sink?: LogSink; minLevel?: LogLevel; now?: () => Date } = {}): Logger {
  const { sink = processSink, minLevel = "info", now = () => new Date() } = options;
  const threshold = LEVELS.indexOf(minLevel);
  const at = (level: LogLevel) => (event: string, fields: LogFields = {}) => {
    if (LEVELS.indexOf(level) < threshold) return;
    sink.write(level, formatLogLine(level, event, fields, now()));
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** The portal's logger; LOG_LEVEL=debug|info|warn|error (info by default; another value fails at start, lib/env.ts). */
export const log: Logger = createLogger({ minLevel: envValue("LOG_LEVEL") });
