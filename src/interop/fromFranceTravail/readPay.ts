import type { CollectiveAgreement } from "../../agreement/CollectiveAgreementSchema.js";
import { parsePay } from "../../pay/parsePay.js";
import type { InputPath as Path } from "../InputPath.js";
import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { implausibleAmount } from "./implausibleAmount.js";
import type { OfferReader } from "./OfferReader.js";
import { str, list, key } from "./offerValue.js";

/** France Travail's salary complements → benefits. */
const COMPLEMENTS: Record<string, { type: "mutuelle" | "titres-restaurant" | "equipment" | "housing" | "training" | "thirteenth-month" | "other"; label?: string }> = {
  mutuelle: { type: "mutuelle" },
  "cheque repas": { type: "titres-restaurant", label: "Chèque repas" },
  "tickets restaurant": { type: "titres-restaurant" },
  "pc portable": { type: "equipment", label: "PC portable" },
  mobile: { type: "equipment", label: "Téléphone mobile" },
  vehicule: { type: "equipment", label: "Véhicule" },
  "vehicule de fonction": { type: "equipment", label: "Véhicule de fonction" },
  hebergement: { type: "housing", label: "Hébergement" },
  logement: { type: "housing", label: "Logement" },
  "13eme mois": { type: "thirteenth-month" },
  ce: { type: "other", label: "Comité d'entreprise (CE)" },
};

/** Pay and complements (`salaire`). */
export function readPay(reader: OfferReader): void {
  const { o, p, sections, locale, t, diag, dropped } = reader;
  // Pay and complements.
  const salaire = isObj(o.salaire) ? o.salaire : undefined;
  const benefits: Obj[] = [];
  /** The collective agreement a pay statement names, with its rung ("coefficient 434 de la CCN 66"). */
  let gridReference: CollectiveAgreement | undefined;
  if (salaire) {
    const libelle = str(salaire.libelle);
    // "Annuel de", "Mensuel de": France Travail's period with no amount after it, nothing to keep.
    if (libelle && /^(annuel|mensuel|hebdomadaire|journalier|horaire|autre) de$/.test(key(libelle))) {
      dropped(["salaire", "libelle"], `Libellé « ${libelle} » sans montant : rémunération non indiquée.`, `Libellé "${libelle}" has no amount: pay not stated.`);
    } else if (libelle) {
      const r = parsePay(libelle, { locale });
      const implausible = r.ok ? implausibleAmount(r.pay.amount, libelle) : undefined;
      if (implausible) {
        // Imported literally, 11,88 € a month would read as pay far below the SMIC: kept as text only.
        p.pay = { text: truncate(libelle, 1000) };
        diag("interop/implausible-amount", "warning", ["salaire", "libelle"], implausible[0], implausible[1]);
      } else if (r.ok) {
        p.pay = r.pay;
        if (r.collectiveAgreement) gridReference = r.collectiveAgreement;
        for (const w of r.warnings ?? []) diag("interop/pay-note", "info", ["salaire", "libelle"], w, w);
        // "Horaire de 11.88 Euros sur 12.0 mois": months on which an hourly or daily rate is paid say nothing the model holds.
        const months = /sur (\d{1,2}(?:[.,]\d{1,2})?) mois/i.exec(libelle);
        if (months && r.pay.amount && r.pay.amount.monthsPerYear === undefined) dropped(["salaire", "libelle"], `« sur ${months[1]} mois » : non repris pour un montant ${r.pay.amount.period === "hour" ? "horaire" : "qui n'est ni mensuel ni annuel"} (le libellé reste dans pay.text).`, `"sur ${months[1]} mois": not kept for ${r.pay.amount.period === "hour" ? "an hourly" : "a neither monthly nor yearly"} amount (the libellé stays in pay.text).`);
      } else {
        p.pay = { text: truncate(libelle, 1000) };
        diag("interop/pay-unparsed", "warning", ["salaire", "libelle"], `Salaire gardé comme texte : ${r.error.message}`, `Pay kept as text: ${r.error.message}`);
      }
    }
    const comment = str(salaire.commentaire, 20_000);
    if (comment) {
      sections.push({ heading: t("Salaire : précisions", "Pay: details"), text: truncate(comment, 20_000) });
      // A comment naming the agreement's grid ("Selon CCN 66, coefficient 434"): its IDCC and rung are read.
      const c = comment.length <= 1000 ? parsePay(comment, { locale }) : undefined;
      if (c?.ok && c.collectiveAgreement) {
        gridReference ??= c.collectiveAgreement;
        if (p.pay === undefined) p.pay = c.pay;
        else if (isObj(p.pay) && c.pay.followsAgreement) p.pay.followsAgreement = true;
      } else dropped(["salaire", "commentaire"], "Commentaire sur le salaire gardé comme section de texte (non analysé).", "Pay comment kept as a text section (not parsed).");
    }
    if (gridReference && p.collectiveAgreement === undefined) {
      p.collectiveAgreement = gridReference;
      const where = gridReference.classification ? " et son échelon" : "";
      diag("interop/agreement-from-pay", "info", ["salaire"], `Convention collective (IDCC ${gridReference.idcc})${where} lue dans le salaire.`, `Collective agreement (IDCC ${gridReference.idcc})${gridReference.classification ? " and its rung" : ""} read from the pay statement.`);
    }
    const complements = [
      ...[salaire.complement1, salaire.complement2].map((c, i) => ({ label: str(c), path: ["salaire", `complement${i + 1}`] as Path })),
      ...list(salaire.listeComplements).map((c, i) => ({ label: isObj(c) ? str(c.libelle) : undefined, path: ["salaire", "listeComplements", i] as Path })),
    ];
    const seen = new Set<string>();
    for (const c of complements) {
      if (!c.label || seen.has(key(c.label))) continue;
      seen.add(key(c.label));
      if (key(c.label) === "autre") {
        dropped(c.path, "Complément « Autre » : rien à reprendre.", 'Complement "Autre": nothing to keep.');
        continue;
      }
      const b = COMPLEMENTS[key(c.label)];
      benefits.push({ type: b?.type ?? "other", label: truncate(b?.label ?? c.label, 300) });
    }
  }
  if (benefits.length) p.benefits = benefits.slice(0, 30);
}
