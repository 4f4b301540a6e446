// A scan's type is decided by its first bytes, never by its name or the browser's claim.
export const ACCEPTED_SCAN_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type ScanType = (typeof ACCEPTED_SCAN_TYPES)[number];
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

const SIGNATURES: { type: ScanType; bytes: number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export function detectScanType(bytes: Uint8Array): ScanType | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.type ?? null;
}

/** What is wrong with a file offered as a scan (empty or too large, or not a PDF, JPEG or PNG by its content); null when nothing is. */
export function scanProblem(bytes: Uint8Array): { key: "errors.scanTooLarge"; params: { megabytes: number } } | { key: "errors.scanWrongType"; params: Record<string, never> } | null {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_SCAN_BYTES) return { key: "errors.scanTooLarge", params: { megabytes: MAX_SCAN_BYTES / 1024 / 1024 } };
  if (!detectScanType(bytes)) return { key: "errors.scanWrongType", params: {} };
  return null;
}

export const EXTENSION: Record<ScanType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

// control characters (NUL, which PostgreSQL refuses in text, among them) and the direction marks
// that make "‮gnp.exe" read as "exe.png"
const UNREADABLE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** The file name as shown to staff: without invisible characters, at most 200 characters, never half of one. */
export function readableFileName(name: string): string {
  return Array.from(name.replace(UNREADABLE, "").trim()).slice(0, 200).join("");
}
