import { useTranslations } from "next-intl";

/**
 * On a phone the claim sheet opens on the quote and the verdict; its next steps stay in reach
 * in a bar at the bottom: "Add note" and "Next claim" (the panel's stepper gives way to it).
 */
export function SheetActions({
  canAddNote,
  onAddNote,
  onNextClaim,
}: {
  canAddNote: boolean;
  onAddNote: () => void;
  onNextClaim: () => void;
}) {
  const t = useTranslations("ClaimPanel");
  return (
    <div className="sheet-actions" role="group" aria-label={t("actions")}>
      {canAddNote && (
        <button type="button" onClick={onAddNote}>
          {t("addNote")}
        </button>
      )}
      <button type="button" className="secondary" onClick={onNextClaim}>
        {t("nextClaim")}
      </button>
    </div>
  );
}
