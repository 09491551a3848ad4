import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, EMBED_PATH, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";

/**
 * Runs before every page (not API routes or static files, see `config`): a fresh nonce and
 * the Content-Security-Policy that allows only scripts carrying it, on the request (Next.js
 * reads it there to put the nonce on its scripts) and on the response; HSTS over HTTPS. Only
 * headers here: every permission check stays in the data layer.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    frameableByAnySite: EMBED_PATH.test(request.nextUrl.pathname),
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (request.nextUrl.protocol === "https:")
    response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // API routes answer JSON (and carry their own body limits), static files carry no script.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
