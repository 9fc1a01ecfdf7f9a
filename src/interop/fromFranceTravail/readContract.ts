import { FRANCE_TRAVAIL_CODES } from "../FRANCE_TRAVAIL_CODES.js";
import type { Obj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { duration } from "./duration.js";
import type { OfferReader } from "./OfferReader.js";
import { str, key } from "./offerValue.js";

/** Contract and schemes (`typeContrat`, `typeContratLibelle`, `natureContrat`, `alternance`). */
export function readContract(reader: OfferReader): void {
  const { o, p, t, diag } = reader;
  // Contract and schemes.
  const typeCode = str(o.typeContrat);
  const typeLabel = str(o.typeContratLibelle);
  const nature = str(o.natureContrat);
  const natureMap = nature ? FRANCE_TRAVAIL_CODES.natureContrat[nature] ?? Object.entries(FRANCE_TRAVAIL_CODES.natureContrat).find(([k]) => key(k) === key(nature))?.[1] : undefined;
  // A temporary-work mission under the IAE nature is the mission of an entreprise de travail temporaire
  // d'insertion (ETTI, Code du travail L5132-6): France Travail's TTI, not a plain interim mission.
  const iaeMission = typeCode?.toUpperCase() === "MIS" && natureMap?.scheme === "iae";
  const typeMap = iaeMission ? FRANCE_TRAVAIL_CODES.typeContrat.TTI : typeCode ? FRANCE_TRAVAIL_CODES.typeContrat[typeCode.toUpperCase()] : undefined;
  if (iaeMission) diag("interop/assumed", "info", ["typeContrat"], "Mission d'intérim sous « Insertion par l'activ.éco. » : contrat de travail temporaire d'insertion (ETTI, Code du travail L5132-6).", 'Temporary-work mission under "Insertion par l\'activ.éco.": integration temporary-work contract (ETTI, Code du travail L5132-6).');
  let contract: Obj | undefined;
  const notes: string[] = [];
  if (typeMap) {
    contract = { ...typeMap.contract };
    if (typeMap.approximate) {
      notes.push(`${typeLabel ?? typeMap.label} (France Travail ${typeCode})`);
      diag("interop/approximated", "warning", ["typeContrat"], `typeContrat ${typeCode} (${typeMap.label}) : pas d'équivalent exact, importé comme « ${typeMap.contract.type} » avec une note.`, `typeContrat ${typeCode} (${typeMap.label}): no exact equivalent, imported as "${typeMap.contract.type}" with a note.`);
    }
  } else if (typeCode) diag("interop/unknown-value", "warning", ["typeContrat"], `typeContrat « ${typeCode} » inconnu.`, `Unknown typeContrat "${typeCode}".`);
  const schemes: Obj[] = [];
  if (natureMap) {
    if (natureMap.contract) {
      if (contract && contract.type !== natureMap.contract.type && !(natureMap.contract.type === "freelance" && contract.type === "freelance")) {
        if (typeCode && typeCode !== "CDD" && typeCode !== "CDI" && typeCode !== "LIB") notes.push(`${typeLabel ?? typeCode}`);
        if (natureMap.contract.type === "apprentissage" && typeCode === "CDI") notes.push(t("Contrat d'apprentissage conclu en CDI.", "Apprenticeship under a permanent contract."));
      }
      contract = { ...natureMap.contract };
    }
    if (natureMap.scheme) schemes.push({ type: natureMap.scheme, name: nature });
    if (natureMap.reason && contract?.type === "cdd") contract.reason = natureMap.reason;
    if (natureMap.approximate) {
      notes.push(nature!);
      diag("interop/approximated", "warning", ["natureContrat"], `natureContrat « ${nature} » : pas d'équivalent dans le modèle, gardé en note du contrat.`, `natureContrat "${nature}": no equivalent in the model, kept as a contract note.`);
    }
    if (natureMap.scheme === "other") diag("interop/approximated", "info", ["natureContrat"], `natureContrat « ${nature} » : dispositif « other » nommé.`, `natureContrat "${nature}": named "other" scheme.`);
  } else if (nature) {
    notes.push(nature);
    diag("interop/unknown-value", "warning", ["natureContrat"], `natureContrat « ${nature} » inconnu : gardé en note du contrat.`, `Unknown natureContrat "${nature}": kept as a contract note.`);
  }
  if (schemes.some((s) => s.type === "pec" || s.type === "cui-cie" || s.type === "emploi-avenir") && contract?.type === "cdd" && !contract.reason) {
    contract.reason = "politique-emploi";
    diag("interop/assumed", "info", ["natureContrat"], `CDD sous ${nature} : motif « politique-emploi » (Code du travail L1242-3).`, `CDD under ${nature}: reason "politique-emploi" (Code du travail L1242-3).`);
  }
  if (schemes.some((s) => s.type === "iae") && contract && contract.type !== "insertion") {
    diag("interop/assumed", "info", ["natureContrat"], `Offre IAE avec un typeContrat ${typeCode ?? "?"} : contrat gardé tel quel, dispositif « iae » ajouté.`, `IAE offer with typeContrat ${typeCode ?? "?"}: contract kept as is, "iae" scheme added.`);
  }
  if (o.alternance === true && contract && contract.type !== "apprentissage" && contract.type !== "professionnalisation") {
    diag("interop/unknown-value", "warning", ["alternance"], "alternance vrai, mais ni apprentissage ni professionnalisation dans natureContrat : non repris.", "alternance is true, but natureContrat says neither apprenticeship nor professionalisation: not kept.");
  }
  if (contract) {
    const d = typeLabel ? duration(typeLabel) : undefined;
    if (d && contract.type !== "cdi") contract.duration = d;
    else if (d) diag("interop/unmapped", "info", ["typeContratLibelle"], `Durée « ${typeLabel} » pour un CDI : non reprise.`, `Duration "${typeLabel}" for a permanent contract: not kept.`);
    if (notes.length) contract.note = truncate(notes.join(" ; "), 2000);
    p.contracts = [contract];
  } else {
    diag("interop/missing-required", "error", ["typeContrat"], "Type de contrat absent ou inconnu : offre non importée.", "Contract type missing or unknown: offer not imported.");
  }
  if (schemes.length) p.schemes = schemes;
}
