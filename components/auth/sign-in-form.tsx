"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { safeCallback } from "@/lib/auth/safe-callback";
import { signInSchema } from "@/lib/validation/auth";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { useFieldErrors } from "../use-field-errors";
import { TextField } from "../text-field";

/** next-auth reports a failed credentials sign-in with this code when no message was thrown. */
const GENERIC_FAILURE = "CredentialsSignin";

export function SignInForm({
  callbackUrl,
  oauthProviders,
}: {
  callbackUrl: string;
  oauthProviders: { id: string; name: string }[];
}) {
  const t = useTranslations("SignIn");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { setErrors, bind } = useFieldErrors();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = signInSchema.safeParse({ email, password });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    setBusy(true);
    const result = await signIn("credentials", { email, password, redirect: false });
    setBusy(false);
    if (!result || result.error) {
      setMessage(!result?.error || result.error === GENERIC_FAILURE ? t("wrongPassword") : result.error);
      return;
    }
    window.location.assign(safeCallback(callbackUrl, window.location.origin));
  }

  return (
    <>
      <form onSubmit={(e) => void submit(e)} noValidate className="auth-form">
        <TextField
          id="email"
          label={t("email")}
          type="email"
          autoComplete="email"
          {...bind("email", email, setEmail)}
        />
        <TextField
          id="password"
          label={t("password")}
          type="password"
          autoComplete="current-password"
          {...bind("password", password, setPassword)}
        />
        {message && (
          <p role="alert" className="error">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t("submit")}
        </button>
      </form>
      {oauthProviders.map((p) => (
        <button
          key={p.id}
          type="button"
          className="secondary"
          onClick={() => void signIn(p.id, { callbackUrl: safeCallback(callbackUrl, window.location.origin) })}
        >
          {t("withProvider", { provider: p.name })}
        </button>
      ))}
    </>
  );
}
