"use client";

/**
 * For admins only: settle a claim that does not meet the second-pair-of-eyes rule. Unchecked
 * by default, so an override is always a decision, and the claim's history records it.
 */
export function AdminOverride({
  id,
  checked,
  onChange,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="inline" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> Admin override:
      settle without a second pair of eyes (recorded)
    </label>
  );
}
