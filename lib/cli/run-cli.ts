import { DatabaseLockedError } from "../db/pglite-lock.ts";
import { ImportError } from "../import/import-problem.ts";
import { MunicipalityConfigError } from "../config/municipality-config.ts";
import type { CliTranslator } from "./cli-translator.ts";
import { formatProblem } from "./format-problem.ts";

export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { ok: 0, badInput: 1, usage: 2, unavailable: 3 } as const;

/**
 * Runs a command and turns known failures into a clear message and exit code. The
 * schema engine leaves timers running, so every command ends with an explicit exit.
 */
export async function runCli(
  main: () => Promise<void>,
  options: { t?: () => CliTranslator; itemLabel?: "Feature" | "Line" } = {},
): Promise<never> {
  let code: number = EXIT.ok;
  try {
    await main();
  } catch (error) {
    if (error instanceof ImportError && options.t) {
      const t = options.t();
      process.stderr.write(`${t("cli.importFailed")}\n`);
      for (const problem of error.problems) {
        process.stderr.write(`  - ${formatProblem(problem, t, options.itemLabel ?? "Feature")}\n`);
      }
      code = EXIT.badInput;
    } else if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      code = EXIT.usage;
    } else if (error instanceof DatabaseLockedError || error instanceof MunicipalityConfigError) {
      process.stderr.write(`${error.message}\n`);
      code = EXIT.unavailable;
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      code = EXIT.badInput;
    }
  }
  // A command may set process.exitCode itself (e.g. a check that found drift).
  process.exit(code === EXIT.ok ? Number(process.exitCode ?? EXIT.ok) : code);
}
