export const SANS =
  '"Noto Sans", "Noto Sans SC", "Noto Sans KR", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai", "Noto Sans CJK SC", system-ui, sans-serif';
export const SERIF =
  '"Source Serif 4", "Noto Sans", "Noto Sans SC", "Noto Sans KR", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai", "Noto Sans CJK SC", Georgia, serif';

/**
 * Styles of the report, on screen and on paper: a serif for what is read, a sans for labels;
 * on paper the cover, claims that may break across pages but headings that never end one,
 * sources' addresses printed in their footnotes, and no link back into Claimmark printed.
 */
export const REPORT_CSS = `
.report { font-family: ${SERIF}; font-size: 1.05rem; line-height: 1.5; color: #1f2328; max-width: 46rem; overflow-wrap: anywhere; }
.report h1, .report h2, .report h3, .report h4, .report-kicker, .report-meta, .report-facts, .report-byline, .report .chip, .report table, .report figcaption, .report-footnotes { font-family: ${SANS}; }
.report-cover { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 2rem; align-items: start; border-bottom: 3px solid #1f2328; padding-bottom: 0.5rem; margin-bottom: 1rem; }
.report-cover > :not(.report-cover-summary) { grid-column: 1 / -1; }
.report-cover > .report-cover-facts { grid-column: 1; }
.report-cover-summary { grid-column: 2; grid-row: span 1; }
.report-cover-summary h2 { margin-top: 0; }
@media (max-width: 40rem) { .report-cover { display: block; } }
.report-kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 600; color: #59636e; margin: 0; }
.report h1 { font-size: 2rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; }
.report h2 { font-size: 1.25rem; margin: 1.2rem 0 0.5rem; }
.report h4 { font-size: 0.95rem; margin: 0.6rem 0 0.2rem; }
.report-byline { color: #59636e; margin: 0 0 0.6rem; }
.report-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; font-size: 0.9rem; }
.report-facts dt { font-weight: 600; }
.report-facts dd { margin: 0; }
.report .chip { display: inline-block; border: 1px solid transparent; border-radius: 999px; padding: 0.05rem 0.6rem; font-size: 0.85rem; font-weight: 600; color: #1f2328; }
.report .chip-quiet { background: #f6f8fa; border-color: #8c959f; }
.report .chip-warning { background: #fff8c5; border-color: #9a6700; color: #5c3c00; }
.report-claim { border-top: 1px solid #d0d7de; padding-top: 0.5rem; margin-top: 0.8rem; }
.report-claim h3 { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; font-size: 0.95rem; margin: 0 0 0.3rem; }
.report-claim-number { color: #59636e; }
.report-quote { font-size: 1.1rem; border-left: 4px solid #1f2328; margin: 0.3rem 0; padding: 0.1rem 0.8rem; }
.report-context { color: #59636e; }
.report-quote mark { background: #fff3bf; color: inherit; }
.report-summary { margin: 0.4rem 0 0.2rem; }
.report-ref { font-family: ${SANS}; font-size: 0.7em; margin-left: 0.1em; }
.report-ref + .report-ref::before { content: ","; }
.report-meta { color: #59636e; font-size: 0.85rem; margin: 0.2rem 0; }
.report-footnotes { font-size: 0.85rem; margin: 0.2rem 0; padding-left: 1.8rem; }
.report h4.report-links-heading { font-size: 0.85rem; margin: 0.3rem 0 0; }
.report-links { font-size: 0.85rem; margin: 0; padding-left: 1.8rem; }
.report-domain, .report-capture { color: #59636e; }
.report-chart svg text { fill: #1f2328; font-family: ${SANS}; }
.report-chart svg { max-width: 100%; height: auto; }
.report-chart { margin: 0.4rem 0; }
.report-chart figcaption { font-size: 0.8rem; color: #59636e; }
.report-appendix table { border-collapse: collapse; width: 100%; font-size: 0.75rem; }
.report-appendix th { white-space: nowrap; }
.report-appendix th, .report-appendix td { border-bottom: 1px solid #d0d7de; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
/* A hash on one line, so it can be copied whole from the PDF. */
.report-appendix code { font-size: 0.68rem; white-space: nowrap; }
.report h1, .report h2, .report h3, .report h4 { break-after: avoid; page-break-after: avoid; }
@media print {
  .site-header, .report-options, .report-downloads, .skip-link, .report-permalink, .report-back { display: none !important; }
  .report { font-size: 10pt; max-width: none; }
  .report h1 { font-size: 22pt; }
  .report-quote { font-size: 11pt; }
  .report-chart figcaption { display: none; }
  .report-quote, .report-footnotes li, .report-appendix tr, .report-chart { break-inside: avoid; page-break-inside: avoid; }
  /* On paper a source's address is printed in its footnote; links back into Claimmark (long, with ids) are not. */
  .report-footnotes a[href^="http"]::after, .report-links a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; word-break: break-all; color: #59636e; }
  .report-footnotes .report-domain { display: none; }
  .report-appendix { break-before: page; }
  body { margin: 0; }
}`;
