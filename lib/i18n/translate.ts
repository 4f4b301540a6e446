// Translation without a framework: typed dotted keys over the Kazakh source dictionary.
import type { Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function lookupMessage(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function createTranslator(locale: Locale): Translate {
  const messages = MESSAGES[locale];
  return (key, params) => {
    const template = lookupMessage(messages, key);
    // a missing key is a bug the language test catches; never show the raw key to a user
    if (template === undefined) throw new Error(`Missing message "${key}" for locale ${locale}`);
    return interpolate(template, params);
  };
}
