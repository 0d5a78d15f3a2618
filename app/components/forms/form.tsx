import { useEffect, useRef, type ReactNode } from "react";
import { useI18n } from "../../i18n/use-t";

/** Field errors by field name (the first message of each), as the actions return them. */
export type Errors = Record<string, string | undefined>;

/**
 * "There is a problem" at the top of a form, linking to each field; focused on arrival so keyboard
 * and screen-reader users land on it (the page's title also starts with "Lỗi: "/"Error: ").
 */
export function ErrorSummary({ errors, order, prefix = "" }: { errors: Errors | undefined; order?: string[]; prefix?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter((e): e is [string, string] => !!e[1]);
  if (order) entries.sort((a, b) => rank(order, a[0]) - rank(order, b[0]));
  const key = entries.map((e) => e.join(":")).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${prefix}error-summary-title`} className="mb-6 rounded-md border-4 border-red-700 bg-white p-4">
      <h2 id={`${prefix}error-summary-title`} className="text-lg font-bold text-red-800">
        {t("form.problem")}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field, prefix)}`} className="font-semibold text-red-800 underline">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function rank(order: string[], field: string) {
  const i = order.indexOf(field);
  return i === -1 ? order.length : i;
}

/** The id a field's control carries (the error summary links to it). */
export function fieldId(name: string, prefix = ""): string {
  return `f-${prefix}${name}`;
}

function describedBy(id: string, hint: boolean, error: boolean) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

function Label({ name, prefix, label, hint, error }: { name: string; prefix?: string; label: string; hint?: ReactNode; error?: string }) {
  const { t } = useI18n();
  const id = fieldId(name, prefix);
  return (
    <>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-1 font-semibold text-red-800">
          <span className="sr-only">{t("form.errorPrefix")}</span> {error}
        </p>
      ) : null}
    </>
  );
}

interface FieldProps {
  name: string;
  /** Distinguishes ids when one page has several forms with the same field names. */
  prefix?: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string | null;
  className?: string;
}

/** A labelled input with hint and error wired to aria-describedby and aria-invalid. */
export function Field({
  type = "text",
  autoComplete,
  inputMode,
  required,
  ...p
}: FieldProps & { type?: "text" | "email" | "tel" | "password"; autoComplete?: string; inputMode?: "numeric" | "tel" | "email" | "text"; required?: boolean }) {
  return (
    <div className={p.className ?? "mb-5"}>
      <Label {...p} />
      <input
        id={fieldId(p.name, p.prefix)}
        name={p.name}
        type={type}
        defaultValue={p.defaultValue ?? ""}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(fieldId(p.name, p.prefix), !!p.hint, !!p.error)}
        className={`input ${p.error ? "border-red-700" : ""}`}
      />
    </div>
  );
}

/** A labelled textarea. */
export function TextArea({ rows = 6, ...p }: FieldProps & { rows?: number }) {
  return (
    <div className={p.className ?? "mb-5"}>
      <Label {...p} />
      <textarea
        id={fieldId(p.name, p.prefix)}
        name={p.name}
        rows={rows}
        defaultValue={p.defaultValue ?? ""}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(fieldId(p.name, p.prefix), !!p.hint, !!p.error)}
        className={`input ${p.error ? "border-red-700" : ""}`}
      />
    </div>
  );
}

/** A labelled select; `placeholder` adds a first empty option. */
export function Select({
  options,
  placeholder,
  ...p
}: FieldProps & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  return (
    <div className={p.className ?? "mb-5"}>
      <Label {...p} />
      <select
        id={fieldId(p.name, p.prefix)}
        name={p.name}
        defaultValue={p.defaultValue ?? ""}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(fieldId(p.name, p.prefix), !!p.hint, !!p.error)}
        className={`input ${p.error ? "border-red-700" : ""}`}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Radio buttons in a fieldset with its legend; the first radio carries the field id for the error summary. */
export function Radios({
  name,
  legend,
  options,
  defaultValue,
  error,
  hint,
  className,
  prefix = "",
}: {
  name: string;
  prefix?: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  defaultValue?: string | null;
  error?: string;
  hint?: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={className ?? "mb-5"} aria-describedby={describedBy(fieldId(name, prefix), !!hint, !!error)}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${fieldId(name, prefix)}-hint`} className="mb-1 text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId(name, prefix)}-error`} className="mb-1 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((o, i) => (
          <label key={o.value} className="flex min-h-[44px] items-center gap-2">
            <input
              type="radio"
              name={name}
              value={o.value}
              id={i === 0 ? fieldId(name, prefix) : `${fieldId(name, prefix)}-${o.value}`}
              defaultChecked={defaultValue === o.value}
              className="h-5 w-5"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox with its label to the right. */
export function Checkbox({ name, label, defaultChecked, error }: { name: string; label: string; defaultChecked?: boolean; error?: string }) {
  return (
    <div className="mb-5">
      {error ? (
        <p id={`${fieldId(name)}-error`} className="mb-1 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <label className="flex min-h-[44px] items-start gap-3">
        <input
          type="checkbox"
          name={name}
          id={fieldId(name)}
          defaultChecked={defaultChecked}
          aria-describedby={error ? `${fieldId(name)}-error` : undefined}
          className="mt-1 h-5 w-5 shrink-0"
        />
        <span>{label}</span>
      </label>
    </div>
  );
}

/** A hidden field (anti-forgery tokens, submission keys): rendered as <input type="hidden"> in the form. */
export function Hidden({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}
