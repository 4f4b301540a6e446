// A small coloured label beside what it qualifies: a state, a deadline, a delivery status.
import type { ComponentProps } from "react";
import { classNames } from "./class-names";

export type TagTone = "slate" | "brand" | "sky" | "violet" | "amber" | "emerald" | "red" | "redSolid";

const TONES: Record<TagTone, { fill: string; ring: string }> = {
  slate: { fill: "bg-slate-100 text-slate-700", ring: "ring-slate-300" },
  brand: { fill: "bg-brand-100 text-brand-900", ring: "ring-brand-600" },
  sky: { fill: "bg-sky-100 text-sky-900", ring: "ring-sky-300" },
  violet: { fill: "bg-violet-100 text-violet-900", ring: "ring-violet-300" },
  amber: { fill: "bg-amber-100 text-amber-900", ring: "ring-amber-400" },
  emerald: { fill: "bg-emerald-100 text-emerald-900", ring: "ring-emerald-300" },
  red: { fill: "bg-red-100 text-red-900", ring: "ring-red-400" },
  redSolid: { fill: "bg-red-700 text-white", ring: "ring-red-800" },
};

const SIZES = { sm: "text-xs", md: "text-sm" } as const;

export function Tag({
  tone,
  size = "sm",
  isOutlined = false,
  isStacked = false,
  className,
  ...props
}: ComponentProps<"span"> & {
  /** leave it out only when `className` brings the colours (a palette kept elsewhere) */
  tone?: TagTone;
  size?: keyof typeof SIZES;
  /** a ring in the tone's colour, for a tag that must stand out in a busy row */
  isOutlined?: boolean;
  /** children on lines of their own (a label over a detail) */
  isStacked?: boolean;
}) {
  return (
    <span
      className={classNames(
        isStacked ? "inline-flex flex-col" : "inline-block",
        "rounded px-2 py-0.5 font-medium",
        SIZES[size],
        tone && TONES[tone].fill,
        tone && isOutlined && `ring-1 ${TONES[tone].ring}`,
        className,
      )}
      {...props}
    />
  );
}
