import { SCHEMA_KEYS } from "../generated/schemaKeys.js";
import { closestMatch } from "../text/closestMatch.js";

/**
 * Names users write for a key of the schema, in French or in English (lower case, without accents or
 * separators), and the schema's key. Each target is a key of the schema (checked by a test).
 * @internal
 */
export const KEY_SYNONYMS: Readonly<Record<string, string>> = {
  city: "commune", town: "commune", ville: "commune", municipality: "commune", localite: "commune", locality: "commune",
  zip: "postalCode", zipcode: "postalCode", postcode: "postalCode", codepostal: "postalCode", cp: "postalCode",
  salary: "pay", salaire: "pay", remuneration: "pay", wage: "pay", compensation: "pay", basesalary: "pay",
  contract: "contracts", contrat: "contracts", contrats: "contracts", employmenttype: "contracts", typecontrat: "contracts",
  company: "organisation", employer: "organisation", employeur: "organisation", entreprise: "organisation", organization: "organisation", structure: "organisation", hiringorganization: "organisation",
  titre: "title", intitule: "title", jobtitle: "title", poste: "title",
  lieu: "location", lieux: "location", joblocation: "location",
  adresse: "address", rue: "street", pays: "country",
  telephone: "phone", tel: "phone",
  site: "website", siteweb: "website", siteinternet: "website", homepage: "website",
  datelimite: "deadline", closingdate: "deadline", validthrough: "deadline",
  dateposted: "posted", datepublication: "posted", publie: "posted",
  startdate: "start", datedebut: "start", debut: "start",
  enddate: "end", datefin: "end", fin: "end",
  duree: "duration", horaires: "schedule", teletravail: "remote",
  avantages: "benefits", competences: "skills", candidature: "application", langue: "language", langues: "languages",
};

const normalise = (key: string) =>
  key
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/**
 * The schema's key an unknown key most likely meant: a known synonym (`city` → `commune`, `salaire` →
 * `pay`), else the closest key by edit distance (`contract` → `contracts`), else nothing.
 *
 * @param key - The unknown key.
 * @returns A key of the schema, or `undefined`.
 * @example
 * ```ts
 * suggestKey("city"); // "commune"
 * ```
 * @internal
 */
export function suggestKey(key: string): string | undefined {
  if (key.length > 100) return undefined;
  const synonym = KEY_SYNONYMS[normalise(key)];
  if (synonym !== undefined && synonym !== key) return synonym;
  const close = closestMatch(key, SCHEMA_KEYS);
  return close === key ? undefined : close;
}
