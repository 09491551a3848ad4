import { afterEach, describe, expect, it } from "vitest";
import { minimalEnvironment, workerEnv } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("what the capture side may see", () => {
  it("gives Chromium where things are and nothing secret: no session secret, OAuth secret or database address", () => {
    process.env.NEXTAUTH_SECRET = "a-session-secret-of-some-length";
    process.env.GITHUB_SECRET = "oauth";
    process.env.DATABASE_URL = "postgresql://claimmark:password@db/claimmark";
    process.env.PATH = "/usr/bin";
    const seen = minimalEnvironment();
    expect(seen.PATH).toBe("/usr/bin");
    expect(Object.keys(seen)).not.toEqual(expect.arrayContaining(["NEXTAUTH_SECRET"]));
    expect(JSON.stringify(seen)).not.toMatch(/session-secret|oauth|password/);
  });

  it("lets the worker start without the server's session secret", () => {
    delete process.env.NEXTAUTH_SECRET;
    process.env.CAPTURE_CONCURRENCY = "2";
    expect(workerEnv()).toMatchObject({ CAPTURE_CONCURRENCY: 2, CHROMIUM_PATH: expect.any(String) });
  });
});
