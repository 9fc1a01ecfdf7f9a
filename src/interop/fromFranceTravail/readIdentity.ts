import { htmlToText } from "../htmlToText.js";
import { INPUT_CAPS } from "../INPUT_CAPS.js";
import { truncate } from "../truncate.js";
import type { OfferReader } from "./OfferReader.js";
import { str } from "./offerValue.js";

/** Identity, title, text (`id`, `intitule`, `description`); returns the offer's id. */
export function readIdentity(reader: OfferReader): string | undefined {
  const { o, p, sections, t, diag } = reader;
  // Identity, title, text.
  const id = str(o.id);
  if (id) p.id = truncate(id, 200);
  const title = str(o.intitule);
  if (title) p.title = truncate(title, 300);
  const description = str(o.description, INPUT_CAPS.html);
  if (description) {
    const body = htmlToText(description);
    if (body) sections.push({ heading: t("Description de l'offre", "Offer description"), text: truncate(body, 20_000) });
    if (body.length > 20_000 || description.length >= INPUT_CAPS.html) diag("interop/truncated", "warning", ["description"], "Description tronquée à 20 000 caractères.", "Description cut to 20,000 characters.");
  }
  return id;
}
