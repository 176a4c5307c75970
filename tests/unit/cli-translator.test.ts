import { describe, expect, it } from "vitest";
import { cliLocale, cliTranslator } from "@/lib/cli/cli-translator.ts";

// Next.js declares NODE_ENV as always present; these tests pass only the variables that matter.
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("cliLocale", () => {
  it("is Dutch when nothing says otherwise", () => {
    expect(cliLocale(undefined, env({}))).toBe("nl");
  });

  it("lets --lang win over the environment", () => {
    expect(cliLocale("en", env({ BUURTBEELD_LANG: "nl", LANG: "nl_NL.UTF-8" }))).toBe("en");
    expect(cliLocale("nl", env({ BUURTBEELD_LANG: "en", LANG: "en_GB.UTF-8" }))).toBe("nl");
  });

  it("uses BUURTBEELD_LANG before LC_ALL and LANG", () => {
    expect(cliLocale(undefined, env({ BUURTBEELD_LANG: "en", LC_ALL: "nl_NL.UTF-8" }))).toBe("en");
    expect(cliLocale(undefined, env({ LC_ALL: "en_US.UTF-8", LANG: "nl_NL.UTF-8" }))).toBe("en");
    expect(cliLocale(undefined, env({ LANG: "en_GB.UTF-8" }))).toBe("en");
  });

  it("falls back to Dutch for other languages", () => {
    expect(cliLocale(undefined, env({ LANG: "de_DE.UTF-8" }))).toBe("nl");
    expect(cliLocale("fr", env({}))).toBe("nl");
  });
});

describe("cliTranslator", () => {
  it("translates with values from messages/<locale>.json", () => {
    expect(cliTranslator("nl")("cli.skippedRows", { count: 3 })).toContain("3 regels");
    expect(cliTranslator("en")("cli.importFailed")).not.toBe(cliTranslator("nl")("cli.importFailed"));
  });
});
