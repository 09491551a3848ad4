import Link from "next/link";
import { useTranslations } from "next-intl";

export default function Forbidden() {
  const t = useTranslations("ErrorPages");
  return (
    <main className="page page-narrow">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenText")}</p>
      <Link href="/">{t("backToDocuments")}</Link>
    </main>
  );
}
