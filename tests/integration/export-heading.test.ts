// Issue 17, item 9: the XLSX says what it holds (the view, the period, the filters) above the table,
// and the CSV is split the way Excel in the reader's language splits it.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportView } from "../../lib/dashboard/export";
import { parseDashboardFilter } from "../../lib/dashboard/filters";
import { localDateTime } from "../../lib/domain/working-calendar";
import { registerPackage } from "../../lib/workflow/register-package";
import { makeIntake } from "../../prisma/factories";
import { createTranslator } from "../../lib/i18n/translate";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

describe("the regional export", () => {
  it("heads the XLSX with the period and the filters applied, in the reader's language", async () => {
    const db = testDb.db;
    const region = await createStaff(db, "REGION_ADMIN", "MANG-EDU");
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    await registerPackage(contextAt(db), clerk, makeIntake());
    const { parent: district } = await db.organization.findUniqueOrThrow({
      where: { code: "AKTAU-SCH-12" },
      select: { parent: { select: { id: true, nameRu: true } } },
    });
    if (!district) throw new Error("AKTAU-SCH-12 has no district in the reference tree");
    const filter = parseDashboardFilter({ from: "2026-11-23", to: "2026-11-29", level: "organization", channel: "OFFICE", district: district.id });
    const now = localDateTime("2026-11-26", "15:00");
    const t = createTranslator("ru");

    const xlsx = await exportView(db, region, filter, { format: "xlsx", view: "league" }, "ru", now);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (row: number) => String(sheet.getCell(row, 1).value);
    expect(column(1)).toBe(`Региональная панель контроля. ${t("dashboard.league.title")}`);
    expect(column(2)).toMatch(/^Период: 23 нояб\. 2026 г\. — 29 нояб\. 2026 г\.$/);
    expect(column(3)).toBe(`Фильтры: Район / город: ${district.nameRu}; Канал: ${t("channels.OFFICE")}`);
    expect(column(4)).toMatch(/^Сформировано: 26 нояб\. 2026 г\., 15:00$/);
    expect(sheet.getCell(5, 1).value).toBeNull();
    expect(column(6)).toBe(t("dashboard.league.name"));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });

    const csv = await exportView(db, region, filter, { format: "csv", view: "league" }, "ru", now);
    const [header] = (csv.body as string).replace(/^\uFEFF/, "").split("\r\n");
    expect(header!.split(";").length).toBeGreaterThan(5);
    const english = await exportView(db, region, filter, { format: "csv", view: "league" }, "en", now);
    expect((english.body as string).split("\r\n")[0]!.split(";")).toHaveLength(1);
  });
});
