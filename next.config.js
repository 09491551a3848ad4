// @ts-check
// next-intl finds its per-request configuration (the interface language and its strings) here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS, as Next loads it
const withNextIntl = require("next-intl/plugin")("./server/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and WebAssembly-backed packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/client",
    "argon2",
    "pg",
    "playwright-core",
    // Its encoding tables load on first use by require(); bundling gains nothing.
    "iconv-lite",
    // Packages that carry megabytes of data (password dictionaries, a language model). Bundled,
    // every route that reaches them held its own copy: the server idled at 414 MB.
    "@zxcvbn-ts/core",
    "@zxcvbn-ts/language-common",
    "@zxcvbn-ts/language-en",
    "wink-nlp",
    "wink-eng-lite-web-model",
    // Reached by every route (the session): bundled, each route carried its own copy.
    "next-auth",
  ],
  poweredByHeader: false,
  // forbidden() and unauthorized() (server/deny-page.ts): pages a visitor may not open answer 403/401.
  experimental: { authInterrupts: true },
  turbopack: {
    // The generated Prisma clients look for their schema file relative to the working
    // directory when bundled; Turbopack warns that this traces the whole project. Harmless
    // here (no standalone output), and otherwise repeated at every build.
    ignoreIssue: [{ path: "**/prisma/generated/**" }],
  },
  async headers() {
    return [
      {
        // Every page but a fact-check's embed card (EMBED_PATH in lib/security-headers.ts) refuses to be framed.
        source: "/:path((?!fact-checks/[^/]+/embed/?$).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // Keep in step with PERMISSIONS_POLICY in lib/security-headers.ts (this file is plain JavaScript).
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()",
          },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
