export interface StatusViewTexts {
  referenceLabel: string;
  keep: string;
  bookmark: string;
  currentStatus: string;
  reasonLabel: string;
  detailsHeading: string;
  titleLabel: string;
  categoryLabel: string;
  buurtLabel: string;
  submittedAtLabel: string;
  historyHeading: string;
  historyDate: string;
  historyStatus: string;
  historyReason: string;
}

interface InitiativeStatusViewProps {
  reference: string;
  /** The current status in words and what it means for the submitter. */
  status: { word: string; explanation: string; reason: string | null };
  details: { title: string; category: string; buurt: string; submittedAt: string };
  history: { date: string; status: string; reason: string | null }[];
  texts: StatusViewTexts;
}

/**
 * What the holder of a reference sees: the reference first (to keep), the status in words
 * with the municipality's reason, the initiative and its history. Texts are the submitter's
 * own words, shown as text; the contact address is never part of this view.
 */
export function InitiativeStatusView({ reference, status, details, history, texts }: InitiativeStatusViewProps) {
  return (
    <>
      <section className="buurtbeeld-reference" aria-labelledby="referentie-label">
        <p className="buurtbeeld-reference__label" id="referentie-label">
          {texts.referenceLabel}
        </p>
        <p className="buurtbeeld-reference__value" data-testid="initiative-reference">
          {reference}
        </p>
        <p className="utrecht-paragraph">{texts.keep}</p>
        <p className="utrecht-paragraph">{texts.bookmark}</p>
      </section>

      <h2 className="utrecht-heading-2">{texts.currentStatus}</h2>
      <p className="utrecht-paragraph buurtbeeld-status-word" data-testid="initiative-status">
        {status.word}
      </p>
      <p className="utrecht-paragraph">{status.explanation}</p>
      {status.reason && (
        <div className="buurtbeeld-status-reason">
          <p className="utrecht-paragraph buurtbeeld-status-reason__label">{texts.reasonLabel}</p>
          <p className="utrecht-paragraph buurtbeeld-status-reason__text">{status.reason}</p>
        </div>
      )}

      <h2 className="utrecht-heading-2">{texts.detailsHeading}</h2>
      <dl className="buurtbeeld-status-details">
        <dt>{texts.titleLabel}</dt>
        <dd>{details.title}</dd>
        <dt>{texts.categoryLabel}</dt>
        <dd>{details.category}</dd>
        <dt>{texts.buurtLabel}</dt>
        <dd>{details.buurt}</dd>
        <dt>{texts.submittedAtLabel}</dt>
        <dd>{details.submittedAt}</dd>
      </dl>

      <div className="buurtbeeld-status-history" role="region" aria-labelledby="verloop-kop" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption" id="verloop-kop">
            {texts.historyHeading}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {texts.historyDate}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {texts.historyStatus}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {texts.historyReason}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {history.map((change, index) => (
              <tr key={index} className="utrecht-table__row">
                <td className="utrecht-table__cell">{change.date}</td>
                <td className="utrecht-table__cell">{change.status}</td>
                <td className="utrecht-table__cell">{change.reason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
