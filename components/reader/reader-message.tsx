"use client";

import { useTranslations } from "next-intl";
import type { ReaderMessage } from "./state/reader-state";

/** A reader message's words, with "open it" when it names a claim that is already flagged. */
export function ReaderMessageText({
  message,
  onOpenClaim,
}: {
  message: ReaderMessage;
  onOpenClaim: (id: string) => void;
}) {
  const t = useTranslations("ReaderMessages");
  return (
    <>
      {message.key ? t(message.key) : message.text}
      {message.claimId && (
        <>
          {" "}
          <button type="button" className="link-button" onClick={() => onOpenClaim(message.claimId!)}>
            {t("openIt")}
          </button>
        </>
      )}
    </>
  );
}
