interface BreadcrumbProps {
  label: string;
  items: { href: string; label: string; current?: boolean }[];
}

/** Utrecht's breadcrumb markup, without the inline style its React component sets (our CSP forbids those). */
export function Breadcrumb({ label, items }: BreadcrumbProps) {
  return (
    <nav aria-label={label} className="utrecht-breadcrumb-nav utrecht-breadcrumb-nav--html-ol buurtbeeld-no-print">
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {items.map((item, index) => (
          <li key={item.href} className="utrecht-breadcrumb-nav__item">
            <a
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              className={[
                "utrecht-breadcrumb-nav__link",
                item.current ? "utrecht-breadcrumb-nav__link--current" : "",
                index === 0 ? "utrecht-breadcrumb-nav__link--first" : "",
              ]
                .filter(Boolean)
                .join(" ")}
            >
              <span className="utrecht-breadcrumb-nav__text">{item.label}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
