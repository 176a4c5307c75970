import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions.ts";
import { InitiativeStatus, SubmitterKind } from "@/lib/db/generated/enums.ts";
import { parseMunicipalityConfig } from "@/lib/config/municipality-config.ts";
import { STAFF_ROLES } from "@/lib/staff/staff-roles.ts";
import { translatorFor } from "./support/translator.ts";

// The staff pages name statuses, roles and logged actions by code; each needs words in both languages.
describe("staff messages", () => {
  for (const locale of ["nl", "en"] as const) {
    const t = translatorFor(locale);
    it(`name every status, submitter kind, role and audit action in ${locale}`, () => {
      const keys = [
        ...Object.values(InitiativeStatus).map((status) => `staff.status.${status}`),
        ...Object.values(SubmitterKind).map((kind) => `staff.submitterKinds.${kind}`),
        ...STAFF_ROLES.map((role) => `staff.roles.${role}`),
        ...AUDIT_ACTIONS.map((action) => `staff.audit.actions.${action}`),
        ...["notFound", "stale", "notAllowed"].map((reason) => `staff.decision.refused.${reason}`),
        ...["required", "tooShort", "tooLong", "invalidEmail", "invalid", "confirmRequired", "choose"].map((key) => `staff.fieldErrors.${key}`),
      ];
      expect(keys.filter((key) => !t.has(key))).toEqual([]);
    });

    it(`counts in whole phrases in ${locale}`, () => {
      expect(t("staff.queue.intro", { count: 1 })).not.toContain("#");
      expect(t("staff.login.throttled", { minutes: 1 })).toMatch(locale === "nl" ? /1 minuut/ : /1 minute\b/);
      expect(t("staff.data.deleted", { contacts: 2, mails: 1, initiatives: 0 })).toMatch(/2/);
    });
  }
});

describe("initiatives.contactRetentionDays in the municipality config", () => {
  const base = { gemeenteCode: "GM1991", name: "Maashorst", areaYear: 2022, colors: { primary: "#00594f", primaryText: "#ffffff", accent: "#c8102e", mapFill: "#dfeee9", mapStroke: "#ffffff", mapWijkStroke: "#00594f" } };

  it("keeps contact data for a year unless the municipality says otherwise", () => {
    expect(parseMunicipalityConfig(JSON.stringify(base), "test").initiatives.contactRetentionDays).toBe(365);
    expect(parseMunicipalityConfig(JSON.stringify({ ...base, initiatives: { contactRetentionDays: 90 } }), "test").initiatives.contactRetentionDays).toBe(90);
  });

  it("refuses a period too short to finish a decision, or a fraction", () => {
    expect(() => parseMunicipalityConfig(JSON.stringify({ ...base, initiatives: { contactRetentionDays: 7 } }), "test")).toThrow(/contactRetentionDays/);
    expect(() => parseMunicipalityConfig(JSON.stringify({ ...base, initiatives: { contactRetentionDays: 100.5 } }), "test")).toThrow(/contactRetentionDays/);
  });
});
