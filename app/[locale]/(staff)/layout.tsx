import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StaffShell } from "@/components/staff/staff-shell.tsx";
import { logOut } from "@/lib/staff/actions/log-out.ts";
import { currentStaff } from "@/lib/staff/require-staff.ts";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  // Staff pages are nobody's search result; the proxy also sends X-Robots-Tag.
  return { title: { default: t("metaTitle"), template: `%s | ${t("metaTitle")}` }, robots: { index: false, follow: false } };
}

// The staff pages' own document. The header shows who is logged in; it is no check: every
// page asks requireStaffPage itself, and every action runs through staffAction.
export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return (
    <StaffShell locale={locale} staff={await currentStaff()} logOut={logOut}>
      {children}
    </StaffShell>
  );
}
