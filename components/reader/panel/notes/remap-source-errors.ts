/** A source row of the note form as typed: empty rows are the blank "Add source" fields. */
export interface SourceRow {
  url: string;
  title: string;
}

/**
 * Error paths count only the non-empty source rows that were sent; map them back to the
 * rows on screen so each message sits next to its own field.
 */
export function remapSourceErrors(errors: Record<string, string>, rows: SourceRow[]): Record<string, string> {
  const sentRows = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.url.trim() || r.title.trim());
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const match = key.match(/^sources\.(\d+)\.(.+)$/);
    const row = match ? sentRows[Number(match[1])] : undefined;
    out[match && row ? `sources.${row.i}.${match[2]}` : key] = message;
  }
  return out;
}
