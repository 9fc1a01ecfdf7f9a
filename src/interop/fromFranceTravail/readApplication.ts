import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { WEB_URL } from "../WEB_URL.js";
import { CIVILITY } from "./CIVILITY.js";
import { contactName } from "./contactName.js";
import { genericEmail } from "./genericEmail.js";
import type { OfferReader } from "./OfferReader.js";
import { str, oneLine } from "./offerValue.js";

/** Application and contact (`contact`, `agence`): organisational data only. */
export function readApplication(reader: OfferReader, employer: string | undefined, organisation: Obj): void {
  const { o, p, t, diag, dropped } = reader;
  // Application and contact: organisational data only.
  const methods: Obj[] = [];
  const appNotes: string[] = [];
  const contactOut: Obj = {};
  const addUrl = (u: string | undefined) => {
    if (u && WEB_URL.test(u) && !methods.some((m) => m.url === u)) methods.push({ type: "url", url: u });
  };
  const linkIn = (s: string | undefined) => {
    const link = s?.match(/https?:\/\/\S+/)?.[0];
    if (!link) return undefined;
    // Trailing punctuation is the sentence's, not the link's (a loop: /[.,;)]+$/ is quadratic on "…....x").
    let end = link.length;
    while (end > 0 && ".,;)".includes(link[end - 1]!)) end--;
    return link.slice(0, end);
  };
  const contact = isObj(o.contact) ? o.contact : undefined;
  if (contact) {
    const name = str(contact.nom);
    const split = name ? contactName(name, employer) : { kept: [], person: false };
    const org = split.kept.length > 0;
    if (org) appNotes.push(t(`Contact : ${split.kept.join(" - ")}`, `Contact: ${split.kept.join(" - ")}`));
    if (split.person) diag("interop/personal-data-dropped", "info", ["contact", "nom"], "Nom d'une personne : non repris.", "A person's name: not kept.");
    addUrl(str(contact.urlPostulation));
    const recruiter = str(contact.urlRecruteur);
    if (recruiter && WEB_URL.test(recruiter) && !organisation.website) organisation.website = recruiter;
    for (const k of ["coordonnees1", "coordonnees2", "coordonnees3", "courriel"] as const) {
      const v = str(contact[k]);
      if (!v) continue;
      const link = linkIn(v);
      if (link) addUrl(link);
      else if (k === "courriel" && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v)) {
        if (genericEmail(v)) methods.push({ type: "email", address: v });
        else diag("interop/personal-data-dropped", "info", ["contact", "courriel"], "Adresse électronique nominative : non reprise.", "A personal e-mail address: not kept.");
      } else if (org && k !== "courriel" && !CIVILITY.test(v)) appNotes.push(oneLine(v));
      else if (!org || CIVILITY.test(v)) diag("interop/personal-data-dropped", "info", ["contact", k], "Coordonnées d'une personne : non reprises.", "A person's details: not kept.");
    }
    const phone = str(contact.telephone);
    // A phone given with a person's name is that person's line: only an organisation's alone is kept.
    if (phone && org && !split.person && /^\+?[0-9 .()-]{6,20}$/.test(phone)) contactOut.phone = phone;
    else if (phone) diag("interop/personal-data-dropped", "info", ["contact", "telephone"], "Téléphone d'une personne (ou illisible) : non repris.", "A person's phone number (or unreadable): not kept.");
    const comment = str(contact.commentaire);
    if (comment) appNotes.push(comment);
  }
  const agence = isObj(o.agence) ? o.agence : undefined;
  if (agence) {
    addUrl(linkIn(str(agence.courriel)));
    if (str(agence.telephone)) dropped(["agence", "telephone"], "Téléphone de l'agence France Travail : non repris (ce n'est pas un moyen de candidature).", "Phone number of the France Travail agency: not kept (not a way to apply).");
  }
  const application: Obj = {};
  if (methods.length) application.methods = methods.slice(0, 5);
  if (Object.keys(contactOut).length) application.contact = contactOut;
  if (appNotes.length) application.note = truncate(appNotes.join(" ; "), 2000);
  if (Object.keys(application).length) p.application = application;
}
