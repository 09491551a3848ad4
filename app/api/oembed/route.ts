import { escapeHtml } from "@/lib/report/escape";
import { factCheckWords } from "@/lib/publishing/public-fact-check";
import { publicLookup } from "@/server/publishing/public-lookup";
import { PUBLIC_CACHE_CONTROL, publicDesk } from "@/server/publishing/public-site";
import { jsonResponse } from "@/server/request/json-response";
import { publicOrigin } from "@/server/request/public-origin";

const json = (status: number, body: unknown) =>
  jsonResponse(body, {
    status,
    headers: { "Cache-Control": PUBLIC_CACHE_CONTROL, "Access-Control-Allow-Origin": "*" },
  });

const clamp = (value: string | null, fallback: number, min: number) =>
  Math.max(min, Math.min(fallback, Number.parseInt(value ?? "", 10) || fallback));

/**
 * GET /api/oembed?url=<a public fact-check's address>[&maxwidth=&maxheight=]: oEmbed 1.0 (a
 * "rich" type whose html frames /fact-checks/<slug>/embed). JSON only; 404 for an address that is
 * not a published fact-check of this site, 501 for format=xml (as the oEmbed spec says).
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  if ((params.get("format") ?? "json") !== "json") return json(501, { message: "Only format=json is offered." });
  const origin = publicOrigin(request.headers);
  let target: URL;
  try {
    target = new URL(params.get("url") ?? "");
  } catch {
    return json(400, { message: "Give the fact-check's address as url=https://…/fact-checks/<slug>." });
  }
  const slug = target.pathname.match(/^\/fact-checks\/([^/]+)\/?$/)?.[1];
  if (target.origin !== origin || !slug)
    return json(404, { message: "That address is not a fact-check published here." });
  const [lookup, desk] = await Promise.all([publicLookup(decodeURIComponent(slug)), publicDesk()]);
  if (lookup.kind !== "published") return json(404, { message: "That address is not a fact-check published here." });
  const width = clamp(params.get("maxwidth"), 560, 200);
  const height = clamp(params.get("maxheight"), 320, 120);
  const src = `${origin}/fact-checks/${encodeURIComponent(lookup.fact.slug)}/embed`;
  const words = factCheckWords(lookup.fact);
  const title = `${words.verdict(lookup.fact.verdict)}: ${lookup.fact.headline}`;
  return json(200, {
    version: "1.0",
    type: "rich",
    title,
    provider_name: desk.organisationName,
    provider_url: desk.organisationUrl || origin,
    width,
    height,
    html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" style="border:0" loading="lazy"></iframe>`,
  });
}
