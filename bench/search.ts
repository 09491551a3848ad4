import { percentile, round, timeGets } from "./measure";
import { withLoad, type BenchRow } from "./results-file";

/** GET /api/search once: how many results it found, so a search that found nothing by mistake stops the run. */
async function totalOf(url: string, cookie: string): Promise<number> {
  const response = await fetch(url, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { total: number }).total;
}

/**
 * Search across everything (issue: scale), through the API as the reviewer: words the synthetic
 * data is full of (thousands of matches counted and the newest 20 sorted out: the worst case),
 * and a word nothing holds (the index answers alone).
 */
export async function benchSearch(base: string, cookie: string, claims: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [what, q, expectFound] of [
    ["common words", "procurement disclosure", true],
    ["a word nowhere", "quillwortian", false],
  ] as const) {
    const url = `${base}/api/search?q=${encodeURIComponent(q)}`;
    const found = await totalOf(url, cookie);
    if (expectFound !== found > 0) throw new Error(`search for "${q}" found ${found}: not what the row measures`);
    await timeGets(url, 3, { cookie });
    const timed = await withLoad(() => timeGets(url, 30, { cookie }));
    const at = `search, ${claims} claims, ${what} (${found.toLocaleString("en")} found)`;
    rows.push(
      { measure: `${at}, p50`, value: round(percentile(timed.result, 50)), unit: "ms", target: "", load: timed.load },
      {
        measure: `${at}, p95`,
        value: round(percentile(timed.result, 95)),
        unit: "ms",
        target: "< 200",
        load: timed.load,
      },
    );
  }
  return rows;
}
