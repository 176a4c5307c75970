import type { GuardedAction } from "@/lib/staff/staff-action.ts";
import { ActionForm } from "./action-form.tsx";

export interface StaffUserRow {
  id: number;
  name: string;
  email: string;
  role: string;
  created: string;
  state: string;
  /** Absent for the admin's own row: nobody disables themselves. */
  toggle?: { disabled: boolean; label: string };
}

interface StaffUsersTableProps {
  caption: string;
  headings: { name: string; email: string; role: string; created: string; state: string; action: string };
  rows: StaffUserRow[];
  action: GuardedAction;
  errorHeading: string;
}

export function StaffUsersTable({ caption, headings, rows, action, errorHeading }: StaffUsersTableProps) {
  return (
    <div className="buurtbeeld-staff-table" role="region" aria-labelledby="medewerkers-caption" tabIndex={0}>
      <table className="utrecht-table" id="medewerkers">
        <caption className="utrecht-table__caption" id="medewerkers-caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{headings.name}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.email}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.role}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.created}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.state}</th>
            <th className="utrecht-table__header-cell" scope="col">{headings.action}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr className="utrecht-table__row" key={row.id} data-staff-id={row.id}>
              <th className="utrecht-table__header-cell" scope="row">{row.name}</th>
              <td className="utrecht-table__cell">{row.email}</td>
              <td className="utrecht-table__cell">{row.role}</td>
              <td className="utrecht-table__cell">{row.created}</td>
              <td className="utrecht-table__cell">{row.state}</td>
              <td className="utrecht-table__cell">
                {row.toggle ? (
                  <ActionForm
                    id={`medewerker-${row.id}`}
                    action={action}
                    label={`${row.toggle.label}: ${row.name}`}
                    submitLabel={row.toggle.label}
                    submitKind={row.toggle.disabled ? "warning" : "secondary"}
                    errorHeading={errorHeading}
                    hidden={{ staffId: row.id, disabled: String(row.toggle.disabled) }}
                  />
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
