import type { NavItem } from "@/components/layout/site-header.tsx";

interface StaffHeaderProps {
  texts: { siteName: string; section: string; mainNavigation: string; languageNavigation: string; signedInAs?: string; logOut: string; publicSite: string };
  homeHref: string;
  publicHref: string;
  navItems: NavItem[];
  currentPath: string;
  languageSwitch: { href: string; label: string; locale: string };
  /** The logout Server Action; absent when nobody is logged in. */
  logOut?: () => Promise<void>;
}

/** The staff pages' header: where you are, who you are, and the way out. */
export function StaffHeader({ texts, homeHref, publicHref, navItems, currentPath, languageSwitch, logOut }: StaffHeaderProps) {
  return (
    <header className="utrecht-page-header buurtbeeld-site-header buurtbeeld-staff-header">
      <div className="buurtbeeld-container buurtbeeld-site-header__bar">
        <a className="buurtbeeld-site-header__brand" href={homeHref}>
          <span className="buurtbeeld-site-header__name">{texts.siteName}</span>
          <span className="buurtbeeld-site-header__tagline">{texts.section}</span>
        </a>
        <div className="buurtbeeld-staff-header__account">
          {texts.signedInAs ? <span>{texts.signedInAs}</span> : null}
          {logOut ? (
            <form action={logOut}>
              <button type="submit" className="utrecht-button utrecht-button--secondary-action buurtbeeld-staff-header__logout">
                {texts.logOut}
              </button>
            </form>
          ) : null}
          <nav aria-label={texts.languageNavigation} className="buurtbeeld-site-header__language">
            <a href={languageSwitch.href} hrefLang={languageSwitch.locale} lang={languageSwitch.locale}>
              {languageSwitch.label}
            </a>
          </nav>
        </div>
      </div>
      <nav aria-label={texts.mainNavigation} className="buurtbeeld-site-header__nav">
        <ul className="buurtbeeld-container buurtbeeld-site-header__nav-list">
          {navItems.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={item.href === currentPath ? "page" : undefined}>
                {item.label}
              </a>
            </li>
          ))}
          <li>
            <a href={publicHref}>{texts.publicSite}</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
