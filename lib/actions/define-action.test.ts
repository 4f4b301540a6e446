import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "../domain/permissions";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locales";
import { MESSAGES } from "../i18n/messages";
import { createTranslator } from "../i18n/translate";

// the request's surroundings: who is signed in, in which language, and Next.js's cache and redirects
const session = vi.hoisted(() => ({ actor: null as Actor | null, locale: "kk" as Locale }));
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("../auth/session", () => ({
  currentActor: async () => session.actor,
  requirePermission: async () => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/sign-in;307;" });
  },
}));
vi.mock("../i18n/server", () => ({ getTranslator: async () => ({ locale: session.locale, t: createTranslator(session.locale) }) }));
const { revalidatePath } = await import("next/cache");
const { defineAction, defineFormAction, formFields } = await import("./define-action");

const CLERK: Actor = { userId: "u1", role: "CLERK", name: "Айжан", organizationId: "o1", applicantId: null };
const EXECUTOR: Actor = { ...CLERK, role: "EXECUTOR" };

beforeEach(() => {
  session.actor = CLERK;
  session.locale = "kk";
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.clearAllMocks());

const run = vi.fn(async (input: { applicationId: string }, context: { actor: Actor }) => ({ id: input.applicationId, by: context.actor.userId }));
const take = defineAction({ input: z.object({ applicationId: z.string().min(1).max(40) }), revalidate: "/", run });

describe("defineAction", () => {
  it("runs the use-case with the parsed input and the signed-in actor, then renders the layout afresh", async () => {
    expect(await take({ applicationId: "a1" })).toEqual({ ok: true, data: { id: "a1", by: "u1" } });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("refuses input of the wrong shape before the use-case runs, in the asked language", async () => {
    session.locale = "ru";
    for (const input of [null, "a1", { applicationId: "" }, { applicationId: "x".repeat(41) }, [{ applicationId: "a1" }]]) {
      const result = await take(input as never);
      expect(result).toMatchObject({ ok: false, message: MESSAGES.ru.errors.invalidInput });
    }
    expect(run).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a signed-out visitor, and a role without the permission, before parsing", async () => {
    const lookUp = defineAction({ input: z.string(), permission: "applications.intake", run: async () => "found" });
    session.actor = null;
    expect(await lookUp(42 as never)).toEqual({ ok: false, message: MESSAGES.kk.errors.signInFirst, fieldErrors: {} });
    session.actor = EXECUTOR;
    expect(await lookUp("760907410001")).toEqual({ ok: false, message: MESSAGES.kk.errors.forbidden, fieldErrors: {} });
    session.actor = CLERK;
    expect(await lookUp("760907410001")).toEqual({ ok: true, data: "found" });
  });

  it("maps the use-case's AppError, with its field errors, to the caller's words", async () => {
    session.locale = "en";
    const register = defineAction({
      input: z.object({}),
      run: async () => {
        throw new AppError("INVALID_INPUT", "errors.unknownCategory", {}, { categoryHeld: "errors.unknownCategory" });
      },
    });
    expect(await register({})).toEqual({ ok: false, message: MESSAGES.en.errors.unknownCategory, fieldErrors: { categoryHeld: MESSAGES.en.errors.unknownCategory } });
  });

  it("answers an unexpected error with the plain 'unexpected' message, never its text", async () => {
    const broken = defineAction({
      input: z.object({}),
      run: async () => {
        throw new Error('where: { iin: "760907410001" }');
      },
    });
    expect(await broken({})).toEqual({ ok: false, message: MESSAGES.kk.errors.unexpected, fieldErrors: {} });
  });

  it("lets Next.js's redirect through: it ends the action on purpose", async () => {
    const prepare = defineAction({ input: z.object({}), permission: "workspace.applicant", page: "/applicant/prepare", run: async () => "never" });
    await expect(prepare({})).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });
});

describe("defineFormAction", () => {
  const schema = z.object({ iin: z.string().regex(/^\d{12}$/, "errors.invalidIin"), documents: z.array(z.string()).optional(), note: z.string().optional() });
  const register = defineFormAction({ input: schema, run: async (input) => input });
  const form = (entries: [string, string | Blob][]) => {
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return data;
  };

  it("parses the form's fields: a repeated field is a list", async () => {
    const result = await register(null, form([["iin", "760907410001"], ["documents", "A"], ["documents", "B"]]));
    expect(result).toEqual({ ok: true, data: { iin: "760907410001", documents: ["A", "B"] } });
  });

  it("names the fields at fault with our messages; zod's own text becomes 'invalid input'", async () => {
    session.locale = "ru";
    const result = await register(null, form([["iin", "123"], ["note", new Blob(["x"])]]));
    expect(result).toEqual({ ok: false, message: MESSAGES.ru.errors.invalidInput, fieldErrors: { iin: MESSAGES.ru.errors.invalidIin, note: MESSAGES.ru.errors.invalidInput } });
  });

  it("refuses a call with anything but a form", async () => {
    for (const notAForm of [null, {}, "iin=760907410001", [["iin", "760907410001"]]]) {
      expect(await register(null, notAForm as never)).toMatchObject({ ok: false, message: MESSAGES.kk.errors.invalidInput });
    }
  });
  it("sends back what was typed when asked to, but never the secret fields, files, Next.js's own fields or long values", async () => {
    const keeping = defineFormAction({ input: schema.extend({ password: z.string().optional() }), run: async (input) => input }, { keepsTyped: { except: ["password"] } });
    const refused = await keeping(null, form([["iin", "123"], ["note", "Айгүл"], ["password", "secret-1"], ["$ACTION_ID_x", ""], ["documents", "A"], ["documents", "B"], ["long", "x".repeat(1001)]]));
    expect(refused).toMatchObject({ ok: false, values: { iin: "123", note: "Айгүл", documents: "A" } });
    expect(Object.keys((refused as { values: object }).values).sort()).toEqual(["documents", "iin", "note"]);
    // accepted: nothing to send back; and a form that did not ask gets no values
    expect(await keeping(null, form([["iin", "760907410001"]]))).not.toHaveProperty("values");
    expect(await register(null, form([["iin", "123"]]))).not.toHaveProperty("values");
  });
});

describe("formFields", () => {
  it("keeps __proto__ and constructor as fields, not as the object's prototype", () => {
    const data = new FormData();
    data.append("__proto__", "x");
    data.append("constructor", "y");
    data.append("constructor", "z");
    const fields = formFields(data);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.keys(fields).sort()).toEqual(["__proto__", "constructor"]);
    expect(fields.constructor).toEqual(["y", "z"]);
  });
});
