export interface AuditRow {
  id: number;
  at: string;
  who: string;
  action: string;
  initiative?: { href: string; label: string };
  before: string;
  after: string;
}

interface AuditTableProps {
  caption: string;
  headings: { at: string; who: string; action: string; initiative: string; before: string; after: string };
  rows: AuditRow[];
}

/** The audit log: one decision per row, with the values before and after as stored. */
export function AuditTable({ caption, headings, rows }: AuditTableProps) {
  return (
    <div className="buurtbeeld-staff-table" role="region" aria-labelledby="logboek-caption" tabIndex={0}>
      <table className="utrecht-table" id="logboek">
        <caption className="utrecht-table__caption" id="logboek-caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{headings.at}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.who}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.action}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.initiative}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.before}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.after}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr className="utrecht-table__row" key={row.id} data-audit-id={row.id}>
              <td className="utrecht-table__cell">{row.at}</td>
              <td className="utrecht-table__cell">{row.who}</td>
              <th className="utrecht-table__header-cell" scope="row">{row.action}</th>
              <td className="utrecht-table__cell">{row.initiative ? <a href={row.initiative.href}>{row.initiative.label}</a> : "—"}</td>
              <td className="utrecht-table__cell">
                <pre className="buurtbeeld-staff-json">{row.before}</pre>
              </td>
              <td className="utrecht-table__cell">
                <pre className="buurtbeeld-staff-json">{row.after}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
