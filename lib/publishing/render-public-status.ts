import { escapeHtml as e } from "../report/escape";
import type { DeskSettings } from "./desk-settings";
import { publicDate } from "./public-dates";
import type { WithdrawnFactCheck } from "./public-fact-check";
import { publicDocument } from "./render-public-page";

/** The page an unpublished fact-check's address answers (410 Gone): what it was, when and why it went. */
export function renderGonePage(gone: WithdrawnFactCheck, desk: DeskSettings, origin: string): string {
  return publicDocument({
    title: `Unpublished: ${gone.headline} · ${desk.organisationName}`,
    lang: "en",
    desk,
    origin,
    head: '<meta name="robots" content="noindex">',
    body: `<p class="kicker">Fact-check unpublished</p>
<h1>${e(gone.headline)}</h1>
<p>${e(desk.organisationName)} unpublished this fact-check on ${e(publicDate(gone.unpublishedAt))}.</p>
<p><strong>Reason:</strong> ${e(gone.reason)}</p>
<p><a href="/fact-checks">See all published fact-checks</a></p>`,
  });
}

/** The page an address no fact-check was ever published under answers (404). */
export function renderPublicNotFound(desk: DeskSettings, origin: string): string {
  return publicDocument({
    title: `Fact-check not found · ${desk.organisationName}`,
    lang: "en",
    desk,
    origin,
    head: '<meta name="robots" content="noindex">',
    body: `<p class="kicker">Not found</p>
<h1>No fact-check at this address</h1>
<p>Check the address, or look for the fact-check among all of ${e(desk.organisationName)}'s published ones.</p>
<p><a href="/fact-checks">See all published fact-checks</a></p>`,
  });
}
