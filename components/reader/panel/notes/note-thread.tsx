"use client";

import { useTranslations } from "next-intl";
import type { NoteThreadView } from "@/lib/data/claims/claim-detail";
import { ResolvableReplies } from "./resolvable-replies";

interface Props {
  noteId: string;
  thread: NoteThreadView;
  /** "Answer this note": the discussion's reply form, set to answer this note. */
  onAnswer: (() => void) | null;
  onChanged: () => void;
}

/** The replies answering one note, threaded under it as in document comments (one conversation model). */
export function NoteThread({ noteId, thread, onAnswer, onChanged }: Props) {
  const t = useTranslations("Discussion");
  return (
    <div className="note-thread">
      <ResolvableReplies
        replies={thread.replies}
        state={thread}
        resolveUrl={`/api/notes/${noteId}/thread`}
        kind="thread"
        listLabel={t("noteRepliesLabel")}
        action={
          onAnswer && (
            <button type="button" className="secondary" onClick={onAnswer}>
              {t("answerNote")}
            </button>
          )
        }
        onChanged={onChanged}
      />
    </div>
  );
}
