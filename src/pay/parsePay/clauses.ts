import type { Tok } from "./tokenise.js";

export type Clause = { s: number; e: number; text: string };

export function splitClauses(s: string, toks: Tok[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.t !== "sym") continue;
    const boundary =
      t.c === ";" || t.c === "!" || t.c === "?" || (t.c === "." && (t.e >= s.length || (s[t.e] === " " && toks[k + 1]?.t !== "num")));
    if (boundary) {
      clauses.push({ s: start, e: t.s, text: s.slice(start, t.s) });
      start = t.e;
    }
  }
  clauses.push({ s: start, e: s.length, text: s.slice(start) });
  return clauses.filter((c) => c.text.trim() !== "");
}
