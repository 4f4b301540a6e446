import Link from "next/link";
import { z } from "zod";
import { AdminForm } from "@/components/admin/admin-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/layout/page-heading";
import { Caption, Table, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { describeFailure } from "@/lib/actions/failure";
import { previewAddHoliday, previewRemoveHoliday } from "@/lib/admin/holidays";
import type { CalendarChangePreview } from "@/lib/admin/calendar-change";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { addHolidayAction, removeHolidayAction } from "../../../../lib/server-actions/admin";

// the change as the calendar tab's forms send it; lib/admin's schemas judge the values
const text = z.string().max(1000).catch("");
const querySchema = z.object({
  op: z.enum(["add", "remove"]).catch("add"),
  date: text,
  kind: text,
  nameKk: text,
  nameRu: text,
  nameEn: text,
  source: text,
});

/** The preview of a calendar change: which open packages' deadlines it moves, from what to what; then applying it. */
export default async function CalendarChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("workspace.admin", "/admin?tab=holidays");
  const { locale, t } = await getTranslator();
  const raw = await searchParams;
  const query = querySchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const { op, source, ...day } = query;
  const back = (
    <Link href="/admin?tab=holidays" className="text-sm text-brand-700 hover:underline">← {t("dashboard.admin.tabs.holidays")}</Link>
  );

  let preview: CalendarChangePreview;
  try {
    preview =
      op === "add"
        ? await previewAddHoliday(db(), actor, { ...day, source, kind: (day.kind || undefined) as never })
        : await previewRemoveHoliday(db(), actor, { date: day.date, source });
  } catch (error) {
    const failure = describeFailure(error, t, locale, "route");
    return (
      <div className="space-y-6">
        <PageHeading title={t("dashboard.admin.calendarChange.title")}>{back}</PageHeading>
        <ErrorSummary title={failure.message} items={Object.entries(failure.fieldErrors).map(([name, message]) => ({ label: fieldLabel(name, t), message }))} />
      </div>
    );
  }

  const name = locale === "ru" ? preview.day.nameRu : locale === "en" ? preview.day.nameEn : preview.day.nameKk;
  const moves = preview.moved.flatMap((app) => app.moves.map((move, index) => ({ app, move, isFirst: index === 0 })));
  const at = (iso: string | null) => (iso ? formatDateTime(iso, locale) : "—");
  return (
    <div className="space-y-6">
      <PageHeading
        title={t(op === "add" ? "dashboard.admin.calendarChange.titleAdd" : "dashboard.admin.calendarChange.titleRemove", { date: formatDate(preview.day.date, locale) })}
        lead={t("dashboard.admin.calendarChange.lead")}
      >
        {back}
      </PageHeading>

      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]" data-testid="calendar-change-day">
        <dt className="font-medium text-slate-600">{t("dashboard.admin.date")}</dt>
        <dd><time dateTime={preview.day.date}>{formatDate(preview.day.date, locale)}</time> · {name} · {t(`dashboard.admin.dayKinds.${preview.day.kind}`)}</dd>
        <dt className="font-medium text-slate-600">{t("dashboard.admin.daySource")}</dt>
        <dd><q>{preview.day.source}</q></dd>
        {op === "remove" && (
          <>
            <dt className="font-medium text-slate-600">{t("dashboard.admin.calendarChange.removalSource")}</dt>
            <dd><q>{source}</q></dd>
          </>
        )}
      </dl>

      <section aria-labelledby="moved-title" className="space-y-3">
        <h2 id="moved-title" className="text-lg font-semibold">
          {t("dashboard.admin.calendarChange.movedTitle", { moved: preview.moved.length, open: preview.openPackages })}
        </h2>
        {moves.length === 0 ? (
          <p className="text-sm text-slate-600" role="status">{t("dashboard.admin.calendarChange.nothingMoves")}</p>
        ) : (
          <Table data-testid="moved-deadlines">
            <Caption>{t("dashboard.admin.calendarChange.tableCaption")}</Caption>
            <TableHead>
              <Th scope="col">{t("dashboard.admin.calendarChange.number")}</Th>
              <Th scope="col">{t("dashboard.admin.calendarChange.deadline")}</Th>
              <Th scope="col">{t("dashboard.admin.calendarChange.from")}</Th>
              <Th scope="col">{t("dashboard.admin.calendarChange.to")}</Th>
            </TableHead>
            <tbody>
              {moves.map(({ app, move, isFirst }) => (
                <Tr key={`${app.applicationId}-${move.field}`} data-number={app.registrationNumber}>
                  {isFirst ? <Th scope="row" rowSpan={app.moves.length} className="font-mono">{app.registrationNumber}</Th> : null}
                  <Td>{t(`dashboard.admin.calendarChange.fields.${move.field}`)}</Td>
                  <Td>{at(move.from)}</Td>
                  <Td><Tag tone="amber">{at(move.to)}</Tag></Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="apply-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="apply-title" className="mb-1 font-semibold">{t("dashboard.admin.calendarChange.applyTitle")}</h2>
        <p className="mb-3 text-sm text-slate-600">{t("dashboard.admin.calendarChange.applyLead")}</p>
        {op === "add" ? (
          <AdminForm action={addHolidayAction} submitLabel={t("dashboard.admin.calendarChange.apply")} className="flex flex-wrap items-center gap-3">
            {Object.entries({ ...preview.day }).map(([field, value]) => <input key={field} type="hidden" name={field} value={value} />)}
          </AdminForm>
        ) : (
          <AdminForm action={removeHolidayAction} submitLabel={t("dashboard.admin.calendarChange.apply")} className="flex flex-wrap items-center gap-3" tone="danger">
            <input type="hidden" name="date" value={preview.day.date} />
            <input type="hidden" name="source" value={source} />
          </AdminForm>
        )}
      </section>
    </div>
  );
}

function fieldLabel(name: string, t: Awaited<ReturnType<typeof getTranslator>>["t"]): string {
  switch (name) {
    case "date":
      return t("dashboard.admin.date");
    case "source":
      return t("dashboard.admin.daySource");
    case "nameKk":
      return t("dashboard.admin.nameKk");
    case "nameRu":
      return t("dashboard.admin.nameRu");
    case "nameEn":
      return t("dashboard.admin.nameEn");
    default:
      return name;
  }
}
