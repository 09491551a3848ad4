// Deterministic synthetic data for the benchmark: a long document, claims on its
// sentences, notes on the claims. Same seed, same data, every run.
import { checkSelection } from "../lib/anchoring/selection";
import { splitSentences } from "../lib/anchoring/sentences";
import type { Db } from "../lib/db";
import { searchTextOf } from "../lib/data/notes/note-stats";
import { plainTextOf, tiptapDocOf, type DocumentBlock } from "../lib/document/blocks";
import { VERDICTS } from "../lib/verdicts";

/** A document's words and headings: English, or Arabic for the right-to-left reader's measure. */
export interface Vocabulary {
  words: readonly string[];
  title: string;
  section: (n: number) => string;
}

export const ENGLISH: Vocabulary = {
  words: (
    "open source models closed weights license research data training compute policy market " +
    "regulation procurement disclosure parameters framework community developers benchmark audit " +
    "security governance innovation ecosystem standard interface platform evaluation release"
  ).split(" "),
  title: "Benchmark document",
  // "、" as in the essay's own headings; sentences with it are never claimed.
  section: (n) => `${n}、 Section ${n}`,
};

/** The same subject in Arabic, word for word as near as it goes (as many words: the same lengths and spread). */
export const ARABIC: Vocabulary = {
  words: (
    "مفتوح المصدر نماذج مغلقة أوزان ترخيص بحث بيانات تدريب حوسبة سياسة سوق " +
    "تنظيم مشتريات إفصاح معاملات إطار مجتمع مطورون معيار تدقيق " +
    "أمن حوكمة ابتكار منظومة مواصفة واجهة منصة تقييم إصدار"
  ).split(" "),
  title: "وثيقة القياس",
  section: (n) => `${n}、 القسم ${n}`,
};

/** A small linear congruential generator: reproducible without a dependency. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A document of about `words` words: headings every 12 paragraphs, sentences of 8–24 words. */
export function syntheticBlocks(words: number, rand: () => number, vocabulary = ENGLISH): DocumentBlock[] {
  const WORDS = vocabulary.words;
  const blocks: DocumentBlock[] = [{ type: "heading", level: 1, text: vocabulary.title }];
  let count = 0;
  let paragraph = 0;
  while (count < words) {
    if (paragraph % 12 === 0) blocks.push({ type: "heading", level: 2, text: vocabulary.section(paragraph / 12 + 1) });
    const sentences: string[] = [];
    for (let s = 0; s < 6 && count < words; s++) {
      const length = 8 + Math.floor(rand() * 17);
      const sentence = Array.from({ length }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(" ");
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".");
      count += length;
    }
    blocks.push({ type: "paragraph", text: sentences.join(" ") });
    paragraph += 1;
  }
  return blocks;
}

export interface SeedCounts {
  claims: number;
  notes: number;
}

/**
 * The reader's document every benchmark measures (the reader page, exports, the public page's
 * comparison): 50,000 words, 2,000 claims with 3 notes each. Seeded alike at 10,000 claims and at
 * a million, so the two runs' reader figures compare.
 */
export const READER_DOCUMENT = {
  slug: "bench-reader",
  words: 50_000,
  claims: 2_000,
  notesPerClaim: 3,
  seed: 1,
} as const;

/** The same document in Arabic (same seed: the same sentence lengths, claims and notes), read right to left. */
export const RTL_READER_DOCUMENT = { ...READER_DOCUMENT, slug: "bench-reader-ar", vocabulary: ARABIC } as const;

/** Adds a document with `claims` claims (one per sentence, in order) and `notesPerClaim` notes each. */
export async function seedSyntheticDocument(
  db: Db,
  options: {
    slug: string;
    words: number;
    claims: number;
    notesPerClaim: number;
    authorIds: string[];
    seed: number;
    /** The workspace it belongs to (the Default workspace when not given). */
    workspaceId?: string;
    vocabulary?: Vocabulary;
  },
): Promise<SeedCounts> {
  const rand = random(options.seed);
  const blocks = syntheticBlocks(options.words, rand, options.vocabulary);
  const text = plainTextOf(blocks);
  const document = await db.document.create({
    data: {
      slug: options.slug,
      ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}),
      title: `Benchmark: ${options.slug}`,
      plainText: text,
      contentJson: JSON.stringify(tiptapDocOf(blocks)),
    },
  });
  // Only sentences a person could flag (three words at least: lib/anchoring/selection.ts).
  const sentences = splitSentences(text).filter(
    (s) => !s.text.includes("、") && checkSelection(text, s.start, s.end).ok,
  );
  if (sentences.length < options.claims)
    throw new Error(`only ${sentences.length} sentences for ${options.claims} claims`);
  const step = sentences.length / options.claims;
  const now = Date.now();
  let notes = 0;
  const batch = 500;
  for (let from = 0; from < options.claims; from += batch) {
    const claimRows = [];
    const noteRows: { claimId: string; authorId: string; verdict: string; rationale: string }[] = [];
    for (let i = from; i < Math.min(options.claims, from + batch); i++) {
      const sentence = sentences[Math.floor(i * step)]!;
      const check = checkSelection(text, sentence.start, sentence.end);
      if (!check.ok) throw new Error(check.message);
      const id = `${options.slug}-c${i}`;
      const verdicts = Array.from(
        { length: options.notesPerClaim },
        () => VERDICTS[Math.floor(rand() * VERDICTS.length)]!,
      );
      claimRows.push({
        id,
        documentId: document.id,
        authorId: options.authorIds[i % options.authorIds.length]!,
        exact: check.quote.exact,
        prefix: check.quote.prefix,
        suffix: check.quote.suffix,
        start: check.position.start,
        end: check.position.end,
        status: options.notesPerClaim ? "IN_REVIEW" : "FLAGGED",
        noteCount: options.notesPerClaim,
        verdictSpread: new Set(verdicts).size,
        searchText: searchTextOf(
          check.quote.exact,
          verdicts.map(() => `Checked against the record: ${sentence.text.slice(0, 60)}`),
        ),
        createdAt: new Date(now - (options.claims - i) * 60_000),
        lastActivityAt: new Date(now - Math.floor(rand() * 86_400_000)),
      });
      verdicts.forEach((verdict, n) => {
        noteRows.push({
          claimId: id,
          authorId: options.authorIds[(i + n + 1) % options.authorIds.length]!,
          verdict,
          rationale: `Checked against the record: ${sentence.text.slice(0, 60)}`,
        });
      });
    }
    await db.claim.createMany({ data: claimRows });
    if (noteRows.length) await db.note.createMany({ data: noteRows });
    notes += noteRows.length;
  }
  return { claims: options.claims, notes };
}
