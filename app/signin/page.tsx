import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/server/env";
import { pageTitle } from "@/server/i18n/page-title";

// The codes next-auth and the OAuth sign-in callback (server/auth-options.ts) send back here;
// only these are shown, never text taken from the URL.
const ERROR_CODES = ["OAuthUnverified", "OAuthNoEmail", "AccountDisabled", "AccessDenied"] as const;
type ErrorCode = (typeof ERROR_CODES)[number];
const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

export const generateMetadata = () => pageTitle("signIn");
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const query = searchParamsFrom(await searchParams);
  const callbackUrl = query.get("callbackUrl") ?? undefined;
  const t = await getTranslations("SignIn");
  const code = query.get("error");
  const error = code === null ? null : isErrorCode(code) ? t(`errors.${code}`) : t("errors.other");
  const e = env();
  const providers = [
    ...(e.GITHUB_ID && e.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
  return (
    <main className="page page-narrow">
      <h1>{t("title")}</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl ?? "/"} oauthProviders={providers} />
      <p>
        {t.rich("noAccount", {
          link: (chunks) => (
            <Link href={`/signup${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </main>
  );
}
