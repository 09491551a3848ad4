"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { TokenView } from "@/lib/data/accounts/api-tokens";
import { callApi } from "../api-client";
import { FormattedDate } from "../formatted-date";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";
import { WorkspaceSelect } from "../workspaces/workspace-select";

/** How long a new token lasts; each is named by Tokens.expiry.<key> in the messages. */
const EXPIRY_CHOICES = [
  { key: "days30", days: 30 },
  { key: "days90", days: 90 },
  { key: "year", days: 365 },
  { key: "never", days: null },
] as const;

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
  const t = useTranslations("Tokens");
  const [tokens, setTokens] = useState(initial);
  // "Expired" as of when the page opened: a render never reads the clock.
  const [openedAt] = useState(() => Date.now());
  const [name, setName] = useState("");
  const [read, setRead] = useState(true);
  const [write, setWrite] = useState(false);
  const [adminScope, setAdminScope] = useState(false);
  const [expiry, setExpiry] = useState<string>("days90");
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
    const choice = EXPIRY_CHOICES.find((c) => c.key === expiry);
    const days = choice ? choice.days : 90;
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
    setTokens((list) => list.map((listed) => (listed.id === token.id ? result.data : listed)));
    setStatus(t("revoked", { name: token.name }));
  };
  const state = (token: TokenView) =>
    token.revokedAt
      ? t("states.revoked")
      : token.expiresAt && new Date(token.expiresAt).getTime() < openedAt
        ? t("states.expired")
        : t("states.active");

  return (
    <>
      <form onSubmit={create} noValidate aria-labelledby="new-token-heading" className="token-form">
        <h2 id="new-token-heading">{t("newToken")}</h2>
        <TextField
          id="token-name"
          label={t("name")}
          maxLength={100}
          error={errors.name}
          value={name}
          onChange={(value) => {
            setName(value);
            clear("name");
          }}
        />
        <fieldset aria-describedby={errors.scopes ? "token-scopes-error" : undefined}>
          <legend>{t("scopes")}</legend>
          <label>
            <input type="checkbox" checked={read} onChange={(e) => (setRead(e.target.checked), clear("scopes"))} />{" "}
            {t("read")}
          </label>{" "}
          <label>
            <input type="checkbox" checked={write} onChange={(e) => (setWrite(e.target.checked), clear("scopes"))} />{" "}
            {t("write")}
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
                {t("admin")}
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
          <label htmlFor="token-expiry">{t("expiresAfter")}</label>
          <select id="token-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            {EXPIRY_CHOICES.map((c) => (
              <option key={c.key} value={c.key}>
                {t(`expiry.${c.key}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {t("create")}
        </button>
      </form>

      {secret && (
        <div className="token-secret" role="alert">
          <p>{t("copyNow", { name: secret.name })}</p>
          <label htmlFor="token-secret-value">{t("token")}</label>
          <input id="token-secret-value" readOnly value={secret.value} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(secret.value).then(() => setStatus(t("copied")))}
          >
            {t("copy")}
          </button>
        </div>
      )}

      <p role="status" className="status-line">
        {status ?? ""}
      </p>

      <h2>{showOwners ? t("everyones") : t("yours")}</h2>
      {tokens.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                {showOwners && <th scope="col">{t("owner")}</th>}
                <th scope="col">{t("scopes")}</th>
                <th scope="col">{t("created")}</th>
                <th scope="col">{t("lastUsed")}</th>
                <th scope="col">{t("expires")}</th>
                <th scope="col">{t("state")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  {showOwners && (
                    <td>{token.ownerId === viewerId ? t("you", { name: token.ownerName }) : token.ownerName}</td>
                  )}
                  <td>{token.scopes.join(", ")}</td>
                  <td>
                    <FormattedDate iso={token.createdAt} />
                  </td>
                  <td>{token.lastUsedAt ? <FormattedDate iso={token.lastUsedAt} /> : t("never")}</td>
                  <td>{token.expiresAt ? <FormattedDate iso={token.expiresAt} /> : t("never")}</td>
                  <td>{state(token)}</td>
                  <td>
                    {!token.revokedAt && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => void revoke(token)}
                        aria-label={t("revokeLabel", { name: token.name })}
                      >
                        {t("revoke")}
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
