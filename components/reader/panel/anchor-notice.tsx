import type { ClaimDetail } from "@/lib/data/claims/claim-detail";

/**
 * What happened to a claim's words when the document changed: nothing to say for an exact
 * claim; for a fuzzy one the earlier and the current wording; for an orphan its stored quote
 * and how to re-attach it.
 */
export function AnchorNotice({ claim, canReattach }: { claim: ClaimDetail; canReattach: boolean }) {
  if (claim.anchorState === "exact") return null;
  const earlier = [...claim.anchors].reverse().find((a) => a.exact !== claim.exact);
  if (claim.anchorState === "fuzzy") {
    return (
      <div className="anchor-notice anchor-fuzzy" role="note" aria-label="Wording changed">
        <p>
          <strong>Wording changed</strong> in a newer revision. Check that the verdict still fits the new words.
        </p>
        {earlier && (
          <p>
            Was (revision {earlier.revision}): <q>{earlier.exact}</q>
            <br />
            Now: <q>{claim.exact}</q>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="anchor-notice anchor-orphaned" role="note" aria-label="Orphaned claim">
      <p>
        <strong>Orphaned:</strong> these words are not in the current revision. Its notes and verdict are kept.
      </p>
      <p>
        Stored quote: <q>{claim.exact}</q>
      </p>
      <p>
        {canReattach
          ? "Select the text this claim now refers to in the document, then choose “Re-attach here”."
          : "A reviewer can re-attach it to the text it now refers to."}
      </p>
    </div>
  );
}
