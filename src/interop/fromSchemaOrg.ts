import type { Contract, JobPosting, PayAmount } from "../generated/types.js";
import { isIsoDate } from "../parameters/isIsoDate.js";
import type { Diagnostic, DiagnosticPath, Locale } from "../validate/Diagnostic.js";
import { countryCode } from "./countryCode.js";
import { ensureValidPosting } from "./ensureValidPosting.js";
import { ESS_JOBS_PROPERTY_IDS as P } from "./ESS_JOBS_PROPERTY_IDS.js";
import { decodeEntities, htmlToText } from "./htmlToText.js";
import { INPUT_CAPS } from "./INPUT_CAPS.js";
import { interopDiagnostic } from "./interopDiagnostic.js";
import { parisDay } from "./parisDay.js";
import { requirementsFromProperties } from "./requirementProperties.js";
import { stringOptions } from "./stringOptions.js";

/** Options of {@link fromSchemaOrg}. */
export interface FromSchemaOrgOptions {
  /** Language of the diagnostics: `fr` (default) or `en`. */
  locale?: Locale;
  /**
   * The contract to assume when a posting's `employmentType` (and `ess-jobs:contractType`) says none:
   * without it such a posting cannot be imported (`contracts` is required), and is reported.
   */
  defaultContractType?: Contract["type"];
  /** Where the JSON-LD was found: `provenance.sourceUrl` when the posting has no `url`. */
  sourceUrl?: string;
  /**
   * The address of the page the JSON-LD comes from, to resolve relative addresses against
   * (`"url": "/offres/12"`); without it a relative address is not kept (`interop/unknown-value`).
   */
  baseUrl?: string;
}

/** The result of {@link fromSchemaOrg}. */
export interface FromSchemaOrgResult {
  /** The postings found, each valid under `JobPostingSchema` (the rules may still report). */
  postings: JobPosting[];
  /** What could not be read or mapped, with its JSON path in the input (from the `JobPosting` node for `interop/invalid-value`). */
  diagnostics: Diagnostic[];
}

type Obj = Record<string, unknown>;
type Path = (string | number)[];

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
/** A text value, cut to `cap` characters before anything else reads it (see INPUT_CAPS). */
const text = (v: unknown, cap: number = INPUT_CAPS.field): string | undefined => {
  if (typeof v === "string") return (v.length > cap ? v.slice(0, cap) : v).trim() || undefined;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (isObj(v) && typeof v["@value"] === "string") return text(v["@value"], cap);
  return undefined;
};
/** A text with its HTML character references decoded ("&#233;" → "é"). */
const decoded = (s: string | undefined): string | undefined => (s === undefined ? undefined : decodeEntities(s).trim() || undefined);
/** An HTML text value (a description), cut to INPUT_CAPS.html characters. */
const html = (v: unknown): string | undefined => text(v, INPUT_CAPS.html);
/** A number as sites write it: 1700, "1700", "1 700,50", "1.700" (thousands), "1700.00". */
const num = (v: unknown): number | undefined => {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (isObj(v) && "@value" in v) return num(v["@value"]);
  if (typeof v !== "string") return undefined;
  let s = v.replace(/[\s\u00a0\u202f€]/g, "").replace(/eur$/i, "");
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  s = s.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
};
const typesOf = (o: Obj): string[] => asList(o["@type"]).filter((t): t is string => typeof t === "string").map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ""));
const truncate = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1).trimEnd() + "…" : s);
const WEB_URL = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]*)?$/;

/** Properties read by this mapping; any other property of a JobPosting node is reported. */
const KNOWN = new Set([
  "@context", "@type", "@id", "title", "name", "description", "datePosted", "validThrough", "employmentType", "hiringOrganization", "jobLocation",
  "jobLocationType", "applicantLocationRequirements", "baseSalary", "salaryCurrency", "identifier", "directApply", "educationRequirements",
  "experienceRequirements", "skills", "totalJobOpenings", "jobStartDate", "jobImmediateStart", "jobDuration", "workHours", "jobBenefits",
  "occupationalCategory", "employerOverview", "url", "additionalProperty", "applicationContact", "mainEntityOfPage", "inLanguage",
]);

const UNIT_PERIOD: Record<string, PayAmount["period"]> = { HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year", HUR: "hour", WEE: "week", MON: "month", ANN: "year" };
const DURATION_UNIT: Record<string, "hour" | "day" | "week" | "month" | "year"> = { HOUR: "hour", HUR: "hour", DAY: "day", WEEK: "week", WEE: "week", MONTH: "month", MON: "month", YEAR: "year", ANN: "year" };
const CONTRACT_TYPES = new Set<Contract["type"]>(["cdi", "cdd", "insertion", "apprentissage", "professionnalisation", "alternance", "stage", "service-civique", "freelance", "benevolat"]);
const CREDENTIAL_LEVEL: Record<string, number> = { "high school": 4, "associate degree": 5, "bachelor degree": 6, "postgraduate degree": 7 };

/** Words of a workplace that sites put into employmentType ("Onsite", "Remote", "Hybride"). */
const WORKPLACE_WORDS = /^(on ?site|onsite|sur site|pr[eé]sentiel|remote|full remote|hybrid|hybride|t[eé]l[eé]travail)$/i;

/** An employmentType value (Google's codes, their loose spellings, French words) → contract or schedule. */
function employmentValue(raw: string): { contract?: Contract["type"]; schedule?: "full-time" | "part-time"; assumed?: boolean } | undefined {
  const k = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^https?:\/\/schema\.org\//, "")
    .replace(/[\s_-]+/g, " ")
    .trim();
  const table: Record<string, { contract?: Contract["type"]; schedule?: "full-time" | "part-time"; assumed?: boolean }> = {
    "full time": { schedule: "full-time" }, fulltime: { schedule: "full-time" }, "temps plein": { schedule: "full-time" }, "temps complet": { schedule: "full-time" },
    "part time": { schedule: "part-time" }, parttime: { schedule: "part-time" }, "temps partiel": { schedule: "part-time" }, "mi temps": { schedule: "part-time" },
    temporary: { contract: "cdd", assumed: true }, contract: { contract: "cdd", assumed: true }, "fixed term": { contract: "cdd" },
    cdd: { contract: "cdd" }, "contrat a duree determinee": { contract: "cdd" }, permanent: { contract: "cdi" }, cdi: { contract: "cdi" }, "contrat a duree indeterminee": { contract: "cdi" },
    intern: { contract: "stage" }, internship: { contract: "stage" }, stage: { contract: "stage" }, stagiaire: { contract: "stage" },
    volunteer: { contract: "benevolat", assumed: true }, benevolat: { contract: "benevolat" }, benevole: { contract: "benevolat" }, volontariat: { contract: "service-civique", assumed: true },
    "service civique": { contract: "service-civique" }, "engagement de service civique": { contract: "service-civique" },
    contractor: { contract: "freelance" }, freelance: { contract: "freelance" }, independant: { contract: "freelance" }, "auto entrepreneur": { contract: "freelance" }, "micro entrepreneur": { contract: "freelance" },
    apprentissage: { contract: "apprentissage" }, apprenticeship: { contract: "apprentissage" }, alternance: { contract: "alternance" },
    professionnalisation: { contract: "professionnalisation" }, "contrat de professionnalisation": { contract: "professionnalisation" },
    cddi: { contract: "insertion" }, insertion: { contract: "insertion", assumed: true },
  };
  return table[k];
}

/** Collects the JobPosting nodes of a JSON-LD value: a node, an array, `@graph`, nested once in a page's other nodes. */
function findPostings(value: unknown, path: Path, out: { node: Obj; path: Path }[], depth: number): void {
  if (depth > 8 || out.length >= 1000) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => findPostings(v, [...path, i], out, depth + 1));
    return;
  }
  if (!isObj(value)) return;
  if (typesOf(value).includes("JobPosting")) {
    out.push({ node: value, path });
    return;
  }
  if ("@graph" in value) findPostings(value["@graph"], [...path, "@graph"], out, depth + 1);
  for (const key of ["mainEntity", "itemListElement", "item"]) if (key in value) findPostings(value[key], [...path, key], out, depth + 1);
}

/**
 * The JSON-LD blocks of an HTML page (`<script type="application/ld+json">`). Linear: an opening tag
 * ends at the next ">" before any "<", and each block's end is searched once, forward.
 */
function scriptsOf(page: string): string[] {
  const blocks: string[] = [];
  const open = /<script\b([^<>]*)>/gi;
  const close = /<\/script\s*>/gi;
  let m: RegExpExecArray | null;
  while ((m = open.exec(page)) !== null) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(page);
    if (!end) break;
    if (/type\s*=\s*["']?application\/ld\+json/i.test(m[1]!)) blocks.push(page.slice(open.lastIndex, end.index));
    open.lastIndex = end.index + end[0].length;
  }
  return blocks;
}

/**
 * Imports schema.org `JobPosting` JSON-LD into postings. Accepts a `JobPosting` object, an array, a
 * `@graph`, a JSON-LD string or an HTML page holding `<script type="application/ld+json">` blocks,
 * and the loose shapes real sites publish: `hiringOrganization` as a string, `jobLocation` as an
 * array or a string, `baseSalary` as a number or with `value` as a string, `employmentType` as a
 * string or an array in any case (and French words: "CDI", "stage"…), `description` in HTML (kept
 * as text, in a section "Description"). The `additionalProperty` entries written by
 * {@link toSchemaOrg} (see {@link ESS_JOBS_PROPERTY_IDS}) are read back: contract types, gross or
 * net, agreement and classification, schemes, remote work…
 *
 * Every posting returned is valid under `JobPostingSchema` (checked with `validateJobPosting`;
 * a value the schema refuses is dropped with an `interop/invalid-value` warning). A node without a
 * title, an organisation or a contract is not imported (`interop/missing-required`). Properties that
 * have no place in the model, values not understood and guesses are diagnostics with their JSON path
 * in the input.
 *
 * Never throws: input that cannot be read (a hostile getter or proxy) gives an `interop/invalid-input`
 * error; options that are not an object, or not strings, are ignored.
 *
 * @param input - Parsed JSON-LD, a JSON string or an HTML page.
 * @param options - Locale, contract to assume, source address.
 * @returns `{ postings, diagnostics }`.
 * @example
 * ```ts
 * const { postings } = fromSchemaOrg({
 *   "@context": "https://schema.org",
 *   "@type": "JobPosting",
 *   title: "Coordinateur·rice",
 *   hiringOrganization: "Association Les Amis",
 *   employmentType: "full_time",
 *   jobLocation: { "@type": "Place", address: { addressLocality: "Lyon", postalCode: "69003", addressCountry: "FR" } },
 *   baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: "2100", unitText: "MONTH" } },
 * });
 * postings[0]?.contracts; // [{ type: "cdi" }] (assumed from FULL_TIME, with an info diagnostic)
 * postings[0]?.pay?.amount; // { value: 2100, currency: "EUR", period: "month" }
 * ```
 */
export function fromSchemaOrg(input: unknown, options: FromSchemaOrgOptions = {}): FromSchemaOrgResult {
  const opts = stringOptions(options, ["locale", "defaultContractType", "sourceUrl", "baseUrl"]) as FromSchemaOrgOptions;
  const locale: Locale = opts.locale === "en" ? "en" : "fr";
  const diagnostics: Diagnostic[] = [];
  const postings: JobPosting[] = [];
  try {
    let value = input;
    if (typeof value === "string") {
      const s = value.trim();
      if (s.length > INPUT_CAPS.page) {
        const size = `${INPUT_CAPS.page.toLocaleString("en")}`;
        diagnostics.push(interopDiagnostic("interop/too-large", "error", [], locale, `Entrée de plus de ${size.replace(/,/g, " ")} caractères : non lue.`, `Input over ${size} characters: not read.`));
        return { postings, diagnostics };
      }
      if (s.startsWith("<")) {
        const blocks = scriptsOf(s);
        const parsed: unknown[] = [];
        blocks.forEach((b, i) => {
          try {
            parsed.push(JSON.parse(b));
          } catch (error) {
            diagnostics.push(interopDiagnostic("interop/invalid-json", "error", [i], locale, `Bloc JSON-LD n° ${i + 1} illisible : ${(error as Error).message}`, `JSON-LD block #${i + 1} cannot be read: ${(error as Error).message}`));
            parsed.push(null);
          }
        });
        value = parsed;
      } else {
        try {
          value = JSON.parse(s);
        } catch (error) {
          diagnostics.push(interopDiagnostic("interop/invalid-json", "error", [], locale, `JSON illisible : ${(error as Error).message}`, `Invalid JSON: ${(error as Error).message}`));
          return { postings, diagnostics };
        }
      }
    }
    const found: { node: Obj; path: Path }[] = [];
    findPostings(value, [], found, 0);
    if (found.length === 0) {
      diagnostics.push(interopDiagnostic("interop/no-job-posting", "error", [], locale, "Aucun objet JobPosting trouvé.", "No JobPosting object found."));
      return { postings, diagnostics };
    }
    for (const { node, path } of found) {
      const r = mapPosting(node, path, locale, opts);
      diagnostics.push(...r.diagnostics);
      if (r.posting) postings.push(r.posting);
    }
  } catch {
    diagnostics.push(interopDiagnostic("interop/invalid-input", "error", [], locale, "Entrée illisible.", "The input cannot be read."));
  }
  return { postings, diagnostics };
}

function mapPosting(node: Obj, base: Path, locale: Locale, options: FromSchemaOrgOptions): { posting?: JobPosting; diagnostics: Diagnostic[] } {
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

  // Contracts and schedule.
  const contracts: Obj[] = [];
  let schedule: "full-time" | "part-time" | undefined;
  const declared = prop(P.contractType);
  const insertionForm = propText(P.insertionForm);
  for (const { pv, path } of declared) {
    const t = text(pv.value);
    if (t && CONTRACT_TYPES.has(t as Contract["type"])) contracts.push(t === "insertion" ? { type: t, form: insertionForm ?? "cddi" } : { type: t });
    else diag("interop/unknown-value", "warning", [...path, "value"], `Type de contrat « ${t ?? ""} » inconnu.`, `Unknown contract type "${t ?? ""}".`);
  }
  const employment = asList(node.employmentType);
  const fromEmployment: { type: Contract["type"]; assumed: boolean; path: Path }[] = [];
  // Each value, and each part of a value that sites join with commas or slashes ("Full Time , Onsite", "CDI / CDD").
  const employmentParts = employment.flatMap((e, i) => {
    const path = Array.isArray(node.employmentType) ? ["employmentType", i] : ["employmentType"];
    const raw = text(e);
    if (!raw) return [{ raw: "", path }];
    return raw
      .split(/[,/;|]/)
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
      .map((part) => ({ raw: part, path }));
  });
  for (const { raw, path } of employmentParts) {
    const v = employmentValue(raw);
    if (!v) {
      if (WORKPLACE_WORDS.test(raw)) lost(path, `employmentType « ${raw} » dit le lieu de travail, pas le contrat : non repris (jobLocationType TELECOMMUTE dit le télétravail complet).`, `employmentType "${raw}" states the workplace, not the contract: not kept (jobLocationType TELECOMMUTE states full remote work).`);
      else diag("interop/unknown-value", "warning", path, `employmentType « ${raw} » : pas d'équivalent (PER_DIEM, OTHER…), non repris.`, `employmentType "${raw}": no equivalent (PER_DIEM, OTHER…), not kept.`);
      continue;
    }
    if (v.schedule) schedule = schedule && schedule !== v.schedule ? schedule : v.schedule;
    if (v.contract) fromEmployment.push({ type: v.contract, assumed: v.assumed === true, path });
  }
  if (contracts.length === 0) {
    for (const c of fromEmployment) {
      if (contracts.some((k) => k.type === c.type)) continue;
      contracts.push(c.type === "insertion" ? { type: c.type, form: "cddi" } : { type: c.type });
      if (c.assumed) diag("interop/assumed", "info", c.path, `Type de contrat supposé : ${c.type}.`, `Contract type assumed: ${c.type}.`);
    }
    if (contracts.length === 0 && schedule) {
      contracts.push({ type: "cdi" });
      diag("interop/assumed", "info", ["employmentType"], "Seul le temps de travail est indiqué (FULL_TIME/PART_TIME) : CDI supposé.", "Only the working time is stated (FULL_TIME/PART_TIME): permanent contract (CDI) assumed.");
    }
    if (contracts.length === 0 && options.defaultContractType && CONTRACT_TYPES.has(options.defaultContractType)) {
      contracts.push(options.defaultContractType === "insertion" ? { type: "insertion", form: "cddi" } : { type: options.defaultContractType });
      diag("interop/assumed", "info", ["employmentType"], `Aucun type de contrat : ${options.defaultContractType} (option defaultContractType).`, `No contract type: ${options.defaultContractType} (defaultContractType option).`);
    }
  }
  const duration = isObj(node.jobDuration) ? node.jobDuration : typeof node.jobDuration === "string" ? node.jobDuration : undefined;
  if (duration !== undefined) {
    let d: Obj | undefined;
    if (typeof duration === "string") {
      const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$/.exec(duration);
      const parts = m ? ([["year", m[1]], ["month", m[2]], ["week", m[3]], ["day", m[4]]] as const).filter(([, v]) => v !== undefined) : [];
      if (parts.length === 1) d = { value: Number(parts[0]![1]), unit: parts[0]![0] };
    } else {
      const unit = DURATION_UNIT[(text(duration.unitText) ?? text(duration.unitCode) ?? "").toUpperCase()];
      const value = num(duration.value);
      const min = num(duration.minValue);
      const max = num(duration.maxValue);
      if (unit && (value !== undefined || min !== undefined || max !== undefined)) d = { unit, ...(value !== undefined ? { value } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    const target = contracts.length === 1 && contracts[0]!.type !== "cdi" ? contracts[0] : undefined;
    if (d && target) target.duration = d;
    else lost(["jobDuration"], "jobDuration non repris (illisible, ou pas de contrat unique à durée).", "jobDuration not kept (unreadable, or no single fixed-term contract).");
  }
  if (contracts.length) posting.contracts = contracts;

  const workingTime: Obj = {};
  if (schedule) workingTime.schedule = schedule;
  const hours = prop(P.weeklyHours)[0]?.pv;
  if (hours) {
    const v = num(hours.value);
    const min = num(hours.minValue);
    const max = num(hours.maxValue);
    if (v !== undefined || min !== undefined || max !== undefined) workingTime.weeklyHours = { ...(v !== undefined ? { value: v } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  const workHours = text(node.workHours);
  if (workHours) workingTime.label = truncate(workHours, 200);
  if (Object.keys(workingTime).length) posting.workingTime = workingTime;

  // Pay.
  const pay: Obj = {};
  const salary = asList(node.baseSalary)[0];
  const salaryPath: Path = Array.isArray(node.baseSalary) ? ["baseSalary", 0] : ["baseSalary"];
  if (Array.isArray(node.baseSalary) && node.baseSalary.length > 1) lost(["baseSalary", 1], "Seul le premier baseSalary est repris.", "Only the first baseSalary is kept.");
  if (salary !== undefined) {
    let currency = text(node.salaryCurrency);
    let q: unknown = salary;
    let qPath = salaryPath;
    if (isObj(salary)) {
      currency = text(salary.currency) ?? text(salary.priceCurrency) ?? currency;
      if ("value" in salary) {
        q = salary.value;
        qPath = [...salaryPath, "value"];
      } else if ("price" in salary) {
        q = salary.price;
        qPath = [...salaryPath, "price"];
      } else if ("minValue" in salary || "maxValue" in salary) q = salary;
    }
    const amount: Obj = { currency: "EUR" };
    let unit: string | undefined;
    if (isObj(q)) {
      const v = num(q.value);
      const min = num(q.minValue);
      const max = num(q.maxValue);
      if (v !== undefined) amount.value = v;
      if (min !== undefined) amount.min = min;
      if (max !== undefined) amount.max = max;
      unit = text(q.unitText) ?? text(q.unitCode);
      if (q.value !== undefined && v === undefined) diag("interop/unknown-value", "warning", [...qPath, "value"], "Montant illisible.", "Unreadable amount.");
    } else {
      const v = num(q);
      if (v !== undefined) amount.value = v;
      else diag("interop/unknown-value", "warning", qPath, "Montant illisible.", "Unreadable amount.");
    }
    if (!unit && isObj(salary)) unit = text(salary.unitText);
    const period = unit ? UNIT_PERIOD[unit.toUpperCase()] : undefined;
    const hasFigure = amount.value !== undefined || amount.min !== undefined || amount.max !== undefined;
    if (currency && currency.toUpperCase() !== "EUR") diag("interop/unknown-value", "warning", salaryPath, `Devise ${currency} : seul l'euro est pris en charge, montant non repris.`, `Currency ${currency}: only the euro is supported, amount not kept.`);
    else if (hasFigure && !period) diag("interop/unknown-value", "warning", [...qPath, "unitText"], `Période du salaire ${unit ? `« ${unit} » inconnue` : "absente"} : montant non repris (pas de devinette).`, `Salary period ${unit ? `"${unit}" unknown` : "missing"}: amount not kept (no guessing).`);
    else if (hasFigure && period) {
      if (!currency) diag("interop/assumed", "info", salaryPath, "Devise non indiquée : euro supposé.", "No currency stated: euro assumed.");
      amount.period = period;
      pay.amount = amount;
    }
  }
  const perMission = prop(P.payPerMission)[0]?.pv;
  if (perMission && !pay.amount) {
    const v = num(perMission.value);
    const min = num(perMission.minValue);
    const max = num(perMission.maxValue);
    if (v !== undefined || min !== undefined || max !== undefined) pay.amount = { currency: "EUR", period: "mission", ...(v !== undefined ? { value: v } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  if (isObj(pay.amount)) {
    const basis = propText(P.payBasis);
    if (basis === "gross" || basis === "net") pay.amount.basis = basis;
    const tax = propText(P.payTax);
    if (tax) pay.amount.tax = tax;
    const months = propNum(P.monthsPerYear);
    if (months !== undefined) pay.amount.monthsPerYear = months;
  }
  for (const { pv } of prop(P.payTerm)) {
    const term = text(pv.value);
    if (term === "follows-agreement") pay.followsAgreement = true;
    if (term === "complement-negotiable") pay.complementNegotiable = true;
    if (term === "negotiable") pay.negotiable = true;
    if (term === "statutory") pay.statutory = true;
  }
  const rangeOf = (pv: Obj, period: PayAmount["period"]) => {
    const v = num(pv.value);
    const min = num(pv.minValue);
    const max = num(pv.maxValue);
    return v !== undefined || min !== undefined || max !== undefined ? { currency: "EUR", period, ...(v !== undefined ? { value: v } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) } : undefined;
  };
  const daily = prop(P.dailyRate)[0]?.pv;
  if (daily) {
    const a = rangeOf(daily, "day");
    if (a) pay.dailyRate = a;
  }
  const expenses = prop(P.expenses)[0]?.pv;
  if (expenses) {
    const a = rangeOf(expenses, "mission");
    const covers = text(expenses.description);
    if (a || covers) pay.expenses = { ...(a ? { amount: a } : {}), ...(covers ? { covers: truncate(covers, 500) } : {}) };
  }
  if (Object.keys(pay).length) posting.pay = pay;

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

  // Location.
  const location: Obj = {};
  const places: Obj[] = [];
  const locations = asList(node.jobLocation);
  locations.forEach((loc, i) => {
    const path: Path = Array.isArray(node.jobLocation) ? ["jobLocation", i] : ["jobLocation"];
    const place = mapPlace(loc, path, diag, lost);
    if (place) places.push(place);
  });
  if (places.length) location.places = places.slice(0, 20);
  const locationType = asList(node.jobLocationType).map((u) => text(u));
  const remotePolicy = propText(P.remotePolicy);
  if (locationType.some((t) => t?.toUpperCase() === "TELECOMMUTE")) location.remote = { policy: "full" };
  else if (remotePolicy === "none" || remotePolicy === "partial" || remotePolicy === "full") location.remote = { policy: remotePolicy };
  const days = propNum(P.remoteDaysPerWeek);
  if (days !== undefined && isObj(location.remote)) location.remote.daysPerWeek = days;
  const applicantCountries: string[] = [];
  asList(node.applicantLocationRequirements).forEach((req, i) => {
    const path: Path = Array.isArray(node.applicantLocationRequirements) ? ["applicantLocationRequirements", i] : ["applicantLocationRequirements"];
    const name = isObj(req) ? text(req.name) ?? text(req.identifier) : text(req);
    const code = name ? countryCode(name) : undefined;
    if (code) {
      if (!applicantCountries.includes(code)) applicantCountries.push(code);
    } else {
      // A state, a region or an unknown area: reading it as France would change where applicants may live.
      diag("interop/unknown-country", "error", path, `Zone de résidence exigée « ${name ?? "?"} » : ce n'est pas un pays reconnu, l'offre n'est pas importée (le modèle ne tient que des pays).`, `Required residence area "${name ?? "?"}": not a recognised country, the posting is not imported (the model holds countries only).`);
    }
  });
  for (const { pv } of prop(P.applicantCountry)) {
    const code = text(pv.value);
    if (code && /^[A-Z]{2}$/.test(code) && !applicantCountries.includes(code)) applicantCountries.push(code);
  }
  if (applicantCountries.length && !(applicantCountries.length === 1 && applicantCountries[0] === "FR")) {
    if (isObj(location.remote)) location.remote.applicantCountries = applicantCountries.slice(0, 50);
    else lost(["applicantLocationRequirements"], "applicantLocationRequirements sans télétravail (jobLocationType TELECOMMUTE) : non repris.", "applicantLocationRequirements without remote work (jobLocationType TELECOMMUTE): not kept.");
  }
  if (Object.keys(location).length) posting.location = location;

  // Dates.
  const dates: Obj = {};
  const posted = text(node.datePosted);
  if (posted) {
    const d = parisDay(posted);
    if (d) dates.posted = d.date;
    else diag("interop/unknown-value", "warning", ["datePosted"], `datePosted « ${posted} » n'est pas une date ISO 8601.`, `datePosted "${posted}" is not an ISO 8601 date.`);
  }
  const startRaw = text(node.jobStartDate);
  const start: Obj = {};
  if (startRaw && /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/.test(startRaw)) start.earliest = { date: startRaw };
  else if (startRaw) start.label = truncate(startRaw, 300);
  if (node.jobImmediateStart === true || node.jobImmediateStart === "true" || node.jobImmediateStart === "True") start.asap = true;
  if (Object.keys(start).length) dates.start = start;
  if (Object.keys(dates).length) posting.dates = dates;

  // Application.
  const application: Obj = {};
  const through = text(node.validThrough);
  if (through) {
    const d = parisDay(through);
    if (d) application.deadline = { date: d.date, inclusive: !d.midnight };
    else diag("interop/unknown-value", "warning", ["validThrough"], `validThrough « ${through} » n'est pas une date ISO 8601.`, `validThrough "${through}" is not an ISO 8601 date.`);
  }
  const methods: Obj[] = [];
  for (const contact of asList(node.applicationContact)) {
    if (!isObj(contact)) continue;
    const email = text(contact.email)?.replace(/^mailto:/i, "");
    if (email) methods.push({ type: "email", address: email });
    const phone = text(contact.telephone);
    if (phone) methods.push({ type: "phone", number: phone });
    const url = absolute(contact.url, ["applicationContact", "url"]);
    if (url && WEB_URL.test(url)) methods.push({ type: "url", url });
  }
  const url = absolute(node.url, ["url"]) ?? options.sourceUrl;
  if (node.directApply === true && url && WEB_URL.test(url) && !methods.some((m) => m.type === "url")) methods.push({ type: "url", url });
  if (methods.length) application.methods = methods.slice(0, 5);
  if (Object.keys(application).length) posting.application = application;

  // Requirements.
  const requirements: Obj = {};
  const education: Obj[] = [];
  asList(node.educationRequirements).forEach((e, i) => {
    const path: Path = Array.isArray(node.educationRequirements) ? ["educationRequirements", i] : ["educationRequirements"];
    const raw = isObj(e) ? text(e.credentialCategory) : text(e);
    const label = isObj(e) ? text(e.educationalLevel) ?? text(e.name) : undefined;
    if (raw && /^no requirements?$/i.test(raw)) {
      requirements.noDiplomaRequired = true;
      return;
    }
    const level = raw ? CREDENTIAL_LEVEL[raw.toLowerCase()] : undefined;
    if (level === undefined && raw && isObj(e)) diag("interop/assumed", "info", [...path, "credentialCategory"], `credentialCategory « ${raw} » : pas de niveau équivalent certain, gardé comme libellé.`, `credentialCategory "${raw}": no certain equivalent level, kept as a label.`);
    const entry: Obj = { strength: "required" };
    if (level !== undefined) entry.level = level;
    const l = label ?? raw;
    if (l) entry.label = truncate(l, 300);
    if (level !== undefined || l) education.push(entry);
  });
  if (education.length) requirements.education = education.slice(0, 10);
  const experience: Obj[] = [];
  asList(node.experienceRequirements).forEach((e) => {
    if (isObj(e)) {
      const months = num(e.monthsOfExperience);
      if (months !== undefined && months > 0) experience.push({ years: Math.round((months / 12) * 100) / 100, strength: "required" });
      else if (months === 0) requirements.noExperienceRequired = true;
      const d = text(e.description);
      if (d) experience.push({ label: truncate(d, 300), strength: "required" });
    } else {
      const t = text(e);
      if (t && /^no requirements?$/i.test(t)) requirements.noExperienceRequired = true;
      else if (t) experience.push({ label: truncate(htmlToText(t), 300), strength: "required" });
    }
  });
  if (experience.length) requirements.experience = experience.slice(0, 20);
  const skills = asList(node.skills)
    .map((s) => (isObj(s) ? text(s.name) : text(s)))
    .filter((s): s is string => s !== undefined)
    .flatMap((s) => (s.includes("\n") || s.includes(";") ? s.split(/\n|;/) : [s]))
    .map((s) => htmlToText(s).trim())
    .filter((s) => s.length > 0)
    .map((label) => ({ label: truncate(label, 300) }));
  if (skills.length) requirements.skills = skills.slice(0, 100);
  requirementsFromProperties(prop, requirements);
  if (Object.keys(requirements).length) posting.requirements = requirements;

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

function mapPlace(
  loc: unknown,
  path: Path,
  diag: (code: string, severity: Diagnostic["severity"], path: Path, fr: string, en: string) => void,
  lost: (path: Path, fr: string, en: string) => void,
): Obj | undefined {
  const place: Obj = {};
  let addr: unknown;
  let addrPath: Path = path;
  if (typeof loc === "string") addr = loc;
  else if (isObj(loc)) {
    if (text(loc.name)) place.name = truncate(text(loc.name)!, 200);
    addr = typesOf(loc).includes("PostalAddress") ? loc : loc.address;
    addrPath = typesOf(loc).includes("PostalAddress") ? path : [...path, "address"];
    if (loc.geo !== undefined) lost([...path, "geo"], "Coordonnées géographiques : pas de champ dans le modèle.", "Geographic coordinates: no field in the model.");
  } else return undefined;
  const address: Obj = {};
  if (typeof addr === "string") addr = text(addr) ?? ""; // cut to INPUT_CAPS.field before any pattern
  if (typeof addr === "string" && addr.length > 0) {
    const parts = addr.split(",").map((p) => p.trim());
    const stated = parts.length > 1 ? countryCode(parts[parts.length - 1]!) : undefined;
    const m = /(\d{5})\s+([^,\d][^,]*)/.exec(addr);
    if (m) {
      address.postalCode = m[1];
      address.commune = m[2]!.trim();
    } else address.commune = parts[0]!;
    if (stated) address.country = stated;
    else {
      diag("interop/assumed", "info", addrPath, `Adresse en texte (« ${addr} ») : lue comme commune${m ? " et code postal" : ""}, pays FR supposé.`, `Address as text ("${addr}"): read as a commune${m ? " and postal code" : ""}, country FR assumed.`);
      address.country = "FR";
    }
  } else if (isObj(addr)) {
    const street = text(addr.streetAddress);
    if (street) address.street = street;
    const locality = text(addr.addressLocality);
    if (locality) address.commune = locality;
    const postal = text(addr.postalCode);
    if (postal && /^[0-9]{5}$/.test(postal)) address.postalCode = postal;
    else if (postal) diag("interop/unknown-value", "warning", [...addrPath, "postalCode"], `Code postal « ${postal} » non repris (5 chiffres attendus).`, `Postal code "${postal}" not kept (5 digits expected).`);
    const region = text(addr.addressRegion);
    if (region && region.length <= 100) address.region = region;
    const countryRaw = isObj(addr.addressCountry) ? text(addr.addressCountry.name) ?? text(addr.addressCountry.identifier) : text(addr.addressCountry);
    let country = countryRaw ? countryCode(countryRaw) : undefined;
    if (countryRaw && !country) {
      // Assuming France would move the job: the posting is refused instead (mapPosting).
      diag("interop/unknown-country", "error", [...addrPath, "addressCountry"], `Pays « ${countryRaw} » non reconnu : l'offre n'est pas importée (la supposer en France la déplacerait).`, `Country "${countryRaw}" not recognised: the posting is not imported (assuming France would move it).`);
      return undefined;
    }
    if (!country) {
      country = "FR";
      diag("interop/assumed", "info", [...addrPath, "addressCountry"], "Pays non indiqué : FR supposé.", "No country stated: FR assumed.");
    }
    address.country = country;
  }
  if (isObj(loc)) {
    for (const pv of asList(loc.additionalProperty)) {
      if (!isObj(pv)) continue;
      const id = text(pv.propertyID);
      if (id === P.inseeCode && text(pv.value)) address.inseeCode = text(pv.value);
      if (id === P.departement && text(pv.value)) address.departement = text(pv.value);
    }
  }
  if (address.country && (address.commune || address.postalCode || address.street || address.region || address.inseeCode || address.departement)) {
    if (typeof address.commune === "string") address.commune = truncate(address.commune, 150);
    if (address.inseeCode && typeof address.inseeCode === "string" && /^75(1(0[1-9]|1[0-9]|20))$/.test(address.inseeCode)) address.arrondissement = Number(address.inseeCode.slice(3));
    place.address = address;
  } else if (address.country && !place.name) return undefined;
  return place;
}
