import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { pageTitle } from "@/server/i18n/page-title";
import { listInbox } from "@/lib/data/notes/inbox";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { FormattedDate } from "@/components/formatted-date";
import { MarkReadButton } from "@/components/inbox/mark-read-button";
import { InboxLink } from "@/components/inbox/inbox-link";
import { truncate } from "@/lib/text/truncate";

export const generateMetadata = () => pageTitle("inbox");
export const dynamic = "force-dynamic";

export default async function InboxPage() {
  const result = await listInbox(await getDb(), await getActor());
  if (!result.ok) denyPage(result.status);
  const t = await getTranslations("Inbox");
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      {result.data.some((item) => !item.read) && <MarkReadButton ids="all" label={t("markAllRead")} />}
      {result.data.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="inbox">
          {result.data.map((item) => (
            <li key={item.id} className={item.read ? "inbox-read" : "inbox-unread"}>
              <p className="note-meta">
                {t.rich("mentioned", {
                  name: item.authorName,
                  kind: item.kind,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}{" "}
                <FormattedDate iso={item.createdAt} />
                {t("on")}{" "}
                <InboxLink href={item.href} mentionId={item.id} unread={!item.read}>
                  “{truncate(item.claimExact, 100)}”
                </InboxLink>
                {item.read ? (
                  ` · ${t("read")}`
                ) : (
                  <>
                    {" "}
                    · <strong>{t("unread")}</strong> <MarkReadButton ids={[item.id]} label={t("markRead")} />
                  </>
                )}
              </p>
              {/* Sanitised on the server. */}
              <div dangerouslySetInnerHTML={{ __html: item.html }} />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
