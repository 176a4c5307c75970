import { createHash } from "node:crypto";
import path from "node:path";

/** A file as an importer received it: its name for messages, its hash for the import log. */
export interface ImportSource {
  file: string;
  content: string;
  sha256: string;
}

export function importSource(file: string, content: string): ImportSource {
  return { file: path.basename(file), content, sha256: createHash("sha256").update(content).digest("hex") };
}
