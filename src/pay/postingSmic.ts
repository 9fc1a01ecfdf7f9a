import { smicAt } from "../parameters/smic/smicAt.js";
import type { SmicReading } from "../parameters/smic/SmicReading.js";
import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { isRecord } from "../validate/isRecord.js";

/** A code that starts with 976 (Mayotte's département), spaces around it aside. */
function starts976(v: unknown): boolean {
  return typeof v === "string" && v.trim().startsWith("976");
}

/**
 * The main place of work (the one marked `main`, else the first) is in Mayotte: département, postal or
 * INSEE code 976…, or country `YT`.
 * @internal
 */
export function inMayotte(posting: JobPosting): boolean {
  const places = posting.location?.places;
  if (!Array.isArray(places)) return false;
  // `places.find((p) => isRecord(p) && p.main === true) ?? places[0]`, without a closure per call.
  let main: unknown;
  for (let i = 0; i < places.length; i++) {
    const p: unknown = places[i];
    if (isRecord(p) && p.main === true) {
      main = p;
      break;
    }
  }
  main ??= places[0];
  const address = isRecord(main) && isRecord(main.address) ? main.address : undefined;
  if (!address) return false;
  return address.departement === "976" || starts976(address.postalCode) || starts976(address.inseeCode) || address.country === "YT";
}

/** The last readings of `smicAt`, by territory and date. */
const READINGS = new Map<string, SmicReading | undefined>();
const SIZE = 16;

/**
 * `smicAt(date, { territory })`, remembered by territory and date (the last 16): the pay minimums of a
 * run, or of a feed, are computed at a few dates, and a date's SMIC never changes (the parameters are
 * constants of the library). The reading is shared: its readers copy what they keep and never change it.
 * @internal
 */
export function smicOn(date: string, territory: "metropole" | "mayotte"): SmicReading | undefined {
  const key = `${territory}|${date}`;
  if (READINGS.has(key)) return READINGS.get(key);
  const reading = smicAt(date, { territory });
  if (READINGS.size >= SIZE) READINGS.delete(READINGS.keys().next().value as string);
  READINGS.set(key, reading);
  return reading;
}
