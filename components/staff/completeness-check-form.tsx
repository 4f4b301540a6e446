"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { decide } from "@/lib/server-actions/staff";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { composeRefusalNotice } from "@/lib/applications/refusal-notice";
import type { DocumentMark } from "@/lib/domain/completeness";
import type { CheckFormData } from "@/lib/staff-pages/package-page";
import { RefusalPreview } from "./refusal-preview";

const MARKS: DocumentMark[] = ["PRESENT", "MISSING", "UNREADABLE"];

export function CompletenessCheckForm(props: CheckFormData) {
  const { t } = useI18n();
  const router = useRouter();
  const [marks, setMarks] = useState<Record<string, DocumentMark>>(() => Object.fromEntries(props.items.map((i) => [i.code, i.initialMark])));
  const [groundCodes, setGroundCodes] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [isPreviewing, setIsPreviewing] = useState(false);
  const [pending, setPending] = useState(false);
  // an object per refusal of the decision: the summary takes the focus again even when the text repeats
  const [error, setError] = useState<{ text: string } | null>(null);

  const missingCodes = props.items.filter((i) => i.isRequired && marks[i.code] !== "PRESENT").map((i) => i.code);
  const isComplete = missingCodes.length === 0;
  const notice = useMemo(
    () =>
      composeRefusalNotice(
        {
          registrationNumber: props.registrationNumber,
          grounds: props.grounds.filter((g) => groundCodes.includes(g.code)).map((g) => ({ text: g.applicantText, clause: g.applicantClause })),
          missingDocumentNames: props.items.filter((i) => missingCodes.includes(i.code)).map((i) => i.applicantName),
          note,
        },
        props.refusalTemplates,
      ),
    [props, groundCodes, missingCodes, note],
  );

  async function submit(decision: "ACCEPT" | "REFUSE") {
    setPending(true);
    setError(null);
    const result = await decide({
      applicationId: props.applicationId,
      expectedVersion: props.version,
      marks,
      decision,
      groundCodes,
      missingCodes: groundCodes.some((code) => props.grounds.find((g) => g.code === code)?.requiresMissingItems) ? missingCodes : [],
      note,
    });
    setPending(false);
    if (result.ok) router.refresh();
    else {
      setError({ text: result.message });
      setIsPreviewing(false);
    }
  }

  return (
    <section aria-labelledby="check-title" className="space-y-5 rounded-lg border border-brand-100 bg-white p-5">
      <div>
        <h2 id="check-title" className="text-lg font-semibold">{t("staff.check.title")}</h2>
        <p className="text-sm text-slate-600">{t("staff.check.lead")}</p>
      </div>
      {error && <ErrorSummary title={error.text} revision={error} headingLevel={3} />}
      <div className="space-y-3">
        {props.items.map((item) => (
          <fieldset key={item.code} className="rounded border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">{item.name}</legend>
            <div className="flex flex-wrap gap-4">
              {MARKS.map((mark) => (
                <label key={mark} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="radio"
                    name={`mark-${item.code}`}
                    value={mark}
                    checked={marks[item.code] === mark}
                    onChange={() => setMarks((current) => ({ ...current, [item.code]: mark }))}
                  />
                  {t(`staff.package.marks.${mark}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>

      <Button variant="success" disabled={pending || !isComplete} onClick={() => submit("ACCEPT")}>
        {t("staff.check.accept")}
      </Button>

      <fieldset className="space-y-3 rounded border border-red-200 p-4">
        <legend className="px-1 font-semibold text-red-900">{t("staff.check.refuseTitle")}</legend>
        <fieldset>
          <legend className="text-sm font-medium">{t("staff.check.grounds")}</legend>
          {props.grounds.map((ground) => (
            <label key={ground.code} className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-1"
                checked={groundCodes.includes(ground.code)}
                onChange={(event) =>
                  setGroundCodes((current) => (event.target.checked ? [...current, ground.code] : current.filter((c) => c !== ground.code)))
                }
              />
              <span>
                {ground.label} <span className="text-slate-500">({ground.clause})</span>
              </span>
            </label>
          ))}
        </fieldset>
        {missingCodes.length > 0 && (
          <div className="text-sm">
            <p className="font-medium">{t("staff.check.missing")}</p>
            <p className="text-slate-600">{t("staff.check.missingHint")}</p>
            <ul className="list-disc pl-5">
              {props.items.filter((i) => missingCodes.includes(i.code)).map((i) => (
                <li key={i.code}>{i.name}</li>
              ))}
            </ul>
          </div>
        )}
        {/* the note goes into the refusal as typed, beside text in the applicant's language: say which one */}
        <Field id="refusal-note" label={t("staff.check.note")} hint={t("staff.check.noteLanguage", { language: props.applicantLanguageName })}>
          {(control) => <textarea {...control} lang={props.applicantLocale} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} rows={3} />}
        </Field>
        {!isPreviewing ? (
          <Button variant="dangerOutline" onClick={() => setIsPreviewing(true)} disabled={pending}>
            {t("staff.check.preview")}
          </Button>
        ) : (
          <div className="space-y-3">
            <h3 className="text-sm font-semibold">{t("staff.check.previewTitle", { language: props.applicantLanguageName })}</h3>
            <RefusalPreview notice={notice} lang={props.applicantLocale} />
            <div className="flex gap-2">
              <Button variant="danger" onClick={() => submit("REFUSE")} disabled={pending}>
                {t("staff.check.confirmRefusal")}
              </Button>
              <Button variant="secondary" onClick={() => setIsPreviewing(false)}>
                {t("staff.check.edit")}
              </Button>
            </div>
          </div>
        )}
      </fieldset>
    </section>
  );
}
