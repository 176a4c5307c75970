import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EmbedShell } from "@/components/embed/embed-shell.tsx";

// Widgets repeat what the portal's own pages say; search engines should find those.
export const metadata: Metadata = { robots: { index: false, follow: true } };

// The widgets' own document: shown in partners' iframes, without the site around them.
export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return <EmbedShell locale={locale}>{children}</EmbedShell>;
}
