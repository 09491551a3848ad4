import Link from "next/link";

/** "Previous page · Page N of M · Next page" under a list of documents (server-rendered links). */
export function DocumentPager({
  page,
  pages,
  hrefOf,
}: {
  page: number;
  pages: number;
  hrefOf: (page: number) => string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Document pages" className="pager">
      {page > 1 && <Link href={hrefOf(page - 1)}>Previous page</Link>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && <Link href={hrefOf(page + 1)}>Next page</Link>}
    </nav>
  );
}
