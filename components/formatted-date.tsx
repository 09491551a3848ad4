import { useFormatter, useLocale } from "next-intl";

/**
 * A timestamp shown in UTC so the server and the browser render the same text: in English as
 * "2026-12-06 09:41 UTC" (sorts and reads the same everywhere), in other languages in that
 * language's own order and month names ("6 dic 2026, 9:41 UTC").
 */
export function FormattedDate({ iso }: { iso: string }) {
  const locale = useLocale();
  const format = useFormatter();
  const date = new Date(iso);
  const text =
    locale === "en"
      ? date.toISOString().replace("T", " ").slice(0, 16)
      : format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return <time dateTime={iso}>{`${text} UTC`}</time>;
}
