"use client";

import { useEffect, useState } from "react";
import {
  describeRevisionOutcome,
  revisionOutcomeKey,
  type RevisionOutcomeCounts,
} from "@/lib/document/revision-outcome";

/**
 * After "Import new version", the reader says once what became of the claims (the import
 * form left the counts in this tab's sessionStorage); a reload does not repeat it.
 */
export function RevisionOutcomeNotice({ slug }: { slug: string }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const key = revisionOutcomeKey(slug);
    const saved = window.sessionStorage.getItem(key);
    if (!saved) return;
    window.sessionStorage.removeItem(key);
    try {
      // Shown after the first paint: the page was rendered on the server without it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setText(describeRevisionOutcome(JSON.parse(saved) as RevisionOutcomeCounts));
    } catch {
      // an unreadable entry: nothing to say
    }
  }, [slug]);
  return (
    <p role="status" className={text ? "notice revision-outcome" : "visually-hidden"}>
      {text}
    </p>
  );
}
