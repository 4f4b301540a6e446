// Exports of the current view, CSV or XLSX. The columns are the table's own (league.ts), so a
// file holds what the screen shows; each export is recorded in the audit trail before the file
// leaves (who, which filter, how many rows). No personal data: neither view needs it.
import ExcelJS from "exceljs";
import { z } from "zod";
import type { Db } from "../db/client";
import type { Actor } from "../domain/permissions";
import type { Locale } from "../i18n/locales";
import { createTranslator, type Translate } from "../i18n/translate";
import { FILTER_KEYS, resolvePeriod, startOfLocalDay, type DashboardFilter } from "./filters";
import { formatDate, formatDateTime } from "../i18n/format";
import { loadDimensionLabels } from "./labels";
import { LEAGUE_COLUMNS, leagueTable, type ColumnFormat } from "./league";
import { listOrganizationPackages } from "./organization-packages";
import { assertCanReadDashboard } from "./access";
import { recordActorEvent } from "../audit/actor-event";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export const EXPORT_VIEWS = ["league", "packages"] as const;
export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  view: z.enum(EXPORT_VIEWS).default("league"),
});
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportView = (typeof EXPORT_VIEWS)[number];

export type Cell = string | number | null;
export interface ExportTable {
  headers: string[];
  rows: Cell[][];
}

/** Shares as percentages and minutes to one decimal: the precision the table shows. */
export function exportValue(value: number | null, format: ColumnFormat): Cell {
  if (value === null) return null;
  if (format === "share") return Math.round(value * 1000) / 10;
  if (format === "minutes") return Math.round(value * 10) / 10;
  return value;
}

export async function leagueExportTable(db: Db, actor: Actor, filter: DashboardFilter, locale: Locale, now: Date, t: Translate): Promise<ExportTable> {
  const table = await leagueTable(db, actor, filter, locale, now);
  return {
    headers: [t("dashboard.league.name"), ...LEAGUE_COLUMNS.map((c) => t(`dashboard.league.${c.key}`) + (c.format === "share" ? ", %" : ""))],
    rows: table.rows.map((row) => [row.name, ...LEAGUE_COLUMNS.map((c) => exportValue(row.values[c.key], c.format))]),
  };
}

export async function packagesExportTable(db: Db, actor: Actor, filter: DashboardFilter, locale: Locale, now: Date, t: Translate): Promise<ExportTable> {
  const [{ rows }, labels] = await Promise.all([listOrganizationPackages(db, actor, filter, now, 100_000), loadDimensionLabels(db, locale)]);
  return {
    headers: [
      t("dashboard.organization.number"),
      t("dashboard.organization.state"),
      t("dashboard.organization.channel"),
      t("dashboard.organization.category"),
      t("dashboard.organization.received"),
      t("dashboard.organization.registrationMinutes"),
      t("dashboard.organization.checkMinutes"),
      t("dashboard.organization.grounds"),
    ],
    rows: rows.map((row) => [
      row.registrationNumber,
      t(`states.${row.state}`),
      t(`channels.${row.channel}`),
      labels.category.get(row.categorySought) ?? row.categorySought,
      row.receivedAt,
      exportValue(row.registrationMinutes, "minutes"),
      exportValue(row.checkMinutes, "minutes"),
      row.refusalGroundCodes.map((code) => labels.ground.get(code) ?? code).join("; "),
    ]),
  };
}

// A spreadsheet program takes a cell starting with one of these for a formula: "=HYPERLINK(…)" in
// an organization's name would become a live link, "@SUM(…)" a call (CSV or formula injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * How a spreadsheet program of the reader's language splits a CSV file. Excel takes its list
 * separator from the system's regional settings: where the decimal mark is a comma (Kazakh,
 * Russian) the separator is ";", and a comma-separated file opens as one column; "12.5" is read
 * there as a date. English settings take "," and "12.5". (A "sep=;" first line would choose the
 * separator too, but then Excel ignores the byte-order mark and garbles Kazakh letters.)
 */
export interface CsvDialect {
  separator: "," | ";";
  decimalMark: "." | ",";
}

export function csvDialect(locale: Locale): CsvDialect {
  return locale === "en" ? { separator: ",", decimalMark: "." } : { separator: ";", decimalMark: "," };
}

const COMMA_DIALECT: CsvDialect = { separator: ",", decimalMark: "." };

/**
 * Text as a CSV cell: one that would start a formula gets a leading apostrophe, which spreadsheet
 * programs show as text and do not evaluate (OWASP's rule); numbers are ours and stay numbers.
 */
export function csvCell(cell: Cell, dialect: CsvDialect = COMMA_DIALECT): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell).replace(".", dialect.decimalMark);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n;\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 in the reader's dialect, with a byte-order mark so spreadsheet programs read Kazakh and Russian letters. */
export function toCsv(table: ExportTable, dialect: CsvDialect = COMMA_DIALECT): string {
  return `\uFEFF${[table.headers, ...table.rows].map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator)).join("\r\n")}\r\n`;
}

/** What a printed or forwarded spreadsheet must say of itself: what it is, its period, its filters, when it was made. */
export interface ExportHeading {
  title: string;
  lines: string[];
}

export async function toXlsx(table: ExportTable, sheetName: string, heading?: ExportHeading): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sanat";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  if (heading) {
    sheet.addRow([heading.title]).font = { bold: true, size: 14 };
    for (const line of heading.lines) sheet.addRow([line]);
    sheet.addRow([]);
    // the heading is text like the rest: a filter value such as "=…" must not become a formula
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.numFmt = "@")));
  }
  const headerRow = sheet.addRow(table.headers);
  headerRow.font = { bold: true };
  for (const row of table.rows) {
    // exceljs writes a string as a shared string, never a formula (that takes { formula }); the
    // text number format keeps "=HYPERLINK(…)" text when someone edits the cell in Excel, too
    sheet.addRow(row).eachCell((cell) => {
      if (typeof cell.value === "string") cell.numFmt = "@";
    });
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 48 : 18;
  });
  sheet.views = [{ state: "frozen", ySplit: headerRow.number }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The heading of an export: the view, the period, each filter applied with its value's name, the time it was made. */
export async function exportHeading(db: Db, filter: DashboardFilter, view: ExportView, locale: Locale, now: Date, t: Translate): Promise<ExportHeading> {
  const labels = await loadDimensionLabels(db, locale);
  const period = resolvePeriod(filter, now);
  const day = (date: string) => formatDate(startOfLocalDay(date), locale);
  const applied: [string, string | undefined][] = [
    [t("dashboard.filters.district"), filter.district && (labels.organization.get(filter.district) ?? filter.district)],
    [t("dashboard.filters.organization"), filter.organization && (labels.organization.get(filter.organization) ?? filter.organization)],
    [t("dashboard.filters.channel"), filter.channel && t(`channels.${filter.channel}`)],
    [t("dashboard.filters.kind"), filter.kind && t(`dashboard.kinds.${filter.kind}`)],
    [t("dashboard.filters.category"), filter.category && (labels.category.get(filter.category) ?? filter.category)],
    [t("dashboard.filters.version"), filter.version && (labels.version.get(filter.version) ?? filter.version)],
  ];
  const filters = applied.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`);
  return {
    title: `${t("dashboard.title")}. ${t(view === "packages" ? "dashboard.organization.packages" : "dashboard.league.title")}`,
    lines: [
      `${t("dashboard.period.legend")}: ${t("dashboard.period.current", { from: day(period.fromDate), to: day(period.toDate) })}`,
      `${t("dashboard.filters.legend")}: ${filters.length > 0 ? filters.join("; ") : t("dashboard.filters.all")}`,
      t("dashboard.export.generated", { time: formatDateTime(now, locale) }),
    ],
  };
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
  rowCount: number;
}

/** Builds the file of the current view and records the export; the audit row is written first. */
export async function exportView(
  db: Db,
  actor: Actor,
  filter: DashboardFilter,
  request: { format: ExportFormat; view: ExportView },
  locale: Locale,
  now: Date,
): Promise<ExportFile> {
  assertCanReadDashboard(actor);
  const t = createTranslator(locale);
  const table =
    request.view === "packages"
      ? await packagesExportTable(db, actor, filter, locale, now, t)
      : await leagueExportTable(db, actor, filter, locale, now, t);
  const period = resolvePeriod(filter, now);
  const applied = Object.fromEntries(FILTER_KEYS.filter((key) => filter[key]).map((key) => [key, filter[key]]));
  await recordActorEvent(
    db,
    actor,
    "EXPORT",
    { view: request.view, format: request.format, filter: { ...applied, from: period.fromDate, to: period.toDate }, sort: `${filter.sort} ${filter.dir}`, rows: table.rows.length },
    now,
  );
  const fileName = `sanat-${request.view}-${period.fromDate}-${period.toDate}.${request.format}`;
  return request.format === "csv"
    ? { fileName, contentType: "text/csv; charset=utf-8", body: toCsv(table, csvDialect(locale)), rowCount: table.rows.length }
    : {
        fileName,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body: await toXlsx(
          table,
          t(request.view === "packages" ? "dashboard.organization.packages" : "dashboard.league.title"),
          await exportHeading(db, filter, request.view, locale, now, t),
        ),
        rowCount: table.rows.length,
      };
}
