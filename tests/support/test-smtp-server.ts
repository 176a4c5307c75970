import http from "node:http";
import net from "node:net";
import path from "node:path";
import tls from "node:tls";
import { pathToFileURL } from "node:url";
import { type ParsedMail, parseMail } from "./read-mail.ts";

// A tiny SMTP server for the tests: it accepts what the portal sends and keeps it in
// memory. Unit and database tests start it in their own process; the browser tests get one
// per e2e server (e2e/support/start-e2e-server.ts) and read it over HTTP:
//   GET /messages     every mail received so far, as JSON (ReceivedMail[])
//   DELETE /messages  forget them
// Run on its own: npx tsx tests/support/test-smtp-server.ts [smtpPort] [httpPort]

export interface ReceivedMail extends ParsedMail {
  from: string;
  to: string[];
  /** The message as received after DATA, dot-stuffing undone, CRLF line breaks. */
  raw: string;
  /** The MAIL FROM parameters, e.g. "BODY=8BITMIME". */
  parameters: string;
  /** The user name of AUTH, when the client logged in. */
  user: string | null;
  tls: boolean;
  receivedAt: string;
}

export interface TestSmtpServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Announce 8BITMIME (the default); without it the client must send quoted-printable. */
  eightBitMime?: boolean;
  /** Require AUTH with these credentials before MAIL. */
  auth?: { user: string; password: string };
  /** Offer STARTTLS with this key and certificate. */
  tls?: { key: string; cert: string };
  /** Recipients refused with 550 (permanent). */
  refuseRecipient?: (address: string) => boolean;
  /** Refuse every message after DATA with 451 (temporary), as a relay with a full disk does. */
  refuseMessages?: boolean;
}

export interface TestSmtpServer {
  port: number;
  messages(): ReceivedMail[];
  clear(): void;
  /** Resolves once at least `count` mails are in, or rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Changes the refusals while running. */
  configure(options: Pick<TestSmtpServerOptions, "refuseRecipient" | "refuseMessages">): void;
  close(): Promise<void>;
}

export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const behaviour = { refuseRecipient: options.refuseRecipient, refuseMessages: options.refuseMessages ?? false };
  const sockets = new Set<net.Socket>();
  const secureContext = options.tls ? tls.createSecureContext(options.tls) : null;

  const server = net.createServer((plain) => {
    sockets.add(plain);
    plain.on("close", () => sockets.delete(plain));
    plain.on("error", () => undefined);
    let socket: net.Socket = plain;
    let secure = false;
    let buffer = "";
    let mode: "command" | "data" | "auth-user" | "auth-password" = "command";
    let data: string[] = [];
    let from: string | null = null;
    let parameters = "";
    let to: string[] = [];
    let user: string | null = null;
    let pendingUser = "";

    const reply = (line: string) => socket.write(`${line}\r\n`);
    const reset = () => {
      from = null;
      parameters = "";
      to = [];
    };
    const extensions = () => [
      "250-test-smtp-server",
      ...(options.eightBitMime === false ? [] : ["250-8BITMIME"]),
      "250-SMTPUTF8",
      ...(options.tls && !secure ? ["250-STARTTLS"] : []),
      ...(options.auth ? ["250-AUTH PLAIN LOGIN"] : []),
      "250 HELP",
    ];
    const login = (name: string, password: string) => {
      if (options.auth && name === options.auth.user && password === options.auth.password) {
        user = name;
        reply("235 2.7.0 Authentication successful");
      } else {
        reply("535 5.7.8 Authentication credentials invalid");
      }
    };
    const decode = (text: string) => Buffer.from(text, "base64").toString("utf8");

    const onLine = (line: string) => {
      if (mode === "data") {
        if (line === ".") {
          mode = "command";
          const raw = data.join("\r\n") + "\r\n";
          data = [];
          if (behaviour.refuseMessages) {
            reply("451 4.3.0 Try again later");
          } else {
            received.push({ from: from ?? "", to, raw, parameters, user, tls: secure, receivedAt: new Date().toISOString(), ...parseMail(raw) });
            reply("250 2.0.0 Ok: queued");
          }
          reset();
        } else {
          data.push(line.startsWith(".") ? line.slice(1) : line);
        }
        return;
      }
      if (mode === "auth-user") {
        pendingUser = decode(line);
        mode = "auth-password";
        reply(`334 ${Buffer.from("Password:").toString("base64")}`);
        return;
      }
      if (mode === "auth-password") {
        mode = "command";
        login(pendingUser, decode(line));
        return;
      }
      const [verb = "", ...rest] = line.split(" ");
      const argument = rest.join(" ");
      switch (verb.toUpperCase()) {
        case "EHLO":
          reset();
          extensions().forEach(reply);
          return;
        case "HELO":
          reset();
          reply("250 test-smtp-server");
          return;
        case "STARTTLS": {
          if (!secureContext || secure) return void reply("502 5.5.1 Not offered");
          reply("220 2.0.0 Ready to start TLS");
          plain.removeListener("data", onData);
          const upgraded = new tls.TLSSocket(plain, { isServer: true, secureContext });
          upgraded.on("error", () => undefined);
          upgraded.setEncoding("utf8");
          upgraded.on("data", onData);
          socket = upgraded;
          secure = true;
          buffer = "";
          reset();
          return;
        }
        case "AUTH": {
          const [mechanism = "", initial] = argument.split(" ");
          if (!options.auth) return void reply("502 5.5.1 Not offered");
          if (mechanism.toUpperCase() === "PLAIN" && initial) {
            const [, name = "", password = ""] = decode(initial).split("\u0000");
            return login(name, password);
          }
          if (mechanism.toUpperCase() === "LOGIN") {
            mode = "auth-user";
            return void reply(`334 ${Buffer.from("Username:").toString("base64")}`);
          }
          return void reply("504 5.5.4 Unrecognised mechanism");
        }
        case "MAIL": {
          const match = argument.match(/^FROM:\s*<([^>]*)>\s*(.*)$/i);
          if (!match) return void reply("501 5.5.4 Syntax: MAIL FROM:<address>");
          if (options.auth && !user) return void reply("530 5.7.0 Authentication required");
          from = match[1]!;
          parameters = match[2]!.trim();
          to = [];
          return void reply("250 2.1.0 Ok");
        }
        case "RCPT": {
          const match = argument.match(/^TO:\s*<([^>]*)>/i);
          if (!match) return void reply("501 5.5.4 Syntax: RCPT TO:<address>");
          if (from === null) return void reply("503 5.5.1 MAIL first");
          if (behaviour.refuseRecipient?.(match[1]!)) return void reply(`550 5.1.1 <${match[1]}>: Recipient address rejected`);
          to.push(match[1]!);
          return void reply("250 2.1.5 Ok");
        }
        case "DATA":
          if (to.length === 0) return void reply("503 5.5.1 RCPT first");
          mode = "data";
          return void reply("354 End data with <CR><LF>.<CR><LF>");
        case "RSET":
          reset();
          return void reply("250 2.0.0 Ok");
        case "NOOP":
          return void reply("250 2.0.0 Ok");
        case "QUIT":
          reply("221 2.0.0 Bye");
          socket.end();
          return;
        default:
          reply("502 5.5.2 Command not recognised");
      }
    };

    function onData(chunk: string) {
      buffer += chunk;
      let index: number;
      while ((index = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        onLine(line);
      }
    }

    plain.setEncoding("utf8");
    plain.on("data", onData);
    reply("220 test-smtp-server ESMTP ready");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });

  return {
    port: (server.address() as net.AddressInfo).port,
    messages: () => [...received],
    clear: () => void received.splice(0),
    async waitForMessages(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} mails, received ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return [...received];
    },
    configure(next) {
      if ("refuseRecipient" in next) behaviour.refuseRecipient = next.refuseRecipient;
      if ("refuseMessages" in next) behaviour.refuseMessages = next.refuseMessages ?? false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

/** The mailbox over HTTP, for the browser tests that run in another process. */
export async function startMailboxHttp(smtp: TestSmtpServer, port = 0): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.url !== "/messages") {
      response.writeHead(404).end();
    } else if (request.method === "DELETE") {
      smtp.clear();
      response.writeHead(204).end();
    } else {
      response.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(JSON.stringify(smtp.messages()));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Where the browser tests find the mailbox of the e2e server on `serverPort`. */
export function e2eMailPorts(serverPort: number): { smtp: number; http: number } {
  return { smtp: serverPort + 100, http: serverPort + 200 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const smtp = await startTestSmtpServer({ port: Number(process.argv[2] ?? 2525) });
  const mailbox = await startMailboxHttp(smtp, Number(process.argv[3] ?? 2526));
  console.log(`test SMTP server on 127.0.0.1:${smtp.port}, mailbox at http://127.0.0.1:${mailbox.port}/messages`);
}
