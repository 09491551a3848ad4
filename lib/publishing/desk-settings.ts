import { RATING_SCALE, VERDICTS, verdictRating, type Verdict } from "../verdicts";

/** The rating scale a desk publishes in ClaimReview: its ends and the number each verdict gets (null: none). */
export interface RatingScale {
  worst: number;
  best: number;
  values: Record<Verdict, number | null>;
}

/** What a desk says about itself on every public page (DeskSettings, one row). */
export interface DeskSettings {
  organisationName: string;
  /** Empty: the app's own address. */
  organisationUrl: string;
  logoUrl: string | null;
  licenceName: string;
  licenceUrl: string | null;
  ratingScale: RatingScale;
  /** Public pages name the reviewer who settled the verdict only when the desk says so. */
  showReviewerNames: boolean;
  /** Changes with every save: part of each public page's ETag. */
  updatedAt: string;
}

/** The 1–5 scale reports already publish, used until a desk sets its own. */
export const DEFAULT_RATING_SCALE: RatingScale = {
  worst: RATING_SCALE.worst,
  best: RATING_SCALE.best,
  values: Object.fromEntries(VERDICTS.map((v) => [v, verdictRating(v)])) as Record<Verdict, number | null>,
};

/** A desk that never saved its settings: named as the reports name it. */
export function defaultDeskSettings(organisationName: string, organisationUrl: string): DeskSettings {
  return {
    organisationName,
    organisationUrl,
    logoUrl: null,
    licenceName: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    ratingScale: DEFAULT_RATING_SCALE,
    showReviewerNames: false,
    updatedAt: new Date(0).toISOString(),
  };
}

/** Reads a stored scale's verdict values, falling back to the default for any it lacks. */
export function ratingValuesFrom(json: string): Record<Verdict, number | null> {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === "object") stored = parsed as Record<string, unknown>;
  } catch {
    // A row written by hand with broken JSON publishes the default scale rather than failing every page.
  }
  return Object.fromEntries(
    VERDICTS.map((v) => {
      const value = stored[v];
      return [v, typeof value === "number" || value === null ? value : DEFAULT_RATING_SCALE.values[v]];
    }),
  ) as Record<Verdict, number | null>;
}
