import { matchLanguage } from "../claim-matching/languages";
import { scriptLanguage } from "../text/detect-language";

/**
 * Whether the check-worthiness model, trained on English, may judge a sentence. Only positive
 * evidence of another language keeps it out: another script (Arabic, Han, Cyrillic, …), or
 * Spanish, French, Portuguese or German small words enough to tell (lib/claim-matching/languages.ts).
 * Trigram guesses alone misread short English sentences ("Parliament approved 12 new frigates
 * at a cost of 9 billion euros."), and a sentence kept out is a claim never suggested.
 */
export function modelReads(sentence: string): boolean {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = sentence.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (cyrillic * 2 >= letters && letters > 0) return false;
  return scriptLanguage(sentence, letters) === null && matchLanguage(sentence) === "en";
}
