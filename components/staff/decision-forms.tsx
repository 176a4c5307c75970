import type { InitiativeStatus } from "@/lib/db/generated/enums.ts";
import type { GuardedAction } from "@/lib/staff/staff-action.ts";
import { ActionForm } from "./action-form.tsx";
import { SelectField, TextArea } from "./form-fields.tsx";

export interface DecisionTexts {
  errorHeading: string;
  publish: { heading: string; submit: string };
  reject: { heading: string; submit: string; reason: string; reasonHelp: string };
  requestChanges: { heading: string; submit: string; reason: string; reasonHelp: string };
  progress: { heading: string; submit: string; to: string; note: string; noteHelp: string };
}

interface DecisionFormsProps {
  initiativeId: number;
  /** The status this page shows; the action refuses if it has changed meanwhile. */
  status: InitiativeStatus;
  allowed: { publish: boolean; reject: boolean; requestChanges: boolean; progress: { value: string; label: string }[] };
  action: GuardedAction;
  texts: DecisionTexts;
}

/** One form per decision the status rules allow here; each carries the status it was shown for. */
export function DecisionForms({ initiativeId, status, allowed, action, texts }: DecisionFormsProps) {
  const hidden = (decision: string) => ({ decision, initiativeId, expectedStatus: status });
  return (
    <div className="buurtbeeld-staff-decisions">
      {allowed.publish ? (
        <section aria-labelledby="besluit-publiceren">
          <h3 className="utrecht-heading-3" id="besluit-publiceren">{texts.publish.heading}</h3>
          <ActionForm id="publiceren" action={action} label={texts.publish.heading} submitLabel={texts.publish.submit} errorHeading={texts.errorHeading} hidden={hidden("publish")} />
        </section>
      ) : null}
      {allowed.requestChanges ? (
        <section aria-labelledby="besluit-aanpassen">
          <h3 className="utrecht-heading-3" id="besluit-aanpassen">{texts.requestChanges.heading}</h3>
          <ActionForm id="aanpassen" action={action} label={texts.requestChanges.heading} submitLabel={texts.requestChanges.submit} submitKind="secondary" errorHeading={texts.errorHeading} hidden={hidden("requestChanges")}>
            <TextArea name="reason" label={texts.requestChanges.reason} description={texts.requestChanges.reasonHelp} required maxLength={1000} />
          </ActionForm>
        </section>
      ) : null}
      {allowed.reject ? (
        <section aria-labelledby="besluit-afwijzen">
          <h3 className="utrecht-heading-3" id="besluit-afwijzen">{texts.reject.heading}</h3>
          <ActionForm id="afwijzen" action={action} label={texts.reject.heading} submitLabel={texts.reject.submit} submitKind="warning" errorHeading={texts.errorHeading} hidden={hidden("reject")}>
            <TextArea name="reason" label={texts.reject.reason} description={texts.reject.reasonHelp} required maxLength={1000} />
          </ActionForm>
        </section>
      ) : null}
      {allowed.progress.length > 0 ? (
        <section aria-labelledby="besluit-voortgang">
          <h3 className="utrecht-heading-3" id="besluit-voortgang">{texts.progress.heading}</h3>
          <ActionForm id="voortgang" action={action} label={texts.progress.heading} submitLabel={texts.progress.submit} errorHeading={texts.errorHeading} hidden={hidden("progress")}>
            <SelectField name="to" label={texts.progress.to} options={allowed.progress} defaultValue={allowed.progress[0]?.value} required />
            <TextArea name="note" label={texts.progress.note} description={texts.progress.noteHelp} maxLength={1000} />
          </ActionForm>
        </section>
      ) : null}
    </div>
  );
}
