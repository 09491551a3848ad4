import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RevisionInfo } from "@/lib/data/documents/documents";

/** "Revision 2 of 3: 1 2 3": the revision shown, and links to the others. */
export function RevisionNav({
  slug,
  revision,
  currentRevision,
  revisions,
}: {
  slug: string;
  revision: number;
  currentRevision: number;
  revisions: RevisionInfo[];
}) {
  const t = useTranslations("RevisionNav");
  if (revisions.length < 2) return null;
  return (
    <nav aria-label={t("label")} className="revision-list">
      <span>{t("revisionOf", { revision, currentRevision })}</span>{" "}
      {revisions.map((r) => (
        <span key={r.number}>
          {r.number === revision ? (
            <strong aria-current="page">{r.number}</strong>
          ) : (
            <Link
              href={r.number === currentRevision ? `/documents/${slug}` : `/documents/${slug}?rev=${r.number}`}
              aria-label={t("revision", { number: r.number })}
            >
              {r.number}
            </Link>
          )}{" "}
        </span>
      ))}
    </nav>
  );
}
