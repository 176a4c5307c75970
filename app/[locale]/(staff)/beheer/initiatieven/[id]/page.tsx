import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DecisionForms } from "@/components/staff/decision-forms.tsx";
import { EditForm } from "@/components/staff/edit-form.tsx";
import { Notice } from "@/components/staff/notice.tsx";
import { getPrisma } from "@/lib/db/get-prisma.ts";
import { INITIATIVE_CATEGORY_CODES } from "@/lib/initiatives/initiative-categories.ts";
import { canMoveTo, nextStatuses } from "@/lib/initiatives/initiative-status.ts";
import { PROGRESS_STATUSES } from "@/lib/moderation/decide-initiative.ts";
import { getStaffInitiative } from "@/lib/moderation/get-staff-initiative.ts";
import { routes } from "@/lib/routes.ts";
import { decide, edit } from "@/lib/staff/actions/moderate.ts";
import { formatStaffDate } from "@/lib/staff/format-staff-date.ts";
import { categoryLabel } from "@/lib/staff/initiative-rows.ts";
import { requireStaffPage } from "@/lib/staff/require-staff.ts";

interface PageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function parseId(text: string): number | undefined {
  if (!/^[1-9]\d{0,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id <= 2_147_483_647 ? id : undefined;
}

const NOTICES = new Set(["bewerkt", "ongewijzigd", ...["PUBLISHED", "REJECTED", "CHANGES_REQUESTED", ...PROGRESS_STATUSES].map((status) => `status-${status}`)]);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("detail.title") };
}

/** One initiative with every decision its status allows, and the typo-fix form. */
export default async function StaffInitiativePage({ params, searchParams }: PageProps) {
  const { locale, id: idText } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "MODERATOR");
  const id = parseId(idText);
  const [t, prisma, query] = await Promise.all([getTranslations({ locale, namespace: "staff" }), getPrisma(), searchParams]);
  const initiative = id === undefined ? null : await getStaffInitiative(prisma, id);
  if (!initiative) notFound();

  const notice = typeof query.melding === "string" && NOTICES.has(query.melding) ? query.melding : undefined;
  const next = nextStatuses(initiative.status);
  const allowed = {
    publish: canMoveTo(initiative.status, "PUBLISHED"),
    reject: canMoveTo(initiative.status, "REJECTED"),
    requestChanges: canMoveTo(initiative.status, "CHANGES_REQUESTED"),
    progress: PROGRESS_STATUSES.filter((status) => next.includes(status)).map((status) => ({ value: status, label: t(`status.${status}`) })),
  };
  const anyDecision = allowed.publish || allowed.reject || allowed.requestChanges || allowed.progress.length > 0;
  const errorHeading = t("form.errorHeading");

  return (
    <article>
      {notice ? <Notice kind="ok">{notice.startsWith("status-") ? t("detail.decided", { status: t(`status.${notice.slice(7)}`) }) : t(`detail.${notice}`)}</Notice> : null}
      <p className="utrecht-paragraph">
        <a href={routes.staffHome(locale)}>{t("detail.back")}</a>
      </p>
      <h1 className="utrecht-heading-1">{initiative.title}</h1>
      <dl className="buurtbeeld-staff-facts">
        <dt>{t("detail.status")}</dt>
        <dd data-testid="status">{t(`status.${initiative.status}`)}</dd>
        {initiative.publicReason ? (
          <>
            <dt>{t("detail.publicReason")}</dt>
            <dd>{initiative.publicReason}</dd>
          </>
        ) : null}
        <dt>{t("detail.buurt")}</dt>
        <dd>{initiative.buurtName ? `${initiative.buurtName} (${initiative.buurtCode})` : initiative.buurtCode}</dd>
        <dt>{t("detail.category")}</dt>
        <dd>{categoryLabel(initiative.category, locale)}</dd>
        <dt>{t("detail.submitter")}</dt>
        <dd>{t(`submitterKinds.${initiative.submitterKind}`)}</dd>
        <dt>{t("detail.submitted")}</dt>
        <dd>{formatStaffDate(initiative.createdAt, locale)}</dd>
        {initiative.publishedAt ? (
          <>
            <dt>{t("detail.published")}</dt>
            <dd>{formatStaffDate(initiative.publishedAt, locale)}</dd>
          </>
        ) : null}
        <dt>{t("detail.mail")}</dt>
        <dd>{t(`detail.mailStates.${initiative.mail}`)}</dd>
        <dt>{t("detail.reference")}</dt>
        <dd>{initiative.reference}</dd>
      </dl>
      <h2 className="utrecht-heading-2">{t("detail.description")}</h2>
      <p className="utrecht-paragraph buurtbeeld-staff-description">{initiative.description}</p>

      <h2 className="utrecht-heading-2">{t("detail.decisionsHeading")}</h2>
      {anyDecision ? (
        <DecisionForms
          initiativeId={initiative.id}
          status={initiative.status}
          allowed={allowed}
          action={decide}
          texts={{
            errorHeading,
            publish: { heading: t("decision.publish.heading"), submit: t("decision.publish.submit") },
            reject: { heading: t("decision.reject.heading"), submit: t("decision.reject.submit"), reason: t("decision.reject.reason"), reasonHelp: t("decision.reject.reasonHelp") },
            requestChanges: {
              heading: t("decision.requestChanges.heading"),
              submit: t("decision.requestChanges.submit"),
              reason: t("decision.requestChanges.reason"),
              reasonHelp: t("decision.requestChanges.reasonHelp"),
            },
            progress: { heading: t("decision.progress.heading"), submit: t("decision.progress.submit"), to: t("decision.progress.to"), note: t("decision.progress.note"), noteHelp: t("decision.progress.noteHelp") },
          }}
        />
      ) : (
        <p className="utrecht-paragraph">{t("detail.noDecisions")}</p>
      )}

      <h2 className="utrecht-heading-2">{t("edit.heading")}</h2>
      <EditForm
        initiative={{ id: initiative.id, title: initiative.title, description: initiative.description, category: initiative.category, version: initiative.updatedAt.getTime() }}
        categories={INITIATIVE_CATEGORY_CODES.map((code) => ({ value: code, label: categoryLabel(code, locale) }))}
        action={edit}
        texts={{ heading: t("edit.heading"), intro: t("edit.intro"), submit: t("edit.submit"), title: t("edit.title"), description: t("edit.description"), category: t("edit.category"), errorHeading }}
      />

      <h2 className="utrecht-heading-2">{t("detail.historyHeading")}</h2>
      {initiative.history.length > 0 ? (
        <ol>
          {initiative.history.map((change, index) => (
            <li key={index}>
              {t("detail.historyItem", { date: formatStaffDate(change.changedAt, locale), status: t(`status.${change.status}`) })}
              {change.publicReason ? ` ${t("detail.historyReason", { reason: change.publicReason })}` : ""}
            </li>
          ))}
        </ol>
      ) : (
        <p className="utrecht-paragraph">{t("detail.historyNone")}</p>
      )}
    </article>
  );
}
