import { pageWords, type PageWords } from "../i18n/page-words";
import { escapeHtml as e } from "../report/escape";
import type { DeskSettings } from "./desk-settings";
import type { WithdrawnFactCheck } from "./public-fact-check";
import { publicDocument } from "./render-public-page";

/**
 * The page an unpublished fact-check's address answers (410 Gone): what it was, when and why it
 * went, in the visitor's language.
 */
export function renderGonePage(
  gone: WithdrawnFactCheck,
  desk: DeskSettings,
  origin: string,
  words: PageWords = pageWords(),
): string {
  const t = words.public;
  return publicDocument({
    title: t("goneTitle", { headline: gone.headline, organisation: desk.organisationName }),
    words,
    desk,
    origin,
    head: '<meta name="robots" content="noindex">',
    body: `<p class="kicker">${e(t("goneKicker"))}</p>
<h1 dir="auto">${e(gone.headline)}</h1>
<p>${e(t("goneLine", { organisation: desk.organisationName, date: words.date(gone.unpublishedAt) }))}</p>
<p><strong>${e(t("reason"))}</strong> <span dir="auto">${e(gone.reason)}</span></p>
<p><a href="/fact-checks">${e(t("seeAll"))}</a></p>`,
  });
}

/** The page an address no fact-check was ever published under answers (404), in the visitor's language. */
export function renderPublicNotFound(desk: DeskSettings, origin: string, words: PageWords = pageWords()): string {
  const t = words.public;
  return publicDocument({
    title: t("notFoundTitle", { organisation: desk.organisationName }),
    words,
    desk,
    origin,
    head: '<meta name="robots" content="noindex">',
    body: `<p class="kicker">${e(t("notFoundKicker"))}</p>
<h1>${e(t("notFoundHeading"))}</h1>
<p>${e(t("notFoundHint", { organisation: desk.organisationName }))}</p>
<p><a href="/fact-checks">${e(t("seeAll"))}</a></p>`,
  });
}
