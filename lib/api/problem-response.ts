import { apiHeaders } from "./api-headers.ts";

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface Problem {
  status: number;
  title: string;
  detail?: string;
  invalidParams?: InvalidParam[];
}

/**
 * RFC 9457 problem details, as the Dutch API Design Rules ask for every error. Errors
 * are never cached: a partner who fixes the request must not get the old answer back.
 */
export function problemResponse(problem: Problem, language: string, extraHeaders: Record<string, string> = {}): Response {
  const body = {
    type: "about:blank",
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(problem.invalidParams?.length ? { "invalid-params": problem.invalidParams } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: apiHeaders({
      "Content-Type": "application/problem+json",
      "Content-Language": language,
      "Cache-Control": "no-store",
      ...extraHeaders,
    }),
  });
}
