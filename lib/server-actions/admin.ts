"use server";

// The administration's server actions: each is a public endpoint, so each checks the actor,
// parses its form with zod (in lib/admin), and answers in the user's language.
import { revalidatePath } from "next/cache";
import { z, ZodError } from "zod";
import { assertAdmin } from "@/lib/admin/audit";
import { addHoliday, removeHoliday } from "@/lib/admin/holidays";
import { createOrganization, updateOrganization } from "@/lib/admin/organizations";
import { createStaffAccount, updateStaffAccount } from "@/lib/admin/users";
import { cloneVersion, publishVersion, updateDraft } from "@/lib/admin/versions";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/domain/permissions";
import { isAppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { lookupMessage, type MessageKey } from "@/lib/i18n/translate";
import { MESSAGES } from "@/lib/i18n/messages";

// a crafted request may pass anything as the form: it reads as a form with no fields
const field = (formData: FormData, name: string) => (formData instanceof FormData ? formData.get(name) : null);
const text = (formData: FormData, name: string) => {
  const value = field(formData, name);
  return typeof value === "string" ? value : undefined;
};
const id = z.string().min(1).max(40);

/** What an administrator's form shows after its action: nothing yet, done, or what to fix. */
export interface AdminFormState {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
}

async function run(work: (actor: Actor) => Promise<unknown>): Promise<AdminFormState> {
  const { locale, t } = await getTranslator();
  try {
    const actor = await currentActor();
    assertAdmin(actor);
    await work(actor);
    revalidatePath("/admin", "layout");
    return { status: "ok", message: t("dashboard.admin.saved") };
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: t(error.messageKey, error.params) };
    if (error instanceof ZodError) {
      // schema messages are message keys; anything else is a generic "check the marked fields"
      const translate = (message: string) => (lookupMessage(MESSAGES[locale], message) !== undefined ? t(message as MessageKey) : t("errors.invalidInput"));
      const fieldErrors = Object.fromEntries(error.issues.map((issue) => [issue.path.join(".") || "form", translate(issue.message)]));
      return { status: "error", message: t("errors.invalidInput"), fieldErrors };
    }
    throw error;
  }
}

const organizationForm = (formData: FormData) => ({
  code: text(formData, "code") ?? "",
  kind: text(formData, "kind") as never,
  nameKk: text(formData, "nameKk") ?? "",
  nameRu: text(formData, "nameRu") ?? "",
  nameEn: text(formData, "nameEn") ?? "",
  localityCode: text(formData, "localityCode") ?? "",
  parentId: text(formData, "parentId"),
});

export async function createOrganizationAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) => createOrganization(db(), actor, organizationForm(formData)));
}

export async function updateOrganizationAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) => updateOrganization(db(), actor, id.parse(text(formData, "id")), organizationForm(formData)));
}

export async function createUserAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) =>
    createStaffAccount(db(), actor, {
      login: text(formData, "login") ?? "",
      fullName: text(formData, "fullName") ?? "",
      role: text(formData, "role") as never,
      organizationId: text(formData, "organizationId") ?? "",
      password: text(formData, "password"),
    }),
  );
}

export async function updateUserAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) =>
    updateStaffAccount(db(), actor, id.parse(text(formData, "id")), {
      fullName: text(formData, "fullName") ?? "",
      role: text(formData, "role") as never,
      organizationId: text(formData, "organizationId") ?? "",
      password: text(formData, "password"),
      isActive: field(formData, "isActive") === "on",
    }),
  );
}

export async function cloneVersionAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) => cloneVersion(db(), actor, id.parse(text(formData, "id")), text(formData, "code") ?? ""));
}

const json = (formData: FormData, name: string): unknown => {
  try {
    return JSON.parse(text(formData, name) ?? "");
  } catch {
    return undefined; // the schema reports the field as invalid
  }
};
const num = (formData: FormData, name: string) => Number(text(formData, name));

export async function updateDraftAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) =>
    updateDraft(db(), actor, id.parse(text(formData, "id")), {
      titleKk: text(formData, "titleKk") ?? "",
      titleRu: text(formData, "titleRu") ?? "",
      titleEn: text(formData, "titleEn") ?? "",
      legalBasis: text(formData, "legalBasis") ?? "",
      effectiveFrom: text(formData, "effectiveFrom") ?? "",
      rules: {
        stepNormMinutes: {
          CORP_INTAKE: num(formData, "norm.CORP_INTAKE"),
          OFFICE_REGISTRATION: num(formData, "norm.OFFICE_REGISTRATION"),
          COMPLETENESS_CHECK: num(formData, "norm.COMPLETENESS_CHECK"),
        },
        dueSoonShare: num(formData, "dueSoonShare"),
        serviceTermWorkingDays: { stateCorpSameLocality: num(formData, "termSame"), stateCorpOtherLocality: num(formData, "termOther") },
        resultToCorpLeadWorkingDays: num(formData, "leadDays"),
        checklist: json(formData, "checklist") as never,
        refusalGrounds: json(formData, "refusalGrounds") as never,
        categories: json(formData, "categories") as never,
      },
    }),
  );
}

export async function publishVersionAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) => publishVersion(db(), actor, id.parse(text(formData, "id")), text(formData, "effectiveFrom") ?? ""));
}

export async function addHolidayAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) =>
    addHoliday(db(), actor, {
      date: text(formData, "date") ?? "",
      nameKk: text(formData, "nameKk") ?? "",
      nameRu: text(formData, "nameRu") ?? "",
      nameEn: text(formData, "nameEn") ?? "",
    }),
  );
}

export async function removeHolidayAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return run((actor) => removeHoliday(db(), actor, text(formData, "date") ?? ""));
}
