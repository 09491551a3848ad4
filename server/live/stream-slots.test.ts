import { describe, expect, it } from "vitest";
import { StreamSlots } from "./stream-slots";

describe("event stream slots", () => {
  it("caps one client's streams and all of them, and gives slots back once", () => {
    const slots = new StreamSlots(2, 3);
    const a1 = slots.take("a");
    const a2 = slots.take("a");
    expect(slots.take("a")).toEqual({ ok: false, reason: "client" });
    const b1 = slots.take("b");
    expect(slots.take("c")).toEqual({ ok: false, reason: "instance" });
    expect(slots.open).toBe(3);
    if (!a1.ok || !a2.ok || !b1.ok) throw new Error("expected slots");
    a1.release();
    a1.release(); // twice is once
    expect(slots.open).toBe(2);
    expect(slots.take("c").ok).toBe(true);
    expect(slots.take("a")).toEqual({ ok: false, reason: "instance" });
    b1.release();
    expect(slots.take("a").ok).toBe(true);
  });

  it("holds 3,000 attempts from one client to its cap", () => {
    const slots = new StreamSlots(20, 1000);
    const taken = Array.from({ length: 3000 }, () => slots.take("one client")).filter((s) => s.ok);
    expect(taken).toHaveLength(20);
    expect(slots.open).toBe(20);
  });
});
