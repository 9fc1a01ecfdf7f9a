import { textBefore } from "./textBefore.js";

/**
 * Whether the words just before `index` in `text` negate what follows: a negation ("sans", "aucun·e",
 * "ni", "pas", "non", "jamais") at most three words before, in the same clause (no punctuation
 * between). "Aucune exclusivité demandée", "sans lien de subordination ni horaires imposés", "ce n'est
 * ni un salaire ni une rémunération", "il n'y a pas d'horaires fixes". Reads only the
 * 200 characters before `index` (`textBefore`), so that a text with many matches costs linear time.
 * @internal
 */
export function isNegated(text: string, index: number): boolean {
  const clause = textBefore(text, index).split(CLAUSE_END).pop() ?? "";
  return NEGATION_BEFORE.test(clause);
}

const CLAUSE_END = /[.,;:!?()\n«»"]/u;
const NEGATION_BEFORE = /(?<!\p{L})(?:sans|aucune?s?|ni|pas|non|jamais)(?:\s+|\s*[-'’]\s*)(?:[\p{L}\p{N}]+(?:\s+|['’]\s*)){0,3}$/iu;
