"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { NoteView } from "@/lib/data/claims/claim-detail";
import type { NoteWritten } from "@/lib/data/notes/notes";
import { callApi } from "../../../api-client";
import { FormattedDate } from "../../../formatted-date";
import { NoteForm } from "./note-form";
import { NoteThread } from "./note-thread";
import { SourceList } from "./source-list";
import type { Viewer } from "../../viewer";
import { VerdictChip } from "@/components/chips";

interface Props {
  note: NoteView;
  viewer: Viewer | null;
  onChanged: (claimVersion?: number) => void;
  /** Sets the discussion's reply form to answer this note (null when the viewer cannot reply). */
  onAnswer: (() => void) | null;
}

/** One verification note; its author can edit or delete it, an admin can delete it. */
export function NoteCard({ note, viewer, onChanged, onAnswer }: Props) {
  const t = useTranslations("NoteCard");
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isAuthor = viewer?.id === note.authorId;
  const canDelete = isAuthor || viewer?.role === "ADMIN";

  async function remove() {
    if (!window.confirm(t("deleteConfirm"))) return;
    const result = await callApi<NoteWritten>(`/api/notes/${note.id}`, "DELETE");
    if (!result.ok) return setError(result.message);
    onChanged(result.data.claimVersion);
  }

  if (editing) {
    return (
      <NoteForm
        noteId={note.id}
        initial={note}
        onSaved={(claimVersion) => {
          setEditing(false);
          onChanged(claimVersion);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  return (
    <article
      className="note-card"
      aria-label={t("label", { name: note.authorName })}
      id={`note-${note.id}`}
      tabIndex={-1}
    >
      <p className="note-meta">
        <VerdictChip verdict={note.verdict} /> {note.authorName}, <FormattedDate iso={note.createdAt} />
        {note.editedAt && <span className="edited"> · {t("edited")}</span>}
      </p>
      {/* Rendered from Markdown and sanitised on the server (lib/markdown/render-markdown.ts). */}
      <div className="note-rationale" dangerouslySetInnerHTML={{ __html: note.rationaleHtml }} />
      <SourceList sources={note.sources} />
      {note.versions.length > 0 && (
        <details className="note-versions">
          <summary>{t("editHistory", { count: note.versions.length })}</summary>
          <ol>
            {note.versions.map((version, index) => (
              <li key={index}>
                <p className="note-meta">
                  <VerdictChip verdict={version.verdict} /> {t("asWritten")} <FormattedDate iso={version.writtenAt} />
                </p>
                <div dangerouslySetInnerHTML={{ __html: version.rationaleHtml }} />
                <SourceList sources={version.sources} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {(isAuthor || canDelete) && (
        <div className="note-actions">
          {isAuthor && (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t("edit")}
            </button>
          )}
          {canDelete && (
            <button type="button" className="danger" onClick={() => void remove()}>
              {t("delete")}
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <NoteThread noteId={note.id} thread={note.thread} onAnswer={onAnswer} onChanged={() => onChanged()} />
    </article>
  );
}
