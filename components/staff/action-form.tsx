"use client";

import { createContext, type ReactNode, useActionState, useContext, useEffect, useState } from "react";
import type { StaffActionState } from "@/lib/staff/action-state.ts";

// A staff form and what its Server Action answered. useActionState also works before the
// page's script has loaded: the browser posts the form and the server renders the answer.
// Texts come in as props, so no translation library is sent to the browser.

type FormAction = (previous: StaffActionState, formData: FormData) => Promise<StaffActionState>;

interface StaffFormContextValue {
  formId: string;
  state: StaffActionState;
}

const StaffFormContext = createContext<StaffFormContextValue>({ formId: "", state: { status: "idle" } });

export function useStaffForm(): StaffFormContextValue {
  return useContext(StaffFormContext);
}

interface ActionFormProps {
  id: string;
  action: FormAction;
  /** The form's name for assistive technology, e.g. "Afwijzen". */
  label: string;
  submitLabel: string;
  submitKind?: "primary" | "secondary" | "warning";
  /** Heading above the list of fields to correct. */
  errorHeading: string;
  hidden?: Record<string, string | number>;
  children?: ReactNode;
}

export function ActionForm({ id, action, label, submitLabel, submitKind = "primary", errorHeading, hidden = {}, children }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  // Marks when the script has taken over the form (tests wait for it; people need not).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const fieldErrors = state.status === "error" ? Object.entries(state.fieldErrors ?? {}) : [];
  const buttonClass = { primary: "utrecht-button--primary-action", secondary: "utrecht-button--secondary-action", warning: "utrecht-button--primary-action utrecht-button--danger" }[submitKind];
  return (
    <StaffFormContext.Provider value={{ formId: id, state }}>
      <form id={id} action={formAction} aria-label={label} className="buurtbeeld-staff-form" data-state={state.status} data-code={state.status === "error" ? state.code : undefined} data-hydrated={hydrated || undefined}>
        {state.status === "ok" ? (
          <div className="utrecht-alert utrecht-alert--ok" role="status">
            <p className="utrecht-paragraph">{state.message}</p>
            {state.details?.length ? (
              <ul>
                {state.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {state.status === "error" ? (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            <p className="utrecht-paragraph">{state.message}</p>
            {fieldErrors.length > 0 ? (
              <>
                <p className="utrecht-paragraph">{errorHeading}</p>
                <ul>
                  {fieldErrors.map(([field, message]) => (
                    <li key={field}>
                      <a href={`#${id}-${field}`}>{message}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={String(value)} />
        ))}
        {children}
        <button type="submit" className={`utrecht-button ${buttonClass}`} aria-disabled={pending || undefined}>
          {submitLabel}
        </button>
      </form>
    </StaffFormContext.Provider>
  );
}
