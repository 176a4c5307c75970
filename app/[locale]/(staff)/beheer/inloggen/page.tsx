import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/staff/action-form.tsx";
import { TextField } from "@/components/staff/form-fields.tsx";
import { routes } from "@/lib/routes.ts";
import { logIn } from "@/lib/staff/actions/log-in.ts";
import { currentStaff } from "@/lib/staff/require-staff.ts";
import { isStaffReturnPath } from "@/lib/staff/staff-paths.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("login.title") };
}

export default async function StaffLoginPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { terug } = await searchParams;
  const back = typeof terug === "string" && isStaffReturnPath(terug, locale) ? terug : undefined;
  if (await currentStaff()) redirect(back ?? routes.staffHome(locale));
  const t = await getTranslations({ locale, namespace: "staff" });
  return (
    <>
      <h1 className="utrecht-heading-1">{t("login.heading")}</h1>
      <p className="utrecht-paragraph">{t("login.intro")}</p>
      <ActionForm id="inloggen" action={logIn} label={t("login.heading")} submitLabel={t("login.submit")} errorHeading={t("form.errorHeading")} hidden={back ? { terug: back } : {}}>
        <TextField name="email" type="email" label={t("login.email")} autoComplete="username" required maxLength={254} />
        <TextField name="password" type="password" label={t("login.password")} autoComplete="current-password" required maxLength={200} />
      </ActionForm>
    </>
  );
}
