// Reads a received message back the way a mail program would, so tests assert on what a
// person sees (the decoded subject and text) as well as on the raw headers.

export interface ParsedMail {
  /** Header names in lower case, folded lines joined; a repeated header keeps its first value. */
  headers: Record<string, string>;
  /** The Subject with RFC 2047 words decoded. */
  subject: string;
  /** The body as text, transfer encoding undone. */
  text: string;
}

function unfoldHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r\n(?![ \t])/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] ??= line.slice(colon + 1).replace(/\r\n[ \t]/g, " ").trim();
  }
  return headers;
}

export function decodeEncodedWords(value: string): string {
  // Whitespace between two encoded words is not part of the text (RFC 2047, 6.2).
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
    );
}

export function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const text = body.replace(/=\r\n/g, "");
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

export function parseMail(raw: string): ParsedMail {
  const split = raw.indexOf("\r\n\r\n");
  const headers = unfoldHeaders(split >= 0 ? raw.slice(0, split) : raw);
  const body = split >= 0 ? raw.slice(split + 4).replace(/\r\n$/, "") : "";
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  return {
    headers,
    subject: decodeEncodedWords(headers.subject ?? ""),
    text: (encoding === "quoted-printable" ? decodeQuotedPrintable(body) : body).replace(/\r\n/g, "\n"),
  };
}
