import type { ApproximateDate } from "../dates/ApproximateDateSchema.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { partialDateBounds } from "./partialDateBounds.js";

/**
 * `dates/start-before-posted`: the job starts before it was posted. An approximate start ("mars 2015")
 * is flagged only when the whole period it may mean is over by the posting date.
 */
export const startBeforePosted: Rule = {
  code: "dates/start-before-posted",
  defaultSeverity: "error",
  title: { fr: "Prise de poste antérieure à la publication", en: "Start date before the posting date" },
  sources: [],
  message: {
    fr: (p) => `La prise de poste (${p["startFr"]}, au plus tard le ${p["last"]}) précède la date de publication (${p["posted"]}).`,
    en: (p) => `The start date (${p["startEn"]}, on ${p["last"]} at the latest) is before the posting date (${p["posted"]}).`,
  },
  check(posting) {
    const posted = posting.dates?.posted;
    const start = posting.dates?.start;
    if (!posted || !start) return [];
    const findings: RuleFinding[] = [];
    if (start.earliest) judge(findings, "earliest", start.earliest, posted);
    if (start.latest) judge(findings, "latest", start.latest, posted);
    return findings;
  },
};

/** Adds a finding when the whole period `d` may mean is over by the posting date. */
function judge(findings: RuleFinding[], key: "earliest" | "latest", d: ApproximateDate, posted: string): void {
  const { last } = partialDateBounds(d);
  if (last < posted) {
    const startFr = d.part ? `${{ early: "début", mid: "mi-", late: "fin" }[d.part]}${d.part === "mid" ? "" : " "}${d.date}` : d.date;
    const startEn = d.part ? `${d.part} ${d.date}` : d.date;
    findings.push({ path: ["dates", "start", key, "date"], params: { startFr, startEn, last, posted } });
  }
}
