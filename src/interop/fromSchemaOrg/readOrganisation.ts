import { ESS_JOBS_PROPERTY_IDS as P } from "../ESS_JOBS_PROPERTY_IDS.js";
import { htmlToText } from "../htmlToText.js";
import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { asList, text, decoded, html } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";

/** Title and organisation (`title`, `hiringOrganization`, `employerOverview`). */
export function readOrganisation(reader: PostingReader): void {
  const { node, posting, diag, lost, absolute, propText } = reader;
  // Title.
  // Sites HTML-escape their texts in JSON-LD ("Chargé&#233;e"): titles and names are decoded.
  const title = decoded(text(node.title) ?? text(node.name));
  if (!text(node.title) && title) diag("interop/assumed", "info", ["name"], "Pas de title : le titre est repris de name.", "No title: the title is taken from name.");
  if (title) posting.title = truncate(title, 300);

  // Organisation.
  const orgNode = asList(node.hiringOrganization)[0];
  const organisation: Obj = {};
  if (typeof orgNode === "string") organisation.name = decoded(text(orgNode));
  else if (isObj(orgNode)) {
    const name = decoded(text(orgNode.name) ?? text(orgNode.legalName));
    if (name) organisation.name = name;
    const sites = asList(orgNode.sameAs).map((u, i) => ({ u, path: Array.isArray(orgNode.sameAs) ? ["hiringOrganization", "sameAs", i] : ["hiringOrganization", "sameAs"] }));
    if (orgNode.url !== undefined) sites.push({ u: orgNode.url, path: ["hiringOrganization", "url"] });
    const site = sites.map(({ u, path }) => absolute(u, path)).find((u) => u !== undefined);
    if (site) organisation.website = site;
    if (text(orgNode.alternateName)) organisation.shortName = text(orgNode.alternateName);
    const ids: Obj = {};
    for (const id of asList(orgNode.identifier)) {
      if (!isObj(id)) continue;
      const kind = (text(id.propertyID) ?? text(id.name) ?? "").toUpperCase();
      const v = text(id.value)?.replace(/\s/g, "");
      if (v && (kind === "SIREN" || kind === "SIRET" || kind === "RNA")) ids[kind.toLowerCase()] = v;
    }
    if (Object.keys(ids).length) organisation.identifiers = ids;
    if (orgNode.logo !== undefined) lost(["hiringOrganization", "logo"], "Logo de l'organisation : pas de champ dans le modèle.", "Organisation logo: no field in the model.");
    const desc = html(orgNode.description);
    if (desc) organisation.description = truncate(htmlToText(desc), 20_000);
  }
  if (organisation.name && typeof organisation.name === "string") organisation.name = truncate(organisation.name, 200);
  const overview = html(node.employerOverview);
  if (overview && !organisation.description) organisation.description = truncate(htmlToText(overview), 20_000);
  const legalForm = propText(P.legalForm);
  if (legalForm) organisation.legalForm = legalForm;
  if (organisation.name) posting.organisation = organisation;
}
