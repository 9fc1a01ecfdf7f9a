import type { Rule } from "./Rule.js";

/** `dates/deadline-before-posted`: the application deadline is earlier than the posting date. */
export const deadlineBeforePosted: Rule = {
  code: "dates/deadline-before-posted",
  defaultSeverity: "error",
  title: { fr: "Date limite de candidature antérieure à la publication", en: "Application deadline before the posting date" },
  sources: [],
  message: {
    fr: (p) =>
      p["deadline"] === p["posted"]
        ? `La date limite de candidature est « avant le ${p["deadline"]} », jour de la publication exclu : il ne reste aucun jour pour candidater.`
        : `La date limite de candidature (${p["deadline"]}) précède la date de publication (${p["posted"]}).`,
    en: (p) =>
      p["deadline"] === p["posted"]
        ? `Applications close "before ${p["deadline"]}", the posting day itself excluded: no day is left to apply.`
        : `The application deadline (${p["deadline"]}) is before the posting date (${p["posted"]}).`,
  },
  check(posting) {
    const posted = posting.dates?.posted;
    const deadline = posting.application?.deadline;
    if (!posted || !deadline) return [];
    const tooEarly = deadline.inclusive ? deadline.date < posted : deadline.date <= posted;
    return tooEarly ? [{ path: ["application", "deadline", "date"], params: { deadline: deadline.date, posted } }] : [];
  },
};
