import { describe, expect, it } from "vitest";
import { loadPage, requestedPage } from "./paging";

describe("paging", () => {
  it("reads odd page numbers from URLs safely", () => {
    expect([
      requestedPage("2"),
      requestedPage("0"),
      requestedPage("-3"),
      requestedPage("abc"),
      requestedPage(null),
    ]).toEqual([2, 1, 1, 1, 1]);
    expect(requestedPage("99999999999999999999")).toBe(1_000_000);
    expect(requestedPage(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it("clamps a page past the end to the last page, and reads it", async () => {
    const data = Array.from({ length: 25 }, (_, i) => i);
    const rows = async (skip: number) => data.slice(skip, skip + 10);
    expect(await loadPage(2, 10, async () => 25, rows)).toEqual({
      page: 2,
      pages: 3,
      total: 25,
      rows: data.slice(10, 20),
    });
    expect(await loadPage(1e20, 10, async () => 25, rows)).toEqual({
      page: 3,
      pages: 3,
      total: 25,
      rows: [20, 21, 22, 23, 24],
    });
    expect(
      await loadPage(
        7,
        10,
        async () => 0,
        async () => [],
      ),
    ).toEqual({ page: 1, pages: 1, total: 0, rows: [] });
  });
});
