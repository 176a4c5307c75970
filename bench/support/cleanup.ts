import { UsageError } from "../../lib/cli/run-cli.ts";

// Everything a bench starts or creates registers how to undo it; undone in reverse order
// on success, failure and Ctrl-C alike, so no server, browser or database directory is
// left behind on a machine that others share.

const undo: Array<() => Promise<unknown>> = [];
let cleaning: Promise<void> | undefined;
let interrupted: number | undefined;

export function onCleanUp(step: () => Promise<unknown>): void {
  undo.push(step);
}

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of undo.reverse()) {
      await step().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
    }
  })();
  return cleaning;
}

/**
 * Runs a bench's main and ends the process with its code: 2 for a usage error, 130/143
 * after Ctrl-C/SIGTERM. Ends explicitly because the schema engine used by the demo
 * import leaves timers running.
 */
export async function runBench(main: () => Promise<number>): Promise<never> {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      interrupted = code;
      console.error(`\n${signal}: stopping the servers`);
      void cleanUp().finally(() => process.exit(code));
    });
  }
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    // After a Ctrl-C the failures are only the servers being stopped underneath us.
    if (interrupted === undefined) console.error(error instanceof Error ? error.message : String(error));
    if (error instanceof UsageError) code = 2;
  } finally {
    await cleanUp();
  }
  process.exit(interrupted ?? code);
}
