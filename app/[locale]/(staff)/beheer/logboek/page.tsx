import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SUBMITTER_ACTOR } from "@/lib/initiatives/revise-initiative.ts";
import { AuditTable } from "@/components/staff/audit-table.tsx";
import { Pagination } from "@/components/staff/pagination.tsx";
import { isAuditAction } from "@/lib/audit/audit-actions.ts";
import { listAuditEntries } from "@/lib/audit/list-audit-entries.ts";
import { getPrisma } from "@/lib/db/get-prisma.ts";
import { routes, withQuery } from "@/lib/routes.ts";
import { formatStaffDate } from "@/lib/staff/format-staff-date.ts";
import { requireStaffPage } from "@/lib/staff/require-staff.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("audit.title") };
}

const json = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value, null, 1));

/** The audit log for admins: every decision, newest first. */
export default async function AuditLogPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "ADMIN");
  const [t, prisma, query] = await Promise.all([getTranslations({ locale, namespace: "staff" }), getPrisma(), searchParams]);
  const asked = typeof query.pagina === "string" && /^\d{1,6}$/.test(query.pagina) ? Number(query.pagina) : 1;
  const log = await listAuditEntries(prisma, asked);
  const pageHref = (page: number) => withQuery(routes.staffAudit(locale), { pagina: page > 1 ? page : undefined });

  return (
    <>
      <h1 className="utrecht-heading-1">{t("audit.heading")}</h1>
      <p className="utrecht-paragraph">{t("audit.intro", { count: log.total })}</p>
      {log.entries.length > 0 ? (
        <AuditTable
          caption={t("audit.caption", { page: log.page, pages: log.pageCount })}
          headings={{ at: t("audit.at"), who: t("audit.who"), action: t("audit.action"), initiative: t("audit.initiative"), before: t("audit.before"), after: t("audit.after") }}
          rows={log.entries.map((entry) => ({
            id: entry.id,
            at: formatStaffDate(entry.at, locale),
            // The submitter has no account: the log names the role, in the reader's language.
            who: entry.staffId === null && entry.staffName === SUBMITTER_ACTOR.name ? t("audit.submitter") : entry.staffName,
            action: isAuditAction(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action,
            initiative: entry.initiativeId ? { href: routes.staffInitiative(locale, entry.initiativeId), label: `#${entry.initiativeId}` } : undefined,
            before: json(entry.before),
            after: json(entry.after),
          }))}
        />
      ) : null}
      {log.pageCount > 1 ? (
        <Pagination
          label={t("audit.pagination")}
          status={t("audit.pageStatus", { page: log.page, pages: log.pageCount })}
          previous={log.page > 1 ? { href: pageHref(log.page - 1), label: t("audit.newer") } : undefined}
          next={log.page < log.pageCount ? { href: pageHref(log.page + 1), label: t("audit.older") } : undefined}
        />
      ) : null}
    </>
  );
}
