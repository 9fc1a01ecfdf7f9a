/**
 * How far back the rules look before a match for what qualifies it (a negation, an apposition, the
 * public served): 200 characters, ample for the few words they read. Reading a bounded window
 * instead of the whole text before each match keeps every rule linear in its text's length (a text
 * repeating "salarié " once cost a pass over everything before each match).
 * @internal
 */
export const LOOK_BEHIND = 200;

/**
 * The text just before `index`, at most {@link LOOK_BEHIND} characters, starting at a word boundary
 * when cut (a word cut in two is dropped, so that "…xsans" never reads as "sans").
 * @internal
 */
export function textBefore(text: string, index: number, window = LOOK_BEHIND): string {
  const start = index - window;
  if (start <= 0) return text.slice(0, index);
  const cut = text.slice(start, index);
  const boundary = cut.search(/[^\p{L}\p{N}]/u);
  return boundary < 0 ? "" : cut.slice(boundary);
}
