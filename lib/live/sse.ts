/**
 * Server-sent events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html):
 * an optional id and event name, data lines, a blank line. A newline inside the data would
 * end the field, so every data line is its own "data:" line.
 */
export function sseMessage(message: { id?: number | string; event?: string; data: unknown; retryMs?: number }): string {
  const lines: string[] = [];
  if (message.id !== undefined) lines.push(`id: ${String(message.id).replace(/[\r\n]/g, "")}`);
  if (message.event) lines.push(`event: ${message.event.replace(/[\r\n]/g, "")}`);
  if (message.retryMs !== undefined) lines.push(`retry: ${Math.max(0, Math.floor(message.retryMs))}`);
  const data = typeof message.data === "string" ? message.data : JSON.stringify(message.data);
  for (const line of data.split(/\r\n|\r|\n/)) lines.push(`data: ${line}`);
  return `${lines.join("\n")}\n\n`;
}

/** A comment line: ignored by clients, keeps proxies from closing an idle stream. */
export const SSE_KEEP_ALIVE = ": keep-alive\n\n";

/** The seq a reconnecting client last saw (Last-Event-ID header, or ?lastEventId= for tools), or null. */
export function lastEventIdOf(headerValue: string | null, queryValue: string | null): number | null {
  const raw = (headerValue ?? queryValue ?? "").trim();
  if (!/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}
