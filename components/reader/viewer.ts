import type { AccessRole } from "@/lib/roles";

/** The signed-in person as the reader's client components need them. */
export interface Viewer {
  id: string;
  name: string;
  /** Their role in the document's workspace (lib/roles.ts AccessRole). */
  role: AccessRole;
}
