"use client";

import type { ReactNode } from "react";
import { useStaffForm } from "./action-form.tsx";

// Fields of a staff form. Each finds its own error and the text typed before a refusal in
// the form's answer, and ties label, description and error to the control.

interface FieldProps {
  name: string;
  label: string;
  description?: string;
  required?: boolean;
  defaultValue?: string;
}

function useField(name: string, defaultValue = "", description?: string) {
  const { formId, state } = useStaffForm();
  const id = `${formId}-${name}`;
  const error = state.status === "error" ? state.fieldErrors?.[name] : undefined;
  const value = state.status === "error" ? (state.values?.[name] ?? defaultValue) : defaultValue;
  const describedBy = [error ? `${id}-error` : "", description ? `${id}-description` : ""].filter(Boolean).join(" ") || undefined;
  return { id, error, value, describedBy };
}

function FieldFrame({ id, label, description, error, children }: { id: string; label: string; description?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function TextField({ name, label, description, required, defaultValue, type = "text", autoComplete, maxLength }: FieldProps & { type?: "text" | "email" | "password"; autoComplete?: string; maxLength?: number }) {
  const field = useField(name, defaultValue, description);
  return (
    <FieldFrame id={field.id} label={label} description={description} error={field.error}>
      <input
        // A refusal re-mounts the control with what was typed (React resets forms after an action).
        key={type === "password" ? undefined : field.value}
        id={field.id}
        name={name}
        type={type}
        className={`utrecht-textbox utrecht-textbox--html-input${field.error ? " utrecht-textbox--invalid" : ""}`}
        defaultValue={type === "password" ? undefined : field.value}
        required={required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.describedBy}
        autoComplete={autoComplete}
        maxLength={maxLength}
      />
    </FieldFrame>
  );
}

export function TextArea({ name, label, description, required, defaultValue, maxLength, rows = 4 }: FieldProps & { maxLength?: number; rows?: number }) {
  const field = useField(name, defaultValue, description);
  return (
    <FieldFrame id={field.id} label={label} description={description} error={field.error}>
      <textarea
        key={field.value}
        id={field.id}
        name={name}
        rows={rows}
        className={`utrecht-textarea utrecht-textarea--html-textarea${field.error ? " utrecht-textarea--invalid" : ""}`}
        defaultValue={field.value}
        required={required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.describedBy}
        maxLength={maxLength}
      />
    </FieldFrame>
  );
}

export function SelectField({ name, label, description, required, defaultValue, options }: FieldProps & { options: { value: string; label: string }[] }) {
  const field = useField(name, defaultValue, description);
  return (
    <FieldFrame id={field.id} label={label} description={description} error={field.error}>
      <select
        key={field.value}
        id={field.id}
        name={name}
        className={`utrecht-select utrecht-select--html-select${field.error ? " utrecht-select--invalid" : ""}`}
        defaultValue={field.value}
        required={required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ name, label, required }: { name: string; label: string; required?: boolean }) {
  const field = useField(name);
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox${field.error ? " utrecht-form-field--invalid" : ""}`}>
      {field.error ? (
        <div className="utrecht-form-field-error-message" id={`${field.id}-error`}>
          {field.error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          id={field.id}
          name={name}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          required={required}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={field.error ? `${field.id}-error` : undefined}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={field.id}>
          {label}
        </label>
      </div>
    </div>
  );
}
