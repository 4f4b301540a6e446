import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDuration } from "./format";

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

describe("durations", () => {
  it.each([
    [161, "kk", "2 сағ 41 мин"],
    [161, "ru", "2 ч 41 мин"],
    [161, "en", "2 h 41 min"],
    [-161, "kk", "2 сағ 41 мин"],
    [41, "ru", "41 мин"],
    [0, "en", "0 min"],
    [120, "kk", "2 сағ"],
    [3 * 1440 + 2 * 60 + 15, "kk", "3 күн 2 сағ"],
    [3 * 1440 + 2 * 60 + 15, "ru", "3 дн. 2 ч"],
    [3 * 1440 + 2 * 60 + 15, "en", "3 d 2 h"],
    [1440, "en", "1 d"],
  ] as const)("%i minutes in %s read %s", (minutes, locale, expected) => {
    expect(formatDuration(minutes, locale)).toBe(expected);
  });

  it.each([
    [480 + 125, "kk", "1 жұм. күн 2 сағ"],
    [480 + 125, "ru", "1 раб. дн. 2 ч"],
    [2 * 480, "en", "2 working d"],
    [479, "en", "7 h 59 min"],
  ] as const)("%i working minutes in %s read %s with an 8-hour working day", (minutes, locale, expected) => {
    expect(formatDuration(minutes, locale, { minutesPerDay: 480 })).toBe(expected);
  });
});
