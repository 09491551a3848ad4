import { proposedVerdicts } from "./agreement";
import { verdictLabel, type Verdict } from "./verdicts";

/** The shared count (proposedVerdicts), with equal counts in the order the notes first proposed them. */
function proposalsInNoteOrder(verdicts: readonly Verdict[]): { verdict: Verdict; count: number }[] {
  return proposedVerdicts(verdicts).sort(
    (a, b) => b.count - a.count || verdicts.indexOf(a.verdict) - verdicts.indexOf(b.verdict),
  );
}

/** How the line is worded: English by default; the reader passes its own language's (lib/i18n). */
export interface AgreementWords {
  verdict: (verdict: Verdict) => string;
  /** "Agreement: split: 1 False, 1 Misleading." */
  split: (counts: string) => string;
  /** "Agreement: 67% of notes propose False (2 False, 1 Mixed)." */
  majority: (share: number, verdict: string, counts: string) => string;
  /** Between the counts: ", " */
  separator: string;
}

const ENGLISH: AgreementWords = {
  verdict: verdictLabel,
  split: (counts) => `Agreement: split: ${counts}.`,
  majority: (share, verdict, counts) => `Agreement: ${share}% of notes propose ${verdict} (${counts}).`,
  separator: ", ",
};

/**
 * The claim panel's one line on how far its notes agree, in words. A majority is named as
 * one ("67% of notes propose False"); a tie at the top is a split, never presented as a
 * majority ("split: 1 False, 1 Misleading", in the order the notes proposed them). Null with
 * fewer than two notes.
 */
export function agreementLine(verdicts: readonly Verdict[], words: AgreementWords = ENGLISH): string | null {
  if (verdicts.length < 2) return null;
  const proposals = proposalsInNoteOrder(verdicts);
  const [top, second] = proposals;
  if (!top) return null;
  const counts = proposals.map((p) => `${p.count} ${words.verdict(p.verdict)}`).join(words.separator);
  if (second && second.count === top.count) return words.split(counts);
  const share = Math.round((top.count / verdicts.length) * 100);
  return words.majority(share, words.verdict(top.verdict), counts);
}
