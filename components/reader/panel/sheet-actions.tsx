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
  return (
    <div className="sheet-actions" role="group" aria-label="Claim actions">
      {canAddNote && (
        <button type="button" onClick={onAddNote}>
          Add note
        </button>
      )}
      <button type="button" className="secondary" onClick={onNextClaim}>
        Next claim
      </button>
    </div>
  );
}
