import { z } from "zod";
import { VERDICTS } from "../verdicts";
import {
  deskSettingsSchema,
  publishFactCheckSchema,
  unpublishFactCheckSchema,
  updateFactCheckSchema,
} from "../validation/publishing";
import type { Operation } from "./operations";

const iso = z.string().describe("ISO 8601 date-time");
const organisation = z.object({ "@type": z.literal("Organization"), name: z.string(), url: z.string().optional() });

/**
 * The schema.org ClaimReview each public page /fact-checks/{slug} carries in JSON-LD (one per
 * page, lib/publishing/claim-review-jsonld.ts), and that the published list answers with.
 */
export const claimReviewResponse = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string().describe("the public page"),
    name: z.string().describe("the headline"),
    claimReviewed: z.string(),
    reviewBody: z.string().describe("the public summary"),
    datePublished: z.string().describe("YYYY-MM-DD, the first publication (never changes)"),
    dateModified: iso,
    inLanguage: z.string().describe("BCP 47"),
    author: organisation.extend({
      logo: z.object({ "@type": z.literal("ImageObject"), url: z.string() }).optional(),
    }),
    reviewRating: z.object({
      "@type": z.literal("Rating"),
      alternateName: z.string().describe("the verdict in words"),
      ratingValue: z.number().optional().describe("on the desk's scale; absent for a verdict with no number"),
      bestRating: z.number().optional(),
      worstRating: z.number().optional(),
    }),
    itemReviewed: z.object({
      "@type": z.literal("Claim"),
      author: z.object({ "@type": z.literal("Person"), name: z.string() }).optional(),
      datePublished: z.string().optional(),
      appearance: z
        .array(z.object({ "@type": z.literal("CreativeWork"), url: z.string(), publisher: organisation.optional() }))
        .optional(),
    }),
    license: z.string().optional(),
  })
  .describe("schema.org ClaimReview, as embedded in each public fact-check page");

export const publishedListResponse = z.object({
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  items: z.array(
    z.object({
      url: z.string(),
      slug: z.string(),
      headline: z.string(),
      verdict: z.enum(VERDICTS),
      claimReviewed: z.string(),
      summary: z.string(),
      datePublished: iso,
      dateModified: iso,
      underReviewSince: iso.nullable().describe("the claim was reopened: the verdict may change"),
      corrections: z.array(z.object({ note: z.string(), at: iso })),
      claimReview: claimReviewResponse,
    }),
  ),
});

const CLAIM_NOT_FOUND = "no such claim, or one in a workspace the caller may not read";

/** Publishing fact-checks to the public (lib/data/publishing), and what the public reads. */
export const PUBLISHING_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/fact-checks/published",
    summary: "Public fact-checks, newest first, each with its ClaimReview (no session read; CORS open; ETag and 304)",
    tag: "Publishing",
    access: "anyone",
    query: [
      { name: "q", description: "words in the headline, the claim or who made it" },
      { name: "verdict", description: `one of ${VERDICTS.join(", ")}` },
      { name: "page", description: "page number from 1" },
      { name: "pageSize", description: "1 to 100 (default 20)" },
    ],
    response: publishedListResponse,
    responses: { "200": "a page of public fact-checks", "304": "unchanged since the ETag sent in If-None-Match" },
  },
  {
    method: "get",
    path: "/api/oembed",
    summary: "oEmbed 1.0 for a public fact-check page: a rich type framing /fact-checks/{slug}/embed",
    tag: "Publishing",
    access: "anyone",
    query: [
      { name: "url", description: "the public page, https://…/fact-checks/{slug}" },
      { name: "maxwidth", description: "largest width in pixels (default 560)" },
      { name: "maxheight", description: "largest height in pixels (default 320)" },
      { name: "format", description: "json (xml answers 501)" },
    ],
    responses: {
      "200": "{version, type: rich, title, provider_name, provider_url, width, height, html}",
      "404": "not a fact-check published here",
      "501": "a format other than json",
    },
  },
  {
    method: "get",
    path: "/api/claims/{id}/fact-check",
    summary: "The claim's public fact-check as the publishing form starts from it (Editors of its workspace)",
    tag: "Publishing",
    access: "signed-in",
    responses: {
      "200": "{state: none|published|unpublished, slug, blocker, fields, sources: [{url, title, chosen}]}",
      "404": CLAIM_NOT_FOUND,
    },
  },
  {
    method: "post",
    path: "/api/claims/{id}/fact-check",
    summary: "Publish fact-check: makes /fact-checks/{slug} public (again at the same address after unpublishing)",
    tag: "Publishing",
    access: "reviewer",
    body: publishFactCheckSchema,
    responses: {
      "201": "{slug}: published",
      "200": "{slug}: published again at its old address",
      "409": "no published final verdict with a source yet, or already published",
      "422": "a source that is not one of the claim's (fieldErrors.sources)",
      "404": CLAIM_NOT_FOUND,
    },
  },
  {
    method: "patch",
    path: "/api/claims/{id}/fact-check",
    summary: "Update fact-check: the page takes the current verdict and these fields, and shows the correction note",
    tag: "Publishing",
    access: "reviewer",
    body: updateFactCheckSchema,
    responses: { "200": "{slug}", "409": "not published, or the claim is under review again", "404": CLAIM_NOT_FOUND },
  },
  {
    method: "post",
    path: "/api/claims/{id}/fact-check/unpublish",
    summary: "Unpublish: the public address answers 410 Gone with the reason",
    tag: "Publishing",
    access: "reviewer",
    body: unpublishFactCheckSchema,
    responses: { "200": "{slug}", "409": "not published", "404": CLAIM_NOT_FOUND },
  },
  {
    method: "get",
    path: "/api/admin/settings",
    summary: "The desk's publishing settings: organisation, licence, rating scale, reviewer names",
    tag: "Publishing",
    access: "admin",
    responses: { "200": "the settings" },
  },
  {
    method: "put",
    path: "/api/admin/settings",
    summary: "Save the desk's publishing settings (site administrators); public pages show them at once",
    tag: "Publishing",
    access: "admin",
    body: deskSettingsSchema,
    responses: { "200": "the saved settings" },
  },
];
