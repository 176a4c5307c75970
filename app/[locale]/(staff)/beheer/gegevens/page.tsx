import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/staff/action-form.tsx";
import { CheckboxField, TextField } from "@/components/staff/form-fields.tsx";
import { routes } from "@/lib/routes.ts";
import { erase, lookup } from "@/lib/staff/actions/submitter-data.ts";
import { requireStaffPage } from "@/lib/staff/require-staff.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("data.title") };
}

/**
 * A submitter's request about their data: look up, export as a file, or delete. Every
 * form posts the address (never a URL with it), and every step is in the audit log.
 */
export default async function SubmitterDataPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "ADMIN");
  const t = await getTranslations({ locale, namespace: "staff" });
  const errorHeading = t("form.errorHeading");

  return (
    <>
      <h1 className="utrecht-heading-1">{t("data.heading")}</h1>
      <p className="utrecht-paragraph">{t("data.intro")}</p>

      <h2 className="utrecht-heading-2">{t("data.lookupHeading")}</h2>
      <ActionForm id="opzoeken" action={lookup} label={t("data.lookupHeading")} submitLabel={t("data.lookupSubmit")} errorHeading={errorHeading}>
        <TextField name="email" type="email" label={t("data.email")} required maxLength={254} autoComplete="off" />
      </ActionForm>

      <h2 className="utrecht-heading-2">{t("data.exportHeading")}</h2>
      {/* A file download: a plain form to a Route Handler, which checks the session and role itself. */}
      <form method="post" action={routes.staffSubmitterExport(locale)} className="buurtbeeld-staff-form" aria-label={t("data.exportHeading")} id="exporteren">
        <p className="utrecht-paragraph">{t("data.exportIntro")}</p>
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="exporteren-email">
              {t("data.email")}
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <input id="exporteren-email" name="email" type="email" className="utrecht-textbox utrecht-textbox--html-input" required maxLength={254} autoComplete="off" />
          </div>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("data.exportSubmit")}
        </button>
      </form>

      <h2 className="utrecht-heading-2">{t("data.deleteHeading")}</h2>
      <ActionForm id="verwijderen" action={erase} label={t("data.deleteHeading")} submitLabel={t("data.deleteSubmit")} submitKind="warning" errorHeading={errorHeading}>
        <p className="utrecht-paragraph">{t("data.deleteIntro")}</p>
        <TextField name="email" type="email" label={t("data.email")} required maxLength={254} autoComplete="off" />
        <CheckboxField name="includeUnpublished" label={t("data.includeUnpublished")} />
        <CheckboxField name="confirm" label={t("data.confirm")} required />
      </ActionForm>
    </>
  );
}
