"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { revisionOutcomeKey, type RevisionOutcomeCounts } from "@/lib/document/revision-outcome";

/**
 * After "Import new version", the reader says once what became of the claims (the import
 * form left the counts in this tab's sessionStorage); a reload does not repeat it.
 */
export function RevisionOutcomeNotice({ slug }: { slug: string }) {
  const t = useTranslations("RevisionOutcome");
  const [counts, setCounts] = useState<RevisionOutcomeCounts | null>(null);
  useEffect(() => {
    const key = revisionOutcomeKey(slug);
    const saved = window.sessionStorage.getItem(key);
    if (!saved) return;
    window.sessionStorage.removeItem(key);
    try {
      // Shown after the first paint: the page was rendered on the server without it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setCounts(JSON.parse(saved) as RevisionOutcomeCounts);
    } catch {
      // an unreadable entry: nothing to say
    }
  }, [slug]);
  // "Revision 2: 12 unchanged, 3 reworded — check their verdicts, 1 orphaned — re-attach it from
  // the list." Only the parts that happened.
  let text: string | null = null;
  if (counts) {
    const { revision, exact, fuzzy, orphaned } = counts;
    const parts = [
      exact > 0 ? t("unchanged", { count: exact }) : "",
      fuzzy > 0 ? t("reworded", { count: fuzzy }) : "",
      orphaned > 0 ? t("orphaned", { count: orphaned }) : "",
    ].filter(Boolean);
    text =
      parts.length === 0
        ? t("nothingMoved", { revision })
        : t("summary", { revision, parts: parts.join(t("separator")) });
  }
  return (
    <p role="status" className={text ? "notice revision-outcome" : "visually-hidden"}>
      {text}
    </p>
  );
}
