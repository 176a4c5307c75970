// Every problem an importer can report must read in Dutch and in English. The keys are
// collected from the source, so a new problem without a translation fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliTranslator } from "@/lib/cli/cli-translator.ts";
import { formatProblem } from "@/lib/cli/format-problem.ts";

const ROOT = path.resolve(".");
type Messages = { [key: string]: string | Messages };
const messages = {
  nl: JSON.parse(fs.readFileSync(path.join(ROOT, "messages/nl.json"), "utf8")) as Messages,
  en: JSON.parse(fs.readFileSync(path.join(ROOT, "messages/en.json"), "utf8")) as Messages,
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/**
 * Problem keys: `key: "..."` in files that build import problems, keys passed to a local
 * fail(file, "key") helper, and the keys positionProblem returns as plain strings.
 */
function problemKeysInSource(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(path.join(ROOT, "lib"))) {
    const text = fs.readFileSync(file, "utf8");
    const relative = path.relative(ROOT, file);
    const buildsProblems = /\b(ImportProblem|ImportError|ProblemList|PolygonProblem)\b/.test(text);
    const inImportDir = relative.split(path.sep).includes("import");
    if (!buildsProblems && !inImportDir) continue;
    for (const match of text.matchAll(/\bkey:\s*"([^"]+)"/g)) keys.set(match[1]!, relative);
    for (const match of text.matchAll(/\bfail\(\s*\w+\s*,\s*"([^"]+)"/g)) keys.set(match[1]!, relative);
    // coordinate-system.ts returns problem keys as plain strings.
    if (inImportDir) for (const match of text.matchAll(/\breturn\s+"([a-z][A-Za-z0-9]+)"/g)) keys.set(match[1]!, relative);
  }
  return keys;
}

function flatten(tree: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

// Arguments only ({name} or {name, plural, …}); the words inside a plural branch are text.
const placeholders = (message: string) => new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!));

const problemKeys = problemKeysInSource();

describe("import problem messages", () => {
  it("finds the problem keys in the source (the scan itself works)", () => {
    for (const key of ["emptyFile", "notJson", "notFeatureCollection", "noFeatures", "unsupportedCrs", "selfIntersection", "coordinatesLookLikeRd", "coordinatesLookLikeWgs84", "coordinatesSwapped", "duplicateCode", "invalidValue", "csvMalformed", "moreProblems", "wijkNameMissing"]) {
      expect(problemKeys.has(key), key).toBe(true);
    }
    // HTTP header names (lib/security) are not problem keys.
    expect([...problemKeys.keys()].some((key) => key.includes("-"))).toBe(false);
    expect(problemKeys.size).toBeGreaterThan(40);
  });

  for (const locale of ["nl", "en"] as const) {
    it(`has a ${locale} message under importProblems for every problem key`, () => {
      const section = messages[locale].importProblems as Record<string, unknown>;
      const missing = [...problemKeys].filter(([key]) => typeof section[key] !== "string" || section[key] === "");
      expect(missing.map(([key, file]) => `${key} (${file})`)).toEqual([]);
    });

    it(`renders every problem key in ${locale} without leaving a placeholder or key path`, () => {
      const t = cliTranslator(locale, ROOT);
      const section = messages[locale].importProblems as Record<string, string>;
      for (const key of problemKeys.keys()) {
        const message = section[key] ?? "";
        // Plural arguments take a number; every other placeholder a recognisable text.
        const plural = new Set([...message.matchAll(/\{\s*(\w+)\s*,\s*plural/g)].map((match) => match[1]!));
        const values = Object.fromEntries(
          [...placeholders(message)].map((name) => [name, plural.has(name) ? 7 : `«${name}»`]),
        );
        const text = formatProblem({ file: "f.geojson", item: 2, code: "BU19910102", name: "Naam", key, values }, t, "Feature");
        expect(text, key).not.toContain("importProblems.");
        expect(text, key).not.toMatch(/\{\s*\w+\s*\}/);
        expect(text, key).not.toContain("NaN");
        for (const [name, value] of Object.entries(values)) expect(text, `${key}: ${name}`).toContain(String(value));
      }
    });
  }

  it("has the location messages formatProblem uses", () => {
    for (const locale of ["nl", "en"] as const) {
      const section = messages[locale].importProblems as Record<string, unknown>;
      for (const key of ["whereItem", "whereItemCode", "whereItemCodeName", "itemLabelFeature", "itemLabelLine"]) {
        expect(typeof section[key], `${locale}: ${key}`).toBe("string");
      }
    }
  });
});

describe("messages/nl.json and messages/en.json", () => {
  const nl = flatten(messages.nl);
  const en = flatten(messages.en);

  it("have exactly the same keys", () => {
    expect([...nl.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !nl.has(key))).toEqual([]);
    expect(nl.size).toBeGreaterThan(100);
  });

  it("use the same placeholders for each key", () => {
    const differ = [...nl].filter(([key, text]) => {
      const a = [...placeholders(text)].sort().join();
      const b = [...placeholders(en.get(key) ?? "")].sort().join();
      return a !== b;
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it("have no empty messages", () => {
    expect([...nl, ...en].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });
});
