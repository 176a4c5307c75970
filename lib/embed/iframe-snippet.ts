// The HTML a partner pastes into their site. Every value is escaped for a double-quoted
// attribute: titles carry indicator and buurt names from the catalogue, which may hold
// quotes or ampersands.

const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };

function attribute(value: string): string {
  return value.replace(/[&"<>]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
}

export interface IframeSnippet {
  /** Absolute: the snippet runs on the partner's origin. */
  src: string;
  /** The frame's accessible name on the partner's page. */
  title: string;
  width: number;
  height: number;
}

/** One <iframe> element; lazy, so a widget far down a partner's page costs nothing until seen. */
export function iframeSnippet({ src, title, width, height }: IframeSnippet): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${Math.round(width)}" height="${Math.round(height)}" loading="lazy"></iframe>`;
}
