import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativeStatusView } from "@/components/initiatives/initiative-status-view.tsx";
import { ReferenceLookupForm } from "@/components/initiatives/reference-lookup-form.tsx";
import { ReviseInitiativeForm } from "@/components/initiatives/revise-initiative-form.tsx";
import { waitMessage } from "@/lib/abuse/wait-message.ts";
import { INITIATIVE_CATEGORY_CODES, isInitiativeCategory, initiativeCategoryName } from "@/lib/initiatives/initiative-categories.ts";
import { lookUpInitiativeStatus } from "@/lib/initiatives/look-up-initiative-status.ts";
import { loadDivisionShapes } from "@/lib/pages/load-division-shapes.ts";
import { REVISION_FIELDS } from "@/lib/initiatives/revision-fields.ts";
import { routes } from "@/lib/routes.ts";
import { reviseInitiativeAction } from "./actions.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "initiativeStatus" });
  // A reference is the submitter's own: such pages stay out of search engines.
  return { title: t("metaTitle"), description: t("metaDescription"), robots: { index: false, follow: false } };
}

export default async function InitiativeStatusPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const asked = typeof query.referentie === "string" ? query.referentie.trim() : "";
  const [t, tWait, tForm, format] = await Promise.all([
    getTranslations({ locale, namespace: "initiativeStatus" }),
    getTranslations({ locale, namespace: "initiativeForm.overload" }),
    getTranslations({ locale, namespace: "initiativeForm" }),
    getFormatter({ locale }),
  ]);
  const lookup = asked ? await lookUpInitiativeStatus(asked) : null;
  const lang = locale === "en" ? "en" : "nl";

  const lookupForm = (problem?: string) => (
    <ReferenceLookupForm
      action={routes.initiativeStatus(locale)}
      heading={t("lookup.heading")}
      intro={t("lookup.intro")}
      label={t("lookup.label")}
      submit={t("lookup.submit")}
      value={asked.slice(0, 40)}
      problem={problem}
    />
  );

  if (lookup?.kind !== "found") {
    const problem =
      lookup?.kind === "not-found"
        ? t("notFound", { reference: lookup.reference })
        : lookup?.kind === "malformed"
          ? t("malformed")
          : lookup?.kind === "limited"
            ? `${t("tooManyLookups")} ${waitMessage((key, values) => tWait(key as never, values as never), lookup.retryAfterSeconds)}`
            : undefined;
    return (
      <>
        <h1 className="utrecht-heading-1">{t("heading")}</h1>
        {lookupForm(problem)}
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={routes.newInitiative(locale)}>
            {t("newInitiative")}
          </a>
        </p>
      </>
    );
  }

  const { status } = lookup;
  const shapes = await loadDivisionShapes();
  const buurtName = shapes?.buurten.find((buurt) => buurt.code === status.buurtCode)?.name ?? status.buurtCode;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading")}</h1>
      <InitiativeStatusView
        reference={status.reference}
        status={{ word: t(`statuses.${status.status}`), explanation: t(`explanations.${status.status}`), reason: status.publicReason }}
        details={{
          title: status.title,
          category: isInitiativeCategory(status.category) ? initiativeCategoryName(status.category, lang) : status.category,
          buurt: buurtName,
          submittedAt: format.dateTime(status.submittedAt, { dateStyle: "long" }),
        }}
        history={status.history.map((change) => ({ date: when(change.changedAt), status: t(`statuses.${change.status}`), reason: change.publicReason }))}
        texts={{
          referenceLabel: t("reference.label"),
          keep: t("reference.keep"),
          bookmark: t("reference.bookmark"),
          currentStatus: t("currentStatus"),
          reasonLabel: t("reason"),
          detailsHeading: t("details.heading"),
          titleLabel: t("details.title"),
          categoryLabel: t("details.category"),
          buurtLabel: t("details.buurt"),
          submittedAtLabel: t("details.submittedAt"),
          historyHeading: t("history.heading"),
          historyDate: t("history.date"),
          historyStatus: t("history.status"),
          historyReason: t("history.reason"),
        }}
      />
      {status.status === "CHANGES_REQUESTED" && (
        <ReviseInitiativeForm
          action={reviseInitiativeAction}
          initialState={{ values: { title: status.title, description: status.description, category: status.category }, errors: {}, formError: null, attempt: 0 }}
          permalink={routes.initiativeStatus(locale, status.reference)}
          locale={lang}
          reference={status.reference}
          version={status.version}
          categories={INITIATIVE_CATEGORY_CODES.map((code) => ({ value: code, label: initiativeCategoryName(code, lang) }))}
          texts={{
            heading: t("revise.heading"),
            intro: t("revise.intro"),
            submit: t("revise.submit"),
            submitting: tForm("submitting"),
            title: { label: tForm("fields.title.label"), description: tForm("fields.title.description") },
            description: { label: tForm("fields.description.label"), description: tForm("fields.description.description") },
            category: { label: tForm("fields.category.label"), choose: tForm("fields.category.choose") },
            summaryHeading: t("revise.summaryHeading"),
            summaryFields: Array.from({ length: REVISION_FIELDS.length + 1 }, (_, count) => tForm("errorSummary.fields", { count })),
            connection: t("revise.connection"),
          }}
        />
      )}
      {status.publicId !== null && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={routes.initiative(locale, status.publicId)}>
            {t("viewPublic")}
          </a>
        </p>
      )}
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={routes.newInitiative(locale)}>
          {t("newInitiative")}
        </a>
      </p>
    </>
  );
}
