import type { Db } from "../lib/db/client";
import { autocannon, expectAll } from "./autocannon";
import { percentile, round, timeGets } from "./measure";
import { withLoad, type BenchRow } from "./results-file";

const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SLUGS = ["bench-public-fact-check", "bench-public-fact-check-2"] as const;

/** Two public fact-checks of the reader document's claims, as publishing would have written them. */
export async function seedPublishedFactCheck(db: Db): Promise<void> {
  const claims = await db.claim.findMany({
    where: { document: { slug: "bench-reader" } },
    orderBy: { start: "asc" },
    take: SLUGS.length,
    include: { document: { select: { workspaceId: true } } },
  });
  const now = new Date();
  for (const [i, claim] of claims.entries()) {
    await db.publishedFactCheck.create({
      data: {
        slug: SLUGS[i]!,
        claimId: claim.id,
        workspaceId: claim.document.workspaceId,
        headline: `Benchmark fact-check ${i + 1}: ${claim.exact.slice(0, 80)}`,
        summary: "A summary of what the desk found, with enough words to be a realistic paragraph. ".repeat(4),
        verdict: "MISLEADING",
        quote: claim.exact,
        claimAuthor: "A benchmark author",
        claimPublisher: "The Benchmark Gazette",
        claimDate: "2026-01-15",
        claimUrl: "https://example.org/original",
        sourcesJson: JSON.stringify([
          { url: "https://example.org/a", title: "Source A" },
          { url: "https://example.org/b", title: null },
        ]),
        language: "en",
        searchText: claim.exact.toLowerCase(),
        publishedById: "bench-reviewer",
        firstPublishedAt: now,
        modifiedAt: now,
      },
    });
  }
}

/** One GET's time and answer, checked: a share image that is not a PNG measures nothing. */
async function timePng(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (response.status !== 200 || response.headers.get("content-type") !== "image/png")
    throw new Error(`GET ${url} answered ${response.status} ${response.headers.get("content-type")}`);
  if (body.readUInt32BE(16) !== 1200 || body.readUInt32BE(20) !== 630) throw new Error(`${url} is not 1200×630`);
  return ms;
}

/**
 * The public site (issue: publishing): a public page served from the process's cache (p50, and
 * its throughput beside the reader page's, both under the same load), and a share image painted
 * the first time and answered from memory after.
 */
export async function benchPublishing(base: string, readerCookie: string): Promise<BenchRow[]> {
  const page = `${base}/fact-checks/${SLUGS[0]}`;
  await timeGets(page, 3); // the first read fills the cache
  const cached = await withLoad(() => timeGets(page, 200));
  const rows: BenchRow[] = [
    {
      measure: "public fact-check page, cached: server time p50",
      value: round(percentile(cached.result, 50), 1),
      unit: "ms",
      target: "< 20",
      load: cached.load,
    },
    {
      measure: "public fact-check page, cached: server time p95",
      value: round(percentile(cached.result, 95), 1),
      unit: "ms",
      target: "",
      load: cached.load,
    },
  ];
  const throughput = async (url: string, headers: Record<string, string>, what: string) => {
    const result = await autocannon({ url, headers, connections: 4, duration: LOAD_SECONDS });
    expectAll(what, result, 200);
    return result.requests.average;
  };
  const publicRate = await withLoad(() => throughput(page, {}, "GET the public page"));
  const readerRate = await withLoad(() =>
    throughput(`${base}/documents/bench-reader`, { cookie: readerCookie }, "GET the reader page"),
  );
  rows.push(
    {
      measure: "public fact-check page: requests a second (4 connections)",
      value: round(publicRate.result, 0),
      unit: "req/s",
      target: "",
      load: publicRate.load,
    },
    {
      measure: "reader page (2,000 claims): requests a second (4 connections)",
      value: round(readerRate.result, 1),
      unit: "req/s",
      target: "",
      load: readerRate.load,
    },
    {
      measure: "public page throughput ÷ reader page throughput",
      value: round(publicRate.result / readerRate.result, 1),
      unit: "×",
      target: "≥ 5",
      load: publicRate.load,
    },
  );
  // The first image of the process also launches Chromium; the second fact-check's is a paint alone.
  const launch = await withLoad(() => timePng(`${page}/image.png`));
  const first = await withLoad(() => timePng(`${base}/fact-checks/${SLUGS[1]}/image.png`));
  const again: number[] = [];
  for (let i = 0; i < 20; i++) again.push(await timePng(`${page}/image.png`));
  rows.push(
    {
      measure: "share image, first of the process (launches Chromium)",
      value: round(launch.result, 0),
      unit: "ms",
      target: "",
      load: launch.load,
    },
    {
      measure: "share image, first time for a fact-check",
      value: round(first.result, 0),
      unit: "ms",
      target: "< 2000",
      load: first.load,
    },
    {
      measure: "share image, after (p50 of 20)",
      value: round(percentile(again, 50), 1),
      unit: "ms",
      target: "< 20",
    },
  );
  return rows;
}
