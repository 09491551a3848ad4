import { useTranslations } from "next-intl";

/**
 * A document's claims as one bar, flagged, in review and published, with the same in words
 * (read by screen readers and shown beneath), so the bar is never the only way to tell.
 */
export function ClaimProgress({
  flagged,
  inReview,
  published,
}: {
  flagged: number;
  inReview: number;
  published: number;
}) {
  const t = useTranslations("ClaimProgress");
  const total = flagged + inReview + published;
  if (total === 0) return <span className="progress-words">{t("none")}</span>;
  const share = (n: number) => `${(100 * n) / total}%`;
  const words = t("summary", { flagged, inReview, published });

  return (
    <div>
      <div className="progress-bar" role="img" aria-label={words}>
        <span className="progress-flagged" style={{ width: share(flagged) }} />
        <span className="progress-in-review" style={{ width: share(inReview) }} />
        <span className="progress-published" style={{ width: share(published) }} />
      </div>
      <span className="progress-words" aria-hidden="true">
        {words}
      </span>
    </div>
  );
}
