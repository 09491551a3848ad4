// The first cap on request bodies, at the server's edge (scripts/serve.mjs), before Next.js or
// next-auth read a byte: a declared Content-Length past the path's cap is answered 413 at once,
// and a body of unknown length is refused (411) where Next itself would buffer it (pages and
// next-auth). Each API route keeps its own, tighter cap below this one (server/route.ts),
// which also counts streamed bodies as they arrive.

const KB = 1024;
const MB = 1024 * KB;

/** Per path, the largest body the edge lets through. The first matching rule applies. */
export const EDGE_RULES = [
  // ClaimReview files: 50 MB and the multipart envelope (lib/validation/fact-check.ts).
  { pattern: /^\/api\/fact-checks\/?$/, bytes: 50 * MB + 64 * KB, streams: true },
  // Document imports: 20 MB and the envelope (lib/import/import-source.ts, server/document-import.ts).
  { pattern: /^\/api\/documents(\/[^/]+\/revisions)?\/?$/, bytes: 20 * MB + 64 * KB, streams: true },
  // W3C annotations (1 MB, app/api/…/annotations).
  { pattern: /^\/api\/(documents\/[^/]+\/annotations|annotations\/[^/]+)\/?$/, bytes: 1 * MB, streams: true },
  // next-auth's sign-in and sign-out forms: a few fields.
  { pattern: /^\/api\/auth\//, bytes: 16 * KB, streams: false },
  // Every other API route caps at 64 KB itself and reads streamed bodies under that cap.
  { pattern: /^\/api\//, bytes: 64 * KB, streams: true },
  // Pages take no bodies worth more than a form.
  { pattern: /^/, bytes: 16 * KB, streams: false },
];

const readable = (bytes) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`);

/**
 * Why a request must be refused before its body is read, or null to let it through.
 * `headers` are node:http's (lower-case names); `url` the request target.
 */
export function edgeRefusal(method, url, headers) {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  const pathname = (url ?? "/").split("?")[0];
  const rule = EDGE_RULES.find((r) => r.pattern.test(pathname));
  const declared = headers["content-length"];
  if (declared !== undefined) {
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0)
      return { status: 400, message: "The Content-Length is not a number." };
    if (length > rule.bytes) {
      return {
        status: 413,
        message: `The request body is ${readable(length)}; the most this address takes is ${readable(rule.bytes)}.`,
      };
    }
    return null;
  }
  if (headers["transfer-encoding"] && !rule.streams) {
    return { status: 411, message: "Send a Content-Length with the request body." };
  }
  return null;
}
