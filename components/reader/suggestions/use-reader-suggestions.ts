"use client";

import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { languageName } from "@/lib/text/direction";
import { useSuggestions } from "./use-suggestions";

/**
 * The reader's suggestions: shown on the current revision when toggled on, drawn as wavy
 * underlines; and where the document is not in English (the check-worthiness model reads
 * English only), none, with the words the toggle says instead of guessing.
 */
export function useReaderSuggestions({
  slug,
  language,
  signedIn,
  initiallyShown,
  isCurrentRevision,
}: {
  slug: string;
  language: string | null;
  signedIn: boolean;
  initiallyShown: boolean;
  isCurrentRevision: boolean;
}) {
  const t = useTranslations("Suggestions");
  const locale = useLocale();
  const suggestionsUnavailable =
    language && language !== "en" ? t("unavailable", { language: languageName(language, locale) }) : null;
  const suggestions = useSuggestions(slug, signedIn, initiallyShown && isCurrentRevision && !suggestionsUnavailable);
  const showSuggestions = suggestions.show && isCurrentRevision && !suggestionsUnavailable;
  const suggestionHighlights = useMemo(
    () =>
      showSuggestions
        ? suggestions.shown.map((s) => ({
            id: s.id,
            start: s.start,
            end: s.end,
            label: t("highlightLabel", { band: s.band, text: s.text }),
          }))
        : [],
    [showSuggestions, suggestions.shown, t],
  );
  return { suggestions, showSuggestions, suggestionHighlights, suggestionsUnavailable };
}
