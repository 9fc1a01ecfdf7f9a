import type { OfferReader } from "./OfferReader.js";

/** Accessibility to workers with a disability (`accessibleTH`). */
export function readAccessibility(reader: OfferReader): void {
  const { o, sections, t, diag, dropped } = reader;
  // Accessibility to workers with a disability: no field restricts or opens a posting; kept as text.
  if (o.accessibleTH === true) {
    sections.push({ heading: t("Handicap", "Disability"), text: t("Offre accessible aux travailleurs handicapés (bénéficiaires de l'obligation d'emploi), selon France Travail (accessibleTH).", "Offer open to workers with a disability (beneficiaries of the employment obligation), according to France Travail (accessibleTH).") });
    diag("interop/unmapped", "info", ["accessibleTH"], "accessibleTH : pas de champ dans le modèle, gardé comme section de texte « Handicap ».", 'accessibleTH: no field in the model, kept as a text section "Handicap".');
  } else if (o.accessibleTH === false) dropped(["accessibleTH"], "accessibleTH faux : non repris (ne ferme pas l'offre aux travailleurs handicapés).", "accessibleTH false: not kept (it does not close the offer to workers with a disability).");
}
