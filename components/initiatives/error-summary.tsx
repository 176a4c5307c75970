"use client";

import { type Ref } from "react";

export interface SummaryError {
  /** The id of the control to go to. */
  target: string;
  message: string;
}

interface ErrorSummaryProps {
  heading: string;
  /** A refusal of the form as a whole (too fast, busy, …). */
  formError: string | null;
  /** The sentence above the list of field errors. */
  fieldsIntro: string;
  errors: SummaryError[];
  ref?: Ref<HTMLDivElement>;
}

/**
 * What went wrong, at the top of the form. It takes the focus after every answer (autoFocus
 * for a page sent without script; the form moves it with script), so a screen reader reads
 * it first, and each problem links to its field.
 */
export function ErrorSummary({ heading, formError, fieldsIntro, errors, ref }: ErrorSummaryProps) {
  return (
    <div ref={ref} className="utrecht-alert utrecht-alert--error buurtbeeld-error-summary" role="group" tabIndex={-1} autoFocus aria-labelledby="fouten-kop" id="fouten">
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-2 buurtbeeld-error-summary__heading" id="fouten-kop">
          {heading}
        </h2>
        {formError && <p className="utrecht-paragraph">{formError}</p>}
        {errors.length > 0 && (
          <>
            <p className="utrecht-paragraph">{fieldsIntro}</p>
            <ul className="utrecht-unordered-list">
              {errors.map((error) => (
                <li key={error.target} className="utrecht-unordered-list__item">
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${error.target}`}
                    onClick={(event) => {
                      const control = document.getElementById(error.target);
                      if (!control) return;
                      event.preventDefault();
                      control.scrollIntoView({ block: "center" });
                      control.focus();
                    }}
                  >
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
