import { htmlToText } from "../htmlToText.js";
import { INPUT_CAPS } from "../INPUT_CAPS.js";
import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { WEB_URL } from "../WEB_URL.js";
import type { OfferReader } from "./OfferReader.js";
import { str } from "./offerValue.js";

/** Organisation (`entreprise`); returns the employer's name as the offer gives it, and the organisation. */
export function readOrganisation(reader: OfferReader): { employer: string | undefined; organisation: Obj } {
  const { o, p, t, diag, dropped } = reader;
  // Organisation.
  const ent = isObj(o.entreprise) ? o.entreprise : {};
  const organisation: Obj = {};
  const employer = str(ent.nom);
  if (employer) organisation.name = truncate(employer, 200);
  else {
    organisation.name = t("Employeur non communiqué", "Employer not disclosed");
    diag("interop/assumed", "warning", ["entreprise", "nom"], "L'offre ne nomme pas l'employeur : organisation.name « Employeur non communiqué ».", 'The offer does not name the employer: organisation.name "Employer not disclosed".');
  }
  const entDescription = str(ent.description, INPUT_CAPS.html);
  if (entDescription) organisation.description = truncate(htmlToText(entDescription), 20_000);
  const site = str(ent.url);
  if (site && WEB_URL.test(site)) organisation.website = site;
  else if (site) diag("interop/unknown-value", "warning", ["entreprise", "url"], `Adresse du site « ${site} » non reprise (adresse http(s) attendue).`, `Website "${site}" not kept (an http(s) address is expected).`);
  if (ent.logo !== undefined) dropped(["entreprise", "logo"], "Logo : pas de champ dans le modèle (toSchemaOrg accepte l'option logo).", "Logo: no field in the model (toSchemaOrg takes a logo option).");
  if (ent.entrepriseAdaptee === true || o.entrepriseAdaptee === true) {
    organisation.legalForm = "entreprise-adaptee";
    diag("interop/assumed", "info", [ent.entrepriseAdaptee === true ? "entreprise" : "", "entrepriseAdaptee"].filter(Boolean), "entrepriseAdaptee : forme juridique « entreprise-adaptee ».", 'entrepriseAdaptee: legal form "entreprise-adaptee".');
  }
  p.organisation = organisation;
  return { employer, organisation };
}
