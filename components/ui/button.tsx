// Buttons, and links that look like buttons. The look (variant, size) is the primitive's; where a
// button sits (a margin, full width on a phone) is the caller's `className`.
import Link from "next/link";
import type { ComponentProps } from "react";
import { classNames } from "./class-names";

export type ButtonVariant =
  /** the one main thing to do here */
  | "primary"
  /** a lesser choice beside it: grey outline */
  | "secondary"
  /** a lesser choice in the brand's colour: brand outline */
  | "outline"
  /** almost a link: no border until hovered */
  | "quiet"
  /** something that cannot be undone */
  | "danger"
  /** the way towards a danger, before it is confirmed */
  | "dangerOutline"
  /** a positive decision */
  | "success"
  /** on a dark panel in the brand's colour */
  | "inverse";

export type ButtonSize = "xs" | "sm" | "md" | "lg" | "xl";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
  outline: "border border-brand-600 bg-white text-brand-700 hover:bg-brand-50",
  quiet: "text-brand-700 hover:bg-brand-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
  dangerOutline: "border border-red-400 bg-white text-red-900 hover:bg-red-50",
  success: "bg-emerald-700 text-white hover:bg-emerald-800",
  inverse: "bg-white text-brand-900 hover:bg-brand-50",
};

const SIZES: Record<ButtonSize, string> = {
  xs: "px-2 py-1 text-xs",
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2 text-sm",
  // the teacher's pages: a larger target on a phone
  lg: "px-4 py-2.5 text-base",
  xl: "px-6 py-3 text-base",
};

export interface ButtonStyle {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

export function buttonClass({ variant = "primary", size = "md", className }: ButtonStyle = {}): string {
  return classNames(
    "inline-block rounded text-center font-medium disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}

/** A `<button>`; `type` defaults to "button", so a form is only ever submitted on purpose. */
export function Button({ variant, size, className, type = "button", ...props }: ComponentProps<"button"> & ButtonStyle) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}

/** A page of the portal, reached by a link that looks like a button. */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & ButtonStyle) {
  return <Link className={buttonClass({ variant, size, className })} {...props} />;
}

/**
 * A plain `<a>` that looks like a button: for what is not a page of the portal (a PDF, a download,
 * a new tab) or must load afresh (a blank form), where a client-side `Link` would prefetch or keep state.
 */
export function ButtonAnchor({ variant, size, className, ...props }: ComponentProps<"a"> & ButtonStyle) {
  return <a className={buttonClass({ variant, size, className })} {...props} />;
}
