import type { Requirements } from "../generated/types.js";
import { ESS_JOBS_PROPERTY_IDS as P } from "./ESS_JOBS_PROPERTY_IDS.js";
import type { PropertyValueLd } from "./JobPostingLd.js";

type Obj = Record<string, unknown>;
const STRENGTHS = new Set(["required", "preferred", "learnable"]);
const strengthOf = (pv: Obj) => (typeof pv.description === "string" && STRENGTHS.has(pv.description) ? pv.description : "required");
const textOf = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined);

/**
 * The requirements that schema.org cannot say with their strength, as `additionalProperty` entries
 * (`ess-jobs:education`, `…experience`, `…skill`, `…language`, `…drivingLicence`): Google's
 * `educationRequirements` and `experienceRequirements` are *required* qualifications, so a preferred
 * diploma written there would become a required one. {@link requirementsFromProperties} reads them back.
 * @internal
 *
 * @example
 * ```ts
 * requirementProperties({ education: [{ level: 6, strength: "preferred" }] });
 * // [{ "@type": "PropertyValue", propertyID: "ess-jobs:education", value: 6, description: "preferred" }]
 * ```
 */
export function requirementProperties(r: Requirements | undefined): PropertyValueLd[] {
  const out: PropertyValueLd[] = [];
  const pv = (propertyID: string, value: string | number | boolean, strength: string | undefined, name?: string): PropertyValueLd => ({
    "@type": "PropertyValue",
    propertyID,
    value,
    ...(name ? { name } : {}),
    ...(strength ? { description: strength } : {}),
  });
  for (const e of r?.education ?? []) {
    // `true`: a diploma is wanted, the posting says no level nor name.
    out.push(pv(P.education, e.level ?? e.label ?? true, e.strength, e.label));
  }
  for (const e of r?.experience ?? []) {
    const entry = pv(P.experience, e.years ?? e.label ?? e.domain ?? true, e.strength, e.years !== undefined ? e.label : undefined);
    if (e.domain) entry.alternateName = e.domain;
    out.push(entry);
  }
  if ((r?.skills ?? []).some((s) => s.strength || s.group)) for (const s of r!.skills!) out.push(pv(P.skill, s.label, s.strength, s.group));
  for (const l of r?.languages ?? []) out.push(pv(P.language, l.language, l.strength, l.level));
  const d = r?.drivingLicence;
  if (d) out.push(pv(P.drivingLicence, d.categories.join(","), d.strength, d.vehicleNeeded ? "vehicle-needed" : undefined));
  return out;
}

/**
 * Reads back the requirements written by {@link requirementProperties}, into `requirements` (which it
 * completes): when present, they replace what `educationRequirements`, `experienceRequirements` and
 * `skills` say, as `ess-jobs:contractType` replaces `employmentType`.
 * @internal
 */
export function requirementsFromProperties(prop: (id: string) => { pv: Obj }[], requirements: Obj): void {
  const education = prop(P.education).map(({ pv }) => {
    const level = typeof pv.value === "number" ? pv.value : undefined;
    const label = textOf(pv.name) ?? (level === undefined ? textOf(pv.value) : undefined);
    return { ...(level !== undefined ? { level } : {}), ...(label ? { label } : {}), strength: strengthOf(pv) };
  });
  if (education.length) requirements.education = education.slice(0, 10);
  const experience = prop(P.experience).map(({ pv }) => {
    const years = typeof pv.value === "number" ? pv.value : undefined;
    const domain = textOf(pv.alternateName);
    const label = years !== undefined ? textOf(pv.name) : textOf(pv.value) === domain ? undefined : textOf(pv.value);
    return { ...(years !== undefined ? { years } : {}), ...(label ? { label } : {}), ...(domain ? { domain } : {}), strength: strengthOf(pv) };
  });
  if (experience.length) requirements.experience = experience.slice(0, 20);
  const skills = prop(P.skill)
    .map(({ pv }) => ({ label: textOf(pv.value), group: textOf(pv.name), strength: typeof pv.description === "string" && STRENGTHS.has(pv.description) ? pv.description : undefined }))
    .filter((s) => s.label)
    .map((s) => ({ label: s.label, ...(s.group ? { group: s.group } : {}), ...(s.strength ? { strength: s.strength } : {}) }));
  if (skills.length) requirements.skills = skills.slice(0, 100);
  const languages = prop(P.language)
    .map(({ pv }) => ({ language: textOf(pv.value), level: textOf(pv.name), strength: strengthOf(pv) }))
    .filter((l) => l.language)
    .map((l) => ({ language: l.language, ...(l.level ? { level: l.level } : {}), strength: l.strength }));
  if (languages.length) requirements.languages = languages.slice(0, 20);
  const licence = prop(P.drivingLicence)[0]?.pv;
  const categories = textOf(licence?.value)?.split(",").map((c) => c.trim()).filter(Boolean);
  if (licence && categories?.length) requirements.drivingLicence = { categories, strength: strengthOf(licence), ...(licence.name === "vehicle-needed" ? { vehicleNeeded: true } : {}) };
}
