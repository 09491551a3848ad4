// `npm run bench`: makes its own data, serves a production build on 127.0.0.1 and measures
// what the README's benchmark table reports. SQLite always; PostgreSQL too when DATABASE_URL
// is set (a fresh database is created beside the one named, and dropped afterwards).
// Prints a table and writes bench/results.json. Bounded: every load runs for a fixed time.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../lib/db/client";
import { databaseTargetFrom } from "../lib/db/database-url";
import { REPORT_FORMATS } from "../lib/report/report-options";
import { openStreams } from "../bench/live-streams";
import { percentile, round, serverCpuMs, serverRssMb, timeGets, watchMemory } from "../bench/measure";
import { signInCookie } from "../bench/session";
import { READER_DOCUMENT, RTL_READER_DOCUMENT, seedSyntheticDocument } from "../bench/synthetic-data";
import { paintProfile } from "../bench/paint-profile";
import { launchBenchChromium, openUntilPainted, type PaintedWhen } from "../bench/chromium";
import { printTable, recordResults, withLoad, type BenchRow } from "../bench/results-file";
import { autocannon, expectAll, type AutocannonResult } from "../bench/autocannon";
import { expectAllPaced, pacedLoad } from "../bench/paced-load";
import { benchPublishing, seedPublishedFactCheck } from "../bench/publishing";
import { benchSearch } from "../bench/search";
import { BENCH_PASSWORD, seedBenchPeople } from "../bench/people";
import { freshDatabase, type Kind } from "../bench/database";
import { flaggableSpans } from "../bench/flaggable-spans";
import { startServer, stopServer } from "../bench/server";

const root = path.resolve(__dirname, "..");
const out = path.join(root, "bench", "out");
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

type Row = BenchRow;

function log(line: string) {
  process.stderr.write(`bench: ${line}\n`);
}

/** How many workspaces the review queue's claims are spread over. */
const QUEUE_DESKS = 20;

async function seed(db: Db): Promise<void> {
  const authors = await seedBenchPeople(db);
  const started = performance.now();
  const main = await seedSyntheticDocument(db, { ...READER_DOCUMENT, authorIds: authors });
  if (runs("reader")) await seedSyntheticDocument(db, { ...RTL_READER_DOCUMENT, authorIds: authors });
  // The queue's other 8,000 claims are spread over 20 private desks of 400 each: the reviewer is
  // an Editor of every one, so the queue reads through the workspace scoping as a desk would.
  const queue = { claims: 0, notes: 0 };
  for (let desk = 1; desk <= QUEUE_DESKS; desk++) {
    const workspace = await db.workspace.create({
      data: { id: `bench-desk-${desk}`, slug: `bench-desk-${desk}`, name: `Bench desk ${desk}`, visibility: "PRIVATE" },
    });
    await db.membership.createMany({
      data: [
        { workspaceId: workspace.id, userId: "bench-reviewer", role: "EDITOR" },
        ...authors.map((userId) => ({ workspaceId: workspace.id, userId, role: "CHECKER" })),
      ],
    });
    const seeded = await seedSyntheticDocument(db, {
      slug: `bench-queue-${desk}`,
      words: 8_000,
      claims: 8_000 / QUEUE_DESKS,
      notesPerClaim: 1,
      authorIds: authors,
      seed: 100 + desk,
      workspaceId: workspace.id,
    });
    queue.claims += seeded.claims;
    queue.notes += seeded.notes;
  }
  // The moonshot: 5,000 highlights on one page (painted and profiled by the "profile" section).
  if (runs("profile")) {
    await seedSyntheticDocument(db, {
      slug: "bench-reader-5k",
      words: 100_000,
      claims: 5_000,
      notesPerClaim: 0,
      authorIds: authors,
      seed: 4,
    });
  }
  await seedPublishedFactCheck(db);
  // Flagging under load goes to a document of its own, so the rows it adds do not change
  // what the reader, queue and report measurements see.
  await seedSyntheticDocument(db, {
    slug: "bench-flag",
    words: 2_000,
    claims: 0,
    notesPerClaim: 0,
    authorIds: authors,
    seed: 3,
  });
  log(
    `seeded ${main.claims + queue.claims} claims and ${main.notes + queue.notes} notes in ${round((performance.now() - started) / 1000)} s`,
  );
}

/** The bare-machine baseline: node:http + better-sqlite3 inserting the same row shape, no framework. */
function startBareServer(port: number): ChildProcess {
  const file = path.join(out, "bare.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const source = `
    const http = require("node:http");
    const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
    const db = new Database(${JSON.stringify(file)});
    db.pragma("journal_mode = WAL"); db.pragma("synchronous = NORMAL");
    db.exec("CREATE TABLE claim (id INTEGER PRIMARY KEY, start INTEGER, end INTEGER, exact TEXT, created TEXT)");
    const insert = db.prepare("INSERT INTO claim (start, end, exact, created) VALUES (?, ?, ?, ?)");
    http.createServer((req, res) => {
      let body = ""; req.on("data", (c) => (body += c)); req.on("end", () => {
        const b = JSON.parse(body); const r = insert.run(b.start, b.end, b.exact, new Date().toISOString());
        res.writeHead(201, { "content-type": "application/json" }); res.end(JSON.stringify({ id: r.lastInsertRowid }));
      });
    }).listen(${port}, "127.0.0.1");`;
  return spawn("node", ["-e", source], { stdio: "inherit" });
}

async function load(
  url: string,
  body: string | (() => string),
  cookie: string | null,
  extra: Record<string, unknown>,
): Promise<AutocannonResult> {
  return autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    duration: LOAD_SECONDS,
    // A body per request when it is a function (every flag a span of its own).
    ...(typeof body === "string"
      ? { body }
      : { requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: body() }) }] }),
    ...extra,
  });
}

/** Median of 5 loads of a page until its `expected` highlights are painted (or ready to open). */
async function paintTime(url: string, expected: number, when: PaintedWhen = "painted"): Promise<number> {
  return (await paintTimes([url], expected, 5, when))[0]!;
}

/** Medians of `rounds` loads of each page until painted, the pages alternating in one browser. */
async function paintTimes(
  urls: readonly string[],
  expected: number,
  rounds: number,
  when: PaintedWhen = "painted",
): Promise<number[]> {
  const browser = await launchBenchChromium();
  const times = urls.map((): number[] => []);
  try {
    for (let i = 0; i < rounds; i++) {
      for (const [index, url] of urls.entries()) {
        const page = await browser.newPage();
        const started = performance.now();
        await openUntilPainted(page, url, expected, 60_000, when);
        times[index]!.push(performance.now() - started);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return times.map((each) => percentile(each, 50));
}

/** Throws unless the document's text is laid out right to left: what the Arabic paint measure timed. */
async function expectRightToLeft(url: string, marks: number): Promise<void> {
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    await openUntilPainted(page, url, marks, 60_000, "ready");
    const dir = await page.evaluate(() => {
      const text = document.querySelector('[role="article"]');
      return text ? getComputedStyle(text.querySelector("p") ?? text).direction : null;
    });
    if (dir !== "rtl") throw new Error(`${url}: its paragraphs are laid out ${dir}, not right to left`);
  } finally {
    await browser.close();
  }
}

/** BENCH_ONLY=flag,open (comma-separated sections) runs part of the benchmark while working on one thing. */
const SECTIONS = [
  "reader",
  "open",
  "profile",
  "queue",
  "search",
  "reports",
  "imports",
  "flag",
  "live",
  "publishing",
] as const;
const only = new Set((process.env.BENCH_ONLY ?? SECTIONS.join(",")).split(",").map((s) => s.trim()));
const runs = (section: (typeof SECTIONS)[number]) => only.has(section);

/**
 * Requests to the home page, one after another, while the largest text an import takes (just
 * under its 2,000,000-character limit) converts: conversion runs in a child process, so the
 * server keeps answering. Throws unless the import answered 201 and every GET answered 200.
 */
async function homeDuringImport(base: string, cookie: string) {
  const text = Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i}: the council says ridership rose 4% in 2025.`)
    .join("\n\n")
    .slice(0, 1_990_000);
  const started = performance.now();
  let importMs = 0;
  let done = false;
  const imported = fetch(`${base}/api/documents`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: base },
    body: JSON.stringify({ source: "paste", format: "text", text, title: `Heavy import ${Date.now()}` }),
  })
    .then(async (response) => {
      importMs = performance.now() - started;
      if (response.status !== 201)
        throw new Error(`the heavy import answered ${response.status}: ${await response.text()}`);
    })
    .finally(() => (done = true));
  const times: number[] = [];
  while (!done) times.push(...(await timeGets(`${base}/`, 1)));
  await imported;
  return {
    p95: percentile(times, 95),
    max: Math.max(...times),
    samples: times.length,
    importMs,
    characters: text.length,
  };
}

/**
 * A click on a claim's highlight, on the reader with every highlight painted, measured two
 * ways: until the panel shows that claim (and its notes), and until the main thread is idle.
 * Long tasks (over 50 ms, from a PerformanceObserver) after the click are what a person feels
 * as a frozen page even when the panel's text is already there.
 * Returns [ms to the quote and status in the panel, ms to its notes and history loaded,
 * the longest task after the click in ms (0: none over 50 ms), ms from the click to idle].
 */
const OPEN_ONE_CLAIM = `async function (index) {
  const marks = Array.from(document.querySelectorAll("mark[data-claim-id]"));
  const mark = marks[Math.floor(((index + 1) * marks.length) / 8)];
  mark.scrollIntoView({ block: "center" });
  await new Promise(function (r) { setTimeout(r, 300); });
  const want = mark.textContent.slice(0, 20);
  const shows = function (selector) {
    const article = document.querySelector('aside[aria-label="Claims"] ' + selector);
    const quote = article && article.querySelector(".claim-quote");
    return Boolean(article && article.querySelector('[data-testid="claim-status"]') && quote && quote.textContent.includes(want));
  };
  const tasks = [];
  const observer = new PerformanceObserver(function (list) { for (const e of list.getEntries()) tasks.push(e); });
  observer.observe({ type: "longtask" });
  const started = performance.now();
  mark.click();
  const until = function (selector) {
    return new Promise(function (resolve) {
      (function check() {
        if (shows(selector)) resolve(performance.now() - started);
        else requestAnimationFrame(check);
      })();
    });
  };
  const first = await until("article.claim-detail");
  const full = await until("article.claim-detail:not([aria-busy])");
  // Long tasks are reported after they end: give the page a moment to report the last one.
  await new Promise(function (r) { setTimeout(r, 500); });
  observer.disconnect();
  const after = tasks.filter(function (t) { return t.startTime + t.duration >= started; });
  const longest = after.reduce(function (m, t) { return Math.max(m, t.duration); }, 0);
  const idle = after.reduce(function (m, t) { return Math.max(m, t.startTime + t.duration - started); }, full);
  return [first, full, longest, idle];
}`;

interface OpenClaimTimes {
  shown: number;
  loaded: number;
  longestTask: number;
  idle: number;
}

async function openClaimTime(url: string, expected: number): Promise<OpenClaimTimes> {
  const browser = await launchBenchChromium();
  const runs: number[][] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.waitForFunction((n) => document.querySelectorAll("mark[data-claim-id]").length >= n, expected, {
      timeout: 60_000,
      polling: 50,
    });
    for (let i = 0; i < 7; i++) {
      // Sent as text: tsx's helpers (__name) do not exist inside the page.
      runs.push(await page.evaluate<number[]>(`(${OPEN_ONE_CLAIM})(${i})`));
    }
  } finally {
    await browser.close();
  }
  const median = (k: number) =>
    percentile(
      runs.map((r) => r[k]!),
      50,
    );
  return { shown: median(0), loaded: median(1), longestTask: Math.max(...runs.map((r) => r[2]!)), idle: median(3) };
}

async function countClaims(env: Record<string, string>, slug: string): Promise<number> {
  const db = env.DATABASE_URL
    ? createDb({ kind: "postgres", url: env.DATABASE_URL })
    : createDb({ kind: "sqlite", path: env.SQLITE_PATH! });
  try {
    return await db.claim.count({ where: { document: { slug } } });
  } finally {
    await db.$disconnect();
  }
}

async function benchOne(kind: Kind, port: number): Promise<Row[]> {
  log(`${kind}: making a fresh database and data`);
  const database = await freshDatabase(kind);
  await seed(database.db);
  // A database in use has been vacuumed and analysed by autovacuum; one seeded a second ago has not,
  // and autovacuum doing it during the first measurements skews them (GIN pending lists, plans
  // without statistics). Done once here, as it would have been.
  if (kind === "postgres") await database.db.$executeRawUnsafe("VACUUM ANALYZE");
  const claimCount = await database.db.claim.count({ where: { document: { slug: "bench-reader" } } });
  const total = await database.db.claim.count();
  const flagText = (await database.db.document.findUniqueOrThrow({ where: { slug: "bench-flag" } })).plainText;
  // Close our connection before the server starts: its `prisma migrate deploy` wants the
  // SQLite file to itself for a moment.
  await database.db.$disconnect();
  const rows: Row[] = [];
  const server = await startServer(database.env, port);
  const memory = watchMemory(server.pid!);
  const base = `http://127.0.0.1:${port}`;
  try {
    const cookie = await signInCookie(base, "reviewer@bench.test", BENCH_PASSWORD);

    if (runs("reader")) {
      log(`${kind}: reader page`);
      await timeGets(`${base}/documents/bench-reader`, 3); // warm-up
      const { result: reader, load } = await withLoad(() => timeGets(`${base}/documents/bench-reader`, 30));
      rows.push({
        measure: "reader page, server time p50",
        value: round(percentile(reader, 50)),
        unit: "ms",
        target: "< 300",
        load,
      });
      rows.push({
        measure: "reader page, server time p95",
        value: round(percentile(reader, 95)),
        unit: "ms",
        target: "",
        load,
      });
      log(`${kind}: highlights painted in Chromium`);
      const painted = await withLoad(() => paintTime(`${base}/documents/bench-reader`, claimCount));
      rows.push({
        measure: `reader: ${claimCount} highlights painted (median of 5)`,
        value: round(painted.result, 0),
        unit: "ms",
        target: "< 2000",
        load: painted.load,
      });
      // Painted comes first from the server's page (a long text); the editor's highlights can be clicked.
      const ready = await withLoad(() => paintTime(`${base}/documents/bench-reader`, claimCount, "ready"));
      rows.push({
        measure: `reader: ${claimCount} highlights ready to open, the editor loaded (median of 5)`,
        value: round(ready.result, 0),
        unit: "ms",
        target: "",
        load: ready.load,
      });
      // The same document in Arabic, read right to left: as fast as the English one (issue 26).
      // The two alternate, load after load, so a machine slowing down weighs on both alike.
      log(`${kind}: the same highlights in an Arabic document, right to left`);
      await expectRightToLeft(`${base}/documents/${RTL_READER_DOCUMENT.slug}`, claimCount);
      const paired = await withLoad(() =>
        paintTimes([`${base}/documents/bench-reader`, `${base}/documents/${RTL_READER_DOCUMENT.slug}`], claimCount, 7),
      );
      const [english, arabic] = paired.result as [number, number]; // one median per page asked for
      rows.push({
        measure: `reader: ${claimCount} highlights painted, Arabic right to left (median of 7, alternating with English)`,
        value: round(arabic, 0),
        unit: "ms",
        target: `<= 1.1 x English (${round(english, 0)} ms in the same run)`,
        load: paired.load,
      });
      rows.push({
        measure: "reader: right-to-left paint / English paint",
        value: round(arabic / english, 2),
        unit: "x",
        target: "<= 1.1",
        load: paired.load,
      });
    }
    if (runs("publishing")) {
      log(`${kind}: the public site`);
      rows.push(...(await benchPublishing(base, cookie)));
    }
    if (runs("profile")) {
      for (const [slug, marks] of [
        ["bench-reader", claimCount],
        ["bench-reader-5k", 5_000],
      ] as const) {
        log(`${kind}: where the time goes painting ${marks} highlights`);
        const profile = await withLoad(() => paintProfile(`${base}/documents/${slug}`, marks));
        const load = profile.load;
        const { totalMs, scriptMs, styleMs, layoutMs, htmlKb, hottest } = profile.result;
        log(`${kind}: ${marks} highlights: hottest functions ${JSON.stringify(hottest)}`);
        const at = `${marks} highlights, one load`;
        rows.push({
          measure: `profile, ${at}: page load to highlights painted`,
          value: totalMs,
          unit: "ms",
          target: "",
          load,
        });
        rows.push({ measure: `profile, ${at}: JavaScript`, value: scriptMs, unit: "ms", target: "", load });
        rows.push({ measure: `profile, ${at}: style recalculation`, value: styleMs, unit: "ms", target: "", load });
        rows.push({ measure: `profile, ${at}: layout`, value: layoutMs, unit: "ms", target: "", load });
        rows.push({ measure: `profile, ${at}: HTML sent`, value: htmlKb, unit: "KB", target: "", load });
      }
      const painted5k = await withLoad(() => paintTime(`${base}/documents/bench-reader-5k`, 5_000));
      rows.push({
        measure: "reader: 5000 highlights painted (median of 5; the moonshot)",
        value: round(painted5k.result, 0),
        unit: "ms",
        target: "< 1000",
        load: painted5k.load,
      });
      const ready5k = await withLoad(() => paintTime(`${base}/documents/bench-reader-5k`, 5_000, "ready"));
      rows.push({
        measure: "reader: 5000 highlights ready to open, the editor loaded (median of 5)",
        value: round(ready5k.result, 0),
        unit: "ms",
        target: "",
        load: ready5k.load,
      });
    }
    if (runs("open")) {
      log(`${kind}: opening a claim among ${claimCount} highlights`);
      const opened = await withLoad(() => openClaimTime(`${base}/documents/bench-reader`, claimCount));
      const load = opened.load;
      rows.push({
        measure: `reader: click a highlight to the claim in the panel, ${claimCount} highlights (median of 7)`,
        value: round(opened.result.shown, 0),
        unit: "ms",
        target: "< 50",
        load,
      });
      rows.push({
        measure: "reader: click a highlight to its notes and history loaded (median of 7)",
        value: round(opened.result.loaded, 0),
        unit: "ms",
        target: "",
        load,
      });
      rows.push({
        measure: "reader: click a highlight to an idle main thread (median of 7)",
        value: round(opened.result.idle, 0),
        unit: "ms",
        target: "",
        load,
      });
      rows.push({
        measure: "reader: longest task after a click on a highlight (worst of 7; 0 = none over 50 ms)",
        value: round(opened.result.longestTask, 0),
        unit: "ms",
        target: "≤ 50",
        load,
      });
    }

    if (runs("imports")) {
      log(`${kind}: the home page while a heavy import converts`);
      const { result, load } = await withLoad(() => homeDuringImport(base, cookie));
      rows.push({
        measure: `GET / during a ${Math.round(result.characters / 1000)}k-character import, p95 (${result.samples} requests)`,
        value: round(result.p95, 0),
        unit: "ms",
        target: "< 200",
        load,
      });
      rows.push({
        measure: "GET / during that import, slowest",
        value: round(result.max, 0),
        unit: "ms",
        target: "",
        load,
      });
      rows.push({
        measure: "that import, answered 201 in",
        value: round(result.importMs, 0),
        unit: "ms",
        target: "",
        load,
      });
    }
    if (runs("queue")) {
      log(`${kind}: review queue`);
      const queueUrl = `${base}/review?status=IN_REVIEW&sort=disagreement&assignee=any&q=record`;
      await timeGets(queueUrl, 3, { cookie });
      const { result: queue, load } = await withLoad(() => timeGets(queueUrl, 30, { cookie }));
      rows.push({
        measure: `review queue (${total} claims), filtered + sorted, p50`,
        value: round(percentile(queue, 50)),
        unit: "ms",
        target: "< 100",
        load,
      });
      rows.push({ measure: "review queue p95", value: round(percentile(queue, 95)), unit: "ms", target: "", load });
    }

    if (runs("search")) {
      log(`${kind}: search across everything`);
      rows.push(...(await benchSearch(base, cookie, total)));
    }

    if (runs("reports")) {
      log(`${kind}: report exports`);
      for (const format of REPORT_FORMATS) {
        const times = await timeGets(`${base}/api/documents/bench-reader/report?format=${format}`, 5);
        if (format === "pdf") {
          // The first download prints; the others are served from the cache by the report's ETag.
          rows.push({
            measure: `report export, ${claimCount}+ claims, pdf, first print`,
            value: round(times[0]!, 0),
            unit: "ms",
            target: "< 5000",
          });
          rows.push({
            measure: `report export, ${claimCount}+ claims, pdf, repeated (p50 of 4)`,
            value: round(percentile(times.slice(1), 50), 0),
            unit: "ms",
            target: "< 300",
          });
          continue;
        }
        rows.push({
          measure: `report export, ${claimCount}+ claims, ${format} (p50 of 5)`,
          value: round(percentile(times, 50), 0),
          unit: "ms",
          target: "< 300",
        });
      }
    }
    if (runs("flag")) {
      log(`${kind}: flagging under load`);
      // Every request flags a span of its own: the same span twice is refused ("Already
      // flagged"), and a benchmark of refusals measured nothing for months.
      // Spans a person could flag: within one paragraph, three words at least (lib/anchoring/selection.ts).
      const spans = flaggableSpans(flagText, 50_000);
      let flagged = 0;
      const nextFlag = () => {
        const { start, end } = spans[flagged++ % spans.length]!;
        return JSON.stringify({ start, end, exact: flagText.slice(start, end) });
      };
      const flagUrl = `${base}/api/documents/bench-flag/claims`;
      // Warm-up: the route's first requests compile and fill caches; the loads measure the steady state.
      for (let i = 0; i < 20; i++) {
        const warm = await fetch(flagUrl, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: nextFlag(),
        });
        if (warm.status !== 201) throw new Error(`flag warm-up answered ${warm.status}: ${await warm.text()}`);
      }
      const cpuAtStart = serverCpuMs(server.pid!);
      const max = await withLoad(() => load(flagUrl, nextFlag, cookie, { connections: 50 }));
      expectAll("flag claim, max throughput", max.result, 201);
      const flagCpuUs = ((serverCpuMs(server.pid!) - cpuAtStart) * 1000) / max.result.requests.total;
      // autocannon stops with up to 50 flags still in the server's hands (~150 ms of work; a
      // profile showed the server busy for that long once it stopped): the paced load starts
      // after them, or its first requests time that backlog instead of a flag at 100 a second.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const steady = await withLoad(() =>
        pacedLoad({
          url: flagUrl,
          rate: 100,
          seconds: LOAD_SECONDS,
          init: () => ({ method: "POST", headers: { cookie, "content-type": "application/json" }, body: nextFlag() }),
        }),
      );
      expectAllPaced("flag claim at 100 req/s", steady.result, 201);
      const emptyBody = JSON.stringify({ start: 100, end: 160, exact: flagText.slice(100, 160) });
      const cpuBeforeEmpty = serverCpuMs(server.pid!);
      const empty = await withLoad(() => load(`${base}/api/bench/empty`, emptyBody, cookie, { connections: 50 }));
      expectAll("empty Next route", empty.result, 200);
      const emptyCpuUs = ((serverCpuMs(server.pid!) - cpuBeforeEmpty) * 1000) / empty.result.requests.total;
      const bare = startBareServer(port + 50);
      await new Promise((r) => setTimeout(r, 800));
      const bareResult = await withLoad(() =>
        load(`http://127.0.0.1:${port + 50}/`, emptyBody, null, { connections: 50 }),
      );
      bare.kill();
      expectAll("bare node:http server", bareResult.result, 201);
      // Requests still in flight when a load stops may be stored without their answer counted.
      const answered = 20 + max.result.requests.total + steady.result.sent;
      const claimsMade = await countClaims(database.env, "bench-flag");
      if (claimsMade < answered || claimsMade > flagged)
        throw new Error(
          `flag claim: ${answered} flags were answered 201 (${flagged} sent) but ${claimsMade} claims are stored`,
        );
      const perSecond = (r: AutocannonResult) => r.requests.total / LOAD_SECONDS;
      rows.push({
        measure: `flag claim, max throughput (50 connections; ${max.result.requests.total} flags, all 201)`,
        value: round(perSecond(max.result), 0),
        unit: "req/s",
        target: "",
        load: max.load,
      });
      rows.push({
        measure: "flag claim at 100 req/s (evenly paced), p50",
        value: steady.result.p50,
        unit: "ms",
        target: "",
        load: steady.load,
      });
      rows.push({
        measure: `flag claim at 100 req/s (evenly paced), p99 (${steady.result.sent} flags, all 201)`,
        value: steady.result.p99,
        unit: "ms",
        target: "< 50",
        load: steady.load,
      });
      rows.push({
        measure: "baseline: empty Next route (50 connections)",
        value: round(perSecond(empty.result), 0),
        unit: "req/s",
        target: "",
        load: empty.load,
      });
      rows.push({
        measure: "baseline: bare node:http + better-sqlite3",
        value: round(perSecond(bareResult.result), 0),
        unit: "req/s",
        target: "",
        load: bareResult.load,
      });
      rows.push({
        measure: "flag / empty route",
        value: round(perSecond(max.result) / Math.max(1, perSecond(empty.result)), 2),
        unit: "×",
        target: "≥ 0.5",
        load: max.load,
      });
      // The same comparison by what each request cost the server's process (the database's own
      // processes not included): steadier than requests a second when the load generator and
      // PostgreSQL share the two cores with it.
      rows.push({
        measure: "server CPU per flag (max-throughput load)",
        value: round(flagCpuUs, 0),
        unit: "µs",
        target: "",
      });
      rows.push({ measure: "server CPU per empty-route request", value: round(emptyCpuUs, 0), unit: "µs", target: "" });
      rows.push({
        measure: "empty route / flag, server CPU per request",
        value: round(emptyCpuUs / flagCpuUs, 2),
        unit: "×",
        target: "",
      });
      rows.push({
        measure: "flag / bare server",
        value: round(perSecond(max.result) / Math.max(1, perSecond(bareResult.result)), 3),
        unit: "×",
        target: "",
      });
      rows.push({
        measure: `claims stored by the flag loads (${answered} answered 201, warm-up included)`,
        value: claimsMade,
        unit: "",
        target: `≥ ${answered}`,
      });
    }

    if (runs("live")) {
      log(`${kind}: 200 event streams, and annotations posted through a token`);
      const made = await fetch(`${base}/api/tokens`, {
        method: "POST",
        headers: { cookie, "Content-Type": "application/json" },
        body: JSON.stringify({ name: "bench", scopes: ["read", "write"], expiresInDays: 1 }),
      });
      const { secret } = (await made.json()) as { secret: string };
      const auth = { Authorization: `Bearer ${secret}`, "Content-Type": "application/ld+json" };
      const annotation = (start: number, end: number) =>
        JSON.stringify({
          "@context": "http://www.w3.org/ns/anno.jsonld",
          type: "Annotation",
          motivation: "highlighting",
          target: { selector: { type: "TextPositionSelector", start, end } },
        });
      // Shorter than any flag above (those are 40 characters or more) and each its own, so no
      // span is taken twice (the same span twice would be refused as flagged already).
      const annotationSpans = flaggableSpans(flagText, 20_000, 20, 39);
      let next = 0;
      const nextAnnotation = () => {
        const { start, end } = annotationSpans[next++ % annotationSpans.length]!;
        return annotation(start, end);
      };
      // Warm-up: the route's first requests compile and fill caches; the load measures the steady state.
      for (let i = 0; i < 20; i++) {
        await fetch(`${base}/api/documents/bench-flag/annotations`, {
          method: "POST",
          headers: auth,
          body: nextAnnotation(),
        });
      }
      const { result: annotationLoad, load: annotationPhase } = await withLoad(() =>
        pacedLoad({
          url: `${base}/api/documents/bench-flag/annotations`,
          rate: 50,
          seconds: LOAD_SECONDS,
          init: () => ({ method: "POST", headers: auth, body: nextAnnotation() }),
        }),
      );
      expectAllPaced("POST an annotation through a token", annotationLoad, 201);
      log(`${kind}: ${annotationLoad.sent} annotations posted`);
      const before = serverRssMb(server.pid!);
      const streams = await openStreams(`${base}/api/documents/bench-flag/events`, 200);
      await new Promise((r) => setTimeout(r, 1000));
      const withStreams = serverRssMb(server.pid!);
      const latencies: number[] = [];
      for (let i = 0; i < 10; i++) {
        const since = performance.now();
        const posted = await fetch(`${base}/api/documents/bench-flag/annotations`, {
          method: "POST",
          headers: auth,
          body: nextAnnotation(),
        });
        const { id } = (await posted.json()) as { id: string };
        latencies.push(...(await streams.arrivals(id.split("/").pop()!, since, 5000)));
      }
      streams.close();
      rows.push({
        measure: "200 open event streams: extra server RSS",
        value: withStreams - before,
        unit: "MB",
        target: "< 100",
      });
      rows.push({
        measure: "a change reaching all 200 streams, p95 (10 changes)",
        value: round(percentile(latencies, 95), 0),
        unit: "ms",
        target: "< 500",
      });
      rows.push({
        measure: `POST an annotation through a token at 50 req/s (evenly paced), p99 (${annotationLoad.sent} posts, all 201)`,
        value: annotationLoad.p99,
        unit: "ms",
        target: "< 100",
        load: annotationPhase,
      });
    }

    rows.push({
      measure: "server (Node) peak RSS during the run",
      value: memory.serverPeakMb(),
      unit: "MB",
      target: "< 500",
    });
    rows.push({
      measure: "background worker (Node) peak RSS during the run",
      value: memory.workerPeakMb(),
      unit: "MB",
      target: "",
    });
    rows.push({
      measure: "Chromium for PDF export, peak RSS (all its processes)",
      value: memory.chromiumPeakMb(),
      unit: "MB",
      target: "",
    });
  } finally {
    memory.stop();
    await stopServer(server);
    await database.drop();
  }
  return rows;
}

async function main() {
  // BENCH_ONLY=import asks for scripts/bench-import.ts alone.
  if (!SECTIONS.some(runs)) return;
  fs.mkdirSync(out, { recursive: true });
  const started = Date.now();
  const kinds: Kind[] = databaseTargetFrom(process.env).kind === "postgres" ? ["sqlite", "postgres"] : ["sqlite"];
  for (const [i, kind] of kinds.entries()) {
    const rows = await benchOne(kind, 3300 + i);
    recordResults(`server (${kind})`, rows, { loadSeconds: LOAD_SECONDS });
    printTable(`server (${kind}), ${os.cpus().length} cores, Node ${process.version}`, rows);
  }
  console.log(`\nwrote bench/results.json in ${round((Date.now() - started) / 1000, 0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
