/** Codes that Intl names but that are no current country: the EU, the euro area, the UN, pseudo-regions, withdrawn codes (FX, UK…), reservations. */
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "FX", "UK", "AN", "BU", "CS", "DD", "NT", "SU", "TP", "YD", "YU", "ZR", "QU", "EA", "IC", "CP", "DG", "TA", "AC", "DY", "FQ", "HV", "JT", "MI", "NH", "NQ", "PC", "PU", "PZ", "RH", "VD", "WK", "CT"]);
/** The overseas départements and regions (Code général des collectivités territoriales, art. L3441-1 and after) are France: their own ISO codes → FR. */
const DROM: Record<string, string> = { GP: "FR", MQ: "FR", GF: "FR", RE: "FR", YT: "FR" };
/** Languages whose country names are recognised (those of France, its neighbours, and of the countries ESS postings most often name). */
const LANGUAGES = ["fr", "en", "es", "de", "it", "pt", "nl", "vi", "pl", "ro", "ar"];
/** ISO 3166-1 alpha-3 codes and abbreviations that sites write instead of the alpha-2 code. */
const OTHER_CODES: Record<string, string> = {
  fra: "FR", usa: "US", us: "US", uk: "GB", gbr: "GB", deu: "DE", bel: "BE", che: "CH", lux: "LU", mco: "MC", can: "CA", esp: "ES", ita: "IT", prt: "PT",
  nld: "NL", vnm: "VN", mar: "MA", tun: "TN", dza: "DZ", sen: "SN", civ: "CI", irl: "IE", aut: "AT", pol: "PL", rou: "RO",
};

let names: Map<string, string> | undefined;

const normalise = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** Every country's name in the {@link LANGUAGES}, normalised, → its code; built once, on first use. */
function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const displays = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: "region", fallback: "none" }));
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name) names.set(normalise(name), code);
      }
    }
  }
  return names;
}

/** Whether a code is an assigned ISO 3166-1 alpha-2 country code. */
function isCountryCode(code: string): boolean {
  return !NOT_COUNTRIES.has(code) && new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(code) !== undefined;
}

/**
 * The ISO 3166-1 alpha-2 code of a country as JSON-LD and job boards write it: a code (`FR`, `fr`,
 * `FRA`, `USA`, `UK`), or a name in French, English, the country's usual languages and a few others,
 * with or without accents ("France", "Việt Nam", "Vietnam", "États-Unis", "Deutschland"). `undefined`
 * when it names no country (a region, a state, a city, "EU", an unassigned code). An overseas
 * département named (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) is France, `FR`; its ISO code
 * (`RE`…) is kept as written.
 * @internal
 *
 * @example
 * ```ts
 * countryCode("Việt Nam"); // "VN"
 * countryCode("USA"); // "US"
 * countryCode("Californie"); // undefined
 * ```
 */
export function countryCode(raw: string): string | undefined {
  const s = raw.trim();
  if (s.length === 0 || s.length > 100) return undefined;
  // A code is kept as written (RE stays RE); a name of an overseas département is France.
  if (/^[A-Za-z]{2}$/.test(s)) return isCountryCode(s.toUpperCase()) ? s.toUpperCase() : OTHER_CODES[s.toLowerCase()];
  const key = normalise(s);
  const code = OTHER_CODES[key] ?? countryNames().get(key);
  return code === undefined ? undefined : (DROM[code] ?? code);
}

/**
 * The English name of a country code ("France", "United States"), as Google's examples name a
 * `Country`; the code itself when its name would be read back as another code ("Réunion" is France).
 */
export function countryName(code: string): string {
  const name = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(code);
  return name !== undefined && countryCode(name) === code ? name : code;
}
