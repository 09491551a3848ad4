"use client";

import { useState } from "react";
import type { TokenView } from "@/lib/data/accounts/api-tokens";
import { callApi } from "../api-client";
import { FormattedDate } from "../formatted-date";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";
import { WorkspaceSelect } from "../workspaces/workspace-select";

const EXPIRY_CHOICES: { label: string; days: number | null }[] = [
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "1 year", days: 365 },
  { label: "Never", days: null },
];

/** Create, list and revoke personal access tokens. A new secret is shown once, with a copy button. */
export function TokenManager({
  initial,
  viewerId,
  showOwners,
  workspaces,
}: {
  initial: TokenView[];
  viewerId: string;
  showOwners: boolean;
  /** The workspaces the person is in: a token answers within one of them. */
  workspaces: { slug: string; name: string }[];
}) {
  const [tokens, setTokens] = useState(initial);
  // "Expired" as of when the page opened: a render never reads the clock.
  const [openedAt] = useState(() => Date.now());
  const [name, setName] = useState("");
  const [read, setRead] = useState(true);
  const [write, setWrite] = useState(false);
  const [adminScope, setAdminScope] = useState(false);
  const [expiry, setExpiry] = useState("90 days");
  const [workspace, setWorkspace] = useState(workspaces[0]?.slug ?? "");
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFieldErrors();

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    const scopes = [...(read ? ["read"] : []), ...(write ? ["write"] : []), ...(adminScope ? ["admin"] : [])];
    const days = EXPIRY_CHOICES.find((c) => c.label === expiry)?.days ?? 90;
    const result = await callApi<TokenView & { secret: string }>("/api/tokens", "POST", {
      name,
      scopes,
      expiresInDays: days,
      workspace,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setStatus(result.message);
      return;
    }
    const { secret: value, ...token } = result.data;
    setTokens((list) => [token, ...list]);
    setSecret({ name: token.name, value });
    setName("");
    setErrors({});
  };

  const revoke = async (token: TokenView) => {
    const result = await callApi<TokenView>(`/api/tokens/${token.id}`, "DELETE");
    if (!result.ok) return setStatus(result.message);
    setTokens((list) => list.map((t) => (t.id === token.id ? result.data : t)));
    setStatus(`Revoked “${token.name}”: it stops working at once.`);
  };

  const state = (t: TokenView) =>
    t.revokedAt ? "Revoked" : t.expiresAt && new Date(t.expiresAt).getTime() < openedAt ? "Expired" : "Active";

  return (
    <>
      <form onSubmit={create} noValidate aria-labelledby="new-token-heading" className="token-form">
        <h2 id="new-token-heading">New token</h2>
        <TextField
          id="token-name"
          label="Name"
          maxLength={100}
          error={errors.name}
          value={name}
          onChange={(value) => {
            setName(value);
            clear("name");
          }}
        />
        <fieldset aria-describedby={errors.scopes ? "token-scopes-error" : undefined}>
          <legend>Scopes</legend>
          <label>
            <input type="checkbox" checked={read} onChange={(e) => (setRead(e.target.checked), clear("scopes"))} /> read
          </label>{" "}
          <label>
            <input type="checkbox" checked={write} onChange={(e) => (setWrite(e.target.checked), clear("scopes"))} />{" "}
            write
          </label>
          {showOwners && (
            <>
              {" "}
              <label>
                <input
                  type="checkbox"
                  checked={adminScope}
                  onChange={(e) => (setAdminScope(e.target.checked), clear("scopes"))}
                />{" "}
                admin (without it, this token acts as a reviewer)
              </label>
            </>
          )}
          {errors.scopes && (
            <p id="token-scopes-error" className="field-error">
              {errors.scopes}
            </p>
          )}
        </fieldset>
        <WorkspaceSelect id="token-workspace" workspaces={workspaces} value={workspace} onChange={setWorkspace} />
        <div className="field">
          <label htmlFor="token-expiry">Expires after</label>
          <select id="token-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            {EXPIRY_CHOICES.map((c) => (
              <option key={c.label}>{c.label}</option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          Create token
        </button>
      </form>

      {secret && (
        <div className="token-secret" role="alert">
          <p>
            Your new token “{secret.name}”. Copy it now: Claimmark keeps only a fingerprint of it and cannot show it
            again.
          </p>
          <label htmlFor="token-secret-value">Token</label>
          <input id="token-secret-value" readOnly value={secret.value} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(secret.value).then(() => setStatus("Copied."))}
          >
            Copy token
          </button>
        </div>
      )}

      <p role="status" className="status-line">
        {status ?? ""}
      </p>

      <h2>{showOwners ? "Everyone's tokens" : "Your tokens"}</h2>
      {tokens.length === 0 ? (
        <p>No tokens yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                {showOwners && <th scope="col">Owner</th>}
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  {showOwners && <td>{t.ownerId === viewerId ? `${t.ownerName} (you)` : t.ownerName}</td>}
                  <td>{t.scopes.join(", ")}</td>
                  <td>
                    <FormattedDate iso={t.createdAt} />
                  </td>
                  <td>{t.lastUsedAt ? <FormattedDate iso={t.lastUsedAt} /> : "Never"}</td>
                  <td>{t.expiresAt ? <FormattedDate iso={t.expiresAt} /> : "Never"}</td>
                  <td>{state(t)}</td>
                  <td>
                    {!t.revokedAt && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => void revoke(t)}
                        aria-label={`Revoke ${t.name}`}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
