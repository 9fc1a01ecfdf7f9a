import type { Contract, PublicSchemeType } from "../generated/types.js";

/** How a France Travail `typeContrat` code maps to a contract. */
export interface FranceTravailContractMapping {
  /** The contract it becomes (`insertion` with its form). */
  contract: {
    /** The contract type. */
    type: Contract["type"];
    /** For an insertion contract: its form. */
    form?: "cddi" | "ctti" | "mise-a-disposition" | "cdd-tremplin";
    /** For a CDD: its reason. */
    reason?: "saisonnier" | "usage";
    /** For a freelance contract: the provider's status. */
    status?: "independant" | "portage-salarial";
  };
  /** The referential's label. */
  label: string;
  /** True when the model has no exact equivalent and the mapping is the nearest one (reported as a warning). */
  approximate?: boolean;
}

/** How a France Travail `natureContrat` label maps: a contract that replaces the type's, a scheme, a CDD reason. */
export interface FranceTravailNatureMapping {
  /** The referential's code (E1, E2, FS…). */
  code: string;
  /** The contract that replaces the one from `typeContrat`. */
  contract?: {
    /** The contract type. */
    type: Contract["type"];
    /** For a freelance contract: the provider's status. */
    status?: "independant" | "portage-salarial";
  };
  /** The public scheme it adds. */
  scheme?: PublicSchemeType;
  /** The CDD reason it implies. */
  reason?: "usage";
  /** True when the nature has no equivalent in the model: kept as a contract note and reported. */
  approximate?: boolean;
}

/**
 * The France Travail "Offres d'emploi v2" code lists the import reads: `typeContrat` (referential
 * `typesContrats`, plus DDT seen in offers) and `natureContrat` (referential `naturesContrats`;
 * offers carry the label, not the code). Sources: the API's OpenAPI document (copy in
 * shared/research/france-travail-offres-v2.openapi.json) and the referential responses copied by
 * gip-inclusion/les-emplois (`itou/utils/apis/pe_api_enums.py`); see docs/interop.md.
 *
 * @example
 * ```ts
 * FRANCE_TRAVAIL_CODES.typeContrat.DDI?.contract; // { type: "insertion", form: "cddi" }
 * FRANCE_TRAVAIL_CODES.natureContrat["CUI - CAE"]?.scheme; // "pec"
 * ```
 */
export const FRANCE_TRAVAIL_CODES: {
  /** By `typeContrat` code (`CDI`, `CDD`, `DDI`…). */
  typeContrat: Readonly<Record<string, FranceTravailContractMapping>>;
  /** By `natureContrat` label (`Contrat travail`, `CUI - CAE`…). */
  natureContrat: Readonly<Record<string, FranceTravailNatureMapping>>;
} = {
  typeContrat: {
    CDI: { contract: { type: "cdi" }, label: "Contrat à durée indéterminée" },
    CDD: { contract: { type: "cdd" }, label: "Contrat à durée déterminée" },
    MIS: { contract: { type: "cdd" }, label: "Mission intérimaire", approximate: true },
    SAI: { contract: { type: "cdd", reason: "saisonnier" }, label: "Contrat travail saisonnier" },
    CCE: { contract: { type: "freelance", status: "independant" }, label: "Profession commerciale", approximate: true },
    FRA: { contract: { type: "freelance", status: "independant" }, label: "Franchise", approximate: true },
    LIB: { contract: { type: "freelance", status: "independant" }, label: "Profession libérale" },
    REP: { contract: { type: "freelance", status: "independant" }, label: "Reprise d'entreprise", approximate: true },
    TTI: { contract: { type: "insertion", form: "ctti" }, label: "Contrat travail temporaire insertion" },
    DDI: { contract: { type: "insertion", form: "cddi" }, label: "Contrat durée déterminée insertion" },
    DIN: { contract: { type: "cdi" }, label: "CDI Intérimaire", approximate: true },
    DDT: { contract: { type: "insertion", form: "cdd-tremplin" }, label: "CDD Tremplin (entreprise adaptée)" },
  },
  natureContrat: {
    "Contrat travail": { code: "E1" },
    "Contrat apprentissage": { code: "E2", contract: { type: "apprentissage" } },
    "Cont. professionnalisation": { code: "FS", contract: { type: "professionnalisation" } },
    "CUI - CAE": { code: "FT", scheme: "pec" },
    "Contrat PEC": { code: "FT", scheme: "pec" },
    "CUI - CIE": { code: "FU", scheme: "cui-cie" },
    "Insertion par l'activ.éco.": { code: "I1", scheme: "iae" },
    "Emploi non salarié": { code: "NS", contract: { type: "freelance", status: "independant" } },
    "Portage salarial": { code: "PS", contract: { type: "freelance", status: "portage-salarial" } },
    "Act. Formation pré.recrut.": { code: "FA", scheme: "other" },
    "Contrat pacte": { code: "FJ", scheme: "other" },
    "Prépa.opérationnel.emploi": { code: "FV", scheme: "other" },
    "Emploi Avenir non marchand": { code: "FW", scheme: "emploi-avenir" },
    "Emploi Avenir marchand": { code: "FX", scheme: "emploi-avenir" },
    "Emploi Avenir Professeur": { code: "FY", scheme: "emploi-avenir" },
    "Contrat PrAB": { code: "PR", scheme: "other" },
    "CDI de chantier ou d'opération": { code: "CC", approximate: true },
    "Contrat d'usage": { code: "CU", reason: "usage" },
    "Contrat d'Engagement Educatif": { code: "EE", approximate: true },
    "Engagement à servir dans la réserve": { code: "ER", approximate: true },
    "Contrat intermittent": { code: "CI", approximate: true },
  },
};
