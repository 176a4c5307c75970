import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { encodeHeaderValue, quotedPrintable } from "@/lib/mail/mail-encoding.ts";
import { parseMailbox } from "@/lib/mail/mail-address.ts";
import { SmtpError, SmtpSession, sendMail, type SmtpTarget } from "@/lib/mail/smtp-client.ts";
import { decodeQuotedPrintable } from "../support/read-mail.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../support/test-smtp-server.ts";

const FROM = parseMailbox("Buurtbeeld Maashorst <noreply@buurtbeeld.test>")!;

function mail(overrides: Partial<Parameters<typeof sendMail>[1]> = {}) {
  return { from: FROM, to: "indiener@example.invalid", subject: "Uw initiatief “Speeltuin Één”", text: "Beste indiener,\n\nDank u wel.", ...overrides };
}

describe("the SMTP client against the test server", () => {
  let server: TestSmtpServer;
  let target: SmtpTarget;

  beforeAll(async () => {
    server = await startTestSmtpServer();
    target = { host: "127.0.0.1", port: server.port, secure: false, auth: null, timeoutMs: 5_000 };
  });
  afterEach(() => server.clear());
  afterAll(() => server.close());

  it("sends RFC 5322 headers, the envelope, and an encoded non-ASCII subject that reads back", async () => {
    const date = new Date(Date.UTC(2026, 11, 5, 9, 30, 0));
    await sendMail(target, mail({ date, unsubscribeUrl: "https://portal.test/api/afmelden?token=abc_DEF-123" }));
    const [received] = await server.waitForMessages(1);
    expect(received!.from).toBe("noreply@buurtbeeld.test");
    expect(received!.to).toEqual(["indiener@example.invalid"]);
    expect(received!.parameters).toBe("BODY=8BITMIME");
    const headers = received!.headers;
    expect(headers.date).toBe("Sat, 05 Dec 2026 09:30:00 +0000");
    expect(headers.from).toBe("Buurtbeeld Maashorst <noreply@buurtbeeld.test>");
    expect(headers.to).toBe("<indiener@example.invalid>");
    expect(headers["message-id"]).toMatch(/^<[0-9a-f-]{36}@buurtbeeld\.test>$/);
    expect(headers["mime-version"]).toBe("1.0");
    expect(headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(headers["content-transfer-encoding"]).toBe("8bit");
    expect(headers["list-unsubscribe"]).toBe("<https://portal.test/api/afmelden?token=abc_DEF-123>");
    expect(headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    // The raw Subject is ASCII only; decoded, it is what the submitter wrote.
    expect(headers.subject).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=( =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=)*$/);
    expect(received!.subject).toBe("Uw initiatief “Speeltuin Één”");
    expect(received!.text).toBe("Beste indiener,\n\nDank u wel.");
    expect(received!.raw.split("\r\n").every((line) => Buffer.byteLength(line) <= 998)).toBe(true);
  });

  it("keeps lines that start with a dot (dot-stuffing) and a lone dot inside the text", async () => {
    const text = ".hidden line\n.\nmiddle\n..two dots\nend.";
    await sendMail(target, mail({ text }));
    const [received] = await server.waitForMessages(1);
    expect(received!.text).toBe(text);
  });

  it("sends several mails through one session, in order, with distinct Message-IDs", async () => {
    const session = await SmtpSession.open(target);
    for (let i = 1; i <= 3; i++) await session.send(mail({ to: `indiener-${i}@example.invalid`, subject: `Mail ${i}` }));
    await session.close();
    const received = await server.waitForMessages(3);
    expect(received.map((message) => [message.to[0], message.subject])).toEqual([
      ["indiener-1@example.invalid", "Mail 1"],
      ["indiener-2@example.invalid", "Mail 2"],
      ["indiener-3@example.invalid", "Mail 3"],
    ]);
    expect(new Set(received.map((message) => message.headers["message-id"])).size).toBe(3);
  });

  it("reports a refused recipient as a permanent error of the RCPT stage", async () => {
    server.configure({ refuseRecipient: (address) => address.startsWith("weg") });
    try {
      const error = await sendMail(target, mail({ to: "weg@example.invalid" })).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SmtpError);
      expect(error).toMatchObject({ stage: "rcpt", code: 550, permanent: true });
    } finally {
      server.configure({ refuseRecipient: undefined });
    }
  });

  it("reports a temporary refusal of the message as not permanent", async () => {
    server.configure({ refuseMessages: true });
    try {
      const error = await sendMail(target, mail()).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ stage: "message", code: 451, permanent: false });
      expect(server.messages()).toHaveLength(0);
    } finally {
      server.configure({ refuseMessages: false });
    }
  });

  it("refuses an address that would smuggle a command in, before saying anything", async () => {
    const error = await sendMail(target, mail({ to: "a@example.invalid>\r\nRCPT TO:<b@example.invalid" })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ stage: "rcpt", permanent: true });
    expect(server.messages()).toHaveLength(0);
  });

  it("says why when nothing listens", async () => {
    const closed = await startTestSmtpServer();
    const port = closed.port;
    await closed.close();
    await expect(sendMail({ ...target, port }, mail())).rejects.toMatchObject({ stage: "connect", permanent: false });
  });
});

describe("quoted-printable and login", () => {
  it("falls back to quoted-printable when the server lacks 8BITMIME, and the text reads back", async () => {
    const server = await startTestSmtpServer({ eightBitMime: false });
    try {
      const text = `Één regel met een = teken en een spatie aan het eind \n${"lang ".repeat(40)}\n.punt`;
      await sendMail({ host: "127.0.0.1", port: server.port, secure: false, auth: null }, mail({ text }));
      const [received] = await server.waitForMessages(1);
      expect(received!.parameters).toBe("");
      expect(received!.headers["content-transfer-encoding"]).toBe("quoted-printable");
      expect(received!.raw.split("\r\n").every((line) => line.length <= 78 && /^[\x20-\x7e]*$/.test(line))).toBe(true);
      expect(received!.text).toBe(text);
    } finally {
      await server.close();
    }
  });

  it("logs in with AUTH PLAIN on a loopback server", async () => {
    const server = await startTestSmtpServer({ auth: { user: "portal", password: "geheim" } });
    try {
      await sendMail({ host: "127.0.0.1", port: server.port, secure: false, auth: { user: "portal", password: "geheim" } }, mail());
      expect((await server.waitForMessages(1))[0]!.user).toBe("portal");
      const wrong = await sendMail({ host: "127.0.0.1", port: server.port, secure: false, auth: { user: "portal", password: "fout" } }, mail()).catch((e: unknown) => e);
      expect(wrong).toMatchObject({ stage: "auth", code: 535 });
    } finally {
      await server.close();
    }
  });

  it("never sends a password in the clear to another host", async () => {
    const server = await startTestSmtpServer({ auth: { user: "portal", password: "geheim" } });
    try {
      // The IPv4-mapped form reaches this machine but is not on the loopback list: it stands for any other host.
      const error = await sendMail({ host: "::ffff:127.0.0.1", port: server.port, secure: false, auth: { user: "portal", password: "geheim" } }, mail()).catch((e: unknown) => e);
      expect(error).toMatchObject({ stage: "auth" });
      expect(String((error as Error).message)).not.toContain("geheim");
      expect(server.messages()).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe("STARTTLS", () => {
  let certificate: { key: string; cert: string } | null = null;
  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smtp-tls-"));
    try {
      execFileSync("openssl", [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
        "-addext", "subjectAltName=DNS:localhost", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem"),
      ], { stdio: "ignore" });
      certificate = { key: fs.readFileSync(path.join(dir, "key.pem"), "utf8"), cert: fs.readFileSync(path.join(dir, "cert.pem"), "utf8") };
    } catch {
      certificate = null;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("upgrades when offered, verifies the certificate, then logs in and sends", async (context) => {
    if (!certificate) return context.skip();
    const server = await startTestSmtpServer({ tls: certificate, auth: { user: "portal", password: "geheim" } });
    try {
      const target: SmtpTarget = { host: "localhost", port: server.port, secure: false, auth: { user: "portal", password: "geheim" }, tls: { ca: certificate.cert } };
      await sendMail(target, mail());
      const [received] = await server.waitForMessages(1);
      expect(received).toMatchObject({ tls: true, user: "portal" });
      // Without our authority the certificate is not trusted, and nothing is sent.
      const untrusted = await sendMail({ ...target, tls: undefined }, mail()).catch((e: unknown) => e);
      expect(untrusted).toMatchObject({ stage: "starttls" });
      expect(server.messages()).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe("header and body encoding", () => {
  it("folds a long ASCII subject and splits a long non-ASCII one into words of at most 75 characters", () => {
    const ascii = encodeHeaderValue("Uw initiatief " + "woord ".repeat(30), 9);
    expect(ascii.split("\r\n ").every((line, index) => line.length + (index === 0 ? 9 : 1) <= 78)).toBe(true);
    const words = encodeHeaderValue("Één ".repeat(40), 9).split("\r\n ");
    expect(words.length).toBeGreaterThan(1);
    expect(words.every((word) => word.length <= 75)).toBe(true);
  });

  it("turns line breaks in a header value into spaces", () => {
    expect(encodeHeaderValue("Titel\r\nBcc: iemand@example.invalid", 9)).toBe("Titel Bcc: iemand@example.invalid");
  });

  it("round-trips quoted-printable", () => {
    const text = "a=b\ttab \nÉén\n" + "x".repeat(200);
    expect(decodeQuotedPrintable(quotedPrintable(text))).toBe(text.replace(/\n/g, "\r\n"));
  });
});
