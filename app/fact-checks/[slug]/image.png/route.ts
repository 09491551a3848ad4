import { renderShareCard } from "@/lib/publishing/render-cards";
import { publicLookup } from "@/server/publishing/public-lookup";
import { PUBLIC_CACHE_CONTROL, publicAnswer, publicDesk, publicEtag } from "@/server/publishing/public-site";
import { clientHasCurrent, notModified } from "@/server/request/conditional-get";
import { shareImage, ShareImageUnavailableError } from "@/server/publishing/share-image";

/** GET /fact-checks/<slug>/image.png: the share image (1200×630 PNG) its Open Graph and Twitter tags name. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [lookup, desk] = await Promise.all([publicLookup(slug), publicDesk()]);
  if (lookup.kind !== "published")
    return new Response(
      lookup.kind === "gone" ? "This fact-check was unpublished." : "No fact-check at this address.",
      {
        status: lookup.kind === "gone" ? 410 : 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      },
    );
  const { fact } = lookup;
  const etag = publicEtag("image", slug, fact.version, desk.updatedAt);
  // A client holding this image is answered before anything is painted.
  if (clientHasCurrent(request, etag))
    return notModified(etag, { "Cache-Control": PUBLIC_CACHE_CONTROL, "Content-Type": "image/png" });
  try {
    const png = await shareImage(etag, () => renderShareCard(fact, desk));
    return publicAnswer(request, png, { etag, contentType: "image/png" });
  } catch (error) {
    if (!(error instanceof ShareImageUnavailableError)) throw error;
    return new Response(error.message, {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "10" },
    });
  }
}
