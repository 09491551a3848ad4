/** The highest page number a URL may ask for before it is read as the last page. */
const MAX_REQUESTED_PAGE = 1_000_000;

/**
 * A page number from a URL, made safe to multiply into an offset: not a number or below 1
 * reads as 1, and anything huge (page=1e20) as a large page that the caller then clamps to
 * the last one.
 */
export function requestedPage(value: number | string | null | undefined): number {
  const n = typeof value === "number" ? value : Number.parseInt(value ?? "1", 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(Math.floor(n), MAX_REQUESTED_PAGE);
}

/** How many pages `total` rows make at `size` a page (at least one, empty or not). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * Loads one page, clamped to the last page that exists: the count and the rows are read at
 * once, and only a request past the end reads the rows again.
 */
export async function loadPage<T>(
  requested: number,
  size: number,
  count: () => Promise<number>,
  rows: (skip: number) => Promise<T[]>,
): Promise<{ page: number; pages: number; total: number; rows: T[] }> {
  const first = requestedPage(requested);
  const [total, found] = await Promise.all([count(), rows((first - 1) * size)]);
  const pages = pageCount(total, size);
  if (first <= pages) return { page: first, pages, total, rows: found };
  return { page: pages, pages, total, rows: await rows((pages - 1) * size) };
}
