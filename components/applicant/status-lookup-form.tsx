import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { getTranslator } from "@/lib/i18n/server";

export type StatusLookupField = "registrationNumber" | "iin" | "accessCode";

/**
 * A plain form posting to a server action: it works before any JavaScript has loaded. A field the
 * lookup refused (`fieldError`, also in the page's error summary) carries its message.
 */
export async function StatusLookupForm({
  action,
  defaultNumber,
  fieldError,
}: {
  action: (formData: FormData) => Promise<void>;
  defaultNumber: string;
  fieldError?: { field: StatusLookupField; message: string };
}) {
  const errorOf = (field: StatusLookupField) => (fieldError?.field === field ? fieldError.message : undefined);
  const { t } = await getTranslator();
  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <Field id="registrationNumber" label={t("applicant.status.number")} hint={t("applicant.status.numberHint")} error={errorOf("registrationNumber")} size="lg">
        {(control) => (
          <input
            {...control}
            name="registrationNumber"
            required
            inputMode="numeric"
            autoComplete="off"
            placeholder="2026-000123"
            defaultValue={defaultNumber}
          />
        )}
      </Field>
      <Field id="iin" label={t("applicant.status.iin")} hint={t("applicant.status.iinHint")} error={errorOf("iin")} size="lg">
        {(control) => <input {...control} name="iin" required inputMode="numeric" autoComplete="off" maxLength={15} />}
      </Field>
      <Field id="accessCode" label={t("applicant.status.accessCode")} hint={t("applicant.status.accessCodeHint")} error={errorOf("accessCode")} size="lg">
        {(control) => (
          <input {...control} name="accessCode" required autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} />
        )}
      </Field>
      <Button type="submit" size="lg" className="w-full sm:w-auto">
        {t("applicant.status.submit")}
      </Button>
    </form>
  );
}
