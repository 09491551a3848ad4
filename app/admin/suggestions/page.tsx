import type { Metadata } from "next";
import { FormattedDate } from "@/components/formatted-date";
import { SuggestionsModelActions } from "@/components/admin/suggestions-model-actions";
import type { BinaryMetrics } from "@/lib/checkworthiness/eval/metrics";
import { suggestionsModelStatus } from "@/lib/data/suggestions/desk-admin";
import { getDb } from "@/server/db";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Suggestions model" };
export const dynamic = "force-dynamic";

const KIND_LABELS = { base: "The base model", desk: "The desk's model", cues: "The hand-set cues (fallback)" };
const pct = (x: number) => `${Math.round(x * 100)}%`;

function Figures({ label, metrics }: { label: string; metrics: BinaryMetrics }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{pct(metrics.precision)}</td>
      <td>{pct(metrics.recall)}</td>
      <td>{metrics.f1.toFixed(2)}</td>
      <td>{metrics.threshold.toFixed(2)}</td>
    </tr>
  );
}

/** The check-worthiness model in use, how it does on the desk's own labels, and "Retrain now" (admins). */
export default async function SuggestionsModelPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  const status = await suggestionsModelStatus(await getDb(), actor);
  if (!status.ok) denyPage(403);
  const { inUse, problem, evaluation, base, desk, pending } = status.data;
  return (
    <main className="page">
      <h1>Suggestions model</h1>
      <p>
        Suggestions come from a model trained on public labelled sentences ({base.labels.toLocaleString("en")} labels).
        Every claim flagged on a sentence teaches it that the sentence was worth checking, every dismissed suggestion
        that it was not; when 50 new labels have come in, the worker retrains it on the desk&apos;s labels, starting
        from the base model, and re-scores the documents.
      </p>
      <h2>In use</h2>
      <dl className="facts">
        <dt>Model</dt>
        <dd>
          {KIND_LABELS[inUse.kind]} <code>{inUse.version}</code>
        </dd>
        <dt>Trained</dt>
        <dd>
          <FormattedDate iso={inUse.trainedAt} /> on {inUse.labels.toLocaleString("en")} labels
        </dd>
        <dt>Suggested at or above</dt>
        <dd>{inUse.threshold.toFixed(2)}</dd>
        <dt>The desk&apos;s labels</dt>
        <dd>
          {desk.labels} ({desk.positives} flagged, {desk.labels - desk.positives} dismissed)
          {desk.missing > 0 && `: ${desk.missing} more needed before the first training`}
        </dd>
      </dl>
      {problem && (
        <p role="alert" className="error">
          The trained weights are not in use: {problem}.
        </p>
      )}
      {pending && (
        <p role="status">
          {pending.kind === "suggestions-retrain" ? "A retrain" : "A reset"} is {pending.status.toLowerCase()}
          {pending.lastError ? ` (last try: ${pending.lastError})` : ""}.
        </p>
      )}
      {evaluation && (
        <>
          <h2>On the desk&apos;s own labels</h2>
          <p>
            {evaluation.folds}-fold cross-validation on {evaluation.labels} labels: each label is scored by a model
            trained without it.
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Precision</th>
                  <th scope="col">Recall</th>
                  <th scope="col">F1</th>
                  <th scope="col">Threshold</th>
                </tr>
              </thead>
              <tbody>
                <Figures label="The desk's model" metrics={evaluation.desk} />
                <Figures label="The base model" metrics={evaluation.base} />
              </tbody>
            </table>
          </div>
        </>
      )}
      <SuggestionsModelActions deskInUse={inUse.kind === "desk"} />
    </main>
  );
}
