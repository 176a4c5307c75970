import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativeTable } from "@/components/staff/initiative-table.tsx";
import { Notice } from "@/components/staff/notice.tsx";
import { getPrisma } from "@/lib/db/get-prisma.ts";
import { listModerationQueue, listOngoingInitiatives } from "@/lib/moderation/list-moderation-queue.ts";
import { toInitiativeRows } from "@/lib/staff/initiative-rows.ts";
import { requireStaffPage } from "@/lib/staff/require-staff.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("queue.title") };
}

/** The moderation queue: new submissions and answers to a request for change, oldest first. */
export default async function StaffHomePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "MODERATOR");
  const [t, prisma, query] = await Promise.all([getTranslations({ locale, namespace: "staff" }), getPrisma(), searchParams]);
  const [queue, ongoing] = await Promise.all([listModerationQueue(prisma), listOngoingInitiatives(prisma)]);
  const status = (value: string) => t(`status.${value}`);
  const headings = { title: t("table.title"), buurt: t("table.buurt"), category: t("table.category"), status: t("table.status"), date: t("table.submitted") };

  return (
    <>
      {query.melding === "geen-toegang" ? <Notice kind="warning">{t("guard.adminOnly")}</Notice> : null}
      <h1 className="utrecht-heading-1">{t("queue.heading")}</h1>
      <p className="utrecht-paragraph">{t("queue.intro", { count: queue.length })}</p>
      {queue.length > 0 ? (
        <InitiativeTable id="wachtrij" caption={t("queue.caption")} headings={headings} rows={toInitiativeRows(queue, locale, status, "submittedAt")} />
      ) : null}
      <h2 className="utrecht-heading-2">{t("queue.ongoingHeading")}</h2>
      {ongoing.length > 0 ? (
        <InitiativeTable
          id="lopend"
          caption={t("queue.ongoingCaption")}
          headings={{ ...headings, date: t("table.changed") }}
          rows={toInitiativeRows(ongoing, locale, status, "updatedAt")}
        />
      ) : (
        <p className="utrecht-paragraph">{t("queue.ongoingNone")}</p>
      )}
    </>
  );
}
