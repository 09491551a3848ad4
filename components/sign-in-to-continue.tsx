"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** "Sign in", returning to the page the visitor is on. */
export function SignInToContinue() {
  const path = usePathname() || "/";
  return <Link href={`/signin?callbackUrl=${encodeURIComponent(path)}`}>Sign in</Link>;
}
