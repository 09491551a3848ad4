import { escapeHtml as e } from "../report/escape";
import { SANS, SERIF } from "../report/report-css";
import { directionOf } from "../text/direction";
import { verdictColours } from "../verdicts";
import type { DeskSettings } from "./desk-settings";
import { factCheckUrl, factCheckWords, type PublicFactCheck } from "./public-fact-check";

/** At most `max` characters, cut at a word where there is one, with an ellipsis. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function chipStyle(fact: PublicFactCheck): string {
  const { fill, edge } = verdictColours(fact.verdict);
  return `background:${fill};border:3px solid ${edge}`;
}

/**
 * The embeddable card (/fact-checks/<slug>/embed): the verdict, the claim, the headline as a link
 * to the full page; no script and no web font, so it stays a few kilobytes in any site's frame.
 */
export function renderEmbedCard(fact: PublicFactCheck, desk: DeskSettings, origin: string): string {
  const url = factCheckUrl(origin, fact.slug);
  // Framed in the fact-check's own language where the interface speaks it, like its page.
  const words = factCheckWords(fact);
  return `<!doctype html>
<html lang="${e(fact.language)}" dir="${directionOf(fact.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(fact.headline)}</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;color:#1f2328;background:#fff}
.card{border:1px solid #d0d7de;border-radius:8px;padding:14px 16px;max-width:560px}
.chip{display:inline-block;border-radius:999px;padding:1px 10px;font-weight:600;font-size:14px}
blockquote{font-family:Georgia,serif;font-size:17px;margin:10px 0;border-inline-start:3px solid #1f2328;padding-inline-start:10px}
a{color:#0b57d0;font-weight:600}
p{margin:6px 0;font-size:14px}
.by{color:#59636e;font-size:13px}
</style>
</head>
<body>
<article class="card">
<p><span class="chip" style="${chipStyle(fact)}">${e(words.verdict(fact.verdict))}</span></p>
<blockquote dir="auto">${e(shortened(fact.quote, 400))}</blockquote>
<p><a href="${e(url)}" target="_blank" rel="noopener">${e(fact.headline)}</a></p>
<p class="by">${e(words.public("factCheckBy", { organisation: desk.organisationName }))}</p>
</article>
</body>
</html>
`;
}

/** The share image's page, 1200×630, painted by headless Chromium with the report fonts: verdict, quote, desk. */
export function renderShareCard(fact: PublicFactCheck, desk: DeskSettings): string {
  const quote = shortened(fact.quote, 220);
  // Long quotes get a smaller type so every one fits the card.
  const size = quote.length > 160 ? 44 : quote.length > 90 ? 52 : 60;
  const words = factCheckWords(fact);
  return `<!doctype html>
<html lang="${e(fact.language)}" dir="${directionOf(fact.language)}">
<head>
<meta charset="utf-8">
<style>
html,body{margin:0;width:1200px;height:630px;overflow:hidden}
body{font-family:${SANS};color:#1f2328;background:#fff;display:flex;flex-direction:column;justify-content:space-between;padding:56px 64px;box-sizing:border-box;border-top:18px solid #1f2328}
.chip{align-self:flex-start;border-radius:999px;padding:6px 28px;font-weight:600;font-size:40px;${chipStyle(fact)}}
blockquote{font-family:${SERIF};font-size:${size}px;line-height:1.25;margin:0;overflow:hidden;display:-webkit-box;-webkit-line-clamp:5;-webkit-box-orient:vertical}
footer{display:flex;justify-content:space-between;font-size:28px;color:#59636e;font-weight:600}
</style>
</head>
<body>
<div class="chip">${e(words.verdict(fact.verdict))}</div>
<blockquote dir="auto">“${e(quote)}”</blockquote>
<footer><span>${e(words.public("kicker"))}</span><span>${e(desk.organisationName)}</span></footer>
</body>
</html>
`;
}
