"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ClaimLinkView } from "@/lib/data/claims/claim-links";
import type { FactCheckMatch } from "@/lib/data/fact-checks/similar-fact-checks";

import type { Verdict } from "@/lib/verdicts";
import { callApi } from "../../api-client";
import { FormattedDate } from "../../formatted-date";
import type { Viewer } from "../viewer";
import { FoldingSection } from "./folding-section";
import { VerdictChip } from "@/components/chips";

/** What "Start a note from it" puts in the note form: the earlier verdict, and the earlier fact-check as a source. */
export interface NotePrefill {
  verdict?: Verdict;
  rationale: string;
  sources: { url: string; title: string | null }[];
}

interface Props {
  claimId: string;
  text: string;
  links: ClaimLinkView[];
  viewer: Viewer | null;
  /** After a link is made or removed: reload the claim. */
  onLinksChanged: () => void;
  onStartNote: (prefill: NotePrefill) => void;
}

const absolute = (url: string) => new URL(url, window.location.origin).toString();

/** The note's words, in the person's language: "Same claim as an earlier fact-check: …". */
type PrefillWords = ReturnType<typeof useTranslations<"SimilarFactChecks">>;

function prefillFrom(
  t: PrefillWords,
  match: {
    text: string;
    verdict: string | null;
    verdictCode?: Verdict | null;
    url: string;
    publishedBy?: string | null;
    documentTitle?: string | null;
    context?: string | null;
    date?: string | null;
  },
): NotePrefill {
  const where = match.publishedBy ?? match.context ?? match.documentTitle ?? null;
  const rated = match.verdict ? t("prefillRated", { verdict: match.verdict }) : "";
  const place = where ? ` (${where}${match.date ? `, ${match.date.slice(0, 10)}` : ""})` : "";
  return {
    verdict: match.verdictCode ?? undefined,
    rationale: t("prefillRationale", { text: match.text, rated, place }),
    sources: [{ url: absolute(match.url), title: where ? t("prefillSourceAt", { where }) : t("prefillSource") }],
  };
}

/**
 * "Similar fact-checks": earlier claims with a published verdict (any document) and imported
 * fact-checks, ranked by similarity to this claim, each with its strength in words ("Close match",
 * "Possible match"); below the relevance floor, "No close match". Nothing is linked automatically: "Same claim"
 * links one, and "Start a note from it" prefills a note the person still writes and publishes.
 */
export function SimilarFactChecks({ claimId, text, links, viewer, onLinksChanged, onStartNote }: Props) {
  // Matches are kept with the query they answer: a new claim or wording shows "loading" until its own arrive.
  const t = useTranslations("SimilarFactChecks");
  const strengthLabel = useTranslations("Strengths");
  const query = `${claimId}\n${text}`;
  const [found, setFound] = useState<{ query: string; matches: FactCheckMatch[] } | null>(null);
  const matches = found?.query === query ? found.matches : null;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void callApi<{ matches: FactCheckMatch[] }>(
      `/api/fact-checks/similar?q=${encodeURIComponent(text.slice(0, 2000))}&claim=${encodeURIComponent(claimId)}&limit=5`,
      "GET",
    ).then((result) => {
      if (!current) return;
      if (result.ok) setFound({ query: `${claimId}\n${text}`, matches: result.data.matches });
      else setError(result.message);
    });
    return () => {
      current = false;
    };
  }, [claimId, text]);

  const linkedIds = new Set(links.map((l) => l.targetId));
  async function link(match: FactCheckMatch) {
    setBusy(true);
    const result = await callApi(
      `/api/claims/${claimId}/links`,
      "POST",
      match.source === "claimmark" ? { claimId: match.id } : { factCheckId: match.id },
    );
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    onLinksChanged();
  }
  async function unlink(linkId: string) {
    setBusy(true);
    const result = await callApi(`/api/claims/${claimId}/links/${linkId}`, "DELETE");
    setBusy(false);
    if (!result.ok) return setError(result.message);
    onLinksChanged();
  }

  return (
    <>
      {links.length > 0 && (
        <section aria-labelledby="linked-heading" className="linked-fact-checks">
          <h3 id="linked-heading">{t("linkedHeading", { count: links.length })}</h3>
          <ul className="match-list">
            {links.map((l) => (
              <li key={l.id}>
                <a
                  href={l.url}
                  {...(l.source === "imported" ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}
                >
                  “{l.text}”
                </a>
                <span className="claim-list-meta">
                  {" "}
                  {l.verdict ?? t("noRating")}
                  {l.context ? ` · ${l.context}` : ""} · {t("linkedBy", { name: l.createdByName })}
                </span>{" "}
                {/* Offered here only for links not among the matches below, which offer it themselves. */}
                {viewer && !matches?.some((m) => m.id === l.targetId) && (
                  <button type="button" className="link-button" onClick={() => onStartNote(prefillFrom(t, l))}>
                    {t("startNote")}
                  </button>
                )}{" "}
                {l.removable && (
                  <button type="button" className="link-button" disabled={busy} onClick={() => void unlink(l.id)}>
                    {t("removeLink")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <FoldingSection id="similar" title={t("heading")} className="similar-fact-checks">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {matches === null && !error && <p aria-busy="true">{t("looking")}</p>}
        {matches && matches.length === 0 && <p className="hint">{t("noMatch")}</p>}
        {matches && matches.length > 0 && (
          <ol className="match-list">
            {matches.map((m) => (
              <li key={`${m.source}:${m.id}`} className="match-item">
                <p className="match-quote">“{m.text}”</p>
                <p className="claim-list-meta">
                  <span className={`match-strength match-strength-${m.strength}`}>{strengthLabel(m.strength)}</span>
                  {" · "}
                  {m.verdictCode ? (
                    <VerdictChip verdict={m.verdictCode} label={m.verdict ?? undefined} />
                  ) : (
                    <strong>{m.verdict ?? t("noRating")}</strong>
                  )}
                  {m.publishedBy
                    ? ` · ${m.source === "claimmark" ? t("reviewedBy", { name: m.publishedBy }) : m.publishedBy}`
                    : ""}
                  {m.date ? (
                    <>
                      {" · "}
                      {m.date.length === 10 ? <time dateTime={m.date}>{m.date}</time> : <FormattedDate iso={m.date} />}
                    </>
                  ) : null}
                  {" · "}
                  {m.source === "claimmark"
                    ? m.documentTitle
                      ? t("inDocument", { title: m.documentTitle })
                      : t("inAnotherDocument")
                    : t("imported")}
                </p>
                {m.summary && <p className="match-summary">{m.summary}</p>}
                <p className="match-actions">
                  <a
                    href={m.url}
                    {...(m.source === "imported" ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}
                  >
                    {m.source === "claimmark" ? t("openClaim") : t("readFactCheck")}
                  </a>{" "}
                  {viewer && !linkedIds.has(m.id) && (
                    <button type="button" className="secondary" disabled={busy} onClick={() => void link(m)}>
                      {t("sameClaim")}
                    </button>
                  )}
                  {linkedIds.has(m.id) && <span className="notice">{t("linked")}</span>}{" "}
                  {viewer && linkedIds.has(m.id) && (
                    <button type="button" className="link-button" onClick={() => onStartNote(prefillFrom(t, m))}>
                      {t("startNote")}
                    </button>
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
      </FoldingSection>
    </>
  );
}
