import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { loadMunicipalityConfig } from "../../lib/config/load-municipality-config.ts";
import { openDatabase } from "../../lib/db/open-database.ts";
import { demoDataDir, importDemoData } from "../../lib/demo/demo-data.ts";
import { e2eMailPorts, startMailboxHttp, startTestSmtpServer } from "../../tests/support/test-smtp-server.ts";
import { MAIL_FROM } from "./mail-test-data.ts";
import { seedMailTest } from "./seed-mail-test.ts";
import { seedStaffFixtures } from "./seed-staff.ts";

// Starts the built portal for the browser tests on a fresh database of its own:
//   embedded  - a new PGlite directory, filled before the server starts (one owner at a time);
//   postgres  - a new PostgreSQL database; the server migrates it at start, then the demo
//               data are imported while it runs, as a municipality would on a live server.
// Playwright waits for a map of a released indicator, which exists only once the whole
// import, release included, is done. Both get the staff accounts and new submissions of
// staff.spec.ts (e2e/support/seed-staff.ts), after the demo's initiatives (which are
// imported only into a database without initiatives).
// Each server sends mail to a test SMTP server in this process; the tests read what it
// received at http://127.0.0.1:<port + 200>/messages (e2eMailPorts). Two status mails are
// written after the demo import (seedMailTest).

const [mode, portText] = process.argv.slice(2);
const port = Number(portText);
if ((mode !== "embedded" && mode !== "postgres") || !Number.isInteger(port)) {
  console.error("usage: start-e2e-server.ts embedded|postgres PORT");
  process.exit(2);
}

const config = loadMunicipalityConfig();
const mailPorts = e2eMailPorts(port);
const smtp = await startTestSmtpServer({ port: mailPorts.smtp });
const mailbox = await startMailboxHttp(smtp, mailPorts.http);
const origin = new URL(`http://127.0.0.1:${port}`);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  NODE_ENV: "production",
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(smtp.port),
  SMTP_SECURE: "false",
  MAIL_FROM,
  OUTBOX_INTERVAL_SECONDS: "2",
  // As behind one proxy: a test's X-Forwarded-For stands for the client (e2e/support/client-address.ts).
  TRUSTED_PROXY_HOPS: "1",
};
delete env.SMTP_USER;
delete env.SMTP_PASSWORD;
let cleanup: () => Promise<void> = async () => {};

if (mode === "embedded") {
  const dataDir = path.resolve(".data", `e2e-${port}`);
  await fs.rm(dataDir, { recursive: true, force: true });
  await fs.rm(`${dataDir}.lock`, { force: true });
  const db = await openDatabase({ kind: "pglite", dataDir });
  await importDemoData(db, demoDataDir(), config);
  await seedMailTest(db.prisma, origin);
  await seedStaffFixtures(db.prisma);
  await db.close();
  env.PGLITE_DIR = dataDir;
  delete env.DATABASE_URL;
} else {
  const admin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `buurtbeeld_e2e_${port}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
  env,
  stdio: "inherit",
});

if (mode === "postgres") {
  // Wait until the server has started (and so migrated the empty database), then import.
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`http://127.0.0.1:${port}/nl`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (attempt > 120) throw new Error("the PostgreSQL e2e server did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const db = await openDatabase({ kind: "postgres", url: env.DATABASE_URL! });
  await importDemoData(db, demoDataDir(), config);
  await seedMailTest(db.prisma, origin);
  await seedStaffFixtures(db.prisma);
  await db.close();
}

const stop = async () => {
  server.kill("SIGTERM");
  await Promise.all([smtp.close(), mailbox.close()]).catch(() => undefined);
  await cleanup().catch(() => undefined);
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  void cleanup().finally(() => process.exit(code ?? 1));
});
