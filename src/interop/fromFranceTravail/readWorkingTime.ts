import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import type { OfferReader } from "./OfferReader.js";
import { str, list, oneLine, key } from "./offerValue.js";

/** Working time (`dureeTravailLibelle`, `contexteTravail`, `complementExercice`, `conditionExercice`). */
export function readWorkingTime(reader: OfferReader): void {
  const { o, p } = reader;
  // Working time.
  const dureeLabel = str(o.dureeTravailLibelle);
  const converted = str(o.dureeTravailLibelleConverti);
  const workingTime: Obj = {};
  if (dureeLabel) {
    workingTime.label = truncate(oneLine(dureeLabel), 200);
    const h = /(\d{1,2}(?:[.,]\d{1,4})?)\s*h(?:eures?)?\s*(\d{2})?(?![a-z])/i.exec(dureeLabel);
    if (h) {
      const hours = Number(h[1]!.replace(",", ".")) + (h[2] ? Number(h[2]) / 60 : 0);
      if (hours > 0 && hours <= 70) workingTime.weeklyHours = { value: Math.round(hours * 100) / 100 };
    }
    const k = key(dureeLabel);
    if (/samedi|dimanche|week-?end/.test(k)) workingTime.weekends = true;
    if (/soir|nuit/.test(k)) workingTime.evenings = true;
  }
  const ck = converted ? key(converted) : dureeLabel ? key(dureeLabel) : "";
  if (ck.includes("temps plein")) workingTime.schedule = "full-time";
  else if (ck.includes("temps partiel")) workingTime.schedule = "part-time";
  const horaires = isObj(o.contexteTravail) ? list(o.contexteTravail.horaires).map((v) => str(v)).filter((s): s is string => !!s) : [];
  const conditions = [str(o.complementExercice), str(o.conditionExercice), ...(isObj(o.contexteTravail) ? list(o.contexteTravail.conditionsExercice).map((v) => str(v)) : [])].filter((s): s is string => !!s);
  if (horaires.length || conditions.length) workingTime.note = truncate([...horaires, ...conditions].join(" ; "), 2000);
  if (Object.keys(workingTime).length) p.workingTime = workingTime;
}
