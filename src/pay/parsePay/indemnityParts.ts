import type { Group } from "./groups.js";

/** A service-civique indemnity named as such, with the State paying it. */
export const INDEMNITY_RE = /\bindemnites?\b|\bservice civique\b/;
export const STATE_PART_RE = /\betat\b|\basp\b/;
export const HOST_PART_RE = /\b(?:organisme|structure|association|organisation) d'accueil\b|\bstructure\b/;

/** The text around an amount that says who pays it: up to 60 characters before, 90 after. */
export function partWindow(s: string, g: Group): string {
  return s.slice(Math.max(0, g.s - 60), Math.min(s.length, g.e + 90));
}

/**
 * The parts of a service-civique indemnity ("465,83 € par l'État, à laquelle s'ajoute un complément de
 * 106,04 € pris en charge par l'organisme d'accueil"): each amount with the payer named right after
 * it (before the next amount), else right before it. `undefined` unless every amount has one payer and
 * the text names the State.
 */
export function indemnityParts(s: string, pay: Group[]): [("state" | "host"), Group][] | undefined {
  if (pay.length === 0 || pay.length > 2 || !INDEMNITY_RE.test(s) || !STATE_PART_RE.test(s)) return undefined;
  const found: [("state" | "host"), Group][] = [];
  for (const [i, g] of pay.entries()) {
    const after = s.slice(g.e, Math.min(pay[i + 1]?.s ?? s.length, g.e + 90));
    const before = s.slice(Math.max(pay[i - 1]?.e ?? 0, g.s - 60), g.s);
    const payer = (t: string) => (STATE_PART_RE.test(t) ? "state" : HOST_PART_RE.test(t) ? "host" : undefined);
    const who = payer(after) ?? payer(before);
    if (!who || found.some(([w]) => w === who)) return undefined;
    found.push([who, g]);
  }
  return found;
}
