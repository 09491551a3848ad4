import { createHash } from "node:crypto";
import { readDeskSettings, type DeskFallback } from "@/lib/data/publishing/desk-settings";
import type { DeskSettings } from "@/lib/publishing/desk-settings";
import { getDb } from "../db";
import { env } from "../env";
import { clientHasCurrent, notModified } from "../request/conditional-get";
import { cachedPublic } from "./public-cache";

/** The desk's name before anyone saved its settings: the reports' publisher (PUBLISHER_NAME, PUBLISHER_URL). */
export function deskFallback(): DeskFallback {
  const e = env();
  return { organisationName: e.PUBLISHER_NAME, organisationUrl: e.PUBLISHER_URL ?? "" };
}

/** The desk's settings as the public pages read them (cached like them). */
export function publicDesk(): Promise<DeskSettings> {
  return cachedPublic("desk", async () => readDeskSettings(await getDb(), deskFallback()));
}

/**
 * Public pages are for any cache: stored anywhere, checked again on each use (a correction shows
 * at once), kept a minute by shared caches. The session cookie is never read on them.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, must-revalidate";

/** A public answer with its ETag: 304 when the client holds it already, the body otherwise. */
export function publicAnswer(
  request: Request,
  body: string | Buffer,
  options: { etag: string; contentType: string; status?: number; headers?: Record<string, string> },
): Response {
  const headers = {
    "Content-Type": options.contentType,
    "Cache-Control": PUBLIC_CACHE_CONTROL,
    ETag: options.etag,
    ...options.headers,
  };
  if ((options.status ?? 200) === 200 && clientHasCurrent(request, options.etag))
    return notModified(options.etag, headers);
  return new Response(
    request.method === "HEAD" ? null : new Uint8Array(body instanceof Buffer ? body : Buffer.from(body)),
    {
      status: options.status ?? 200,
      headers,
    },
  );
}

/**
 * A strong ETag from what a public answer is made of (its kind, the fact-check's version, the
 * desk's last save, the origin its links name), so it is known before the body is written.
 */
export function publicEtag(...parts: (string | number)[]): string {
  return `"${createHash("sha256").update(parts.join("\n")).digest("base64url").slice(0, 27)}"`;
}
