import type { Metadata } from "next";
import { z } from "zod";
import { StatusLookupForm, type StatusLookupField } from "@/components/applicant/status-lookup-form";
import { PageHeading } from "@/components/layout/page-heading";
import { ErrorSummary } from "@/components/ui/error-summary";
import { getTranslator } from "@/lib/i18n/server";
import { lookUpStatus } from "../../../lib/server-actions/status";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("applicant.status.title") };
}

const searchSchema = z.object({
  number: z.string().max(20).optional().catch(undefined),
  error: z.enum(["notFound", "rateLimited", "invalidNumber", "invalidIin", "invalidAccessCode", "expired"]).optional().catch(undefined),
  retry: z.coerce.number().int().min(1).max(120).optional().catch(undefined),
});

const INVALID_FIELDS: Partial<Record<NonNullable<z.output<typeof searchSchema>["error"]>, StatusLookupField>> = {
  invalidNumber: "registrationNumber",
  invalidIin: "iin",
  invalidAccessCode: "accessCode",
};

export default async function StatusLookupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getTranslator();
  const { number, error, retry } = searchSchema.parse(await searchParams);
  const message =
    error === "rateLimited"
      ? t("applicant.status.rateLimited", { minutes: retry ?? 10 })
      : error
        ? t(`applicant.status.${error}`)
        : null;
  const invalidField = error ? INVALID_FIELDS[error] : undefined;
  return (
    <div className="mx-auto max-w-xl">
      <PageHeading title={t("applicant.status.title")} lead={t("applicant.status.lead")} />
      {message && (
        <ErrorSummary
          // a wrong field is listed under the usual title; a failed lookup is its own title
          title={invalidField ? t("errors.invalidInput") : message}
          items={invalidField ? [{ fieldId: invalidField, message }] : []}
          className="mb-4"
          data-testid="status-error"
        />
      )}
      <StatusLookupForm action={lookUpStatus} defaultNumber={number ?? ""} fieldError={invalidField && message ? { field: invalidField, message } : undefined} />
    </div>
  );
}
