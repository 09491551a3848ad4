import { describe, expect, it } from "vitest";
import { readableDate, readableDateTime } from "./readable-date";

describe("readable dates", () => {
  it("prints a timestamp as people read it, in UTC", () => {
    expect(readableDate("2026-12-05T23:30:00.000Z")).toBe("5 Dec 2026");
    expect(readableDateTime("2026-12-05T07:05:00.000Z")).toBe("5 Dec 2026, 07:05 UTC");
  });
});
