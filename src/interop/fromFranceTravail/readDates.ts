import type { Obj } from "../isObj.js";
import type { OfferReader } from "./OfferReader.js";
import { parisDay } from "../parisDay.js";
import { str } from "./offerValue.js";

/** Dates (`dateCreation`, `dateActualisation`). */
export function readDates(reader: OfferReader): void {
  const { o, p, diag } = reader;
  // Dates.
  const dates: Obj = {};
  const created = str(o.dateCreation);
  if (created) {
    const d = parisDay(created)?.date;
    if (d) dates.posted = d;
    else diag("interop/unknown-value", "warning", ["dateCreation"], `dateCreation « ${created} » illisible.`, `Unreadable dateCreation "${created}".`);
  }
  const updated = str(o.dateActualisation);
  if (updated) {
    const d = parisDay(updated)?.date;
    if (d && d !== dates.posted) dates.updated = d;
  }
  if (Object.keys(dates).length) p.dates = dates;
}
