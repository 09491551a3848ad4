import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { getDb } from "@/server/db";
import { getReviewStats, type StatsBlock } from "@/lib/data/review/review-stats";
import { CLAIM_STATUSES } from "@/lib/claim-status";
import { pageTitle } from "@/server/i18n/page-title";
import { VERDICTS } from "@/lib/verdicts";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { VerdictChip } from "@/components/chips";

export const generateMetadata = () => pageTitle("stats");
export const dynamic = "force-dynamic";

/** Below this many rated claims, α says more about chance than about the desk. */
const FEWEST_TO_MEASURE = 10;

/** One block of figures; `label` names it (the document's title, or "All documents"). */
function Block({ block, label }: { block: StatsBlock; label: string }) {
  const { alpha, claims, notes } = block.agreement;
  const measured = alpha !== null && claims >= FEWEST_TO_MEASURE;
  const t = useTranslations("Stats");
  const statusLabel = useTranslations("Statuses");

  return (
    <section aria-label={label} className="stats-block">
      <h2>{label}</h2>
      <p>{t("claims", { count: block.total })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t("byStatus")}</caption>
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
          <caption>{t("byVerdict")}</caption>
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
        {t.rich("alpha", {
          value: measured ? alpha.toFixed(3) : t("tooFew"),
          claims,
          notes,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
        {measured ? "." : t("needs", { count: FEWEST_TO_MEASURE })}
      </p>
      <p className="hint">{t("howToRead")}</p>
    </section>
  );
}

export default async function StatsPage() {
  const result = await getReviewStats(await getDb(), await getActor());
  if (!result.ok) denyPage(result.status);
  const t = await getTranslations("Stats");
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <Block block={result.data.overall} label={t("allDocuments")} />
      {/* With one document its table would repeat the overall one. */}
      {result.data.documents.length > 1 &&
        result.data.documents.map((d) => <Block key={d.label} block={d} label={d.label} />)}
    </main>
  );
}
