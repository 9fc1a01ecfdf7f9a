import { ESS_JOBS_PROPERTY_IDS as P } from "../ESS_JOBS_PROPERTY_IDS.js";
import type { Obj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { text } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";

/** Agreement, schemes, eligibility, reporting (properties of toSchemaOrg). */
export function readAgreement(reader: PostingReader): void {
  const { posting, diag, prop, propText, propNum } = reader;
  // Agreement, schemes, eligibility, reporting.
  const idcc = prop(P.idcc)[0]?.pv;
  if (idcc && text(idcc.value)) {
    const ca: Obj = { idcc: text(idcc.value)!.padStart(4, "0") };
    if (text(idcc.name)) ca.name = text(idcc.name);
    const cl: Obj = {};
    if (propText(P.classification)) cl.label = propText(P.classification);
    if (propText(P.classificationCategory)) cl.category = propText(P.classificationCategory);
    if (propText(P.classificationGroup)) cl.group = propText(P.classificationGroup);
    if (propNum(P.classificationCoefficient) !== undefined) cl.coefficient = propNum(P.classificationCoefficient);
    if (propNum(P.classificationLevel) !== undefined) cl.level = propNum(P.classificationLevel);
    if (Object.keys(cl).length) ca.classification = cl;
    posting.collectiveAgreement = ca;
  }
  const schemes = prop(P.scheme)
    .map(({ pv }) => ({ type: text(pv.value), ...(text(pv.name) ? { name: text(pv.name) } : {}), ...(/^[0-9]{2}$/.test(text(pv.description) ?? "") ? { region: text(pv.description) } : {}) }))
    .filter((s) => s.type);
  if (schemes.length) posting.schemes = schemes;
  const groups = prop(P.eligibility)
    .map(({ pv }) => text(pv.value))
    .filter((t): t is string => t !== undefined)
    .map((t) => ({ label: truncate(t, 500), allOf: [{ type: "other", label: truncate(t, 500) }] }));
  if (groups.length) {
    posting.eligibility = { anyOf: groups };
    diag("interop/assumed", "info", ["additionalProperty"], "Conditions d'éligibilité reprises comme texte (leur structure n'est pas dans le JSON-LD).", "Eligibility conditions kept as text (their structure is not in the JSON-LD).");
  }
  if (propText(P.reportsTo)) posting.reporting = { reportsTo: truncate(propText(P.reportsTo)!, 300) };
}
