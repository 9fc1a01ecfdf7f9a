import type { Obj } from "../isObj.js";
import { truncate } from "../truncate.js";
import type { OfferReader } from "./OfferReader.js";
import { str } from "./offerValue.js";

/** Occupation, positions (`romeCode`, `appellationlibelle`, `nombrePostes`). */
export function readOccupation(reader: OfferReader): void {
  const { o, p } = reader;
  // Occupation, positions.
  const rome = str(o.romeCode);
  const occupation: Obj = {};
  if (rome && /^[A-N][0-9]{4}$/.test(rome)) occupation.romeCode = rome;
  const occLabel = str(o.appellationlibelle) ?? str(o.romeLibelle);
  if (occLabel) occupation.label = truncate(occLabel, 200);
  if (Object.keys(occupation).length) p.occupation = occupation;
  if (typeof o.nombrePostes === "number" && Number.isInteger(o.nombrePostes) && o.nombrePostes >= 1 && o.nombrePostes <= 1000) p.positions = o.nombrePostes;
}
