import type { ReactNode } from "react";
import { BuurtOptions, type WijkOptions } from "./buurt-options.tsx";

interface CheckNearbyFormProps {
  action: string;
  heading: string;
  intro: string;
  label: string;
  placeholder: string;
  submit: string;
  wijken: WijkOptions[];
  chosen: string;
  /** The initiatives of the chosen buurt, when one was chosen. */
  children?: ReactNode;
}

/**
 * "Does it exist already?" before the form: a GET form with the buurten, so that without
 * script too a submitter sees the published initiatives of their buurt, and the form below
 * starts with that buurt chosen. Nothing of the form itself travels in this URL.
 */
export function CheckNearbyForm({ action, heading, intro, label, placeholder, submit, wijken, chosen, children }: CheckNearbyFormProps) {
  return (
    <section className="buurtbeeld-initiative-check" aria-labelledby="bestaat-het-al">
      <h2 className="utrecht-heading-2" id="bestaat-het-al">
        {heading}
      </h2>
      <p className="utrecht-paragraph">{intro}</p>
      <form method="get" action={action} className="buurtbeeld-initiative-check__form">
        <div className="buurtbeeld-initiative-check__field">
          <label className="utrecht-form-label" htmlFor="check-buurt">
            {label}
          </label>
          <select id="check-buurt" name="buurt" defaultValue={chosen} className="utrecht-select utrecht-select--html-select">
            <BuurtOptions placeholder={placeholder} wijken={wijken} />
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {submit}
        </button>
      </form>
      {children}
    </section>
  );
}
