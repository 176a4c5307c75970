import type { InitiativeStatus } from "../db/generated/client.ts";

// Where an initiative can go from where it is. Moderation decides on new submissions; a
// published initiative then moves on as work on it progresses. Anything else is refused,
// so a stale form or a replayed request cannot, say, unpublish a realised initiative.

/** Statuses the public may see: everything from publication on. */
export const PUBLIC_STATUSES = ["PUBLISHED", "IN_PROGRESS", "REALISED", "CLOSED"] as const satisfies readonly InitiativeStatus[];
export type PublicInitiativeStatus = (typeof PUBLIC_STATUSES)[number];

const NEXT: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  SUBMITTED: ["PUBLISHED", "REJECTED", "CHANGES_REQUESTED"],
  // The submitter answers a request for change with a corrected submission, which staff then decide on.
  CHANGES_REQUESTED: ["SUBMITTED", "PUBLISHED", "REJECTED"],
  REJECTED: [],
  PUBLISHED: ["IN_PROGRESS", "REALISED", "CLOSED"],
  IN_PROGRESS: ["REALISED", "CLOSED"],
  REALISED: ["CLOSED"],
  CLOSED: [],
};

export function canMoveTo(from: InitiativeStatus, to: InitiativeStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: InitiativeStatus): readonly InitiativeStatus[] {
  return NEXT[from];
}

export function isPublicStatus(status: InitiativeStatus): status is PublicInitiativeStatus {
  return (PUBLIC_STATUSES as readonly InitiativeStatus[]).includes(status);
}

/** The statuses' words in URLs, the API and downloads: Dutch, like the other codes. */
export const STATUS_WORDS: Record<PublicInitiativeStatus, string> = {
  PUBLISHED: "gepubliceerd",
  IN_PROGRESS: "in-uitvoering",
  REALISED: "gerealiseerd",
  CLOSED: "gesloten",
};

export function statusOfWord(word: string): PublicInitiativeStatus | undefined {
  return PUBLIC_STATUSES.find((status) => STATUS_WORDS[status] === word);
}
