import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createFormToken } from "@/lib/abuse/form-token.ts";
import { FORM_TOKEN_RULES } from "@/lib/abuse/submission-limits.ts";
import { cleanMultilineText, cleanSingleLineText } from "@/lib/initiatives/clean-plain-text.ts";
import { parseSubmission, type SubmissionParse } from "@/lib/initiatives/submission-schema.ts";

const SECRET = "a-test-secret-that-is-long-enough-for-hmac";
const RENDERED = new Date("2026-12-05T10:00:00Z");
const SENT = new Date("2026-12-05T10:02:00Z");

function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const idempotencyKey = (overrides.idempotencyKey as string | undefined) ?? randomUUID();
  return {
    title: "Een moestuin op het pleintje",
    description: "Samen groente kweken met de buren, en de kinderen leren hoe dat gaat.",
    category: "groen",
    submitterKind: "RESIDENT",
    buurt: "BU19910101",
    lon: "",
    lat: "",
    email: "",
    privacy: "ja",
    website: "",
    idempotencyKey,
    formToken: createFormToken(SECRET, idempotencyKey, RENDERED),
    ...overrides,
  };
}

const parse = (input: Record<string, unknown>, now = SENT): SubmissionParse => parseSubmission(input, { secret: SECRET, rules: FORM_TOKEN_RULES, now });

function refused(result: SubmissionParse) {
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("parseSubmission", () => {
  it("accepts a complete form with a buurt from the list, without e-mail", () => {
    const input = form();
    const result = parse(input);
    expect(result).toEqual({
      ok: true,
      submission: {
        title: "Een moestuin op het pleintje",
        description: "Samen groente kweken met de buren, en de kinderen leren hoe dat gaat.",
        category: "groen",
        submitterKind: "RESIDENT",
        location: { kind: "buurt", code: "BU19910101" },
        email: null,
        idempotencyKey: input.idempotencyKey,
      },
    });
  });

  it("takes a point over the buurt list, and an e-mail address when given", () => {
    const result = parse(form({ lon: "5.6171", lat: "51.6552", buurt: "BU19910102", email: "  bewoner@example.nl " }));
    expect(result.ok && result.submission.location).toEqual({ kind: "point", lon: 5.6171, lat: 51.6552 });
    expect(result.ok && result.submission.email).toBe("bewoner@example.nl");
  });

  it("lists every problem at once, each as a message key on its field", () => {
    const result = refused(parse(form({ title: "ab", description: "kort", category: "", submitterKind: undefined, buurt: "", privacy: undefined, email: "geen-adres" })));
    expect(result.form).toBeNull();
    expect(result.fields).toEqual({
      title: "titleTooShort",
      description: "descriptionTooShort",
      category: "categoryMissing",
      submitterKind: "submitterKindMissing",
      location: "locationMissing",
      email: "emailInvalid",
      privacy: "privacyRequired",
    });
  });

  it("refuses oversized texts and addresses", () => {
    const result = refused(parse(form({ title: "t".repeat(121), description: "d".repeat(4001), email: `${"a".repeat(250)}@example.nl` })));
    expect(result.fields).toEqual({ title: "titleTooLong", description: "descriptionTooLong", email: "emailTooLong" });
    // Exactly at the limits is fine.
    expect(parse(form({ title: "t".repeat(120), description: "d".repeat(4000) })).ok).toBe(true);
  });

  it("refuses wrong types and unknown choices", () => {
    const file = new Blob(["x"]);
    const result = refused(parse(form({ title: file, description: 42, category: "raketten", submitterKind: "ALIEN", buurt: "GM1991", privacy: "on" })));
    expect(result.fields).toEqual({
      title: "titleMissing",
      description: "descriptionMissing",
      category: "categoryMissing",
      submitterKind: "submitterKindMissing",
      location: "buurtUnknown",
      privacy: "privacyRequired",
    });
  });

  it("refuses a missing consent on its own", () => {
    expect(refused(parse(form({ privacy: undefined }))).fields).toEqual({ privacy: "privacyRequired" });
  });

  it("refuses coordinates outside the Netherlands, half a point, and numbers that are no coordinates", () => {
    expect(refused(parse(form({ lon: "4.9", lat: "48.85" }))).fields).toEqual({ location: "pointOutside" });
    expect(refused(parse(form({ lon: "-73.98", lat: "40.75" }))).fields).toEqual({ location: "pointOutside" });
    expect(refused(parse(form({ lon: "5.6", lat: "" }))).fields).toEqual({ location: "pointInvalid" });
    expect(refused(parse(form({ lon: "Infinity", lat: "51.6" }))).fields).toEqual({ location: "pointInvalid" });
    expect(refused(parse(form({ lon: "5.6e1", lat: "51.6" }))).fields).toEqual({ location: "pointInvalid" });
  });

  it("keeps script tags as the words typed: they are shown as text, never as markup", () => {
    const title = "<script>alert('hoi')</script>";
    const description = 'Ik schreef <b>vet</b> en <img src=x onerror="alert(1)"> in mijn tekst.';
    const result = parse(form({ title, description }));
    expect(result.ok && result.submission.title).toBe(title);
    expect(result.ok && result.submission.description).toBe(description);
  });

  it("strips control characters and direction overrides, and counts the length after cleaning", () => {
    const result = parse(form({ title: "Bank\u0000jes\u202e  bij\tde\nspeeltuin\u0007", description: "Regel een\r\nRegel twee\u0000\r\n\r\n\r\n\r\nRegel drie   " }));
    expect(result.ok && result.submission.title).toBe("Bankjes bij de speeltuin");
    expect(result.ok && result.submission.description).toBe("Regel een\nRegel twee\n\nRegel drie");
    // Three visible characters padded with invisible ones are still too short.
    expect(refused(parse(form({ title: "a\u0000\u0001\u0002b" }))).fields).toEqual({ title: "titleTooShort" });
  });

  it("refuses a filled honeypot without saying which field gave it away", () => {
    const result = refused(parse(form({ website: "https://spam.example" })));
    expect(result).toEqual({ ok: false, fields: {}, form: "refused" });
  });

  it("refuses a form sent within seconds of rendering as too fast", () => {
    expect(refused(parse(form(), new Date(RENDERED.getTime() + 1500))).form).toBe("tooFast");
    expect(parse(form(), new Date(RENDERED.getTime() + 3000)).ok).toBe(true);
  });

  it("refuses forged, foreign, stale and missing tokens as an expired form", () => {
    const input = form();
    const [issued, mac] = String(input.formToken).split(".");
    // An earlier render time with the same signature (to get past the fill time).
    expect(refused(parse({ ...input, formToken: `${Number(issued) - 600}.${mac}` })).form).toBe("expired");
    // Signed with another secret.
    expect(refused(parse({ ...input, formToken: createFormToken("another-secret-that-is-also-long-enough", String(input.idempotencyKey), RENDERED) })).form).toBe("expired");
    // A valid token of another form: the key is part of the signature.
    expect(refused(parse({ ...input, idempotencyKey: randomUUID() })).form).toBe("expired");
    expect(refused(parse({ ...input, formToken: "not-a-token" })).form).toBe("expired");
    expect(refused(parse({ ...input, formToken: undefined })).form).toBe("expired");
    expect(refused(parse({ ...input, idempotencyKey: "1234" })).form).toBe("expired");
    // Rendered more than a day ago.
    expect(refused(parse(input, new Date(RENDERED.getTime() + 25 * 3600 * 1000))).form).toBe("expired");
    // Rendered in the future (a clock far off, or a made-up time).
    expect(refused(parse(input, new Date(RENDERED.getTime() - 10 * 60 * 1000))).form).toBe("expired");
  });

  it("reports field problems together with a refusal of the form", () => {
    const result = refused(parse(form({ title: "" }), new Date(RENDERED.getTime() + 1000)));
    expect(result).toEqual({ ok: false, fields: { title: "titleMissing" }, form: "tooFast" });
  });
});

describe("plain text cleaning", () => {
  it("keeps letters of every script, emoji sequences and typographic characters", () => {
    const text = "Café “De Buurt” – 👩‍👩‍👧 العربية";
    expect(cleanSingleLineText(text)).toBe(text);
    expect(cleanMultilineText(`${text}\n\n${text}`)).toBe(`${text}\n\n${text}`);
  });

  it("normalises to NFC, so the same word is stored the same way", () => {
    expect(cleanSingleLineText("Cafe\u0301")).toBe("Café");
  });
});

describe("the form's messages", () => {
  it("have a Dutch and an English sentence for every problem the schema reports", async () => {
    const { translatorFor } = await import("./support/translator.ts");
    const inputs = [
      form({ title: "", description: "", category: "", submitterKind: "", buurt: "", privacy: "", email: "x" }),
      form({ title: "ab", description: "kort", email: `${"a".repeat(250)}@example.nl`, lon: "1", lat: "1" }),
      form({ title: "t".repeat(200), description: "d".repeat(5000), lon: "5.6", lat: "" }),
      form({ title: 1, description: 2, buurt: "BU1" }),
    ];
    const keys = new Set(inputs.flatMap((input) => Object.values(refused(parse(input)).fields)));
    expect(keys.size).toBeGreaterThanOrEqual(15);
    for (const locale of ["nl", "en"] as const) {
      const t = translatorFor(locale);
      for (const key of keys) expect(t.has(`initiativeForm.errors.${key}`), `${locale}: ${key}`).toBe(true);
      for (const problem of ["refused", "tooFast", "expired", "noAreas"]) expect(t.has(`initiativeForm.refusals.${problem}`), `${locale}: ${problem}`).toBe(true);
      expect(t("initiativeForm.errors.pointOutside", { gemeente: "Maashorst" })).toContain("Maashorst");
    }
  });

  it("say how long to wait in whole phrases, in both languages", async () => {
    const { translatorFor } = await import("./support/translator.ts");
    const { waitMessage } = await import("@/lib/abuse/wait-message.ts");
    const nl = (key: string, values: Record<string, number>) => translatorFor("nl")(`initiativeForm.overload.${key}`, values);
    const en = (key: string, values: Record<string, number>) => translatorFor("en")(`initiativeForm.overload.${key}`, values);
    expect(waitMessage(nl, 1)).toBe("Probeer het over 1 seconde opnieuw.");
    expect(waitMessage(nl, 30)).toBe("Probeer het over 30 seconden opnieuw.");
    expect(waitMessage(nl, 540)).toBe("Probeer het over 9 minuten opnieuw.");
    expect(waitMessage(en, 1)).toBe("Please try again in 1 second.");
    expect(waitMessage(en, 121)).toBe("Please try again in 3 minutes.");
  });
});
