import { useLocale, useTranslations } from "next-intl";
import type { ReaderDocument } from "@/lib/data/documents/documents";
import { domainOf } from "@/lib/text/domain-of";
import type { Locale } from "@/lib/i18n/locales";
import { readableDate } from "@/lib/text/readable-date";

/** "14 Mar 2026" for a full date; a partial or free-form one ("March 2026") as it was typed. */
const publishedDate = (value: string, locale: Locale) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? readableDate(value, locale) : value;

/**
 * The document's title (the page's H1, unless the text opens with it as its own heading) and
 * its byline with each part labelled, under the reader's toolbar (which has its revisions).
 */
export function DocumentMeta({
  document,
  titleInText,
}: {
  document: Omit<ReaderDocument, "claims" | "content">;
  /** The text's first heading is the title: it is the H1, and is not printed twice. */
  titleInText: boolean;
}) {
  const t = useTranslations("DocumentMeta");
  const locale = useLocale();
  const parts = [
    document.author && { label: t("author"), value: <>{document.author}</> },
    document.publisher && { label: t("publisher"), value: <>{document.publisher}</> },
    document.publishedOn && {
      label: t("published"),
      value: <time dateTime={document.publishedOn}>{publishedDate(document.publishedOn, locale)}</time>,
    },
    document.originalUrl && {
      label: t("original"),
      value: (
        <a href={document.originalUrl} rel="noopener noreferrer nofollow" target="_blank">
          {domainOf(document.originalUrl)}
        </a>
      ),
    },
  ].filter((part) => Boolean(part)) as { label: string; value: React.ReactNode }[];
  return (
    <div className="document-meta">
      {/* dir="auto": an Arabic or Hebrew title reads right to left, whatever the page's direction. */}
      {!titleInText && (
        <h1 className="document-title" dir="auto">
          {document.title}
        </h1>
      )}
      {parts.length > 0 && (
        <p className="byline">
          {parts.map((part, i) => (
            <span key={part.label}>
              {i > 0 && " · "}
              <span className="byline-label">{part.label}</span> {part.value}
            </span>
          ))}
        </p>
      )}
      {document.archived && <p className="tag">{t("archived")}</p>}
    </div>
  );
}
