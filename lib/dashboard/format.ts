// How the dashboard shows its numbers, in the viewer's language; exports keep raw values.
import { INTL_LOCALE, type Locale } from "../i18n/locales";
import type { ColumnFormat } from "./league";

const FORMAT_OPTIONS: Record<ColumnFormat, Intl.NumberFormatOptions> = {
  share: { style: "percent", maximumFractionDigits: 1 },
  minutes: { maximumFractionDigits: 1 },
  count: {},
};

// the league table formats every organization's every figure: a formatter is built once per
// locale and kind, not once per cell
const formatters = new Map<string, Intl.NumberFormat>();

export function formatFigure(value: number | null, format: ColumnFormat, locale: Locale): string {
  if (value === null) return "—";
  const key = `${locale}:${format}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], FORMAT_OPTIONS[format]);
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
