import { z } from "zod";
import { TOKEN_SCOPES } from "../auth/api-token";

/** Longest a token may live, in days (a year): long-lived secrets leak. */
export const MAX_TOKEN_DAYS = 366;

export const createTokenSchema = z.object({
  name: z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, "Give the token a name, e.g. the tool that will use it.")
        .max(100, "A token's name can be at most 100 characters."),
    ),
  scopes: z
    .array(z.enum(TOKEN_SCOPES, { message: "Scopes are read, write and admin." }))
    .refine((scopes) => scopes.includes("read") || scopes.includes("write"), "Choose read, write or both.")
    .transform((scopes) => [...new Set(scopes)].sort()),
  /** Days until it expires; null: it does not expire. */
  expiresInDays: z
    .number()
    .int("Give the expiry in whole days.")
    .min(1, "A token lives at least a day.")
    .max(MAX_TOKEN_DAYS, `A token lives at most ${MAX_TOKEN_DAYS} days.`)
    .nullable(),
  /** The slug of the workspace it answers within (one the person is in; their first when absent). */
  workspace: z.string().trim().max(100, "A workspace's address is at most 100 characters.").optional(),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;
