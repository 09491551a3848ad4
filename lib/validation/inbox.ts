import { z } from "zod";

/** Marking inbox items read: some by id, or all of them. */
export const markReadSchema = z.union([
  z.object({
    ids: z.array(z.string().min(1).max(100)).min(1, "Choose at least one item.").max(500, "At most 500 items at once."),
  }),
  z.object({ all: z.literal(true) }),
]);
export type MarkReadInput = z.infer<typeof markReadSchema>;
