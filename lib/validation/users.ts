import { z } from "zod";
import { ROLES } from "../roles";

/** An admin changing a user's role. */
export const roleChangeSchema = z.object({ role: z.enum(ROLES, { message: `Role must be one of ${ROLES.join(", ")}.` }) });

/** An admin disabling or re-enabling an account. */
export const accountDisabledSchema = z.object({ disabled: z.boolean({ message: 'Send {"disabled": true} or {"disabled": false}.' }) });
