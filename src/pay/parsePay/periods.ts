import type { PayPeriod } from "../PayAmountSchema.js";

export const PERIOD_CUES: [PayPeriod, RegExp][] = [
  // French, and the English of job boards ("€ gross (Monthly)", "per hour", "a year").
  ["hour", /\/ ?h\b|\/ ?heures?\b|\bhoraires?\b|\bl'heure\b|\bpar heure\b|\bhourly\b|\bper hour\b|\ban hour\b|\/ ?hour\b/],
  ["day", /\/ ?j\b|\/ ?jours?\b|\/ ?journee\b|\bpar (?:jour|journee)\b|\bjournali(?:er|ere)s?\b|\bla journee\b|\btjm\b|\bdaily\b|\bper day\b|\/ ?day\b/],
  ["week", /\/ ?sem\b|\/ ?semaine\b|\bpar semaine\b|\bhebdo(?:madaire)?s?\b|\bla semaine\b|\bweekly\b|\bper week\b/],
  ["month", /\/ ?mois\b|\bpar mois\b|\bmensuel(?:le)?s?\b|\bmensuellement\b|\ble mois\b|\bmensualisee?s?\b|\bmonthly\b|\bper month\b|\ba month\b|\/ ?month\b/],
  ["year", /\/ ?an\b|\/ ?annee\b|\bpar an\b|\bpar annee\b|\bannuel(?:le)?s?\b|\bannuellement\b|\bl'an\b|\bbrut an\b|\byearly\b|\bannual(?:ly)?\b|\bper (?:year|annum)\b|\ba year\b|\/ ?year\b/],
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
