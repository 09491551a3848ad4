import { getFormatter, getTranslations } from "next-intl/server";
import { getServerText } from "@/server/i18n/server-text";
import { FormattedDate } from "@/components/formatted-date";
import { pageTitle } from "@/server/i18n/page-title";
import { SuggestionsModelActions } from "@/components/admin/suggestions-model-actions";
import type { BinaryMetrics } from "@/lib/checkworthiness/eval/metrics";
import { suggestionsModelStatus } from "@/lib/data/suggestions/desk-admin";
import { getDb } from "@/server/db";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const generateMetadata = () => pageTitle("suggestionsModel");
export const dynamic = "force-dynamic";

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
  const [t, format, translate] = await Promise.all([
    getTranslations("SuggestionsModel"),
    getFormatter(),
    getServerText(),
  ]);
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro", { labels: format.number(base.labels) })}</p>
      <h2>{t("inUse")}</h2>
      <dl className="facts">
        <dt>{t("model")}</dt>
        <dd>
          {t(`kinds.${inUse.kind}`)} <code>{inUse.version}</code>
        </dd>
        <dt>{t("trained")}</dt>
        <dd>
          <FormattedDate iso={inUse.trainedAt} /> {t("onLabels", { labels: format.number(inUse.labels) })}
        </dd>
        <dt>{t("threshold")}</dt>
        <dd>{inUse.threshold.toFixed(2)}</dd>
        <dt>{t("deskLabels")}</dt>
        <dd>
          {t("deskLabelCounts", {
            labels: desk.labels,
            flagged: desk.positives,
            dismissed: desk.labels - desk.positives,
          })}
          {desk.missing > 0 && t("missing", { count: desk.missing })}
        </dd>
      </dl>
      {problem && (
        <p role="alert" className="error">
          {t("problem", { problem: translate(problem) })}
        </p>
      )}
      {pending && (
        <p role="status">
          {t("pending", {
            kind: pending.kind === "suggestions-retrain" ? "retrain" : "reset",
            status: pending.status.toLowerCase(),
          })}
          {pending.lastError ? ` ${t("lastTry", { error: pending.lastError })}` : ""}.
        </p>
      )}
      {evaluation && (
        <>
          <h2>{t("onDeskLabels")}</h2>
          <p>{t("crossValidation", { folds: evaluation.folds, labels: evaluation.labels })}</p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("model")}</th>
                  <th scope="col">{t("precision")}</th>
                  <th scope="col">{t("recall")}</th>
                  <th scope="col">{t("f1")}</th>
                  <th scope="col">{t("thresholdColumn")}</th>
                </tr>
              </thead>
              <tbody>
                <Figures label={t("kinds.desk")} metrics={evaluation.desk} />
                <Figures label={t("kinds.base")} metrics={evaluation.base} />
              </tbody>
            </table>
          </div>
        </>
      )}
      <SuggestionsModelActions deskInUse={inUse.kind === "desk"} />
    </main>
  );
}
