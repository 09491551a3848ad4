/**
 * The hashing trick: every feature name (a cue, a word, two words, a few letters) maps to one
 * of DIMENSIONS weights by a hash, so the model needs no vocabulary file and a word it never
 * saw simply lands on a weight that is near zero. Collisions are rare at 2^20 and cost little.
 */
export const DIMENSIONS = 1 << 20;

/** FNV-1a (32-bit) of a feature name, reduced to a weight index. Stable across runs and machines. */
export function featureIndex(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & (DIMENSIONS - 1);
}
