// The pages and API routes asked for once, one after another, right after the server starts:
// Next.js loads each route's code on its first request, which made the first visit to each page
// after a start take 1.4–2.3 s with no sign of why. Signed out, so pages that need an account
// answer with their refusal, which loads their code all the same. Failures only mean a slower
// first visit, so they are ignored.
const PATHS = [
  "/",
  "/signin",
  "/signup",
  "/documents/open-vs-closed-source-ai",
  "/documents/open-vs-closed-source-ai/report",
  "/documents/new",
  "/review",
  "/review/stats",
  "/inbox",
  "/settings/tokens",
  "/admin/users",
  "/admin/audit",
  "/admin/fact-checks",
  "/api/documents",
  "/api/documents/open-vs-closed-source-ai/claims",
  "/api/fact-checks/similar?q=warm",
];

export async function warmRoutes(origin) {
  for (const path of PATHS) {
    try {
      const response = await fetch(`${origin}${path}`, { redirect: "manual" });
      await response.arrayBuffer();
    } catch {
      // Not fatal: the page loads its code on the first real visit instead.
    }
  }
}
