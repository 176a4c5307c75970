import { getLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found/not-found-content.tsx";
import { notFoundContext } from "@/lib/not-found-context.ts";
import { requestContext } from "@/lib/request-context.ts";

// Reached only when a page calls notFound() itself (e.g. an area removed between the
// proxy's check and the render); most 404s are answered by app/not-found.tsx.
export default async function LocaleNotFound() {
  const [locale, { pathname }] = await Promise.all([getLocale(), requestContext()]);
  return <NotFoundContent locale={locale} askedCode={notFoundContext(pathname).askedCode} />;
}
