import type { ReactNode } from "react";

/** The ids a field's control points at with aria-describedby: its description, then its error. */
export function describedBy(id: string, { description, error }: { description?: string; error?: string }): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  description?: string;
  error?: string;
  /** The control, with id, aria-describedby (describedBy) and aria-invalid set by the caller. */
  children: ReactNode;
  kind?: "text" | "checkbox";
  /** Below the description, e.g. a link that explains more. */
  extra?: ReactNode;
}

/** Utrecht's form field: label, description, error message and the control, in that order. */
export function FormField({ id, label, description, error, children, kind = "text", extra }: FormFieldProps) {
  const classes = ["utrecht-form-field", `utrecht-form-field--${kind}`, "utrecht-form-field--distanced", error ? "utrecht-form-field--invalid" : ""];
  return (
    <div className={classes.filter(Boolean).join(" ")}>
      <div className="utrecht-form-field__label">
        <label className={`utrecht-form-label${kind === "checkbox" ? " utrecht-form-label--checkbox" : ""}`} htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {extra && <div className="utrecht-form-field__description utrecht-form-field-description">{extra}</div>}
      {error && <FieldError id={id} error={error} />}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string }) {
  return (
    <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
      {error}
    </div>
  );
}
