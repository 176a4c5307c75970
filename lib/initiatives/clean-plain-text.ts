// Submitted texts are stored and shown as plain text: React escapes them on every page, the
// mails are text/plain and the API is JSON, so markup such as "<script>" is harmless words
// and is kept as typed. What is removed are characters nobody types on purpose: control
// characters (PostgreSQL refuses NUL outright) and the bidirectional overrides that make a
// text read differently from how it is stored.

// C0 controls except tab and line feed, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Embeddings, overrides and isolates (LRE…RLO, LRI…PDI).
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/** A multi-line text: line breaks kept (as \n), at most one empty line in a row, trimmed. */
export function cleanMultilineText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(BIDI_CONTROL, "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A one-line text such as a title: every run of white space, line breaks included, becomes one space. */
export function cleanSingleLineText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(CONTROL, "")
    .replace(BIDI_CONTROL, "")
    .replace(/ {2,}/g, " ")
    .trim();
}
