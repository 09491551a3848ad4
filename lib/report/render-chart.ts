import { escapeHtml } from "./escape";
import { pageWords, type PageWords } from "../i18n/page-words";
import type { SummaryRow } from "./summary";

const BAR_COLOURS: Record<SummaryRow["key"], string> = {
  TRUE: "#2b8a3e",
  MOSTLY_TRUE: "#69db7c",
  MIXED: "#f59f00",
  MISLEADING: "#e8590c",
  FALSE: "#c92a2a",
  UNVERIFIABLE: "#868e96",
  NOT_REVIEWED: "#ced4da",
};

/** A horizontal bar chart of the summary, with the numbers as text and a table for screen readers. */
export function renderSummaryChart(rows: SummaryRow[], language: PageWords = pageWords()): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const rowHeight = 22;
  const labelWidth = 130;
  const barWidth = 220;
  const bars = rows
    .map((row, i) => {
      const y = i * rowHeight;
      const width = Math.round((row.count / max) * barWidth);
      return (
        `<g><text x="0" y="${y + 15}" font-size="13">${escapeHtml(row.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="15" fill="${BAR_COLOURS[row.key]}"></rect>` +
        `<text x="${labelWidth + width + 6}" y="${y + 15}" font-size="13">${row.count}</text></g>`
      );
    })
    .join("");
  const description = language.list(rows.map((r) => `${r.label}: ${r.count}`));
  return `<figure class="report-chart">
<svg role="img" aria-labelledby="chart-title chart-desc" width="${labelWidth + barWidth + 40}" height="${rows.length * rowHeight}" viewBox="0 0 ${labelWidth + barWidth + 40} ${rows.length * rowHeight}" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">${escapeHtml(language.report("chartTitle"))}</title><desc id="chart-desc">${escapeHtml(description)}</desc>${bars}</svg>
<figcaption>${escapeHtml(language.report("chartCaption", { description }))}</figcaption>
</figure>`;
}
