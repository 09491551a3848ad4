"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { safeCallback } from "@/lib/auth/safe-callback";
import { signUpSchema } from "@/lib/validation/auth";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { callApi } from "../api-client";
import { useFieldErrors } from "../use-field-errors";
import { TextField } from "../text-field";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("SignUp");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { setErrors, bind } = useFieldErrors();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = signUpSchema.safeParse({ name, email, password });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    setBusy(true);
    const created = await callApi("/api/signup", "POST", { name, email, password });
    if (!created.ok) {
      setBusy(false);
      setErrors(created.fieldErrors);
      setMessage(Object.keys(created.fieldErrors).length ? null : created.message);
      return;
    }
    const result = await signIn("credentials", { email, password, redirect: false });
    setBusy(false);
    if (!result || result.error) {
      setMessage(t("createdButSignInFailed"));
      return;
    }
    window.location.assign(safeCallback(callbackUrl, window.location.origin));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="auth-form">
      <TextField id="name" label={t("name")} autoComplete="name" {...bind("name", name, setName)} />
      <TextField id="email" label={t("email")} type="email" autoComplete="email" {...bind("email", email, setEmail)} />
      <TextField
        id="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        {...bind("password", password, setPassword)}
      />
      <p className="hint">{t("passwordHint")}</p>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t("submit")}
      </button>
    </form>
  );
}
