import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/server/i18n/page-title";
import { searchParamsFrom, type SearchParamsRecord } from "@/lib/search-params";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const generateMetadata = () => pageTitle("signUp");

export default async function SignUpPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const callbackUrl = searchParamsFrom(await searchParams).get("callbackUrl") ?? undefined;
  const t = await getTranslations("SignUp");
  return (
    <main className="page page-narrow">
      <h1>{t("title")}</h1>
      <SignUpForm callbackUrl={callbackUrl ?? "/"} />
      <p>{t.rich("haveAccount", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}</p>
    </main>
  );
}
