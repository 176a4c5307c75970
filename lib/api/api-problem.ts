import type { InvalidParam } from "./problem-response.ts";

/** Message keys under `api.problems` in messages/*.json. */
export type ProblemKey = "badQuery" | "badPage" | "notFound" | "noRelease" | "unknownResource" | "unsupportedCrs" | "internal";

/**
 * A request we refuse on purpose. Thrown from a handler so the handler reads as the
 * happy path; the route wrapper turns it into translated problem details.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly key: ProblemKey,
    readonly values: Record<string, string | number> = {},
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(key);
  }
}
