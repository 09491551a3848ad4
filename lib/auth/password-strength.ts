import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonWords } from "@zxcvbn-ts/language-common";
import { dictionary as englishWords, translations } from "@zxcvbn-ts/language-en";
import { isCommonPassword } from "./common-passwords";

/** zxcvbn's scale is 0–4; below 2 a password falls to an online or a fast offline guess. */
export const MIN_PASSWORD_SCORE = 2;

let estimator: ZxcvbnFactory | undefined;

/**
 * Why a new password is too easy to guess, or null when it is fine: on the common list, the
 * person's own email or name (or close to them), or under zxcvbn's score 2 ("aaaaaaaa",
 * keyboard walks, a word and a year). zxcvbn's own advice is passed on in words.
 */
export function passwordWeakness(password: string, personal: { email: string; name: string }): string | null {
  if (isCommonPassword(password)) {
    return "This password is one of the most common ones, which are guessed first. Choose another.";
  }
  const lower = password.toLowerCase();
  const local = personal.email.split("@")[0] ?? "";
  // The person's own email or name as most of the password ("ana.lima2026"); a short word of it
  // inside a longer phrase is left to the estimate below, which knows those words too.
  const own = [personal.email, local, personal.name, personal.name.replace(/\s+/g, "")];
  const mostlyOwn = (words: string) =>
    words.length >= 3 && lower.includes(words.toLowerCase()) && words.length * 2 >= password.length;
  if (own.some(mostlyOwn)) {
    return "The password contains your email address or name, which are guessed first. Choose another.";
  }
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonWords, ...englishWords },
    graphs: adjacencyGraphs,
    translations,
  });
  const result = estimator.check(password.slice(0, 100), [personal.email, local, personal.name]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `This password is too easy to guess.${advice ? ` ${advice}` : ""} A few unrelated words make a strong one.`;
}
