import { z } from "zod";
import { CLAIM_STATUSES } from "../claim-status";
import { VERDICTS } from "../verdicts";
import { day } from "./document";

export const SEARCH_TYPES = ["document", "claim", "note", "reply", "fact-check"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const MAX_SEARCH_LENGTH = 200;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** A search as the page's form and GET /api/search send it (every field a query parameter). */
export const searchSchema = z.object({
  q: z
    .string({ error: "Type what to search for." })
    .transform((value) => value.trim().slice(0, MAX_SEARCH_LENGTH))
    .pipe(z.string().min(1, "Type what to search for.")),
  type: optional(z.enum(SEARCH_TYPES, { error: `Choose a type: ${SEARCH_TYPES.join(", ")}.` })),
  workspace: optional(z.string().max(100)),
  verdict: optional(z.enum(VERDICTS, { error: "Choose a verdict from the scale." })),
  status: optional(z.enum(CLAIM_STATUSES, { error: "Choose a status." })),
  from: day,
  to: day,
  page: optional(z.coerce.number().int().min(1).max(500)),
});

export type SearchInput = z.output<typeof searchSchema>;
