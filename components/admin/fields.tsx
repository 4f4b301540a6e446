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
  return (
    <AdminField {...common}>
      {(control) => <input {...control} name={common.name} type={type} defaultValue={defaultValue} required={required} step={step} autoComplete={autoComplete} inputMode={inputMode} />}
    </AdminField>
  );
}

export function SelectField({ defaultValue, options, ...common }: Common & { defaultValue?: string; options: { value: string; label: string }[] }) {
  return (
    <AdminField {...common}>
      {(control) => (
        <select {...control} name={common.name} defaultValue={defaultValue}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </AdminField>
  );
}

export function TextAreaField({ defaultValue, rows = 10, readOnly = false, ...common }: Common & { defaultValue: string; rows?: number; readOnly?: boolean }) {
  return (
    <AdminField {...common} isCode>
      {(control) => <textarea {...control} name={common.name} defaultValue={defaultValue} rows={rows} readOnly={readOnly} />}
    </AdminField>
  );
}
