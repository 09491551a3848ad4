/** Which half of the labelled set a sentence is in: decided by a hash of its text (FNV-1a), not its place or label. */
export function evaluationHalf(sentence: string): "tune" | "report" {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sentence.length; i++) {
    hash ^= sentence.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? "tune" : "report";
}
