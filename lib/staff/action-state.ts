// What every staff form gets back from its Server Action: nothing yet, a confirmation, or a
// refusal with a code (for tests and logs) and a translated sentence (for people).

export type StaffActionState =
  | { status: "idle" }
  | { status: "ok"; message: string; details?: string[] }
  | {
      status: "error";
      code: string;
      message: string;
      /** Translated, by field name. */
      fieldErrors?: Record<string, string>;
      /** What was typed, so a refused form keeps it (passwords never come back). */
      values?: Record<string, string>;
    };

export type StaffActionError = Extract<StaffActionState, { status: "error" }>;

export function refuse(code: string, message: string): StaffActionError {
  return { status: "error", code, message };
}

export function succeed(message: string, details?: string[]): StaffActionState {
  return details ? { status: "ok", message, details } : { status: "ok", message };
}
