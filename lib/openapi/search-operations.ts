import { z } from "zod";
import { SEARCH_TYPES } from "../validation/search";
import type { Operation } from "./operations";

const snippet = z.array(z.object({ text: z.string(), match: z.boolean().describe("one of the words searched for") }));

export const searchResponse = z.object({
  q: z.string(),
  total: z.number().int().min(0).describe("matches found, each kind counted up to 1,000"),
  more: z.boolean().describe("some kind had more than 1,000 matches: total is a lower bound"),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  results: z.array(
    z.object({
      type: z.enum(SEARCH_TYPES),
      id: z.string(),
      title: z.string(),
      url: z.string(),
      snippet,
      workspace: z.object({ slug: z.string(), name: z.string() }),
      date: z.string().describe("ISO 8601"),
      verdict: z.string().nullable(),
      status: z.string().nullable(),
    }),
  ),
});

/** One search over everything the caller may read (lib/data/search). */
export const SEARCH_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/search",
    summary:
      "Search documents (title and text), claims, notes (rationales and sources), replies and imported fact-checks, newest first, in the workspaces the caller may read",
    tag: "Search",
    access: "anyone",
    query: [
      { name: "q", description: "the words; every one must appear (at most 200 characters)" },
      { name: "type", description: SEARCH_TYPES.join(", ") },
      { name: "workspace", description: "a workspace's address" },
      { name: "verdict", description: "a claim's final verdict or a note's verdict" },
      { name: "status", description: "FLAGGED, IN_REVIEW or REVIEWED: claims, and notes and replies by their claim" },
      { name: "from", description: "YYYY-MM-DD, written on or after" },
      { name: "to", description: "YYYY-MM-DD, written on or before" },
      { name: "page", description: "page number from 1 (20 results a page)" },
    ],
    response: searchResponse,
    responses: { "200": "a page of results, each with a snippet whose found words are marked" },
  },
];
