import { randomUUID } from "node:crypto";
import { domainOf, type MailAddress } from "./mail-address.ts";
import { encodeDisplayName, encodeHeaderValue, quotedPrintable, toCrlf } from "./mail-encoding.ts";

export interface OutgoingMail {
  from: MailAddress;
  to: string;
  subject: string;
  text: string;
  /** The one-click unsubscribe URL (RFC 8058); sets List-Unsubscribe and List-Unsubscribe-Post. */
  unsubscribeUrl?: string;
  date?: Date;
  messageId?: string;
}

/** RFC 5322 date: "Sat, 05 Dec 2026 10:00:00 +0000". */
export function mailDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, "+0000");
}

function mailbox(address: MailAddress): string {
  return address.name ? `${encodeDisplayName(address.name)} <${address.address}>` : `<${address.address}>`;
}

/** Whether the body can go as it is to a server that takes 8-bit lines: no line over SMTP's 998 octets. */
export function fitsEightBit(text: string): boolean {
  return toCrlf(text)
    .split("\r\n")
    .every((line) => Buffer.byteLength(line) <= 998);
}

/**
 * The message as it goes after DATA (before dot-stuffing): headers, a blank line, the
 * body. 8bit when the server announced 8BITMIME, else quoted-printable.
 */
export function formatMailMessage(mail: OutgoingMail, options: { eightBit: boolean }): string {
  const eightBit = options.eightBit && fitsEightBit(mail.text);
  const headers: [string, string][] = [
    ["Date", mailDate(mail.date ?? new Date())],
    ["From", mailbox(mail.from)],
    ["To", `<${mail.to}>`],
    ["Subject", encodeHeaderValue(mail.subject, "Subject: ".length)],
    ["Message-ID", mail.messageId ?? `<${randomUUID()}@${domainOf(mail.from.address)}>`],
    ["MIME-Version", "1.0"],
    ["Content-Type", "text/plain; charset=utf-8"],
    ["Content-Transfer-Encoding", eightBit ? "8bit" : "quoted-printable"],
    // An automatic mail: no out-of-office replies to it, please.
    ["Auto-Submitted", "auto-generated"],
  ];
  if (mail.unsubscribeUrl) {
    headers.push(["List-Unsubscribe", `<${mail.unsubscribeUrl}>`], ["List-Unsubscribe-Post", "List-Unsubscribe=One-Click"]);
  }
  const body = eightBit ? toCrlf(mail.text) : quotedPrintable(mail.text);
  return `${headers.map(([name, value]) => `${name}: ${value}`).join("\r\n")}\r\n\r\n${body}\r\n`;
}

/** SMTP's transparency (RFC 5321 4.5.2): a line that starts with a dot gets a second one. */
export function dotStuff(message: string): string {
  return message.replace(/(^|\r\n)\./g, "$1..");
}
