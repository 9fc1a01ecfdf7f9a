// GENERATED FILE — do not edit. Written by scripts/generate-fast-path.ts (npm run generate:fast-path)
// from the zod schema, src/jobPosting/JobPostingSchema.ts, the one source of truth;
// test/fastPath/upToDate.test.ts fails when it is out of date.

import type { JobPosting } from "../../generated/types.js";
import { REFINEMENTS } from "../../validate/REFINEMENTS.js";
import { codePointLength } from "../../text/codePointLength.js";

const C0 = new Set(["$schema","id","language","title","subtitle","organisation","relatedOrganisations","contracts","schemes","collectiveAgreement","occupation","positions","positionTitles","staffStatus","reporting","workingTime","pay","location","dates","requirements","eligibility","application","benefits","content","provenance"]);
const C1 = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const C2 = new Set(["name","shortName","legalForm","insertionType","cooperativeType","identifiers","website","description","foundedOn","approvals","memberVolunteering","ess"]);
const C3 = new Set(["association", "association-droit-local", "fondation", "fonds-de-dotation", "scop", "scic", "cooperative", "mutuelle", "entreprise-ess", "structure-insertion", "entreprise-adaptee", "groupement-employeurs", "public-body", "informal", "other"]);
const C4 = new Set(["aci", "ei", "ai", "etti", "eiti", "geiq"]);
const C5 = new Set(["scop", "scic", "cae", "consommateurs", "habitants", "agricole", "artisans", "commercants", "jeunesse-services", "banque", "other"]);
const C6 = new Set(["siren","siret","rna"]);
const C7 = /^[0-9]{9}$/;
const C8 = /^[0-9]{14}$/;
const C9 = /^W[0-9A-Z][0-9]{8}$/;
const C10 = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!\$&'()*+,;=%-]*)?$/;
const C11 = /^(?:(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])(?:-(?:0[1-9]|1[0-2]))?|(?:(?:[0-9][0-9](?:[2468][048]|[13579][26]|0[48])|(?:[2468][048]|[13579][26]|0[48])00)-02-29|(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))))$/;
const C12 = new Set(["type","status","number","label"]);
const C13 = new Set(["esus", "service-civique", "jeunesse-education-populaire", "espace-de-vie-sociale", "centre-social", "utilite-publique", "interet-general", "iae", "other"]);
const C14 = new Set(["hours","everyWeeks","appliesToStaff","label"]);
const C15 = new Set(["name","shortName","legalForm","insertionType","cooperativeType","identifiers","website","description","foundedOn","approvals","role","relationship"]);
const C16 = new Set(["host", "fiscal-sponsor", "co-host", "partner", "funder"]);
const C17 = new Set(["type","trialPeriod","note"]);
const C18 = new Set(["value","min","max","unit","approximate","extensionPossible","extensionConditions"]);
const C19 = new Set(["hour", "day", "week", "month", "year"]);
const C20 = new Set(["type","duration","reason","withoutPreciseTerm","renewals","prospects","trialPeriod","note"]);
const C21 = new Set(["remplacement", "accroissement-temporaire", "saisonnier", "usage", "objet-defini", "politique-emploi", "complement-formation", "senior", "other"]);
const C22 = new Set(["renewalPossible","permanentHirePossible","conditions"]);
const C23 = new Set(["type","form","duration","prospects","trialPeriod","note"]);
const C24 = new Set(["cddi", "ctti", "mise-a-disposition", "cdd-tremplin"]);
const C25 = new Set(["type","duration","qualification","rhythm","note"]);
const C26 = new Set(["title","level","school"]);
const C27 = new Set(["type","duration","studyLevel","note"]);
const C28 = new Set(["type","duration","weeklyHours","domain","approvalNumber","openToMinors","note"]);
const C29 = new Set(["solidarite", "sante", "education-pour-tous", "culture-et-loisirs", "sport", "environnement", "memoire-et-citoyennete", "developpement-international-et-action-humanitaire", "intervention-d-urgence", "citoyennete-europeenne"]);
const C30 = new Set(["type","status","duration","invoiceRequired","quoteRequired","proposalRequired","prospects","note"]);
const C31 = new Set(["micro-entrepreneur", "independant", "portage-salarial", "any"]);
const C32 = new Set(["type","duration","note"]);
const C33 = new Set(["type","name","region","note"]);
const C34 = new Set(["emploi-tremplin", "pec", "cui-cie", "adulte-relais", "fonjep", "iae", "emploi-avenir", "other"]);
const C35 = /^[0-9]{2}$/;
const C36 = new Set(["idcc","name","classification"]);
const C37 = /^[0-9]{4}$/;
const C38 = new Set(["category","group","coefficient","level","seniorityYears","label"]);
const C39 = /^[A-Z0-9]{1,4}$/;
const C40 = new Set(["romeCode","label"]);
const C41 = /^[A-N][0-9]{4}$/;
const C42 = new Set(["reportsTo","team","worksWith","regularReports"]);
const C43 = new Set(["schedule","weeklyHours","fraction","rttDaysPerYear","label","selfManaged","evenings","weekends","availability","note"]);
const C44 = new Set(["value","min","max"]);
const C45 = new Set(["label","unit","min","max","purpose"]);
const C46 = new Set(["hour", "half-day", "day", "evening"]);
const C47 = new Set(["amount","followsAgreement","complementNegotiable","negotiable","dependsOn","statutory","dailyRate","dailyRateToPropose","expenses","smic","serviceCiviqueIndemnity","text"]);
const C48 = new Set(["value","min","max","currency","period","basis","tax","monthsPerYear","weeklyHours","approximate"]);
const C49 = new Set(["hour", "day", "week", "month", "year", "mission"]);
const C50 = new Set(["qualification", "experience", "profile", "age", "seniority", "hours"]);
const C51 = new Set(["amount","covers","approval"]);
const C52 = new Set(["percent","plus"]);
const C53 = new Set(["state","host"]);
const C54 = new Set(["places","placeChosenByWorker","remote","travel","note"]);
const C55 = new Set(["name","kind","address","main","note"]);
const C56 = new Set(["office", "coworking", "field", "home", "partner-premises", "event", "other"]);
const C57 = new Set(["street","postalCode","commune","inseeCode","arrondissement","departement","region","country"]);
const C58 = /^[0-9]{5}$/;
const C59 = /^([0-9]{2}|2A|2B)[0-9]{3}$/;
const C60 = /^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/;
const C61 = /^[A-Z]{2}$/;
const C62 = new Set(["policy","daysPerWeek","flexibleDays","afterOnboarding","conditions","applicantCountries"]);
const C63 = new Set(["none", "occasional", "partial", "full"]);
const C64 = new Set(["frequency","area","note"]);
const C65 = new Set(["none", "occasional", "frequent", "daily"]);
const C66 = new Set(["local", "departmental", "regional", "national", "international"]);
const C67 = new Set(["posted","updated","start","end","milestones"]);
const C68 = /^(?:(?:[0-9][0-9](?:[2468][048]|[13579][26]|0[48])|(?:[2468][048]|[13579][26]|0[48])00)-02-29|(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))$/;
const C69 = new Set(["asap","earliest","latest","oneOf","label"]);
const C70 = new Set(["date","part"]);
const C71 = new Set(["label","date","oneOf"]);
const C72 = new Set(["education","noDiplomaRequired","experience","noExperienceRequired","skills","qualities","interests","languages","drivingLicence","note"]);
const C73 = new Set(["level","label","fields","strength"]);
const C74 = new Set(["years","domain","label","strength"]);
const C75 = new Set(["label","group","strength"]);
const C76 = new Set(["language","level","strength"]);
const C77 = /^[a-z]{2,3}$/;
const C78 = new Set(["A1", "A2", "B1", "B2", "C1", "C2", "native"]);
const C79 = new Set(["categories","vehicleNeeded","strength"]);
const C80 = new Set(["AM", "A1", "A2", "A", "B", "BE", "C1", "C", "CE", "D1", "D", "DE"]);
const C81 = new Set(["anyOf","note"]);
const C82 = new Set(["label","allOf"]);
const C83 = new Set(["type","min","max"]);
const C84 = new Set(["type","with","minMonths"]);
const C85 = new Set(["france-travail", "pole-emploi", "mission-locale", "cap-emploi"]);
const C86 = new Set(["type"]);
const C87 = new Set(["type","benefits"]);
const C88 = new Set(["rsa", "ass", "aah", "are"]);
const C89 = new Set(["type","label"]);
const C90 = new Set(["methods","contact","documents","deadline","selection","reference","note"]);
const C91 = new Set(["type","address","subject"]);
const C92 = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const C93 = new Set(["type","url"]);
const C94 = new Set(["type","address"]);
const C95 = new Set(["type","number"]);
const C96 = /^\+?[0-9 .()-]{6,20}$/;
const C97 = new Set(["role","name","phone"]);
const C98 = new Set(["type","maxPages","required","label"]);
const C99 = new Set(["cv", "cover-letter", "proposal", "quote", "portfolio", "references", "diploma", "other"]);
const C100 = new Set(["date","inclusive"]);
const C101 = new Set(["type","with","place","when","label"]);
const C102 = new Set(["screening", "phone-interview", "video-interview", "interview", "test", "exercise", "other"]);
const C103 = new Set(["type","publicTransportShare","pass","sustainableMobilityAllowance","label"]);
const C104 = new Set(["titres-restaurant", "mutuelle", "prevoyance", "transport", "training", "cheques-vacances", "thirteenth-month", "housing", "equipment", "other"]);
const C105 = new Set(["summary","context","missions","missionsNote","profile","sections"]);
const C106 = new Set(["title","share","intro","tasks"]);
const C107 = new Set(["text","subtasks"]);
const C108 = new Set(["heading","text"]);
const C109 = new Set(["sourceUrl","publisher","retrievedOn","externalId","note"]);

/**
 * The walk's count of the input's nodes (1 for the root, then every property and element: at least
 * what `inspectInput` counts, which does not count inherited keys) and the limits it stops at
 * (`parseJobPostingFastWithin`): past them it throws `OVER_LIMITS` and the input guard decides.
 */
let nodes = 1;
let maxNodes = Infinity;
let maxDepth = Infinity;
const OVER_LIMITS = new RangeError("over the input limits");

/** A container at depth `d` (the root is 1) holding `n` values: within the limits, or throws. */
function enter(n: number, d: number): void {
  if (d > maxDepth || (nodes += n) > maxNodes) throw OVER_LIMITS;
}

/** zod's object: a non-null object that is not an array. */
function isObject(x: any): boolean {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** zod's strict object (at depth `d`): an object with no enumerable key, own or inherited, outside `keys`. */
function isStrictObject(x: any, keys: Set<string>, d: number): boolean {
  if (!isObject(x)) return false;
  let n = 0;
  for (const k in x) {
    if (!keys.has(k)) return false;
    n++;
  }
  enter(n, d);
  return true;
}

/** An object whose unknown keys are not read (a stripping one): its size is not known, so under limits the guard decides. */
function unsized(): void {
  if (maxNodes !== Infinity || maxDepth !== Infinity) throw OVER_LIMITS;
}

/** An optional property read as `undefined`: zod's output has it only when the input has the key. */
function keepUndefined(o: any, x: any, key: string): void {
  if (key in x) o[key] = undefined;
}


/**
 * What `JobPostingSchema.safeParse(input).data` is when zod reports no issue (a copy of the input, keys in
 * the schema's order, an optional key kept when the input has it, even `undefined`), else `undefined`.
 * Allocates only the copy and stops at the first problem; may throw where zod would (a throwing getter).
 * @internal
 */
export function parseJobPostingFast(input: unknown): JobPosting | undefined {
  return parseJobPostingFastWithin(input, Infinity, Infinity);
}

/**
 * `parseJobPostingFast(input)`, stopped by a throw (`OVER_LIMITS`) at a container nested deeper than `depthLimit`
 * (the root is at depth 1) or once more than `nodeLimit` values are counted (the root, every enumerable
 * key, own or inherited, and every element): a posting it returns is within the limits `inspectInput`
 * checks (its nodes are no more than this count, its nesting no deeper), so the input guard need not walk it again.
 * @internal
 */
export function parseJobPostingFastWithin(input: unknown, depthLimit: number, nodeLimit: number): JobPosting | undefined {
  // Saved and restored: a getter of the input may validate another posting.
  const savedNodes = nodes;
  const savedMaxNodes = maxNodes;
  const savedMaxDepth = maxDepth;
  nodes = 1;
  maxNodes = nodeLimit;
  maxDepth = depthLimit;
  try {
    return parseJobPosting(input, 1);
  } finally {
    nodes = savedNodes;
    maxNodes = savedMaxNodes;
    maxDepth = savedMaxDepth;
  }
}

/**
 * The properties of `input` (an object) on which `JobPostingSchema` reports an issue, in the schema's order, as
 * key, value, key, value…: zod then runs on these alone. Unknown keys are not looked at. No limits.
 * @internal
 */
export function JobPostingFailures(input: object): unknown[] {
  const savedMaxNodes = maxNodes;
  const savedMaxDepth = maxDepth;
  maxNodes = maxDepth = Infinity;
  const failed: unknown[] = [];
  try {
    collectJobPostingFailures(input, failed);
  } finally {
    maxNodes = savedMaxNodes;
    maxDepth = savedMaxDepth;
  }
  return failed;
}

function parseJobPosting(x: any, d: number): any {
  if (!isStrictObject(x, C0, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.$schema;
  if (v === undefined) keepUndefined(o, x, "$schema");
  else {
    if (!leaf0(v)) return undefined;
    o.$schema = v;
  }
  v = x.id;
  if (v === undefined) keepUndefined(o, x, "id");
  else {
    if (!leaf1(v)) return undefined;
    o.id = v;
  }
  v = x.language;
  if (v === undefined) keepUndefined(o, x, "language");
  else {
    if (!leaf2(v)) return undefined;
    o.language = v;
  }
  v = x.title;
  if (!leaf3(v)) return undefined;
  o.title = v;
  v = x.subtitle;
  if (v === undefined) keepUndefined(o, x, "subtitle");
  else {
    if (!leaf3(v)) return undefined;
    o.subtitle = v;
  }
  v = x.organisation;
  if ((o.organisation = parseOrganisation(v, d + 1)) === undefined) return undefined;
  v = x.relatedOrganisations;
  if (v === undefined) keepUndefined(o, x, "relatedOrganisations");
  else {
    if ((o.relatedOrganisations = array6(v, d + 1)) === undefined) return undefined;
  }
  v = x.contracts;
  if ((o.contracts = array8(v, d + 1)) === undefined) return undefined;
  v = x.schemes;
  if (v === undefined) keepUndefined(o, x, "schemes");
  else {
    if ((o.schemes = array23(v, d + 1)) === undefined) return undefined;
  }
  v = x.collectiveAgreement;
  if (v === undefined) keepUndefined(o, x, "collectiveAgreement");
  else {
    if ((o.collectiveAgreement = parseCollectiveAgreement(v, d + 1)) === undefined) return undefined;
  }
  v = x.occupation;
  if (v === undefined) keepUndefined(o, x, "occupation");
  else {
    if ((o.occupation = parseOccupation(v, d + 1)) === undefined) return undefined;
  }
  v = x.positions;
  if (v === undefined) keepUndefined(o, x, "positions");
  else {
    if (!leaf51(v)) return undefined;
    o.positions = v;
  }
  v = x.positionTitles;
  if (v === undefined) keepUndefined(o, x, "positionTitles");
  else {
    if ((o.positionTitles = array28(v, d + 1)) === undefined) return undefined;
  }
  v = x.staffStatus;
  if (v === undefined) keepUndefined(o, x, "staffStatus");
  else {
    if (!leaf52(v)) return undefined;
    o.staffStatus = v;
  }
  v = x.reporting;
  if (v === undefined) keepUndefined(o, x, "reporting");
  else {
    if ((o.reporting = parseReportingLine(v, d + 1)) === undefined) return undefined;
  }
  v = x.workingTime;
  if (v === undefined) keepUndefined(o, x, "workingTime");
  else {
    if ((o.workingTime = parseWorkingTime(v, d + 1)) === undefined) return undefined;
  }
  v = x.pay;
  if (v === undefined) keepUndefined(o, x, "pay");
  else {
    if ((o.pay = parsePay(v, d + 1)) === undefined) return undefined;
  }
  v = x.location;
  if (v === undefined) keepUndefined(o, x, "location");
  else {
    if ((o.location = parseLocation(v, d + 1)) === undefined) return undefined;
  }
  v = x.dates;
  if (v === undefined) keepUndefined(o, x, "dates");
  else {
    if ((o.dates = parsePostingDates(v, d + 1)) === undefined) return undefined;
  }
  v = x.requirements;
  if (v === undefined) keepUndefined(o, x, "requirements");
  else {
    if ((o.requirements = parseRequirements(v, d + 1)) === undefined) return undefined;
  }
  v = x.eligibility;
  if (v === undefined) keepUndefined(o, x, "eligibility");
  else {
    if ((o.eligibility = parseEligibility(v, d + 1)) === undefined) return undefined;
  }
  v = x.application;
  if (v === undefined) keepUndefined(o, x, "application");
  else {
    if ((o.application = parseApplication(v, d + 1)) === undefined) return undefined;
  }
  v = x.benefits;
  if (v === undefined) keepUndefined(o, x, "benefits");
  else {
    if ((o.benefits = array99(v, d + 1)) === undefined) return undefined;
  }
  v = x.content;
  if (v === undefined) keepUndefined(o, x, "content");
  else {
    if ((o.content = parseContent(v, d + 1)) === undefined) return undefined;
  }
  v = x.provenance;
  if (v === undefined) keepUndefined(o, x, "provenance");
  else {
    if ((o.provenance = parseProvenance(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseOrganisation(x: any, d: number): any {
  if (!isStrictObject(x, C2, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.name;
  if (!leaf1(v)) return undefined;
  o.name = v;
  v = x.shortName;
  if (v === undefined) keepUndefined(o, x, "shortName");
  else {
    if (!leaf4(v)) return undefined;
    o.shortName = v;
  }
  v = x.legalForm;
  if (v === undefined) keepUndefined(o, x, "legalForm");
  else {
    if (!leaf5(v)) return undefined;
    o.legalForm = v;
  }
  v = x.insertionType;
  if (v === undefined) keepUndefined(o, x, "insertionType");
  else {
    if (!leaf6(v)) return undefined;
    o.insertionType = v;
  }
  v = x.cooperativeType;
  if (v === undefined) keepUndefined(o, x, "cooperativeType");
  else {
    if (!leaf7(v)) return undefined;
    o.cooperativeType = v;
  }
  v = x.identifiers;
  if (v === undefined) keepUndefined(o, x, "identifiers");
  else {
    if ((o.identifiers = parseOrganisationIdentifiers(v, d + 1)) === undefined) return undefined;
  }
  v = x.website;
  if (v === undefined) keepUndefined(o, x, "website");
  else {
    if (!leaf11(v)) return undefined;
    o.website = v;
  }
  v = x.description;
  if (v === undefined) keepUndefined(o, x, "description");
  else {
    if (!leaf12(v)) return undefined;
    o.description = v;
  }
  v = x.foundedOn;
  if (v === undefined) keepUndefined(o, x, "foundedOn");
  else {
    if (!leaf13(v)) return undefined;
    o.foundedOn = v;
  }
  v = x.approvals;
  if (v === undefined) keepUndefined(o, x, "approvals");
  else {
    if ((o.approvals = array3(v, d + 1)) === undefined) return undefined;
  }
  v = x.memberVolunteering;
  if (v === undefined) keepUndefined(o, x, "memberVolunteering");
  else {
    if ((o.memberVolunteering = parseMemberVolunteering(v, d + 1)) === undefined) return undefined;
  }
  v = x.ess;
  if (v === undefined) keepUndefined(o, x, "ess");
  else {
    if (!leaf18(v)) return undefined;
    o.ess = v;
  }
  return o;
}

function parseOrganisationIdentifiers(x: any, d: number): any {
  if (!isStrictObject(x, C6, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.siren;
  if (v === undefined) keepUndefined(o, x, "siren");
  else {
    if (!(typeof v === "string" && C7.test(v) && REFINEMENTS["organisation/siren-checksum"](v))) return undefined;
    o.siren = v;
  }
  v = x.siret;
  if (v === undefined) keepUndefined(o, x, "siret");
  else {
    if (!(typeof v === "string" && C8.test(v) && REFINEMENTS["organisation/siret-checksum"](v))) return undefined;
    o.siret = v;
  }
  v = x.rna;
  if (v === undefined) keepUndefined(o, x, "rna");
  else {
    if (!(typeof v === "string" && C9.test(v))) return undefined;
    o.rna = v;
  }
  return o;
}

function array3(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 20) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseApproval(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseApproval(x: any, d: number): any {
  if (!isStrictObject(x, C12, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(C13.has(v))) return undefined;
  o.type = v;
  v = x.status;
  if (v === undefined) keepUndefined(o, x, "status");
  else {
    if (!((v === "granted" || v === "pending" || v === "in-preparation"))) return undefined;
    o.status = v;
  }
  v = x.number;
  if (v === undefined) keepUndefined(o, x, "number");
  else {
    if (!leaf4(v)) return undefined;
    o.number = v;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf3(v)) return undefined;
    o.label = v;
  }
  return o;
}

function parseMemberVolunteering(x: any, d: number): any {
  if (!isStrictObject(x, C14, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.hours;
  if (v === undefined) keepUndefined(o, x, "hours");
  else {
    if (!(typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 100)) return undefined;
    o.hours = v;
  }
  v = x.everyWeeks;
  if (v === undefined) keepUndefined(o, x, "everyWeeks");
  else {
    if (!(Number.isSafeInteger(v) && v >= 1 && v <= 52)) return undefined;
    o.everyWeeks = v;
  }
  v = x.appliesToStaff;
  if (v === undefined) keepUndefined(o, x, "appliesToStaff");
  else {
    if (!leaf18(v)) return undefined;
    o.appliesToStaff = v;
  }
  v = x.label;
  if (!leaf19(v)) return undefined;
  o.label = v;
  return o;
}

function array6(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 20) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseRelatedOrganisation(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseRelatedOrganisation(x: any, d: number): any {
  if (!isStrictObject(x, C15, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.name;
  if (!leaf1(v)) return undefined;
  o.name = v;
  v = x.shortName;
  if (v === undefined) keepUndefined(o, x, "shortName");
  else {
    if (!leaf4(v)) return undefined;
    o.shortName = v;
  }
  v = x.legalForm;
  if (v === undefined) keepUndefined(o, x, "legalForm");
  else {
    if (!leaf5(v)) return undefined;
    o.legalForm = v;
  }
  v = x.insertionType;
  if (v === undefined) keepUndefined(o, x, "insertionType");
  else {
    if (!leaf6(v)) return undefined;
    o.insertionType = v;
  }
  v = x.cooperativeType;
  if (v === undefined) keepUndefined(o, x, "cooperativeType");
  else {
    if (!leaf7(v)) return undefined;
    o.cooperativeType = v;
  }
  v = x.identifiers;
  if (v === undefined) keepUndefined(o, x, "identifiers");
  else {
    if ((o.identifiers = parseOrganisationIdentifiers(v, d + 1)) === undefined) return undefined;
  }
  v = x.website;
  if (v === undefined) keepUndefined(o, x, "website");
  else {
    if (!leaf11(v)) return undefined;
    o.website = v;
  }
  v = x.description;
  if (v === undefined) keepUndefined(o, x, "description");
  else {
    if (!leaf12(v)) return undefined;
    o.description = v;
  }
  v = x.foundedOn;
  if (v === undefined) keepUndefined(o, x, "foundedOn");
  else {
    if (!leaf13(v)) return undefined;
    o.foundedOn = v;
  }
  v = x.approvals;
  if (v === undefined) keepUndefined(o, x, "approvals");
  else {
    if ((o.approvals = array3(v, d + 1)) === undefined) return undefined;
  }
  v = x.role;
  if (!(C16.has(v))) return undefined;
  o.role = v;
  v = x.relationship;
  if (v === undefined) keepUndefined(o, x, "relationship");
  else {
    if (!leaf0(v)) return undefined;
    o.relationship = v;
  }
  return o;
}

function array8(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 5) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseContract(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseContract(x: any, d: number): any {
  if (!isObject(x)) return undefined;
  switch (x.type) {
    case "cdi":
      return parseCdiContract(x, d);
    case "cdd":
      return parseCddContract(x, d);
    case "insertion":
      return parseInsertionContract(x, d);
    case "apprentissage":
      return parseApprenticeshipContract(x, d);
    case "professionnalisation":
      return parseProfessionalisationContract(x, d);
    case "alternance":
      return parseWorkStudyContract(x, d);
    case "stage":
      return parseInternshipContract(x, d);
    case "service-civique":
      return parseServiceCiviqueContract(x, d);
    case "freelance":
      return parseFreelanceContract(x, d);
    case "benevolat":
      return parseVolunteerContract(x, d);
    default:
      return undefined;
  }
}

function parseCdiContract(x: any, d: number): any {
  if (!isStrictObject(x, C17, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "cdi")) return undefined;
  o.type = v;
  v = x.trialPeriod;
  if (v === undefined) keepUndefined(o, x, "trialPeriod");
  else {
    if ((o.trialPeriod = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseDuration(x: any, d: number): any {
  if (!isStrictObject(x, C18, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.value;
  if (v === undefined) keepUndefined(o, x, "value");
  else {
    if (!leaf22(v)) return undefined;
    o.value = v;
  }
  v = x.min;
  if (v === undefined) keepUndefined(o, x, "min");
  else {
    if (!leaf22(v)) return undefined;
    o.min = v;
  }
  v = x.max;
  if (v === undefined) keepUndefined(o, x, "max");
  else {
    if (!leaf22(v)) return undefined;
    o.max = v;
  }
  v = x.unit;
  if (!(C19.has(v))) return undefined;
  o.unit = v;
  v = x.approximate;
  if (v === undefined) keepUndefined(o, x, "approximate");
  else {
    if (!leaf18(v)) return undefined;
    o.approximate = v;
  }
  v = x.extensionPossible;
  if (v === undefined) keepUndefined(o, x, "extensionPossible");
  else {
    if (!leaf18(v)) return undefined;
    o.extensionPossible = v;
  }
  v = x.extensionConditions;
  if (v === undefined) keepUndefined(o, x, "extensionConditions");
  else {
    if (!leaf24(v)) return undefined;
    o.extensionConditions = v;
  }
  return o;
}

function parseCddContract(x: any, d: number): any {
  if (!isStrictObject(x, C20, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "cdd")) return undefined;
  o.type = v;
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.reason;
  if (v === undefined) keepUndefined(o, x, "reason");
  else {
    if (!(C21.has(v))) return undefined;
    o.reason = v;
  }
  v = x.withoutPreciseTerm;
  if (v === undefined) keepUndefined(o, x, "withoutPreciseTerm");
  else {
    if (!leaf18(v)) return undefined;
    o.withoutPreciseTerm = v;
  }
  v = x.renewals;
  if (v === undefined) keepUndefined(o, x, "renewals");
  else {
    if (!(Number.isSafeInteger(v) && v >= 0 && v <= 10)) return undefined;
    o.renewals = v;
  }
  v = x.prospects;
  if (v === undefined) keepUndefined(o, x, "prospects");
  else {
    if ((o.prospects = parseContractProspects(v, d + 1)) === undefined) return undefined;
  }
  v = x.trialPeriod;
  if (v === undefined) keepUndefined(o, x, "trialPeriod");
  else {
    if ((o.trialPeriod = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseContractProspects(x: any, d: number): any {
  if (!isStrictObject(x, C22, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.renewalPossible;
  if (v === undefined) keepUndefined(o, x, "renewalPossible");
  else {
    if (!leaf18(v)) return undefined;
    o.renewalPossible = v;
  }
  v = x.permanentHirePossible;
  if (v === undefined) keepUndefined(o, x, "permanentHirePossible");
  else {
    if (!leaf18(v)) return undefined;
    o.permanentHirePossible = v;
  }
  v = x.conditions;
  if (v === undefined) keepUndefined(o, x, "conditions");
  else {
    if (!leaf0(v)) return undefined;
    o.conditions = v;
  }
  return o;
}

function parseInsertionContract(x: any, d: number): any {
  if (!isStrictObject(x, C23, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "insertion")) return undefined;
  o.type = v;
  v = x.form;
  if (!(C24.has(v))) return undefined;
  o.form = v;
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.prospects;
  if (v === undefined) keepUndefined(o, x, "prospects");
  else {
    if ((o.prospects = parseContractProspects(v, d + 1)) === undefined) return undefined;
  }
  v = x.trialPeriod;
  if (v === undefined) keepUndefined(o, x, "trialPeriod");
  else {
    if ((o.trialPeriod = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseApprenticeshipContract(x: any, d: number): any {
  if (!isStrictObject(x, C25, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "apprentissage")) return undefined;
  o.type = v;
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.qualification;
  if (v === undefined) keepUndefined(o, x, "qualification");
  else {
    if ((o.qualification = parseTargetQualification(v, d + 1)) === undefined) return undefined;
  }
  v = x.rhythm;
  if (v === undefined) keepUndefined(o, x, "rhythm");
  else {
    if (!leaf3(v)) return undefined;
    o.rhythm = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseTargetQualification(x: any, d: number): any {
  if (!isStrictObject(x, C26, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.title;
  if (!leaf3(v)) return undefined;
  o.title = v;
  v = x.level;
  if (v === undefined) keepUndefined(o, x, "level");
  else {
    if (!leaf31(v)) return undefined;
    o.level = v;
  }
  v = x.school;
  if (v === undefined) keepUndefined(o, x, "school");
  else {
    if (!leaf3(v)) return undefined;
    o.school = v;
  }
  return o;
}

function parseProfessionalisationContract(x: any, d: number): any {
  if (!isStrictObject(x, C25, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "professionnalisation")) return undefined;
  o.type = v;
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.qualification;
  if (v === undefined) keepUndefined(o, x, "qualification");
  else {
    if ((o.qualification = parseTargetQualification(v, d + 1)) === undefined) return undefined;
  }
  v = x.rhythm;
  if (v === undefined) keepUndefined(o, x, "rhythm");
  else {
    if (!leaf3(v)) return undefined;
    o.rhythm = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseWorkStudyContract(x: any, d: number): any {
  if (!isStrictObject(x, C25, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "alternance")) return undefined;
  o.type = v;
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.qualification;
  if (v === undefined) keepUndefined(o, x, "qualification");
  else {
    if ((o.qualification = parseTargetQualification(v, d + 1)) === undefined) return undefined;
  }
  v = x.rhythm;
  if (v === undefined) keepUndefined(o, x, "rhythm");
  else {
    if (!leaf3(v)) return undefined;
    o.rhythm = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseInternshipContract(x: any, d: number): any {
  if (!isStrictObject(x, C27, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "stage")) return undefined;
  o.type = v;
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.studyLevel;
  if (v === undefined) keepUndefined(o, x, "studyLevel");
  else {
    if (!leaf31(v)) return undefined;
    o.studyLevel = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseServiceCiviqueContract(x: any, d: number): any {
  if (!isStrictObject(x, C28, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "service-civique")) return undefined;
  o.type = v;
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.weeklyHours;
  if (v === undefined) keepUndefined(o, x, "weeklyHours");
  else {
    if (!leaf36(v)) return undefined;
    o.weeklyHours = v;
  }
  v = x.domain;
  if (v === undefined) keepUndefined(o, x, "domain");
  else {
    if (!(C29.has(v))) return undefined;
    o.domain = v;
  }
  v = x.approvalNumber;
  if (v === undefined) keepUndefined(o, x, "approvalNumber");
  else {
    if (!(typeof v === "string" && v.length >= 1 && (v.length <= 50 || codePointLength(v) <= 50))) return undefined;
    o.approvalNumber = v;
  }
  v = x.openToMinors;
  if (v === undefined) keepUndefined(o, x, "openToMinors");
  else {
    if (!leaf18(v)) return undefined;
    o.openToMinors = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseFreelanceContract(x: any, d: number): any {
  if (!isStrictObject(x, C30, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "freelance")) return undefined;
  o.type = v;
  v = x.status;
  if (v === undefined) keepUndefined(o, x, "status");
  else {
    if (!(C31.has(v))) return undefined;
    o.status = v;
  }
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.invoiceRequired;
  if (v === undefined) keepUndefined(o, x, "invoiceRequired");
  else {
    if (!leaf18(v)) return undefined;
    o.invoiceRequired = v;
  }
  v = x.quoteRequired;
  if (v === undefined) keepUndefined(o, x, "quoteRequired");
  else {
    if (!leaf18(v)) return undefined;
    o.quoteRequired = v;
  }
  v = x.proposalRequired;
  if (v === undefined) keepUndefined(o, x, "proposalRequired");
  else {
    if (!leaf18(v)) return undefined;
    o.proposalRequired = v;
  }
  v = x.prospects;
  if (v === undefined) keepUndefined(o, x, "prospects");
  else {
    if ((o.prospects = parseContractProspects(v, d + 1)) === undefined) return undefined;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseVolunteerContract(x: any, d: number): any {
  if (!isStrictObject(x, C32, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "benevolat")) return undefined;
  o.type = v;
  v = x.duration;
  if (v === undefined) keepUndefined(o, x, "duration");
  else {
    if ((o.duration = parseDuration(v, d + 1)) === undefined) return undefined;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function array23(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 5) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parsePublicScheme(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parsePublicScheme(x: any, d: number): any {
  if (!isStrictObject(x, C33, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(C34.has(v))) return undefined;
  o.type = v;
  v = x.name;
  if (v === undefined) keepUndefined(o, x, "name");
  else {
    if (!leaf3(v)) return undefined;
    o.name = v;
  }
  v = x.region;
  if (v === undefined) keepUndefined(o, x, "region");
  else {
    if (!(typeof v === "string" && C35.test(v))) return undefined;
    o.region = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseCollectiveAgreement(x: any, d: number): any {
  if (!isStrictObject(x, C36, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.idcc;
  if (!(typeof v === "string" && C37.test(v))) return undefined;
  o.idcc = v;
  v = x.name;
  if (v === undefined) keepUndefined(o, x, "name");
  else {
    if (!leaf3(v)) return undefined;
    o.name = v;
  }
  v = x.classification;
  if (v === undefined) keepUndefined(o, x, "classification");
  else {
    if ((o.classification = parseClassification(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseClassification(x: any, d: number): any {
  if (!isStrictObject(x, C38, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.category;
  if (v === undefined) keepUndefined(o, x, "category");
  else {
    if (!((v === "ouvrier-employe" || v === "technicien-agent-de-maitrise" || v === "cadre"))) return undefined;
    o.category = v;
  }
  v = x.group;
  if (v === undefined) keepUndefined(o, x, "group");
  else {
    if (!(typeof v === "string" && C39.test(v))) return undefined;
    o.group = v;
  }
  v = x.coefficient;
  if (v === undefined) keepUndefined(o, x, "coefficient");
  else {
    if (!(Number.isSafeInteger(v) && v >= 1 && v <= 2000)) return undefined;
    o.coefficient = v;
  }
  v = x.level;
  if (v === undefined) keepUndefined(o, x, "level");
  else {
    if (!leaf48(v)) return undefined;
    o.level = v;
  }
  v = x.seniorityYears;
  if (v === undefined) keepUndefined(o, x, "seniorityYears");
  else {
    if (!(Number.isSafeInteger(v) && v >= 0 && v <= 60)) return undefined;
    o.seniorityYears = v;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf1(v)) return undefined;
    o.label = v;
  }
  return o;
}

function parseOccupation(x: any, d: number): any {
  if (!isStrictObject(x, C40, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.romeCode;
  if (v === undefined) keepUndefined(o, x, "romeCode");
  else {
    if (!(typeof v === "string" && C41.test(v))) return undefined;
    o.romeCode = v;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf1(v)) return undefined;
    o.label = v;
  }
  return o;
}

function array28(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 2 || n > 20) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!leaf3(v)) return undefined;
    o[i] = v;
  }
  return o;
}

function parseReportingLine(x: any, d: number): any {
  if (!isStrictObject(x, C42, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.reportsTo;
  if (v === undefined) keepUndefined(o, x, "reportsTo");
  else {
    if (!leaf3(v)) return undefined;
    o.reportsTo = v;
  }
  v = x.team;
  if (v === undefined) keepUndefined(o, x, "team");
  else {
    if (!leaf3(v)) return undefined;
    o.team = v;
  }
  v = x.worksWith;
  if (v === undefined) keepUndefined(o, x, "worksWith");
  else {
    if ((o.worksWith = array30(v, d + 1)) === undefined) return undefined;
  }
  v = x.regularReports;
  if (v === undefined) keepUndefined(o, x, "regularReports");
  else {
    if (!leaf18(v)) return undefined;
    o.regularReports = v;
  }
  return o;
}

function array30(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 20) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!leaf3(v)) return undefined;
    o[i] = v;
  }
  return o;
}

function parseWorkingTime(x: any, d: number): any {
  if (!isStrictObject(x, C43, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.schedule;
  if (v === undefined) keepUndefined(o, x, "schedule");
  else {
    if (!((v === "full-time" || v === "part-time"))) return undefined;
    o.schedule = v;
  }
  v = x.weeklyHours;
  if (v === undefined) keepUndefined(o, x, "weeklyHours");
  else {
    if ((o.weeklyHours = parseWeeklyHours(v, d + 1)) === undefined) return undefined;
  }
  v = x.fraction;
  if (v === undefined) keepUndefined(o, x, "fraction");
  else {
    if (!leaf54(v)) return undefined;
    o.fraction = v;
  }
  v = x.rttDaysPerYear;
  if (v === undefined) keepUndefined(o, x, "rttDaysPerYear");
  else {
    if (!(Number.isSafeInteger(v) && v >= 1 && v <= 60)) return undefined;
    o.rttDaysPerYear = v;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf1(v)) return undefined;
    o.label = v;
  }
  v = x.selfManaged;
  if (v === undefined) keepUndefined(o, x, "selfManaged");
  else {
    if (!leaf18(v)) return undefined;
    o.selfManaged = v;
  }
  v = x.evenings;
  if (v === undefined) keepUndefined(o, x, "evenings");
  else {
    if (!leaf18(v)) return undefined;
    o.evenings = v;
  }
  v = x.weekends;
  if (v === undefined) keepUndefined(o, x, "weekends");
  else {
    if (!leaf18(v)) return undefined;
    o.weekends = v;
  }
  v = x.availability;
  if (v === undefined) keepUndefined(o, x, "availability");
  else {
    if ((o.availability = array33(v, d + 1)) === undefined) return undefined;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseWeeklyHours(x: any, d: number): any {
  if (!isStrictObject(x, C44, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.value;
  if (v === undefined) keepUndefined(o, x, "value");
  else {
    if (!leaf36(v)) return undefined;
    o.value = v;
  }
  v = x.min;
  if (v === undefined) keepUndefined(o, x, "min");
  else {
    if (!leaf36(v)) return undefined;
    o.min = v;
  }
  v = x.max;
  if (v === undefined) keepUndefined(o, x, "max");
  else {
    if (!leaf36(v)) return undefined;
    o.max = v;
  }
  return o;
}

function array33(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 10) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseRecurringAvailability(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseRecurringAvailability(x: any, d: number): any {
  if (!isStrictObject(x, C45, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.label;
  if (!leaf3(v)) return undefined;
  o.label = v;
  v = x.unit;
  if (v === undefined) keepUndefined(o, x, "unit");
  else {
    if (!(C46.has(v))) return undefined;
    o.unit = v;
  }
  v = x.min;
  if (v === undefined) keepUndefined(o, x, "min");
  else {
    if (!leaf57(v)) return undefined;
    o.min = v;
  }
  v = x.max;
  if (v === undefined) keepUndefined(o, x, "max");
  else {
    if (!leaf57(v)) return undefined;
    o.max = v;
  }
  v = x.purpose;
  if (v === undefined) keepUndefined(o, x, "purpose");
  else {
    if (!leaf3(v)) return undefined;
    o.purpose = v;
  }
  return o;
}

function parsePay(x: any, d: number): any {
  if (!isStrictObject(x, C47, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.amount;
  if (v === undefined) keepUndefined(o, x, "amount");
  else {
    if ((o.amount = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  v = x.followsAgreement;
  if (v === undefined) keepUndefined(o, x, "followsAgreement");
  else {
    if (!leaf18(v)) return undefined;
    o.followsAgreement = v;
  }
  v = x.complementNegotiable;
  if (v === undefined) keepUndefined(o, x, "complementNegotiable");
  else {
    if (!leaf18(v)) return undefined;
    o.complementNegotiable = v;
  }
  v = x.negotiable;
  if (v === undefined) keepUndefined(o, x, "negotiable");
  else {
    if (!leaf18(v)) return undefined;
    o.negotiable = v;
  }
  v = x.dependsOn;
  if (v === undefined) keepUndefined(o, x, "dependsOn");
  else {
    if ((o.dependsOn = array37(v, d + 1)) === undefined) return undefined;
  }
  v = x.statutory;
  if (v === undefined) keepUndefined(o, x, "statutory");
  else {
    if (!leaf18(v)) return undefined;
    o.statutory = v;
  }
  v = x.dailyRate;
  if (v === undefined) keepUndefined(o, x, "dailyRate");
  else {
    if ((o.dailyRate = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  v = x.dailyRateToPropose;
  if (v === undefined) keepUndefined(o, x, "dailyRateToPropose");
  else {
    if (!leaf18(v)) return undefined;
    o.dailyRateToPropose = v;
  }
  v = x.expenses;
  if (v === undefined) keepUndefined(o, x, "expenses");
  else {
    if ((o.expenses = parseExpensesEnvelope(v, d + 1)) === undefined) return undefined;
  }
  v = x.smic;
  if (v === undefined) keepUndefined(o, x, "smic");
  else {
    if ((o.smic = object39(v, d + 1)) === undefined) return undefined;
  }
  v = x.serviceCiviqueIndemnity;
  if (v === undefined) keepUndefined(o, x, "serviceCiviqueIndemnity");
  else {
    if ((o.serviceCiviqueIndemnity = object40(v, d + 1)) === undefined) return undefined;
  }
  v = x.text;
  if (v === undefined) keepUndefined(o, x, "text");
  else {
    if (!leaf24(v)) return undefined;
    o.text = v;
  }
  return o;
}

function parsePayAmount(x: any, d: number): any {
  if (!isStrictObject(x, C48, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.value;
  if (v === undefined) keepUndefined(o, x, "value");
  else {
    if (!leaf58(v)) return undefined;
    o.value = v;
  }
  v = x.min;
  if (v === undefined) keepUndefined(o, x, "min");
  else {
    if (!leaf58(v)) return undefined;
    o.min = v;
  }
  v = x.max;
  if (v === undefined) keepUndefined(o, x, "max");
  else {
    if (!leaf58(v)) return undefined;
    o.max = v;
  }
  v = x.currency;
  if (!(v === "EUR")) return undefined;
  o.currency = v;
  v = x.period;
  if (!(C49.has(v))) return undefined;
  o.period = v;
  v = x.basis;
  if (v === undefined) keepUndefined(o, x, "basis");
  else {
    if (!((v === "gross" || v === "net"))) return undefined;
    o.basis = v;
  }
  v = x.tax;
  if (v === undefined) keepUndefined(o, x, "tax");
  else {
    if (!((v === "excluding-vat" || v === "including-vat"))) return undefined;
    o.tax = v;
  }
  v = x.monthsPerYear;
  if (v === undefined) keepUndefined(o, x, "monthsPerYear");
  else {
    if (!(typeof v === "number" && Number.isFinite(v) && v >= 12 && v <= 14)) return undefined;
    o.monthsPerYear = v;
  }
  v = x.weeklyHours;
  if (v === undefined) keepUndefined(o, x, "weeklyHours");
  else {
    if (!leaf36(v)) return undefined;
    o.weeklyHours = v;
  }
  v = x.approximate;
  if (v === undefined) keepUndefined(o, x, "approximate");
  else {
    if (!leaf18(v)) return undefined;
    o.approximate = v;
  }
  return o;
}

function array37(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 6) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!(C50.has(v))) return undefined;
    o[i] = v;
  }
  return o;
}

function parseExpensesEnvelope(x: any, d: number): any {
  if (!isStrictObject(x, C51, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.amount;
  if (v === undefined) keepUndefined(o, x, "amount");
  else {
    if ((o.amount = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  v = x.covers;
  if (v === undefined) keepUndefined(o, x, "covers");
  else {
    if (!leaf19(v)) return undefined;
    o.covers = v;
  }
  v = x.approval;
  if (v === undefined) keepUndefined(o, x, "approval");
  else {
    if (!leaf19(v)) return undefined;
    o.approval = v;
  }
  return o;
}

function object39(x: any, d: number): any {
  if (!isStrictObject(x, C52, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.percent;
  if (v === undefined) keepUndefined(o, x, "percent");
  else {
    if (!leaf22(v)) return undefined;
    o.percent = v;
  }
  v = x.plus;
  if (v === undefined) keepUndefined(o, x, "plus");
  else {
    if ((o.plus = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function object40(x: any, d: number): any {
  if (!isStrictObject(x, C53, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.state;
  if (v === undefined) keepUndefined(o, x, "state");
  else {
    if ((o.state = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  v = x.host;
  if (v === undefined) keepUndefined(o, x, "host");
  else {
    if ((o.host = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseLocation(x: any, d: number): any {
  if (!isStrictObject(x, C54, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.places;
  if (v === undefined) keepUndefined(o, x, "places");
  else {
    if ((o.places = array42(v, d + 1)) === undefined) return undefined;
  }
  v = x.placeChosenByWorker;
  if (v === undefined) keepUndefined(o, x, "placeChosenByWorker");
  else {
    if (!leaf18(v)) return undefined;
    o.placeChosenByWorker = v;
  }
  v = x.remote;
  if (v === undefined) keepUndefined(o, x, "remote");
  else {
    if ((o.remote = parseRemoteWork(v, d + 1)) === undefined) return undefined;
  }
  v = x.travel;
  if (v === undefined) keepUndefined(o, x, "travel");
  else {
    if ((o.travel = parseTravel(v, d + 1)) === undefined) return undefined;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function array42(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 20) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parsePlace(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parsePlace(x: any, d: number): any {
  if (!isStrictObject(x, C55, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.name;
  if (v === undefined) keepUndefined(o, x, "name");
  else {
    if (!leaf1(v)) return undefined;
    o.name = v;
  }
  v = x.kind;
  if (v === undefined) keepUndefined(o, x, "kind");
  else {
    if (!(C56.has(v))) return undefined;
    o.kind = v;
  }
  v = x.address;
  if (v === undefined) keepUndefined(o, x, "address");
  else {
    if ((o.address = parseAddress(v, d + 1)) === undefined) return undefined;
  }
  v = x.main;
  if (v === undefined) keepUndefined(o, x, "main");
  else {
    if (!leaf18(v)) return undefined;
    o.main = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf19(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parseAddress(x: any, d: number): any {
  if (!isStrictObject(x, C57, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.street;
  if (v === undefined) keepUndefined(o, x, "street");
  else {
    if (!leaf3(v)) return undefined;
    o.street = v;
  }
  v = x.postalCode;
  if (v === undefined) keepUndefined(o, x, "postalCode");
  else {
    if (!(typeof v === "string" && C58.test(v))) return undefined;
    o.postalCode = v;
  }
  v = x.commune;
  if (v === undefined) keepUndefined(o, x, "commune");
  else {
    if (!(typeof v === "string" && v.length >= 1 && (v.length <= 150 || codePointLength(v) <= 150))) return undefined;
    o.commune = v;
  }
  v = x.inseeCode;
  if (v === undefined) keepUndefined(o, x, "inseeCode");
  else {
    if (!(typeof v === "string" && C59.test(v))) return undefined;
    o.inseeCode = v;
  }
  v = x.arrondissement;
  if (v === undefined) keepUndefined(o, x, "arrondissement");
  else {
    if (!leaf48(v)) return undefined;
    o.arrondissement = v;
  }
  v = x.departement;
  if (v === undefined) keepUndefined(o, x, "departement");
  else {
    if (!(typeof v === "string" && C60.test(v))) return undefined;
    o.departement = v;
  }
  v = x.region;
  if (v === undefined) keepUndefined(o, x, "region");
  else {
    if (!leaf4(v)) return undefined;
    o.region = v;
  }
  v = x.country;
  if (!leaf70(v)) return undefined;
  o.country = v;
  return o;
}

function parseRemoteWork(x: any, d: number): any {
  if (!isStrictObject(x, C62, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.policy;
  if (!(C63.has(v))) return undefined;
  o.policy = v;
  v = x.daysPerWeek;
  if (v === undefined) keepUndefined(o, x, "daysPerWeek");
  else {
    if (!(typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 5)) return undefined;
    o.daysPerWeek = v;
  }
  v = x.flexibleDays;
  if (v === undefined) keepUndefined(o, x, "flexibleDays");
  else {
    if (!leaf18(v)) return undefined;
    o.flexibleDays = v;
  }
  v = x.afterOnboarding;
  if (v === undefined) keepUndefined(o, x, "afterOnboarding");
  else {
    if (!leaf18(v)) return undefined;
    o.afterOnboarding = v;
  }
  v = x.conditions;
  if (v === undefined) keepUndefined(o, x, "conditions");
  else {
    if (!leaf19(v)) return undefined;
    o.conditions = v;
  }
  v = x.applicantCountries;
  if (v === undefined) keepUndefined(o, x, "applicantCountries");
  else {
    if ((o.applicantCountries = array46(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function array46(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 50) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!leaf70(v)) return undefined;
    o[i] = v;
  }
  return o;
}

function parseTravel(x: any, d: number): any {
  if (!isStrictObject(x, C64, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.frequency;
  if (v === undefined) keepUndefined(o, x, "frequency");
  else {
    if (!(C65.has(v))) return undefined;
    o.frequency = v;
  }
  v = x.area;
  if (v === undefined) keepUndefined(o, x, "area");
  else {
    if (!(C66.has(v))) return undefined;
    o.area = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf19(v)) return undefined;
    o.note = v;
  }
  return o;
}

function parsePostingDates(x: any, d: number): any {
  if (!isStrictObject(x, C67, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.posted;
  if (v === undefined) keepUndefined(o, x, "posted");
  else {
    if (!leaf75(v)) return undefined;
    o.posted = v;
  }
  v = x.updated;
  if (v === undefined) keepUndefined(o, x, "updated");
  else {
    if (!leaf75(v)) return undefined;
    o.updated = v;
  }
  v = x.start;
  if (v === undefined) keepUndefined(o, x, "start");
  else {
    if ((o.start = parseStartDate(v, d + 1)) === undefined) return undefined;
  }
  v = x.end;
  if (v === undefined) keepUndefined(o, x, "end");
  else {
    if ((o.end = parseApproximateDate(v, d + 1)) === undefined) return undefined;
  }
  v = x.milestones;
  if (v === undefined) keepUndefined(o, x, "milestones");
  else {
    if ((o.milestones = array52(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseStartDate(x: any, d: number): any {
  if (!isStrictObject(x, C69, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.asap;
  if (v === undefined) keepUndefined(o, x, "asap");
  else {
    if (!leaf18(v)) return undefined;
    o.asap = v;
  }
  v = x.earliest;
  if (v === undefined) keepUndefined(o, x, "earliest");
  else {
    if ((o.earliest = parseApproximateDate(v, d + 1)) === undefined) return undefined;
  }
  v = x.latest;
  if (v === undefined) keepUndefined(o, x, "latest");
  else {
    if ((o.latest = parseApproximateDate(v, d + 1)) === undefined) return undefined;
  }
  v = x.oneOf;
  if (v === undefined) keepUndefined(o, x, "oneOf");
  else {
    if ((o.oneOf = array51(v, d + 1)) === undefined) return undefined;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf3(v)) return undefined;
    o.label = v;
  }
  return o;
}

function parseApproximateDate(x: any, d: number): any {
  if (!isStrictObject(x, C70, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.date;
  if (!leaf13(v)) return undefined;
  o.date = v;
  v = x.part;
  if (v === undefined) keepUndefined(o, x, "part");
  else {
    if (!((v === "early" || v === "mid" || v === "late"))) return undefined;
    o.part = v;
  }
  return o;
}

function array51(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 2 || n > 6) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseApproximateDate(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function array52(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 20) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseMilestone(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseMilestone(x: any, d: number): any {
  if (!isStrictObject(x, C71, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.label;
  if (!leaf19(v)) return undefined;
  o.label = v;
  v = x.date;
  if (v === undefined) keepUndefined(o, x, "date");
  else {
    if ((o.date = parseApproximateDate(v, d + 1)) === undefined) return undefined;
  }
  v = x.oneOf;
  if (v === undefined) keepUndefined(o, x, "oneOf");
  else {
    if ((o.oneOf = array51(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseRequirements(x: any, d: number): any {
  if (!isStrictObject(x, C72, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.education;
  if (v === undefined) keepUndefined(o, x, "education");
  else {
    if ((o.education = array56(v, d + 1)) === undefined) return undefined;
  }
  v = x.noDiplomaRequired;
  if (v === undefined) keepUndefined(o, x, "noDiplomaRequired");
  else {
    if (!leaf18(v)) return undefined;
    o.noDiplomaRequired = v;
  }
  v = x.experience;
  if (v === undefined) keepUndefined(o, x, "experience");
  else {
    if ((o.experience = array59(v, d + 1)) === undefined) return undefined;
  }
  v = x.noExperienceRequired;
  if (v === undefined) keepUndefined(o, x, "noExperienceRequired");
  else {
    if (!leaf18(v)) return undefined;
    o.noExperienceRequired = v;
  }
  v = x.skills;
  if (v === undefined) keepUndefined(o, x, "skills");
  else {
    if ((o.skills = array61(v, d + 1)) === undefined) return undefined;
  }
  v = x.qualities;
  if (v === undefined) keepUndefined(o, x, "qualities");
  else {
    if ((o.qualities = array63(v, d + 1)) === undefined) return undefined;
  }
  v = x.interests;
  if (v === undefined) keepUndefined(o, x, "interests");
  else {
    if ((o.interests = array64(v, d + 1)) === undefined) return undefined;
  }
  v = x.languages;
  if (v === undefined) keepUndefined(o, x, "languages");
  else {
    if ((o.languages = array65(v, d + 1)) === undefined) return undefined;
  }
  v = x.drivingLicence;
  if (v === undefined) keepUndefined(o, x, "drivingLicence");
  else {
    if ((o.drivingLicence = parseDrivingLicenceRequirement(v, d + 1)) === undefined) return undefined;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf82(v)) return undefined;
    o.note = v;
  }
  return o;
}

function array56(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 10) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseEducationRequirement(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseEducationRequirement(x: any, d: number): any {
  if (!isStrictObject(x, C73, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.level;
  if (v === undefined) keepUndefined(o, x, "level");
  else {
    if (!leaf31(v)) return undefined;
    o.level = v;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf3(v)) return undefined;
    o.label = v;
  }
  v = x.fields;
  if (v === undefined) keepUndefined(o, x, "fields");
  else {
    if ((o.fields = array58(v, d + 1)) === undefined) return undefined;
  }
  v = x.strength;
  if (!leaf77(v)) return undefined;
  o.strength = v;
  return o;
}

function array58(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 30) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!leaf3(v)) return undefined;
    o[i] = v;
  }
  return o;
}

function array59(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 20) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseExperienceRequirement(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseExperienceRequirement(x: any, d: number): any {
  if (!isStrictObject(x, C74, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.years;
  if (v === undefined) keepUndefined(o, x, "years");
  else {
    if (!(typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 50)) return undefined;
    o.years = v;
  }
  v = x.domain;
  if (v === undefined) keepUndefined(o, x, "domain");
  else {
    if (!leaf3(v)) return undefined;
    o.domain = v;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf0(v)) return undefined;
    o.label = v;
  }
  v = x.strength;
  if (!leaf77(v)) return undefined;
  o.strength = v;
  return o;
}

function array61(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 100) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseSkill(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseSkill(x: any, d: number): any {
  if (!isStrictObject(x, C75, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.label;
  if (!leaf3(v)) return undefined;
  o.label = v;
  v = x.group;
  if (v === undefined) keepUndefined(o, x, "group");
  else {
    if (!leaf1(v)) return undefined;
    o.group = v;
  }
  v = x.strength;
  if (v === undefined) keepUndefined(o, x, "strength");
  else {
    if (!leaf77(v)) return undefined;
    o.strength = v;
  }
  return o;
}

function array63(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 60) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!leaf3(v)) return undefined;
    o[i] = v;
  }
  return o;
}

function array64(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 40) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!leaf3(v)) return undefined;
    o[i] = v;
  }
  return o;
}

function array65(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 20) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseLanguageRequirement(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseLanguageRequirement(x: any, d: number): any {
  if (!isStrictObject(x, C76, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.language;
  if (!(typeof v === "string" && C77.test(v))) return undefined;
  o.language = v;
  v = x.level;
  if (v === undefined) keepUndefined(o, x, "level");
  else {
    if (!(C78.has(v))) return undefined;
    o.level = v;
  }
  v = x.strength;
  if (!leaf77(v)) return undefined;
  o.strength = v;
  return o;
}

function parseDrivingLicenceRequirement(x: any, d: number): any {
  if (!isStrictObject(x, C79, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.categories;
  if ((o.categories = array68(v, d + 1)) === undefined) return undefined;
  v = x.vehicleNeeded;
  if (v === undefined) keepUndefined(o, x, "vehicleNeeded");
  else {
    if (!leaf18(v)) return undefined;
    o.vehicleNeeded = v;
  }
  v = x.strength;
  if (!leaf77(v)) return undefined;
  o.strength = v;
  return o;
}

function array68(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 12) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!(C80.has(v))) return undefined;
    o[i] = v;
  }
  return o;
}

function parseEligibility(x: any, d: number): any {
  if (!isStrictObject(x, C81, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.anyOf;
  if ((o.anyOf = array70(v, d + 1)) === undefined) return undefined;
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function array70(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 10) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseEligibilityGroup(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseEligibilityGroup(x: any, d: number): any {
  if (!isStrictObject(x, C82, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf19(v)) return undefined;
    o.label = v;
  }
  v = x.allOf;
  if ((o.allOf = array72(v, d + 1)) === undefined) return undefined;
  return o;
}

function array72(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 10) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseEligibilityCondition(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseEligibilityCondition(x: any, d: number): any {
  if (!isObject(x)) return undefined;
  switch (x.type) {
    case "age":
      return parseAgeCondition(x, d);
    case "education-level":
      return parseEducationLevelCondition(x, d);
    case "registered":
      return parseRegistrationCondition(x, d);
    case "disability":
      return parseDisabilityCondition(x, d);
    case "qpv-resident":
      return parseQpvResidentCondition(x, d);
    case "student":
      return parseStudentCondition(x, d);
    case "benefit-recipient":
      return parseBenefitRecipientCondition(x, d);
    case "jobseeker":
      return parseJobseekerCondition(x, d);
    case "other":
      return parseOtherCondition(x, d);
    default:
      return undefined;
  }
}

function parseAgeCondition(x: any, d: number): any {
  if (!isStrictObject(x, C83, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "age")) return undefined;
  o.type = v;
  v = x.min;
  if (v === undefined) keepUndefined(o, x, "min");
  else {
    if (!leaf84(v)) return undefined;
    o.min = v;
  }
  v = x.max;
  if (v === undefined) keepUndefined(o, x, "max");
  else {
    if (!leaf84(v)) return undefined;
    o.max = v;
  }
  return o;
}

function parseEducationLevelCondition(x: any, d: number): any {
  if (!isStrictObject(x, C83, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "education-level")) return undefined;
  o.type = v;
  v = x.min;
  if (v === undefined) keepUndefined(o, x, "min");
  else {
    if (!leaf31(v)) return undefined;
    o.min = v;
  }
  v = x.max;
  if (v === undefined) keepUndefined(o, x, "max");
  else {
    if (!leaf31(v)) return undefined;
    o.max = v;
  }
  return o;
}

function parseRegistrationCondition(x: any, d: number): any {
  if (!isStrictObject(x, C84, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "registered")) return undefined;
  o.type = v;
  v = x.with;
  if ((o.with = array77(v, d + 1)) === undefined) return undefined;
  v = x.minMonths;
  if (v === undefined) keepUndefined(o, x, "minMonths");
  else {
    if (!(Number.isSafeInteger(v) && v >= 1 && v <= 120)) return undefined;
    o.minMonths = v;
  }
  return o;
}

function array77(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 4) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!(C85.has(v))) return undefined;
    o[i] = v;
  }
  return o;
}

function parseDisabilityCondition(x: any, d: number): any {
  if (!isStrictObject(x, C86, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "disability")) return undefined;
  o.type = v;
  return o;
}

function parseQpvResidentCondition(x: any, d: number): any {
  if (!isStrictObject(x, C86, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "qpv-resident")) return undefined;
  o.type = v;
  return o;
}

function parseStudentCondition(x: any, d: number): any {
  if (!isStrictObject(x, C86, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "student")) return undefined;
  o.type = v;
  return o;
}

function parseBenefitRecipientCondition(x: any, d: number): any {
  if (!isStrictObject(x, C87, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "benefit-recipient")) return undefined;
  o.type = v;
  v = x.benefits;
  if ((o.benefits = array82(v, d + 1)) === undefined) return undefined;
  return o;
}

function array82(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 4) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!(C88.has(v))) return undefined;
    o[i] = v;
  }
  return o;
}

function parseJobseekerCondition(x: any, d: number): any {
  if (!isStrictObject(x, C86, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "jobseeker")) return undefined;
  o.type = v;
  return o;
}

function parseOtherCondition(x: any, d: number): any {
  if (!isStrictObject(x, C89, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "other")) return undefined;
  o.type = v;
  v = x.label;
  if (!leaf19(v)) return undefined;
  o.label = v;
  return o;
}

function parseApplication(x: any, d: number): any {
  if (!isStrictObject(x, C90, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.methods;
  if (v === undefined) keepUndefined(o, x, "methods");
  else {
    if ((o.methods = array86(v, d + 1)) === undefined) return undefined;
  }
  v = x.contact;
  if (v === undefined) keepUndefined(o, x, "contact");
  else {
    if ((o.contact = parseContact(v, d + 1)) === undefined) return undefined;
  }
  v = x.documents;
  if (v === undefined) keepUndefined(o, x, "documents");
  else {
    if ((o.documents = array93(v, d + 1)) === undefined) return undefined;
  }
  v = x.deadline;
  if (v === undefined) keepUndefined(o, x, "deadline");
  else {
    if ((o.deadline = parseDeadline(v, d + 1)) === undefined) return undefined;
  }
  v = x.selection;
  if (v === undefined) keepUndefined(o, x, "selection");
  else {
    if ((o.selection = array96(v, d + 1)) === undefined) return undefined;
  }
  v = x.reference;
  if (v === undefined) keepUndefined(o, x, "reference");
  else {
    if (!leaf4(v)) return undefined;
    o.reference = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function array86(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 5) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseApplicationMethod(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseApplicationMethod(x: any, d: number): any {
  if (!isObject(x)) return undefined;
  switch (x.type) {
    case "email":
      return parseEmailApplication(x, d);
    case "url":
      return parseWebApplication(x, d);
    case "post":
      return parsePostApplication(x, d);
    case "phone":
      return parsePhoneApplication(x, d);
    default:
      return undefined;
  }
}

function parseEmailApplication(x: any, d: number): any {
  if (!isStrictObject(x, C91, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "email")) return undefined;
  o.type = v;
  v = x.address;
  if (v === undefined) keepUndefined(o, x, "address");
  else {
    if (!(typeof v === "string" && (v.length <= 254 || codePointLength(v) <= 254) && C92.test(v))) return undefined;
    o.address = v;
  }
  v = x.subject;
  if (v === undefined) keepUndefined(o, x, "subject");
  else {
    if (!leaf3(v)) return undefined;
    o.subject = v;
  }
  return o;
}

function parseWebApplication(x: any, d: number): any {
  if (!isStrictObject(x, C93, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "url")) return undefined;
  o.type = v;
  v = x.url;
  if (!leaf11(v)) return undefined;
  o.url = v;
  return o;
}

function parsePostApplication(x: any, d: number): any {
  if (!isStrictObject(x, C94, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "post")) return undefined;
  o.type = v;
  v = x.address;
  if (!leaf19(v)) return undefined;
  o.address = v;
  return o;
}

function parsePhoneApplication(x: any, d: number): any {
  if (!isStrictObject(x, C95, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(v === "phone")) return undefined;
  o.type = v;
  v = x.number;
  if (!leaf101(v)) return undefined;
  o.number = v;
  return o;
}

function parseContact(x: any, d: number): any {
  if (!isStrictObject(x, C97, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.role;
  if (v === undefined) keepUndefined(o, x, "role");
  else {
    if (!leaf1(v)) return undefined;
    o.role = v;
  }
  v = x.name;
  if (v === undefined) keepUndefined(o, x, "name");
  else {
    if (!leaf1(v)) return undefined;
    o.name = v;
  }
  v = x.phone;
  if (v === undefined) keepUndefined(o, x, "phone");
  else {
    if (!leaf101(v)) return undefined;
    o.phone = v;
  }
  return o;
}

function array93(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 15) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseApplicationDocument(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseApplicationDocument(x: any, d: number): any {
  if (!isStrictObject(x, C98, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(C99.has(v))) return undefined;
  o.type = v;
  v = x.maxPages;
  if (v === undefined) keepUndefined(o, x, "maxPages");
  else {
    if (!(Number.isSafeInteger(v) && v >= 1 && v <= 100)) return undefined;
    o.maxPages = v;
  }
  v = x.required;
  if (v === undefined) keepUndefined(o, x, "required");
  else {
    if (!leaf18(v)) return undefined;
    o.required = v;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf3(v)) return undefined;
    o.label = v;
  }
  return o;
}

function parseDeadline(x: any, d: number): any {
  if (!isStrictObject(x, C100, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.date;
  if (!leaf75(v)) return undefined;
  o.date = v;
  v = x.inclusive;
  if (!leaf18(v)) return undefined;
  o.inclusive = v;
  return o;
}

function array96(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 10) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseSelectionStep(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseSelectionStep(x: any, d: number): any {
  if (!isStrictObject(x, C101, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(C102.has(v))) return undefined;
  o.type = v;
  v = x.with;
  if (v === undefined) keepUndefined(o, x, "with");
  else {
    if ((o.with = array98(v, d + 1)) === undefined) return undefined;
  }
  v = x.place;
  if (v === undefined) keepUndefined(o, x, "place");
  else {
    if (!leaf1(v)) return undefined;
    o.place = v;
  }
  v = x.when;
  if (v === undefined) keepUndefined(o, x, "when");
  else {
    if ((o.when = parseApproximateDate(v, d + 1)) === undefined) return undefined;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf24(v)) return undefined;
    o.label = v;
  }
  return o;
}

function array98(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 10) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!leaf1(v)) return undefined;
    o[i] = v;
  }
  return o;
}

function array99(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 30) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseBenefit(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseBenefit(x: any, d: number): any {
  if (!isStrictObject(x, C103, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.type;
  if (!(C104.has(v))) return undefined;
  o.type = v;
  v = x.publicTransportShare;
  if (v === undefined) keepUndefined(o, x, "publicTransportShare");
  else {
    if (!(typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1)) return undefined;
    o.publicTransportShare = v;
  }
  v = x.pass;
  if (v === undefined) keepUndefined(o, x, "pass");
  else {
    if (!leaf4(v)) return undefined;
    o.pass = v;
  }
  v = x.sustainableMobilityAllowance;
  if (v === undefined) keepUndefined(o, x, "sustainableMobilityAllowance");
  else {
    if (!leaf18(v)) return undefined;
    o.sustainableMobilityAllowance = v;
  }
  v = x.label;
  if (v === undefined) keepUndefined(o, x, "label");
  else {
    if (!leaf19(v)) return undefined;
    o.label = v;
  }
  return o;
}

function parseContent(x: any, d: number): any {
  if (!isStrictObject(x, C105, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.summary;
  if (v === undefined) keepUndefined(o, x, "summary");
  else {
    if (!leaf0(v)) return undefined;
    o.summary = v;
  }
  v = x.context;
  if (v === undefined) keepUndefined(o, x, "context");
  else {
    if (!leaf12(v)) return undefined;
    o.context = v;
  }
  v = x.missions;
  if (v === undefined) keepUndefined(o, x, "missions");
  else {
    if ((o.missions = array102(v, d + 1)) === undefined) return undefined;
  }
  v = x.missionsNote;
  if (v === undefined) keepUndefined(o, x, "missionsNote");
  else {
    if (!leaf82(v)) return undefined;
    o.missionsNote = v;
  }
  v = x.profile;
  if (v === undefined) keepUndefined(o, x, "profile");
  else {
    if (!leaf12(v)) return undefined;
    o.profile = v;
  }
  v = x.sections;
  if (v === undefined) keepUndefined(o, x, "sections");
  else {
    if ((o.sections = array107(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function array102(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 30) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseMissionGroup(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseMissionGroup(x: any, d: number): any {
  if (!isStrictObject(x, C106, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.title;
  if (v === undefined) keepUndefined(o, x, "title");
  else {
    if (!leaf19(v)) return undefined;
    o.title = v;
  }
  v = x.share;
  if (v === undefined) keepUndefined(o, x, "share");
  else {
    if (!leaf54(v)) return undefined;
    o.share = v;
  }
  v = x.intro;
  if (v === undefined) keepUndefined(o, x, "intro");
  else {
    if (!leaf82(v)) return undefined;
    o.intro = v;
  }
  v = x.tasks;
  if ((o.tasks = array104(v, d + 1)) === undefined) return undefined;
  return o;
}

function array104(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 100) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseTask(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseTask(x: any, d: number): any {
  if (!isStrictObject(x, C107, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.text;
  if (!leaf0(v)) return undefined;
  o.text = v;
  v = x.subtasks;
  if (v === undefined) keepUndefined(o, x, "subtasks");
  else {
    if ((o.subtasks = array106(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function array106(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 50) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseTask(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function array107(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 30) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if ((o[i] = parseTextSection(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function parseTextSection(x: any, d: number): any {
  if (!isStrictObject(x, C108, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.heading;
  if (!leaf3(v)) return undefined;
  o.heading = v;
  v = x.text;
  if (!leaf12(v)) return undefined;
  o.text = v;
  return o;
}

function parseProvenance(x: any, d: number): any {
  if (!isStrictObject(x, C109, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.sourceUrl;
  if (v === undefined) keepUndefined(o, x, "sourceUrl");
  else {
    if (!leaf11(v)) return undefined;
    o.sourceUrl = v;
  }
  v = x.publisher;
  if (v === undefined) keepUndefined(o, x, "publisher");
  else {
    if (!leaf1(v)) return undefined;
    o.publisher = v;
  }
  v = x.retrievedOn;
  if (v === undefined) keepUndefined(o, x, "retrievedOn");
  else {
    if (!leaf75(v)) return undefined;
    o.retrievedOn = v;
  }
  v = x.externalId;
  if (v === undefined) keepUndefined(o, x, "externalId");
  else {
    if (!leaf4(v)) return undefined;
    o.externalId = v;
  }
  v = x.note;
  if (v === undefined) keepUndefined(o, x, "note");
  else {
    if (!leaf0(v)) return undefined;
    o.note = v;
  }
  return o;
}

function collectJobPostingFailures(x: any, failed: unknown[]): void {
  const d = 1;
  const o: any = {};
  let v: any;
  p0: {
    v = x.$schema;
    if (v === undefined) keepUndefined(o, x, "$schema");
    else {
      if (!leaf0(v)) {
        failed.push("$schema", v);
        break p0;
      }
      o.$schema = v;
    }
  }
  p1: {
    v = x.id;
    if (v === undefined) keepUndefined(o, x, "id");
    else {
      if (!leaf1(v)) {
        failed.push("id", v);
        break p1;
      }
      o.id = v;
    }
  }
  p2: {
    v = x.language;
    if (v === undefined) keepUndefined(o, x, "language");
    else {
      if (!leaf2(v)) {
        failed.push("language", v);
        break p2;
      }
      o.language = v;
    }
  }
  p3: {
    v = x.title;
    if (!leaf3(v)) {
      failed.push("title", v);
      break p3;
    }
    o.title = v;
  }
  p4: {
    v = x.subtitle;
    if (v === undefined) keepUndefined(o, x, "subtitle");
    else {
      if (!leaf3(v)) {
        failed.push("subtitle", v);
        break p4;
      }
      o.subtitle = v;
    }
  }
  p5: {
    v = x.organisation;
    if ((o.organisation = parseOrganisation(v, d + 1)) === undefined) {
      failed.push("organisation", v);
      break p5;
    }
  }
  p6: {
    v = x.relatedOrganisations;
    if (v === undefined) keepUndefined(o, x, "relatedOrganisations");
    else {
      if ((o.relatedOrganisations = array6(v, d + 1)) === undefined) {
        failed.push("relatedOrganisations", v);
        break p6;
      }
    }
  }
  p7: {
    v = x.contracts;
    if ((o.contracts = array8(v, d + 1)) === undefined) {
      failed.push("contracts", v);
      break p7;
    }
  }
  p8: {
    v = x.schemes;
    if (v === undefined) keepUndefined(o, x, "schemes");
    else {
      if ((o.schemes = array23(v, d + 1)) === undefined) {
        failed.push("schemes", v);
        break p8;
      }
    }
  }
  p9: {
    v = x.collectiveAgreement;
    if (v === undefined) keepUndefined(o, x, "collectiveAgreement");
    else {
      if ((o.collectiveAgreement = parseCollectiveAgreement(v, d + 1)) === undefined) {
        failed.push("collectiveAgreement", v);
        break p9;
      }
    }
  }
  p10: {
    v = x.occupation;
    if (v === undefined) keepUndefined(o, x, "occupation");
    else {
      if ((o.occupation = parseOccupation(v, d + 1)) === undefined) {
        failed.push("occupation", v);
        break p10;
      }
    }
  }
  p11: {
    v = x.positions;
    if (v === undefined) keepUndefined(o, x, "positions");
    else {
      if (!leaf51(v)) {
        failed.push("positions", v);
        break p11;
      }
      o.positions = v;
    }
  }
  p12: {
    v = x.positionTitles;
    if (v === undefined) keepUndefined(o, x, "positionTitles");
    else {
      if ((o.positionTitles = array28(v, d + 1)) === undefined) {
        failed.push("positionTitles", v);
        break p12;
      }
    }
  }
  p13: {
    v = x.staffStatus;
    if (v === undefined) keepUndefined(o, x, "staffStatus");
    else {
      if (!leaf52(v)) {
        failed.push("staffStatus", v);
        break p13;
      }
      o.staffStatus = v;
    }
  }
  p14: {
    v = x.reporting;
    if (v === undefined) keepUndefined(o, x, "reporting");
    else {
      if ((o.reporting = parseReportingLine(v, d + 1)) === undefined) {
        failed.push("reporting", v);
        break p14;
      }
    }
  }
  p15: {
    v = x.workingTime;
    if (v === undefined) keepUndefined(o, x, "workingTime");
    else {
      if ((o.workingTime = parseWorkingTime(v, d + 1)) === undefined) {
        failed.push("workingTime", v);
        break p15;
      }
    }
  }
  p16: {
    v = x.pay;
    if (v === undefined) keepUndefined(o, x, "pay");
    else {
      if ((o.pay = parsePay(v, d + 1)) === undefined) {
        failed.push("pay", v);
        break p16;
      }
    }
  }
  p17: {
    v = x.location;
    if (v === undefined) keepUndefined(o, x, "location");
    else {
      if ((o.location = parseLocation(v, d + 1)) === undefined) {
        failed.push("location", v);
        break p17;
      }
    }
  }
  p18: {
    v = x.dates;
    if (v === undefined) keepUndefined(o, x, "dates");
    else {
      if ((o.dates = parsePostingDates(v, d + 1)) === undefined) {
        failed.push("dates", v);
        break p18;
      }
    }
  }
  p19: {
    v = x.requirements;
    if (v === undefined) keepUndefined(o, x, "requirements");
    else {
      if ((o.requirements = parseRequirements(v, d + 1)) === undefined) {
        failed.push("requirements", v);
        break p19;
      }
    }
  }
  p20: {
    v = x.eligibility;
    if (v === undefined) keepUndefined(o, x, "eligibility");
    else {
      if ((o.eligibility = parseEligibility(v, d + 1)) === undefined) {
        failed.push("eligibility", v);
        break p20;
      }
    }
  }
  p21: {
    v = x.application;
    if (v === undefined) keepUndefined(o, x, "application");
    else {
      if ((o.application = parseApplication(v, d + 1)) === undefined) {
        failed.push("application", v);
        break p21;
      }
    }
  }
  p22: {
    v = x.benefits;
    if (v === undefined) keepUndefined(o, x, "benefits");
    else {
      if ((o.benefits = array99(v, d + 1)) === undefined) {
        failed.push("benefits", v);
        break p22;
      }
    }
  }
  p23: {
    v = x.content;
    if (v === undefined) keepUndefined(o, x, "content");
    else {
      if ((o.content = parseContent(v, d + 1)) === undefined) {
        failed.push("content", v);
        break p23;
      }
    }
  }
  p24: {
    v = x.provenance;
    if (v === undefined) keepUndefined(o, x, "provenance");
    else {
      if ((o.provenance = parseProvenance(v, d + 1)) === undefined) {
        failed.push("provenance", v);
        break p24;
      }
    }
  }
}

function leaf0(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 2000 || codePointLength(v) <= 2000);
}

function leaf1(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 200 || codePointLength(v) <= 200);
}

function leaf2(v: any): boolean {
  return typeof v === "string" && C1.test(v);
}

function leaf3(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 300 || codePointLength(v) <= 300);
}

function leaf4(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 100 || codePointLength(v) <= 100);
}

function leaf5(v: any): boolean {
  return C3.has(v);
}

function leaf6(v: any): boolean {
  return C4.has(v);
}

function leaf7(v: any): boolean {
  return C5.has(v);
}

function leaf11(v: any): boolean {
  return typeof v === "string" && (v.length <= 2000 || codePointLength(v) <= 2000) && C10.test(v);
}

function leaf12(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 20000 || codePointLength(v) <= 20000);
}

function leaf13(v: any): boolean {
  return typeof v === "string" && C11.test(v);
}

function leaf18(v: any): boolean {
  return typeof v === "boolean";
}

function leaf19(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 500 || codePointLength(v) <= 500);
}

function leaf22(v: any): boolean {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 1000;
}

function leaf24(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 1000 || codePointLength(v) <= 1000);
}

function leaf31(v: any): boolean {
  return Number.isSafeInteger(v) && v >= 3 && v <= 8;
}

function leaf36(v: any): boolean {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 70;
}

function leaf48(v: any): boolean {
  return Number.isSafeInteger(v) && v >= 1 && v <= 20;
}

function leaf51(v: any): boolean {
  return Number.isSafeInteger(v) && v >= 1 && v <= 1000;
}

function leaf52(v: any): boolean {
  return (v === "cadre" || v === "agent-de-maitrise" || v === "non-cadre");
}

function leaf54(v: any): boolean {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 1;
}

function leaf57(v: any): boolean {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 40;
}

function leaf58(v: any): boolean {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 10000000;
}

function leaf70(v: any): boolean {
  return typeof v === "string" && C61.test(v);
}

function leaf75(v: any): boolean {
  return typeof v === "string" && C68.test(v);
}

function leaf77(v: any): boolean {
  return (v === "required" || v === "preferred" || v === "learnable");
}

function leaf82(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 4000 || codePointLength(v) <= 4000);
}

function leaf84(v: any): boolean {
  return Number.isSafeInteger(v) && v >= 0 && v <= 120;
}

function leaf101(v: any): boolean {
  return typeof v === "string" && C96.test(v);
}
