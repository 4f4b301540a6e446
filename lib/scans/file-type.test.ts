import { describe, expect, it } from "vitest";
import { detectScanType, readableFileName } from "./file-type";

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0]);

describe("scan type by content", () => {
  it("recognises PDF, PNG and JPEG by their signatures", () => {
    expect(detectScanType(new TextEncoder().encode("%PDF-1.7\n..."))).toBe("application/pdf");
    expect(detectScanType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(detectScanType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
  });

  it("refuses anything else, whatever it is called", () => {
    expect(detectScanType(new TextEncoder().encode("<html>not a pdf</html>"))).toBeNull();
    expect(detectScanType(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull(); // a zip (docx) renamed .pdf
    expect(detectScanType(new Uint8Array([0x25, 0x50]))).toBeNull(); // too short to be a PDF
    expect(detectScanType(new Uint8Array())).toBeNull();
  });
});

describe("a scan's file name as staff read it", () => {
  it("loses NUL (PostgreSQL refuses it in text) and every other control or direction mark", () => {
    expect(readableFileName("a\u0000b.png")).toBe("ab.png");
    expect(readableFileName("\u202Egnp.exe")).toBe("gnp.exe");
    expect(readableFileName("\u2066x\u2069\u200F.pdf\r\n\t")).toBe("x.pdf");
    expect(readableFileName("\u0000\u0085 ")).toBe("");
  });

  it("keeps 200 characters at most, never half of one", () => {
    expect(readableFileName("Ә".repeat(300))).toBe("Ә".repeat(200));
    const emoji = readableFileName("😀".repeat(300));
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji).toBe("😀".repeat(200));
  });
});
