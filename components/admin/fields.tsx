import type { ReactNode } from "react";

/** Labelled inputs for the administration forms; server-rendered, no state of their own. */
export function Field({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={`flex flex-col text-sm ${wide ? "sm:col-span-2" : ""}`}>
      <span className="mb-1 font-medium text-slate-700">{label}</span>
      {children}
    </label>
  );
}

export const inputClass = "rounded border border-slate-300 bg-white px-2 py-1.5";

export function TextField({ label, name, defaultValue, type = "text", required = false, wide = false, step }: {
  label: string;
  name: string;
  defaultValue?: string | number;
  type?: string;
  required?: boolean;
  wide?: boolean;
  step?: string;
}) {
  return (
    <Field label={label} wide={wide}>
      <input name={name} type={type} defaultValue={defaultValue} required={required} step={step} className={inputClass} />
    </Field>
  );
}

export function SelectField({ label, name, defaultValue, options, wide = false }: {
  label: string;
  name: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
  wide?: boolean;
}) {
  return (
    <Field label={label} wide={wide}>
      <select name={name} defaultValue={defaultValue} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </Field>
  );
}
