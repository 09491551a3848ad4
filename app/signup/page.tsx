import type { Metadata } from "next";
import Link from "next/link";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const callbackUrl = searchParamsFrom(await searchParams).get("callbackUrl") ?? undefined;
  return (
    <main className="page page-narrow">
      <h1>Create an account</h1>
      <SignUpForm callbackUrl={callbackUrl ?? "/"} />
      <p>
        Already have one? <Link href="/signin">Sign in</Link>.
      </p>
    </main>
  );
}
