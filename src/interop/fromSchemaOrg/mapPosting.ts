import type { JobPosting } from "../../generated/types.js";
import type { Diagnostic, Locale } from "../../validate/Diagnostic.js";
import { ensureValidPosting } from "../ensureValidPosting.js";
import { ESS_JOBS_PROPERTY_IDS as P } from "../ESS_JOBS_PROPERTY_IDS.js";
import type { FromSchemaOrgOptions } from "../fromSchemaOrg.js";
import type { InputPath as Path } from "../InputPath.js";
import { interopDiagnostic } from "../interopDiagnostic.js";
import { type Obj, isObj } from "../isObj.js";
import { WEB_URL } from "../WEB_URL.js";
import { asList, text, num } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";
import { readAgreement } from "./readAgreement.js";
import { readApplication } from "./readApplication.js";
import { readContracts } from "./readContracts.js";
import { readDates } from "./readDates.js";
import { readLocation } from "./readLocation.js";
import { readOrganisation } from "./readOrganisation.js";
import { readOtherProperties } from "./readOtherProperties.js";
import { readPay } from "./readPay.js";
import { readRequirements } from "./readRequirements.js";

/** Maps one JobPosting node (at `base` in the input) to a posting, or reports why it cannot. */
export function mapPosting(node: Obj, base: Path, locale: Locale, options: FromSchemaOrgOptions): { posting?: JobPosting; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const diag = (code: string, severity: Diagnostic["severity"], path: Path, fr: string, en: string) => diagnostics.push(interopDiagnostic(code, severity, [...base, ...path], locale, fr, en));
  const lost = (path: Path, fr: string, en: string) => diag("interop/unmapped", "info", path, fr, en);
  const posting: Obj = {};
  const resolved = new Map<unknown, string | undefined>();
  /** An absolute http(s) address: as written, or resolved against options.baseUrl ("/offres/12"); otherwise reported. */
  const absolute = (v: unknown, path: Path): string | undefined => {
    const u = text(v);
    if (!u) return undefined;
    if (WEB_URL.test(u)) return u;
    if (resolved.has(u)) return resolved.get(u);
    let out: string | undefined;
    if (options.baseUrl && !/^[a-z][a-z0-9+.-]*:/i.test(u)) {
      try {
        const href = new URL(u, options.baseUrl).href;
        if (WEB_URL.test(href)) out = href;
      } catch {
        // An unusable base or address: reported below.
      }
    }
    resolved.set(u, out);
    if (out) diag("interop/assumed", "info", path, `Adresse relative « ${u} » résolue en ${out} (option baseUrl).`, `Relative address "${u}" resolved to ${out} (baseUrl option).`);
    else diag("interop/unknown-value", "warning", path, `Adresse « ${u} » non reprise : ${/^[a-z][a-z0-9+.-]*:/i.test(u) ? "pas une adresse http(s)" : "adresse relative, sans l'option baseUrl (l'adresse de la page) pour la résoudre"}.`, `Address "${u}" not kept: ${/^[a-z][a-z0-9+.-]*:/i.test(u) ? "not an http(s) address" : "a relative address, without the baseUrl option (the page's address) to resolve it"}.`);
    return out;
  };

  // Additional properties written by toSchemaOrg (and unknown ones, reported).
  const props = new Map<string, { pv: Obj; path: Path }[]>();
  asList(node.additionalProperty).forEach((pv, i) => {
    const path = Array.isArray(node.additionalProperty) ? ["additionalProperty", i] : ["additionalProperty"];
    const id = isObj(pv) ? text(pv.propertyID) ?? text(pv.name) : undefined;
    if (!isObj(pv) || !id) {
      lost(path, "additionalProperty sans propertyID : non repris.", "additionalProperty without propertyID: not kept.");
      return;
    }
    if (!Object.values(P).includes(id as never)) {
      lost(path, `additionalProperty « ${id} » : non repris.`, `additionalProperty "${id}": not kept.`);
      return;
    }
    props.set(id, [...(props.get(id) ?? []), { pv, path }]);
  });
  const prop = (id: string) => props.get(id) ?? [];
  const propText = (id: string) => text(prop(id)[0]?.pv.value);
  const propNum = (id: string) => num(prop(id)[0]?.pv.value);

  const reader: PostingReader = { node, posting, options, diag, lost, absolute, prop, propText, propNum };
  readOrganisation(reader);
  readContracts(reader);
  readPay(reader);
  readAgreement(reader);
  readLocation(reader);
  readDates(reader);
  const url = readApplication(reader);
  readRequirements(reader);
  readOtherProperties(reader, url);

  if (diagnostics.some((d) => d.code === "interop/unknown-country")) return { diagnostics };
  const missing: string[] = [];
  if (!posting.title) missing.push("title");
  if (!posting.organisation) missing.push("hiringOrganization");
  if (!posting.contracts) missing.push("employmentType");
  if (missing.length) {
    diag(
      "interop/missing-required",
      "error",
      [],
      `Offre non importée : ${missing.join(", ")} manquant${missing.length > 1 ? "s" : ""} ou illisible${missing.length > 1 ? "s" : ""}${missing.includes("employmentType") ? " (l'option defaultContractType permet de supposer un contrat)" : ""}.`,
      `Posting not imported: ${missing.join(", ")} missing or unreadable${missing.includes("employmentType") ? " (the defaultContractType option lets you assume a contract)" : ""}.`,
    );
    return { diagnostics };
  }
  const checked = ensureValidPosting(posting, locale);
  diagnostics.push(...checked.diagnostics.map((d) => (d.code === "interop/invalid-value" ? d : { ...d, path: [...base, ...d.path] })));
  return checked.posting ? { posting: checked.posting, diagnostics } : { diagnostics };
}
