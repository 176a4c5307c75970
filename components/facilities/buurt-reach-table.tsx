import { useTranslations } from "next-intl";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { FACILITY_TYPE_CODES, facilityType } from "@/lib/facilities/facility-types.ts";
import type { ReachView } from "@/lib/facilities/get-facility-reach.ts";
import { formatShare } from "@/lib/i18n/format-figures.ts";
import { routes } from "@/lib/routes.ts";
import { FacilityIcon } from "./facility-marker.tsx";

const percent = (share: number, locale: string) => formatShare(locale, share);

/** A buurt's distance to the nearest facility of each type, with links to that type's map. */
export function BuurtReachTable({ locale, buurtName, reach }: { locale: "nl" | "en"; buurtName: string; reach: ReachView[] }) {
  const t = useTranslations("facilities");
  const byType = new Map(reach.map((row) => [row.type, row]));
  const rows = FACILITY_TYPE_CODES.flatMap((code) => {
    const row = byType.get(code);
    return row ? [{ code, row }] : [];
  });
  return (
    <div className="buurtbeeld-map-table" role="region" aria-labelledby="buurt-bereik-caption" tabIndex={0}>
      <Table>
        <TableCaption id="buurt-bereik-caption">{t("buurtCaption", { buurt: buurtName })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("columnType")}</TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtbeeld-map-table__number">{t("columnDistance")}</TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtbeeld-map-table__number">{t("columnWithin", { radius: 400 })}</TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtbeeld-map-table__number">{t("columnWithin", { radius: 800 })}</TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtbeeld-map-table__number">{t("columnWithin", { radius: 1200 })}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ code, row }) => {
            const type = facilityType(code);
            return (
              <TableRow key={code} data-type={code} data-meters={String(Math.round(row.meanMeters))}>
                <TableHeaderCell scope="row">
                  <FacilityIcon icon={type.icon} />{" "}
                  <a className="utrecht-link" href={routes.facilities(locale, { soort: code })}>
                    {locale === "en" ? type.nameEn : type.nameNl}
                  </a>
                </TableHeaderCell>
                <TableCell className="buurtbeeld-map-table__number">{t("metres", { value: Math.round(row.meanMeters) })}</TableCell>
                <TableCell className="buurtbeeld-map-table__number">{percent(row.within400, locale)}</TableCell>
                <TableCell className="buurtbeeld-map-table__number">{percent(row.within800, locale)}</TableCell>
                <TableCell className="buurtbeeld-map-table__number">{percent(row.within1200, locale)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
