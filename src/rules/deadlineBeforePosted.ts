import type { Rule } from "./Rule.js";

/** `dates/deadline-before-posted`: the application deadline is earlier than the posting date. */
export const deadlineBeforePosted: Rule = {
  code: "dates/deadline-before-posted",
  defaultSeverity: "error",
  title: { fr: "Date limite de candidature antérieure à la publication", en: "Application deadline before the posting date" },
  sources: [],
  message: {
    fr: (p) => `La date limite de candidature (${p["deadline"]}) précède la date de publication (${p["posted"]}).`,
    en: (p) => `The application deadline (${p["deadline"]}) is before the posting date (${p["posted"]}).`,
  },
  check(posting) {
    const posted = posting.dates?.posted;
    const deadline = posting.application?.deadline;
    if (!posted || !deadline) return [];
    const tooEarly = deadline.inclusive ? deadline.date < posted : deadline.date <= posted;
    return tooEarly ? [{ path: ["application", "deadline", "date"], params: { deadline: deadline.date, posted } }] : [];
  },
};
