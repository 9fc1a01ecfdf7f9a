import type { PayPeriod } from "../PayAmountSchema.js";

export const PERIOD_CUES: [PayPeriod, RegExp][] = [
  ["hour", /\/ ?h\b|\/ ?heures?\b|\bhoraires?\b|\bl'heure\b|\bpar heure\b/],
  ["day", /\/ ?j\b|\/ ?jours?\b|\/ ?journee\b|\bpar (?:jour|journee)\b|\bjournali(?:er|ere)s?\b|\bla journee\b|\btjm\b/],
  ["week", /\/ ?sem\b|\/ ?semaine\b|\bpar semaine\b|\bhebdo(?:madaire)?s?\b|\bla semaine\b/],
  ["month", /\/ ?mois\b|\bpar mois\b|\bmensuel(?:le)?s?\b|\bmensuellement\b|\ble mois\b|\bmensualisee?s?\b/],
  ["year", /\/ ?an\b|\/ ?annee\b|\bpar an\b|\bpar annee\b|\bannuel(?:le)?s?\b|\bannuellement\b|\bl'an\b|\bbrut an\b/],
  ["mission", /\bmissions?\b|\bforfait(?:aire)?s?\b|\bbudget\b|\bprestations?\b|\bau total\b|\bl'ensemble\b/],
];

/** Phrases that would give a false period cue: "volume horaire", "jour de mission" (a day). */
export function cleanForPeriod(ctx: string): string {
  return ctx
    .replace(/\bvolume horaire\b|\bhoraires? (?:de travail|variables|decales|flexibles|atypiques)\b/g, " ")
    .replace(/\b(?:jours?|journees?) de (?:mission|prestation|travail)\b/g, " par jour ");
}

export function periodsIn(ctx: string): PayPeriod[] {
  const cleaned = cleanForPeriod(ctx);
  return PERIOD_CUES.filter(([, re]) => re.test(cleaned)).map(([p]) => p);
}


export const MONTHS_ON_RE = /\bsur (\d{1,2}(?:[.,]\d{1,2})?) mois\b/g;
/** Words after which "sur N mois" is the length of a contract or mission ("CDD sur 6 mois"). */
export const CONTRACT_LENGTH_RE = /\b(?:cdd|contrat|mission|stage|engagement|duree)\b[^.;]{0,20}$/;
export const MONTH_ORDINAL_RE = /\b(13|14) ?(?:e|eme|ieme) mois\b|\b(treizieme|quatorzieme) mois\b/g;
