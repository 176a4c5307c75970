import { setRequestLocale } from "next-intl/server";
import { EmbedNotFound } from "@/components/embed/embed-not-found.tsx";
import { EmbedShell } from "@/components/embed/embed-shell.tsx";
import { SiteShell } from "@/components/layout/site-shell.tsx";
import { NotFoundContent } from "@/components/not-found/not-found-content.tsx";
import { notFoundContext } from "@/lib/not-found-context.ts";
import { requestContext } from "@/lib/request-context.ts";
import { isWidgetPath } from "@/lib/security/frame-ancestors.ts";

// Every 404 lands here as an unmatched URL (the proxy rewrites unknown buurt codes and
// undecodable paths to one), because Next.js server-renders this route in full, while a
// notFound() thrown during render is drawn only by client JavaScript (vercel/next.js#62228).
export default async function GlobalNotFound() {
  const { pathname } = await requestContext();
  const { locale, askedCode } = notFoundContext(pathname);
  setRequestLocale(locale);
  // A widget's miss shows in the partner's frame (its CSP allows that), so it keeps the widget's document.
  if (isWidgetPath(pathname)) {
    return (
      <EmbedShell locale={locale}>
        <EmbedNotFound locale={locale} askedCode={askedCode} />
      </EmbedShell>
    );
  }
  return (
    <SiteShell locale={locale}>
      <NotFoundContent locale={locale} askedCode={askedCode} />
    </SiteShell>
  );
}
