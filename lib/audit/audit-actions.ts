// What the audit log records. The words are stored in AuditEntry.action and name a
// message under staff.audit.actions, so the log reads in either language.
export const AUDIT_ACTIONS = [
  "publish",
  "reject",
  "requestChanges",
  "progress",
  "edit",
  /** The submitter answered a request for change through their reference. */
  "revise",
  "createStaff",
  "disableStaff",
  "enableStaff",
  "lookupSubmitter",
  "exportSubmitter",
  "deleteSubmitter",
  "retention",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Who did it: a staff member, a command run on the server, or the submitter through their reference (staffId null for both, a name kept). */
export interface AuditActor {
  id: number | null;
  name: string;
}
