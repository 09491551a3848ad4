import { z } from "zod";
import { MAX_CLAIM_LENGTH } from "../anchoring/selection";

/**
 * Flagging a claim: the selection's plain-text offsets and the text the reader saw there.
 * The server recomputes both selectors from its own copy of the text and refuses the flag
 * when `exact` no longer matches (the document changed under the reader).
 */
export const flagClaimSchema = z.object({
  start: z.number().int("Offsets are whole numbers.").min(0, "The selection is outside the document."),
  end: z.number().int("Offsets are whole numbers.").min(0, "The selection is outside the document."),
  exact: z.string().max(MAX_CLAIM_LENGTH, `A claim can be at most ${MAX_CLAIM_LENGTH} characters.`),
});
export type FlagClaimInput = z.infer<typeof flagClaimSchema>;
