import { expect, request, test } from "@playwright/test";
import { apiSignUp, cookieHeader, ESSAY_SLUG } from "./helpers";

// Live event streams hold a connection each: one client cannot open thousands, and a stream
// ends when the access it was opened with ends.

const streamUrl = (baseURL: string) => `${baseURL}/api/documents/${ESSAY_SLUG}/events`;

/** The per-client cap the e2e server runs with (playwright.config.ts; 20 by default). */
const PER_CLIENT = 250;

test("one visitor's 3,000 streams: as many as the cap are served, the rest refused at once with 503 and Retry-After", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const controllers: AbortController[] = [];
  // Held to the end: a response nobody references is collected, and its connection closed.
  const held: Response[] = [];
  const open = async () => {
    const controller = new AbortController();
    controllers.push(controller);
    const response = await fetch(streamUrl(baseURL!), { signal: controller.signal });
    if (response.status === 200) held.push(response);
    else await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get("retry-after") };
  };
  const answers: { status: number; retryAfter: string | null }[] = [];
  try {
    for (let batch = 0; batch < 15; batch++) answers.push(...(await Promise.all(Array.from({ length: 200 }, open))));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(PER_CLIENT);
    const refused = answers.filter((a) => a.status === 503);
    expect(refused).toHaveLength(3000 - PER_CLIENT);
    expect(refused.every((a) => a.retryAfter === "30")).toBe(true);
  } finally {
    for (const controller of controllers) controller.abort();
    held.length = 0;
  }
  // Closed streams give their slots back; the server is fine.
  await expect
    .poll(async () => {
      const controller = new AbortController();
      const response = await fetch(streamUrl(baseURL!), { signal: controller.signal });
      controller.abort();
      return response.status;
    })
    .toBe(200);
  expect((await fetch(`${baseURL}/`)).status).toBe(200);
});

test("a stream opened with a token ends within a keep-alive once the token is revoked", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const api = await request.newContext({ baseURL });
  await apiSignUp(api, "Stream Revoker");
  const cookie = await cookieHeader(api);
  const made = await api.post("/api/tokens", {
    headers: { cookie, Origin: baseURL! },
    data: { name: "stream", scopes: ["read"], expiresInDays: 1 },
  });
  expect(made.status()).toBe(201);
  const { id, secret } = (await made.json()) as { id: string; secret: string };
  const response = await fetch(streamUrl(baseURL!), { headers: { Authorization: `Bearer ${secret}` } });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const ended = (async () => {
    for (;;) if ((await reader.read()).done) return Date.now();
  })();
  expect((await api.delete(`/api/tokens/${id}`, { headers: { cookie, Origin: baseURL! } })).status()).toBe(200);
  const revokedAt = Date.now();
  const endedAt = await Promise.race([ended, new Promise<number>((r) => setTimeout(() => r(-1), 25_000))]);
  expect(endedAt, "the stream was still open 25 s after the token was revoked").toBeGreaterThan(0);
  expect(endedAt - revokedAt).toBeLessThan(20_000);
  await api.dispose();
});
