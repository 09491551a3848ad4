import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { createDatabase, dropDatabase } from "../lib/db/postgres-databases";
import { apiSignInError } from "./helpers";

// Two app instances on two ports against one PostgreSQL database, started the way a
// deployment starts them (npm start's script, concurrently, one NEXTAUTH_SECRET from the
// environment, as PostgreSQL requires): they must agree on the migrations and the seed, and
// share every piece of state. Needs TEST_POSTGRES_URL (CI sets it); skipped without it.
const adminUrl = process.env.TEST_POSTGRES_URL;
const PORTS = [3201, 3202];
const SHARED_SECRET = `multi-instance-secret-${randomUUID()}`;

test.describe("several instances on one PostgreSQL database", () => {
  test.skip(!adminUrl, "TEST_POSTGRES_URL is not set");
  test.setTimeout(240_000);

  const servers: ChildProcess[] = [];
  let databaseUrl = "";
  let dbName = "";

  test.beforeAll(async () => {
    dbName = `claimmark_e2e_${randomUUID().slice(0, 8)}`;
    databaseUrl = await createDatabase(adminUrl!, dbName);
    for (const port of PORTS) {
      const server = spawn("node", ["scripts/start.mjs"], {
        // The (email, address) lock is under test; every request here comes from 127.0.0.1.
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          NEXTAUTH_SECRET: SHARED_SECRET,
          PORT: String(port),
          NEXTAUTH_URL: `http://127.0.0.1:${port}`,
          SIGNIN_LIMIT_PER_IP: "1000",
          SIGNUP_LIMIT_PER_IP: "1000",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      server.stderr?.on("data", (d) => process.stderr.write(`[${port}] ${d}`));
      servers.push(server);
    }
    for (const port of PORTS) await waitForServer(`http://127.0.0.1:${port}/`);
  });

  test.afterAll(async () => {
    for (const server of servers) server.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Retried: an autovacuum worker on the database cannot be ended by FORCE (CI saw it).
    await dropDatabase(adminUrl!, dbName);
  });

  test("a claim flagged through one instance is read through the other, with one session for both", async () => {
    const [a, b] = await Promise.all(PORTS.map((port) => request.newContext({ baseURL: `http://127.0.0.1:${port}` })));
    const email = `multi-${Date.now()}@example.org`;
    expect(
      (await a!.post("/api/signup", { data: { name: "Multi Instance", email, password: "long password" } })).status(),
    ).toBe(201);
    await signInThrough(a!, email, "long password");

    // The session cookie instance A set is valid on instance B: both sign with the one
    // secret from the environment, and read the session version from the shared database.
    const cookies = (await a!.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const claims = await (await b!.get("/api/documents/open-vs-closed-source-ai/claims")).json();
    expect(claims).toEqual([]);
    const doc = await (await b!.get("/api/documents/open-vs-closed-source-ai/report?format=md")).text();
    expect(doc).toContain("Verification report");

    const essay = await (await a!.get("/api/documents/open-vs-closed-source-ai/annotations")).json();
    expect(essay.total).toBe(0);
    const phrase = "NIST in the United States requires government procurement projects to disclose model parameters";
    const text = await plainText(databaseUrl);
    const start = text.indexOf(phrase);
    const flagged = await b!.post("/api/documents/open-vs-closed-source-ai/claims", {
      headers: { cookie: cookies },
      data: { start, end: start + phrase.length, exact: phrase },
    });
    expect(flagged.status()).toBe(201);
    const { id } = await flagged.json();
    const throughA = await (await a!.get(`/api/claims/${id}`)).json();
    expect(throughA).toMatchObject({ exact: phrase, authorName: "Multi Instance", status: "FLAGGED" });
    await Promise.all([a!.dispose(), b!.dispose()]);
  });

  test("a reader on one instance sees a claim flagged through the other arrive live, and a token works on both", async ({
    page,
  }) => {
    const [a, b] = await Promise.all(PORTS.map((port) => request.newContext({ baseURL: `http://127.0.0.1:${port}` })));
    const email = `live-${Date.now()}@example.org`;
    expect(
      (await a!.post("/api/signup", { data: { name: "Live Across", email, password: "long password" } })).status(),
    ).toBe(201);
    await signInThrough(a!, email, "long password");
    const made = await a!.post("/api/tokens", {
      data: { name: "script", scopes: ["read", "write"], expiresInDays: 30 },
    });
    expect(made.status()).toBe(201);
    const { secret } = await made.json();

    // The reader is open on instance B (port 3202) ...
    await page.goto(`http://127.0.0.1:${PORTS[1]}/documents/open-vs-closed-source-ai`);
    await expect(page.getByRole("region", { name: "Document" })).toBeVisible();
    // ... when a script flags a claim through instance A with its token.
    const phrase = "Apple has closed the entire stack of chips, frameworks, and models";
    const text = await plainText(databaseUrl);
    const start = text.indexOf(phrase);
    const flagged = await a!.post("/api/documents/open-vs-closed-source-ai/claims", {
      headers: { Authorization: `Bearer ${secret}`, cookie: "" },
      data: { start, end: start + phrase.length, exact: phrase },
    });
    expect(flagged.status()).toBe(201);
    await expect(page.locator("mark[data-claim-id]", { hasText: "Apple has closed the entire stack" })).toBeVisible();
    // The same token reads through instance B: tokens live in the shared database.
    expect((await b!.get("/api/tokens", { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(200);
    await Promise.all([a!.dispose(), b!.dispose()]);
  });

  test("the sign-in rate limit counts attempts made on both instances", async () => {
    const [a, b] = await Promise.all(PORTS.map((port) => request.newContext({ baseURL: `http://127.0.0.1:${port}` })));
    const email = `limited-${Date.now()}@example.org`;
    expect(
      (await a!.post("/api/signup", { data: { name: "Limited", email, password: "long password" } })).status(),
    ).toBe(201);
    for (let i = 0; i < 10; i++) {
      const error = await apiSignInError(i % 2 ? a! : b!, email, "wrong password");
      expect(error).toBe("Email or password is wrong");
    }
    expect(await apiSignInError(a!, email, "long password")).toMatch(
      /^Too many sign-in attempts\. Wait \d+ seconds and try again\.$/,
    );
    expect(await apiSignInError(b!, email, "long password")).toMatch(/^Too many sign-in attempts/);
    await Promise.all([a!.dispose(), b!.dispose()]);
  });
});

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

async function plainText(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT "plainText" FROM "Document" WHERE slug = 'open-vs-closed-source-ai'`);
  await client.end();
  return rows[0].plainText;
}

async function signInThrough(context: APIRequestContext, email: string, password: string): Promise<void> {
  expect(await apiSignInError(context, email, password)).toBeNull();
  expect((await (await context.get("/api/auth/session")).json()).user.email).toBe(email);
}
