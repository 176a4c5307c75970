import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { onCleanUp } from "./cleanup.ts";

export interface Started {
  child: ChildProcess;
  /** How the process ended: "code N" or "signal S". */
  exited: Promise<string>;
}

/** A Node process that is stopped (with everything it forked) when the bench ends. */
export function startNode(args: string[], env: NodeJS.ProcessEnv, stdout: "inherit" | "pipe" | "ignore"): Started {
  // detached: the child leads its own process group, so stopping the group also ends any
  // worker it forked, and a Ctrl-C reaches only us, which then stops it in order.
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", stdout, "inherit"], detached: true });
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
  );
  onCleanUp(() => stopGroup(child, exited));
  return { child, exited };
}

async function stopGroup({ pid, exitCode, signalCode }: ChildProcess, exited: Promise<string>) {
  if (pid === undefined || exitCode !== null || signalCode !== null) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup("SIGTERM");
  const force = setTimeout(() => signalGroup("SIGKILL"), 5_000);
  await exited;
  clearTimeout(force);
}

/** Runs a Node script to its end; anything but exit code 0 is an error. */
export function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { exited } = startNode(args, env, "inherit");
  return exited.then((how) => {
    if (how !== "code 0") throw new Error(`node ${args.join(" ")} ended with ${how}`);
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${from}-${from + 99}`);
}

/** Resolves once the server answers HTTP at all; the page itself is checked afterwards. */
export async function waitUntilAnswering(url: string, server: Started, seconds: number): Promise<void> {
  let gone: string | undefined;
  void server.exited.then((how) => (gone = how));
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server ended (${gone}) before it answered ${url}`);
    const answered = await fetch(url)
      .then((response) => response.body?.cancel().then(() => true) ?? true)
      .catch(() => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}
