// The rule that must never break, route by route: every app/api route is in the table below (a
// route that is not fails the first test), and every route that touches a workspace's data is
// called, through its real handler and the request boundary, by a member of another workspace
// (404, never 403), by a visitor (404 for reads, 401 for writes) and by each role of the
// workspace (403 below the role the route needs, an answer at it). On both databases.
process.env.NEXTAUTH_SECRET ??= "workspace-route-test-secret-0123456789";
process.env.WRITE_LIMIT_PER_MINUTE = "100000";
process.env.TOKEN_LIMIT_PER_MINUTE = "100000";
process.env.SEARCH_LIMIT_PER_MINUTE = "100000";
process.env.EXPORT_LIMIT_PER_MINUTE = "100000";

import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTokenSecret, newTokenSecret } from "@/lib/auth/api-token";
import { flagClaim } from "@/lib/data/claims/claims";
import { linkClaim } from "@/lib/data/claims/claim-links";
import { addNote } from "@/lib/data/notes/notes";
import { addReply } from "@/lib/data/notes/replies";
import { publishVerdict } from "@/lib/data/review/review";
import { makeActor } from "@/lib/data/test-fixtures";
import type { Actor } from "@/lib/data/actor";
import { inWorkspace } from "@/lib/data/workspaces/scope";
import { createTestDatabase, databaseKinds, type TestDatabase } from "@/lib/db/test-databases";
import type { Db } from "@/lib/db";
import { routeOperations } from "@/lib/openapi/route-operations";
import { WORKSPACE_ROLES, type WorkspaceRole } from "@/lib/workspaces/workspace-roles";

/** What one fresh private workspace holds for a route to be called on. */
interface Fixture {
  workspace: { id: string; slug: string };
  slug: string;
  claimId: string;
  reviewedClaimId: string;
  reviewedVersion: number;
  /** The source of the reviewed claim's note: what its public fact-check may show. */
  reviewedSourceUrl: string;
  noteId: string;
  linkId: string;
  factCheckId: string;
  sentenceId: string;
  captureId: string;
  /** Each role's token in the workspace, and an outsider's (the Admin of another workspace). */
  tokens: Record<WorkspaceRole | "outsider", string>;
  users: Record<WorkspaceRole, Actor>;
  /** A Checker with no token, whose membership the Admin routes change. */
  extraId: string;
}

type Need = "read" | "discuss" | "check" | "review" | "admin";

/** A route on a workspace's data: what it needs, and how to call it on a fixture. */
interface Scoped {
  need: Need;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  headers?: Record<string, string>;
}

/** A route with no workspace data, and why. */
interface Unscoped {
  instance: string;
}

const PASTE = (text: string) => ({ source: "paste", format: "text", text });
const W3C_ANNOTATION = (f: Fixture) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  target: {
    source: `/documents/${f.slug}`,
    selector: { type: "TextQuoteSelector", exact: "Second sentence with", prefix: "", suffix: "" },
  },
});

const TABLE: Record<string, Scoped | Unscoped> = {
  "GET /api/documents/{slug}/claims": { need: "read", path: (f) => `/api/documents/${f.slug}/claims` },
  "POST /api/documents/{slug}/claims": {
    need: "check",
    path: (f) => `/api/documents/${f.slug}/claims`,
    body: () => ({ start: 0, end: 17, exact: "First sentence of" }),
  },
  "GET /api/documents/{slug}/details": { need: "read", path: (f) => `/api/documents/${f.slug}/details` },
  "PUT /api/documents/{slug}/details": {
    need: "review",
    path: (f) => `/api/documents/${f.slug}/details`,
    body: () => ({ title: "Renamed" }),
  },
  "POST /api/documents/{slug}/archive": {
    need: "admin",
    path: (f) => `/api/documents/${f.slug}/archive`,
    body: () => ({ archived: true }),
  },
  "GET /api/documents/{slug}/report": {
    need: "read",
    path: (f) => `/api/documents/${f.slug}/report?format=md&notes=1`,
  },
  "GET /api/documents/{slug}/annotations": { need: "read", path: (f) => `/api/documents/${f.slug}/annotations` },
  "POST /api/documents/{slug}/annotations": {
    need: "check",
    path: (f) => `/api/documents/${f.slug}/annotations`,
    body: W3C_ANNOTATION,
  },
  "GET /api/documents/{slug}/events": { need: "read", path: (f) => `/api/documents/${f.slug}/events?lastEventId=0` },
  "GET /api/documents/{slug}/evidence.warc.gz": {
    need: "read",
    path: (f) => `/api/documents/${f.slug}/evidence.warc.gz`,
  },
  "GET /api/documents/{slug}/suggestions": { need: "read", path: (f) => `/api/documents/${f.slug}/suggestions` },
  "POST /api/documents/{slug}/revisions": {
    need: "review",
    path: (f) => `/api/documents/${f.slug}/revisions`,
    body: () => PASTE("First sentence of the text. Second sentence, revised."),
  },
  "GET /api/documents": { instance: "lists only readable workspaces: checked in workspace-lists.db.test.ts" },
  "POST /api/documents": {
    need: "review",
    path: () => "/api/documents",
    body: (f) => ({ ...PASTE("A new document in the workspace."), workspace: f.workspace.slug }),
  },
  "GET /api/claims/{id}": { need: "read", path: (f) => `/api/claims/${f.claimId}` },
  "DELETE /api/claims/{id}": { need: "check", path: (f) => `/api/claims/${f.claimId}` },
  "PUT /api/claims/{id}/anchor": {
    need: "review",
    path: (f) => `/api/claims/${f.claimId}/anchor`,
    body: () => ({ start: 0, end: 17, exact: "First sentence of" }),
  },
  "PUT /api/claims/{id}/discussion": {
    need: "discuss",
    path: (f) => `/api/claims/${f.claimId}/discussion`,
    body: () => ({ resolved: true }),
  },
  "GET /api/claims/{id}/links": { need: "read", path: (f) => `/api/claims/${f.claimId}/links` },
  "POST /api/claims/{id}/links": {
    need: "check",
    path: (f) => `/api/claims/${f.claimId}/links`,
    body: (f) => ({ factCheckId: f.factCheckId }),
  },
  "DELETE /api/claims/{id}/links/{linkId}": {
    need: "check",
    path: (f) => `/api/claims/${f.reviewedClaimId}/links/${f.linkId}`,
  },
  "POST /api/claims/{id}/notes": {
    need: "check",
    path: (f) => `/api/claims/${f.claimId}/notes`,
    body: () => ({ verdict: "FALSE", rationale: "Checked.", sources: [] }),
  },
  "POST /api/claims/{id}/replies": {
    need: "discuss",
    path: (f) => `/api/claims/${f.claimId}/replies`,
    body: () => ({ body: "A question." }),
  },
  "POST /api/claims/{id}/verdict": {
    need: "review",
    path: (f) => `/api/claims/${f.claimId}/verdict`,
    body: () => ({ verdict: "FALSE", summary: "Not so.", version: 1 }),
  },
  "POST /api/claims/{id}/reopen": {
    need: "review",
    path: (f) => `/api/claims/${f.reviewedClaimId}/reopen`,
    body: (f) => ({ reason: "New evidence.", version: f.reviewedVersion }),
  },
  "PATCH /api/notes/{id}": {
    need: "check",
    path: (f) => `/api/notes/${f.noteId}`,
    body: () => ({ verdict: "MISLEADING", rationale: "Edited.", sources: [] }),
  },
  "DELETE /api/notes/{id}": { need: "check", path: (f) => `/api/notes/${f.noteId}` },
  "PUT /api/notes/{id}/thread": {
    need: "discuss",
    path: (f) => `/api/notes/${f.noteId}/thread`,
    body: () => ({ resolved: true }),
  },
  "GET /api/annotations/{id}": { need: "read", path: (f) => `/api/annotations/${f.claimId}` },
  "PUT /api/annotations/{id}": {
    need: "check",
    path: (f) => `/api/annotations/${f.claimId}`,
    body: W3C_ANNOTATION,
    headers: { "If-Match": "*" },
  },
  "DELETE /api/annotations/{id}": {
    need: "check",
    path: (f) => `/api/annotations/${f.claimId}`,
    headers: { "If-Match": "*" },
  },
  "POST /api/suggestions/{id}/dismiss": { need: "check", path: (f) => `/api/suggestions/${f.sentenceId}/dismiss` },
  "POST /api/suggestions/{id}/restore": { need: "check", path: (f) => `/api/suggestions/${f.sentenceId}/restore` },
  "GET /api/captures/{id}/{file}": { need: "read", path: (f) => `/api/captures/${f.captureId}/screenshot.png` },
  "POST /api/captures/{id}/retry": { need: "check", path: (f) => `/api/captures/${f.captureId}/retry` },
  "GET /api/fact-checks/similar": {
    need: "read",
    path: (f) => `/api/fact-checks/similar?q=${encodeURIComponent("first sentence of the text")}&claim=${f.claimId}`,
  },
  "POST /api/review/assign": {
    need: "review",
    path: () => "/api/review/assign",
    body: (f) => ({ claimIds: [f.claimId], assigneeId: null }),
  },
  "POST /api/review/status": {
    need: "review",
    path: () => "/api/review/status",
    body: (f) => ({ claimIds: [f.claimId], status: "IN_REVIEW" }),
  },
  "GET /api/workspaces/{slug}": { need: "read", path: (f) => `/api/workspaces/${f.workspace.slug}` },
  "PATCH /api/workspaces/{slug}": {
    need: "admin",
    path: (f) => `/api/workspaces/${f.workspace.slug}`,
    body: () => ({ name: "Renamed desk" }),
  },
  "GET /api/workspaces/{slug}/members": { need: "read", path: (f) => `/api/workspaces/${f.workspace.slug}/members` },
  "PUT /api/workspaces/{slug}/members/{userId}": {
    need: "admin",
    path: (f) => `/api/workspaces/${f.workspace.slug}/members/${f.extraId}`,
    body: () => ({ role: "CHECKER" }),
  },
  "DELETE /api/workspaces/{slug}/members/{userId}": {
    need: "admin",
    path: (f) => `/api/workspaces/${f.workspace.slug}/members/${f.extraId}`,
  },
  "POST /api/workspaces/{slug}/invitations": {
    need: "admin",
    path: (f) => `/api/workspaces/${f.workspace.slug}/invitations`,
    body: () => ({ email: "new.person@example.org", role: "CHECKER" }),
  },
  "POST /api/workspaces/{slug}/archive": {
    need: "admin",
    path: (f) => `/api/workspaces/${f.workspace.slug}/archive`,
    body: () => ({ archived: true }),
  },
  "POST /api/workspaces/{slug}/leave": { need: "read", path: (f) => `/api/workspaces/${f.workspace.slug}/leave` },
  "POST /api/workspaces/{slug}/join": {
    instance: "joins open workspaces only: a private one answers 404 to everyone (workspaces.db.test.ts)",
  },
  "GET /api/workspaces": {
    instance: "the caller's own list: private ones only to their members (workspaces.db.test.ts)",
  },
  "POST /api/workspaces": { instance: "creates a new workspace" },
  "POST /api/invitations/{token}/accept": {
    instance: "the link's token is the secret; only its addressee joins (workspaces.db.test.ts)",
  },
  "PUT /api/admin/default-workspace": { instance: "site administrators' setting" },
  "GET /api/claims/{id}/fact-check": {
    need: "review",
    path: (f) => `/api/claims/${f.reviewedClaimId}/fact-check`,
  },
  "POST /api/claims/{id}/fact-check": {
    need: "review",
    path: (f) => `/api/claims/${f.reviewedClaimId}/fact-check`,
    body: (f) => ({ headline: "Is it so?", summary: "It is.", sources: [f.reviewedSourceUrl] }),
  },
  "PATCH /api/claims/{id}/fact-check": {
    need: "review",
    path: (f) => `/api/claims/${f.reviewedClaimId}/fact-check`,
    body: (f) => ({ headline: "Is it so?", summary: "It is.", sources: [f.reviewedSourceUrl], correction: "Fixed." }),
  },
  "POST /api/claims/{id}/fact-check/unpublish": {
    need: "review",
    path: (f) => `/api/claims/${f.reviewedClaimId}/fact-check/unpublish`,
    body: () => ({ reason: "Withdrawn." }),
  },
  "GET /api/fact-checks/published": {
    instance: "public fact-checks only, copies made to be public (publishing.db.test.ts, e2e/publishing.spec.ts)",
  },
  "GET /api/oembed": { instance: "public fact-check pages only" },
  "GET /api/search": { instance: "searches only the caller's readable workspaces (search.db.test.ts)" },
  "GET /api/admin/settings": { instance: "site administrators' desk settings" },
  "PUT /api/admin/settings": { instance: "site administrators' desk settings" },
  "GET /api/review/events": { instance: "filters the feed to the caller's reviewed workspaces (workspace-lists test)" },
  "GET /api/inbox/unread": { instance: "the caller's own mentions in readable workspaces (workspace-lists test)" },
  "POST /api/inbox/read": { instance: "marks the caller's own mentions" },
  "GET /api/fact-checks": { instance: "site administrators' import page" },
  "POST /api/fact-checks": { instance: "site administrators import into the Default workspace" },
  "GET /api/admin/suggestions": { instance: "the instance's suggestions model" },
  "POST /api/admin/suggestions/retrain": { instance: "the instance's suggestions model" },
  "POST /api/admin/suggestions/reset": { instance: "the instance's suggestions model" },
  "POST /api/captures/recheck": { instance: "site administrators re-check every source" },
  "GET /api/people": { instance: "accounts, not workspace data (names and handles to mention)" },
  "GET /api/me/preferences": { instance: "the caller's own settings" },
  "PUT /api/me/preferences": { instance: "the caller's own settings" },
  "PUT /api/me/handle": { instance: "the caller's own handle" },
  "GET /api/tokens": { instance: "the caller's own tokens" },
  "POST /api/tokens": { instance: "a token for a workspace the caller is in (api-tokens.db.test.ts)" },
  "DELETE /api/tokens/{id}": { instance: "the caller's own tokens" },
  "PUT /api/users/{id}/role": { instance: "site administrators manage accounts" },
  "PUT /api/users/{id}/disabled": { instance: "site administrators manage accounts" },
  "POST /api/signup": { instance: "creates an account" },
  "POST /api/markdown/preview": { instance: "renders the text it is sent" },
  "GET /api/openapi.json": { instance: "the API's description" },
  "GET /api/docs": { instance: "the API's reference page" },
  "GET /api/auth/{nextauth}": { instance: "next-auth's own endpoints" },
  "POST /api/auth/{nextauth}": { instance: "next-auth's own endpoints" },
  "POST /api/bench/empty": { instance: "the benchmark's empty route" },
};

const NEEDED_ROLE: Record<Exclude<Need, "read">, WorkspaceRole> = {
  discuss: "VIEWER",
  check: "CHECKER",
  review: "EDITOR",
  admin: "ADMIN",
};

const isScoped = (entry: Scoped | Unscoped): entry is Scoped => "need" in entry;

describe("every API route is in the workspace-access table", () => {
  it("lists each exported route, and nothing that does not exist", () => {
    const routes = routeOperations().map((r) => r.operation);
    expect(routes.filter((route) => !(route in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((route) => !routes.includes(route))).toEqual([]);
  });
});

describe.each(databaseKinds())("workspace access through every route on %s", (kind) => {
  let t: TestDatabase;
  let people: Record<WorkspaceRole | "outsider", Actor>;
  /** A member without a token: the one whose role the Admin routes change. */
  let extra: Actor;
  let otherWorkspaceId: string;
  let serial = 0;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    // The routes open the app's database through lib/db's one client: this test's database.
    (globalThis as { claimmarkDb?: Promise<Db> }).claimmarkDb = Promise.resolve(t.db);
    extra = await makeActor(t.db, "Xia Extra");
    people = {
      ADMIN: await makeActor(t.db, "Ada Desk"),
      EDITOR: await makeActor(t.db, "Eddie Desk"),
      CHECKER: await makeActor(t.db, "Chen Desk"),
      VIEWER: await makeActor(t.db, "Vera Desk"),
      outsider: await makeActor(t.db, "Otto Other"),
    };
    const other = await t.db.workspace.create({
      data: { slug: "other-desk", name: "Other desk", visibility: "PRIVATE" },
    });
    otherWorkspaceId = other.id;
    await t.db.membership.create({ data: { workspaceId: other.id, userId: people.outsider.id, role: "ADMIN" } });
  });
  afterAll(async () => {
    delete (globalThis as { claimmarkDb?: Promise<Db> }).claimmarkDb;
    await t.drop();
  });

  /** A token of the user in the workspace (an Admin's with the admin scope, which lets it act as one). */
  async function token(userId: string, workspaceId: string, admin = false): Promise<string> {
    const secret = newTokenSecret();
    const scopes = admin ? "admin,read,write" : "read,write";
    await t.db.apiToken.create({
      data: { userId, workspaceId, name: "route test", secretHash: hashTokenSecret(secret), scopes },
    });
    return secret;
  }

  /** A fresh private workspace with a document, claims, a note, a reply, a link, a suggestion and a capture. */
  async function fixture(): Promise<Fixture> {
    serial += 1;
    const workspace = await t.db.workspace.create({
      data: { slug: `desk-${serial}`, name: `Desk ${serial}`, visibility: "PRIVATE" },
    });
    await t.db.membership.create({ data: { workspaceId: workspace.id, userId: extra.id, role: "CHECKER" } });
    const users = {} as Record<WorkspaceRole, Actor>;
    for (const role of WORKSPACE_ROLES) {
      await t.db.membership.create({ data: { workspaceId: workspace.id, userId: people[role].id, role } });
      users[role] = { ...people[role], workspaces: { ...people[role].workspaces, [workspace.id]: role } };
    }
    const text = "First sentence of the text. Second sentence with 40 percent in it.";
    const slug = `desk-document-${serial}`;
    const content = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    const document = await t.db.document.create({
      data: {
        slug,
        workspaceId: workspace.id,
        title: `Document ${serial}`,
        plainText: text,
        contentJson: JSON.stringify(content),
      },
    });
    await t.db.documentRevision.create({
      data: {
        documentId: document.id,
        number: 1,
        plainText: text,
        contentJson: JSON.stringify(content),
        sourceKind: "seed",
      },
    });
    const sentence = await t.db.sentenceScore.create({
      data: {
        documentId: document.id,
        revision: 1,
        start: 0,
        end: 27,
        text: text.slice(0, 27),
        score: 0.9,
        cues: "[]",
      },
    });
    const ok = <T>(result: { ok: true; data: T } | { ok: false; message: string }): T => {
      if (!result.ok) throw new Error(result.message);
      return result.data;
    };
    const checker = users.CHECKER;
    const second = "Second sentence with 40 percent in it.";
    const claim = ok(await flagClaim(t.db, checker, slug, { start: 0, end: 27, exact: text.slice(0, 27) }));
    const reviewed = ok(
      await flagClaim(t.db, checker, slug, { start: text.indexOf(second), end: text.length, exact: second }),
    );
    const note = ok(
      await addNote(t.db, checker, claim.id, {
        verdict: "FALSE",
        rationale: "Checked against the source.",
        sources: [{ url: `https://example.org/source-${serial}` }],
      }),
    );
    ok(await addReply(t.db, checker, claim.id, { body: "Is this right?", noteId: note.id }));
    // The Viewer takes part in the note's thread and the claim's discussion (so may resolve them).
    ok(await addReply(t.db, users.VIEWER, claim.id, { body: "I read it so too.", noteId: note.id }));
    ok(await addReply(t.db, users.VIEWER, claim.id, { body: "Worth a second look." }));
    ok(
      await addNote(t.db, checker, reviewed.id, {
        verdict: "TRUE",
        rationale: "Confirmed.",
        sources: [{ url: `https://example.org/other-${serial}` }],
      }),
    );
    const version = (await t.db.claim.findUniqueOrThrow({ where: { id: reviewed.id } })).version;
    const published = ok(
      await publishVerdict(t.db, users.EDITOR, reviewed.id, { verdict: "TRUE", summary: "It is so.", version }),
    );
    const factCheck = await t.db.externalFactCheck.create({
      data: {
        url: `https://factcheck.example.org/${serial}`,
        claimReviewed: "First sentence",
        workspaceId: workspace.id,
      },
    });
    const otherFactCheck = await t.db.externalFactCheck.create({
      data: { url: `https://factcheck.example.org/${serial}-b`, claimReviewed: "Second", workspaceId: workspace.id },
    });
    const link = ok(await linkClaim(t.db, checker, reviewed.id, { factCheckId: otherFactCheck.id }));
    const capture = await t.db.sourceCapture.findFirstOrThrow({
      where: { url: `https://example.org/source-${serial}` },
    });
    await t.db.sourceCapture.update({
      where: { id: capture.id },
      data: { status: "FAILED", png: Buffer.from("png bytes"), pngSha256: "0".repeat(64) },
    });
    await t.db.sentenceScore.update({
      where: { id: sentence.id },
      data: { dismissedAt: new Date(), dismissedById: checker.id },
    });
    const tokens = {} as Fixture["tokens"];
    for (const role of WORKSPACE_ROLES) tokens[role] = await token(people[role].id, workspace.id, role === "ADMIN");
    tokens.outsider = await token(people.outsider.id, otherWorkspaceId, true);
    return {
      workspace,
      slug,
      claimId: claim.id,
      reviewedClaimId: reviewed.id,
      reviewedVersion: published.version,
      reviewedSourceUrl: `https://example.org/other-${serial}`,
      noteId: note.id,
      linkId: link.id,
      factCheckId: factCheck.id,
      sentenceId: sentence.id,
      captureId: capture.id,
      tokens,
      users,
      extraId: extra.id,
    };
  }

  const files = new Map(routeOperations().map((r) => [r.operation, r.file]));

  /** Calls a route's real handler, as a token's holder or a visitor; the stream of an SSE answer is not read. */
  async function call(operation: string, entry: Scoped, f: Fixture, secret: string | null): Promise<number> {
    const [method] = operation.split(" ");
    const url = `http://127.0.0.1${entry.path(f)}`;
    const body = entry.body?.(f);
    const headers: Record<string, string> = { ...entry.headers };
    if (secret) headers.Authorization = `Bearer ${secret}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const request = new Request(url, {
      method,
      headers,
      body: body === undefined ? (method === "GET" ? undefined : "{}") : JSON.stringify(body),
    });
    if (method !== "GET" && body === undefined) request.headers.set("Content-Type", "application/json");
    const routeModule = (await import(/* @vite-ignore */ path.resolve(files.get(operation)!))) as Record<
      string,
      (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
    >;
    const params = paramsOf(operation, new URL(url).pathname);
    const response = await routeModule[method!]!(request, { params: Promise.resolve(params) });
    await response.body?.cancel().catch(() => undefined);
    return response.status;
  }

  const scoped = Object.entries(TABLE).filter((e): e is [string, Scoped] => isScoped(e[1]));

  it.each(scoped)(
    "%s: 404 to another workspace's member and to a visitor reading; roles as the route needs",
    async (operation, entry) => {
      const f = await fixture();
      const method = operation.split(" ")[0]!;
      expect(await call(operation, entry, f, f.tokens.outsider), "a member of another workspace").toBe(404);
      expect(await call(operation, entry, f, null), "a visitor").toBe(method === "GET" ? 404 : 401);
      const needed = entry.need === "read" ? "VIEWER" : NEEDED_ROLE[entry.need];
      for (const role of WORKSPACE_ROLES.slice(0, WORKSPACE_ROLES.indexOf(needed)))
        expect(await call(operation, entry, f, f.tokens[role]), `${role} is refused`).toBe(403);
      const answered = await call(operation, entry, f, f.tokens[needed]);
      expect([401, 403, 404], `${needed} is let in (answered ${answered})`).not.toContain(answered);
      expect(answered, `${needed}'s call worked`).toBeLessThan(500);
    },
  );

  it("carries on the review stream the changes of the reviewer's own workspaces only, from the start", async () => {
    // A watcher of this database (not one left from the other database's run).
    delete (globalThis as { claimmarkChangeWatcher?: unknown }).claimmarkChangeWatcher;
    const f = await fixture();
    const privateDocument = await t.db.document.findUniqueOrThrow({ where: { slug: f.slug } });
    const rita = await makeActor(t.db, "Rita Default", "REVIEWER");
    const text = "A sentence in the Default workspace about 12 percent.";
    const content = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    const open = await t.db.document.create({
      data: {
        slug: `default-${f.slug}`,
        title: "Default document",
        plainText: text,
        contentJson: JSON.stringify(content),
      },
    });
    const { GET } = await import("@/app/api/review/events/route");
    const abort = new AbortController();
    const response = await GET(
      new Request("http://127.0.0.1/api/review/events", {
        headers: { Authorization: `Bearer ${await token(rita.id, open.workspaceId)}` },
        signal: abort.signal,
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let received = "";
    const readUntil = async (needle: string) => {
      const deadline = Date.now() + 10_000;
      while (!received.includes(needle) && Date.now() < deadline) {
        const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 500))]);
        if (chunk && !chunk.done) received += new TextDecoder().decode(chunk.value);
      }
      return received.includes(needle);
    };
    try {
      expect(await readUntil("event: ready")).toBe(true);
      // A claim in the private desk first, then one in the Default workspace.
      const inPrivate = await flagClaim(t.db, f.users.ADMIN, f.slug, { start: 0, end: 17, exact: "First sentence of" });
      expect(inPrivate).toMatchObject({ ok: true });
      const inDefault = await flagClaim(t.db, rita, open.slug, { start: 0, end: text.length, exact: text });
      expect(inDefault.ok).toBe(true);
      expect(await readUntil(open.id)).toBe(true);
      expect(received).not.toContain(privateDocument.id);
    } finally {
      abort.abort();
      await reader.cancel().catch(() => undefined);
    }
  });

  it("places a member in the workspace with their role there, and nobody else", async () => {
    const f = await fixture();
    expect(inWorkspace(f.users.EDITOR, f.workspace.id).role).toBe("REVIEWER");
    expect(inWorkspace(people.outsider, f.workspace.id).role).toBe("READER");
  });
});

/** The route's dynamic segments, read from the called path against the operation's pattern. */
function paramsOf(operation: string, pathname: string): Record<string, string> {
  const pattern = operation.split(" ")[1]!.split("/");
  const actual = pathname.split("/");
  const params: Record<string, string> = {};
  pattern.forEach((part, i) => {
    const name = part.match(/^\{(\w+)\}$/)?.[1];
    if (name) params[name] = decodeURIComponent(actual[i]!);
  });
  return params;
}
