interface ReferenceLookupFormProps {
  action: string;
  heading: string;
  intro: string;
  label: string;
  submit: string;
  value: string;
  /** Why the last lookup found nothing, said above the field and tied to it. */
  problem?: string;
}

/** A GET form for a reference: the status page's address is all a submitter needs to keep. */
export function ReferenceLookupForm({ action, heading, intro, label, submit, value, problem }: ReferenceLookupFormProps) {
  return (
    <section aria-labelledby="referentie-kop" className="buurtbeeld-reference-lookup">
      <h2 className="utrecht-heading-2" id="referentie-kop">
        {heading}
      </h2>
      {problem && (
        <p className="utrecht-paragraph buurtbeeld-reference-lookup__problem" id="referentie-probleem">
          {problem}
        </p>
      )}
      <p className="utrecht-paragraph" id="referentie-uitleg">
        {intro}
      </p>
      <form method="get" action={action} className="buurtbeeld-reference-lookup__form">
        <div className="buurtbeeld-reference-lookup__field">
          <label className="utrecht-form-label" htmlFor="referentie">
            {label}
          </label>
          <input
            id="referentie"
            name="referentie"
            type="text"
            defaultValue={value}
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={problem ? "referentie-probleem referentie-uitleg" : "referentie-uitleg"}
            aria-invalid={problem ? true : undefined}
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {submit}
        </button>
      </form>
    </section>
  );
}
