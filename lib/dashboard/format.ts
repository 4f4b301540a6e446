// How the dashboard shows its numbers, in the viewer's language; exports keep raw values.
import { INTL_LOCALE, type Locale } from "../i18n/locales";
import type { ColumnFormat } from "./league";

export function formatFigure(value: number | null, format: ColumnFormat, locale: Locale): string {
  if (value === null) return "—";
  const intl = INTL_LOCALE[locale];
  if (format === "share") return new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 1 }).format(value);
  if (format === "minutes") return new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(intl).format(value);
}
