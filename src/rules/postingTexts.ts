import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Task } from "../content/ContentSchema.js";
import type { DiagnosticPath } from "../validate/Diagnostic.js";
import type { RuleContext } from "./Rule.js";
import { shared } from "./shared.js";

/** A piece of free text of a posting and where it is. @internal */
export interface TextSite {
  path: DiagnosticPath;
  text: string;
}

/**
 * Every piece of free text a posting publishes: title, subtitle, the content (summary, context,
 * missions and their tasks, profile, sections), the pay statement, contract, requirement,
 * eligibility and working-time notes, requirement labels. Not the organisation's own description.
 * Only strings: on a posting the schema has not checked, a value of another type at one of these places
 * is left out. With a rule context, the list is built once per lint run and shared by the rules (do not change it).
 * @internal
 */
export function postingTexts(posting: JobPosting, context?: RuleContext): readonly TextSite[] {
  return shared(context, "posting-texts", () => collectTexts(posting));
}

/** The tasks of a list and their subtasks (at most 20 levels down), their paths under `path`. */
function addTasks(out: TextSite[], path: DiagnosticPath, list: Task[] | undefined, depth: number): void {
  if (!list || depth > 20) return;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    if (t.text) out.push({ path: [...path, i, "text"], text: t.text });
    if (t.subtasks) addTasks(out, [...path, i, "subtasks"], t.subtasks, depth + 1);
  }
}

/** The tasks of mission `m` and their subtasks: the paths of the first level written out (most tasks have no subtasks). */
function addMissionTasks(out: TextSite[], m: number, list: Task[] | undefined): void {
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    if (t.text) out.push({ path: ["content", "missions", m, "tasks", i, "text"], text: t.text });
    if (t.subtasks) addTasks(out, ["content", "missions", m, "tasks", i, "subtasks"], t.subtasks, 1);
  }
}

/** Adds the `label` of each entry of a list whose label is not empty. */
function addLabels(out: TextSite[], parent: string, key: string, list: readonly { label?: string | undefined }[] | undefined): void {
  if (!list) return;
  for (let i = 0; i < list.length; i++) if (list[i]!.label) out.push({ path: [parent, key, i, "label"], text: list[i]!.label! });
}

/** The sites in order; a path is built only for a text that is not empty. */
function collectTexts(posting: JobPosting): TextSite[] {
  const out: TextSite[] = [];
  if (posting.title) out.push({ path: ["title"], text: posting.title });
  if (posting.subtitle) out.push({ path: ["subtitle"], text: posting.subtitle });
  const c = posting.content;
  if (c) {
    if (c.summary) out.push({ path: ["content", "summary"], text: c.summary });
    if (c.context) out.push({ path: ["content", "context"], text: c.context });
    const missions = c.missions ?? [];
    for (let i = 0; i < missions.length; i++) {
      const m = missions[i]!;
      if (m.title) out.push({ path: ["content", "missions", i, "title"], text: m.title });
      if (m.intro) out.push({ path: ["content", "missions", i, "intro"], text: m.intro });
      addMissionTasks(out, i, m.tasks);
    }
    if (c.missionsNote) out.push({ path: ["content", "missionsNote"], text: c.missionsNote });
    if (c.profile) out.push({ path: ["content", "profile"], text: c.profile });
    const sections = c.sections ?? [];
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i]!;
      if (section.heading) out.push({ path: ["content", "sections", i, "heading"], text: section.heading });
      if (section.text) out.push({ path: ["content", "sections", i, "text"], text: section.text });
    }
  }
  if (posting.pay?.text) out.push({ path: ["pay", "text"], text: posting.pay.text });
  for (let i = 0; i < posting.contracts.length; i++) {
    const note = posting.contracts[i]!.note;
    if (note) out.push({ path: ["contracts", i, "note"], text: note });
  }
  if (posting.workingTime?.label) out.push({ path: ["workingTime", "label"], text: posting.workingTime.label });
  if (posting.workingTime?.note) out.push({ path: ["workingTime", "note"], text: posting.workingTime.note });
  const r = posting.requirements;
  if (r) {
    addLabels(out, "requirements", "education", r.education);
    addLabels(out, "requirements", "experience", r.experience);
    addLabels(out, "requirements", "skills", r.skills);
    const qualities = r.qualities ?? [];
    for (let i = 0; i < qualities.length; i++) {
      const quality = qualities[i];
      if (quality) out.push({ path: ["requirements", "qualities", i], text: quality });
    }
    if (r.note) out.push({ path: ["requirements", "note"], text: r.note });
  }
  addLabels(out, "eligibility", "anyOf", posting.eligibility?.anyOf);
  if (posting.eligibility?.note) out.push({ path: ["eligibility", "note"], text: posting.eligibility.note });
  // `lintJobPosting` takes a posting the schema has not checked: a value that is not a string (a title
  // of 42) is not a text, and no rule reads it.
  for (let i = 0; i < out.length; i++) if (typeof out[i]!.text !== "string") return out.filter((site) => typeof site.text === "string");
  return out;
}
