import type { Diagnostic } from "../../validate/Diagnostic.js";
import { countryCode } from "../countryCode.js";
import { ESS_JOBS_PROPERTY_IDS as P } from "../ESS_JOBS_PROPERTY_IDS.js";
import { INPUT_CAPS } from "../INPUT_CAPS.js";
import type { InputPath as Path } from "../InputPath.js";
import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { asList, text, typesOf } from "./jsonLdValue.js";

/** A `jobLocation` (a Place, a PostalAddress or a text) → a place of the posting, or `undefined` (none, or a country not recognised). */
export function mapPlace(
  loc: unknown,
  path: Path,
  diag: (code: string, severity: Diagnostic["severity"], path: Path, fr: string, en: string) => void,
  lost: (path: Path, fr: string, en: string) => void,
): Obj | undefined {
  const place: Obj = {};
  let addr: unknown;
  let addrPath: Path = path;
  if (typeof loc === "string") addr = loc;
  else if (isObj(loc)) {
    if (text(loc.name)) place.name = truncate(text(loc.name)!, 200);
    addr = typesOf(loc).includes("PostalAddress") ? loc : loc.address;
    addrPath = typesOf(loc).includes("PostalAddress") ? path : [...path, "address"];
    if (loc.geo !== undefined) lost([...path, "geo"], "Coordonnées géographiques : pas de champ dans le modèle.", "Geographic coordinates: no field in the model.");
  } else return undefined;
  const address: Obj = {};
  let countryStated = false;
  if (typeof addr === "string") addr = text(addr) ?? ""; // cut to INPUT_CAPS.field before any pattern
  if (typeof addr === "string" && addr.length > 0) {
    const parts = addr.split(",").map((p) => p.trim());
    const stated = parts.length > 1 ? countryCode(parts[parts.length - 1]!) : undefined;
    countryStated = stated !== undefined;
    const m = /(\d{5})\s+([^,\d][^,]*)/.exec(addr);
    if (m) {
      address.postalCode = m[1];
      address.commune = m[2]!.trim();
    } else address.commune = parts[0]!;
    if (stated) address.country = stated;
    else {
      diag("interop/assumed", "info", addrPath, `Adresse en texte (« ${addr} ») : lue comme commune${m ? " et code postal" : ""}, pays FR supposé.`, `Address as text ("${addr}"): read as a commune${m ? " and postal code" : ""}, country FR assumed.`);
      address.country = "FR";
    }
  } else if (isObj(addr)) {
    const street = text(addr.streetAddress);
    if (street) address.street = street;
    const locality = text(addr.addressLocality);
    if (locality) address.commune = locality;
    const postal = text(addr.postalCode);
    if (postal && /^[0-9]{5}$/.test(postal)) address.postalCode = postal;
    else if (postal) diag("interop/unknown-value", "warning", [...addrPath, "postalCode"], `Code postal « ${postal} » non repris (5 chiffres attendus).`, `Postal code "${postal}" not kept (5 digits expected).`);
    const region = text(addr.addressRegion);
    if (region && region.length <= 100) address.region = region;
    const countryRaw = isObj(addr.addressCountry) ? text(addr.addressCountry.name) ?? text(addr.addressCountry.identifier) : text(addr.addressCountry);
    let country = countryRaw ? countryCode(countryRaw) : undefined;
    if (countryRaw && !country) {
      // Assuming France would move the job: the posting is refused instead (mapPosting).
      diag("interop/unknown-country", "error", [...addrPath, "addressCountry"], `Pays « ${countryRaw} » non reconnu : l'offre n'est pas importée (la supposer en France la déplacerait).`, `Country "${countryRaw}" not recognised: the posting is not imported (assuming France would move it).`);
      return undefined;
    }
    if (!country) {
      country = "FR";
      diag("interop/assumed", "info", [...addrPath, "addressCountry"], "Pays non indiqué : FR supposé.", "No country stated: FR assumed.");
    }
    else countryStated = true;
    address.country = country;
  }
  if (isObj(loc)) {
    for (const pv of asList(loc.additionalProperty)) {
      if (!isObj(pv)) continue;
      const id = text(pv.propertyID);
      if (id === P.inseeCode && text(pv.value)) address.inseeCode = text(pv.value);
      if (id === P.departement && text(pv.value)) address.departement = text(pv.value);
    }
  }
  // A country the page states is a fact (a job in Gabon); a country assumed for want of anything else is not kept alone.
  if (address.country && (countryStated || address.commune || address.postalCode || address.street || address.region || address.inseeCode || address.departement)) {
    if (typeof address.commune === "string") address.commune = truncate(address.commune, 150);
    if (address.inseeCode && typeof address.inseeCode === "string" && /^75(1(0[1-9]|1[0-9]|20))$/.test(address.inseeCode)) address.arrondissement = Number(address.inseeCode.slice(3));
    place.address = address;
  } else if (address.country && !place.name) return undefined;
  return place;
}
