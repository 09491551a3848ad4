import Link from "next/link";
import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("ErrorPages");
  return (
    <main className="page page-narrow">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <p>
        <Link href="/">{t("backToDocuments")}</Link>
      </p>
    </main>
  );
}
