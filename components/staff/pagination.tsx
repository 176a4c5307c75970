interface PaginationProps {
  label: string;
  status: string;
  previous?: { href: string; label: string };
  next?: { href: string; label: string };
}

/** Previous and next page as plain links. */
export function Pagination({ label, status, previous, next }: PaginationProps) {
  return (
    <nav aria-label={label}>
      <ul className="buurtbeeld-staff-pagination">
        {previous ? (
          <li>
            <a href={previous.href} rel="prev">
              {previous.label}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{status}</li>
        {next ? (
          <li>
            <a href={next.href} rel="next">
              {next.label}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
