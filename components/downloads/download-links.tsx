interface DownloadLinksProps {
  intro: string;
  links: { href: string; label: string; type: string }[];
}

/** The shown indicator and year as files: plain links, so they can be copied into a script. */
export function DownloadLinks({ intro, links }: DownloadLinksProps) {
  return (
    <p className="utrecht-paragraph">
      {intro}{" "}
      {links.map((link, index) => (
        <span key={link.href}>
          {index > 0 ? <span aria-hidden="true"> · </span> : null}
          <a className="utrecht-link utrecht-link--html-a" href={link.href} type={link.type}>
            {link.label}
          </a>
        </span>
      ))}
    </p>
  );
}
