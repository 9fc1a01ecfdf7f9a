import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Task } from "../content/ContentSchema.js";
import type { DiagnosticPath } from "../validate/Diagnostic.js";
import type { RuleContext } from "./Rule.js";
import { shared } from "./shared.js";

/** A piece of free text of a posting and where it is. @internal */
export interface TextSite {
  path: DiagnosticPath;
  text: string;
  /** `text` in lower case, computed once when a rule first asks ({@link lowerText}). */
  lower?: string;
}

/**
 * The text of a site in lower case, the long s "ſ" read as "s", computed once per lint run and shared
 * by the rules that read it. The rules test it for their trigger words before running a pattern:
 * a case-insensitive Unicode pattern (`iu`) matches a word in this form only where the lower-cased
 * text holds it, "ſ" being the one character such a pattern reads as an ASCII letter ("s") that
 * `toLowerCase` leaves as it is (the Kelvin sign becomes "k").
 * @internal
 */
export function lowerText(site: TextSite): string {
  if (site.lower === undefined) {
    const lower = site.text.toLowerCase();
    site.lower = lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
  }
  return site.lower;
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

function collectTexts(posting: JobPosting): TextSite[] {
  const out: TextSite[] = [];
  const add = (path: DiagnosticPath, text: string | undefined) => {
    if (text) out.push({ path, text });
  };
  add(["title"], posting.title);
  add(["subtitle"], posting.subtitle);
  const c = posting.content;
  add(["content", "summary"], c?.summary);
  add(["content", "context"], c?.context);
  const tasks = (path: DiagnosticPath, list: Task[] | undefined, depth: number) => {
    if (depth > 20) return;
    list?.forEach((t, i) => {
      add([...path, i, "text"], t.text);
      if (t.subtasks) tasks([...path, i, "subtasks"], t.subtasks, depth + 1);
    });
  };
  c?.missions?.forEach((m, i) => {
    add(["content", "missions", i, "title"], m.title);
    add(["content", "missions", i, "intro"], m.intro);
    tasks(["content", "missions", i, "tasks"], m.tasks, 0);
  });
  add(["content", "missionsNote"], c?.missionsNote);
  add(["content", "profile"], c?.profile);
  c?.sections?.forEach((s, i) => {
    add(["content", "sections", i, "heading"], s.heading);
    add(["content", "sections", i, "text"], s.text);
  });
  add(["pay", "text"], posting.pay?.text);
  posting.contracts.forEach((k, i) => add(["contracts", i, "note"], k.note));
  add(["workingTime", "label"], posting.workingTime?.label);
  add(["workingTime", "note"], posting.workingTime?.note);
  const r = posting.requirements;
  r?.education?.forEach((e, i) => add(["requirements", "education", i, "label"], e.label));
  r?.experience?.forEach((e, i) => add(["requirements", "experience", i, "label"], e.label));
  r?.skills?.forEach((s, i) => add(["requirements", "skills", i, "label"], s.label));
  r?.qualities?.forEach((q, i) => add(["requirements", "qualities", i], q));
  add(["requirements", "note"], r?.note);
  posting.eligibility?.anyOf.forEach((g, i) => add(["eligibility", "anyOf", i, "label"], g.label));
  add(["eligibility", "note"], posting.eligibility?.note);
  return out;
}
