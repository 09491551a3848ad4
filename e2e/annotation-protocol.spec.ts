import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { ADMIN, ESSAY_SLUG, essayOffsets, signIn } from "./helpers";

// W3C Web Annotation Protocol (https://www.w3.org/TR/annotation-protocol/) conformance of the
// server, through a personal access token as a tool would call it. Each test names the
// sections it covers; MUST/SHOULD requirements that apply to a server:
//   §4    annotation retrieval: GET with the anno.jsonld profile media type, ETag, Link type=ldp#Resource, Allow
// (MUST/SHOULD)
//   §5.1  container retrieval: Link type=ldp#BasicContainer and constrainedBy, Allow, Accept-Post, ETag (MUST/SHOULD)
//   §5.2  container representations: AnnotationCollection with total and first page (SHOULD)
//   §5.3  paging: AnnotationPage with partOf, startIndex, items (MUST)
//   §6.1  create: POST to the container, 201 with Location and the stored annotation with its server-assigned id
// (MUST),
//         the id given by a client not kept (MAY ignore), created/creator set by the server (SHOULD)
//   §6.2  the request body is the annotation as JSON-LD; other media types refused (415) (MUST)
//   §6.3  update: PUT replaces the whole annotation (SHOULD), If-Match required (428/412), server-managed
//         fields (id, created, creator) changed by the client refused (409), the new ETag returned
//   §6.4  delete: DELETE, 204, then GET gives 410 (SHOULD), If-Match required (Claimmark: 428 without, 412 stale)
// Every annotation the server writes passes the W3C annotation-model schemas (lib/report/fixtures).

const CONTAINER = `/api/documents/${ESSAY_SLUG}/annotations`;
const ANNO = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const validator = path.resolve("lib/report/fixtures/w3c-annotation-model/validate.mjs");

function validatesAsW3c(annotation: unknown): boolean {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "w3c-e2e-")), "annotation.json");
  fs.writeFileSync(file, JSON.stringify([annotation]));
  try {
    execFileSync(process.execPath, [validator, file], { encoding: "utf8" });
    return true;
  } catch {
    return false;
  }
}

let tool: APIRequestContext;
let token = "";

test.beforeAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill("Protocol suite");
  await page.getByRole("checkbox", { name: "write" }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  token = await page.getByRole("textbox", { name: "Token", exact: true }).inputValue();
  await page.close();
  tool = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
});
test.afterAll(async () => tool.dispose());

function annotationFor(phrase: string, extra: Record<string, unknown> = {}) {
  const { start, end, exact } = essayOffsets(phrase);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation: "assessing",
    target: {
      source: `https://some-other-host.example/documents/${ESSAY_SLUG}`,
      selector: [
        { type: "TextQuoteSelector", exact },
        { type: "TextPositionSelector", start, end },
      ],
    },
    body: [
      { type: "TextualBody", purpose: "assessing", value: "Misleading" },
      { type: "TextualBody", purpose: "commenting", value: "Counted differently by each registry." },
      { type: "SpecificResource", purpose: "linking", source: "https://huggingface.co/models" },
    ],
    ...extra,
  };
}

test("§5.1–5.3 the container answers as an LDP basic container with Accept-Post, paged", async () => {
  const response = await tool.get(CONTAINER, { headers: { Accept: ANNO } });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe(ANNO);
  expect(headers["link"]).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
  expect(headers["link"]).toContain("constrainedBy");
  expect(headers["allow"]).toContain("POST");
  expect(headers["accept-post"]).toContain("application/ld+json");
  expect(headers["etag"]).toMatch(/^"[\w-]+"$/);
  const container = await response.json();
  expect(container.type).toContain("AnnotationCollection");
  const page = await (await tool.get(`${CONTAINER}?page=0`)).json();
  expect(page).toMatchObject({ type: "AnnotationPage", startIndex: 0 });
  expect(page.partOf).toBeTruthy();
});

test("§6.1–6.2 POST creates: 201, Location, ETag, the stored annotation with server-set id, created and creator", async () => {
  const posted = annotationFor("Open source frameworks represented by TensorFlow and PyTorch", {
    id: "urn:client:chosen-id",
    creator: "someone else",
  });
  const response = await tool.post(CONTAINER, { headers: { "Content-Type": ANNO }, data: posted });
  expect(response.status()).toBe(201);
  const stored = await response.json();
  expect(response.headers()["location"]).toBe(stored.id);
  expect(response.headers()["etag"]).toMatch(/^"[\w-]+"$/);
  expect(stored.id).not.toBe("urn:client:chosen-id");
  expect(stored.id).toMatch(/\/api\/annotations\/[\w-]+$/);
  expect(stored.creator).toEqual({ type: "Person", name: ADMIN.name });
  expect(stored.created).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(stored.target.source).toMatch(new RegExp(`/documents/${ESSAY_SLUG}\\?rev=1$`));
  expect(stored.body).toContainEqual(
    expect.objectContaining({ purpose: "commenting", value: "Misleading: Counted differently by each registry." }),
  );
  expect(stored.body).toContainEqual({
    type: "SpecificResource",
    purpose: "linking",
    source: "https://huggingface.co/models",
  });
  expect(validatesAsW3c(stored)).toBe(true);

  // §4 the new resource is retrievable, with its ETag; 304 when unchanged.
  const path = new URL(stored.id).pathname;
  const got = await tool.get(path, { headers: { Accept: ANNO } });
  expect(got.status()).toBe(200);
  expect(got.headers()["link"]).toContain('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
  expect(got.headers()["allow"]).toContain("DELETE");
  expect((await tool.get(path, { headers: { "If-None-Match": got.headers()["etag"]! } })).status()).toBe(304);
});

test("§6.2 and bad input: other media types 415; a wrong context, motivation, document or selector refused with the field; nothing stored", async () => {
  const before = (await (await tool.get(CONTAINER)).json()).total;
  const form = await tool.post(CONTAINER, { headers: { "Content-Type": "text/plain" }, data: "hello" });
  expect(form.status()).toBe(415);
  const cases: [Record<string, unknown>, number, string][] = [
    [annotationFor("GitHub", { "@context": "https://schema.org" }), 400, "@context"],
    [annotationFor("GitHub", { motivation: "bookmarking" }), 422, "motivation"],
    [
      annotationFor("GitHub", {
        target: {
          source: "https://x.example/documents/some-other-doc",
          selector: { type: "TextQuoteSelector", exact: "GitHub" },
        },
      }),
      422,
      "target.source",
    ],
    [
      annotationFor("GitHub", {
        target: { selector: { type: "TextQuoteSelector", exact: "words that are not in the essay at all" } },
      }),
      422,
      "target.selector (TextQuoteSelector)",
    ],
    [
      annotationFor("GitHub", { target: { selector: { type: "TextPositionSelector", start: 1, end: 999999 } } }),
      422,
      "target.selector (TextPositionSelector)",
    ],
  ];
  for (const [body, status, field] of cases) {
    const response = await tool.post(CONTAINER, { headers: { "Content-Type": ANNO }, data: body });
    expect(response.status(), field).toBe(status);
    expect(Object.keys((await response.json()).fieldErrors ?? {})).toContain(field);
  }
  const oversized = await tool.post(CONTAINER, {
    headers: { "Content-Type": ANNO },
    data: JSON.stringify({ pad: "x".repeat(1024 * 1024 + 10) }),
  });
  expect(oversized.status()).toBe(413);
  expect((await (await tool.get(CONTAINER)).json()).total).toBe(before);
});

test("§6.4 DELETE needs If-Match (428, 412 when stale), answers 204, and the annotation is then 410 Gone", async () => {
  const created = await tool.post(CONTAINER, {
    headers: { "Content-Type": ANNO },
    data: annotationFor("sharing code, datasets, and training techniques on GitHub"),
  });
  expect(created.status()).toBe(201);
  const path = new URL((await created.json()).id).pathname;
  const etag = created.headers()["etag"]!;
  expect((await tool.delete(path)).status()).toBe(428);
  expect((await tool.delete(path, { headers: { "If-Match": '"not-the-current-one"' } })).status()).toBe(412);
  const readOnly = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await readOnly.delete(path, { headers: { "If-Match": etag } })).status()).toBe(401);
  await readOnly.dispose();
  expect((await tool.delete(path, { headers: { "If-Match": etag } })).status()).toBe(204);
  expect((await tool.get(path)).status()).toBe(410);
  expect((await tool.delete(path, { headers: { "If-Match": etag } })).status()).toBe(410);
});

test("§6.3 PUT replaces the caller's own annotation under If-Match; server-managed fields cannot change (409)", async () => {
  const created = await tool.post(CONTAINER, {
    headers: { "Content-Type": ANNO },
    data: annotationFor("demonstrating the fission ability of the open-source ecosystem"),
  });
  expect(created.status()).toBe(201);
  const stored = await created.json();
  const path = new URL(stored.id).pathname;
  const etag = created.headers()["etag"]!;
  const replacement = {
    ...annotationFor("demonstrating the fission ability of the open-source ecosystem"),
    body: [
      { type: "TextualBody", purpose: "assessing", value: "Mostly true" },
      { type: "TextualBody", purpose: "commenting", value: "Large, though not evenly global." },
    ],
  };
  const put = (data: unknown, ifMatch?: string) =>
    tool.put(path, { headers: { "Content-Type": ANNO, ...(ifMatch ? { "If-Match": ifMatch } : {}) }, data });
  expect((await put(replacement)).status()).toBe(428);
  expect((await put(replacement, '"stale"')).status()).toBe(412);
  expect((await put({ ...replacement, creator: { type: "Person", name: "Someone Else" } }, etag)).status()).toBe(409);
  expect((await put({ ...replacement, id: "https://elsewhere.example/anno/1" }, etag)).status()).toBe(409);

  const replaced = await put({ ...replacement, id: stored.id, created: stored.created }, etag);
  expect(replaced.status()).toBe(200);
  const after = await replaced.json();
  expect(after.body).toContainEqual(
    expect.objectContaining({ purpose: "commenting", value: "Mostly true: Large, though not evenly global." }),
  );
  expect(after.body).not.toContainEqual(
    expect.objectContaining({ value: expect.stringContaining("Counted differently") }),
  );
  expect(replaced.headers()["etag"]).not.toBe(etag);
  expect(validatesAsW3c(after)).toBe(true);
  // The old ETag no longer matches.
  expect((await put(replacement, etag)).status()).toBe(412);
});
