"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/**
 * "Download PDF" that says what is happening: printing a long report takes seconds, so the
 * link shows "Preparing PDF…" while it is printed, then saves it. The plain link underneath
 * still works without JavaScript.
 */
export function PdfDownloadLink({
  href,
  filename,
  children,
}: {
  href: string;
  filename: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("ReportPage");
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setStatus({ text: t("preparingPdf"), error: false });
    const response = await fetch(href).catch(() => null);
    if (!response?.ok) {
      const message = response
        ? ((await response.json().catch(() => ({}))) as { message?: string }).message
        : undefined;
      return setStatus({ text: message ?? t("pdfFailed"), error: true });
    }
    const url = URL.createObjectURL(await response.blob());
    const save = document.createElement("a");
    save.href = url;
    // The server's name for it (it carries the report's date), else the one given.
    save.download = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? filename;
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus({ text: t("pdfReady"), error: false });
  }

  return (
    <>
      <a href={href} download onClick={(e) => void download(e)}>
        {children}
      </a>
      <span role="status" className={status?.error ? "field-error" : "hint"}>
        {status ? ` ${status.text}` : ""}
      </span>
    </>
  );
}
