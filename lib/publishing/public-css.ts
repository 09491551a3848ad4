import { SANS, SERIF } from "../report/report-css";
import { VERDICTS, verdictColours } from "../verdicts";

/** Each verdict chip's colours, as the reader and the reports paint them (always beside the verdict in words). */
const CHIPS = VERDICTS.map((v) => {
  const { fill, edge } = verdictColours(v);
  return `.chip-${v.toLowerCase()} { background: ${fill}; border-color: ${edge}; }`;
}).join("\n");

/** The public pages' styles: a serif to read, a sans for labels, the verdict chips; no script anywhere. */
export const PUBLIC_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: ${SERIF}; font-size: 1.1rem; line-height: 1.55; color: #1f2328; background: #fff; }
a { color: #0b57d0; }
.masthead, .kicker, .verdict, .meta, .chip, .banner, .pager, form, .card-footer, .list-meta, .corrections h2, .sources h2, footer { font-family: ${SANS}; }
.masthead { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: 0.8rem 1.2rem; border-bottom: 3px solid #1f2328; }
.masthead a { color: inherit; text-decoration: none; font-weight: 600; }
.masthead img { height: 2rem; width: auto; vertical-align: middle; margin-inline-end: 0.5rem; }
main { max-width: 44rem; margin: 0 auto; padding: 1.2rem; overflow-wrap: anywhere; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 0.4rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 600; color: #59636e; margin: 0; }
.claim { margin: 0 0 1rem; }
.claim blockquote { font-size: 1.25rem; border-inline-start: 4px solid #1f2328; margin: 0; padding: 0.1rem 1rem; }
.claim figcaption { color: #59636e; font-size: 0.9rem; margin-top: 0.3rem; padding-inline-start: 1.25rem; font-family: ${SANS}; }
.verdict { font-size: 1.05rem; font-weight: 600; margin: 0.8rem 0; }
.chip { display: inline-block; border: 2px solid transparent; border-radius: 999px; padding: 0.1rem 0.8rem; font-weight: 600; color: #1f2328; }
${CHIPS}
.banner { border: 2px solid #9a6700; background: #fff8c5; color: #5c3c00; padding: 0.6rem 0.9rem; border-radius: 6px; }
.meta, .list-meta, footer { color: #59636e; font-size: 0.9rem; }
.corrections ul, .sources ol { padding-inline-start: 1.4rem; }
footer { border-top: 1px solid #d0d7de; margin-top: 2rem; padding-top: 0.8rem; }
.list { list-style: none; padding: 0; }
.list li { border-top: 1px solid #d0d7de; padding: 0.8rem 0; }
.list h2 { margin: 0.2rem 0; font-size: 1.2rem; }
form { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: end; margin: 0.8rem 0 1rem; }
label { display: flex; flex-direction: column; font-size: 0.85rem; font-weight: 600; gap: 0.2rem; }
input, select, button { font: inherit; font-size: 1rem; padding: 0.35rem 0.5rem; border: 1px solid #8c959f; border-radius: 6px; }
button { background: #1f2328; color: #fff; border-color: #1f2328; cursor: pointer; }
.pager { display: flex; justify-content: space-between; margin-top: 1rem; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
`;
