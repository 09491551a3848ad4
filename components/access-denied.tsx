import Link from "next/link";

/** The page shown instead of a screen the visitor's role does not open. */
export function AccessDenied({ status, message }: { status: number; message: string }) {
  return (
    <main className="page page-narrow">
      <h1>{status === 401 ? "Sign in needed" : "Not allowed"}</h1>
      <p>{message}</p>
      {status === 401 && <Link href="/signin">Sign in</Link>}
    </main>
  );
}
