import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { WEB_URL } from "../WEB_URL.js";
import type { OfferReader } from "./OfferReader.js";
import { str, list } from "./offerValue.js";

/** Provenance (`origineOffre`, `id`, options.retrievedOn). */
export function readProvenance(reader: OfferReader, id: string | undefined): void {
  const { o, p, options, t } = reader;
  // Provenance.
  const origine = isObj(o.origineOffre) ? o.origineOffre : undefined;
  const provenance: Obj = {};
  const urlOrigine = str(origine?.urlOrigine);
  if (urlOrigine && WEB_URL.test(urlOrigine)) provenance.sourceUrl = urlOrigine;
  const partner = list(origine?.partenaires).map((x) => (isObj(x) ? str(x.nom) : undefined)).find(Boolean);
  provenance.publisher = truncate(str(origine?.origine) === "2" ? `${partner ?? t("partenaire", "partner")} (${t("via", "via")} France Travail)` : "France Travail", 200);
  if (id) provenance.externalId = truncate(id, 100);
  if (options.retrievedOn && /^\d{4}-\d{2}-\d{2}$/.test(options.retrievedOn)) provenance.retrievedOn = options.retrievedOn;
  p.provenance = provenance;
}
