import type { Diagnostic, Locale } from "../validate/Diagnostic.js";
import { addDays } from "./addDays.js";
import { interopDiagnostic } from "./interopDiagnostic.js";
import { parisDay } from "./parisDay.js";
import { stringOptions } from "./stringOptions.js";

/** Options of {@link checkGoogleJobPosting}. */
export interface CheckGoogleJobPostingOptions {
  /** Language of the messages: `fr` (default) or `en`. */
  locale?: Locale;
  /** The date the posting is checked at, `YYYY-MM-DD`: a `validThrough` before it is an expired posting. */
  date?: string;
}

type Obj = Record<string, unknown>;
type Path = (string | number)[];

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;
const typeOf = (v: unknown): string[] => (isObj(v) ? asList(v["@type"]).filter((t): t is string => typeof t === "string").map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, "")) : []);
/** An http(s) address whose host has a dot, without spaces (two linear tests: /^https?:\/\/[^\s/]+\.[^\s]+$/ is quadratic on a run of dots). */
const isAbsoluteUrl = (v: unknown) => typeof v === "string" && !/\s/.test(v) && /^https?:\/\/[^/]*\../.test(v) && !/^https?:\/\/\./.test(v);
const ISO_8601 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;
/** `"https://schema.org"`, or an array holding it (with other contexts or local definitions), as JSON-LD allows. */
const isSchemaOrgContext = (context: unknown): boolean => {
  const isSchemaOrg = (c: unknown) => typeof c === "string" && /^https?:\/\/schema\.org\/?$/.test(c);
  return isSchemaOrg(context) || (Array.isArray(context) && context.some(isSchemaOrg));
};
const isNumber = (v: unknown) => (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && /^\d+(\.\d+)?$/.test(v));

/** Google's values, case-sensitive (developers.google.com/search/docs/appearance/structured-data/job-posting). */
const EMPLOYMENT_TYPES = new Set(["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]);
const UNIT_TEXTS = new Set(["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]);
const CREDENTIAL_CATEGORIES = new Set(["high school", "associate degree", "bachelor degree", "professional certificate", "postgraduate degree"]);

/**
 * Checks a schema.org `JobPosting` JSON-LD object against Google for Jobs' structured-data
 * requirements, as Google's documentation states them ("Job posting (JobPosting) structured data",
 * developers.google.com/search/docs/appearance/structured-data/job-posting): the required
 * properties (`title`; `description` in HTML with paragraph breaks, different from the title;
 * `datePosted` in ISO 8601; `hiringOrganization` with a `name`; `jobLocation` with an `address` and
 * its `addressCountry`, or, for a fully remote job, `jobLocationType: "TELECOMMUTE"` with
 * `applicantLocationRequirements`) are `error`s; malformed recommended properties (`validThrough`,
 * `employmentType` values, `baseSalary` with `currency` and `unitText`, `identifier`, `directApply`,
 * education and experience requirements) are `warning`s. Absent recommended properties are not
 * reported. An array (or a `@graph`) is checked node by node, with its index in the path.
 *
 * Never throws: input that cannot be read (a hostile getter or proxy) gives a `google/not-job-posting`
 * error ("The input cannot be read"); options that are not an object, or not strings, are ignored.
 *
 * @param jsonLd - The JSON-LD object (parsed).
 * @param options - Locale, and the date to judge expiry at.
 * @returns Diagnostics with codes `google/…`; `[]` when Google's requirements are met.
 * @example
 * ```ts
 * checkGoogleJobPosting({ "@context": "https://schema.org", "@type": "JobPosting", title: "Animateur" }, { locale: "en" })
 *   .map((d) => d.code);
 * // ["google/missing-description", "google/missing-date-posted", "google/missing-hiring-organization", "google/missing-job-location"]
 * ```
 */
export function checkGoogleJobPosting(jsonLd: unknown, options: CheckGoogleJobPostingOptions = {}): Diagnostic[] {
  const opts = stringOptions(options, ["locale", "date"]) as CheckGoogleJobPostingOptions;
  const locale: Locale = opts.locale === "en" ? "en" : "fr";
  const out: Diagnostic[] = [];
  try {
    if (Array.isArray(jsonLd)) {
      jsonLd.forEach((node, i) => checkNode(node, [i], locale, opts, out));
      // No finding means "Google's requirements are met": an empty array meets nothing.
      if (jsonLd.length === 0) out.push(interopDiagnostic("google/not-job-posting", "error", [], locale, "Tableau vide : aucun objet JobPosting.", "Empty array: no JobPosting object."));
    } else if (isObj(jsonLd) && Array.isArray(jsonLd["@graph"])) {
      let found = 0;
      (jsonLd["@graph"] as unknown[]).forEach((node, i) => {
        if (!typeOf(node).includes("JobPosting")) return;
        found++;
        checkNode(node, ["@graph", i], locale, opts, out, true);
      });
      if (found === 0) out.push(interopDiagnostic("google/not-job-posting", "error", ["@graph"], locale, "@graph sans objet JobPosting.", "@graph without a JobPosting object."));
      if (!isSchemaOrgContext(jsonLd["@context"])) out.push(interopDiagnostic("google/invalid-context", "error", ["@context"], locale, '@context doit être "https://schema.org".', '@context must be "https://schema.org".'));
    } else checkNode(jsonLd, [], locale, opts, out);
  } catch {
    out.push(interopDiagnostic("google/not-job-posting", "error", [], locale, "Entrée illisible.", "The input cannot be read."));
  }
  return out;
}

function checkNode(node: unknown, base: Path, locale: Locale, options: CheckGoogleJobPostingOptions, out: Diagnostic[], inGraph = false): void {
  const err = (code: string, path: Path, fr: string, en: string) => out.push(interopDiagnostic(code, "error", [...base, ...path], locale, fr, en));
  const warn = (code: string, path: Path, fr: string, en: string) => out.push(interopDiagnostic(code, "warning", [...base, ...path], locale, fr, en));
  if (!isObj(node) || !typeOf(node).includes("JobPosting")) {
    err("google/not-job-posting", [], "Ce n'est pas un objet JobPosting (@type).", 'This is not a JobPosting object (@type).');
    return;
  }
  if (!inGraph && !isSchemaOrgContext(node["@context"])) {
    err("google/invalid-context", ["@context"], '@context doit être "https://schema.org".', '@context must be "https://schema.org".');
  }

  // title
  if (!isText(node.title)) err("google/missing-title", ["title"], "title est obligatoire : l'intitulé du poste.", "title is required: the job title.");

  // description
  const d = node.description;
  if (!isText(d)) err("google/missing-description", ["description"], "description est obligatoire : la description complète du poste en HTML.", "description is required: the full job description in HTML.");
  else {
    // Paragraph breaks: <p>, <br>, a line break, or block HTML that breaks lines (lists, headings, divisions, tables).
    if (!/<(p|br|ul|ol|li|h[1-6]|div|table)[\s/>]|\n/i.test(d)) err("google/description-not-html", ["description"], "description doit être en HTML, avec au moins des sauts de paragraphe (<p>, <br> ou \\n).", "description must be HTML, with at least paragraph breaks (<p>, <br> or \\n).");
    if (d.trim() === (typeof node.title === "string" ? node.title.trim() : undefined)) err("google/description-equals-title", ["description"], "description ne peut pas être identique à title.", "description cannot be the same as title.");
  }

  // datePosted
  if (node.datePosted === undefined) err("google/missing-date-posted", ["datePosted"], "datePosted est obligatoire : la date de publication, en ISO 8601.", "datePosted is required: the publication date, in ISO 8601.");
  else if (typeof node.datePosted !== "string" || !ISO_8601.test(node.datePosted)) err("google/invalid-date", ["datePosted"], "datePosted doit être une date ISO 8601 (2024-01-18 ou 2024-01-18T09:00:00+01:00).", "datePosted must be an ISO 8601 date (2024-01-18 or 2024-01-18T09:00:00+01:00).");

  // hiringOrganization
  const org = node.hiringOrganization;
  if (org === undefined) err("google/missing-hiring-organization", ["hiringOrganization"], "hiringOrganization est obligatoire : l'organisation qui recrute (Organization avec name).", "hiringOrganization is required: the hiring organization (an Organization with a name).");
  else if (!isObj(org)) err("google/invalid-hiring-organization", ["hiringOrganization"], "hiringOrganization doit être un objet Organization (pas un texte).", "hiringOrganization must be an Organization object (not text).");
  else {
    if (!typeOf(org).includes("Organization")) err("google/invalid-hiring-organization", ["hiringOrganization", "@type"], 'hiringOrganization doit avoir "@type": "Organization".', 'hiringOrganization must have "@type": "Organization".');
    if (!isText(org.name)) err("google/missing-organization-name", ["hiringOrganization", "name"], "hiringOrganization.name est obligatoire (« confidential » pour un employeur anonyme).", 'hiringOrganization.name is required ("confidential" for an anonymous employer).');
    if (org.logo !== undefined && !isAbsoluteUrl(isObj(org.logo) ? org.logo.url : org.logo)) warn("google/invalid-url", ["hiringOrganization", "logo"], "hiringOrganization.logo doit être une adresse absolue.", "hiringOrganization.logo must be an absolute URL.");
    asList(org.sameAs).forEach((u, i) => {
      if (!isAbsoluteUrl(u)) warn("google/invalid-url", ["hiringOrganization", "sameAs", ...(Array.isArray(org.sameAs) ? [i] : [])], "hiringOrganization.sameAs doit être une adresse absolue.", "hiringOrganization.sameAs must be an absolute URL.");
    });
  }

  // jobLocation, remote
  const telecommute = asList(node.jobLocationType);
  telecommute.forEach((t, i) => {
    if (t !== "TELECOMMUTE") err("google/invalid-job-location-type", ["jobLocationType", ...(Array.isArray(node.jobLocationType) ? [i] : [])], 'jobLocationType n\'admet que "TELECOMMUTE".', 'jobLocationType only accepts "TELECOMMUTE".');
  });
  const remote = telecommute.includes("TELECOMMUTE");
  const applicantAreas = asList(node.applicantLocationRequirements);
  applicantAreas.forEach((a, i) => {
    if (!isObj(a) || !isText(a.name) || typeOf(a).length === 0) err("google/invalid-applicant-location", ["applicantLocationRequirements", ...(Array.isArray(node.applicantLocationRequirements) ? [i] : [])], "applicantLocationRequirements doit être une zone administrative (Country, State…) avec un name.", "applicantLocationRequirements must be an administrative area (Country, State…) with a name.");
  });
  const places = asList(node.jobLocation);
  if (places.length === 0) {
    if (!remote) err("google/missing-job-location", ["jobLocation"], "jobLocation est obligatoire (un lieu avec une adresse), sauf pour un poste en télétravail complet (jobLocationType TELECOMMUTE et applicantLocationRequirements).", "jobLocation is required (a place with an address), except for a fully remote job (jobLocationType TELECOMMUTE and applicantLocationRequirements).");
    else if (applicantAreas.length === 0) err("google/telecommute-without-country", ["applicantLocationRequirements"], "Poste en télétravail sans jobLocation : applicantLocationRequirements doit indiquer au moins un pays.", "Remote job without jobLocation: applicantLocationRequirements must give at least one country.");
  }
  places.forEach((p, i) => {
    const path = ["jobLocation", ...(Array.isArray(node.jobLocation) ? [i] : [])];
    if (!isObj(p) || !typeOf(p).includes("Place")) {
      err("google/invalid-job-location", path, 'jobLocation doit être un objet Place ("@type": "Place").', 'jobLocation must be a Place object ("@type": "Place").');
      return;
    }
    const a = p.address;
    if (!isObj(a)) {
      err("google/missing-address-country", [...path, "address"], "jobLocation.address (PostalAddress) est obligatoire, avec addressCountry.", "jobLocation.address (a PostalAddress) is required, with addressCountry.");
      return;
    }
    const country = isObj(a.addressCountry) ? a.addressCountry.name : a.addressCountry;
    if (!isText(country)) err("google/missing-address-country", [...path, "address", "addressCountry"], "addressCountry est obligatoire dans l'adresse de jobLocation.", "addressCountry is required in the jobLocation address.");
    if (!isText(a.addressLocality) && !isText(a.addressRegion)) warn("google/missing-locality", [...path, "address"], "Ni addressLocality ni addressRegion : Google ne pourra pas situer le poste.", "Neither addressLocality nor addressRegion: Google cannot place the job.");
  });

  // validThrough
  if (node.validThrough !== undefined) {
    if (typeof node.validThrough !== "string" || !ISO_8601.test(node.validThrough)) warn("google/invalid-date", ["validThrough"], "validThrough doit être une date ISO 8601.", "validThrough must be an ISO 8601 date.");
    else if (options.date && isExpired(node.validThrough, options.date)) err("google/expired", ["validThrough"], `L'offre a expiré (validThrough ${node.validThrough}) : Google n'accepte pas les offres expirées.`, `The posting has expired (validThrough ${node.validThrough}): Google does not accept expired postings.`);
  }

  // employmentType
  asList(node.employmentType).forEach((t, i) => {
    if (typeof t !== "string" || !EMPLOYMENT_TYPES.has(t)) warn("google/invalid-employment-type", ["employmentType", ...(Array.isArray(node.employmentType) ? [i] : [])], `employmentType « ${String(t)} » : valeurs admises (sensibles à la casse) ${[...EMPLOYMENT_TYPES].join(", ")}.`, `employmentType "${String(t)}": allowed values (case-sensitive) ${[...EMPLOYMENT_TYPES].join(", ")}.`);
  });

  // baseSalary
  if (node.baseSalary !== undefined) {
    const s = node.baseSalary;
    const bad = (path: Path, fr: string, en: string) => warn("google/invalid-salary", ["baseSalary", ...path], fr, en);
    if (!isObj(s) || !typeOf(s).includes("MonetaryAmount")) bad([], "baseSalary doit être un MonetaryAmount.", "baseSalary must be a MonetaryAmount.");
    else {
      if (typeof s.currency !== "string" || !/^[A-Z]{3}$/.test(s.currency)) bad(["currency"], "baseSalary.currency doit être un code ISO 4217 (EUR).", "baseSalary.currency must be an ISO 4217 code (EUR).");
      const v = s.value;
      if (!isObj(v) || !typeOf(v).includes("QuantitativeValue")) bad(["value"], "baseSalary.value doit être un QuantitativeValue (value ou minValue/maxValue, et unitText).", "baseSalary.value must be a QuantitativeValue (value or minValue/maxValue, and unitText).");
      else {
        if (!isNumber(v.value) && !(isNumber(v.minValue) || isNumber(v.maxValue))) bad(["value"], "baseSalary.value : indiquer value, ou minValue et maxValue.", "baseSalary.value: give value, or minValue and maxValue.");
        if (typeof v.unitText !== "string" || !UNIT_TEXTS.has(v.unitText)) bad(["value", "unitText"], `unitText doit valoir ${[...UNIT_TEXTS].join(", ")}.`, `unitText must be one of ${[...UNIT_TEXTS].join(", ")}.`);
      }
    }
  }

  // identifier, directApply
  if (node.identifier !== undefined) {
    const id = node.identifier;
    if (!isObj(id) || !typeOf(id).includes("PropertyValue") || !isText(id.name) || !(isText(id.value) || typeof id.value === "number")) warn("google/invalid-identifier", ["identifier"], "identifier doit être un PropertyValue avec name et value.", "identifier must be a PropertyValue with name and value.");
  }
  if (node.directApply !== undefined && typeof node.directApply !== "boolean") warn("google/invalid-direct-apply", ["directApply"], "directApply doit être un booléen.", "directApply must be a boolean.");
  else if (node.directApply === true && !isAbsoluteUrl(node.url)) warn("google/invalid-direct-apply", ["directApply"], "directApply vrai : la candidature se fait sur la page de l'offre, dont l'adresse absolue (url) manque.", "directApply is true: one applies on the posting's page, whose absolute address (url) is missing.");

  // Education and experience (beta)
  const education = asList(node.educationRequirements);
  education.forEach((e, i) => {
    const path = ["educationRequirements", ...(Array.isArray(node.educationRequirements) ? [i] : [])];
    if (e === "no requirements") return;
    if (!isObj(e) || !typeOf(e).includes("EducationalOccupationalCredential") || typeof e.credentialCategory !== "string" || !CREDENTIAL_CATEGORIES.has(e.credentialCategory)) {
      warn("google/invalid-education", path, `educationRequirements : un EducationalOccupationalCredential dont credentialCategory vaut ${[...CREDENTIAL_CATEGORIES].join(", ")} (ou « no requirements »).`, `educationRequirements: an EducationalOccupationalCredential whose credentialCategory is one of ${[...CREDENTIAL_CATEGORIES].join(", ")} (or "no requirements").`);
    }
  });
  const experience = asList(node.experienceRequirements);
  experience.forEach((e, i) => {
    const path = ["experienceRequirements", ...(Array.isArray(node.experienceRequirements) ? [i] : [])];
    if (e === "no requirements") return;
    if (!isObj(e) || !typeOf(e).includes("OccupationalExperienceRequirements") || !isNumber(e.monthsOfExperience)) {
      warn("google/invalid-experience", path, "experienceRequirements : un OccupationalExperienceRequirements avec monthsOfExperience (ou « no requirements »).", 'experienceRequirements: an OccupationalExperienceRequirements with monthsOfExperience (or "no requirements").');
    }
  });
  if (node.experienceInPlaceOfEducation === true && (education.length === 0 || experience.length === 0)) {
    warn("google/experience-in-place-of-education", ["experienceInPlaceOfEducation"], "experienceInPlaceOfEducation vrai : educationRequirements et experienceRequirements doivent être présents.", "experienceInPlaceOfEducation is true: educationRequirements and experienceRequirements must both be present.");
  }
}

/**
 * Whether a `validThrough` is past on `date`, read as fromSchemaOrg reads it: the day in Paris, and
 * exactly midnight is the start of that day (the last day to apply is the day before).
 */
function isExpired(validThrough: string, date: string): boolean {
  const d = parisDay(validThrough);
  if (!d) return false;
  const lastDay = d.midnight ? addDays(d.date, -1) : d.date;
  return lastDay < date;
}
