export type NumTok = { t: "num"; v: number; kilo: boolean; commaThousands: boolean; exponent: boolean; raw: string; s: number; e: number };
export type Tok =
  | NumTok
  | { t: "cur"; s: number; e: number }
  | { t: "fx"; raw: string; s: number; e: number }
  | { t: "word"; w: string; s: number; e: number }
  | { t: "sym"; c: string; s: number; e: number };

export const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
export const isLetter = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";

export const CURRENCY_WORDS = new Set(["euro", "euros", "eur"]);
export const FOREIGN_WORDS = new Set(["usd", "dollar", "dollars", "chf", "gbp", "cad", "franc", "francs", "livres"]);
export const FOREIGN_SIGNS = "$£¥₣";
export const BASIS_WORDS = new Set(["brut", "bruts", "brute", "brutes", "net", "nets", "nette", "nettes", "gross"]);
export const CONNECTORS = new Set(["a", "au", "et"]);

/** Reads a French number at `i`: "1 700", "1.700", "1830.0", "11,88", "25 k", "2,5k". */
export function readNumber(s: string, i: number): NumTok {
  let j = i;
  while (isDigit(s[j])) j++;
  let int = s.slice(i, j);
  let groupedWith: string | undefined;
  const group3 = (at: number) => isDigit(s[at + 1]) && isDigit(s[at + 2]) && isDigit(s[at + 3]) && !isDigit(s[at + 4]);
  if (int.length <= 3 && (s[j] === " " || s[j] === ".") && group3(j)) {
    groupedWith = s[j];
    while (s[j] === groupedWith && group3(j)) {
      int += s.slice(j + 1, j + 4);
      j += 4;
    }
  }
  let dec = "";
  let commaThousands = false;
  if ((s[j] === "," || (s[j] === "." && groupedWith !== ".")) && isDigit(s[j + 1])) {
    const mark = s[j];
    let k = j + 1;
    while (isDigit(s[k])) k++;
    dec = s.slice(j + 1, k);
    if (mark === "," && dec.length === 3 && groupedWith === undefined) commaThousands = true;
    j = k;
  }
  // An exponent ("1e308", "2,5E3"): not a way pay is written; the number is read whole and refused.
  if (s[j] === "e" && (isDigit(s[j + 1]) || ((s[j + 1] === "+" || s[j + 1] === "-") && isDigit(s[j + 2])))) {
    let k = s[j + 1] === "+" || s[j + 1] === "-" ? j + 2 : j + 1;
    while (isDigit(s[k])) k++;
    return { t: "num", v: Number.NaN, kilo: false, commaThousands: false, exponent: true, raw: s.slice(i, k), s: i, e: k };
  }
  let kilo = false;
  const m = s[j] === " " ? j + 1 : j;
  if (s[m] === "k" && (!isLetter(s[m + 1]) || s.startsWith("keur", m))) {
    kilo = true;
    j = m + 1;
  }
  // Shift the decimal point by hand for "k" so that 1,1 k is exactly 1100.
  const v = kilo ? Number(`${int}${dec.slice(0, 3).padEnd(3, "0")}.${dec.slice(3) || "0"}`) : Number(dec ? `${int}.${dec}` : int);
  return { t: "num", v, kilo, commaThousands: commaThousands && !kilo, exponent: false, raw: s.slice(i, j).trim(), s: i, e: j };
}

export function tokenise(s: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === " ") {
      i++;
    } else if (isDigit(c)) {
      const n = readNumber(s, i);
      toks.push(n);
      i = n.e;
    } else if (isLetter(c)) {
      let j = i;
      while (isLetter(s[j])) j++;
      const w = s.slice(i, j);
      if (CURRENCY_WORDS.has(w)) toks.push({ t: "cur", s: i, e: j });
      else if (FOREIGN_WORDS.has(w)) toks.push({ t: "fx", raw: w, s: i, e: j });
      else toks.push({ t: "word", w, s: i, e: j });
      i = j;
    } else {
      if (c === "€") toks.push({ t: "cur", s: i, e: i + 1 });
      else if (FOREIGN_SIGNS.includes(c)) toks.push({ t: "fx", raw: c, s: i, e: i + 1 });
      else toks.push({ t: "sym", c, s: i, e: i + 1 });
      i++;
    }
  }
  return toks;
}
