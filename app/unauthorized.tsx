import { useTranslations } from "next-intl";
import { SignInToContinue } from "@/components/sign-in-to-continue";

export default function Unauthorized() {
  const t = useTranslations("ErrorPages");
  return (
    <main className="page page-narrow">
      <h1>{t("unauthorizedTitle")}</h1>
      <p>{t("unauthorizedText")}</p>
      <SignInToContinue />
    </main>
  );
}
