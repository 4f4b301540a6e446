// A data table: a white frame that scrolls sideways on a narrow screen, a grey header row, a rule
// between rows. The cells' padding is set once on the table (by `density`), not on every cell, so
// `Th` and `Td` carry only what differs: a row header, a number column, no wrapping.
import type { ComponentProps, ReactNode } from "react";
import { classNames } from "./class-names";

const DENSITIES = {
  normal: "[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2",
  compact: "[&_td]:px-3 [&_td]:py-1.5 [&_th]:px-3 [&_th]:py-1.5",
  roomy: "[&_td]:px-4 [&_td]:py-2 [&_th]:px-4 [&_th]:py-2",
} as const;

export function Table({
  density = "normal",
  isFramed = true,
  note,
  className,
  ...props
}: ComponentProps<"table"> & {
  density?: keyof typeof DENSITIES;
  /** false inside a panel that is already framed */
  isFramed?: boolean;
  /** shown under the table, inside its frame */
  note?: ReactNode;
}) {
  return (
    <div className={isFramed ? "overflow-x-auto rounded-lg border border-slate-200 bg-white" : "overflow-x-auto"}>
      <table className={classNames("min-w-full text-sm", DENSITIES[density], className)} {...props} />
      {note}
    </div>
  );
}

const CAPTIONS = {
  /** a line saying what the rows are (how many, sorted how) */
  muted: "px-4 py-2 text-left text-slate-600",
  /** the table's own title */
  title: "px-4 py-2 text-left font-medium",
  /** for screen readers only, where a visible title sits outside the table */
  hidden: "sr-only",
} as const;

export function Caption({ variant = "muted", className, ...props }: ComponentProps<"caption"> & { variant?: keyof typeof CAPTIONS }) {
  return <caption className={classNames(CAPTIONS[variant], className)} {...props} />;
}

/** The header row: pass the column headers (`Th`) as children. */
export function TableHead({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <thead className={classNames("bg-slate-100 text-left", className)}>
      <tr>{children}</tr>
    </thead>
  );
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={classNames("border-t border-slate-100", className)} {...props} />;
}

/**
 * A header cell: a column's (the default) or, with `scope="row"`, the cell that names its row
 * (left-aligned, medium weight unless `weight="normal"`).
 */
export function Th({
  scope = "col",
  isNumeric = false,
  weight,
  className,
  ...props
}: ComponentProps<"th"> & { scope?: "col" | "row"; isNumeric?: boolean; weight?: "normal" | "medium" }) {
  const rowWeight = scope === "row" ? (weight ?? "medium") : weight;
  return (
    <th
      scope={scope}
      className={classNames(
        isNumeric ? "text-right" : scope === "row" && "text-left",
        rowWeight === "medium" && "font-medium",
        rowWeight === "normal" && "font-normal",
        className,
      ) || undefined}
      {...props}
    />
  );
}

export function Td({ isNumeric = false, isNowrap = false, className, ...props }: ComponentProps<"td"> & { isNumeric?: boolean; isNowrap?: boolean }) {
  return <td className={classNames(isNumeric && "text-right tabular-nums", isNowrap && "whitespace-nowrap", className) || undefined} {...props} />;
}
