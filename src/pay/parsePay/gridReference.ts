import { COLLECTIVE_AGREEMENTS } from "../../agreement/COLLECTIVE_AGREEMENTS.js";
import type { CollectiveAgreement } from "../../agreement/CollectiveAgreementSchema.js";
import type { Classification } from "../../agreement/ClassificationSchema.js";

/** Lower case without diacritics, as parsePay's normalised text. */
const fold = (t: string) => t.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every name and alias of the registry's agreements (≥ 4 letters, or "CCN 51"-like), longest first: one alternation of literals. */
const NAMES: [string, string][] = COLLECTIVE_AGREEMENTS.flatMap((a) => [a.shortName, ...(a.aliases ?? [])].map((n): [string, string] => [fold(n), a.idcc]))
  .filter(([n]) => n.replace(/[^a-z]/g, "").length >= 4 || /\d/.test(n))
  .sort((a, b) => b[0].length - a[0].length);
const BY_NAME = new Map(NAMES);
const NAME_RE = new RegExp(`(?<![a-z0-9])(?:${NAMES.map(([n]) => escape(n)).join("|")})(?![a-z0-9])`);
/** "IDCC 1518", "idcc n° 0413". */
const IDCC_RE = /\bidcc (?:n[o°]? ?)?(\d{1,4})\b/;
/** "convention 66", "CC 51", "convention collective nationale du 15 mars 1966", "CCN 1951". */
const NUMBERED_RE = /\b(?:ccn?|convention(?: collective)?(?: nationale)?(?: du (?:15 mars|31 octobre))?) ?(?:19)?(51|66)\b/;
const BY_NUMBER: Record<string, string> = { "51": "0029", "66": "0413" };

/** "le groupe ECLAT", "basée sur la grille": words that, with an agreement's name, make pay follow its grid. */
export const BASED_ON_GROUP_RE = /\bgroupes?\b|\bbasee? sur\b/;

/** "coefficient 434", "indice 350", "pesée 396", "cotation 14", "points 280". */
const COEFFICIENT_RE = /\b(?:coefficient|coef|indice|pesee|cotation|points?) (?:de |n[o°]? ?)?(\d{1,4})\b/;
/** "groupe C", "groupe 3", "catégorie B" (an agreement's group, not the civil service's). */
const GROUP_RE = /\b(?:groupe|categorie) ([a-z]|\d{1,2})\b/;
/** "échelon 2", "niveau 3". */
const LEVEL_RE = /\b(?:echelon|niveau) (\d{1,2})\b/;

/**
 * The collective agreement and classification a pay statement refers to ("coefficient 434 de la CCN
 * 66", "indice 350 CCN 51", "grille ÉCLAT groupe C", "convention collective des missions locales,
 * cotation 14"), read from the names and aliases of the registry ({@link COLLECTIVE_AGREEMENTS}), an
 * "IDCC nnnn", or "CCN 51/66". `undefined` when no agreement is named: a classification without its
 * agreement cannot be placed.
 */
export function readGridReference(s: string): CollectiveAgreement | undefined {
  const idccMatch = IDCC_RE.exec(s);
  const name = NAME_RE.exec(s);
  const numbered = NUMBERED_RE.exec(s);
  const idcc = idccMatch ? idccMatch[1]!.padStart(4, "0") : name ? BY_NAME.get(name[0]) : numbered ? BY_NUMBER[numbered[1]!] : undefined;
  if (!idcc) return undefined;
  const classification: Classification = {};
  const coefficient = COEFFICIENT_RE.exec(s);
  if (coefficient) {
    const n = Number(coefficient[1]);
    if (n >= 1 && n <= 2000) classification.coefficient = n;
  }
  const group = GROUP_RE.exec(s);
  if (group) classification.group = group[1]!.toUpperCase();
  const level = LEVEL_RE.exec(s);
  if (level) {
    const n = Number(level[1]);
    if (n >= 1 && n <= 20) classification.level = n;
  }
  return Object.keys(classification).length > 0 ? { idcc, classification } : { idcc };
}
