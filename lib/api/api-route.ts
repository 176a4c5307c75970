import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing.ts";
import { siteOrigin } from "../share/site-origin.ts";
import { apiLocale } from "./api-locale.ts";
import { ApiProblem } from "./api-problem.ts";
import type { ReasonTranslator } from "./api-query.ts";
import { problemResponse } from "./problem-response.ts";

export interface ApiContext<Params> {
  request: Request;
  /** The request's URL as partners see it (configured siteUrl or forwarded host), for links. */
  url: URL;
  params: Params;
  locale: Locale;
  reason: ReasonTranslator;
}

/**
 * Every API route handler goes through here: the language of messages, refusals as
 * translated problem details, and any unexpected failure as a problem too (logged
 * without the request's data), so a partner never gets an HTML error page.
 */
export function apiRoute<Params = unknown>(handler: (context: ApiContext<Params>) => Promise<Response>) {
  return async (request: Request, segment: { params: Promise<Params> }): Promise<Response> => {
    const locale = apiLocale(request.headers.get("accept-language"));
    const t = await getTranslations({ locale, namespace: "api" });
    const reason: ReasonTranslator = (key, values) => t(`reasons.${key}`, values as never);
    try {
      const incoming = new URL(request.url);
      // Another URI is another resource: /buurten/ is not /buurten, and is not redirected either.
      if (incoming.pathname.endsWith("/")) throw new ApiProblem(404, "unknownResource");
      const url = new URL(incoming.pathname + incoming.search, await siteOrigin());
      return await handler({ request, url, params: await segment.params, locale, reason });
    } catch (error) {
      if (error instanceof ApiProblem) {
        return problemResponse(
          {
            status: error.status,
            title: t(`problems.${error.key}.title`),
            detail: t(`problems.${error.key}.detail`, error.values as never),
            invalidParams: error.invalidParams,
          },
          locale,
        );
      }
      console.error("API request failed:", error instanceof Error ? error.message : "unknown error");
      return problemResponse({ status: 500, title: t("problems.internal.title"), detail: t("problems.internal.detail") }, locale);
    }
  };
}
