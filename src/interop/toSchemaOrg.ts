import type { Contract, JobPosting, PayAmount } from "../generated/types.js";
import { isIsoDate } from "../parameters/isIsoDate.js";
import type { Diagnostic, Locale } from "../validate/Diagnostic.js";
import { addDays } from "./addDays.js";
import { collectiveAgreement } from "../agreement/collectiveAgreement.js";
import { capTexts } from "./capTexts.js";
import { countryName } from "./countryCode.js";
import { departementRegion } from "./departementRegion.js";
import { employmentSchedule } from "./employmentSchedule.js";
import { INPUT_CAPS } from "./INPUT_CAPS.js";
import { endOfDayInParis } from "./endOfDayInParis.js";
import { ESS_JOBS_PROPERTY_IDS as P } from "./ESS_JOBS_PROPERTY_IDS.js";
import { interopDiagnostic } from "./interopDiagnostic.js";
import type {
  CategoryCodeLd,
  CountryLd,
  EducationalOccupationalCredentialLd,
  JobPostingLd,
  MonetaryAmountLd,
  OccupationalExperienceRequirementsLd,
  OrganizationLd,
  PlaceLd,
  PostalAddressLd,
  PropertyValueLd,
  QuantitativeValueLd,
} from "./JobPostingLd.js";
import { postingDescriptionHtml } from "./postingDescriptionHtml.js";
import { postingWords } from "./postingWords.js";
import { requirementProperties } from "./requirementProperties.js";
import { stringOptions } from "./stringOptions.js";

/** Options of {@link toSchemaOrg}. */
export interface ToSchemaOrgOptions {
  /** Language of the diagnostics and of the sentences written into the description: `fr` (default) or `en`. */
  locale?: Locale;
  /** The address of the page the JSON-LD is published on (`url`); default: `provenance.sourceUrl`. */
  url?: string;
  /** `identifier.name`: who issued the posting's `id`. Default: the organisation's name. */
  identifierName?: string;
  /**
   * The publication date, `YYYY-MM-DD`: used as `datePosted` when the posting has no `dates.posted`
   * (an `info` diagnostic says so), and to warn when the application deadline is already past.
   */
  date?: string;
  /** The address of the organisation's logo (`hiringOrganization.logo`); the posting has no field for it. */
  logo?: string;
}

/** The result of {@link toSchemaOrg}: the JSON-LD, always, and what Google for Jobs will miss. */
export interface ToSchemaOrgResult {
  /** The schema.org `JobPosting`, with `"@context"`. */
  jsonLd: JobPostingLd;
  /** Missing Google-required properties (`error`), guesses avoided and approximations (`info`, `warning`). */
  diagnostics: Diagnostic[];
}

type EmploymentType = "FULL_TIME" | "PART_TIME" | "CONTRACTOR" | "TEMPORARY" | "INTERN" | "VOLUNTEER" | "PER_DIEM" | "OTHER";

/** schema.org's unitText of a pay period (`mission` apart) or of a duration's unit: the same five. */
const UNIT_TEXT: Record<Exclude<PayAmount["period"], "mission">, string> = { hour: "HOUR", day: "DAY", week: "WEEK", month: "MONTH", year: "YEAR" };

/** Google's `credentialCategory` for a level of the French nomenclature (décret 2019-14). */
const CREDENTIAL_CATEGORY: Record<number, string> = {
  3: "professional certificate",
  4: "high school",
  5: "associate degree",
  6: "bachelor degree",
  7: "postgraduate degree",
  8: "postgraduate degree",
};

/** The part of the contract that Google's employmentType can say; the working time adds FULL_TIME or PART_TIME. */
const CONTRACT_EMPLOYMENT: Record<Contract["type"], EmploymentType | undefined> = {
  cdi: undefined,
  cdd: "TEMPORARY",
  insertion: "TEMPORARY",
  alternance: "TEMPORARY",
  apprentissage: "TEMPORARY",
  professionnalisation: "TEMPORARY",
  stage: "INTERN",
  "service-civique": "VOLUNTEER",
  freelance: "CONTRACTOR",
  benevolat: "VOLUNTEER",
};

function property(propertyID: string, value: string | number | boolean, extra: Partial<Pick<PropertyValueLd, "name" | "description">> = {}): PropertyValueLd {
  return { "@type": "PropertyValue", propertyID, value, ...extra };
}

function rangeProperty(propertyID: string, a: { value?: number | undefined; min?: number | undefined; max?: number | undefined }, extra: Partial<Pick<PropertyValueLd, "name" | "description" | "unitText">> = {}): PropertyValueLd | undefined {
  if (a.value === undefined && a.min === undefined && a.max === undefined) return undefined;
  return { "@type": "PropertyValue", propertyID, ...(a.value !== undefined ? { value: a.value } : {}), ...(a.min !== undefined ? { minValue: a.min } : {}), ...(a.max !== undefined ? { maxValue: a.max } : {}), ...extra };
}

/** Whether two addresses are on the same site (scheme and host), so that applying at one is applying where the other is published. */
function sameSite(a: string, b: string): boolean {
  const site = (u: string) => /^https?:\/\/[^/?#]+/i.exec(u)?.[0].toLowerCase();
  return site(a) !== undefined && site(a) === site(b);
}

/**
 * Publishes a posting as a schema.org `JobPosting` in JSON-LD for Google for Jobs: the properties
 * Google requires (title, description as HTML, datePosted, hiringOrganization, jobLocation with
 * addressCountry, or applicantLocationRequirements and `TELECOMMUTE` for a fully remote job) and
 * the recommended ones the posting has (validThrough, employmentType, baseSalary with unitText,
 * identifier, directApply, educationRequirements, experienceRequirements). What schema.org cannot
 * say (gross or net, the collective agreement and classification, public schemes, eligibility,
 * hybrid remote work, expenses, reporting line…) is written both as sentences in the description
 * and as `additionalProperty` entries with stable `propertyID`s ({@link ESS_JOBS_PROPERTY_IDS}),
 * which {@link fromSchemaOrg} reads back. The mapping is documented in docs/interop.md.
 *
 * The JSON-LD is always returned; `diagnostics` say what Google will miss (`error` for a required
 * property: `interop/missing-date-posted`, `interop/missing-job-location`) and what was not carried.
 *
 * Never throws: a value that is not a posting, or whose reading throws (a hostile getter or proxy),
 * gives a bare JSON-LD and one `interop/invalid-posting` error; options that are not an object, or
 * not strings, are ignored.
 *
 * @param posting - A posting (valid under `JobPostingSchema`).
 * @param options - Locale, page address, publication date, logo.
 * @returns `{ jsonLd, diagnostics }`.
 * @example
 * ```ts
 * const { jsonLd, diagnostics } = toSchemaOrg(
 *   {
 *     title: "Animateur·rice jeunesse",
 *     organisation: { name: "MJC des Lilas" },
 *     contracts: [{ type: "cdd", duration: { value: 12, unit: "month" } }],
 *     pay: { amount: { value: 1900, currency: "EUR", basis: "gross", period: "month" } },
 *     location: { places: [{ address: { commune: "Les Lilas", postalCode: "93260", country: "FR" } }] },
 *     dates: { posted: "2024-05-02" },
 *   },
 * );
 * jsonLd.employmentType; // "TEMPORARY"
 * jsonLd.baseSalary; // { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: 1900, unitText: "MONTH" } }
 * diagnostics; // []
 * ```
 */
export function toSchemaOrg(posting: JobPosting, options: ToSchemaOrgOptions = {}): ToSchemaOrgResult {
  const opts = stringOptions(options, ["locale", "url", "identifierName", "date", "logo"]);
  const locale: Locale = opts.locale === "en" ? "en" : "fr";
  try {
    return build(capTexts(posting, INPUT_CAPS.postingText), opts as ToSchemaOrgOptions, locale);
  } catch {
    // Only a value that is not a posting (the type says it must be) gets here.
    let title = "";
    try {
      const t: unknown = (posting as { title?: unknown } | null)?.title;
      if (typeof t === "string") title = t;
    } catch {
      // Unreadable title: left empty.
    }
    return {
      jsonLd: { "@context": "https://schema.org", "@type": "JobPosting", title, description: "" },
      diagnostics: [interopDiagnostic("interop/invalid-posting", "error", [], locale, "Ce n'est pas une offre valide : validez-la d'abord avec validateJobPosting.", "This is not a valid posting: validate it first with validateJobPosting.")],
    };
  }
}

function build(posting: JobPosting, options: ToSchemaOrgOptions, locale: Locale): ToSchemaOrgResult {
  const en = locale === "en";
  const diagnostics: Diagnostic[] = [];
  const diag = (code: string, severity: Diagnostic["severity"], path: (string | number)[], fr: string, english: string) => diagnostics.push(interopDiagnostic(code, severity, path, locale, fr, english));
  const extra: PropertyValueLd[] = [];

  const ld: JobPostingLd = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: posting.title,
    description: postingDescriptionHtml(posting, locale),
  };

  // Dates.
  const posted = posting.dates?.posted;
  if (posted) ld.datePosted = posted;
  else if (options.date !== undefined && isIsoDate(options.date)) {
    ld.datePosted = options.date;
    diag("interop/date-posted-from-option", "info", ["dates", "posted"], `L'offre n'est pas datée : datePosted reprend la date fournie (${options.date}).`, `The posting is not dated: datePosted is the date given (${options.date}).`);
  } else {
    diag(
      "interop/missing-date-posted",
      "error",
      ["dates", "posted"],
      "L'offre n'est pas datée : Google for Jobs exige datePosted. Renseignez dates.posted ou l'option date.",
      "The posting is not dated: Google for Jobs requires datePosted. Fill in dates.posted or the date option.",
    );
  }
  const deadline = posting.application?.deadline;
  if (deadline) {
    const lastDay = deadline.inclusive ? deadline.date : addDays(deadline.date, -1);
    ld.validThrough = endOfDayInParis(lastDay);
    const reference = options.date ?? posted;
    if (options.date !== undefined && reference !== undefined && lastDay < reference) {
      diag("interop/expired", "warning", ["application", "deadline"], `La date limite (${deadline.date}) est passée au ${reference} : Google n'accepte pas les offres expirées.`, `The deadline (${deadline.date}) is past on ${reference}: Google does not accept expired postings.`);
    }
  }
  const start = posting.dates?.start;
  if (start?.asap) ld.jobImmediateStart = true;
  if (start?.earliest && isIsoDate(start.earliest.date) && !start.earliest.part) ld.jobStartDate = start.earliest.date;

  // Employment type.
  const types: EmploymentType[] = [];
  const sched = employmentSchedule(posting, posted ?? options.date);
  posting.contracts.forEach((c, i) => {
    extra.push(property(P.contractType, c.type, { name: postingWords.contract(c, locale) }));
    if (c.type === "insertion") extra.push(property(P.insertionForm, c.form));
    const t = CONTRACT_EMPLOYMENT[c.type];
    if (t) types.push(t);
    if (c.type === "cdi" && !sched) {
      diag("interop/employment-type-unknown", "info", ["contracts", i], "CDI sans temps de travail indiqué : employmentType ne dit ni FULL_TIME ni PART_TIME (le type de contrat est dans additionalProperty).", "Permanent contract with no working time stated: employmentType says neither FULL_TIME nor PART_TIME (the contract type is in additionalProperty).");
    }
  });
  if (sched) types.unshift(sched);
  const unique = [...new Set(types)];
  if (unique.length === 1) ld.employmentType = unique[0]!;
  else if (unique.length > 1) ld.employmentType = unique;
  const firstDuration = posting.contracts.map((c) => ("duration" in c ? c.duration : undefined)).find((d) => d !== undefined);
  if (firstDuration && posting.contracts.length === 1) {
    const q: QuantitativeValueLd = { "@type": "QuantitativeValue", unitText: UNIT_TEXT[firstDuration.unit] };
    if (firstDuration.value !== undefined) q.value = firstDuration.value;
    if (firstDuration.min !== undefined) q.minValue = firstDuration.min;
    if (firstDuration.max !== undefined) q.maxValue = firstDuration.max;
    ld.jobDuration = q;
  }

  // Hiring organisation.
  const org = posting.organisation;
  const hiring: OrganizationLd = { "@type": "Organization", name: org.name };
  if (org.website) hiring.sameAs = org.website;
  if (options.logo) hiring.logo = options.logo;
  const ids = org.identifiers;
  const orgIds: PropertyValueLd[] = [];
  if (ids?.siren) orgIds.push(property("SIREN", ids.siren));
  if (ids?.siret) orgIds.push(property("SIRET", ids.siret));
  if (ids?.rna) orgIds.push(property("RNA", ids.rna));
  if (orgIds.length === 1) hiring.identifier = orgIds[0]!;
  else if (orgIds.length > 1) hiring.identifier = orgIds;
  if (org.shortName) hiring.alternateName = org.shortName;
  ld.hiringOrganization = hiring;
  if (org.description) ld.employerOverview = org.description;
  if (org.legalForm) extra.push(property(P.legalForm, org.legalForm));

  // Location.
  const places: PlaceLd[] = [];
  (posting.location?.places ?? []).forEach((place) => {
    const a = place.address;
    if (!a) return;
    const address: PostalAddressLd = { "@type": "PostalAddress", addressCountry: a.country };
    if (a.street) address.streetAddress = a.street;
    if (a.commune) address.addressLocality = a.commune;
    if (a.postalCode) address.postalCode = a.postalCode;
    const departement = a.departement ?? (a.postalCode && a.country === "FR" ? (a.postalCode.startsWith("97") ? a.postalCode.slice(0, 3) : a.postalCode.startsWith("20") ? undefined : a.postalCode.slice(0, 2)) : undefined);
    const region = a.region ?? (departement ? departementRegion(departement) : undefined);
    if (region) address.addressRegion = region;
    const p: PlaceLd = { "@type": "Place", address };
    if (place.name) p.name = place.name;
    const placeProps: PropertyValueLd[] = [];
    if (a.inseeCode) placeProps.push(property(P.inseeCode, a.inseeCode));
    if (a.departement) placeProps.push(property(P.departement, a.departement));
    if (placeProps.length) p.additionalProperty = placeProps;
    places.push(p);
  });
  const remote = posting.location?.remote;
  if (remote?.policy === "full") {
    ld.jobLocationType = "TELECOMMUTE";
    // Where applicants may live: the posting's countries, France when it names none.
    const countries: CountryLd[] = (remote.applicantCountries ?? ["FR"]).map((code) => ({ "@type": "Country", name: countryName(code) }));
    ld.applicantLocationRequirements = countries.length === 1 ? countries[0]! : countries;
  }
  if (places.length === 1) ld.jobLocation = places[0]!;
  else if (places.length > 1) ld.jobLocation = places;
  else if (remote?.policy !== "full") {
    diag(
      "interop/missing-job-location",
      "error",
      ["location", "places"],
      "Aucun lieu de travail avec une adresse : Google for Jobs exige jobLocation (avec addressCountry), sauf pour un poste en télétravail complet.",
      "No place of work with an address: Google for Jobs requires jobLocation (with addressCountry), except for a fully remote job.",
    );
  }
  if (remote) {
    extra.push(property(P.remotePolicy, remote.policy));
    if (remote.policy !== "full") for (const c of remote.applicantCountries ?? []) extra.push(property(P.applicantCountry, c));
    if (remote.daysPerWeek !== undefined) extra.push(property(P.remoteDaysPerWeek, remote.daysPerWeek));
  }

  // Pay.
  const pay = posting.pay;
  const amount = pay?.amount;
  if (amount) {
    if (amount.period === "mission") {
      const pv = rangeProperty(P.payPerMission, amount, { unitText: "EUR", name: en ? "Amount for the whole mission" : "Montant pour l'ensemble de la mission" });
      if (pv) extra.push(pv);
      diag("interop/pay-per-mission", "info", ["pay", "amount", "period"], "Montant pour l'ensemble de la mission : baseSalary n'a pas d'unité pour cela ; le montant est dans la description et dans additionalProperty (ess-jobs:payPerMission).", "An amount for the whole mission: baseSalary has no unit for it; the amount is in the description and in additionalProperty (ess-jobs:payPerMission).");
    } else {
      const q: QuantitativeValueLd = { "@type": "QuantitativeValue", unitText: UNIT_TEXT[amount.period] };
      if (amount.value !== undefined) q.value = amount.value;
      if (amount.min !== undefined) q.minValue = amount.min;
      if (amount.max !== undefined) q.maxValue = amount.max;
      const money: MonetaryAmountLd = { "@type": "MonetaryAmount", currency: amount.currency, value: q };
      ld.baseSalary = money;
      ld.salaryCurrency = amount.currency;
    }
    if (amount.basis) extra.push(property(P.payBasis, amount.basis, { name: amount.basis === "gross" ? (en ? "gross" : "brut") : en ? "net" : "net" }));
    if (amount.tax) extra.push(property(P.payTax, amount.tax));
    if (amount.monthsPerYear !== undefined) extra.push(property(P.monthsPerYear, amount.monthsPerYear));
  }
  if (pay?.followsAgreement) extra.push(property(P.payTerm, "follows-agreement"));
  if (pay?.complementNegotiable) extra.push(property(P.payTerm, "complement-negotiable"));
  if (pay?.negotiable) extra.push(property(P.payTerm, "negotiable"));
  if (pay?.statutory) extra.push(property(P.payTerm, "statutory"));
  if (pay?.dailyRate) {
    const pv = rangeProperty(P.dailyRate, pay.dailyRate, { unitText: "EUR" });
    if (pv) extra.push(pv);
  }
  if (pay?.expenses?.amount) {
    const pv = rangeProperty(P.expenses, pay.expenses.amount, { unitText: "EUR", ...(pay.expenses.covers ? { description: pay.expenses.covers } : {}) });
    if (pv) extra.push(pv);
  }

  // Agreement, schemes, eligibility, working time, reporting.
  const ca = posting.collectiveAgreement;
  if (ca) {
    const agreementName = ca.name ?? collectiveAgreement(ca.idcc)?.name;
    extra.push(property(P.idcc, ca.idcc, agreementName ? { name: agreementName } : {}));
    const cl = ca.classification;
    if (cl?.label) extra.push(property(P.classification, cl.label));
    if (cl?.category) extra.push(property(P.classificationCategory, cl.category));
    if (cl?.group) extra.push(property(P.classificationGroup, cl.group));
    if (cl?.coefficient !== undefined) extra.push(property(P.classificationCoefficient, cl.coefficient));
    if (cl?.level !== undefined) extra.push(property(P.classificationLevel, cl.level));
  }
  for (const s of posting.schemes ?? []) extra.push(property(P.scheme, s.type, { name: s.name ?? postingWords.scheme(s, locale), ...(s.region ? { description: s.region } : {}) }));
  for (const g of posting.eligibility?.anyOf ?? []) extra.push(property(P.eligibility, postingWords.eligibilityGroup(g, locale)));
  const wt = posting.workingTime;
  if (wt?.weeklyHours) {
    const pv = rangeProperty(P.weeklyHours, wt.weeklyHours, { unitText: "HUR" });
    if (pv) extra.push(pv);
  }
  if (wt?.label) ld.workHours = wt.label;
  else if (wt?.weeklyHours?.value !== undefined) ld.workHours = en ? `${wt.weeklyHours.value} hours a week` : `${postingWords.number(wt.weeklyHours.value, locale)} h par semaine`;
  if (posting.reporting?.reportsTo) extra.push(property(P.reportsTo, posting.reporting.reportsTo));

  // Requirements.
  const r = posting.requirements;
  const credentials: EducationalOccupationalCredentialLd[] = [];
  // Google reads educationRequirements as required: a preferred diploma is only in additionalProperty.
  for (const ed of r?.education ?? []) {
    if (ed.level === undefined || ed.strength !== "required") continue;
    const c: EducationalOccupationalCredentialLd = { "@type": "EducationalOccupationalCredential", credentialCategory: CREDENTIAL_CATEGORY[ed.level]!, educationalLevel: ed.label ?? postingWords.educationLevel(ed.level, locale) };
    credentials.push(c);
  }
  if (credentials.length === 1) ld.educationRequirements = credentials[0]!;
  else if (credentials.length > 1) ld.educationRequirements = credentials;
  else if (r?.noDiplomaRequired) ld.educationRequirements = "no requirements";
  const years = (r?.experience ?? []).filter((x) => x.strength === "required" && x.years !== undefined).map((x) => x.years!);
  if (years.length) {
    const exp: OccupationalExperienceRequirementsLd = { "@type": "OccupationalExperienceRequirements", monthsOfExperience: Math.round(Math.max(...years) * 12) };
    ld.experienceRequirements = exp;
  } else if (r?.noExperienceRequired) ld.experienceRequirements = "no requirements";
  const skills = (r?.skills ?? []).map((s) => s.label);
  if (skills.length) ld.skills = skills;
  extra.push(...requirementProperties(r));

  // Identity, application, other.
  const identifierValue = posting.id ?? posting.provenance?.externalId;
  if (identifierValue) {
    // Who issued the identifier: an id imported from a publisher (France Travail's offer number) is the publisher's.
    const fromPublisher = !posting.id || (posting.provenance?.externalId === posting.id && posting.provenance.publisher !== undefined);
    const name = options.identifierName ?? (fromPublisher ? (posting.provenance?.publisher ?? org.name) : org.name);
    ld.identifier = { "@type": "PropertyValue", name, value: identifierValue };
  }
  const url = options.url ?? posting.provenance?.sourceUrl;
  if (url) ld.url = url;
  // Google: directApply says whether one applies on the site that carries the markup (its own form). An
  // e-mail, a phone, a letter or another site is no direct application: false; nothing when no method is given.
  const methods = posting.application?.methods ?? [];
  if (methods.length) ld.directApply = url !== undefined && methods.some((m) => m.type === "url" && sameSite(m.url, url));
  if (posting.positions !== undefined) ld.totalJobOpenings = posting.positions;
  if (posting.occupation?.romeCode || posting.occupation?.label) {
    const code: CategoryCodeLd = { "@type": "CategoryCode", inCodeSet: { "@type": "CategoryCodeSet", name: "ROME (France Travail)" } };
    if (posting.occupation.romeCode) code.codeValue = posting.occupation.romeCode;
    if (posting.occupation.label) code.name = posting.occupation.label;
    ld.occupationalCategory = code;
  }
  if (posting.benefits?.length) ld.jobBenefits = posting.benefits.map((b) => b.label ?? b.type).join(" ; ");

  if (extra.length) ld.additionalProperty = extra;
  return { jsonLd: ld, diagnostics };
}
