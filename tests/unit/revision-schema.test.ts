import { describe, expect, it } from "vitest";
import { parseRevision } from "@/lib/initiatives/revision-schema.ts";

const VALID = { reference: "bb-7kq4-m2xd", version: "1767225600000", title: "Bankje bij de speeltuin", description: "Een bankje in de schaduw voor wachtende ouders.", category: "spelen-sport" };

describe("the submitter's revision form", () => {
  it("takes a reference as typed and the version as sent", () => {
    expect(parseRevision(VALID)).toEqual({
      ok: true,
      revision: { reference: "BB-7KQ4-M2XD", version: 1767225600000, title: VALID.title, description: VALID.description, category: "spelen-sport" },
    });
  });

  it("names every bad field with the submission form's rules", () => {
    expect(parseRevision({ ...VALID, title: "ab", description: "x".repeat(4001), category: "reclame" })).toEqual({
      ok: false,
      fields: { title: "titleTooShort", description: "descriptionTooLong", category: "categoryMissing" },
      form: null,
    });
    expect(parseRevision({ ...VALID, title: ["een", "lijst"] })).toMatchObject({ ok: false, fields: { title: "titleMissing" } });
  });

  it("refuses the form as a whole without a usable reference or version", () => {
    for (const broken of [{ reference: "BB-OOOO-1111" }, { reference: undefined }, { version: "gisteren" }, { version: "-5" }, { version: undefined }]) {
      expect(parseRevision({ ...VALID, ...broken }), JSON.stringify(broken)).toMatchObject({ ok: false, form: "expired" });
    }
  });
});
