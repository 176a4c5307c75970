import type { ReactNode } from "react";
import { SiteShell } from "@/components/layout/site-shell.tsx";

// The portal's pages share one document with header, navigation and footer; embeds do not.
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return <SiteShell locale={locale}>{children}</SiteShell>;
}
