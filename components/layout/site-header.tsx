import { useTranslations } from "next-intl";

export interface NavItem {
  href: string;
  label: string;
}

interface SiteHeaderProps {
  homeHref: string;
  gemeenteName: string;
  navItems: NavItem[];
  currentPath: string;
  languageSwitch: { href: string; label: string; locale: string };
}

export function SiteHeader({ homeHref, gemeenteName, navItems, currentPath, languageSwitch }: SiteHeaderProps) {
  const t = useTranslations("layout");
  return (
    <header className="utrecht-page-header buurtbeeld-site-header">
      <div className="buurtbeeld-container buurtbeeld-site-header__bar">
        <a className="buurtbeeld-site-header__brand" href={homeHref}>
          <span className="buurtbeeld-site-header__name">{t("siteName")}</span>
          <span className="buurtbeeld-site-header__tagline">{t("tagline", { gemeente: gemeenteName })}</span>
        </a>
        <nav aria-label={t("languageNavigation")} className="buurtbeeld-site-header__language buurtbeeld-no-print">
          <a href={languageSwitch.href} hrefLang={languageSwitch.locale} lang={languageSwitch.locale}>
            {languageSwitch.label}
          </a>
        </nav>
      </div>
      <nav aria-label={t("mainNavigation")} className="buurtbeeld-site-header__nav buurtbeeld-no-print">
        <ul className="buurtbeeld-container buurtbeeld-site-header__nav-list">
          {navItems.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={item.href === currentPath ? "page" : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
