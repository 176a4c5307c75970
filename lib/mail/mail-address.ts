// Addresses as the SMTP envelope and the From/To headers need them. Deliberately narrow:
// no comments, no groups, no quoted local parts. Anything with a line break, angle bracket
// or space is refused, so an address can never smuggle a command or a header in.

export interface MailAddress {
  /** Shown beside the address (From: "Buurtbeeld Maashorst <noreply@…>"). */
  name: string | null;
  address: string;
}

const ADDRESS = /^[^\s<>()[\]\\,;:"@\u0000-\u001f\u007f]+@[^\s<>()[\]\\,;:"@\u0000-\u001f\u007f]+\.[^\s<>()[\]\\,;:"@\u0000-\u001f\u007f]+$/u;

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

/** "Name <address>" or a bare address; null for anything else. */
export function parseMailbox(value: string): MailAddress | null {
  const trimmed = value.trim();
  const named = trimmed.match(/^(.*?)\s*<([^<>]+)>$/s);
  if (named) {
    const name = named[1]!.trim().replace(/^"(.*)"$/s, "$1").trim();
    if (/[\r\n\u0000-\u001f\u007f]/.test(name)) return null;
    return isMailAddress(named[2]!) ? { name: name || null, address: named[2]! } : null;
  }
  return isMailAddress(trimmed) ? { name: null, address: trimmed } : null;
}

/** The address's domain, for the Message-ID. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}
