"use client";

import { useMemo } from "react";
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
  const suggestionsUnavailable =
    language && language !== "en" ? `Suggestions are not available for ${languageName(language)} yet.` : null;
  const suggestions = useSuggestions(slug, signedIn, initiallyShown && isCurrentRevision && !suggestionsUnavailable);
  const showSuggestions = suggestions.show && isCurrentRevision && !suggestionsUnavailable;
  const suggestionHighlights = useMemo(
    () =>
      showSuggestions
        ? suggestions.shown.map((s) => ({
            id: s.id,
            start: s.start,
            end: s.end,
            label: `Suggested claim (${s.band}): ${s.text}`,
          }))
        : [],
    [showSuggestions, suggestions.shown],
  );
  return { suggestions, showSuggestions, suggestionHighlights, suggestionsUnavailable };
}
