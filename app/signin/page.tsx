import type { Metadata } from "next";
import Link from "next/link";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/server/env";

// The codes next-auth and the OAuth sign-in callback (server/auth-options.ts) send back here;
// only these are shown, never text taken from the URL.
const ERRORS: Record<string, string> = {
  OAuthUnverified: "Your provider has not verified that email address, so Claimmark cannot use it to sign you in.",
  OAuthNoEmail: "Your provider did not share an email address, which Claimmark needs to sign you in.",
  AccountDisabled: "This account is disabled. Ask an admin to enable it.",
  AccessDenied: "Sign-in was refused.",
};

function signInErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return ERRORS[code] ?? "Sign-in did not work. Try again.";
}

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const query = searchParamsFrom(await searchParams);
  const callbackUrl = query.get("callbackUrl") ?? undefined;
  const error = signInErrorMessage(query.get("error"));
  const e = env();
  const providers = [
    ...(e.GITHUB_ID && e.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
  return (
    <main className="page page-narrow">
      <h1>Sign in</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl ?? "/"} oauthProviders={providers} />
      <p>
        No account yet?{" "}
        <Link href={`/signup${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>Create one</Link>.
      </p>
    </main>
  );
}
