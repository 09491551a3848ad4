"use client";

import { useState } from "react";
import { WORKSPACE_ROLES, workspaceRoleLabel, type WorkspaceRole } from "@/lib/workspaces/workspace-roles";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";

/** "Invite people": an email and a role give a link, shown once to copy. */
export function InviteForm({ slug }: { slug: string }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<WorkspaceRole>("CHECKER");
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFieldErrors();

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
      <h2 id="invite-heading">Invite people</h2>
      <form onSubmit={submit} noValidate className="inline-form">
        <TextField
          id="invite-email"
          label="Email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(value) => (setEmail(value), clear("email"))}
          error={errors.email}
        />
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as WorkspaceRole)}>
            {WORKSPACE_ROLES.map((r) => (
              <option key={r} value={r}>
                {workspaceRoleLabel(r)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          Create invitation
        </button>
      </form>
      {status && (
        <p role="alert" className="error">
          {status}
        </p>
      )}
      {link && (
        <div className="token-secret" role="status">
          <p>
            The invitation link for {link.email}. It is shown only now, works once, and expires in 7 days: copy it and
            send it to them.
          </p>
          <label htmlFor="invitation-link">Invitation link</label>
          <input id="invitation-link" readOnly value={link.url} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link.url)}>
            Copy link
          </button>
        </div>
      )}
    </section>
  );
}
