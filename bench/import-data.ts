// Deterministic inputs for the import and re-anchoring benchmarks (scripts/bench-import.ts).
import { random } from "./synthetic-data";

const SYLLABLES = "ka ro mi tu se na lo vi pe da ri mo su te ba no gi fa le zu co ha ne pi".split(" ");

/** A vocabulary of made-up words, so sentences are as distinct as real prose. */
function vocabulary(rand: () => number, size = 3000): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(rand() * 3);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(""));
  }
  return [...words];
}

export function sentenceMaker(seed: number): {
  sentence: (min?: number, max?: number) => string;
  word: () => string;
  rand: () => number;
} {
  const rand = random(seed);
  const words = vocabulary(rand);
  const word = () => words[Math.floor(rand() * words.length)]!;
  const sentence = (min = 10, max = 24) => {
    const length = min + Math.floor(rand() * (max - min + 1));
    const text = Array.from({ length }, word).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return { sentence, word, rand };
}

/** Paragraphs of about `words` words in total (five sentences each). */
export function paragraphsOfWords(words: number, seed = 7): string[] {
  const { sentence } = sentenceMaker(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const p = Array.from({ length: 5 }, () => sentence()).join(" ");
    count += p.split(" ").length;
    paragraphs.push(p);
  }
  return paragraphs;
}

export interface ReanchorCase {
  oldText: string;
  newText: string;
  claims: {
    id: string;
    start: number;
    end: number;
    expected: { state: "exact" | "fuzzy"; start: number; end: number };
  }[];
}

/**
 * A document of claimed and unclaimed sentences (one per line), then a revision with
 * `edits` scattered edits: half change one word inside a claimed sentence (that claim must
 * land fuzzy, on the edited sentence), half insert, delete or rewrite unclaimed sentences
 * (every other claim must land exact, wherever its sentence moved). True positions known.
 */
export function reanchorCase(claimCount: number, edits: number, seed = 11): ReanchorCase {
  const { sentence, word, rand } = sentenceMaker(seed);
  type Line = { text: string; claim?: string };
  const lines: Line[] = [];
  for (let i = 0; i < claimCount; i++) {
    lines.push({ text: sentence() });
    lines.push({ text: sentence(), claim: `c${i}` });
  }
  const next: (Line & { edited?: boolean })[] = lines.map((l) => ({ ...l }));
  const claimed = next.filter((l) => l.claim);
  const editedClaims = new Set<string>();
  while (editedClaims.size < edits / 2) {
    const line = claimed[Math.floor(rand() * claimed.length)]!;
    if (editedClaims.has(line.claim!)) continue;
    const words = line.text.slice(0, -1).split(" ");
    const at = 1 + Math.floor(rand() * (words.length - 2));
    words[at] = word();
    line.text = `${words.join(" ")}.`;
    line.edited = true;
    editedClaims.add(line.claim!);
  }
  for (let e = 0; e < edits / 2; e++) {
    const unclaimed = next.map((l, i) => (l.claim ? -1 : i)).filter((i) => i >= 0);
    const at = unclaimed[Math.floor(rand() * unclaimed.length)]!;
    const kind = e % 3;
    if (kind === 0) next.splice(at, 1);
    else if (kind === 1) next.splice(at, 0, { text: sentence() });
    else next[at] = { text: sentence() };
  }
  const oldText = lines.map((l) => l.text).join("\n");
  const newText = next.map((l) => l.text).join("\n");
  const position = (list: Line[]) => {
    const map = new Map<string, { start: number; end: number }>();
    let at = 0;
    for (const l of list) {
      if (l.claim) map.set(l.claim, { start: at, end: at + l.text.length });
      at += l.text.length + 1;
    }
    return map;
  };
  const before = position(lines);
  const after = position(next);
  return {
    oldText,
    newText,
    claims: [...before.entries()].map(([id, pos]) => ({
      id,
      ...pos,
      expected: { state: editedClaims.has(id) ? "fuzzy" : "exact", ...after.get(id)! },
    })),
  };
}
