import { spawnSync } from "node:child_process";

// `npm test`: every suite, in order, each reported; exits non-zero if any fails. The
// e2e suite needs a fresh production build, so it only runs when the build succeeded.

interface Step {
  name: string;
  command: string[];
  needs?: string;
}

const npx = (...args: string[]) => ["npx", "--no-install", ...args];

const steps: Step[] = [
  { name: "typecheck", command: npx("tsc", "--noEmit", "-p", ".") },
  { name: "migrations match the schema", command: npx("tsx", "scripts/db/migrate.ts", "check") },
  { name: "unit tests", command: npx("vitest", "run", "--project", "unit") },
  { name: "database tests (embedded PGlite and PostgreSQL)", command: npx("vitest", "run", "--project", "db") },
  { name: "production build", command: npx("next", "build") },
  { name: "end-to-end tests (Chromium; embedded and PostgreSQL servers)", command: npx("playwright", "test"), needs: "production build" },
];

const results = new Map<string, "passed" | "failed" | "skipped">();
for (const step of steps) {
  if (step.needs && results.get(step.needs) !== "passed") {
    results.set(step.name, "skipped");
    continue;
  }
  process.stdout.write(`\n=== ${step.name}: ${step.command.join(" ")}\n`);
  const started = Date.now();
  const { status } = spawnSync(step.command[0]!, step.command.slice(1), { stdio: "inherit", env: process.env });
  results.set(step.name, status === 0 ? "passed" : "failed");
  process.stdout.write(`=== ${step.name}: ${results.get(step.name)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

process.stdout.write("\nSummary\n");
for (const [name, result] of results) process.stdout.write(`  ${result.padEnd(7)} ${name}\n`);
const failed = [...results.values()].some((result) => result !== "passed");
process.exit(failed ? 1 : 0);
