import type { Obj } from "../isObj.js";
import { parisDay } from "../parisDay.js";
import { truncate } from "../truncate.js";
import { text } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";

/** Dates (`datePosted`, `jobStartDate`, `jobImmediateStart`). */
export function readDates(reader: PostingReader): void {
  const { node, posting, diag } = reader;
  // Dates.
  const dates: Obj = {};
  const posted = text(node.datePosted);
  if (posted) {
    const d = parisDay(posted);
    if (d) dates.posted = d.date;
    else diag("interop/unknown-value", "warning", ["datePosted"], `datePosted « ${posted} » n'est pas une date ISO 8601.`, `datePosted "${posted}" is not an ISO 8601 date.`);
  }
  const startRaw = text(node.jobStartDate);
  const start: Obj = {};
  if (startRaw && /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/.test(startRaw)) start.earliest = { date: startRaw };
  else if (startRaw) start.label = truncate(startRaw, 300);
  if (node.jobImmediateStart === true || node.jobImmediateStart === "true" || node.jobImmediateStart === "True") start.asap = true;
  if (Object.keys(start).length) dates.start = start;
  if (Object.keys(dates).length) posting.dates = dates;
}
