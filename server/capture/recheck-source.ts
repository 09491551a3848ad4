import { plainTextOfDoc } from "@/lib/document/blocks";
import { htmlPageToDoc } from "@/lib/import/from-html";
import { FetchRefused, guardedFetch } from "@/lib/net/guarded-fetch";
import { compareSourceText, type TextChange } from "@/lib/capture/text-change";

export type RecheckOutcome = TextChange | { state: "GONE"; reason: string };

/**
 * Fetches a cited source again (through the same guard as capture and import) and compares
 * its main text with the capture's: unchanged, changed (with the diff), or gone when the site
 * answers 4xx/5xx or the name no longer resolves.
 */
export async function recheckSource(
  url: string,
  capturedText: string,
  allowPrivateHosts: boolean,
): Promise<RecheckOutcome> {
  let page;
  try {
    page = await guardedFetch(url, {
      allowPrivateHosts,
      maxBytes: 20 * 1024 * 1024,
      timeoutMs: 20_000,
      maxRedirects: 5,
      acceptErrorStatus: true,
      userAgent: "Mozilla/5.0 (compatible; Claimmark source re-check)",
    });
  } catch (error) {
    if (error instanceof FetchRefused) return { state: "GONE", reason: error.message };
    throw error;
  }
  if (page.status >= 400) return { state: "GONE", reason: `The site now answers ${page.status}.` };
  const body = page.body.toString("utf8");
  const text =
    /html/i.test(page.contentType) || /^\s*</.test(body) ? plainTextOfDoc(htmlPageToDoc(body, page.url).doc) : body;
  return compareSourceText(capturedText, text);
}
