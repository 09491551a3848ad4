import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumLaunch } from "./chromium-launch";
import { RelaunchingChromium } from "./headless-chromium";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const runningAsRoot = process.getuid?.() === 0;

/** The processes started, directly or not, by this test process, with their command lines and status. */
function descendants(): { pid: number; cmdline: string; status: string }[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const isMine = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at))
      if (at === process.pid) return true;
    return false;
  };
  return [...parents.keys()].filter(isMine).flatMap((pid) => {
    try {
      return [
        {
          pid,
          cmdline: readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "),
          status: readFileSync(`/proc/${pid}/status`, "utf8"),
        },
      ];
    } catch {
      return [];
    }
  });
}

describe("chromiumLaunch", () => {
  const on = { CHROMIUM_SANDBOX: "on", CHROMIUM_USER: "nobody" } as const;

  it("keeps the sandbox on, and as root starts Chromium as the unprivileged user", () => {
    expect(chromiumLaunch("/usr/bin/chromium", on, false, "/app")).toEqual({
      executablePath: "/usr/bin/chromium",
      sandbox: true,
      args: [],
      env: {},
    });
    expect(chromiumLaunch("/usr/bin/chromium", on, true, "/app")).toEqual({
      executablePath: "/app/scripts/chromium-as-user.sh",
      sandbox: true,
      args: [],
      env: { CLAIMMARK_CHROMIUM: "/usr/bin/chromium", CLAIMMARK_CHROMIUM_USER: "nobody" },
    });
  });

  it("turns the sandbox off only when told to", () => {
    expect(chromiumLaunch("/usr/bin/chromium", { ...on, CHROMIUM_SANDBOX: "off" }, true, "/app")).toMatchObject({
      executablePath: "/usr/bin/chromium",
      sandbox: false,
    });
  });
});

describe("the server's Chromium (a real browser)", () => {
  const browser = new RelaunchingChromium([], (message) => new Error(message));
  const folder = mkdtempSync(path.join(os.tmpdir(), "claimmark-data-"));
  afterAll(async () => {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("renders pages in sandboxed renderers (seccomp filter on), as another user when the server is root", async () => {
    const page = await (await browser.get(chromiumPath)).newPage();
    await page.setContent("<p>a cited page</p>");
    const renderers = descendants().filter((p) => p.cmdline.includes("--type=renderer"));
    expect(renderers.length).toBeGreaterThan(0);
    for (const renderer of renderers) {
      expect(renderer.cmdline).not.toContain("--no-sandbox");
      expect(renderer.status).toMatch(/^Seccomp:\s+2$/m);
      if (runningAsRoot) expect(renderer.status).not.toMatch(/^Uid:\s+0\s/m);
    }
    await page.close();
  });

  it.runIf(runningAsRoot)("cannot read the server's private data folder", async () => {
    // Like data/ (npm start makes it 0700): the session secret and the SQLite file live there.
    writeFileSync(path.join(folder, "session-secret"), "the-session-secret-value");
    const page = await (await browser.get(chromiumPath)).newPage();
    const answer = await page.goto(`file://${folder}/session-secret`).then(
      () => "read",
      (error: Error) => error.message,
    );
    expect(answer).toMatch(/ERR_ACCESS_DENIED|ERR_FILE_NOT_FOUND/);
    await page.close();
  });
});
