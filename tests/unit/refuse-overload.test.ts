import { describe, expect, it } from "vitest";
import { createConcurrencyGate } from "@/lib/abuse/concurrency-gate.ts";
import { refuseOverload } from "@/lib/abuse/refuse-overload.ts";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/abuse/submission-limits.ts";
import type { PrismaClient } from "@/lib/db/generated/client.ts";

const PATH = "/nl/initiatieven/nieuw";

/** A database whose rate-limit windows hold `count` for every key, or that does not answer. */
function database(count: number | "down" | "hangs"): () => Promise<PrismaClient> {
  const findUnique = async () => {
    if (count === "down") throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    if (count === "hangs") return new Promise(() => undefined);
    return { count };
  };
  return async () => ({ rateLimitWindow: { findUnique } }) as unknown as PrismaClient;
}

function post(headers: Record<string, string> = {}, path = PATH): [Request, string] {
  return [new Request(`http://localhost${path}`, { method: "POST", headers: { "x-forwarded-for": "203.0.113.7", ...headers } }), path];
}

describe("refuseOverload", () => {
  it("lets other methods and other pages through without asking anything", async () => {
    const gate = createConcurrencyGate(0);
    expect(await refuseOverload(new Request(`http://localhost${PATH}`), PATH, { gate, prisma: database("down") })).toBeNull();
    expect(await refuseOverload(...post({}, "/nl/kaart"), { gate, prisma: database("down") })).toBeNull();
  });

  it("lets a submission through when there is room and the limits are not reached", async () => {
    expect(await refuseOverload(...post(), { gate: createConcurrencyGate(8), prisma: database(4) })).toBeNull();
  });

  it("answers 429 with Retry-After when the instance is full", async () => {
    const gate = createConcurrencyGate(1);
    const leave = gate.tryEnter();
    const response = (await refuseOverload(...post(), { gate, prisma: database(0) }))!;
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('lang="nl"');
    expect(html).toContain("Het is nu erg druk");
    expect(html).toContain("Probeer het over 30 seconden opnieuw.");
    leave!();
    expect(await refuseOverload(...post(), { gate, prisma: database(0) })).toBeNull();
  });

  it("answers 429 in English, as plain text for the page's script, when the rate limit is used up", async () => {
    const [request] = post({ "next-action": "abc123" }, "/en/initiatieven/nieuw");
    const response = (await refuseOverload(request, "/en/initiatieven/nieuw", { gate: createConcurrencyGate(8), prisma: database(5) }))!;
    expect(response.status).toBe(429);
    // Next.js shows the body of a failed action only when the type is exactly text/plain.
    expect(response.headers.get("content-type")).toBe("text/plain");
    const seconds = Number(response.headers.get("retry-after"));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(600);
    expect(await response.text()).toMatch(/^Many initiatives have been sent from your connection in a short time\. Please try again in \d+ (second|minute)s?\.$/);
  });

  it("answers 429, never 500, when the database is down or does not answer", async () => {
    for (const state of ["down", "hangs"] as const) {
      const response = (await refuseOverload(...post(), { gate: createConcurrencyGate(8), prisma: database(state) }))!;
      expect(response.status, state).toBe(429);
      expect(response.headers.get("retry-after")).toBe("30");
    }
  }, 10_000);

  it("answers 413 for a declared body beyond the limit", async () => {
    const response = (await refuseOverload(...post({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }), { gate: createConcurrencyGate(8), prisma: database(0) }))!;
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Uw bericht is te groot");
  });
});

describe("the concurrency gate", () => {
  it("lets in up to its size, and each leave counts once", () => {
    const gate = createConcurrencyGate(2);
    const first = gate.tryEnter()!;
    const second = gate.tryEnter()!;
    expect(gate.tryEnter()).toBeNull();
    expect(gate.isFull()).toBe(true);
    first();
    first();
    expect(gate.inFlight()).toBe(1);
    expect(gate.tryEnter()).not.toBeNull();
    second();
  });
});
