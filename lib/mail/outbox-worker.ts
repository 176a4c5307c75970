import { getServerDatabase } from "../db/server-database.ts";
import { DEFAULT_OUTBOX_POLICY, type OutboxReport, redactAddresses, sendOutbox } from "./send-outbox.ts";
import { SmtpSession } from "./smtp-client.ts";
import { readSmtpEnv, type SmtpEnvResult } from "./smtp-env.ts";

// One outbox worker per server process. Whoever writes mail in a transaction calls
// kickOutbox() after it commits, so a mail leaves within moments; a timer drains now and
// then as well, for retries and for mail another instance or a crash left behind.
// Kept on globalThis: Next.js loads instrumentation and route code as separate bundles.

interface WorkerState {
  settings: SmtpEnvResult;
  started: boolean;
  running: Promise<void> | null;
  again: boolean;
}

const KEY = Symbol.for("buurtbeeld.outboxWorker");
type WorkerGlobal = typeof globalThis & { [KEY]?: WorkerState };

function workerState(): WorkerState {
  const store = globalThis as WorkerGlobal;
  store[KEY] ??= { settings: readSmtpEnv(), started: false, running: null, again: false };
  return store[KEY];
}

const ids = (list: number[]) => (list.length > 0 ? ` (id ${list.join(", ")})` : "");

/** Counts and ids only: a log never holds an address, a subject or a text. */
function logReport(report: OutboxReport): void {
  const parts = [
    report.sent.length > 0 ? `sent ${report.sent.length}${ids(report.sent)}` : "",
    report.retrying.length > 0 ? `${report.retrying.length} to retry${ids(report.retrying)}` : "",
    report.gaveUp.length > 0 ? `${report.gaveUp.length} given up${ids(report.gaveUp)}` : "",
    report.skipped.length > 0 ? `${report.skipped.length} not sent after unsubscribing${ids(report.skipped)}` : "",
  ].filter(Boolean);
  if (parts.length > 0) console.log(`Mail: ${parts.join(", ")}`);
  if (report.stoppedBy) console.warn(`Mail: stopped sending, the relay is unavailable (${report.stoppedBy}); the rest waits in the outbox`);
}

async function drain(state: WorkerState): Promise<void> {
  if (state.settings.kind !== "on") return;
  const settings = state.settings.settings;
  const { prisma } = await getServerDatabase();
  do {
    state.again = false;
    const report = await sendOutbox(prisma, {
      from: settings.from,
      openMailer: () => SmtpSession.open({ host: settings.host, port: settings.port, secure: settings.secure, auth: settings.auth }),
    });
    logReport(report);
    const handled = report.sent.length + report.retrying.length + report.gaveUp.length + report.skipped.length;
    // A full drain may have left more; a stopped one waits for the timer.
    if (handled >= DEFAULT_OUTBOX_POLICY.limit && !report.stoppedBy) state.again = true;
  } while (state.again);
}

/**
 * Starts sending what is due, without waiting for it: call after any transaction that
 * wrote to the outbox. A drain already running picks the new mail up before it stops.
 */
export function kickOutbox(): void {
  const state = workerState();
  if (state.settings.kind !== "on") return;
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = drain(state)
    .catch((error: unknown) => {
      // Database trouble: mail errors are handled per mail. Redacted all the same.
      console.error(`Mail: the outbox could not be drained: ${redactAddresses(error instanceof Error ? error.message : String(error)).slice(0, 500)}`);
    })
    .finally(() => {
      state.running = null;
    });
}

/** Once per server process (instrumentation): says how mail is sent and starts the timer. */
export function startOutboxWorker(): void {
  const state = workerState();
  if (state.started) return;
  state.started = true;
  const { settings } = state;
  if (settings.kind === "off") {
    console.log("Mail: SMTP_HOST is not set; status mails stay in the outbox until it is.");
    return;
  }
  if (settings.kind === "invalid") {
    console.error(`Mail: the SMTP settings are not valid, status mails stay in the outbox:\n  ${settings.problems.join("\n  ")}`);
    return;
  }
  const { host, port, secure, auth } = settings.settings;
  console.log(`Mail: sending through ${host}:${port} (${secure ? "TLS" : "STARTTLS when offered"}${auth ? ", with login" : ""}), every ${settings.settings.intervalSeconds} s and after each change`);
  setInterval(kickOutbox, settings.settings.intervalSeconds * 1000).unref();
  kickOutbox();
}
