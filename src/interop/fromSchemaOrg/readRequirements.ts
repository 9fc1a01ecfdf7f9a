import { htmlToText } from "../htmlToText.js";
import type { InputPath as Path } from "../InputPath.js";
import { type Obj, isObj } from "../isObj.js";
import { requirementsFromProperties } from "../requirementProperties.js";
import { truncate } from "../truncate.js";
import { asList, text, num } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";

const CREDENTIAL_LEVEL: Record<string, number> = { "high school": 4, "associate degree": 5, "bachelor degree": 6, "postgraduate degree": 7 };

/** Requirements (education, experience, skills and the requirement properties of toSchemaOrg). */
export function readRequirements(reader: PostingReader): void {
  const { node, posting, diag, prop } = reader;
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
}
