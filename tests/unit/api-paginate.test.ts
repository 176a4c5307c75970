import { describe, expect, it } from "vitest";
import { ApiProblem } from "@/lib/api/api-problem.ts";
import { linkHeader, paginate } from "@/lib/api/paginate.ts";

const items = Array.from({ length: 45 }, (_, index) => index + 1);
const url = new URL("https://buurtbeeld.example/api/v1/buurten?wijk=WK199101&pagina=2&paginaGrootte=20");

describe("paginate", () => {
  it("serves the requested slice and counts the whole collection", () => {
    const page = paginate(items, url, 2, 20);
    expect(page.items).toEqual(items.slice(20, 40));
    expect(page.total).toBe(45);
  });

  it("links to first, previous, next and last, keeping the other parameters", () => {
    const { links } = paginate(items, url, 2, 20);
    const pageOf = (href?: string) => (href ? new URL(href).searchParams.get("pagina") : undefined);
    expect([pageOf(links.first.href), pageOf(links.prev?.href), pageOf(links.self.href), pageOf(links.next?.href), pageOf(links.last.href)]).toEqual(["1", "1", "2", "3", "3"]);
    expect(new URL(links.next!.href).searchParams.get("wijk")).toBe("WK199101");
  });

  it("has no previous link on the first page and no next on the last", () => {
    expect(paginate(items, url, 1, 20).links.prev).toBeUndefined();
    expect(paginate(items, url, 3, 20).links.next).toBeUndefined();
    expect(paginate(items, url, 3, 20).items).toEqual([41, 42, 43, 44, 45]);
  });

  it("refuses a page past the end, so a client's loop cannot run on forever", () => {
    expect(() => paginate(items, url, 4, 20)).toThrow(ApiProblem);
  });

  it("serves an empty first page of an empty collection", () => {
    const page = paginate([], url, 1, 20);
    expect(page.items).toEqual([]);
    expect(page.links.last.href).toBe(page.links.first.href);
  });

  it("writes the same relations into the Link header", () => {
    const header = linkHeader(paginate(items, url, 2, 20).links);
    for (const rel of ["self", "first", "prev", "next", "last"]) expect(header).toContain(`rel="${rel}"`);
  });
});
