import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { essayOffsets, ESSAY_SLUG, signUp } from "./helpers";
import { expectDocumented } from "./openapi-check";

// Personal access tokens: made on /settings/tokens, shown once, used as `Authorization:
// Bearer`, limited to their scopes, answered with CORS headers, and revoked at once.

async function makeToken(page: Page, name: string, scopes: { read: boolean; write: boolean }): Promise<string> {
  await page.getByLabel("Name").fill(name);
  const read = page.getByRole("checkbox", { name: "read" });
  const write = page.getByRole("checkbox", { name: "write" });
  if ((await read.isChecked()) !== scopes.read) await read.click();
  if ((await write.isChecked()) !== scopes.write) await write.click();
  const secret = page.getByRole("textbox", { name: "Token", exact: true });
  const previous = (await secret.count()) ? await secret.inputValue() : "";
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `Your new token “${name}”` })).toBeVisible();
  await expect(secret).toHaveValue(/^cm_[\w-]{43}$/);
  const value = await secret.inputValue();
  expect(value).not.toBe(previous);
  return value;
}

test("a token reads and writes within its scopes, from any origin, and stops at once when revoked", async ({
  page,
  baseURL,
}) => {
  await signUp(page, "Tia Token");
  await page.getByRole("link", { name: "Tokens" }).click();
  await expect(page.getByRole("heading", { name: "Access tokens" })).toBeVisible();

  const readOnly = await makeToken(page, "Reader script", { read: true, write: false });
  const readWrite = await makeToken(page, "Flagging script", { read: true, write: true });
  await expect(page.getByRole("row", { name: /Reader script/ })).toContainText("read");
  await expect(page.getByRole("row", { name: /Flagging script/ })).toContainText("read, write");

  // A tool elsewhere: no cookies, its own origin.
  const tool = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: "https://tool.example" } });
  const claims = `/api/documents/${ESSAY_SLUG}/claims`;
  const read = await tool.get(claims, { headers: { Authorization: `Bearer ${readOnly}` } });
  expect(read.status()).toBe(200);
  await expectDocumented(tool, read, "GET", "/api/documents/{slug}/claims");
  expect(read.headers()["access-control-allow-origin"]).toBe("*");
  expect(read.headers()["access-control-allow-credentials"]).toBeUndefined();

  const selection = essayOffsets("national technological sovereignty");
  const refused = await tool.post(claims, { headers: { Authorization: `Bearer ${readOnly}` }, data: selection });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["www-authenticate"]).toContain('error="insufficient_scope"');

  const flagged = await tool.post(claims, { headers: { Authorization: `Bearer ${readWrite}` }, data: selection });
  expect(flagged.status()).toBe(201);
  await expectDocumented(tool, flagged, "POST", "/api/documents/{slug}/claims");
  await expectDocumented(tool, refused, "POST", "/api/documents/{slug}/claims");
  const listed = await tool.get("/api/tokens", { headers: { Authorization: `Bearer ${readOnly}` } });
  await expectDocumented(tool, listed, "GET", "/api/tokens");
  const made = await tool.post("/api/tokens", {
    headers: { Authorization: `Bearer ${readWrite}` },
    data: { name: "child", scopes: ["read"], expiresInDays: null },
  });
  expect(made.status()).toBe(403); // tokens cannot make tokens
  await expectDocumented(tool, made, "POST", "/api/tokens");
  const documents = await tool.get("/api/documents?q=debate", { headers: { Authorization: `Bearer ${readOnly}` } });
  await expectDocumented(tool, documents, "GET", "/api/documents");
  const preflight = await tool.fetch(claims, {
    method: "OPTIONS",
    headers: {
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization, content-type",
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-headers"]).toContain("Authorization");

  // The page shows when each was last used.
  await page.reload();
  await expect(page.getByRole("row", { name: /Flagging script/ })).not.toContainText("Never used");

  await page.getByRole("button", { name: "Revoke Flagging script" }).click();
  await expect(page.getByRole("status")).toContainText("Revoked “Flagging script”");
  const afterRevoke = await tool.get(claims, { headers: { Authorization: `Bearer ${readWrite}` } });
  expect(afterRevoke.status()).toBe(401);
  expect(afterRevoke.headers()["www-authenticate"]).toBe('Bearer error="invalid_token"');
  // A made-up token is not a visitor either.
  expect((await tool.get(claims, { headers: { Authorization: `Bearer cm_${"x".repeat(43)}` } })).status()).toBe(401);
  await tool.dispose();
});

test("the API describes itself: OpenAPI 3.1 JSON and a readable reference page", async ({ request, page }) => {
  const spec = await (await request.get("/api/openapi.json")).json();
  expect(spec.openapi).toBe("3.1.0");
  expect(Object.keys(spec.paths)).toEqual(
    expect.arrayContaining(["/api/tokens", "/api/documents/{slug}/annotations", "/api/documents/{slug}/events"]),
  );
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: "Claimmark API", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "POST /api/documents/{slug}/annotations" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tokens" })).toBeVisible();
});
