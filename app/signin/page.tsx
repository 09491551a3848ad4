import type { Metadata } from "next";
import Link from "next/link";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const callbackUrl = searchParamsFrom(await searchParams).get("callbackUrl") ?? undefined;
  const e = env();
  const providers = [
    ...(e.GITHUB_ID && e.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
  return (
    <main className="page page-narrow">
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl ?? "/"} oauthProviders={providers} />
      <p>
        No account yet? <Link href={`/signup${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>Create one</Link>.
      </p>
    </main>
  );
}
