// The two encodings a plain-text mail in any language needs: RFC 2047 words for headers
// (a title like "Speeltuin Één" in the Subject) and quoted-printable for a body that
// must pass a relay that only takes 7-bit lines.

const MAX_ENCODED_WORD = 75;
const PREFIX = "=?UTF-8?B?";
const SUFFIX = "?=";

const isPrintableAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
function utf8Chunks(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let current = "";
  let size = 0;
  for (const character of text) {
    const bytes = Buffer.byteLength(character);
    if (size + bytes > maxBytes && current) {
      chunks.push(current);
      current = "";
      size = 0;
    }
    current += character;
    size += bytes;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * A header value as RFC 2047 encoded words where it needs them, folded to lines of at most
 * 78 characters. `nameLength` is the length of "Subject: " before the value. Line breaks
 * in the value are spaces: a header value never starts a new header.
 */
export function encodeHeaderValue(value: string, nameLength: number): string {
  const flat = value.replace(/[\r\n\t]+/g, " ");
  if (isPrintableAscii(flat) && !flat.includes("=?")) return foldAscii(flat, nameLength);
  // Base64 of n bytes is 4·ceil(n/3) characters; 45 bytes fill a word of 10 + 60 + 2.
  const perWord = Math.floor((MAX_ENCODED_WORD - PREFIX.length - SUFFIX.length) / 4) * 3;
  const words = utf8Chunks(flat, perWord).map((chunk) => `${PREFIX}${Buffer.from(chunk, "utf8").toString("base64")}${SUFFIX}`);
  // Whitespace between encoded words is not displayed, so folding between them is safe.
  return words.join("\r\n ");
}

function foldAscii(value: string, nameLength: number): string {
  const lines: string[] = [];
  let line = "";
  let room = 78 - nameLength;
  for (const word of value.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > room && line) {
      lines.push(line);
      line = word;
      room = 77;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines.join("\r\n ");
}

/** A display name in a From or To header: encoded when it is not plain ASCII, quoted when it has specials. */
export function encodeDisplayName(name: string): string {
  const flat = name.replace(/[\r\n\t]+/g, " ");
  if (!isPrintableAscii(flat)) return encodeHeaderValue(flat, 6);
  return /[()<>[\]:;@\\,."]/.test(flat) ? `"${flat.replace(/["\\]/g, "\\$&")}"` : flat;
}

/**
 * Quoted-printable (RFC 2045) of UTF-8 text with CRLF line breaks: every byte outside
 * printable ASCII and "=" written as =XX, trailing spaces encoded, lines of at most 76.
 */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const bytes = Buffer.from(line, "utf8");
      const tokens: string[] = [];
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const plain = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        tokens.push(plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`);
      });
      const out: string[] = [];
      let current = "";
      for (const token of tokens) {
        // 75 leaves room for the soft break's "=".
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = "";
        }
        current += token;
      }
      out.push(current);
      return out.join("\r\n");
    })
    .join("\r\n");
}

/** Text with CRLF line breaks, as SMTP carries it. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\r\n");
}
