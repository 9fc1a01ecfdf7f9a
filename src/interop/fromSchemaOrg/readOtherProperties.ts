import { htmlToText } from "../htmlToText.js";
import { INPUT_CAPS } from "../INPUT_CAPS.js";
import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { WEB_URL } from "../WEB_URL.js";
import { asList, text, html, num } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";

/** Properties read by this mapping; any other property of a JobPosting node is reported. */
const KNOWN = new Set([
  "@context", "@type", "@id", "title", "name", "description", "datePosted", "validThrough", "employmentType", "hiringOrganization", "jobLocation",
  "jobLocationType", "applicantLocationRequirements", "baseSalary", "salaryCurrency", "identifier", "directApply", "educationRequirements",
  "experienceRequirements", "skills", "totalJobOpenings", "jobStartDate", "jobImmediateStart", "jobDuration", "workHours", "jobBenefits",
  "occupationalCategory", "employerOverview", "url", "additionalProperty", "applicationContact", "mainEntityOfPage", "inLanguage",
]);

/** The other properties (`identifier`, `totalJobOpenings`, `occupationalCategory`, `jobBenefits`, `description`, `inLanguage`) and those with no equivalent; `url` is the posting's address. */
export function readOtherProperties(reader: PostingReader, url: string | undefined): void {
  const { node, posting, diag, lost } = reader;
  // Other properties.
  const identifier = asList(node.identifier)[0];
  const id = isObj(identifier) ? text(identifier.value) : text(identifier);
  if (id) posting.id = truncate(id, 200);
  const openings = num(node.totalJobOpenings);
  if (openings !== undefined && Number.isInteger(openings) && openings >= 1) posting.positions = openings;
  const occupation = asList(node.occupationalCategory)[0];
  if (occupation !== undefined) {
    const code = isObj(occupation) ? text(occupation.codeValue) : undefined;
    const label = isObj(occupation) ? text(occupation.name) : text(occupation);
    const occ: Obj = {};
    if (code && /^[A-N][0-9]{4}$/.test(code)) occ.romeCode = code;
    else if (code) lost(["occupationalCategory", "codeValue"], `Code métier « ${code} » : seul un code ROME est repris.`, `Occupation code "${code}": only a ROME code is kept.`);
    if (label) occ.label = truncate(label, 200);
    if (Object.keys(occ).length) posting.occupation = occ;
  }
  const benefits = text(node.jobBenefits);
  if (benefits) {
    posting.benefits = htmlToText(benefits)
      .split(/[;\n]/)
      .map((b) => b.trim().replace(/^- /, "").trim())
      .filter((b) => b.length > 0)
      .slice(0, 30)
      .map((label) => ({ type: "other", label: truncate(label, 300) }));
  }
  const description = html(node.description);
  if (description) {
    const body = htmlToText(description);
    if (body) posting.content = { sections: [{ heading: "Description", text: truncate(body, 20_000) }] };
    if (body.length > 20_000 || description.length >= INPUT_CAPS.html) diag("interop/truncated", "warning", ["description"], "Description tronquée à 20 000 caractères.", "Description cut to 20,000 characters.");
  }
  const source = url;
  if (source && WEB_URL.test(source)) posting.provenance = { sourceUrl: source };
  const language = text(node.inLanguage);
  if (language && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(language)) posting.language = language;

  for (const key of Object.keys(node)) {
    if (!KNOWN.has(key)) lost([key], `Propriété « ${key} » : pas d'équivalent, non reprise.`, `Property "${key}": no equivalent, not kept.`);
  }
  if (node.directApply !== undefined && !(node.directApply === true && url && WEB_URL.test(url))) lost(["directApply"], "directApply : pas de champ dans le modèle (l'adresse de l'offre est reprise comme moyen de candidature si directApply est vrai).", "directApply: no field in the model (the posting's address becomes an application method when directApply is true).");
}
