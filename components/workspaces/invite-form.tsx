"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { WORKSPACE_ROLES, type WorkspaceRole } from "@/lib/workspaces/workspace-roles";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";

/** "Invite people": an email and a role give a link, shown once to copy. */
export function InviteForm({ slug }: { slug: string }) {
  const t = useTranslations("WorkspaceForms");
  const roleLabel = useTranslations("WorkspaceRoles");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<WorkspaceRole>("CHECKER");
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { setErrors, bind } = useFieldErrors();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    const result = await callApi<{ path: string; email: string }>(`/api/workspaces/${slug}/invitations`, "POST", {
      email,
      role,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setStatus(result.message);
      return;
    }
    setLink({ url: `${window.location.origin}${result.data.path}`, email: result.data.email });
    setEmail("");
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("invite")}</h2>
      <form onSubmit={submit} noValidate className="inline-form">
        <TextField
          id="invite-email"
          label={t("email")}
          type="email"
          autoComplete="off"
          {...bind("email", email, setEmail)}
        />
        <div className="field">
          <label htmlFor="invite-role">{t("role")}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as WorkspaceRole)}>
            {WORKSPACE_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {t("createInvitation")}
        </button>
      </form>
      {status && (
        <p role="alert" className="error">
          {status}
        </p>
      )}
      {link && (
        <div className="token-secret" role="status">
          <p>{t("linkFor", { email: link.email })}</p>
          <label htmlFor="invitation-link">{t("link")}</label>
          <input id="invitation-link" readOnly value={link.url} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link.url)}>
            {t("copyLink")}
          </button>
        </div>
      )}
    </section>
  );
}
