import { z } from "zod";
import { ANCHOR_STATES } from "../anchoring/anchor-state";
import { TOKEN_SCOPES } from "../auth/api-token";
import { CLAIM_STATUSES } from "../claim-status";
import { VERDICTS } from "../verdicts";

// What the main JSON operations answer, as zod schemas: the OpenAPI document shows them, and
// the end-to-end tests check real answers against that document (e2e/openapi-check.ts).

const iso = z.string().describe("ISO 8601 date-time");

export const claimSummaryResponse = z.object({
  id: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string(),
  status: z.enum(CLAIM_STATUSES),
  finalVerdict: z.enum(VERDICTS).nullable(),
  noteCount: z.number().int().min(0),
  authorId: z.string(),
  anchored: z.boolean(),
  anchorState: z.enum(ANCHOR_STATES),
  sourceChanged: z.boolean().describe("a source its final verdict cites changed or went away since the verdict"),
});

export const claimListResponse = z.array(claimSummaryResponse);

export const documentListResponse = z.object({
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  total: z.number().int().min(0),
  documents: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      author: z.string().nullable(),
      createdAt: iso,
      claimCount: z.number().int().min(0),
      flaggedCount: z.number().int().min(0),
      inReviewCount: z.number().int().min(0),
      reviewedCount: z.number().int().min(0),
      archived: z.boolean(),
    }),
  ),
});

export const importResponse = z.object({
  slug: z.string(),
  title: z.string(),
  revision: z.number().int().min(1),
  note: z.string().nullable(),
});

export const tokenResponse = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(TOKEN_SCOPES)),
  createdAt: iso,
  lastUsedAt: iso.nullable(),
  expiresAt: iso.nullable(),
  revokedAt: iso.nullable(),
  ownerName: z.string(),
  ownerId: z.string(),
});

export const tokenListResponse = z.array(tokenResponse);
export const newTokenResponse = tokenResponse.extend({ secret: z.string().regex(/^cm_[\w-]{43,}$/) });
