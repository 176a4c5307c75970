import type { InitiativeRow } from "@/lib/staff/initiative-rows.ts";

interface InitiativeTableProps {
  id: string;
  caption: string;
  headings: { title: string; buurt: string; category: string; status: string; date: string };
  rows: InitiativeRow[];
}

/** Initiatives in a table, each title a link to its decisions. */
export function InitiativeTable({ id, caption, headings, rows }: InitiativeTableProps) {
  return (
    <div className="buurtbeeld-staff-table" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="utrecht-table" id={id}>
        <caption className="utrecht-table__caption" id={`${id}-caption`}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{headings.title}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.buurt}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.category}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.status}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.date}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr className="utrecht-table__row" key={row.id} data-initiative-id={row.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <a href={row.href}>{row.title}</a>
              </th>
              <td className="utrecht-table__cell">{row.buurt}</td>
              <td className="utrecht-table__cell">{row.category}</td>
              <td className="utrecht-table__cell">{row.status}</td>
              <td className="utrecht-table__cell">{row.date}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
