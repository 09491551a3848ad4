import { z } from "zod";
import { createTokenSchema } from "../validation/api-token";
import { signUpSchema } from "../validation/auth";
import { flagClaimSchema } from "../validation/claim";
import {
  archiveSchema,
  documentMetadataSchema,
  pasteImportSchema,
  reattachSchema,
  urlImportSchema,
} from "../validation/document";
import { markReadSchema } from "../validation/inbox";
import { noteSchema } from "../validation/note";
import {
  assignSchema,
  publishVerdictSchema,
  reopenSchema,
  replySchema,
  setStatusSchema,
  threadSchema,
} from "../validation/review";
import { accountDisabledSchema, handleChangeSchema, roleChangeSchema } from "../validation/users";
import { claimLinkSchema, readerPreferencesSchema } from "../validation/fact-check";
import { PUBLISHING_OPERATIONS } from "./publishing-operations";
import { SEARCH_OPERATIONS } from "./search-operations";
import { WORKSPACE_OPERATIONS } from "./workspace-operations";
import {
  claimListResponse,
  claimSummaryResponse,
  documentListResponse,
  importResponse,
  newTokenResponse,
  tokenListResponse,
  tokenResponse,
} from "./responses";

/** Who may call an operation (the server checks; this documents it). */
export type Access = "anyone" | "signed-in" | "reviewer" | "admin";

/** One API operation as the OpenAPI document describes it. */
export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path, e.g. /api/claims/{id} */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** The zod schema the server parses the JSON body with: the documentation is generated from it. */
  body?: z.ZodType;
  /** Other request types the operation takes (e.g. a multipart upload, JSON-LD). */
  bodyTypes?: string[];
  query?: { name: string; description: string }[];
  /** Status codes this operation answers besides the common ones, with what they mean. */
  responses: Record<string, string>;
  /** The response body's media type when it is not application/json. */
  produces?: string;
  /** The JSON a success answers with, as a zod schema (lib/openapi/responses.ts). */
  response?: z.ZodType;
}

const importBody = z.union([
  pasteImportSchema.extend({ source: z.literal("paste") }),
  urlImportSchema.extend({ source: z.literal("url") }),
]);
const ANNO = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/**
 * Every API operation. `lib/openapi/openapi.test.ts` fails when a route file exports a method
 * that is not listed here, so the description cannot fall behind the code.
 */
export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/documents",
    summary: "List documents, newest first (q: search title and author; page)",
    tag: "Documents",
    access: "anyone",
    query: [
      { name: "q", description: "words in the title or author" },
      { name: "page", description: "page number from 1" },
    ],
    response: documentListResponse,
    responses: { "200": "a page of documents" },
  },
  {
    method: "post",
    path: "/api/documents",
    summary: "Import a document: pasted text or Markdown, a web address, or an uploaded file (multipart: file, title)",
    tag: "Documents",
    access: "reviewer",
    body: importBody,
    bodyTypes: ["multipart/form-data"],
    response: importResponse,
    responses: {
      "201": "imported; Location names the document",
      "413": "over 20 MB",
      "415": "unsupported file type",
      "422": "unreadable or empty file, refused web address",
    },
  },
  {
    method: "post",
    path: "/api/documents/{slug}/revisions",
    summary: "Upload a new version; claims are re-anchored (exact, fuzzy, orphaned)",
    tag: "Documents",
    access: "reviewer",
    body: importBody,
    bodyTypes: ["multipart/form-data"],
    responses: {
      "201": "the new revision and how many claims landed in each state",
      "409": "identical to the current version",
    },
  },
  {
    method: "get",
    path: "/api/documents/{slug}/details",
    summary: "A document's details (title, author, publisher, publication date, original URL)",
    tag: "Documents",
    access: "anyone",
    responses: { "200": "the details" },
  },
  {
    method: "put",
    path: "/api/documents/{slug}/details",
    summary: "Edit a document's details",
    tag: "Documents",
    access: "reviewer",
    body: documentMetadataSchema,
    responses: { "200": "saved" },
  },
  {
    method: "post",
    path: "/api/documents/{slug}/archive",
    summary: "Archive a document or bring it back (its workspace's Admins; never deletes)",
    tag: "Documents",
    access: "signed-in",
    body: archiveSchema,
    responses: { "200": "saved" },
  },
  {
    method: "get",
    path: "/api/documents/{slug}/claims",
    summary: "The document's claims in text order, with their anchor state",
    tag: "Claims",
    access: "anyone",
    response: claimListResponse,
    responses: { "200": "claim summaries" },
  },
  {
    method: "post",
    path: "/api/documents/{slug}/claims",
    summary: "Flag a selection as a claim (Idempotency-Key makes retries safe)",
    tag: "Claims",
    access: "signed-in",
    body: flagClaimSchema,
    response: claimSummaryResponse,
    responses: {
      "201": "the claim",
      "409": "the document changed, or exactly this text is flagged already (existingClaimId)",
    },
  },
  {
    method: "get",
    path: "/api/documents/{slug}/events",
    summary: "Server-sent events: what changes on the document, replayed from Last-Event-ID",
    tag: "Live",
    access: "anyone",
    produces: "text/event-stream",
    responses: { "200": "an event stream (event: change, id: the feed's seq)" },
  },
  {
    method: "get",
    path: "/api/documents/{slug}/report",
    summary: "The verification report as a download",
    tag: "Reports",
    access: "anyone",
    query: [
      { name: "format", description: "pdf | md | csv | claimreview | w3c | html" },
      { name: "reviewed", description: "1: reviewed claims only" },
      { name: "notes", description: "1: include notes" },
      { name: "verdicts", description: "final verdicts to include, e.g. FALSE,MISLEADING" },
    ],
    produces: "application/octet-stream",
    responses: {
      "200": "the report",
      "304": "unchanged (If-None-Match)",
      "503": "the PDF queue is full (Retry-After)",
    },
  },
  {
    method: "get",
    path: "/api/documents/{slug}/annotations",
    summary: "W3C Web Annotation Protocol container of the document's claims (page=N for a page)",
    tag: "Annotations",
    access: "anyone",
    produces: ANNO,
    responses: { "200": "the container or one page", "304": "unchanged" },
  },
  {
    method: "post",
    path: "/api/documents/{slug}/annotations",
    summary: "Create a W3C annotation (assessing or highlighting) on the document: it becomes a claim and a note",
    tag: "Annotations",
    access: "signed-in",
    bodyTypes: [ANNO, "application/ld+json"],
    produces: ANNO,
    responses: {
      "201": "the stored annotation; Location, ETag",
      "422": "unknown motivation, another document, a target that does not anchor",
    },
  },
  {
    method: "get",
    path: "/api/annotations/{id}",
    summary: "One annotation (ETag; 304 on If-None-Match; 410 once deleted)",
    tag: "Annotations",
    access: "anyone",
    produces: ANNO,
    responses: { "200": "the annotation", "304": "unchanged", "410": "deleted" },
  },
  {
    method: "put",
    path: "/api/annotations/{id}",
    summary: "Replace your own annotation (If-Match required)",
    tag: "Annotations",
    access: "signed-in",
    bodyTypes: [ANNO, "application/ld+json"],
    produces: ANNO,
    responses: {
      "200": "the replaced annotation",
      "409": "a server-managed field was changed",
      "412": "stale If-Match",
      "428": "If-Match missing",
    },
  },
  {
    method: "delete",
    path: "/api/annotations/{id}",
    summary: "Delete your own annotation (If-Match required)",
    tag: "Annotations",
    access: "signed-in",
    responses: { "204": "deleted", "410": "already deleted", "412": "stale If-Match", "428": "If-Match missing" },
  },
  {
    method: "get",
    path: "/api/claims/{id}",
    summary: "One claim with its notes, replies, verdicts, history and anchors",
    tag: "Claims",
    access: "anyone",
    responses: { "200": "the claim" },
  },
  {
    method: "delete",
    path: "/api/claims/{id}",
    summary: "Withdraw a claim (its author, while it has no notes)",
    tag: "Claims",
    access: "signed-in",
    responses: { "200": "withdrawn", "409": "it has notes" },
  },
  {
    method: "put",
    path: "/api/claims/{id}/anchor",
    summary: "Re-attach a claim to a selection of the current revision",
    tag: "Claims",
    access: "reviewer",
    body: reattachSchema,
    responses: { "200": "re-attached" },
  },
  {
    method: "post",
    path: "/api/claims/{id}/notes",
    summary: "Add a verification note",
    tag: "Notes",
    access: "signed-in",
    body: noteSchema,
    responses: { "201": "the note" },
  },
  {
    method: "patch",
    path: "/api/notes/{id}",
    summary: "Edit your note (the earlier text is kept as a version)",
    tag: "Notes",
    access: "signed-in",
    body: noteSchema,
    responses: { "200": "saved" },
  },
  {
    method: "delete",
    path: "/api/notes/{id}",
    summary: "Delete a note (its author or an admin)",
    tag: "Notes",
    access: "signed-in",
    responses: { "200": "deleted" },
  },
  {
    method: "post",
    path: "/api/claims/{id}/replies",
    summary:
      "Reply in the claim's discussion, or under one note (noteId; reopens its thread if resolved); an @mention that names nobody is refused",
    tag: "Notes",
    access: "signed-in",
    body: replySchema,
    responses: { "201": "the reply", "404": "the claim or the note is gone" },
  },
  {
    method: "put",
    path: "/api/claims/{id}/discussion",
    summary:
      "Resolve the claim's general discussion (folded, like a note's thread) or reopen it: the claim's author, repliers, reviewers",
    tag: "Notes",
    access: "signed-in",
    body: threadSchema,
    responses: { "200": "{resolved}" },
  },
  {
    method: "put",
    path: "/api/notes/{id}/thread",
    summary:
      "Resolve a note's reply thread (collapsed) or reopen it: the note's author, repliers in the thread, reviewers",
    tag: "Notes",
    access: "signed-in",
    body: threadSchema,
    responses: { "200": "{resolved}" },
  },
  {
    method: "put",
    path: "/api/me/handle",
    summary: "Change your own @handle",
    tag: "Accounts",
    access: "signed-in",
    body: handleChangeSchema,
    responses: { "200": "{handle}", "409": "someone has it" },
  },
  {
    method: "get",
    path: "/api/people",
    summary: "People to @mention (name and unique handle) matching q, best first, at most 8",
    tag: "Accounts",
    access: "signed-in",
    query: [{ name: "q", description: "what was typed after @" }],
    responses: { "200": "[{id, name, handle}]" },
  },
  {
    method: "post",
    path: "/api/claims/{id}/verdict",
    summary: "Publish the final verdict (second-pair-of-eyes rule applies)",
    tag: "Review",
    access: "reviewer",
    body: publishVerdictSchema,
    responses: { "200": "published", "409": "the claim changed since you opened it" },
  },
  {
    method: "post",
    path: "/api/claims/{id}/reopen",
    summary: "Reopen a reviewed claim, with a reason",
    tag: "Review",
    access: "reviewer",
    body: reopenSchema,
    responses: { "200": "reopened" },
  },
  {
    method: "post",
    path: "/api/review/assign",
    summary: "Assign claims to a reviewer (or unassign)",
    tag: "Review",
    access: "reviewer",
    body: assignSchema,
    responses: { "200": "assigned" },
  },
  {
    method: "post",
    path: "/api/review/status",
    summary: "Set claims' status",
    tag: "Review",
    access: "reviewer",
    body: setStatusSchema,
    responses: { "200": "saved" },
  },
  {
    method: "get",
    path: "/api/review/events",
    summary: "Server-sent events: changes on every document, for the review queue",
    tag: "Live",
    access: "reviewer",
    produces: "text/event-stream",
    responses: { "200": "an event stream (event: change)" },
  },
  {
    method: "get",
    path: "/api/inbox/unread",
    summary: "How many of your mentions are unread",
    tag: "Inbox",
    access: "signed-in",
    response: z.object({ unread: z.number().int() }),
    responses: { "200": "the count" },
  },
  {
    method: "post",
    path: "/api/inbox/read",
    summary: "Mark mentions read",
    tag: "Inbox",
    access: "signed-in",
    body: markReadSchema,
    responses: { "200": "marked" },
  },
  {
    method: "get",
    path: "/api/tokens",
    summary: "Your personal access tokens (all=1: everyone's, for admins); never their secrets",
    tag: "Tokens",
    access: "signed-in",
    query: [{ name: "all", description: "1: every user's (admins)" }],
    response: tokenListResponse,
    responses: { "200": "the tokens" },
  },
  {
    method: "post",
    path: "/api/tokens",
    summary: "Make a personal access token; its secret is in this answer only",
    tag: "Tokens",
    access: "signed-in",
    body: createTokenSchema,
    response: newTokenResponse,
    responses: { "201": "the token and its secret" },
  },
  {
    method: "delete",
    path: "/api/tokens/{id}",
    summary: "Revoke a token at once (its owner or an admin)",
    tag: "Tokens",
    access: "signed-in",
    response: tokenResponse,
    responses: { "200": "revoked" },
  },
  {
    method: "post",
    path: "/api/signup",
    summary: "Create an account",
    tag: "Accounts",
    access: "anyone",
    body: signUpSchema,
    responses: { "201": "created", "409": "the email has an account" },
  },
  {
    method: "put",
    path: "/api/users/{id}/role",
    summary: "Change a user's role",
    tag: "Accounts",
    access: "admin",
    body: roleChangeSchema,
    responses: { "200": "saved" },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    summary: "This description (OpenAPI 3.1)",
    tag: "Reference",
    access: "anyone",
    responses: { "200": "the OpenAPI document" },
  },
  {
    method: "get",
    path: "/api/docs",
    summary: "A readable reference page made from the OpenAPI document",
    tag: "Reference",
    access: "anyone",
    produces: "text/html",
    responses: { "200": "the reference page" },
  },
  {
    method: "get",
    path: "/api/documents/{slug}/suggestions",
    summary:
      "Check-worthy sentences of the current revision, best first (text, start, end in plain-text offsets, score, band, reasons), with the model that scored them; dismissed and already flagged ones, headings and questions left out",
    tag: "Suggestions",
    access: "anyone",
    query: [
      { name: "all", description: "1: also every sentence in text order with its score (for evaluating the model)" },
      { name: "dismissed", description: "1: the dismissed suggestions instead, latest first, with who dismissed each" },
    ],
    responses: { "200": "{revision, threshold, modelVersion, sentenceCount, suggestions, sentences (with all=1)}" },
  },
  {
    method: "post",
    path: "/api/suggestions/{id}/dismiss",
    summary: "Dismiss a suggested claim for everyone (recorded with who and when)",
    tag: "Suggestions",
    access: "signed-in",
    responses: { "200": "dismissed (again: unchanged)" },
  },
  {
    method: "post",
    path: "/api/suggestions/{id}/restore",
    summary: "Bring a dismissed suggestion back for everyone (the person who dismissed it, or a reviewer)",
    tag: "Suggestions",
    access: "signed-in",
    responses: { "200": "{id, restored}" },
  },
  {
    method: "get",
    path: "/api/admin/suggestions",
    summary:
      "The suggestions model in use (base or the desk's), its cross-validated figures on the desk's labels beside the base model's, the desk's label count, and any queued retrain or reset",
    tag: "Suggestions",
    access: "admin",
    responses: { "200": "{inUse, problem, evaluation, base, desk: {labels, positives, missing}, pending}" },
  },
  {
    method: "post",
    path: "/api/admin/suggestions/retrain",
    summary: "Retrain the suggestions on the desk's labels (flagged sentences, dismissed suggestions), by the worker",
    tag: "Suggestions",
    access: "admin",
    responses: { "202": "{queued, message}", "409": "too few labels: how many more are needed; nothing changed" },
  },
  {
    method: "post",
    path: "/api/admin/suggestions/reset",
    summary: "Go back to the base model: the desk's models retired and the documents re-scored, by the worker",
    tag: "Suggestions",
    access: "admin",
    responses: { "202": "{queued, message}" },
  },
  {
    method: "get",
    path: "/api/fact-checks/similar",
    summary:
      "Earlier fact-checks most likely of the same claim as a text: claims with a published final verdict in any document, and imported ClaimReviews; nothing below the relevance floor",
    tag: "Fact-checks",
    access: "anyone",
    query: [
      { name: "q", description: "the claim text or post (at least 3 characters; cut to its first 2,000)" },
      { name: "limit", description: "how many, from 1 (default 5; above 20 reads as 20)" },
      { name: "claim", description: "a claim id: leaves out that claim and the fact-checks already linked to it" },
      {
        name: "workspace",
        description:
          "the workspace to search (its slug): its fact-checks and those shared with it (default: the claim's)",
      },
      { name: "minStrength", description: "possible (default), close, or any (the top results without the floor)" },
    ],
    responses: {
      "200":
        "{query, truncated?, note?, matches: [{source: claimmark | imported, id, text, verdict, verdictCode, summary, publishedBy, date, url, documentTitle, score (0..1, calibrated), strength: close | possible | weak}]}",
    },
  },
  {
    method: "get",
    path: "/api/fact-checks",
    summary: "How many fact-checks are imported, and the latest 50",
    tag: "Fact-checks",
    access: "admin",
    responses: { "200": "{total, latest}" },
  },
  {
    method: "post",
    path: "/api/fact-checks",
    summary:
      "Import ClaimReview JSON-LD (one object, an array, or a DataFeed; JSON body or multipart file, up to 50 MB); a known URL is updated",
    tag: "Fact-checks",
    access: "admin",
    bodyTypes: ["application/ld+json", "multipart/form-data"],
    responses: {
      "200": "{created, updated, skipped: [{index, reason}]}",
      "413": "over 50 MB",
      "422": "not JSON, or no valid ClaimReview (nothing imported)",
    },
  },
  {
    method: "get",
    path: "/api/claims/{id}/links",
    summary: 'The claim\'s "Same claim" links, from both ends',
    tag: "Fact-checks",
    access: "anyone",
    responses: { "200": "the links" },
  },
  {
    method: "post",
    path: "/api/claims/{id}/links",
    summary: 'Link the claim to an earlier fact-check of the same claim ("Same claim")',
    tag: "Fact-checks",
    access: "signed-in",
    body: claimLinkSchema,
    responses: {
      "201": "linked",
      "409": "linked already",
      "422": "the claim has no published verdict, or is this claim",
    },
  },
  {
    method: "delete",
    path: "/api/claims/{id}/links/{linkId}",
    summary: 'Remove a "Same claim" link (its maker or a reviewer)',
    tag: "Fact-checks",
    access: "signed-in",
    responses: { "200": "removed" },
  },
  {
    method: "get",
    path: "/api/captures/{id}/{file}",
    summary: "A captured source's file: screenshot.png, page.pdf or page.mhtml (sandboxed; MHTML as a download)",
    tag: "Evidence",
    access: "anyone",
    produces: "application/octet-stream",
    responses: { "200": "the file, with its SHA-256 as ETag" },
  },
  {
    method: "post",
    path: "/api/captures/{id}/retry",
    summary: "Try a failed capture again",
    tag: "Evidence",
    access: "signed-in",
    responses: { "200": "queued", "409": "it has not failed" },
  },
  {
    method: "post",
    path: "/api/captures/recheck",
    summary: "Re-check every captured source now (fetch again, compare with the capture)",
    tag: "Evidence",
    access: "admin",
    responses: { "200": "{queued}" },
  },
  {
    method: "get",
    path: "/api/documents/{slug}/evidence.warc.gz",
    summary: "Every capture of the document's cited sources as a gzipped WARC 1.1 file",
    tag: "Evidence",
    access: "anyone",
    produces: "application/warc",
    responses: { "200": "the WARC file" },
  },
  {
    method: "post",
    path: "/api/markdown/preview",
    summary: "Render Markdown as notes show it (sanitised HTML); nothing is saved",
    tag: "Notes",
    access: "signed-in",
    responses: { "200": "{html}" },
  },
  {
    method: "get",
    path: "/api/me/preferences",
    summary: "Your reader settings and interface language",
    tag: "Accounts",
    access: "signed-in",
    responses: { "200": "{showSuggestions, locale}" },
  },
  {
    method: "put",
    path: "/api/me/preferences",
    summary:
      "Save your reader settings (the Suggestions toggle) or interface language (en, es, ar; null: the browser's)",
    tag: "Accounts",
    access: "signed-in",
    body: readerPreferencesSchema,
    responses: { "200": "saved" },
  },
  {
    method: "put",
    path: "/api/users/{id}/disabled",
    summary: "Disable or re-enable an account (ends its sessions)",
    tag: "Accounts",
    access: "admin",
    body: accountDisabledSchema,
    responses: { "200": "saved" },
  },
  ...WORKSPACE_OPERATIONS,
  ...PUBLISHING_OPERATIONS,
  ...SEARCH_OPERATIONS,
];

/** Routes that are not part of the public API (next-auth's own endpoints, the benchmark's empty route). */
export const UNDOCUMENTED_ROUTES = ["/api/auth/{nextauth}", "/api/bench/empty"];
