"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ReaderMessageText } from "../reader-message";
import { useReader } from "../state/reader-context";

interface Props {
  /** The open claim is an orphan a reviewer can move onto the selection. */
  canReattach: boolean;
  onFlag: () => void;
  onReattach: () => void;
  onOpenClaim: (id: string) => void;
}

/**
 * What stands beside a selection: "Flag claim" (or "Sign in to flag"), "Re-attach here" for
 * an orphan, and any message about the selection, where the person is looking.
 */
export function SelectionControls({ canReattach, onFlag, onReattach, onOpenClaim }: Props) {
  const t = useTranslations("SelectionControls");
  const { state, viewer, isCurrentRevision } = useReader();
  const { pending, busy, message } = state;
  const router = useRouter();
  // Keeps the selection: a mouse-down on the button must not clear what it acts on.
  const keepSelection = (event: React.MouseEvent) => event.preventDefault();
  return (
    <>
      {pending && canReattach && (
        <button
          type="button"
          className="flag-button reattach-button"
          style={{ top: pending.top + 40, left: pending.left }}
          onMouseDown={keepSelection}
          onClick={onReattach}
          disabled={busy}
        >
          {t("reattach")}
        </button>
      )}
      {pending && isCurrentRevision && viewer && (
        <button
          type="button"
          className="flag-button"
          style={{ top: pending.top, left: pending.left }}
          onMouseDown={keepSelection}
          onClick={onFlag}
          disabled={busy}
          aria-keyshortcuts="Shift+F"
        >
          {t("flag")}
        </button>
      )}
      {pending && isCurrentRevision && !viewer && (
        // Signed out: the same place offers sign-in, and sign-in comes back to this page.
        <button
          type="button"
          className="flag-button"
          style={{ top: pending.top, left: pending.left }}
          onMouseDown={keepSelection}
          onClick={() => {
            const back = window.location.pathname + window.location.search + window.location.hash;
            router.push(`/signin?callbackUrl=${encodeURIComponent(back)}`);
          }}
        >
          {t("signInToFlag")}
        </button>
      )}
      <p
        role="status"
        aria-live="polite"
        className={`selection-message ${message?.at ? "is-shown" : ""} ${message?.tone === "error" ? "is-error" : ""}`}
        style={message?.at ? { top: message.at.top, left: message.at.left } : undefined}
      >
        {message?.at && <ReaderMessageText message={message} onOpenClaim={onOpenClaim} />}
      </p>
    </>
  );
}
