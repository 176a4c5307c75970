// Runs once when a server process starts, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareServer } = await import("./lib/prepare-server.ts");
    await prepareServer();
    // Sends the outbox now and then, and says whether mail goes out at all.
    const { startOutboxWorker } = await import("./lib/mail/outbox-worker.ts");
    startOutboxWorker();
  }
}
