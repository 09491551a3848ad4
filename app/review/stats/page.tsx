import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { getReviewStats, type StatsBlock } from "@/lib/data/review/review-stats";
import { CLAIM_STATUSES, statusLabel } from "@/lib/claim-status";
import { VERDICTS } from "@/lib/verdicts";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { VerdictChip } from "@/components/chips";

export const metadata: Metadata = { title: "Review statistics" };
export const dynamic = "force-dynamic";

/** Below this many rated claims, α says more about chance than about the desk. */
const FEWEST_TO_MEASURE = 10;

function Block({ block }: { block: StatsBlock }) {
  const { alpha, claims, notes } = block.agreement;
  const measured = alpha !== null && claims >= FEWEST_TO_MEASURE;
  return (
    <section aria-label={block.label} className="stats-block">
      <h2>{block.label}</h2>
      <p>{block.total} claims.</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>By status</caption>
          <tbody>
            {CLAIM_STATUSES.map((s) => (
              <tr key={s}>
                <th scope="row">{statusLabel(s)}</th>
                <td>{block.byStatus[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption>By final verdict</caption>
          <tbody>
            {VERDICTS.map((v) => (
              <tr key={v}>
                <th scope="row">
                  <VerdictChip verdict={v} />
                </th>
                <td>{block.byVerdict[v]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-testid="alpha">
        Inter-annotator agreement (Krippendorff’s α, ordinal, Unverifiable as missing):{" "}
        <strong>{measured ? alpha.toFixed(3) : "too few claims to measure"}</strong> over {claims}{" "}
        {claims === 1 ? "claim" : "claims"} with two or more rated notes ({notes} notes)
        {measured ? "." : `; it needs ${FEWEST_TO_MEASURE}.`}
      </p>
      <p className="hint">
        How to read α: 0.8 or more is reliable agreement, 0.667 to 0.8 is tentative, below 0.667 is too little to draw
        conclusions from.
      </p>
    </section>
  );
}

export default async function StatsPage() {
  const result = await getReviewStats(await getDb(), await getActor());
  if (!result.ok) denyPage(result.status);
  return (
    <main className="page">
      <h1>Review statistics</h1>
      <Block block={result.data.overall} />
      {/* With one document its table would repeat the overall one. */}
      {result.data.documents.length > 1 && result.data.documents.map((d) => <Block key={d.label} block={d} />)}
    </main>
  );
}
