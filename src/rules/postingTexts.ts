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
 * With a rule context, the list is built once per lint run and shared by the rules (do not change it).
 * @internal
 */
export function postingTexts(posting: JobPosting, context?: RuleContext): readonly TextSite[] {
  return shared(context, "posting-texts", () => collectTexts(posting));
}

/** Adds a site when its text is not empty. */
function add(out: TextSite[], path: DiagnosticPath, text: string | undefined): void {
  if (text) out.push({ path, text });
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

/** Adds the `label` of each entry of a list whose label is not empty. */
function addLabels(out: TextSite[], parent: string, key: string, list: readonly { label?: string | undefined }[] | undefined): void {
  if (!list) return;
  for (let i = 0; i < list.length; i++) if (list[i]!.label) out.push({ path: [parent, key, i, "label"], text: list[i]!.label! });
}

function collectTexts(posting: JobPosting): TextSite[] {
  const out: TextSite[] = [];
  add(out, ["title"], posting.title);
  add(out, ["subtitle"], posting.subtitle);
  const c = posting.content;
  if (c) {
    add(out, ["content", "summary"], c.summary);
    add(out, ["content", "context"], c.context);
    const missions = c.missions ?? [];
    for (let i = 0; i < missions.length; i++) {
      const m = missions[i]!;
      add(out, ["content", "missions", i, "title"], m.title);
      add(out, ["content", "missions", i, "intro"], m.intro);
      addTasks(out, ["content", "missions", i, "tasks"], m.tasks, 0);
    }
    add(out, ["content", "missionsNote"], c.missionsNote);
    add(out, ["content", "profile"], c.profile);
    const sections = c.sections ?? [];
    for (let i = 0; i < sections.length; i++) {
      add(out, ["content", "sections", i, "heading"], sections[i]!.heading);
      add(out, ["content", "sections", i, "text"], sections[i]!.text);
    }
  }
  add(out, ["pay", "text"], posting.pay?.text);
  for (let i = 0; i < posting.contracts.length; i++) add(out, ["contracts", i, "note"], posting.contracts[i]!.note);
  add(out, ["workingTime", "label"], posting.workingTime?.label);
  add(out, ["workingTime", "note"], posting.workingTime?.note);
  const r = posting.requirements;
  if (r) {
    addLabels(out, "requirements", "education", r.education);
    addLabels(out, "requirements", "experience", r.experience);
    addLabels(out, "requirements", "skills", r.skills);
    const qualities = r.qualities ?? [];
    for (let i = 0; i < qualities.length; i++) add(out, ["requirements", "qualities", i], qualities[i]);
    add(out, ["requirements", "note"], r.note);
  }
  addLabels(out, "eligibility", "anyOf", posting.eligibility?.anyOf);
  add(out, ["eligibility", "note"], posting.eligibility?.note);
  return out;
}
