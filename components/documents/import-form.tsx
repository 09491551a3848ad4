"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { revisionOutcomeKey } from "@/lib/document/revision-outcome";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";
import { WorkspaceSelect } from "../workspaces/workspace-select";

type Tab = "paste" | "file" | "url";

// Each tab's name is ImportForm.tabs.<id> in the messages.
const TABS: Tab[] = ["paste", "file", "url"];

interface Props {
  /** "document": a new document; "revision": a new version of `slug`. */
  mode: "document" | "revision";
  slug?: string;
  /** A new document's choice of workspace (those where the person may add one), and the one chosen first. */
  workspaces?: { slug: string; name: string }[];
  initialWorkspace?: string;
}

interface Imported {
  slug: string;
  note: string | null;
  /** A new version's claims: how many stayed, were reworded, were orphaned. */
  revision?: number;
  exact?: number;
  fuzzy?: number;
  orphaned?: number;
}

/**
 * The three ways a document comes in, as tabs, for a new document or a new version. A
 * failed import keeps everything typed (in every tab) and shows the message beside the field.
 */
export function ImportForm({ mode, slug, workspaces = [], initialWorkspace }: Props) {
  const router = useRouter();
  const t = useTranslations("ImportForm");
  const [tab, setTab] = useState<Tab>("paste");
  const [title, setTitle] = useState("");
  const [workspace, setWorkspace] = useState(initialWorkspace ?? workspaces[0]?.slug ?? "");
  const [format, setFormat] = useState<"text" | "markdown">("text");
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { errors, setErrors, clear: clearError } = useFieldErrors();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ paste: null, file: null, url: null });
  const button = mode === "document" ? t("importDocument") : t("importNewVersion");
  const endpoint = mode === "document" ? "/api/documents" : `/api/documents/${slug}/revisions`;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setErrors({});
    let body: unknown;
    if (tab === "file") {
      if (!file) {
        setBusy(false);
        setErrors({ file: t("chooseFile") });
        return;
      }
      const form = new FormData();
      form.set("file", file);
      if (title.trim()) form.set("title", title);
      if (workspace) form.set("workspace", workspace);
      body = form;
    } else {
      const named = { ...(title.trim() ? { title } : {}), ...(workspace ? { workspace } : {}) };
      body = tab === "paste" ? { source: "paste", format, text, ...named } : { source: "url", url, ...named };
    }
    const result = await callApi<Imported>(endpoint, "POST", body);
    setBusy(false);
    if (!result.ok) {
      const fieldFor: Record<Tab, string> = { paste: "text", file: "file", url: "url" };
      const fields = Object.keys(result.fieldErrors).length ? result.fieldErrors : { [fieldFor[tab]]: result.message };
      setErrors(fields);
      setMessage(result.message);
      return;
    }
    // The reader shows reviewers the import's note (e.g. no article found on the page), and
    // after a new version what became of the claims.
    const { revision, exact = 0, fuzzy = 0, orphaned = 0 } = result.data;
    if (mode === "revision" && revision)
      window.sessionStorage.setItem(
        revisionOutcomeKey(result.data.slug),
        JSON.stringify({ revision, exact, fuzzy, orphaned }),
      );
    router.push(`/documents/${result.data.slug}`);
    router.refresh();
  };

  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`import-${name}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form onSubmit={submit} className="import-form" noValidate>
      <div role="tablist" aria-label={t("tabsLabel")} className="tabs">
        {TABS.map((id, index) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`import-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`import-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => onTabKey(e, index)}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>

      {/* Not named after its tab: "Paste text" and "Upload a file" would also answer to the
          labels of the "Text" and "File" fields inside it. */}
      <div role="tabpanel" id={`import-panel-${tab}`} className="tab-panel">
        {mode === "document" && workspaces.length > 0 && (
          <WorkspaceSelect id="import-workspace" workspaces={workspaces} value={workspace} onChange={setWorkspace} />
        )}
        {mode === "document" && (
          <TextField
            id="import-title"
            label={t("title")}
            maxLength={300}
            hint={t("titleHint")}
            error={errors.title}
            value={title}
            onChange={(value) => {
              setTitle(value);
              clearError("title");
            }}
          />
        )}

        {tab === "paste" && (
          <>
            <div className="field">
              <label htmlFor="import-format">{t("format")}</label>
              <select
                id="import-format"
                value={format}
                onChange={(e) => setFormat(e.target.value === "markdown" ? "markdown" : "text")}
              >
                <option value="text">{t("plainText")}</option>
                <option value="markdown">{t("markdown")}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="import-text">{t("text")}</label>
              <textarea
                id="import-text"
                rows={14}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  clearError("text");
                }}
                aria-invalid={Boolean(errors.text)}
                aria-describedby={errors.text ? "import-text-error" : undefined}
              />
              {fieldError("text")}
            </div>
          </>
        )}

        {tab === "file" && (
          <div className="field">
            <label htmlFor="import-file">{t("file")}</label>
            <input
              id="import-file"
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                clearError("file");
              }}
              aria-invalid={Boolean(errors.file)}
              aria-describedby={errors.file ? "import-file-error" : "import-file-hint"}
            />
            <p id="import-file-hint" className="hint">
              {t("fileHint")}
              {file ? ` ${t("chosen", { name: file.name })}` : ""}
            </p>
            {fieldError("file")}
          </div>
        )}

        {tab === "url" && (
          <TextField
            id="import-url"
            label={t("url")}
            type="url"
            inputMode="url"
            placeholder="https://"
            error={errors.url}
            value={url}
            onChange={(value) => {
              setUrl(value);
              clearError("url");
            }}
          />
        )}

        {message && !Object.keys(errors).length && (
          <p role="alert" className="form-error">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t("importing") : button}
        </button>
        <p className="visually-hidden" role="status">
          {busy ? t("importing") : ""}
        </p>
      </div>
    </form>
  );
}
