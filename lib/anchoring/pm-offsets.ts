/**
 * Converts between plain-text offsets (lib/document/blocks.ts plainTextOf) and ProseMirror
 * positions in a document made of top-level textblocks. In ProseMirror, a top-level block
 * starting at position p holds its text from p + 1; in the plain text, blocks are joined
 * by one "\n". `blockStarts` lists each block's ProseMirror start and its text length.
 */
export interface BlockExtent {
  /** ProseMirror position of the block node itself (before its opening token). */
  pmStart: number;
  /** Length of the block's text. */
  length: number;
}

/** Maps a plain-text offset to a ProseMirror position (offsets on a "\n" map to the block end). */
export function plainOffsetToPm(blocks: readonly BlockExtent[], offset: number): number {
  let blockOffset = 0;
  for (const block of blocks) {
    if (offset <= blockOffset + block.length) return block.pmStart + 1 + (offset - blockOffset);
    blockOffset += block.length + 1;
  }
  const last = blocks[blocks.length - 1];
  return last ? last.pmStart + 1 + last.length : 0;
}

/** Maps a ProseMirror position to a plain-text offset (positions between blocks snap to the nearer edge). */
export function pmToPlainOffset(blocks: readonly BlockExtent[], pos: number): number {
  let blockOffset = 0;
  for (const block of blocks) {
    const contentStart = block.pmStart + 1;
    const contentEnd = contentStart + block.length;
    if (pos <= contentEnd) return blockOffset + Math.max(0, pos - contentStart);
    blockOffset += block.length + 1;
  }
  return Math.max(0, blockOffset - 1);
}
