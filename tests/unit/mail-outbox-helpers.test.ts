import { describe, expect, it } from "vitest";
import { formatMailMessage } from "@/lib/mail/format-mail-message.ts";
import { parseMailbox } from "@/lib/mail/mail-address.ts";
import { oneClickUnsubscribeUrl, redactAddresses } from "@/lib/mail/send-outbox.ts";
import { readSmtpEnv } from "@/lib/mail/smtp-env.ts";

describe("SMTP settings from the environment", () => {
  it("is off without SMTP_HOST, also when it is empty", () => {
    expect(readSmtpEnv({})).toEqual({ kind: "off" });
    expect(readSmtpEnv({ SMTP_HOST: " ", MAIL_FROM: "" })).toEqual({ kind: "off" });
  });

  it("reads host, port, TLS, login and sender, with the usual ports as defaults", () => {
    const on = readSmtpEnv({ SMTP_HOST: "smtp.gemeente.nl", SMTP_USER: "portal", SMTP_PASSWORD: "geheim", MAIL_FROM: "Buurtbeeld Maashorst <noreply@gemeente.nl>" });
    expect(on).toEqual({
      kind: "on",
      settings: {
        host: "smtp.gemeente.nl",
        port: 587,
        secure: false,
        auth: { user: "portal", password: "geheim" },
        from: { name: "Buurtbeeld Maashorst", address: "noreply@gemeente.nl" },
        intervalSeconds: 60,
      },
    });
    const secure = readSmtpEnv({ SMTP_HOST: "smtp.gemeente.nl", SMTP_SECURE: "true", MAIL_FROM: "noreply@gemeente.nl", OUTBOX_INTERVAL_SECONDS: "5" });
    expect(secure).toMatchObject({ kind: "on", settings: { port: 465, secure: true, auth: null, from: { name: null }, intervalSeconds: 5 } });
    expect(readSmtpEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: "2525", MAIL_FROM: "a@b.test" })).toMatchObject({ settings: { port: 2525 } });
  });

  it("names what is wrong, never the password", () => {
    const port = readSmtpEnv({ SMTP_HOST: "smtp.gemeente.nl", SMTP_PORT: "zeven", MAIL_FROM: "noreply@gemeente.nl" });
    expect(port.kind === "invalid" ? port.problems.join("\n") : "").toContain("SMTP_PORT");
    const result = readSmtpEnv({ SMTP_HOST: "smtp.gemeente.nl", SMTP_PASSWORD: "geheim-wachtwoord", MAIL_FROM: "geen adres" });
    expect(result.kind).toBe("invalid");
    const problems = result.kind === "invalid" ? result.problems.join("\n") : "";
    expect(problems).toContain("MAIL_FROM");
    expect(problems).toContain("SMTP_USER");
    expect(problems).not.toContain("geheim-wachtwoord");
    expect(readSmtpEnv({ SMTP_HOST: "smtp.gemeente.nl" })).toMatchObject({ kind: "invalid" });
  });
});

describe("outbox helpers", () => {
  it("finds the one-click URL on the origin of the mail's own unsubscribe link", () => {
    const text = "Volg uw initiatief:\nhttps://portal.test/nl/initiatieven/status?referentie=ABC\n\nMeld u af:\nhttps://portal.test/nl/initiatieven/afmelden?token=tok_123-abcdefghijk\n";
    expect(oneClickUnsubscribeUrl(text, "tok_123-abcdefghijk")).toBe("https://portal.test/api/afmelden?token=tok_123-abcdefghijk");
    expect(oneClickUnsubscribeUrl(text, "another-token-00000")).toBeUndefined();
  });

  it("keeps addresses out of what it stores and logs", () => {
    expect(redactAddresses("550 5.1.1 <iemand@example.invalid>: Recipient address rejected")).toBe("550 5.1.1 <address>: Recipient address rejected");
  });

  it("writes the unsubscribe headers only with a URL, and never lets a subject start a header", () => {
    const from = parseMailbox("noreply@buurtbeeld.test")!;
    const without = formatMailMessage({ from, to: "a@example.invalid", subject: "Hallo\r\nBcc: b@example.invalid", text: "x" }, { eightBit: true });
    expect(without).not.toContain("List-Unsubscribe");
    expect(without).not.toMatch(/\r\nBcc:/);
    expect(without).toContain("Subject: Hallo Bcc: b@example.invalid\r\n");
  });
});
