import { useTranslations } from "next-intl";
import type { NavItem } from "./site-header.tsx";

interface SiteFooterProps {
  links: NavItem[];
  currentPath: string;
  gemeenteName: string;
  municipalityWebsite?: string;
}

export function SiteFooter({ links, currentPath, gemeenteName, municipalityWebsite }: SiteFooterProps) {
  const t = useTranslations("layout");
  return (
    <footer className="utrecht-page-footer buurtbeeld-site-footer">
      <div className="buurtbeeld-container">
        <nav aria-label={t("footerNavigation")} className="buurtbeeld-no-print">
          <ul className="buurtbeeld-site-footer__links">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={link.href === currentPath ? "page" : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
            {municipalityWebsite ? (
              <li>
                <a href={municipalityWebsite} rel="external">
                  {t("footerMunicipality", { gemeente: gemeenteName })}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
        <p>{t("footerSource")}</p>
        <p>{t("footerLicence")}</p>
      </div>
    </footer>
  );
}
