// The shape of a registration number: the year, a hyphen and the year's sequence, at least six
// digits ("2026-004127"). The number itself is taken in lib/workflow/registration-number.ts.

export function formatRegistrationNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * The registration number as a person types it from the receipt: "2026-000123", "2026 000123",
 * "2026–000123" or "2026000123" (a phone's numeric keypad has no hyphen), in the stored form
 * "2026-000123"; null when it is not one.
 */
export function readRegistrationNumber(typed: string): string | null {
  const match = /^(\d{4})[-‐‑–—.]?(\d{6,9})$/.exec(typed.replace(/\s+/g, ""));
  return match ? `${match[1]}-${match[2]}` : null;
}
