import { countryCode } from "../countryCode.js";
import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import type { OfferReader } from "./OfferReader.js";
import { str, key } from "./offerValue.js";

const DEPARTEMENT = /^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/;
const INSEE = /^([0-9]{2}|2A|2B)[0-9]{3}$/;

/** The regions of France (2016), as France Travail names a place given by region only ("Île-de-France"). */
const REGIONS_FR = new Map(
  [
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France",
    "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
  ].map((r) => [r.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(), r] as const),
);

/** Place and travel (`lieuTravail`, `deplacementCode`, `deplacementLibelle`). */
export function readPlace(reader: OfferReader): void {
  const { o, p, t, diag, dropped } = reader;
  // Place.
  const lieu = isObj(o.lieuTravail) ? o.lieuTravail : undefined;
  if (lieu) {
    const libelle = str(lieu.libelle);
    const m = libelle ? /^(\d{2,3}|2A|2B)\s*-\s*(.+)$/.exec(libelle) : null;
    const insee = str(lieu.commune);
    const postal = str(lieu.codePostal);
    const address: Obj = {};
    const place: Obj = {};
    let departement = m && DEPARTEMENT.test(m[1]!) ? m[1] : undefined;
    if (insee && INSEE.test(insee)) {
      address.inseeCode = insee;
      const fromInsee = insee.startsWith("97") ? insee.slice(0, 3) : insee.slice(0, 2);
      if (!departement && DEPARTEMENT.test(fromInsee)) departement = fromInsee;
      const arr = /^75(1(0[1-9]|1[0-9]|20))$/.test(insee) ? Number(insee.slice(3)) : /^6938[1-9]$/.test(insee) ? Number(insee.slice(4)) : /^132(0[1-9]|1[0-6])$/.test(insee) ? Number(insee.slice(3)) : undefined;
      if (arr !== undefined) address.arrondissement = arr;
    } else if (insee) diag("interop/unknown-value", "warning", ["lieuTravail", "commune"], `Code INSEE « ${insee} » non repris.`, `INSEE code "${insee}" not kept.`);
    if (postal && /^[0-9]{5}$/.test(postal)) address.postalCode = postal;
    const name = m?.[2]?.trim();
    const bare = libelle ? /^(\d{2,3}|2A|2B)$/.exec(libelle) : null;
    if (bare && !departement && DEPARTEMENT.test(bare[1]!)) departement = bare[1];
    const region = libelle && !m ? REGIONS_FR.get(key(libelle)) : undefined;
    // "25 - Doubs" names the département when neither a commune code nor a postal code is given;
    // "68 - GUEBWILLER" names the commune (France Travail writes communes in capitals); the
    // recruiter's free text ("31 - 20 minutes au sud de Toulouse") is no commune name.
    const isCommune = name !== undefined && !/^\d/.test(name) && (insee !== undefined || postal !== undefined || name === name.toUpperCase());
    // Abroad: "99 - Belgique" (99, INSEE's code for foreign countries) or the country's name alone.
    const abroad = libelle && !address.inseeCode && !address.postalCode ? countryCode(m?.[1] === "99" ? m[2]! : libelle) : undefined;
    if (abroad && abroad !== "FR") place.address = { country: abroad };
    else if (name && isCommune) address.commune = truncate(name, 150);
    else if (name && /^\d/.test(name)) {
      place.note = truncate(name, 500);
      diag("interop/unmapped", "info", ["lieuTravail", "libelle"], `« ${libelle} » n'est pas un nom de commune : gardé en note du lieu.`, `"${libelle}" is not a commune's name: kept as the place's note.`);
    } else if (name) {
      place.note = truncate(t(`Lieu indiqué au département : ${libelle}`, `Place given by département only: ${libelle}`), 500);
      diag("interop/unmapped", "info", ["lieuTravail", "libelle"], `« ${libelle} » ne donne que le département : pas de commune.`, `"${libelle}" gives only the département: no commune.`);
    } else if (region) address.region = region;
    else if (libelle && !bare && key(libelle) !== "france") place.note = truncate(libelle, 500);
    if (departement) address.departement = departement;
    if (place.address) {
      // Abroad: its country, nothing French.
    } else if (departement || address.inseeCode || address.postalCode || address.commune || address.region || (libelle && key(libelle) === "france")) {
      address.country = "FR";
      place.address = address;
    }
    if (lieu.latitude !== undefined || lieu.longitude !== undefined) dropped(["lieuTravail", "latitude"], `Coordonnées (${String(lieu.latitude)}, ${String(lieu.longitude)}) : pas de champ dans le modèle.`, `Coordinates (${String(lieu.latitude)}, ${String(lieu.longitude)}): no field in the model.`);
    if (Object.keys(place).length) p.location = { places: [place] };
  }
  const travelCode = str(o.deplacementCode);
  const travelLabel = str(o.deplacementLibelle);
  if (travelCode || travelLabel) {
    const frequency = { "1": "none", "2": "occasional", "3": "frequent", "4": "daily" }[travelCode ?? ""];
    const k = key(travelLabel ?? "");
    const area = k.includes("departement") ? "departmental" : k.includes("region") ? "regional" : k.includes("internationa") ? "international" : k.includes("nationa") ? "national" : undefined;
    const travel: Obj = {};
    if (frequency) travel.frequency = frequency;
    if (area) travel.area = area;
    if (travelLabel) travel.note = truncate(travelLabel, 500);
    p.location = { ...((p.location as Obj | undefined) ?? {}), travel };
  }
}
