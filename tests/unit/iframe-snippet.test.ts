import { describe, expect, it } from "vitest";
import { iframeSnippet } from "@/lib/embed/iframe-snippet.ts";

describe("iframeSnippet", () => {
  it("is one lazy iframe with an absolute src, a title and the size", () => {
    expect(
      iframeSnippet({ src: "https://buurtbeeld.example.nl/nl/insluiten/kaart?indicator=wmo&jaar=2024", title: "Wmo per buurt, 2024 – Buurtbeeld Maashorst", width: 600, height: 560 }),
    ).toBe(
      '<iframe src="https://buurtbeeld.example.nl/nl/insluiten/kaart?indicator=wmo&amp;jaar=2024" title="Wmo per buurt, 2024 – Buurtbeeld Maashorst" width="600" height="560" loading="lazy"></iframe>',
    );
  });

  it("escapes names that hold quotes, ampersands or angle brackets", () => {
    const snippet = iframeSnippet({ src: "https://x.example/nl/insluiten/buurten/BU19910101", title: `"De Hoef" & <Oost>`, width: 300, height: 300 });
    expect(snippet).toContain('title="&quot;De Hoef&quot; &amp; &lt;Oost&gt;"');
    expect(snippet.match(/"/g)).toHaveLength(10);
  });
});
