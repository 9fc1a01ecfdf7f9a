import { countryCode } from "../countryCode.js";
import { ESS_JOBS_PROPERTY_IDS as P } from "../ESS_JOBS_PROPERTY_IDS.js";
import type { InputPath as Path } from "../InputPath.js";
import { type Obj, isObj } from "../isObj.js";
import { asList, text } from "./jsonLdValue.js";
import { mapPlace } from "./mapPlace.js";
import type { PostingReader } from "./PostingReader.js";

/** Location: places, remote work, applicants' countries. */
export function readLocation(reader: PostingReader): void {
  const { node, posting, diag, lost, prop, propText, propNum } = reader;
  // Location.
  const location: Obj = {};
  const places: Obj[] = [];
  const locations = asList(node.jobLocation);
  locations.forEach((loc, i) => {
    const path: Path = Array.isArray(node.jobLocation) ? ["jobLocation", i] : ["jobLocation"];
    const place = mapPlace(loc, path, diag, lost);
    if (place) places.push(place);
  });
  if (places.length) location.places = places.slice(0, 20);
  const locationType = asList(node.jobLocationType).map((u) => text(u));
  const remotePolicy = propText(P.remotePolicy);
  if (locationType.some((t) => t?.toUpperCase() === "TELECOMMUTE")) location.remote = { policy: "full" };
  else if (remotePolicy === "none" || remotePolicy === "partial" || remotePolicy === "occasional" || remotePolicy === "full") location.remote = { policy: remotePolicy };
  const days = propNum(P.remoteDaysPerWeek);
  if (days !== undefined && isObj(location.remote)) location.remote.daysPerWeek = days;
  const applicantCountries: string[] = [];
  asList(node.applicantLocationRequirements).forEach((req, i) => {
    const path: Path = Array.isArray(node.applicantLocationRequirements) ? ["applicantLocationRequirements", i] : ["applicantLocationRequirements"];
    const name = isObj(req) ? text(req.name) ?? text(req.identifier) : text(req);
    const code = name ? countryCode(name) : undefined;
    if (code) {
      if (!applicantCountries.includes(code)) applicantCountries.push(code);
    } else {
      // A state, a region or an unknown area: reading it as France would change where applicants may live.
      diag("interop/unknown-country", "error", path, `Zone de résidence exigée « ${name ?? "?"} » : ce n'est pas un pays reconnu, l'offre n'est pas importée (le modèle ne tient que des pays).`, `Required residence area "${name ?? "?"}": not a recognised country, the posting is not imported (the model holds countries only).`);
    }
  });
  for (const { pv } of prop(P.applicantCountry)) {
    const code = text(pv.value);
    if (code && /^[A-Z]{2}$/.test(code) && !applicantCountries.includes(code)) applicantCountries.push(code);
  }
  if (applicantCountries.length && !(applicantCountries.length === 1 && applicantCountries[0] === "FR")) {
    if (isObj(location.remote)) location.remote.applicantCountries = applicantCountries.slice(0, 50);
    else lost(["applicantLocationRequirements"], "applicantLocationRequirements sans télétravail (jobLocationType TELECOMMUTE) : non repris.", "applicantLocationRequirements without remote work (jobLocationType TELECOMMUTE): not kept.");
  }
  if (Object.keys(location).length) posting.location = location;
}
