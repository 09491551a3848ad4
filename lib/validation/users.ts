import { z } from "zod";
import { HANDLE_PATTERN } from "../people/handles";
import { ROLES } from "../roles";

/** An admin changing a user's role. */
export const roleChangeSchema = z.object({
  role: z.enum(ROLES, { message: `Role must be one of ${ROLES.join(", ")}.` }),
});

/** An admin disabling or re-enabling an account. */
export const accountDisabledSchema = z.object({
  disabled: z.boolean({ message: 'Send {"disabled": true} or {"disabled": false}.' }),
});

/** Someone choosing their own @handle ("@" typed in front is fine; stored lower-case). */
export const handleChangeSchema = z.object({
  handle: z
    .string({ message: "Write a handle." })
    .trim()
    .transform((value) => value.replace(/^@/, "").toLowerCase())
    .pipe(
      z
        .string()
        .regex(
          HANDLE_PATTERN,
          "A handle is 2 to 30 letters (a–z), digits and single hyphens, starting with a letter or digit.",
        ),
    ),
});
