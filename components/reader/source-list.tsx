import type { SourceView } from "@/lib/data/claim-detail";

/** A note's sources as links that never hand the cited site a window handle or referrer. */
export function SourceList({ sources }: { sources: SourceView[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="source-list" aria-label="Sources">
      {sources.map((source, index) => (
        <li key={index}>
          <a href={source.url} rel="noopener noreferrer nofollow" target="_blank">
            {source.title || source.url}
          </a>
        </li>
      ))}
    </ul>
  );
}
