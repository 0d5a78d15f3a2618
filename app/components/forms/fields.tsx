import type { ReactNode } from "react";

/** A labelled select for GET filter forms (label visible, the value kept after submit). */
export function SelectField({
  id,
  name,
  label,
  value,
  options,
  allLabel,
  className,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  allLabel?: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="input">
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled text input with an optional hint (aria-describedby points at it). */
export function TextField({
  id,
  name,
  label,
  value,
  hint,
  type = "text",
  className,
  inputProps,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  hint?: ReactNode;
  type?: "text" | "search";
  className?: string;
  inputProps?: React.InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value ?? ""}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="input"
        {...inputProps}
      />
    </div>
  );
}
