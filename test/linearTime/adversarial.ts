import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";

/**
 * Adversarial postings for the linear-time tests: each rule's trigger words, repeated, in the text
 * fields the rule reads, under the contract that makes the rule apply.
 */
export interface Attack {
  /** What is repeated and for which rule. */
  name: string;
  /** The repeated unit ("salarié "). */
  unit: string;
  /** The contract types of the posting (the rules that read the text apply only to some). */
  contracts: JobPosting["contracts"];
}

export const ATTACKS: readonly Attack[] = [
  { name: "service civique, employment vocabulary", unit: "salarié ", contracts: [{ type: "service-civique" }] },
  { name: "service civique, staff apposition", unit: "un tuteur, salarié ", contracts: [{ type: "service-civique" }] },
  { name: "service civique, team", unit: "équipe de salariés ", contracts: [{ type: "service-civique" }] },
  { name: "service civique, negations", unit: "ni pas sans salaire ", contracts: [{ type: "service-civique" }] },
  { name: "freelance, time ranges", unit: "de 9h à 17h ", contracts: [{ type: "freelance" }] },
  { name: "freelance, supervisor", unit: "encadré par la ", contracts: [{ type: "freelance" }] },
  { name: "freelance, negated signs", unit: "sans horaires fixes ", contracts: [{ type: "freelance" }] },
  { name: "age limit", unit: "moins de 26 ans ", contracts: [{ type: "cdd", duration: { value: 6, unit: "month" } }] },
  { name: "age phrases, public served", unit: "auprès de jeunes âgés de 16 à 25 ans ", contracts: [{ type: "cdi" }] },
  { name: "masculine job nouns", unit: "animateur directeur coordinateur ", contracts: [{ type: "cdi" }] },
  { name: "English words", unit: "the project for our team with you ", contracts: [{ type: "cdi" }] },
  { name: "discriminatory criteria", unit: "nationalité française candidats de ", contracts: [{ type: "cdi" }] },
  { name: "Pôle emploi, pay figures", unit: "Pôle emploi 1 800 € brut ", contracts: [{ type: "stage", duration: { value: 3, unit: "month" } }] },
  { name: "punctuation", unit: "., ;: !?() ", contracts: [{ type: "freelance" }] },
  { name: "letters without spaces", unit: "salariéSalarié", contracts: [{ type: "service-civique" }] },
];

/** `unit` repeated to `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The longest text the schema accepts in a paragraph (content.profile, a section's text). */
const PARAGRAPH = 20_000;

/**
 * A posting that passes the schema with `size` characters of the attack in its texts: paragraphs
 * (profile, summary, context, sections' texts) of at most 20 000 characters each, the title and pay
 * text also holding the unit. Beyond the 30 sections the schema allows, the rest goes into missions' tasks.
 */
export function validAttack(attack: Attack, size: number): JobPosting {
  const text = (n: number) => repeatTo(attack.unit, n).trim() || "x";
  let left = size;
  const take = (max: number) => {
    const n = Math.min(max, left);
    left -= n;
    return n;
  };
  const profile = text(take(PARAGRAPH));
  const sections: { heading: string; text: string }[] = [];
  while (left > 0 && sections.length < 30) sections.push({ heading: sections.length % 2 ? "Profil" : "Mission", text: text(take(PARAGRAPH)) });
  const tasks: { text: string }[] = [];
  while (left > 0 && tasks.length < 100 * 30) tasks.push({ text: text(take(2000)) });
  const missions = [];
  for (let i = 0; i < tasks.length; i += 100) missions.push({ tasks: tasks.slice(i, i + 100) });
  return {
    title: text(250),
    organisation: { name: "Association des tests" },
    contracts: attack.contracts,
    dates: { posted: "2024-06-03" },
    pay: { text: text(250) },
    content: { profile, ...(sections.length ? { sections } : {}), ...(missions.length ? { missions } : {}) },
  } as JobPosting;
}

/**
 * A posting NOT checked by the schema, with `size` characters of the attack in its pay text and
 * profile; its title holds the attack too, at `titleSize` characters (default `size`).
 */
export function rawAttack(attack: Attack, size: number, titleSize = size): JobPosting {
  const text = repeatTo(attack.unit, size);
  return {
    title: repeatTo(attack.unit, titleSize),
    organisation: { name: "Association des tests" },
    contracts: attack.contracts,
    dates: { posted: "2024-06-03" },
    pay: { text },
    content: { profile: text },
  } as JobPosting;
}
