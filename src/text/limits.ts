/** Maximum length of a one-line label (a title, a name, a list item). */
export const LABEL_MAX = 300;
/** Maximum length of a paragraph of free text. */
export const PARAGRAPH_MAX = 20_000;
