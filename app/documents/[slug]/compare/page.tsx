import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/server/i18n/page-title";
import { getServerText } from "@/server/i18n/server-text";
import { compareRevisions } from "@/lib/data/documents/revision-compare";
import { limitAnonymousCompare } from "@/lib/limits/request-limits";
import { env } from "@/server/env";
import { clientIp } from "@/server/request/client-ip";
import { admitPageToDocument } from "@/server/page-access";

export const generateMetadata = () => pageTitle("compare");
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { db, actor } = await admitPageToDocument(slug);
  const [t, translate] = await Promise.all([getTranslations("Compare"), getServerText()]);
  // A visitor's comparisons are limited like their exports: each new pair is a diff to compute.
  if (!actor) {
    const limited = await limitAnonymousCompare(db, clientIp(await headers()), env().COMPARE_LIMIT_PER_MINUTE);
    if (limited)
      return (
        <main className="page">
          <h1>{t("tooMany")}</h1>
          <p role="alert">{translate(limited.message)}</p>
          <p>
            <Link href={`/documents/${slug}`}>{t("back")}</Link>
          </p>
        </main>
      );
  }
  const to = Number.parseInt(query.to ?? "", 10);
  const from = Number.parseInt(query.from ?? "", 10);
  const comparison = await compareRevisions(
    db,
    slug,
    Number.isInteger(from) ? from : undefined,
    Number.isInteger(to) ? to : undefined,
  );
  if (!comparison) notFound();
  return (
    <main className="page page-wide">
      <p>
        <Link href={`/documents/${slug}`}>← {comparison.title}</Link>
      </p>
      <h1>{t("title", { from: comparison.from, to: comparison.to })}</h1>
      <form method="get" className="compare-picker">
        <label htmlFor="compare-from">{t("from")}</label>
        <select id="compare-from" name="from" defaultValue={comparison.from}>
          {comparison.revisions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <label htmlFor="compare-to">{t("to")}</label>
        <select id="compare-to" name="to" defaultValue={comparison.to}>
          {comparison.revisions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <button type="submit">{t("compare")}</button>
      </form>

      <section aria-labelledby="touched-heading">
        <h2 id="touched-heading">{t("touched")}</h2>
        {comparison.touched.length === 0 ? (
          <p>{t("noneTouched")}</p>
        ) : (
          <ul className="touched-claims">
            {comparison.touched.map((c) => (
              <li key={c.id}>
                <span className={`anchor-state anchor-${c.state}`}>
                  {c.reattachedBy ? t("reattachedBy", { name: c.reattachedBy }) : t(`states.${c.state}`)}
                </span>{" "}
                <Link href={`/documents/${slug}#claim-${c.id}`}>
                  <q>{c.before}</q>
                </Link>
                {c.after !== null && c.after !== c.before && (
                  <>
                    {" → "}
                    <q>{c.after}</q>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t("changes")}</h2>
        <p className="hint">{t("changesHint")}</p>
        <div className="diff-text">
          {comparison.parts.map((part, index) =>
            part.op === 0 ? (
              <span key={index}>{part.text}</span>
            ) : part.op === -1 ? (
              <del key={index}>
                <span className="visually-hidden">{t("removedStart")}</span>
                {part.text}
                <span className="visually-hidden">{t("end")}</span>
              </del>
            ) : (
              <ins key={index}>
                <span className="visually-hidden">{t("addedStart")}</span>
                {part.text}
                <span className="visually-hidden">{t("end")}</span>
              </ins>
            ),
          )}
        </div>
      </section>
    </main>
  );
}
