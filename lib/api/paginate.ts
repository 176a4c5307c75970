import { ApiProblem } from "./api-problem.ts";

export const DEFAULT_PAGE_SIZE = 20;

export interface Link {
  href: string;
}

export interface PageLinks {
  self: Link;
  first: Link;
  last: Link;
  prev?: Link;
  next?: Link;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  links: PageLinks;
}

/**
 * One page of a collection, with links that keep every other parameter of the request.
 * A page past the end is a bad parameter (400), so a partner's loop cannot spin forever
 * on empty pages; page 1 of an empty collection is simply empty.
 */
export function paginate<T>(items: readonly T[], url: URL, page = 1, pageSize = DEFAULT_PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (page > pages) {
    throw new ApiProblem(400, "badPage", { pages });
  }
  const href = (target: number) => {
    const next = new URL(url);
    next.searchParams.set("pagina", String(target));
    next.searchParams.set("paginaGrootte", String(pageSize));
    return { href: next.toString() };
  };
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    total: items.length,
    page,
    pageSize,
    links: {
      self: href(page),
      first: href(1),
      last: href(pages),
      ...(page > 1 ? { prev: href(page - 1) } : {}),
      ...(page < pages ? { next: href(page + 1) } : {}),
    },
  };
}

/** RFC 8288 Link header with the same relations as the body's `_links`. */
export function linkHeader(links: PageLinks): string {
  return Object.entries(links)
    .map(([rel, link]) => `<${link.href}>; rel="${rel}"`)
    .join(", ");
}

/** The headers that tell a client the size of the collection and where its other pages are. */
export function pageHeaders(page: Page<unknown>): Record<string, string> {
  return { "X-Total-Count": String(page.total), Link: linkHeader(page.links) };
}
