import type { ReactNode } from "react";

/**
 * A link out of the partner's frame: the portal opens in its own tab (inside the frame it
 * would be refused, frame-ancestors 'none'), and says so to screen reader users.
 */
export function NewTabLink({ href, hint, children }: { href: string; hint: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener" className="utrecht-link utrecht-link--html-a">
      {children}
      <span className="buurtbeeld-visually-hidden"> {hint}</span>
    </a>
  );
}
