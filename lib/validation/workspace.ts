import { z } from "zod";
import { VISIBILITIES } from "../workspaces/visibility";
import { WORKSPACE_ROLES } from "../workspaces/workspace-roles";
import { workspaceSlugProblem } from "../workspaces/workspace-slug";
import { emailSchema } from "./auth";

const name = z
  .string({ message: "Give the workspace a name." })
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "Give the workspace a name.").max(100, "A name can be at most 100 characters."));

const visibility = z.enum(VISIBILITIES, { message: "Choose Private or Open." });

/** An address typed by hand; left out, it is made from the name. */
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((value, ctx) => {
    const problem = workspaceSlugProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** "Create workspace". */
export const createWorkspaceSchema = z.object({
  name,
  visibility,
  slug: z.union([z.literal("").transform(() => undefined), slug]).optional(),
});

/** A workspace's settings (its Admins): any of its name, visibility and fact-check sharing. */
export const workspaceSettingsSchema = z.object({
  name: name.optional(),
  visibility: visibility.optional(),
  shareFactChecks: z.boolean({ message: "Say whether to share published fact-checks (true or false)." }).optional(),
});

const role = z.enum(WORKSPACE_ROLES, { message: "Choose a role: Viewer, Checker, Editor or Admin." });

/** A member's new role. */
export const memberRoleSchema = z.object({ role });

/** "Create invitation". */
export const invitationSchema = z.object({ email: emailSchema, role });

/** Archiving a workspace, or restoring it (site administrators). */
export const workspaceArchiveSchema = z.object({
  archived: z.boolean({ message: "Say whether the workspace is archived (true or false)." }),
});

/** Whether new accounts join the Default workspace (site administrators). */
export const joinSettingSchema = z.object({
  join: z.boolean({ message: 'Send {"join": true} or {"join": false}.' }),
});
