"use client";

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
  return (
    <div className="note-thread">
      <ResolvableReplies
        replies={thread.replies}
        state={thread}
        resolveUrl={`/api/notes/${noteId}/thread`}
        kind="thread"
        listLabel="Replies to this note"
        action={
          onAnswer && (
            <button type="button" className="secondary" onClick={onAnswer}>
              Answer this note
            </button>
          )
        }
        onChanged={onChanged}
      />
    </div>
  );
}
