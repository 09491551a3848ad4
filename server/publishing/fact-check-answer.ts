import { pageWords } from "@/lib/i18n/page-words";
import type { DeskSettings } from "@/lib/publishing/desk-settings";
import type { PublicFactCheck } from "@/lib/publishing/public-fact-check";
import { renderGonePage, renderPublicNotFound } from "@/lib/publishing/render-public-status";
import { publicOrigin } from "../request/public-origin";
import { callerLocale } from "../route";
import { publicLookup } from "./public-lookup";
import { publicAnswer, publicDesk, publicEtag } from "./public-site";

const HTML = "text/html; charset=utf-8";

/**
 * The HTML answer of a public fact-check's address, for one way of showing it (`kind`: the page,
 * the embed card): `render` for a published one (200), why it was unpublished (410), or a
 * designed 404. Each with its ETag, from the fact-check's version and the desk's settings. A
 * published fact-check reads in its own language; the other two in the visitor's (Vary).
 */
export async function answerFactCheck(
  request: Request,
  slug: string,
  kind: string,
  render: (fact: PublicFactCheck, desk: DeskSettings, origin: string) => string,
): Promise<Response> {
  const origin = publicOrigin(request.headers);
  const [lookup, desk] = await Promise.all([publicLookup(slug), publicDesk()]);
  if (lookup.kind === "published") {
    const etag = publicEtag(kind, slug, lookup.fact.version, desk.updatedAt, origin);
    return publicAnswer(request, render(lookup.fact, desk, origin), { etag, contentType: HTML });
  }
  const words = pageWords(callerLocale(request));
  const vary = { Vary: "Accept-Language" };
  if (lookup.kind === "gone") {
    const etag = publicEtag(`${kind} gone`, slug, lookup.gone.unpublishedAt, desk.updatedAt, origin, words.locale);
    return publicAnswer(request, renderGonePage(lookup.gone, desk, origin, words), {
      etag,
      contentType: HTML,
      status: 410,
      headers: vary,
    });
  }
  return publicAnswer(request, renderPublicNotFound(desk, origin, words), {
    etag: publicEtag("missing", desk.updatedAt, origin, words.locale),
    contentType: HTML,
    status: 404,
    headers: vary,
  });
}
