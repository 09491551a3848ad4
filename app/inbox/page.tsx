import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { listInbox } from "@/lib/data/notes/inbox";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";
import { FormattedDate } from "@/components/formatted-date";
import { MarkReadButton } from "@/components/inbox/mark-read-button";
import { InboxLink } from "@/components/inbox/inbox-link";
import { truncate } from "@/lib/text/truncate";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

export default async function InboxPage() {
  const result = await listInbox(await getDb(), await getActor());
  if (!result.ok) denyPage(result.status);
  return (
    <main className="page">
      <h1>Inbox</h1>
      {result.data.some((item) => !item.read) && <MarkReadButton ids="all" label="Mark all as read" />}
      {result.data.length === 0 ? (
        <p>Nobody has mentioned you yet. People mention you by writing @ and your name in a note or a reply.</p>
      ) : (
        <ol className="inbox">
          {result.data.map((item) => (
            <li key={item.id} className={item.read ? "inbox-read" : "inbox-unread"}>
              <p className="note-meta">
                <strong>{item.authorName}</strong> mentioned you in a {item.kind},{" "}
                <FormattedDate iso={item.createdAt} />, on{" "}
                <InboxLink href={item.href} mentionId={item.id} unread={!item.read}>
                  “{truncate(item.claimExact, 100)}”
                </InboxLink>
                {item.read ? (
                  " · read"
                ) : (
                  <>
                    {" "}
                    · <strong>unread</strong> <MarkReadButton ids={[item.id]} label="Mark as read" />
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
