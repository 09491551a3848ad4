import Link from "next/link";

export default function NotFound() {
  return (
    <main className="page page-narrow">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been moved, or the link may be mistyped.</p>
      <p>
        <Link href="/">Back to the documents</Link>
      </p>
    </main>
  );
}
