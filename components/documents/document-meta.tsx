import Link from "next/link";
import type { ReaderDocument } from "@/lib/data/documents/documents";

/** The document's byline and its revisions, above the reader. */
export function DocumentMeta({ document }: { document: Omit<ReaderDocument, "claims" | "content"> }) {
  const byline = [document.author, document.publisher, document.publishedOn].filter(Boolean).join(" · ");
  return (
    <div className="document-meta">
      {(byline || document.originalUrl) && (
        <p className="byline">
          {byline}
          {document.originalUrl && (
            <>
              {byline ? " · " : ""}
              <a href={document.originalUrl} rel="noopener noreferrer nofollow" target="_blank">
                Original
              </a>
            </>
          )}
        </p>
      )}
      {document.revisions.length > 1 && (
        <nav aria-label="Revisions" className="revision-list">
          <span>
            Revision {document.revision} of {document.currentRevision}:
          </span>{" "}
          {document.revisions.map((r) => (
            <span key={r.number}>
              {r.number === document.revision ? (
                <strong aria-current="page">{r.number}</strong>
              ) : (
                <Link
                  href={
                    r.number === document.currentRevision
                      ? `/documents/${document.slug}`
                      : `/documents/${document.slug}?rev=${r.number}`
                  }
                  aria-label={`Revision ${r.number}`}
                >
                  {r.number}
                </Link>
              )}{" "}
            </span>
          ))}
        </nav>
      )}
      {document.archived && <p className="tag">Archived: hidden from the document list.</p>}
    </div>
  );
}
