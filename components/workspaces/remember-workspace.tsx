"use client";

import { useEffect } from "react";
import { rememberWorkspace } from "./current-workspace-cookie";

/** Placed on a workspace's page: opening it makes it the current workspace. */
export function RememberWorkspace({ slug }: { slug: string }) {
  useEffect(() => rememberWorkspace(slug), [slug]);
  return null;
}
