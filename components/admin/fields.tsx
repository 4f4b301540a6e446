"use client";

// Labelled controls for the administration forms, rendered by the server pages inside an AdminForm:
// each takes its id and its error from the form it sits in.
import { useContext, useEffect, useId, type ReactNode } from "react";
import { Field, type FieldControlProps } from "@/components/ui/field";
import { AdminFormContext } from "./admin-form";

interface Common {
  label: string;
  name: string;
  hint?: string;
  /** spans both columns of the form */
  wide?: boolean;
}

/**
 * What a control starts with, and its key: after a refusal, what was typed (React resets the form
 * once the action returns, to the controls' defaults); a control whose start changes is mounted
 * afresh, as a select keeps the option it was first given.
 */
function useStart(name: string, defaultValue: string | number | undefined, isSecret = false): { start: string | number | undefined; key: string } {
  const values = useContext(AdminFormContext)?.values;
  if (!values || isSecret) return { start: defaultValue, key: `default:${defaultValue ?? ""}` };
  // a field not sent back (too long to echo) starts as it was stored
  const start = Object.hasOwn(values, name) ? values[name] : defaultValue;
  return { start, key: `typed:${start}` };
}

function AdminField({ label, name, hint, wide = false, isCode, children }: Common & { isCode?: boolean; children: (control: FieldControlProps) => ReactNode }) {
  const form = useContext(AdminFormContext);
  const ownId = useId();
  const registerLabel = form?.registerLabel;
  useEffect(() => registerLabel?.(name, label), [registerLabel, name, label]);
  return (
    <Field id={form?.idOf(name) ?? ownId} label={label} hint={hint} error={form?.fieldErrors[name]} size="sm" isCode={isCode} className={wide ? "sm:col-span-2" : undefined}>
      {children}
    </Field>
  );
}

export function TextField({ defaultValue, type = "text", required = false, step, autoComplete, inputMode, ...common }: Common & {
  defaultValue?: string | number;
  type?: string;
  required?: boolean;
  step?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text";
}) {
  const { start, key } = useStart(common.name, defaultValue, type === "password");
  return (
    <AdminField {...common}>
      {(control) => <input key={key} {...control} name={common.name} type={type} defaultValue={start} required={required} step={step} autoComplete={autoComplete} inputMode={inputMode} />}
    </AdminField>
  );
}

export function SelectField({ defaultValue, options, ...common }: Common & { defaultValue?: string; options: { value: string; label: string }[] }) {
  const { start, key } = useStart(common.name, defaultValue);
  return (
    <AdminField {...common}>
      {(control) => (
        <select key={key} {...control} name={common.name} defaultValue={start}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </AdminField>
  );
}

export function TextAreaField({ defaultValue, rows = 10, readOnly = false, ...common }: Common & { defaultValue: string; rows?: number; readOnly?: boolean }) {
  const { start, key } = useStart(common.name, defaultValue);
  return (
    <AdminField {...common} isCode>
      {(control) => <textarea key={key} {...control} name={common.name} defaultValue={start} rows={rows} readOnly={readOnly} />}
    </AdminField>
  );
}

/** A checkbox: after a refusal, as it was ticked (an unticked one is sent as nothing). */
export function CheckboxField({ label, name, defaultChecked }: { label: string; name: string; defaultChecked: boolean }) {
  const values = useContext(AdminFormContext)?.values;
  const isChecked = values ? values[name] === "on" : defaultChecked;
  return (
    <label className="flex items-center gap-2 text-sm">
      <input key={`${values ? "typed" : "default"}:${isChecked}`} type="checkbox" name={name} defaultChecked={isChecked} /> {label}
    </label>
  );
}
