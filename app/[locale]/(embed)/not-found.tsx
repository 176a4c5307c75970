import { getLocale } from "next-intl/server";
import { EmbedNotFound } from "@/components/embed/embed-not-found.tsx";
import { notFoundContext } from "@/lib/not-found-context.ts";
import { requestContext } from "@/lib/request-context.ts";

// Reached only when a widget calls notFound() itself (a buurt removed between the proxy's
// check and the render); most 404s are answered by app/not-found.tsx.
export default async function EmbedLocaleNotFound() {
  const [locale, { pathname }] = await Promise.all([getLocale(), requestContext()]);
  return <EmbedNotFound locale={locale} askedCode={notFoundContext(pathname).askedCode} />;
}
