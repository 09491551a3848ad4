import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="page page-narrow">
      <h1>Not allowed</h1>
      <p>
        Your account’s role does not open this page. Reviewers work the review queue and its statistics; admins also
        manage users and read the audit log. Ask an admin if you need a role.
      </p>
      <Link href="/">Back to the documents</Link>
    </main>
  );
}
