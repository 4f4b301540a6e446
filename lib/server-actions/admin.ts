"use server";

// The administration's server actions: each is a public endpoint, so each is for the system
// administrator only (the permission table, checked by defineFormAction and again in lib/admin),
// reads its form with zod, and answers in the user's language. The forms' fields are read here as
// text; lib/admin's schemas judge the values and name the fields at fault.
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction, type ActionContext, type ActionResult } from "@/lib/actions/define-action";
import { addHoliday, removeHoliday } from "@/lib/admin/holidays";
import { createOrganization, updateOrganization } from "@/lib/admin/organizations";
import { createStaffAccount, resetStaffPassword, updateStaffAccount } from "@/lib/admin/users";
import { cloneVersion, publishVersion, updateDraft } from "@/lib/admin/versions";
import { db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/domain/permissions";

/**
 * What an administrator's form shows after its action: nothing yet, "saved", or what to fix. A
 * password reset also shows the one-time password it made, this once (it is kept nowhere else).
 */
export type AdminFormState = (ActionResult<{ message: string; oneTimePassword?: string }> & { values?: Record<string, string> }) | null;

/** A refused form shows again what was typed, but never a password: that is typed again. */
const KEEPS_TYPED = { keepsTyped: { except: ["password"] } } as const;

/** A text field; one the form left out reads as empty, as the browser sends an empty input. */
const text = z.string().max(100_000).default("");
const optionalText = z.string().max(100_000).optional();
const id = z.string().min(1).max(40);
/** A number field as the browser sends it; a missing one or text that is no number reads as NaN, which the schema refuses. */
const number = optionalText.transform(Number);
/** A JSON field (the regulation's lists); text that is no JSON reads as missing, which the schema refuses. */
const json = text.transform((value): unknown => {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
});

/** An administrator's form: the work runs as the signed-in administrator; "saved" when it succeeds. */
function adminForm<S extends z.ZodType>(input: S, work: (input: z.output<S>, actor: Actor) => Promise<unknown>) {
  return {
    input,
    permission: "reference.manage" as const,
    revalidate: "/admin",
    run: async (parsed: z.output<S>, { actor, t }: ActionContext) => {
      await work(parsed, actor);
      return { message: t("dashboard.admin.saved") };
    },
  };
}

const organizationFields = {
  code: text,
  kind: optionalText,
  nameKk: text,
  nameRu: text,
  nameEn: text,
  localityCode: text,
  parentId: optionalText,
  addressKk: optionalText,
  addressRu: optionalText,
  addressEn: optionalText,
  receptionHoursKk: optionalText,
  receptionHoursRu: optionalText,
  receptionHoursEn: optionalText,
};
const organizationForm = z.object(organizationFields);
type OrganizationForm = z.output<typeof organizationForm>;
const organization = ({ kind, ...fields }: OrganizationForm) => ({ ...fields, kind: kind as never });

export const createOrganizationAction = defineFormAction(adminForm(organizationForm, (form, actor) => createOrganization(db(), actor, organization(form))), KEEPS_TYPED);

export const updateOrganizationAction = defineFormAction(adminForm(z.object({ id, ...organizationFields }), ({ id: organizationId, ...form }, actor) =>
  updateOrganization(db(), actor, organizationId, organization(form)),
), KEEPS_TYPED);

const staffFields = { fullName: text, iin: optionalText, role: optionalText, organizationId: text, password: optionalText };

export const createUserAction = defineFormAction(adminForm(z.object({ login: text, ...staffFields }), ({ role, ...form }, actor) =>
  createStaffAccount(db(), actor, { ...form, role: role as never }),
), KEEPS_TYPED);

export const updateUserAction = defineFormAction(adminForm(z.object({ id, ...staffFields, isActive: optionalText }), ({ id: userId, role, isActive, ...form }, actor) =>
  updateStaffAccount(db(), actor, userId, { ...form, role: role as never, isActive: isActive === "on" }),
), KEEPS_TYPED);

/** "Reset password" on a staff account's form: a one-time password, shown to the administrator once. */
export const resetPasswordAction = defineFormAction({
  input: z.object({ id }),
  permission: "reference.manage" as const,
  revalidate: "/admin",
  run: async ({ id: userId }, { actor, t }): Promise<{ message: string; oneTimePassword?: string }> => {
    const reset = await resetStaffPassword(db(), actor, userId);
    return { message: t("dashboard.admin.passwordReset.done", { login: reset.login }), oneTimePassword: reset.oneTimePassword };
  },
});

export const cloneVersionAction = defineFormAction(adminForm(z.object({ id, code: text }), ({ id: sourceId, code }, actor) => cloneVersion(db(), actor, sourceId, code)), KEEPS_TYPED);

const draftForm = z.object({
  id,
  titleKk: text,
  titleRu: text,
  titleEn: text,
  legalBasis: text,
  effectiveFrom: text,
  "norm.CORP_INTAKE": number,
  "norm.OFFICE_REGISTRATION": number,
  "norm.COMPLETENESS_CHECK": number,
  dueSoonShare: number,
  termSame: number,
  termOther: number,
  leadHours: number,
  // who checks completeness on each channel: the rules' schema refuses a role that may not
  "checkedBy.OFFICE": text,
  "checkedBy.STATE_CORP": text,
  "checkedBy.E_GOV_PORTAL": text,
  serviceName: json,
  incompleteAtCounter: json,
  providers: json,
  channels: json,
  unclaimedResult: json,
  checklist: json,
  refusalGrounds: json,
  categories: json,
  appealRoute: json,
});

export const updateDraftAction = defineFormAction(adminForm(draftForm, (form, actor) =>
  updateDraft(db(), actor, form.id, {
    titleKk: form.titleKk,
    titleRu: form.titleRu,
    titleEn: form.titleEn,
    legalBasis: form.legalBasis,
    effectiveFrom: form.effectiveFrom,
    rules: {
      serviceName: form.serviceName as never,
      stepNormMinutes: {
        CORP_INTAKE: form["norm.CORP_INTAKE"],
        OFFICE_REGISTRATION: form["norm.OFFICE_REGISTRATION"],
        COMPLETENESS_CHECK: form["norm.COMPLETENESS_CHECK"],
      },
      dueSoonShare: form.dueSoonShare,
      serviceTermWorkingDays: { stateCorpSameLocality: form.termSame, stateCorpOtherLocality: form.termOther },
      resultToCorpLeadHours: form.leadHours,
      completenessCheckedBy: {
        OFFICE: form["checkedBy.OFFICE"] as never,
        STATE_CORP: form["checkedBy.STATE_CORP"] as never,
        // not posted by a form older than the channel: the schema's default (the executor)
        E_GOV_PORTAL: (form["checkedBy.E_GOV_PORTAL"] || undefined) as never,
      },
      incompleteAtCounter: form.incompleteAtCounter as never,
      providers: form.providers as never,
      channels: form.channels as never,
      unclaimedResult: form.unclaimedResult as never,
      checklist: form.checklist as never,
      refusalGrounds: form.refusalGrounds as never,
      categories: form.categories as never,
      appealRoute: form.appealRoute as never,
    },
  }),
), KEEPS_TYPED);

export const publishVersionAction = defineFormAction(adminForm(z.object({ id, effectiveFrom: text }), ({ id: versionId, effectiveFrom }, actor) =>
  publishVersion(db(), actor, versionId, effectiveFrom),
), KEEPS_TYPED);

/**
 * A calendar change, applied after its preview (/admin/calendar-change): back to the calendar,
 * which says how many packages' deadlines moved (the preview, once applied, previews nothing).
 */
function calendarForm<S extends z.ZodType>(input: S, work: (input: z.output<S>, actor: Actor) => Promise<unknown[]>, then = (_input: z.output<S>) => "") {
  return {
    input,
    permission: "reference.manage" as const,
    run: async (parsed: z.output<S>, { actor }: ActionContext): Promise<{ message: string }> => {
      const moved = await work(parsed, actor);
      redirect(`/admin?tab=holidays&moved=${moved.length}${then(parsed)}`);
    },
  };
}

export const addHolidayAction = defineFormAction(
  calendarForm(z.object({ date: text, kind: text.optional(), nameKk: text, nameRu: text, nameEn: text, source: text }), (form, actor) =>
    // a form without the field (posted before days had kinds) adds a day off
    addHoliday(db(), actor, { ...form, kind: (form.kind || undefined) as never }),
  ),
);

// the calendar then names the removed day and offers to put it back (an undo is a change like any other: previewed first)
export const removeHolidayAction = defineFormAction(
  calendarForm(z.object({ date: text, source: text }), (form, actor) => removeHoliday(db(), actor, form), (form) => `&removed=${encodeURIComponent(form.date)}`),
);
