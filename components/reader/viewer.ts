import type { Role } from "@/lib/roles";

/** The signed-in person as the reader's client components need them. */
export interface Viewer {
  id: string;
  name: string;
  role: Role;
}
