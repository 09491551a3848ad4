import { useTranslations } from "next-intl";
import type { SourceView } from "@/lib/data/claims/claim-detail";
import { domainOf } from "@/lib/text/domain-of";
import { CaptureStatus } from "./capture-status";

/** A note's sources as links that never hand the cited site a window handle or referrer. */
export function SourceList({ sources }: { sources: SourceView[] }) {
  const t = useTranslations("NoteForm");
  if (sources.length === 0) return null;
  return (
    <ul className="source-list" aria-label={t("sources")}>
      {sources.map((source, index) => {
        // The title typed with the note, else the one its capture found, else the address.
        const title = source.title || source.capture?.title || null;
        return (
          <li key={index}>
            <a href={source.url} rel="noopener noreferrer nofollow" target="_blank">
              {title || source.url}
            </a>
            {title && <span className="source-domain"> ({domainOf(source.url)})</span>}
            {source.capture && <CaptureStatus capture={source.capture} />}
          </li>
        );
      })}
    </ul>
  );
}
