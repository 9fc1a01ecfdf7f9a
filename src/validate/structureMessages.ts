import type { Locale } from "./Diagnostic.js";

/** Parameters a structure message may use. @internal */
export interface StructureMessageParams {
  key?: string | undefined;
  expected?: string | undefined;
  received?: string | undefined;
  limit?: number | bigint | undefined;
  inclusive?: boolean | undefined;
  values?: readonly unknown[] | undefined;
  format?: string | undefined;
  hint?: string | undefined;
  /** The schema's key an unknown key probably meant. */
  suggestion?: string | undefined;
}

type Template = (p: StructureMessageParams) => string;

const TYPE_NAMES: Record<string, { fr: string; en: string }> = {
  string: { fr: "une chaîne de caractères", en: "a string" },
  number: { fr: "un nombre", en: "a number" },
  int: { fr: "un nombre entier", en: "an integer" },
  boolean: { fr: "un booléen (true ou false)", en: "a boolean (true or false)" },
  object: { fr: "un objet", en: "an object" },
  array: { fr: "une liste", en: "an array" },
  null: { fr: "null", en: "null" },
  undefined: { fr: "rien", en: "nothing" },
  nan: { fr: "NaN", en: "NaN" },
  bigint: { fr: "un grand entier", en: "a bigint" },
  function: { fr: "une fonction", en: "a function" },
  symbol: { fr: "un symbole", en: "a symbol" },
};

/** The name of a JSON type in the locale. @internal */
export function typeName(t: string | undefined, locale: Locale): string {
  if (!t) return locale === "fr" ? "une valeur" : "a value";
  return TYPE_NAMES[t]?.[locale] ?? t;
}

const list = (values: readonly unknown[] | undefined, locale: Locale): string => {
  const shown = (values ?? []).slice(0, 20).map((v) => JSON.stringify(v));
  const more = (values?.length ?? 0) > 20 ? (locale === "fr" ? ", …" : ", …") : "";
  return shown.join(", ") + more;
};

const plural = (n: number | bigint | undefined, one: string, many: string) => (Number(n) > 1 ? many : one);

/** French and English templates of the structure codes. @internal */
export const STRUCTURE_MESSAGES: Record<string, Record<Locale, Template>> = {
  "structure/required": {
    fr: (p) => `Le champ « ${p.key} » est obligatoire.`,
    en: (p) => `The field "${p.key}" is required.`,
  },
  "structure/invalid-type": {
    fr: (p) =>
      p.expected === "int" && p.received === "number"
        ? "Un nombre entier est attendu (sans décimales)."
        : `Type invalide : la valeur attendue est ${typeName(p.expected, "fr")}, la valeur reçue est ${typeName(p.received, "fr")}.`,
    en: (p) =>
      p.expected === "int" && p.received === "number"
        ? "An integer is expected (no decimals)."
        : `Invalid type: expected ${typeName(p.expected, "en")}, received ${typeName(p.received, "en")}.`,
  },
  "structure/unknown-key": {
    fr: (p) => (p.suggestion ? `Champ inconnu « ${p.key} » : il n'existe pas dans le schéma ; vouliez-vous dire « ${p.suggestion} » ?` : `Champ inconnu « ${p.key} » : il n'existe pas dans le schéma (faute de frappe ?).`),
    en: (p) => (p.suggestion ? `Unknown field "${p.key}": it is not part of the schema; did you mean "${p.suggestion}"?` : `Unknown field "${p.key}": it is not part of the schema (a typo?).`),
  },
  "structure/too-short": {
    fr: (p) => (Number(p.limit) <= 1 ? "Le texte ne doit pas être vide." : `Texte trop court : au moins ${p.limit} caractères.`),
    en: (p) => (Number(p.limit) <= 1 ? "The text must not be empty." : `Text too short: at least ${p.limit} characters.`),
  },
  "structure/too-long": {
    fr: (p) => `Texte trop long : ${p.limit} caractères au plus.`,
    en: (p) => `Text too long: at most ${p.limit} characters.`,
  },
  "structure/too-few-items": {
    fr: (p) => (Number(p.limit) <= 1 ? "La liste ne doit pas être vide (omettez le champ s'il n'y a rien à dire)." : `Liste trop courte : au moins ${p.limit} éléments.`),
    en: (p) => (Number(p.limit) <= 1 ? "The list must not be empty (leave the field out when there is nothing to say)." : `List too short: at least ${p.limit} items.`),
  },
  "structure/too-many-items": {
    fr: (p) => `Liste trop longue : ${p.limit} ${plural(p.limit, "élément", "éléments")} au plus.`,
    en: (p) => `List too long: at most ${p.limit} ${plural(p.limit, "item", "items")}.`,
  },
  "structure/too-small": {
    fr: (p) => `Valeur trop petite : ${p.inclusive ? "au moins" : "strictement plus de"} ${p.limit} attendu.`,
    en: (p) => `Value too small: expected ${p.inclusive ? "at least" : "more than"} ${p.limit}.`,
  },
  "structure/too-big": {
    fr: (p) => `Valeur trop grande : ${p.inclusive ? "au plus" : "strictement moins de"} ${p.limit} attendu.`,
    en: (p) => `Value too big: expected ${p.inclusive ? "at most" : "less than"} ${p.limit}.`,
  },
  "structure/invalid-value": {
    fr: (p) => `Valeur invalide : une valeur parmi ${list(p.values, "fr")} attendue.`,
    en: (p) => `Invalid value: expected one of ${list(p.values, "en")}.`,
  },
  "structure/invalid-discriminator": {
    fr: (p) => `Valeur de « ${p.key} » inconnue : une valeur parmi ${list(p.values, "fr")} attendue.`,
    en: (p) => `Unknown "${p.key}": expected one of ${list(p.values, "en")}.`,
  },
  "structure/invalid-union": {
    fr: () => "Valeur invalide : elle ne correspond à aucune des formes admises.",
    en: () => "Invalid value: it matches none of the accepted shapes.",
  },
  "structure/invalid-format": {
    fr: (p) => `Format invalide${p.hint ? ` : ${p.hint}` : "."}`,
    en: (p) => `Invalid format${p.hint ? `: ${p.hint}` : "."}`,
  },
  "structure/invalid": {
    fr: () => "Valeur invalide.",
    en: () => "Invalid value.",
  },
  "organisation/siren-checksum": {
    fr: () => "Numéro SIREN invalide : la clé de contrôle (algorithme de Luhn) ne correspond pas. Vérifiez les chiffres.",
    en: () => "Invalid SIREN: the check digit (Luhn algorithm) does not match. Check the digits.",
  },
  "organisation/siret-checksum": {
    fr: () => "Numéro SIRET invalide : la clé de contrôle (algorithme de Luhn) ne correspond pas. Vérifiez les chiffres.",
    en: () => "Invalid SIRET: the check digit (Luhn algorithm) does not match. Check the digits.",
  },
};

/** Format hints by field name or format, for `structure/invalid-format`. @internal */
export const FORMAT_HINTS: Record<string, Record<Locale, string>> = {
  date: { fr: "une date AAAA-MM-JJ qui existe est attendue (par exemple 2023-07-17).", en: "expected an existing date, YYYY-MM-DD (for example 2023-07-17)." },
  email: { fr: "une adresse électronique est attendue (nom@domaine.fr).", en: "expected an e-mail address (name@domain.org)." },
  url: { fr: "une adresse web http(s) est attendue (https://…).", en: "expected an http(s) web address (https://…)." },
  siren: { fr: "un numéro SIREN de 9 chiffres, sans espaces, est attendu.", en: "expected a 9-digit SIREN, no spaces." },
  siret: { fr: "un numéro SIRET de 14 chiffres, sans espaces, est attendu.", en: "expected a 14-digit SIRET, no spaces." },
  rna: { fr: "un numéro RNA (W suivi de 9 caractères, par exemple W751234567) est attendu.", en: "expected an RNA number (W followed by 9 characters, for example W751234567)." },
  idcc: { fr: "un numéro IDCC de 4 chiffres est attendu (par exemple \"1518\", \"0413\").", en: 'expected a 4-digit IDCC (for example "1518", "0413").' },
  postalCode: { fr: "un code postal de 5 chiffres est attendu.", en: "expected a 5-digit postal code." },
  inseeCode: { fr: "un code commune INSEE de 5 caractères est attendu (par exemple 75107, 2A004).", en: "expected a 5-character INSEE commune code (for example 75107, 2A004)." },
  departement: { fr: "un code de département est attendu (01 à 95, 2A, 2B, 971 à 976).", en: "expected a département code (01 to 95, 2A, 2B, 971 to 976)." },
  region: { fr: "un code région INSEE de 2 chiffres est attendu (11 pour l'Île-de-France).", en: "expected a 2-digit INSEE region code (11 for Île-de-France)." },
  country: { fr: "un code pays ISO de 2 lettres majuscules est attendu (FR).", en: "expected a 2-letter upper-case ISO country code (FR)." },
  language: { fr: "un code de langue est attendu (fr, en).", en: "expected a language code (fr, en)." },
  romeCode: { fr: "un code ROME est attendu (une lettre et 4 chiffres, par exemple K1206).", en: "expected a ROME code (a letter and 4 digits, for example K1206)." },
  group: { fr: "un groupe de grille est attendu (lettres majuscules ou chiffres, par exemple A).", en: "expected a grid group (upper-case letters or digits, for example A)." },
  date_partial: { fr: "une date AAAA, AAAA-MM ou AAAA-MM-JJ est attendue.", en: "expected a date YYYY, YYYY-MM or YYYY-MM-DD." },
  number: { fr: "un numéro de téléphone est attendu.", en: "expected a phone number." },
  phone: { fr: "un numéro de téléphone est attendu.", en: "expected a phone number." },
};
