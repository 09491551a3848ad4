/**
 * How a claim sits in a revision of its document (lib/anchoring/reanchor.ts decides):
 * - exact: the same words, at the same place or moved;
 * - fuzzy: found with changed words (a reviewer should check the verdict still fits);
 * - orphaned: its words are gone; the claim keeps its quote, notes and verdict.
 */
export const ANCHOR_STATES = ["exact", "fuzzy", "orphaned"] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

export const isAnchorState = (value: unknown): value is AnchorState => ANCHOR_STATES.includes(value as AnchorState);
