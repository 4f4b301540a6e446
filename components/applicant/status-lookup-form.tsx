import { getTranslator } from "@/lib/i18n/server";

/** A plain form posting to a server action: it works before any JavaScript has loaded. */
export async function StatusLookupForm({ action, defaultNumber }: { action: (formData: FormData) => Promise<void>; defaultNumber: string }) {
  const { t } = await getTranslator();
  const field = "mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-base";
  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div>
        <label htmlFor="registrationNumber" className="font-medium">
          {t("applicant.status.number")}
        </label>
        <input
          id="registrationNumber"
          name="registrationNumber"
          required
          inputMode="numeric"
          autoComplete="off"
          pattern="\s*\d{4}-\d{6}\s*"
          placeholder="2026-000123"
          defaultValue={defaultNumber}
          aria-describedby="registrationNumber-hint"
          className={field}
        />
        <p id="registrationNumber-hint" className="mt-1 text-xs text-slate-600">
          {t("applicant.status.numberHint")}
        </p>
      </div>
      <div>
        <label htmlFor="iin" className="font-medium">
          {t("applicant.status.iin")}
        </label>
        <input
          id="iin"
          name="iin"
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={15}
          aria-describedby="iin-hint"
          className={field}
        />
        <p id="iin-hint" className="mt-1 text-xs text-slate-600">
          {t("applicant.status.iinHint")}
        </p>
      </div>
      <button type="submit" className="w-full rounded bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 sm:w-auto">
        {t("applicant.status.submit")}
      </button>
    </form>
  );
}
