import net from "node:net";
import os from "node:os";
import tls from "node:tls";
import { isMailAddress } from "./mail-address.ts";
import { dotStuff, formatMailMessage, type OutgoingMail } from "./format-mail-message.ts";

// A small SMTP client (RFC 5321) on node:net and node:tls: enough to hand plain-text mail
// to the municipality's relay. No package does this among our dependencies, and the few
// commands we need are easier to check here than a large library's options.

export interface SmtpTarget {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS whenever the server offers it. */
  secure: boolean;
  auth: { user: string; password: string } | null;
  /** Extra TLS options, e.g. a test's own certificate authority. Verification stays on. */
  tls?: Pick<tls.ConnectionOptions, "ca" | "servername">;
  /** Per reply; a relay that stops answering must not hold the outbox for long. */
  timeoutMs?: number;
}

export type SmtpStage = "connect" | "greeting" | "hello" | "starttls" | "auth" | "mail" | "rcpt" | "data" | "message";

/** A refusal or a broken conversation; `permanent` when retrying the same mail cannot help. */
export class SmtpError extends Error {
  constructor(
    message: string,
    readonly stage: SmtpStage,
    readonly code: number | null,
  ) {
    super(message);
    this.name = "SmtpError";
  }

  /** A 5xx for this recipient or this message: the same mail will be refused again. */
  get permanent(): boolean {
    return this.code !== null && this.code >= 500 && (this.stage === "rcpt" || this.stage === "message" || this.stage === "data");
  }
}

interface Reply {
  code: number;
  lines: string[];
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** The name we greet with: this machine's, when it is a valid host name. */
function helloName(): string {
  const name = os.hostname();
  return /^[A-Za-z0-9.-]{1,253}$/.test(name) ? name : "localhost";
}

class ReplyReader {
  private buffer = "";
  private lines: string[] = [];
  private replies: Reply[] = [];
  private waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;

  push(chunk: string): void {
    this.buffer += chunk;
    let index: number;
    while ((index = this.buffer.indexOf("\n")) >= 0) {
      const line = this.buffer.slice(0, index).replace(/\r$/, "");
      this.buffer = this.buffer.slice(index + 1);
      this.lines.push(line);
      // "250-…" continues a reply, "250 …" (or a bare "250") ends it.
      if (line.length < 4 || line[3] === " ") {
        const code = Number(line.slice(0, 3));
        this.replies.push({ code: Number.isInteger(code) ? code : 0, lines: this.lines.map((text) => text.slice(4)) });
        this.lines = [];
      }
    }
    this.deliver();
  }

  fail(error: Error): void {
    this.failure ??= error;
    this.deliver();
  }

  /** Anything left unread: after STARTTLS there must be nothing (RFC 3207, no injected commands). */
  get pending(): boolean {
    return this.buffer.length > 0 || this.replies.length > 0;
  }

  next(): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.deliver();
    });
  }

  private deliver(): void {
    if (!this.waiting) return;
    const reply = this.replies.shift();
    if (reply) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve(reply);
    } else if (this.failure) {
      const { reject } = this.waiting;
      this.waiting = null;
      reject(this.failure);
    }
  }
}

/** One connection to the relay; several mails may go through it one after the other. */
export class SmtpSession {
  private socket: net.Socket;
  private reader = new ReplyReader();
  private extensions = new Set<string>();
  private authMechanisms = new Set<string>();
  private closed = false;

  private constructor(
    private readonly target: SmtpTarget,
    socket: net.Socket,
  ) {
    this.socket = socket;
    this.attach(socket);
  }

  /** Connects, greets, upgrades to TLS where offered and logs in where configured. */
  static async open(target: SmtpTarget): Promise<SmtpSession> {
    const timeoutMs = target.timeoutMs ?? 30_000;
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const options = { host: target.host, port: target.port, timeout: timeoutMs };
      const connecting = target.secure
        ? tls.connect({ ...options, servername: target.tls?.servername ?? (net.isIP(target.host) ? undefined : target.host), ca: target.tls?.ca })
        : net.connect(options);
      const ready = target.secure ? "secureConnect" : "connect";
      const fail = (error: Error) => reject(new SmtpError(`cannot connect: ${error.message}`, "connect", null));
      connecting.once(ready, () => {
        connecting.off("error", fail);
        resolve(connecting);
      });
      connecting.once("error", fail);
      connecting.once("timeout", () => connecting.destroy(new Error("timed out")));
    });
    const session = new SmtpSession(target, socket);
    try {
      await session.expect(await session.reader.next(), [220], "greeting");
      await session.hello();
      if (!target.secure && session.extensions.has("STARTTLS")) await session.startTls();
      if (target.auth) await session.login(target.auth);
      return session;
    } catch (error) {
      session.destroy();
      throw error;
    }
  }

  /** Sends one mail; the session stays open for the next. */
  async send(mail: OutgoingMail): Promise<void> {
    for (const address of [mail.from.address, mail.to]) {
      if (!isMailAddress(address)) throw new SmtpError("not a valid address", address === mail.to ? "rcpt" : "mail", 553);
    }
    const utf8 = /[^\x00-\x7f]/.test(mail.from.address + mail.to);
    if (utf8 && !this.extensions.has("SMTPUTF8")) throw new SmtpError("address needs SMTPUTF8, which the server lacks", "rcpt", 553);
    const eightBit = this.extensions.has("8BITMIME");
    const parameters = [eightBit ? " BODY=8BITMIME" : "", utf8 ? " SMTPUTF8" : ""].join("");
    await this.command(`MAIL FROM:<${mail.from.address}>${parameters}`, [250], "mail");
    await this.command(`RCPT TO:<${mail.to}>`, [250, 251], "rcpt");
    await this.command("DATA", [354], "data");
    this.write(`${dotStuff(formatMailMessage(mail, { eightBit }))}.\r\n`);
    await this.expect(await this.reader.next(), [250], "message");
  }

  /** Says goodbye; a server that hangs up first is fine. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.command("QUIT", [221], "message");
    } catch {
      // Nothing to lose: every mail already has its own reply.
    }
    this.destroy();
  }

  destroy(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private attach(socket: net.Socket): void {
    socket.setEncoding("utf8");
    socket.setTimeout(this.target.timeoutMs ?? 30_000);
    socket.on("data", (chunk: string) => this.reader.push(chunk));
    socket.on("timeout", () => socket.destroy(new Error("the server did not answer in time")));
    socket.on("error", (error) => this.reader.fail(error));
    socket.on("close", () => this.reader.fail(new Error("the server closed the connection")));
  }

  private detach(socket: net.Socket): void {
    socket.removeAllListeners("data");
    socket.removeAllListeners("timeout");
    socket.removeAllListeners("close");
    socket.removeAllListeners("error");
    // The TLS socket reports errors from here on; an error on the raw one must not crash the process.
    socket.on("error", () => undefined);
  }

  private write(text: string): void {
    this.socket.write(text, "utf8");
  }

  private async command(line: string, accept: number[], stage: SmtpStage): Promise<Reply> {
    this.write(`${line}\r\n`);
    let reply: Reply;
    try {
      reply = await this.reader.next();
    } catch (error) {
      throw new SmtpError(error instanceof Error ? error.message : String(error), stage, null);
    }
    return this.expect(reply, accept, stage);
  }

  private async expect(reply: Reply, accept: number[], stage: SmtpStage): Promise<Reply> {
    if (!accept.includes(reply.code)) throw new SmtpError(`${reply.code} ${reply.lines.join(" ").slice(0, 300)}`, stage, reply.code || null);
    return reply;
  }

  private async hello(): Promise<void> {
    this.extensions.clear();
    this.authMechanisms.clear();
    const name = helloName();
    let reply: Reply;
    try {
      reply = await this.command(`EHLO ${name}`, [250], "hello");
    } catch (error) {
      // A server from before ESMTP: plain HELO, and no extensions.
      if (!(error instanceof SmtpError) || error.code === null) throw error;
      await this.command(`HELO ${name}`, [250], "hello");
      return;
    }
    for (const line of reply.lines.slice(1)) {
      const [keyword, ...rest] = line.trim().toUpperCase().split(/\s+/);
      if (!keyword) continue;
      this.extensions.add(keyword);
      if (keyword === "AUTH") rest.forEach((mechanism) => this.authMechanisms.add(mechanism));
    }
  }

  private async startTls(): Promise<void> {
    await this.command("STARTTLS", [220], "starttls");
    if (this.reader.pending) throw new SmtpError("the server sent data before TLS began", "starttls", null);
    const plain = this.socket;
    this.detach(plain);
    const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const upgraded = tls.connect({
        socket: plain,
        servername: this.target.tls?.servername ?? (net.isIP(this.target.host) ? undefined : this.target.host),
        ca: this.target.tls?.ca,
      });
      upgraded.once("secureConnect", () => resolve(upgraded));
      upgraded.once("error", (error) => reject(new SmtpError(`TLS failed: ${error.message}`, "starttls", null)));
    });
    this.socket = secure;
    this.reader = new ReplyReader();
    this.attach(secure);
    // Everything said before TLS is forgotten (RFC 3207): greet again.
    await this.hello();
  }

  private async login(auth: { user: string; password: string }): Promise<void> {
    const encrypted = this.socket instanceof tls.TLSSocket;
    if (!encrypted && !LOOPBACK.has(this.target.host)) {
      throw new SmtpError("refusing to send the SMTP password without TLS", "auth", null);
    }
    const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
    if (this.authMechanisms.has("PLAIN")) {
      await this.command(`AUTH PLAIN ${base64(`\u0000${auth.user}\u0000${auth.password}`)}`, [235], "auth");
    } else if (this.authMechanisms.has("LOGIN")) {
      await this.command("AUTH LOGIN", [334], "auth");
      await this.command(base64(auth.user), [334], "auth");
      await this.command(base64(auth.password), [235], "auth");
    } else {
      throw new SmtpError("the server offers neither AUTH PLAIN nor AUTH LOGIN", "auth", null);
    }
  }
}

/** One mail on its own connection. */
export async function sendMail(target: SmtpTarget, mail: OutgoingMail): Promise<void> {
  const session = await SmtpSession.open(target);
  try {
    await session.send(mail);
  } finally {
    await session.close();
  }
}
