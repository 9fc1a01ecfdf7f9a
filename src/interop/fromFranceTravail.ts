import type { JobPosting } from "../generated/types.js";
import type { Diagnostic, Locale } from "../validate/Diagnostic.js";
import { readOptions } from "../validate/readOptions.js";
import { mapOffer } from "./fromFranceTravail/mapOffer.js";
import { interopDiagnostic } from "./interopDiagnostic.js";

/** Options of {@link fromFranceTravail}. */
export interface FromFranceTravailOptions {
  /** Language of the diagnostics and of the few sentences written into the posting: `fr` (default) or `en`. */
  locale?: Locale;
  /** When the offer was fetched from the API, `YYYY-MM-DD` (`provenance.retrievedOn`). */
  retrievedOn?: string;
}

/** The result of {@link fromFranceTravail}. */
export interface FromFranceTravailResult {
  /** The posting, valid under `JobPostingSchema` (the rules may still report); absent when the offer cannot be imported. */
  posting?: JobPosting;
  /** Everything dropped, approximated or guessed, with its path in the offer. */
  diagnostics: Diagnostic[];
}

/**
 * Imports an offer of France Travail's "Offres d'emploi v2" API (`GET /v2/offres/{id}`, or one item
 * of `/v2/offres/search`'s `resultats`) into a posting. `typeContrat` (CDI, CDD, MIS, SAI, TTI, DDI,
 * DDT, DIN, LIB…) and the `natureContrat` label (apprentissage, professionnalisation, "CUI - CAE" /
 * PEC, IAE, emploi non salarié…) give the contract and the public scheme; the duration is read from
 * `typeContratLibelle` ("CDD - 6 Mois"); `salaire.libelle` goes through {@link parsePay} (the libellé
 * is kept as `pay.text`; a parse failure is a diagnostic, not a guess; an amount implausible for
 * its period — under 100 € a month, under 1 000 € a year — is kept as text only, with an
 * `interop/implausible-amount` warning giving the probable reading) and the complements become
 * benefits; `lieuTravail` gives the commune, its INSEE code, postal code and département;
 * `dureeTravailLibelle` the weekly hours; experience, education levels, languages, licences,
 * skills and qualities become requirements; `origineOffre` the provenance. Only organisational
 * contact data is kept (an agency, a generic address): a person's name, e-mail or phone is left out.
 * Everything dropped, approximated or guessed is a diagnostic with its path in the offer; the
 * mapping is documented in docs/interop.md. Never throws.
 *
 * @param offer - The offer as the API returns it (parsed JSON).
 * @param options - Locale, retrieval date.
 * @returns `{ posting?, diagnostics }`.
 * @example
 * ```ts
 * const { posting } = fromFranceTravail({
 *   id: "000AAAA",
 *   intitule: "Animateur / Animatrice (H/F)",
 *   entreprise: { nom: "ASSOCIATION EXEMPLE" },
 *   typeContrat: "CDD",
 *   typeContratLibelle: "CDD - 6 Mois",
 *   natureContrat: "CUI - CAE",
 *   lieuTravail: { libelle: "93 - BONDY", codePostal: "93140", commune: "93010" },
 *   salaire: { libelle: "Mensuel de 1801.80 Euros sur 12 mois" },
 *   dureeTravailLibelle: "26H Travail en journée",
 *   dateCreation: "2024-11-20T07:55:52.573Z",
 * });
 * posting?.contracts; // [{ type: "cdd", duration: { value: 6, unit: "month" }, reason: "politique-emploi" }]
 * posting?.schemes; // [{ type: "pec", name: "CUI - CAE" }]
 * posting?.workingTime?.weeklyHours; // { value: 26 }
 * ```
 */
export function fromFranceTravail(offer: unknown, options: FromFranceTravailOptions = {}): FromFranceTravailResult {
  const read = readOptions(options, ["locale", "retrievedOn"]);
  const locale: Locale = read.locale === "en" ? "en" : "fr";
  const safe: FromFranceTravailOptions = typeof read.retrievedOn === "string" ? { retrievedOn: read.retrievedOn } : {};
  try {
    return mapOffer(offer, locale, safe);
  } catch {
    return { diagnostics: [interopDiagnostic("interop/invalid-input", "error", [], locale, "Offre illisible.", "The offer cannot be read.")] };
  }
}
