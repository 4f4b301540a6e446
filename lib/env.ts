// Every environment variable the portal reads, in one zod schema. The server validates it once
// when it starts (instrumentation.ts) and `npm run start:production` before it runs anything, so a
// bad value stops the start with a message naming the variable instead of failing on first use.
//
// No `server-only` here: the seed and the scripts run the same use-cases in plain Node (a
// notification's link reads the public origin). Nothing in this file is secret; the values are.
import { z } from "zod";

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `demo`: what `npm start` runs (demo data, derived keys); `production`: a department's install. */
export const MODES = ["demo", "production"] as const;
export type Mode = (typeof MODES)[number];

const DEMO_ORIGIN = "http://localhost:3000";
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** An empty variable (`VAR=` in a compose file) reads as unset, so its default applies. */
const unsetIfEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) => z.preprocess(unsetIfEmpty, schema.default(fallback as never));

function parsesAsUrl(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const wholeNumber = (min: number, max: number, fallback: number, unit: string) =>
  withDefault(
    z.coerce.number({ error: `must be a whole number of ${unit} from ${min} to ${max}` }).int({ error: `must be a whole number of ${unit} from ${min} to ${max}` }).min(min, {
      error: `must be a whole number of ${unit} from ${min} to ${max}`,
    }).max(max, { error: `must be a whole number of ${unit} from ${min} to ${max}` }),
    fallback,
  );

const secret = (what: string) => z.string().min(16, { error: `must be at least 16 characters (${what})` });

/** Each variable on its own: what it may hold and its default (the README's configuration table). */
export const ENV_FIELDS = {
  SANAT_MODE: optional(z.enum(MODES, { error: 'must be "demo" or "production"' })),
  NODE_ENV: optional(z.string()),
  DATABASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string({ error: "is required: the PostgreSQL database the portal uses, postgresql://user:password@host:5432/database" })
      .refine((value) => parsesAsUrl(value, ["postgresql:", "postgres:"]) && new URL(value).pathname.length > 1, {
        error: "must be a postgresql://user:password@host:5432/database URL",
      }),
  ),
  DATABASE_POOL_SIZE: wholeNumber(1, 200, 10, "connections"),
  NEXTAUTH_SECRET: z.preprocess(unsetIfEmpty, z.string({ error: "is required: the key sessions are signed with (e.g. `openssl rand -base64 32`)" }).pipe(secret("the session key"))),
  NEXTAUTH_URL: optional(
    z.string().refine((value) => parsesAsUrl(value, ["http:", "https:"]), { error: "must be the origin the portal is served at, e.g. https://sanat.example.kz" }),
  ),
  DOCUMENT_SIGNING_SECRET: optional(secret("the key of the QR links on receipts and refusals")),
  // 0: no proxy, the socket's address is the client (scripts/serve.mjs); lib/rate-limit/client-key.ts
  TRUSTED_PROXY_HOPS: wholeNumber(0, 10, 0, "proxies"),
  SESSION_COOKIE_SECURE: optional(z.enum(["true", "false"], { error: 'must be "true" or "false"' })),
  REQUIRE_ADMIN_SECOND_FACTOR: optional(z.enum(["true", "false"], { error: 'must be "true" or "false"' })),
  SECOND_FACTOR_SECRET: optional(secret("the key second-factor secrets and recovery codes are sealed with")),
  SMTP_URL: optional(z.string().refine((value) => parsesAsUrl(value, ["smtp:", "smtps:"]), { error: "must be an smtp:// or smtps:// URL" })),
  SMTP_FROM: optional(z.string().max(200, { error: "must be at most 200 characters" })),
  NOTIFICATION_WORKER: withDefault(z.enum(["on", "off"], { error: 'must be "on" or "off"' }), "on"),
  NOTIFICATION_POLL_MS: wholeNumber(100, 3_600_000, 2000, "milliseconds"),
  SCAN_STORAGE_DIR: withDefault(z.string(), ".data/scans"),
  S3_BUCKET: optional(z.string().min(3, { error: "must be at least 3 characters" })),
  S3_ENDPOINT: optional(z.string().refine((value) => parsesAsUrl(value, ["http:", "https:"]), { error: "must be an http(s):// URL" })),
  S3_REGION: withDefault(z.string(), "us-east-1"),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  // sign-in by digital signature (lib/auth/ecp/): a PEM bundle of the CA certificates (and CRLs) it
  // trusts, the national certification authority's in production; unset, it is not offered
  SANAT_ECP_CA_FILE: optional(z.string().min(1)),
  // the OCSP responder asked about each signer's certificate (the NCA's: http://ocsp.pki.gov.kz);
  // set, a certificate whose status it cannot give is refused (fail closed)
  SANAT_ECP_OCSP_URL: optional(z.string().refine((value) => parsesAsUrl(value, ["http:", "https:"]), { error: "must be an http(s):// URL, e.g. http://ocsp.pki.gov.kz" })),
  SANAT_ECP_OCSP_TIMEOUT_MS: withDefault(z.coerce.number().int().min(100).max(30_000), 3_000),
  // where the browser finds NCALayer; its own address unless a test runs a stand-in elsewhere
  SANAT_NCALAYER_URL: withDefault(z.string().refine((value) => parsesAsUrl(value, ["wss:", "ws:"]), { error: "must be a wss:// URL, e.g. wss://127.0.0.1:13579" }), "wss://127.0.0.1:13579"),
  LOG_LEVEL: withDefault(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }), "info"),
} as const;

export type EnvKey = keyof typeof ENV_FIELDS;
const fieldsSchema = z.object(ENV_FIELDS);
type Fields = z.output<typeof fieldsSchema>;

export interface ScanStorageConfig {
  dir: string;
  s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | null;
}

export type Env = Omit<Fields, "SANAT_MODE" | "NEXTAUTH_URL" | "DOCUMENT_SIGNING_SECRET"> & {
  SANAT_MODE: Mode;
  /** the public origin (no path): sign-in, the links in e-mails and the QR codes of documents */
  NEXTAUTH_URL: string;
  DOCUMENT_SIGNING_SECRET: string;
  scanStorage: ScanStorageConfig;
};

type StorageFields = Pick<Fields, "SCAN_STORAGE_DIR" | "S3_BUCKET" | "S3_ENDPOINT" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY">;
type Problem = (variable: EnvKey, message: string) => void;

/** A bucket is configured whole or not at all: a half-configured one fails at start, not at the first upload. */
function checkScanStorage(fields: StorageFields, problem: Problem) {
  if (!fields.S3_BUCKET) return;
  for (const variable of ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
    if (!fields[variable]) problem(variable, "is required when S3_BUCKET is set (scans go to the bucket)");
  }
}

function scanStorageOf(fields: StorageFields): ScanStorageConfig {
  return {
    dir: fields.SCAN_STORAGE_DIR,
    s3: fields.S3_BUCKET
      ? { endpoint: fields.S3_ENDPOINT!, bucket: fields.S3_BUCKET, region: fields.S3_REGION, accessKeyId: fields.S3_ACCESS_KEY_ID!, secretAccessKey: fields.S3_SECRET_ACCESS_KEY! }
      : null,
  };
}

const storageSchema = fieldsSchema
  .pick({ SCAN_STORAGE_DIR: true, S3_BUCKET: true, S3_ENDPOINT: true, S3_REGION: true, S3_ACCESS_KEY_ID: true, S3_SECRET_ACCESS_KEY: true })
  .superRefine((fields, context) => checkScanStorage(fields, (variable, message) => context.addIssue({ code: "custom", path: [variable], message })))
  .transform(scanStorageOf);

/**
 * The rules across variables run even when a variable is bad, so one start names every problem;
 * a variable that already failed on its own is left out of them (its value is not what it seems).
 */
function crossChecked(check: (fields: Fields, problem: Problem) => void) {
  return [
    (fields: Fields, context: z.RefinementCtx<Fields>) => {
      const failed = new Set(context.issues.map((issue) => issue.path?.[0]));
      const valid = Object.fromEntries(Object.entries(fields).filter(([key]) => !failed.has(key))) as Fields;
      check(valid, (variable, message) => {
        if (!failed.has(variable)) context.addIssue({ code: "custom", path: [variable], message });
      });
    },
    { when: () => true },
  ] as const;
}

const schema = fieldsSchema
  .superRefine(...crossChecked((fields, problem) => {
    checkScanStorage(fields, problem);
    if (modeOf(fields) !== "production") return;
    // a department's install: nothing may fall back to a development default
    if (!fields.NEXTAUTH_URL) problem("NEXTAUTH_URL", "is required in production: the public origin, e.g. https://sanat.example.kz");
    else {
      const url = new URL(fields.NEXTAUTH_URL);
      if (url.protocol !== "https:" && !LOOPBACK_HOSTS.has(url.hostname)) problem("NEXTAUTH_URL", "must be https:// in production (http only on this machine's loopback)");
      if (url.pathname !== "/" || url.search || url.hash) problem("NEXTAUTH_URL", "must be an origin only, without a path, in production");
    }
    if (fields.NEXTAUTH_SECRET && fields.NEXTAUTH_SECRET.length < 32) problem("NEXTAUTH_SECRET", "must be at least 32 characters in production");
    if (!fields.DOCUMENT_SIGNING_SECRET) problem("DOCUMENT_SIGNING_SECRET", "is required in production: the key of the QR links on receipts and refusals");
    else if (fields.DOCUMENT_SIGNING_SECRET.length < 32) problem("DOCUMENT_SIGNING_SECRET", "must be at least 32 characters in production");
    else if (fields.DOCUMENT_SIGNING_SECRET === fields.NEXTAUTH_SECRET) problem("DOCUMENT_SIGNING_SECRET", "must differ from NEXTAUTH_SECRET in production");
  }))
  .transform(
    (fields): Env => ({
      ...fields,
      SANAT_MODE: modeOf(fields),
      NEXTAUTH_URL: originOf(fields.NEXTAUTH_URL),
      // the demo signs documents with the session key; production has a key of its own (required above)
      DOCUMENT_SIGNING_SECRET: fields.DOCUMENT_SIGNING_SECRET ?? fields.NEXTAUTH_SECRET,
      scanStorage: scanStorageOf(fields),
    }),
  );

/** Production unless the demo is asked for: `next start` without SANAT_MODE is a real install. */
function modeOf(fields: { SANAT_MODE?: Mode; NODE_ENV?: string }): Mode {
  return fields.SANAT_MODE ?? (fields.NODE_ENV === "production" ? "production" : "demo");
}

function originOf(url: string | undefined): string {
  return url ? new URL(url).origin : DEMO_ORIGIN;
}

/** A configuration that does not validate: every variable at fault, each with what it must be. */
export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`The portal's configuration is invalid:\n${problems.map((p) => `  ${p.variable} ${p.message}`).join("\n")}`);
    this.name = "EnvError";
  }
}

function problemsOf(error: z.ZodError): { variable: string; message: string }[] {
  return error.issues.map((issue) => ({ variable: String(issue.path[0] ?? "environment"), message: issue.message }));
}

function parseWith<T>(schema: z.ZodType<T>, source: Record<string, string | undefined>): T {
  const result = schema.safeParse(source);
  if (!result.success) throw new EnvError(problemsOf(result.error));
  return result.data;
}

/** The whole configuration from `source`, or an EnvError naming every bad variable (values are never echoed: some are secrets). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  return parseWith(schema, source);
}

let cached: Env | undefined;

/** The portal's configuration, validated once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * One variable, validated by its own field of the schema: for code that also runs outside the
 * portal (the logger, a notification's link in the seed and the tests), where the variables the
 * portal requires may be absent. The portal has validated everything at start all the same.
 */
export function envValue<K extends EnvKey>(key: K, source: Record<string, string | undefined> = process.env): Fields[K] {
  const result = ENV_FIELDS[key].safeParse(source[key]);
  if (!result.success) throw new EnvError(result.error.issues.map((issue) => ({ variable: key, message: issue.message })));
  return result.data as Fields[K];
}

/** Where scans are kept, by the same fields and rule as the whole configuration (which the portal has validated at start). */
export function scanStorageConfig(source: Record<string, string | undefined> = process.env): ScanStorageConfig {
  return cached?.scanStorage ?? parseWith(storageSchema, source);
}

/** The origin links to the portal are built on (e-mails, QR codes): the configured one, never a request's Host. */
export function publicOrigin(): string {
  return cached?.NEXTAUTH_URL ?? originOf(envValue("NEXTAUTH_URL"));
}
