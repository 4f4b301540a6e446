// A form field: its label, the control, a hint and the error message, wired for assistive
// technology. The control is the caller's (an input, a select, a textarea); `children` receives the
// props it must carry, so the label names it and a screen reader reads the hint and the error with it:
//
//   <Field id="lastName" label={t("…")} error={fieldErrors.lastName}>
//     {(control) => <input {...control} name="lastName" required />}
//   </Field>
import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface FieldControlProps {
  id: string;
  className: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

const SIZES = {
  /** dense forms: filters, administration */
  sm: { label: "block text-sm font-medium", control: "px-2 py-1.5", text: "text-sm" },
  /** staff forms */
  md: { label: "block text-sm font-medium", control: "px-3 py-2", text: "" },
  /** the teacher's pages and sign-in: large text, large targets */
  lg: { label: "block font-medium", control: "px-3 py-2", text: "text-base" },
} as const;

export type FieldSize = keyof typeof SIZES;

/**
 * The look of a field's control (a red border once it is marked invalid). `isCode`: the value is
 * code or data (JSON), in small monospace.
 */
export function controlClass(size: FieldSize = "md", { isCode = false }: { isCode?: boolean } = {}): string {
  return classNames(
    "mt-1 block w-full rounded border border-slate-300 bg-white aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700",
    SIZES[size].control,
    isCode ? "font-mono text-xs" : SIZES[size].text,
  );
}

/** The ids a field's hint and error message take, for a control wired by hand. */
export const hintIdOf = (id: string) => `${id}-hint`;
export const errorIdOf = (id: string) => `${id}-error`;

export function Field({
  id,
  label,
  hint,
  error,
  isInvalid,
  describedBy,
  size = "md",
  isCode = false,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** the message saying what is wrong with the value and how to put it right */
  error?: string;
  /** marks the control invalid without a message of this field's own (a live check shown elsewhere) */
  isInvalid?: boolean;
  /** more ids the control is described by: text the caller renders itself, such as a live status */
  describedBy?: string;
  size?: FieldSize;
  /** the value is code or data (JSON): small monospace */
  isCode?: boolean;
  /** where the field sits in its form's grid */
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const describedByIds = [hint ? hintIdOf(id) : null, describedBy ?? null, error ? errorIdOf(id) : null].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <label htmlFor={id} className={SIZES[size].label}>
        {label}
      </label>
      {children({
        id,
        className: controlClass(size, { isCode }),
        "aria-describedby": describedByIds || undefined,
        "aria-invalid": error || isInvalid ? true : undefined,
      })}
      {hint && (
        <p id={hintIdOf(id)} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorIdOf(id)} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
