import { describe, expect, it } from "vitest";
import { createVersionedCache } from "@/lib/cache/versioned-cache.ts";

describe("createVersionedCache", () => {
  it("loads once per key and version, and again after the data changed", async () => {
    const cache = createVersionedCache<string, number>();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get(1, "a", load)).toBe(1);
    expect(await cache.get(1, "a", load)).toBe(1);
    expect(await cache.get(2, "a", load)).toBe(2);
    expect(loads).toBe(2);
  });

  it("shares one load between concurrent requests", async () => {
    const cache = createVersionedCache<string, number>();
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    expect(await Promise.all([cache.get(1, "a", load), cache.get(1, "a", load)])).toEqual([1, 1]);
  });

  it("does not keep a failed load, so the next request tries again", async () => {
    const cache = createVersionedCache<string, number>();
    await expect(cache.get(1, "a", () => Promise.reject(new Error("database away")))).rejects.toThrow("database away");
    expect(await cache.get(1, "a", async () => 7)).toBe(7);
  });

  it("holds at most its limit, dropping the oldest entry", async () => {
    const cache = createVersionedCache<string, string>(2);
    let loads = 0;
    const load = (value: string) => async () => (loads++, value);
    await cache.get(1, "a", load("a"));
    await cache.get(1, "b", load("b"));
    await cache.get(1, "c", load("c"));
    await cache.get(1, "b", load("b"));
    expect(loads).toBe(3);
    await cache.get(1, "a", load("a"));
    expect(loads).toBe(4);
  });
});
