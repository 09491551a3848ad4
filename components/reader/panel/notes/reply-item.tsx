import type { ReplyView } from "@/lib/data/claims/claim-detail";
import { FormattedDate } from "../../../formatted-date";

/** One reply; its id is the target an inbox link scrolls to (?reply=<id>). */
export function ReplyItem({ reply }: { reply: ReplyView }) {
  return (
    <li id={`reply-${reply.id}`} tabIndex={-1} className="reply">
      <p className="note-meta">
        {reply.authorName}, <FormattedDate iso={reply.createdAt} />
      </p>
      {/* Sanitised on the server (lib/markdown/render-markdown.ts). */}
      <div dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />
    </li>
  );
}
