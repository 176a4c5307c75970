import { type APIRequestContext, expect } from "@playwright/test";
import { EMBEDDED_PORT } from "../../playwright.config.ts";
import { e2eMailPorts, type ReceivedMail } from "../../tests/support/test-smtp-server.ts";

// What the embedded e2e server's test SMTP server received (start-e2e-server.ts).
const MAILBOX = `http://127.0.0.1:${e2eMailPorts(EMBEDDED_PORT).http}/messages`;

/** Every mail to an address so far. */
export async function mailsTo(request: APIRequestContext, address: string): Promise<ReceivedMail[]> {
  const mails = (await (await request.get(MAILBOX)).json()) as ReceivedMail[];
  return mails.filter((mail) => mail.to.includes(address));
}

/** The first mail to an address, waiting for the server's outbox to send it. */
export async function mailTo(request: APIRequestContext, address: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(MAILBOX)).json()) as ReceivedMail[];
        found = mails.find((mail) => mail.to.includes(address));
        return Boolean(found);
      },
      { timeout: 30_000, message: `a mail to ${address} in the test mailbox` },
    )
    .toBe(true);
  return found!;
}
