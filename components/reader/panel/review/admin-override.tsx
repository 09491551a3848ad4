"use client";

import { useTranslations } from "next-intl";

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
  const t = useTranslations("Review");
  return (
    <label className="inline" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{" "}
      {t("adminOverride")}
    </label>
  );
}
