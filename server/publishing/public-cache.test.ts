import { describe, expect, it } from "vitest";
import { publicPagesChanged } from "@/lib/publishing/public-changes";
import { cachedPublic } from "./public-cache";

describe("the public pages' cache", () => {
  it("reads once while nothing changes, again after a publishing write, and not after a failed read", async () => {
    let reads = 0;
    const load = async () => ++reads;
    expect(await cachedPublic("a", load)).toBe(1);
    expect(await cachedPublic("a", load)).toBe(1);
    expect(await Promise.all([cachedPublic("b", load), cachedPublic("b", load)])).toEqual([2, 2]);
    publicPagesChanged();
    expect(await cachedPublic("a", load)).toBe(3);
    await expect(cachedPublic("c", () => Promise.reject(new Error("database down")))).rejects.toThrow();
    expect(await cachedPublic("c", load)).toBe(4);
  });
});
