import { proposedVerdicts } from "./agreement";
import { verdictLabel, type Verdict } from "./verdicts";

/** The shared count (proposedVerdicts), with equal counts in the order the notes first proposed them. */
function proposalsInNoteOrder(verdicts: readonly Verdict[]): { verdict: Verdict; count: number }[] {
  return proposedVerdicts(verdicts).sort(
    (a, b) => b.count - a.count || verdicts.indexOf(a.verdict) - verdicts.indexOf(b.verdict),
  );
}

/**
 * The claim panel's one line on how far its notes agree, in words. A majority is named as
 * one ("67% of notes propose False"); a tie at the top is a split, never presented as a
 * majority ("split: 1 False, 1 Misleading", in the order the notes proposed them). Null with
 * fewer than two notes.
 */
export function agreementLine(verdicts: readonly Verdict[]): string | null {
  if (verdicts.length < 2) return null;
  const proposals = proposalsInNoteOrder(verdicts);
  const [top, second] = proposals;
  if (!top) return null;
  if (second && second.count === top.count) {
    return `Agreement: split: ${proposals.map((p) => `${p.count} ${verdictLabel(p.verdict)}`).join(", ")}.`;
  }
  const share = Math.round((top.count / verdicts.length) * 100);
  return `Agreement: ${share}% of notes propose ${verdictLabel(top.verdict)} (${proposals.map((p) => `${p.count} ${verdictLabel(p.verdict)}`).join(", ")}).`;
}
