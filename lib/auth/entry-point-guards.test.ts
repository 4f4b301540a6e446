// Every guarded entry point, called for real (pages, route handlers and server actions as
// modules) by a signed-out visitor and by each role lacking its permission. The session, the
// database and the request's cookies are stand-ins: the database throws when touched, so an entry
// passes only if it asks `can` for the permission its row names and refuses before reading anything.
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { pagesOnDisk, routeHandlersOnDisk, serverActionsOnDisk, type EntryOnDisk } from "../../tests/entry-points-on-disk";
import { PAGES, ROUTE_HANDLERS, SERVER_ACTIONS, type Guard } from "../domain/entry-points";
import { ROLES, type Role } from "../domain/lifecycle";
import { PERMISSIONS, type Permission } from "../domain/permissions";

const seen = vi.hoisted(() => ({
  session: null as { user: { id: string; name: string; role: string; organizationId: string | null; applicantId: string | null } } | null,
  asked: [] as string[],
  reads: [] as string[],
}));

vi.mock("server-only", () => ({}));
vi.mock("next-auth", () => ({ getServerSession: async () => seen.session }));
vi.mock("./options", () => ({ authOptions: () => ({}) }));
vi.mock("../db/prisma", () => ({
  db: () =>
    new Proxy(
      {},
      {
        get(_target, property) {
          seen.reads.push(String(property));
          throw new Error(`read the database (${String(property)}) before refusing`);
        },
      },
    ),
}));
vi.mock("../domain/permissions", async (importOriginal) => {
  const original = await importOriginal<typeof import("../domain/permissions")>();
  return {
    ...original,
    can: (actor: { role: Role }, permission: Permission) => {
      seen.asked.push(permission);
      return original.can(actor, permission);
    },
  };
});
vi.mock("../i18n/server", async () => {
  const { createTranslator } = await import("../i18n/translate");
  return { getTranslator: async () => ({ locale: "en", t: createTranslator("en") }), currentLocale: async () => "en" };
});
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

// ids and codes of the right shape, so an entry gets as far as its check
const PARAMS = { id: "abcdefghij0123456789", scanId: "abcdefghij0123456789", code: "ABCD-1234", token: "not-a-token" };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function intakeForm(): FormData {
  const form = new FormData();
  const fields = { iin: "760907410001", lastName: "Тестова", firstName: "Айгүл", locale: "kk", purpose: "ASSIGN", categorySought: "FIRST" };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** What each action is called with: input that would be valid for the role it belongs to. */
const ACTION_ARGUMENTS: Record<string, () => unknown[]> = {
  runTransition: () => [{ applicationId: PARAMS.id, action: "TAKE_FOR_REVIEW" }],
  decide: () => [{ applicationId: PARAMS.id, marks: {}, decision: "ACCEPT" }],
  registerIntake: () => [null, intakeForm()],
  lookupApplicant: () => ["760907410001"],
  prefillFromCode: () => [PARAMS.code],
  prepareApplication: () => [{ message: null, fieldErrors: {} }, intakeForm()],
};
const formAction = () => [{ status: "idle" }, new FormData()];

const asRole = (role: Role) => ({
  user: { id: `user-${role}`, name: role, role, organizationId: role === "APPLICANT" ? null : "org-1", applicantId: role === "APPLICANT" ? "applicant-1" : null },
});

async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
}

/** The entry's own answer, or what it threw (a redirect, "not found"). */
async function call(kind: "page" | "route" | "action", entry: EntryOnDisk): Promise<unknown> {
  const module = await load(entry.file);
  try {
    if (kind === "page") return await (module.default as (props: unknown) => unknown)({ params: Promise.resolve(PARAMS), searchParams: Promise.resolve({}) });
    if (kind === "route") {
      const [method, route] = entry.key.split(" ") as [string, string];
      const url = `http://portal.test${route.replace(/\[(\w+)\]/g, (_, name: keyof typeof PARAMS) => PARAMS[name])}?format=csv`;
      const body = new FormData();
      body.append("file", new File([PNG], "scan.png", { type: "image/png" }));
      const request = new NextRequest(url, method === "GET" ? { method } : { method, body });
      return await (module[method] as (request: NextRequest, context: unknown) => Promise<Response>)(request, { params: Promise.resolve(PARAMS) });
    }
    return await (module[entry.key] as (...args: unknown[]) => unknown)(...(ACTION_ARGUMENTS[entry.key] ?? formAction)());
  } catch (thrown) {
    return thrown;
  }
}

/** Next's redirect or "not found", as thrown: anything else thrown is a failure, not a refusal. */
function digestOf(answer: unknown): string | null {
  if (!(answer instanceof Error)) return null;
  const digest = (answer as { digest?: unknown }).digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_")) throw answer;
  return digest;
}

const guarded = (entries: EntryOnDisk[], guards: Record<string, Guard>) => entries.filter((e) => guards[e.key] && !("public" in guards[e.key]!));
const ENTRIES = [
  ...guarded(pagesOnDisk(), PAGES).map((entry) => ({ kind: "page" as const, entry, guard: PAGES[entry.key]! })),
  ...guarded(routeHandlersOnDisk(), ROUTE_HANDLERS).map((entry) => ({ kind: "route" as const, entry, guard: ROUTE_HANDLERS[entry.key]! })),
  ...guarded(serverActionsOnDisk(), SERVER_ACTIONS).map((entry) => ({ kind: "action" as const, entry, guard: SERVER_ACTIONS[entry.key]! })),
];

beforeEach(() => {
  seen.session = null;
  seen.asked = [];
  seen.reads = [];
});

describe("every guarded entry point refuses before it reads anything", () => {
  it("finds the entries to call", () => {
    expect(ENTRIES.length).toBeGreaterThan(35);
  });

  for (const { kind, entry, guard } of ENTRIES) {
    it(`${entry.key}: a signed-out visitor`, async () => {
      const answer = await call(kind, entry);
      const digest = digestOf(answer);
      expect(seen.reads, `${entry.key} signed out`).toEqual([]);
      if (answer instanceof Response) expect(answer.status, entry.key).toBe(401);
      if (kind === "page") expect(digest, entry.key).toMatch(/^NEXT_REDIRECT;.*;\/sign-in\?/);
    });

    if (!("permission" in guard)) continue;
    const allowed: readonly Role[] = PERMISSIONS[guard.permission];
    for (const role of ROLES.filter((r) => !allowed.includes(r))) {
      it(`${entry.key}: ${role}, without ${guard.permission}`, async () => {
        seen.session = asRole(role);
        const answer = await call(kind, entry);
        const digest = digestOf(answer);
        expect(seen.asked, `${entry.key} as ${role} asks for its permission`).toContain(guard.permission);
        expect(seen.reads, `${entry.key} as ${role}`).toEqual([]);
        if (answer instanceof Response) expect([403, 404], `${entry.key} as ${role}`).toContain(answer.status);
        if (kind === "page") expect(digest, `${entry.key} as ${role}`).toMatch(/^NEXT_REDIRECT;.*;\/forbidden;/);
      });
    }
  }
});

// An account with a step pending (lib/auth/pending-step.ts: a one-time password to replace) may
// open nothing but that step's page and call nothing but its action, whatever its role may do.
describe("an account that must change its password reaches nothing else first", () => {
  const STEP_ENTRIES = new Set(["/account/password", "changePasswordAction"]);
  const withOneTimePassword = (role: Role) => ({ user: { ...asRole(role).user, mustChangePassword: true } });

  for (const { kind, entry, guard } of ENTRIES.filter(({ entry }) => !STEP_ENTRIES.has(entry.key))) {
    // a role that could use the entry, so only the pending step stands in the way
    const role: Role = "permission" in guard ? PERMISSIONS[guard.permission][0]! : "CLERK";
    it(`${entry.key}: ${role} with a one-time password`, async () => {
      seen.session = withOneTimePassword(role);
      const answer = await call(kind, entry);
      const digest = digestOf(answer);
      expect(seen.reads, entry.key).toEqual([]);
      // a page, or an action that belongs to a page (`page` in its definition), sends it to the step's page
      if (kind === "page" || digest) expect(digest, entry.key).toMatch(/^NEXT_REDIRECT;.*;\/account\/password;/);
      else if (answer instanceof Response) expect(answer.status, entry.key).toBe(403);
      else expect(answer, entry.key).toMatchObject({ ok: false, message: "Change your password first: your account has a one-time password." });
    });
  }

  it("the password page opens for it", async () => {
    seen.session = withOneTimePassword("SYSTEM_ADMIN");
    const page = pagesOnDisk().find((e) => e.key === "/account/password")!;
    const answer = await call("page", page);
    expect(digestOf(answer)).toBeNull();
    expect(seen.reads).toEqual([]);
  });
});
