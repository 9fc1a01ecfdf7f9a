/**
 * Whether the words just before `index` in `text` negate what follows: a negation ("sans", "aucun·e",
 * "ni", "pas", "non", "jamais") at most three words before, in the same clause (no punctuation
 * between). "Aucune exclusivité demandée", "sans lien de subordination ni horaires imposés", "ce n'est
 * ni un salaire ni une rémunération", "il n'y a pas d'horaires fixes".
 * @internal
 */
export function isNegated(text: string, index: number): boolean {
  const clause = text.slice(0, index).split(/[.,;:!?()\n«»"]/u).pop() ?? "";
  return /(?<!\p{L})(?:sans|aucune?s?|ni|pas|non|jamais)(?:\s+|\s*[-'’]\s*)(?:[\p{L}\p{N}]+(?:\s+|['’]\s*)){0,3}$/iu.test(clause);
}
