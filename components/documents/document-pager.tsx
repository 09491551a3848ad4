import Link from "next/link";
import { useTranslations } from "next-intl";

/** "Previous page · Page N of M · Next page" under a list of documents (server-rendered links). */
export function DocumentPager({
  page,
  pages,
  hrefOf,
}: {
  page: number;
  pages: number;
  hrefOf: (page: number) => string;
}) {
  const t = useTranslations("Pager");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("documentPages")} className="pager">
      {page > 1 && <Link href={hrefOf(page - 1)}>{t("previous")}</Link>}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages && <Link href={hrefOf(page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
