import { useTranslations } from "next-intl";

/** How many open claims wait for this reviewer, shown beside "Review" in the header. */
export function ReviewCount({ count }: { count: number }) {
  const t = useTranslations("Layout");
  if (count === 0) return null;
  return (
    <span className="count-badge" aria-label={t("assignedToYou", { count })}>
      {count}
    </span>
  );
}
