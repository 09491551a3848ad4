"use client";

import Link from "next/link";

/** Shown when a page fails on the server; the details are in the server log, never shown here. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="page page-narrow">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Nothing you saved was lost. Try again, or go back to the documents.</p>
      <p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>{" "}
        <Link href="/">Back to the documents</Link>
      </p>
    </main>
  );
}
