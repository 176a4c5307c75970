import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";
import { UsageError } from "./run-cli.ts";

/** node:util parseArgs, then Zod: a wrong flag or value is a usage error with the usage text. */
export function parseCliArgs<Schema extends z.ZodType>(
  argv: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: Schema,
  usage: string,
): z.infer<Schema> {
  let raw: { values: Record<string, unknown>; positionals: string[] };
  try {
    raw = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as typeof raw;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
  if (raw.values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const parsed = schema.safeParse({ ...raw.values, positionals: raw.positionals });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  --${issue.path.join(".")}: ${issue.message}`);
    throw new UsageError(`${problems.join("\n")}\n\n${usage}`);
  }
  return parsed.data;
}
