import { describe, expect, it } from "vitest";
import { handleSkeleton, isReservedHandle, uniqueHandle } from "./handles";

describe("handles that look alike", () => {
  it("reads look-alike letters and digits as one", () => {
    expect(handleSkeleton("ana-lima")).toBe(handleSkeleton("ana-1ima"));
    expect(handleSkeleton("ana-lima")).toBe(handleSkeleton("analima"));
    expect(handleSkeleton("mam")).toBe(handleSkeleton("rnarn"));
    expect(handleSkeleton("joe")).toBe(handleSkeleton("j0e"));
    expect(handleSkeleton("ana-lima")).not.toBe(handleSkeleton("ana-luna"));
  });

  it("reserves the handles that address everyone or the instance, and their look-alikes", () => {
    for (const handle of ["admin", "all", "everyone", "here", "adrnin", "a11", "every-one"]) {
      expect(isReservedHandle(handle), handle).toBe(true);
    }
    expect(isReservedHandle("ada-admin")).toBe(false);
    expect(isReservedHandle("hereford")).toBe(false);
  });

  it("numbers a handle past the taken ones", () => {
    expect(uniqueHandle("ana", new Set(["ana", "ana-2"]))).toBe("ana-3");
  });
});
