/**
 * Lower case, no diacritics, one kind of space, dash and apostrophe; line breaks become clause
 * breaks (" ; "). Also returns, for each character of the result, its offset in the input, so that
 * messages quote the input as written.
 */
export function normalise(text: string): { s: string; at: number[] } {
  let s = "";
  const at: number[] = [];
  let lastSpace = true;
  const push = (c: string, i: number) => {
    if (c === " ") {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = false;
    s += c;
    at.push(i);
  };
  let i = 0;
  for (const cp of text) {
    if (/[\r\n\u2028\u2029\u0085]/.test(cp)) {
      push(" ", i);
      push(";", i);
      push(" ", i);
    } else if (/\s/.test(cp)) {
      push(" ", i);
    } else if (/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/.test(cp)) {
      push("-", i);
    } else if (/[\u2018\u2019\u201b\u02bc\u2032`\u00b4]/.test(cp)) {
      push("'", i);
    } else {
      const base = cp.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f\u200b-\u200d\u2060\ufeff]/g, "");
      for (const c of base) push(c, i);
    }
    i += cp.length;
  }
  while (s.endsWith(" ")) {
    s = s.slice(0, -1);
    at.pop();
  }
  at.push(text.length);
  return { s, at };
}
