import highsLoader, { type Highs } from "highs";

let loading: Promise<Highs> | undefined;

/**
 * The HiGHS wasm runtime, loaded once per process. The package's loader finds highs.wasm
 * next to its own JavaScript in node_modules, which works unchanged under Node, tsx and
 * vitest (which leaves node_modules to Node). A failed load is not cached, so a later call
 * can try again.
 */
export async function loadHighs(): Promise<Highs> {
  loading ??= highsLoader().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
