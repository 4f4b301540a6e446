import { describe, expect, it } from "vitest";
import { ACTIONS, APPLICATION_STATES, CHANNELS, ROLES } from "../domain/lifecycle";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";
import { createTranslator, interpolate, lookupMessage } from "./translate";

function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leafKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe("message dictionaries", () => {
  const sourceKeys = leafKeys(MESSAGES.kk).sort();

  it.each(LOCALES)("%s has every key of the Kazakh source and no other", (locale) => {
    expect(leafKeys(MESSAGES[locale]).sort()).toEqual(sourceKeys);
  });

  it.each(LOCALES)("%s has no empty message and keeps the same placeholders", (locale) => {
    for (const key of sourceKeys) {
      const message = lookupMessage(MESSAGES[locale], key)!;
      expect(message.trim(), `${locale}:${key}`).not.toBe("");
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(message), `${locale}:${key}`).toEqual(placeholders(lookupMessage(MESSAGES.kk, key)!));
    }
  });

  it.each(LOCALES)("%s labels every state, action, role and channel", (locale) => {
    const t = createTranslator(locale);
    for (const state of APPLICATION_STATES) expect(t(`states.${state}`)).toBeTruthy();
    for (const action of ACTIONS) expect(t(`actions.${action}`)).toBeTruthy();
    for (const action of ACTIONS) expect(t(`events.${action}`)).toBeTruthy();
    for (const role of ROLES) expect(t(`roles.${role}`)).toBeTruthy();
    for (const channel of CHANNELS) expect(t(`channels.${channel}`)).toBeTruthy();
  });

  it("tells the languages apart", () => {
    expect(createTranslator("kk")("nav.signIn")).toBe("Кіру");
    expect(createTranslator("ru")("nav.signIn")).toBe("Войти");
    expect(createTranslator("en")("nav.signIn")).toBe("Sign in");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Total: {count}", { count: 3 })).toBe("Total: 3");
    expect(interpolate("{a} and {b}", { a: "x" })).toBe("x and {b}");
  });

  it("refuses to show a raw key", () => {
    const t = createTranslator("en") as (key: string) => string;
    expect(() => t("nav.nothing")).toThrow(/Missing message/);
  });
});
