import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";

// Node carries full ICU data: what it prints for kk-KZ is what the server printed before Kazakh
// was composed by hand, and what the browser must print too.
const nodeKazakh = (date: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("kk-KZ", { ...options, timeZone: "Asia/Aqtau" }).format(date);

describe("Kazakh dates", () => {
  // every month, both sides of midnight in Aqtau (UTC+5), single- and double-digit days
  const dates = Array.from({ length: 12 }, (_, month) => [
    new Date(Date.UTC(2026, month, 4, 18, 59)),
    new Date(Date.UTC(2026, month, 4, 19, 0)),
    new Date(Date.UTC(2025, month, 27, 3, 5)),
  ]).flat();

  it.each(dates)("match Node's ICU for %s", (date) => {
    expect(formatDateTime(date, "kk")).toBe(nodeKazakh(date, { dateStyle: "medium", timeStyle: "short" }));
    expect(formatDate(date, "kk")).toBe(nodeKazakh(date, { dateStyle: "medium" }));
  });
});
