import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/staff/action-form.tsx";
import { SelectField, TextField } from "@/components/staff/form-fields.tsx";
import { Notice } from "@/components/staff/notice.tsx";
import { StaffUsersTable } from "@/components/staff/staff-users-table.tsx";
import { getPrisma } from "@/lib/db/get-prisma.ts";
import { createStaff, setDisabled } from "@/lib/staff/actions/manage-staff.ts";
import { formatStaffDate } from "@/lib/staff/format-staff-date.ts";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/hash-password.ts";
import { listStaffUsers } from "@/lib/staff/list-staff-users.ts";
import { requireStaffPage } from "@/lib/staff/require-staff.ts";
import { STAFF_ROLES } from "@/lib/staff/staff-roles.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const NOTICES = new Set(["aangemaakt", "uitgeschakeld", "ingeschakeld"]);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("users.title") };
}

/** Staff accounts for admins: who can moderate, and a way to add or disable someone. */
export default async function StaffUsersPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const me = await requireStaffPage(locale, "ADMIN");
  const [t, prisma, query] = await Promise.all([getTranslations({ locale, namespace: "staff" }), getPrisma(), searchParams]);
  const users = await listStaffUsers(prisma);
  const notice = typeof query.melding === "string" && NOTICES.has(query.melding) ? query.melding : undefined;
  const errorHeading = t("form.errorHeading");

  return (
    <>
      {notice ? <Notice kind="ok">{t(`users.notices.${notice}`)}</Notice> : null}
      <h1 className="utrecht-heading-1">{t("users.heading")}</h1>
      <StaffUsersTable
        caption={t("users.caption")}
        headings={{ name: t("users.name"), email: t("users.email"), role: t("users.role"), created: t("users.created"), state: t("users.state"), action: t("users.action") }}
        action={setDisabled}
        errorHeading={errorHeading}
        rows={users.map((user) => ({
          id: user.id,
          name: user.name,
          email: user.email,
          role: t(`roles.${user.role}`),
          created: formatStaffDate(user.createdAt, locale),
          state: user.disabledAt ? t("users.disabledSince", { date: formatStaffDate(user.disabledAt, locale) }) : t("users.active"),
          toggle: user.id === me.id ? undefined : { disabled: !user.disabledAt, label: user.disabledAt ? t("users.enable") : t("users.disable") },
        }))}
      />
      <h2 className="utrecht-heading-2">{t("users.createHeading")}</h2>
      <ActionForm id="nieuwe-medewerker" action={createStaff} label={t("users.createHeading")} submitLabel={t("users.createSubmit")} errorHeading={errorHeading}>
        <TextField name="name" label={t("users.name")} required maxLength={120} autoComplete="off" />
        <TextField name="email" type="email" label={t("users.email")} required maxLength={254} autoComplete="off" />
        <TextField name="password" type="password" label={t("users.password")} description={t("users.passwordHelp", { minimum: MIN_PASSWORD_LENGTH })} required autoComplete="new-password" maxLength={200} />
        <SelectField name="role" label={t("users.role")} defaultValue="MODERATOR" options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} required />
      </ActionForm>
    </>
  );
}
