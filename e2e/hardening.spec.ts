import http from "node:http";
import net from "node:net";
import { expect, request, test } from "@playwright/test";
import {
  ADMIN,
  apiSignInError,
  apiSignUp,
  cookieHeader,
  ESSAY_PATH,
  ESSAY_SLUG as SLUG,
  essayOffsets as offsetsOf,
  NIST_SENTENCE,
  pasteDocument,
  signIn,
  uniqueEmail,
} from "./helpers";

// Each test sends what an attacker or a careless client sends, against the real server.

test.describe("the request boundary", () => {
  test("refuses oversized bodies with 413 at once, declared or streamed, and stays up", async ({ baseURL }) => {
    const api = await request.newContext({ baseURL });
    const big = "x".repeat(3 * 1024 * 1024);
    const declared = await api.post("/api/signup", {
      headers: { "Content-Type": "application/json" },
      data: JSON.stringify({ name: big }),
    });
    expect(declared.status()).toBe(413);
    expect((await declared.json()).message).toContain("64 KB");
    // Streamed without a Content-Length: counted as it arrives, refused past the cap.
    const streamed = await fetch(`${baseURL}/api/signup`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 48; i++) controller.enqueue(new TextEncoder().encode("y".repeat(64 * 1024)));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await api.get("/")).status()).toBe(200);
    await api.dispose();
  });

  test("after a 413 the kept-alive connection answers the client's next request", async ({ baseURL }) => {
    const { hostname, port } = new URL(baseURL!);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const outgoing = http.request(
          { host: hostname === "localhost" ? "127.0.0.1" : hostname, port, method, path, agent },
          (answer) => {
            answer.resume();
            answer.on("end", () => resolve({ status: answer.statusCode!, reused: outgoing.reusedSocket }));
          },
        );
        outgoing.on("error", reject);
        if (body) outgoing.setHeader("Content-Type", "application/json");
        outgoing.end(body);
      });
    try {
      // Over sign-up's 64 KB, declared and sent whole: refused at the edge, as every client's would be.
      const refused = await send("POST", "/api/signup", JSON.stringify({ name: "z".repeat(200 * 1024) }));
      expect(refused.status).toBe(413);
      const next = await send("GET", "/");
      expect(next).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });

  test("a 200 MB sign-in or page body is refused at the edge before anything reads it", async ({ baseURL }) => {
    const { hostname, port } = new URL(baseURL!);
    // Declares 200 MB and sends a few bytes: the answer must come at once, not after a read.
    const rawPost = (path: string, headers: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname, () => {
          socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\n${headers}\r\n\r\nusername=a`);
        });
        let answer = "";
        socket.setTimeout(5_000, () => reject(new Error(`no answer from ${path} within 5 s`)));
        socket.on("data", (chunk) => (answer += chunk.toString()));
        socket.on("close", () => resolve(answer));
        socket.on("error", reject);
      });
    const big = `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${200 * 1024 * 1024}`;
    for (const path of ["/api/auth/callback/credentials", "/documents/essay", "/"]) {
      const answer = await rawPost(path, big);
      expect(answer.split("\r\n")[0], path).toBe("HTTP/1.1 413 Payload Too Large");
      expect(answer).toContain("200 MB");
    }
    // A body of unknown length to next-auth: 411, never buffered.
    const chunked = await rawPost("/api/auth/callback/credentials", "Transfer-Encoding: chunked");
    expect(chunked.split("\r\n")[0]).toBe("HTTP/1.1 411 Length Required");
    const api = await request.newContext({ baseURL });
    expect((await api.get("/")).status()).toBe(200);
    await api.dispose();
  });

  test("refuses writes without a JSON type (415), from another site (403), with lone surrogates or deep nesting (400)", async ({
    baseURL,
  }) => {
    const api = await request.newContext({ baseURL });
    await apiSignUp(api, "Boundary Tester");
    const at = offsetsOf(NIST_SENTENCE);
    const url = `/api/documents/${SLUG}/claims`;
    const noType = await api.post(url, { headers: { "Content-Type": "" }, data: Buffer.from(JSON.stringify(at)) });
    expect(noType.status()).toBe(415);
    const crossSite = await api.post(url, {
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      data: at,
    });
    expect(crossSite.status()).toBe(403);
    const surrogate = await api.post("/api/signup", {
      headers: { "Content-Type": "application/json" },
      data: '{"name":"\\ud800","email":"s@example.org","password":"long enough phrase"}',
    });
    expect(surrogate.status()).toBe(400);
    expect((await surrogate.json()).message).toContain('"name"');
    // A nesting bomb under the byte cap: a clear 400, not a 500 from a stack overflow.
    const deep = await api.post(url, {
      headers: { "Content-Type": "application/json" },
      data: "[".repeat(30_000) + "]".repeat(30_000),
    });
    expect(deep.status()).toBe(400);
    expect((await deep.json()).message).toContain("nested");
    expect((await api.get("/")).status()).toBe(200);
    await api.dispose();
  });

  test("answers a retried flag with the same Idempotency-Key with the first claim, not a second one", async ({
    baseURL,
  }) => {
    const api = await request.newContext({ baseURL });
    await apiSignUp(api, "Retry Client");
    const phrase = "Meta's open-source LLaMA series models";
    const at = offsetsOf(phrase);
    const headers = { "Idempotency-Key": `flag-${Date.now()}` };
    const first = await api.post(`/api/documents/${SLUG}/claims`, { headers, data: at });
    const retry = await api.post(`/api/documents/${SLUG}/claims`, { headers, data: at });
    expect(first.status()).toBe(201);
    expect(retry.status()).toBe(201);
    expect(retry.headers()["idempotent-replayed"]).toBe("true");
    const firstId = (await first.json()).id;
    expect((await retry.json()).id).toBe(firstId);
    const claims = (await (await api.get(`/api/documents/${SLUG}/claims`)).json()) as { id: string; exact: string }[];
    expect(claims.filter((c) => c.id === firstId)).toHaveLength(1);
    await api.dispose();
  });
});

test.describe("answers as browsers receive them", () => {
  /** A request as a browser sends it (Accept-Encoding: gzip), its raw headers and body size. */
  const rawRequest = (url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number }>((resolve, reject) => {
      const sent = http.request(
        url,
        { method: options.method ?? "GET", headers: { "Accept-Encoding": "gzip", ...options.headers } },
        (answer) => {
          let bytes = 0;
          answer.on("data", (chunk: Buffer) => (bytes += chunk.length));
          answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers, bytes }));
        },
      );
      sent.on("error", reject);
      sent.end(options.body);
    });

  test("a small JSON answer (a flag, a refusal) is sent as it is; a large one is gzipped", async ({ baseURL }) => {
    // A document of its own: the essay's text is shared with other tests' selections.
    const lines = ["The ferry carried 4,200 passengers in its first month of service."];
    const slug = await pasteDocument(baseURL, "Gzip check", lines);
    const api = await request.newContext({ baseURL });
    await apiSignUp(api, "Gzip Reader");
    const cookie = await cookieHeader(api);
    const exact = "carried 4,200 passengers in its first month";
    const start = lines[0]!.indexOf(exact);
    const at = { start, end: start + exact.length, exact };
    const flagged = await rawRequest(`${baseURL}/api/documents/${slug}/claims`, {
      method: "POST",
      headers: { cookie, "Content-Type": "application/json", Origin: new URL(baseURL!).origin },
      body: JSON.stringify(at),
    });
    expect(flagged.status).toBe(201);
    expect(flagged.headers["content-encoding"]).toBeUndefined();
    expect(flagged.headers["cache-control"]).toContain("no-transform");
    const refused = await rawRequest(`${baseURL}/api/documents/${slug}/claims`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: new URL(baseURL!).origin },
      body: JSON.stringify(at),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers["content-encoding"]).toBeUndefined();
    // The essay's suggestions: tens of kilobytes of JSON, which gzip shrinks.
    const large = await rawRequest(`${baseURL}/api/documents/${SLUG}/suggestions`, { headers: { cookie } });
    expect(large.status).toBe(200);
    expect(large.headers["content-encoding"]).toBe("gzip");
    expect(large.headers["cache-control"] ?? "").not.toContain("no-transform");
    await api.dispose();
  });
});

test.describe("accounts and sessions", () => {
  test("sign-out ends the session on the server: a copied cookie stops working", async ({ baseURL }) => {
    const api = await request.newContext({ baseURL });
    await apiSignUp(api, "Cookie Copier");
    const stolen = await cookieHeader(api);
    const thief = await request.newContext({ baseURL, extraHTTPHeaders: { cookie: stolen } });
    expect((await thief.get("/inbox")).status()).toBe(200);
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    await api.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
    expect((await thief.get("/inbox")).status()).toBe(401);
    expect((await thief.post(`/api/claims/x/replies`, { data: { body: "still here?" } })).status()).toBe(401);
    await Promise.all([api.dispose(), thief.dispose()]);
  });

  test("an admin disables an account: its open session ends at once and it cannot sign in", async ({
    page,
    baseURL,
  }) => {
    const victim = await request.newContext({ baseURL });
    const name = `Disabled Dan ${Date.now()}`;
    const { email, password } = await apiSignUp(victim, name);
    expect((await victim.get("/inbox")).status()).toBe(200);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto("/admin/users");
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Disable account of ${name}` }).click();
    await expect(page.getByRole("button", { name: `Enable account of ${name}` })).toBeVisible();
    expect((await victim.get("/inbox")).status()).toBe(401);
    expect(await apiSignInError(victim, email, password)).toContain("disabled");
    await page.getByRole("button", { name: `Enable account of ${name}` }).click();
    await expect(page.getByRole("button", { name: `Disable account of ${name}` })).toBeVisible();
    expect(await apiSignInError(victim, email, password)).toBeNull();
    await victim.dispose();
  });

  test("a callbackUrl that leaves the site is not followed after sign-in", async ({ page }) => {
    const email = uniqueEmail("Redirect Rita");
    await page.goto(`/signup?callbackUrl=${encodeURIComponent("/\\evil.example/")}`);
    await page.getByLabel("Name").fill("Redirect Rita");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });

  test("no dot-segment trick leaves the site after sign-up or sign-in", async ({ page }) => {
    const home = new URL(test.info().project.use.baseURL!).host;
    const family = ["/.//127.0.0.1:9999/x", "/..//127.0.0.1:9999/x", "/%2e//127.0.0.1:9999/x", "/./\\127.0.0.1:9999/x"];
    const name = "Dot Dora";
    const email = uniqueEmail(name);
    await page.goto(`/signup?callbackUrl=${encodeURIComponent(family[0]!)}`);
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(home);
    for (const callbackUrl of family) {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
      // Sent as typed in an address bar: the encoded dots stay encoded.
      await page.goto(
        `/signin?callbackUrl=${callbackUrl.includes("%") ? callbackUrl : encodeURIComponent(callbackUrl)}`,
      );
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("correct horse battery");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      expect(new URL(page.url()).host, callbackUrl).toBe(home);
    }
  });

  test("pages a visitor may not open answer 401 or 403, and odd page numbers are clamped", async ({
    page,
    baseURL,
  }) => {
    const visitor = await request.newContext({ baseURL });
    for (const path of ["/review", "/admin/users", "/admin/audit", "/inbox", "/review/stats"]) {
      expect((await visitor.get(path)).status(), path).toBe(401);
    }
    await apiSignUp(visitor, "Plain Annotator");
    for (const path of ["/review", "/admin/users", "/admin/audit", "/review/stats"]) {
      expect((await visitor.get(path)).status(), path).toBe(403);
    }
    await visitor.dispose();
    await signIn(page, ADMIN.email, ADMIN.password);
    const response = await page.goto("/admin/audit?page=99999999999999999999");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText(/Page (\d+) of \1\./);
    expect((await page.goto("/review?page=-4"))?.status()).toBe(200);
  });

  test("every page carries a nonce Content-Security-Policy and the reader still runs", async ({ page }) => {
    const response = await page.goto(ESSAY_PATH);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(response?.headers()["permissions-policy"]).toContain("camera=()");
    // Hydrated: the reader's selection button appears only when its script runs.
    await expect(page.getByRole("region", { name: "Document" })).toBeVisible();
    const blocked: string[] = [];
    page.on(
      "console",
      (m) => m.type() === "error" && /Content Security Policy/.test(m.text()) && blocked.push(m.text()),
    );
    await page.reload();
    await expect(page.getByRole("region", { name: "Document" })).toBeVisible();
    expect(blocked).toEqual([]);
  });
});

test.describe("links follow the address people use", () => {
  test("without NEXTAUTH_URL, reports and sign-out point at the host the request came to, not localhost", async ({
    baseURL,
  }) => {
    const port = new URL(baseURL!).port;
    for (const host of ["127.0.0.1", "localhost"]) {
      const api = await request.newContext({ baseURL: `http://${host}:${port}` });
      const md = await (await api.get(`/api/documents/${SLUG}/report?format=md`)).text();
      expect(md).toContain(`Document: <http://${host}:${port}/documents/${SLUG}>`);
      await apiSignUp(api, `Host ${host}`);
      const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
      const signedOut = await api.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/", json: "true" } });
      expect(new URL((await signedOut.json()).url).host).toBe(`${host}:${port}`);
      await api.dispose();
    }
  });
});

test.describe("expensive work is bounded", () => {
  test("PDF exports queue: past a short queue they answer 503 with Retry-After; an unchanged report is not printed again", async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const api = await request.newContext({ baseURL });
    const report = (query: string) => `/api/documents/${SLUG}/report?format=pdf&${query}`;
    // Eight different reports at once (different options, so none is in the cache).
    const queries = [
      "verdicts=TRUE",
      "verdicts=MOSTLY_TRUE",
      "verdicts=MIXED",
      "verdicts=MISLEADING",
      "verdicts=FALSE",
      "verdicts=UNVERIFIABLE",
      "reviewed=1",
      "notes=1",
    ];
    const answers = await Promise.all(queries.map((q) => api.get(report(q))));
    const busy = answers.filter((a) => a.status() === 503);
    const printed = answers.filter((a) => a.status() === 200);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.length + printed.length).toBe(queries.length);
    for (const answer of busy) expect(Number(answer.headers()["retry-after"])).toBeGreaterThan(0);
    for (const answer of printed) expect((await answer.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // The same report again: the ETag matches, and a conditional download costs nothing.
    const first = await api.get(report("verdicts=TRUE"));
    const etag = first.headers()["etag"]!;
    expect(etag).toBeTruthy();
    const again = await api.get(report("verdicts=TRUE"), { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    await api.dispose();
  });

  test("a visitor's revision comparisons are limited per address; a signed-in reader's are not", async ({
    baseURL,
  }) => {
    const slug = await pasteDocument(baseURL, "Compare limit", ["The ferry carried 9,000 people in May."]);
    const admin = await request.newContext({ baseURL });
    expect(await apiSignInError(admin, ADMIN.email, ADMIN.password)).toBeNull();
    const revised = await admin.post(`/api/documents/${slug}/revisions`, {
      data: { source: "paste", format: "text", text: "The ferry carried 9,500 people in May." },
    });
    expect(revised.status()).toBe(201);
    const visitor = await request.newContext({ baseURL });
    const pages: string[] = [];
    for (let i = 0; i < 21; i++) pages.push(await (await visitor.get(`/documents/${slug}/compare`)).text());
    const compared = (html: string) => html.includes("Claims the changes touched") && !html.includes("Too many");
    expect(pages.slice(0, 20).every(compared)).toBe(true);
    expect(pages[20]).toContain("Too many comparisons from your address");
    expect(compared(await (await admin.get(`/documents/${slug}/compare`)).text())).toBe(true);
    await Promise.all([admin.dispose(), visitor.dispose()]);
  });
});
