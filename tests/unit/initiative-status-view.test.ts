import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InitiativeStatusView, type StatusViewTexts } from "@/components/initiatives/initiative-status-view.tsx";
import { NearbyInitiatives } from "@/components/initiatives/nearby-initiatives.tsx";

// Submitted texts are stored as typed (script tags included) and must reach the page as text.

const TEXTS = Object.fromEntries(
  ["referenceLabel", "keep", "bookmark", "currentStatus", "reasonLabel", "detailsHeading", "titleLabel", "categoryLabel", "buurtLabel", "submittedAtLabel", "historyHeading", "historyDate", "historyStatus", "historyReason"].map((key) => [key, key]),
) as unknown as StatusViewTexts;

const SCRIPT = `<script>alert("hoi")</script>`;

describe("submitted texts on the pages", () => {
  it("are escaped on the status page, title and reasons alike", () => {
    const html = renderToStaticMarkup(
      createElement(InitiativeStatusView, {
        reference: "BB-7KQ4-M2XD",
        status: { word: "Aanpassing gevraagd", explanation: "…", reason: `<img src=x onerror=alert(1)>` },
        details: { title: SCRIPT, category: "Groen", buurt: "Centrum", submittedAt: "5 december 2026" },
        history: [{ date: "5 december 2026", status: "Ontvangen", reason: SCRIPT }],
        texts: TEXTS,
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;hoi&quot;)&lt;/script&gt;");
    expect(html).toContain("BB-7KQ4-M2XD");
  });

  it("are escaped in the list of initiatives nearby", () => {
    const html = renderToStaticMarkup(createElement(NearbyInitiatives, { caption: "In Centrum", intro: "", empty: "", items: [{ title: SCRIPT, href: "/nl/initiatieven/1" }] }));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});
