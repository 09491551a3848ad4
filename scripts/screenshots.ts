// `npm run screenshots`: the README's pictures, made against a freshly seeded instance so they
// stay true. Starts Claimmark (npm start's own script) on a throw-away SQLite file, signs up the
// first account (the admin), flags three of the essay's claims, writes notes and publishes one
// verdict through the API, then photographs the reader with a claim open (1366 px), the phone
// sheet (390 px), the review queue, and the first page of the PDF report (pdftoppm).
// Writes docs/screenshots/*.png.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

const root = path.join(__dirname, "..");
const out = path.join(root, "docs", "screenshots");
const port = Number(process.env.SCREENSHOTS_PORT ?? 3300);
const base = `http://127.0.0.1:${port}`;
const database = path.join(root, "data", "screenshots.db");
const essay = fs.readFileSync(path.join(root, "prisma", "seed", "essay.txt"), "utf8");
const slug = "open-vs-closed-source-ai";
const plain = essay
  .split("\n")
  .filter((line) => line.trim())
  .join("\n");

const CLAIMS = [
  {
    exact: 'the GPL-3.0 protocol adds a "contagious open source" clause',
    verdict: "MISLEADING",
    rationale:
      "GPL-3.0 requires the source of conveyed modified works to be offered under the same licence; it says nothing of models, and its 'contagion' reaches only derivative works that are distributed.",
    source: { url: "https://www.gnu.org/licenses/gpl-3.0.html", title: "GNU General Public License v3.0" },
    publish: "Misleading: the copyleft applies to distributed derivative code, not to models trained with it.",
  },
  {
    exact: "NIST in the United States",
    verdict: "MOSTLY_TRUE",
    rationale: "NIST's AI Risk Management Framework is voluntary guidance; procurement rules come from OMB.",
    source: { url: "https://www.nist.gov/itl/ai-risk-management-framework", title: "NIST AI RMF" },
  },
  { exact: "The 2023 EU Artificial Intelligence Act will include closed source models" },
];

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Claimmark did not answer on ${base} in time`);
}

async function api(page: Page, method: "POST" | "GET", url: string, data?: unknown) {
  const response = await page.request.fetch(`${base}${url}`, {
    method,
    data,
    headers: { origin: base, "content-type": "application/json" },
  });
  if (!response.ok()) throw new Error(`${method} ${url} answered ${response.status()}: ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

async function seed(page: Page): Promise<string> {
  await page.goto(`${base}/signup`);
  await page.getByLabel("Name").fill("Ada Admin");
  await page.getByLabel("Email").fill("ada@claimmark.example");
  await page.getByLabel("Password").fill("a screenshot password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  let opened = "";
  for (const claim of CLAIMS) {
    const start = plain.indexOf(claim.exact);
    if (start < 0) throw new Error(`not in the essay: ${claim.exact}`);
    const flagged = await api(page, "POST", `/api/documents/${slug}/claims`, {
      start,
      end: start + claim.exact.length,
      exact: claim.exact,
    });
    const id = String(flagged.id);
    opened ||= id;
    if (!claim.verdict) continue;
    await api(page, "POST", `/api/claims/${id}/notes`, {
      verdict: claim.verdict,
      rationale: claim.rationale,
      sources: [claim.source],
    });
    if (claim.publish) {
      const detail = await api(page, "GET", `/api/claims/${id}`);
      await api(page, "POST", `/api/claims/${id}/verdict`, {
        verdict: claim.verdict,
        summary: claim.publish,
        version: detail.version,
        // One account made these: the admin settles its own claim, on the record.
        adminOverride: true,
      });
    }
  }
  return opened;
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  for (const file of [database, `${database}-wal`, `${database}-shm`]) fs.rmSync(file, { force: true });
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, PORT: String(port), SQLITE_PATH: database, DATABASE_URL: "", CAPTURE_WORKER: "0" },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    await waitForServer(Date.now() + 600_000);
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const claimId = await seed(page);

    await page.goto(`${base}/documents/${slug}#claim-${claimId}`);
    // The opened claim's panel shows its verdict chip once it has loaded.
    const panel = page.getByRole("complementary", { name: "Claims" });
    await panel.locator(".verdict-chip").first().waitFor();
    await page.screenshot({ path: path.join(out, "reader.png") });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/documents/${slug}#claim-${claimId}`);
    await page.locator(".verdict-chip").first().waitFor();
    await page.screenshot({ path: path.join(out, "phone.png") });

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${base}/review?assignee=any`);
    await page.getByRole("table").waitFor();
    await page.screenshot({ path: path.join(out, "review-queue.png") });

    const pdf = await page.request.get(`${base}/api/documents/${slug}/report?format=pdf`);
    if (!pdf.ok()) throw new Error(`the PDF report answered ${pdf.status()}`);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-screens-"));
    fs.writeFileSync(path.join(folder, "report.pdf"), await pdf.body());
    execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", "report.pdf", "page"], {
      cwd: folder,
    });
    fs.copyFileSync(path.join(folder, "page.png"), path.join(out, "report-page-1.png"));
    fs.rmSync(folder, { recursive: true, force: true });
    console.log(`screenshots: wrote ${fs.readdirSync(out).join(", ")} in ${path.relative(root, out)}`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    for (const file of [database, `${database}-wal`, `${database}-shm`]) fs.rmSync(file, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
