import type { OfferReader } from "./OfferReader.js";
import { str } from "./offerValue.js";

/** Fields of an offer the import reads; any other is reported. */
const KNOWN = new Set([
  "id", "intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle", "appellationlibelle", "entreprise",
  "typeContrat", "typeContratLibelle", "natureContrat", "experienceExige", "experienceLibelle", "experienceCommentaire", "formations", "langues", "permis",
  "outilsBureautiques", "competences", "salaire", "dureeTravailLibelle", "dureeTravailLibelleConverti", "complementExercice", "conditionExercice",
  "alternance", "contact", "agence", "nombrePostes", "accessibleTH", "deplacementCode", "deplacementLibelle", "qualificationCode", "qualificationLibelle",
  "codeNAF", "secteurActivite", "secteurActiviteLibelle", "qualitesProfessionnelles", "origineOffre", "offresManqueCandidats", "trancheEffectif",
  "trancheEffectifEtab", "contexteTravail", "entrepriseAdaptee", "employeurHandiEngage", "offresMRS",
]);

/** Fields with no place in the model, and unknown fields. */
export function readUnmapped(reader: OfferReader): void {
  const { o, dropped } = reader;
  // Fields with no place in the model.
  const qualification = str(o.qualificationLibelle);
  if (qualification) dropped(["qualificationLibelle"], `Qualification « ${qualification} » : pas de champ sans convention collective.`, `Qualification "${qualification}": no field without a collective agreement.`);
  if (str(o.codeNAF) || str(o.secteurActiviteLibelle)) dropped(["codeNAF"], `Secteur d'activité (NAF ${str(o.codeNAF) ?? "?"}, ${str(o.secteurActiviteLibelle) ?? "?"}) : pas de champ dans le modèle.`, `Sector (NAF ${str(o.codeNAF) ?? "?"}, ${str(o.secteurActiviteLibelle) ?? "?"}): no field in the model.`);
  for (const k of ["trancheEffectifEtab", "trancheEffectif", "offresManqueCandidats", "employeurHandiEngage", "offresMRS"]) {
    if (o[k] !== undefined) dropped([k], `${k} : pas de champ dans le modèle.`, `${k}: no field in the model.`);
  }
  for (const k of Object.keys(o)) if (!KNOWN.has(k)) dropped([k], `Champ « ${k} » inconnu : non repris.`, `Unknown field "${k}": not kept.`);
}
