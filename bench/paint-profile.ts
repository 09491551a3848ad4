// Where the time goes when the reader paints its highlights: one page load in Chromium with the
// DevTools protocol's counters (script, style, layout) and a sampling JavaScript profile, whose
// self time is summed by script and by function. Used by scripts/bench.ts (BENCH_ONLY=profile).
import { launchBenchChromium, openUntilPainted } from "./chromium";

export interface PaintProfile {
  totalMs: number;
  /** Time the renderer spent running JavaScript, recalculating style and laying out (DevTools' counters). */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  /** The HTML document's size as sent (the page carries every claim's summary). */
  htmlKb: number;
  /** The functions with the most self time, "name (script:line)". */
  hottest: { where: string; selfMs: number }[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time per profile node, from the sampled stacks (each sample's delta goes to its leaf). */
function selfTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  return self;
}

export async function paintProfile(url: string, expectedMarks: number): Promise<PaintProfile> {
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let htmlBytes = 0;
    page.on("response", async (response) => {
      if (response.url() === url) htmlBytes = (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
    await cdp.send("Profiler.start");
    const started = performance.now();
    await openUntilPainted(page, url, expectedMarks, 120_000);
    const totalMs = performance.now() - started;
    const { metrics } = await cdp.send("Performance.getMetrics");
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const byFunction = new Map<string, number>();
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const [id, ms] of selfTimes(profile)) {
      const frame = nodes.get(id)!.callFrame;
      const script = frame.url
        ? frame.url.replace(/^.*\/_next\/static\/chunks\//, "chunks/").replace(/^https?:\/\/[^/]+/, "")
        : "";
      const where = script
        ? `${frame.functionName || "(anonymous)"} (${script}:${frame.lineNumber + 1})`
        : frame.functionName;
      byFunction.set(where, (byFunction.get(where) ?? 0) + ms);
    }
    const hottest = [...byFunction]
      .filter(([where]) => !["(idle)", "(program)"].includes(where))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([where, selfMs]) => ({ where, selfMs: Math.round(selfMs) }));
    return {
      totalMs: Math.round(totalMs),
      scriptMs: Math.round(metric("ScriptDuration")),
      styleMs: Math.round(metric("RecalcStyleDuration")),
      layoutMs: Math.round(metric("LayoutDuration")),
      htmlKb: Math.round(htmlBytes / 1024),
      hottest,
    };
  } finally {
    await browser.close();
  }
}
