import { z } from "zod";
import { CLAIM_STATUSES } from "../claim-status";
import { VERDICTS } from "../verdicts";

export const MAX_SUMMARY_LENGTH = 2000;

/** Publishing a final verdict; `version` is the claim version the reviewer saw. */
export const publishVerdictSchema = z.object({
  verdict: z.enum(VERDICTS, { error: "Choose a verdict from the scale." }),
  summary: z
    .string()
    .trim()
    .min(1, "Write the summary the report will show.")
    .max(MAX_SUMMARY_LENGTH, `The summary can be at most ${MAX_SUMMARY_LENGTH.toLocaleString("en")} characters.`),
  version: z.number().int().min(0),
  /** An admin settling a claim that does not meet the second-pair-of-eyes rule, on the record. */
  adminOverride: z.boolean().optional(),
});

export const reopenSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "Say why the claim is reopened.")
    .max(2000, "The reason can be at most 2,000 characters."),
  version: z.number().int().min(0),
  adminOverride: z.boolean().optional(),
});

const claimIds = z
  .array(z.string().min(1))
  .min(1, "Select at least one claim.")
  .max(500, "Select at most 500 claims at once.");

export const assignSchema = z.object({
  claimIds,
  /** null unassigns */
  assigneeId: z.string().min(1).nullable(),
});

export const setStatusSchema = z.object({
  claimIds,
  status: z.enum(CLAIM_STATUSES, { error: "Choose a status." }),
});

export const replySchema = z.object({
  body: z.string().trim().min(1, "Write a reply.").max(10_000, "A reply can be at most 10,000 characters."),
  /** The note the reply answers (threaded under it); absent for the claim's general discussion. */
  noteId: z.string().min(1).max(100).optional(),
});

export const threadSchema = z.object({
  resolved: z.boolean({ error: "Say whether the thread is resolved (true) or reopened (false)." }),
});
