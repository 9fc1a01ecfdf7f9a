import type { JobPosting } from "../generated/types.js";
import { readOptions } from "../validate/readOptions.js";
import { formatEuros } from "../pay/formatEuros.js";
import type { PayAmount } from "../pay/PayAmountSchema.js";
import { parsePay } from "../pay/parsePay.js";
import type { Diagnostic, Locale } from "../validate/Diagnostic.js";
import { countryCode } from "./countryCode.js";
import { ensureValidPosting } from "./ensureValidPosting.js";
import { FRANCE_TRAVAIL_CODES } from "./FRANCE_TRAVAIL_CODES.js";
import { htmlToText } from "./htmlToText.js";
import { INPUT_CAPS } from "./INPUT_CAPS.js";
import { interopDiagnostic } from "./interopDiagnostic.js";
import { parisUtcOffset } from "./parisUtcOffset.js";

/** Options of {@link fromFranceTravail}. */
export interface FromFranceTravailOptions {
  /** Language of the diagnostics and of the few sentences written into the posting: `fr` (default) or `en`. */
  locale?: Locale;
  /** When the offer was fetched from the API, `YYYY-MM-DD` (`provenance.retrievedOn`). */
  retrievedOn?: string;
}

/** The result of {@link fromFranceTravail}. */
export interface FromFranceTravailResult {
  /** The posting, valid under `JobPostingSchema` (the rules may still report); absent when the offer cannot be imported. */
  posting?: JobPosting;
  /** Everything dropped, approximated or guessed, with its path in the offer. */
  diagnostics: Diagnostic[];
}

type Obj = Record<string, unknown>;
type Path = (string | number)[];

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
/** A text field, cut to `cap` characters before anything reads it (see INPUT_CAPS). */
const str = (v: unknown, cap: number = INPUT_CAPS.field): string | undefined => {
  if (typeof v !== "string") return undefined;
  const s = (v.length > cap ? v.slice(0, cap) : v).trim();
  return s.length > 0 ? s : undefined;
};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const truncate = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1).trimEnd() + "…" : s);
const oneLine = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(", ");
const WEB_URL = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]*)?$/;
const DEPARTEMENT = /^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/;
const INSEE = /^([0-9]{2}|2A|2B)[0-9]{3}$/;

/** Fields of an offer the import reads; any other is reported. */
const KNOWN = new Set([
  "id", "intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle", "appellationlibelle", "entreprise",
  "typeContrat", "typeContratLibelle", "natureContrat", "experienceExige", "experienceLibelle", "experienceCommentaire", "formations", "langues", "permis",
  "outilsBureautiques", "competences", "salaire", "dureeTravailLibelle", "dureeTravailLibelleConverti", "complementExercice", "conditionExercice",
  "alternance", "contact", "agence", "nombrePostes", "accessibleTH", "deplacementCode", "deplacementLibelle", "qualificationCode", "qualificationLibelle",
  "codeNAF", "secteurActivite", "secteurActiviteLibelle", "qualitesProfessionnelles", "origineOffre", "offresManqueCandidats", "trancheEffectif",
  "trancheEffectifEtab", "contexteTravail", "entrepriseAdaptee", "employeurHandiEngage", "offresMRS",
]);

/** The regions of France (2016), as France Travail names a place given by region only ("Île-de-France"). */
const REGIONS_FR = new Map(
  [
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France",
    "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
  ].map((r) => [r.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(), r] as const),
);

/** France Travail's education levels (niveauLibelle) → level of the French nomenclature (décret 2019-14). */
const EDUCATION_LEVELS: Record<string, number | "none" | undefined> = {
  "aucune formation scolaire": "none",
  "3eme achevee ou brevet": undefined,
  "cap, bep et equivalents": 3,
  "bac ou equivalent": 4,
  "bac+2 ou equivalents": 5,
  "bac+3, bac+4 ou equivalents": 6,
  "bac+5 et plus ou equivalents": 7,
};

/** Language names as France Travail writes them → ISO 639 codes. */
const LANGUAGES: Record<string, string> = {
  francais: "fr", anglais: "en", allemand: "de", espagnol: "es", italien: "it", portugais: "pt", arabe: "ar", "arabe litteral": "ar", chinois: "zh", "chinois mandarin": "zh",
  russe: "ru", neerlandais: "nl", roumain: "ro", polonais: "pl", turc: "tr", japonais: "ja", coreen: "ko", grec: "el", hebreu: "he", hindi: "hi", ukrainien: "uk",
  vietnamien: "vi", tamoul: "ta", berbere: "ber", kabyle: "kab", breton: "br", basque: "eu", catalan: "ca", corse: "co", occitan: "oc", "langue des signes francaise": "fsl",
  suedois: "sv", danois: "da", norvegien: "no", finnois: "fi", tcheque: "cs", hongrois: "hu", bulgare: "bg", croate: "hr", serbe: "sr", persan: "fa", swahili: "sw", wolof: "wo",
};

/** France Travail's salary complements → benefits. */
const COMPLEMENTS: Record<string, { type: "mutuelle" | "titres-restaurant" | "equipment" | "housing" | "training" | "thirteenth-month" | "other"; label?: string }> = {
  mutuelle: { type: "mutuelle" },
  "cheque repas": { type: "titres-restaurant", label: "Chèque repas" },
  "tickets restaurant": { type: "titres-restaurant" },
  "pc portable": { type: "equipment", label: "PC portable" },
  mobile: { type: "equipment", label: "Téléphone mobile" },
  vehicule: { type: "equipment", label: "Véhicule" },
  "vehicule de fonction": { type: "equipment", label: "Véhicule de fonction" },
  hebergement: { type: "housing", label: "Hébergement" },
  logement: { type: "housing", label: "Logement" },
  "13eme mois": { type: "thirteenth-month" },
  ce: { type: "other", label: "Comité d'entreprise (CE)" },
};

const key = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** The day in Paris of an API date-time ("2024-11-13T15:23:11.769Z"). */
function parisDate(value: string): string | undefined {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) return undefined;
  if (!/[T ]\d{2}:\d{2}/.test(value) || !/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return value.slice(0, 10);
  return new Date(ms + parisUtcOffset(ms) * 60_000).toISOString().slice(0, 10);
}

/** "6 Mois", "15 Jour(s)", "2 An(s)", "3 Semaine(s)" → a duration. */
function duration(label: string): { value: number; unit: "day" | "week" | "month" | "year" | "hour" } | undefined {
  const m = /(\d{1,6}(?:[.,]\d{1,6})?)\s*(mois|jours?|jour\(s\)|ans?|an\(s\)|semaines?|semaine\(s\)|heures?|heure\(s\))/i.exec(label);
  if (!m) return undefined;
  const value = Number(m[1]!.replace(",", "."));
  const u = key(m[2]!);
  const unit = u.startsWith("mois") ? "month" : u.startsWith("jour") ? "day" : u.startsWith("an") ? "year" : u.startsWith("semaine") ? "week" : "hour";
  return value > 0 && value <= 1000 ? { value, unit } : undefined;
}

/**
 * Why a parsed `salaire.libelle` amount cannot be a salary as stated, `[fr, en]`, or `undefined`: a
 * monthly figure under 100 € ("Mensuel de 11,88 Euros à 14,00 Euros", an hourly rate typed into the
 * monthly form) or a yearly one under 1 000 € ("Annuel de 40,00 Euros à 45,00 Euros", thousands of
 * euros). The probable reading goes in the message only: the amount itself is not kept.
 */
function implausibleAmount(amount: PayAmount | undefined, libelle: string): [string, string] | undefined {
  if (!amount || (amount.period !== "month" && amount.period !== "year")) return undefined;
  const figures = [amount.value, amount.min, amount.max].filter((n): n is number => n !== undefined);
  const monthly = amount.period === "month";
  const floor = monthly ? 100 : 1000;
  if (figures.length === 0 || !figures.some((n) => n < floor)) return undefined;
  const lo = Math.min(...figures);
  const hi = Math.max(...figures);
  const range = (k: number, locale: "fr" | "en") => {
    const f = (n: number) => formatEuros(n * k, { locale });
    if (locale === "en") return lo === hi ? `€${f(lo)}` : `€${f(lo)} to €${f(hi)}`;
    return lo === hi ? `${f(lo)} €` : `${f(lo)} à ${f(hi)} €`;
  };
  const head: [string, string] = monthly
    ? [`Montant mensuel invraisemblable (moins de 100 €) dans « ${libelle} » : gardé comme texte, sans montant.`, `Implausible monthly amount (under €100) in "${libelle}": kept as text, with no amount.`]
    : [`Montant annuel invraisemblable (moins de 1 000 €) dans « ${libelle} » : gardé comme texte, sans montant.`, `Implausible yearly amount (under €1,000) in "${libelle}": kept as text, with no amount.`];
  // The probable reading, when there is one: an hourly rate (a figure of hourly size), thousands of euros.
  const hint: [string, string] | undefined = monthly
    ? hi <= 50
      ? [`Sans doute un taux horaire (${range(1, "fr")} de l'heure), à vérifier auprès de l'employeur.`, `Probably an hourly rate (${range(1, "en")} an hour), to be checked with the employer.`]
      : undefined
    : hi < 300
      ? [`Sans doute des milliers d'euros (${range(1000, "fr")} par an), à vérifier auprès de l'employeur.`, `Probably thousands of euros (${range(1000, "en")} a year), to be checked with the employer.`]
      : undefined;
  return hint ? [`${head[0]} ${hint[0]}`, `${head[1]} ${hint[1]}`] : head;
}

/** Whether a contact name designates an organisation (agency, service, employer) rather than a person. */
function organisational(name: string, employer: string | undefined): boolean {
  const k = key(name);
  if (employer && k.includes(key(employer))) return true;
  return /\b(agence|france travail|pole emploi|service|direction|ressources humaines|drh|rh|recrutement|association|mairie|ville de|commune|centre|etablissement|entreprise|societe|cabinet|secretariat|accueil|equipe)\b/.test(k);
}

/** A civility ("M.", "Mme", "Monsieur"…) opening a segment of a contact name: what follows is a person. */
const CIVILITY = /^(m|mr|mme|mlle|monsieur|madame|mademoiselle)(\.\s*|\s+)/i;

/**
 * Splits a contact name as France Travail writes it ("EMPLOYEUR - Mme Prénom NOM", "Agence France
 * Travail GAP", "M. Prénom NOM") into its organisational segments, kept, and whether a person's name
 * was dropped. A segment opened by a civility is a person, unless what follows is itself a service
 * ("Mme Service RH"); another segment is kept only when {@link organisational}.
 */
function contactName(name: string, employer: string | undefined): { kept: string[]; person: boolean } {
  const kept: string[] = [];
  let person = false;
  for (const segment of dashSeparated(name)) {
    if (!segment) continue;
    const civility = CIVILITY.exec(segment);
    if (civility) {
      const rest = segment.slice(civility[0].length).trim();
      if (rest && organisational(rest, undefined)) kept.push(rest);
      else person = true;
    } else if (organisational(segment, employer)) kept.push(segment);
    else person = true;
  }
  return { kept, person };
}

/**
 * The segments of a name separated by a dash between spaces ("EMPLOYEUR - Mme Prénom NOM"), each without
 * dashes at its ends. Token by token, in linear time (the pattern /\s+(?:-\s+)+/ is quadratic on long
 * runs of spaces).
 */
function dashSeparated(name: string): string[] {
  const segments: string[][] = [[]];
  for (const token of name.split(/\s+/)) {
    if (token === "-") segments.push([]);
    else if (token) segments[segments.length - 1]!.push(token);
  }
  return segments.map((tokens) => {
    const s = tokens.join(" ");
    let start = 0;
    let end = s.length;
    while (start < end && (s[start] === "-" || s[start] === " ")) start++;
    while (end > start && (s[end - 1] === "-" || s[end - 1] === " ")) end--;
    return s.slice(start, end);
  });
}

/** Whether an e-mail address is a generic, organisational one (recrutement@, contact@…), not a person's. */
function genericEmail(address: string): boolean {
  const local = key(address.split("@")[0] ?? "");
  return /^(contact|recrutement|recrutements|rh|emploi|emplois|jobs?|candidature|candidatures|info|infos|accueil|secretariat|direction|administration|association|asso)([._-].*)?$/.test(local);
}

/**
 * Imports an offer of France Travail's "Offres d'emploi v2" API (`GET /v2/offres/{id}`, or one item
 * of `/v2/offres/search`'s `resultats`) into a posting. `typeContrat` (CDI, CDD, MIS, SAI, TTI, DDI,
 * DDT, DIN, LIB…) and the `natureContrat` label (apprentissage, professionnalisation, "CUI - CAE" /
 * PEC, IAE, emploi non salarié…) give the contract and the public scheme; the duration is read from
 * `typeContratLibelle` ("CDD - 6 Mois"); `salaire.libelle` goes through {@link parsePay} (the libellé
 * is kept as `pay.text`; a parse failure is a diagnostic, not a guess; an amount implausible for
 * its period — under 100 € a month, under 1 000 € a year — is kept as text only, with an
 * `interop/implausible-amount` warning giving the probable reading) and the complements become
 * benefits; `lieuTravail` gives the commune, its INSEE code, postal code and département;
 * `dureeTravailLibelle` the weekly hours; experience, education levels, languages, licences,
 * skills and qualities become requirements; `origineOffre` the provenance. Only organisational
 * contact data is kept (an agency, a generic address): a person's name, e-mail or phone is left out.
 * Everything dropped, approximated or guessed is a diagnostic with its path in the offer; the
 * mapping is documented in docs/interop.md. Never throws.
 *
 * @param offer - The offer as the API returns it (parsed JSON).
 * @param options - Locale, retrieval date.
 * @returns `{ posting?, diagnostics }`.
 * @example
 * ```ts
 * const { posting } = fromFranceTravail({
 *   id: "000AAAA",
 *   intitule: "Animateur / Animatrice (H/F)",
 *   entreprise: { nom: "ASSOCIATION EXEMPLE" },
 *   typeContrat: "CDD",
 *   typeContratLibelle: "CDD - 6 Mois",
 *   natureContrat: "CUI - CAE",
 *   lieuTravail: { libelle: "93 - BONDY", codePostal: "93140", commune: "93010" },
 *   salaire: { libelle: "Mensuel de 1801.80 Euros sur 12 mois" },
 *   dureeTravailLibelle: "26H Travail en journée",
 *   dateCreation: "2024-11-20T07:55:52.573Z",
 * });
 * posting?.contracts; // [{ type: "cdd", duration: { value: 6, unit: "month" }, reason: "politique-emploi" }]
 * posting?.schemes; // [{ type: "pec", name: "CUI - CAE" }]
 * posting?.workingTime?.weeklyHours; // { value: 26 }
 * ```
 */
export function fromFranceTravail(offer: unknown, options: FromFranceTravailOptions = {}): FromFranceTravailResult {
  const read = readOptions(options, ["locale", "retrievedOn"]);
  const locale: Locale = read.locale === "en" ? "en" : "fr";
  const safe: FromFranceTravailOptions = typeof read.retrievedOn === "string" ? { retrievedOn: read.retrievedOn } : {};
  try {
    return mapOffer(offer, locale, safe);
  } catch {
    return { diagnostics: [interopDiagnostic("interop/invalid-input", "error", [], locale, "Offre illisible.", "The offer cannot be read.")] };
  }
}

function mapOffer(offer: unknown, locale: Locale, options: FromFranceTravailOptions): FromFranceTravailResult {
  const en = locale === "en";
  const t = (fr: string, english: string) => (en ? english : fr);
  const diagnostics: Diagnostic[] = [];
  const diag = (code: string, severity: Diagnostic["severity"], path: Path, fr: string, english: string) => diagnostics.push(interopDiagnostic(code, severity, path, locale, fr, english));
  const dropped = (path: Path, fr: string, english: string) => diag("interop/unmapped", "info", path, fr, english);
  if (!isObj(offer)) {
    diag("interop/invalid-input", "error", [], "Une offre France Travail est un objet JSON.", "A France Travail offer is a JSON object.");
    return { diagnostics };
  }
  const o = offer;
  const p: Obj = { language: "fr" };
  const sections: Obj[] = [];

  // Identity, title, text.
  const id = str(o.id);
  if (id) p.id = truncate(id, 200);
  const title = str(o.intitule);
  if (title) p.title = truncate(title, 300);
  const description = str(o.description, INPUT_CAPS.html);
  if (description) {
    const body = htmlToText(description);
    if (body) sections.push({ heading: t("Description de l'offre", "Offer description"), text: truncate(body, 20_000) });
    if (body.length > 20_000 || description.length >= INPUT_CAPS.html) diag("interop/truncated", "warning", ["description"], "Description tronquée à 20 000 caractères.", "Description cut to 20,000 characters.");
  }

  // Organisation.
  const ent = isObj(o.entreprise) ? o.entreprise : {};
  const organisation: Obj = {};
  const employer = str(ent.nom);
  if (employer) organisation.name = truncate(employer, 200);
  else {
    organisation.name = t("Employeur non communiqué", "Employer not disclosed");
    diag("interop/assumed", "warning", ["entreprise", "nom"], "L'offre ne nomme pas l'employeur : organisation.name « Employeur non communiqué ».", 'The offer does not name the employer: organisation.name "Employer not disclosed".');
  }
  const entDescription = str(ent.description, INPUT_CAPS.html);
  if (entDescription) organisation.description = truncate(htmlToText(entDescription), 20_000);
  const site = str(ent.url);
  if (site && WEB_URL.test(site)) organisation.website = site;
  else if (site) diag("interop/unknown-value", "warning", ["entreprise", "url"], `Adresse du site « ${site} » non reprise (adresse http(s) attendue).`, `Website "${site}" not kept (an http(s) address is expected).`);
  if (ent.logo !== undefined) dropped(["entreprise", "logo"], "Logo : pas de champ dans le modèle (toSchemaOrg accepte l'option logo).", "Logo: no field in the model (toSchemaOrg takes a logo option).");
  if (ent.entrepriseAdaptee === true || o.entrepriseAdaptee === true) {
    organisation.legalForm = "entreprise-adaptee";
    diag("interop/assumed", "info", [ent.entrepriseAdaptee === true ? "entreprise" : "", "entrepriseAdaptee"].filter(Boolean), "entrepriseAdaptee : forme juridique « entreprise-adaptee ».", 'entrepriseAdaptee: legal form "entreprise-adaptee".');
  }
  p.organisation = organisation;

  // Contract and schemes.
  const typeCode = str(o.typeContrat);
  const typeLabel = str(o.typeContratLibelle);
  const nature = str(o.natureContrat);
  const natureMap = nature ? FRANCE_TRAVAIL_CODES.natureContrat[nature] ?? Object.entries(FRANCE_TRAVAIL_CODES.natureContrat).find(([k]) => key(k) === key(nature))?.[1] : undefined;
  // A temporary-work mission under the IAE nature is the mission of an entreprise de travail temporaire
  // d'insertion (ETTI, Code du travail L5132-6): France Travail's TTI, not a plain interim mission.
  const iaeMission = typeCode?.toUpperCase() === "MIS" && natureMap?.scheme === "iae";
  const typeMap = iaeMission ? FRANCE_TRAVAIL_CODES.typeContrat.TTI : typeCode ? FRANCE_TRAVAIL_CODES.typeContrat[typeCode.toUpperCase()] : undefined;
  if (iaeMission) diag("interop/assumed", "info", ["typeContrat"], "Mission d'intérim sous « Insertion par l'activ.éco. » : contrat de travail temporaire d'insertion (ETTI, Code du travail L5132-6).", 'Temporary-work mission under "Insertion par l\'activ.éco.": integration temporary-work contract (ETTI, Code du travail L5132-6).');
  let contract: Obj | undefined;
  const notes: string[] = [];
  if (typeMap) {
    contract = { ...typeMap.contract };
    if (typeMap.approximate) {
      notes.push(`${typeLabel ?? typeMap.label} (France Travail ${typeCode})`);
      diag("interop/approximated", "warning", ["typeContrat"], `typeContrat ${typeCode} (${typeMap.label}) : pas d'équivalent exact, importé comme « ${typeMap.contract.type} » avec une note.`, `typeContrat ${typeCode} (${typeMap.label}): no exact equivalent, imported as "${typeMap.contract.type}" with a note.`);
    }
  } else if (typeCode) diag("interop/unknown-value", "warning", ["typeContrat"], `typeContrat « ${typeCode} » inconnu.`, `Unknown typeContrat "${typeCode}".`);
  const schemes: Obj[] = [];
  if (natureMap) {
    if (natureMap.contract) {
      if (contract && contract.type !== natureMap.contract.type && !(natureMap.contract.type === "freelance" && contract.type === "freelance")) {
        if (typeCode && typeCode !== "CDD" && typeCode !== "CDI" && typeCode !== "LIB") notes.push(`${typeLabel ?? typeCode}`);
        if (natureMap.contract.type === "apprentissage" && typeCode === "CDI") notes.push(t("Contrat d'apprentissage conclu en CDI.", "Apprenticeship under a permanent contract."));
      }
      contract = { ...natureMap.contract };
    }
    if (natureMap.scheme) schemes.push({ type: natureMap.scheme, name: nature });
    if (natureMap.reason && contract?.type === "cdd") contract.reason = natureMap.reason;
    if (natureMap.approximate) {
      notes.push(nature!);
      diag("interop/approximated", "warning", ["natureContrat"], `natureContrat « ${nature} » : pas d'équivalent dans le modèle, gardé en note du contrat.`, `natureContrat "${nature}": no equivalent in the model, kept as a contract note.`);
    }
    if (natureMap.scheme === "other") diag("interop/approximated", "info", ["natureContrat"], `natureContrat « ${nature} » : dispositif « other » nommé.`, `natureContrat "${nature}": named "other" scheme.`);
  } else if (nature) {
    notes.push(nature);
    diag("interop/unknown-value", "warning", ["natureContrat"], `natureContrat « ${nature} » inconnu : gardé en note du contrat.`, `Unknown natureContrat "${nature}": kept as a contract note.`);
  }
  if (schemes.some((s) => s.type === "pec" || s.type === "cui-cie" || s.type === "emploi-avenir") && contract?.type === "cdd" && !contract.reason) {
    contract.reason = "politique-emploi";
    diag("interop/assumed", "info", ["natureContrat"], `CDD sous ${nature} : motif « politique-emploi » (Code du travail L1242-3).`, `CDD under ${nature}: reason "politique-emploi" (Code du travail L1242-3).`);
  }
  if (schemes.some((s) => s.type === "iae") && contract && contract.type !== "insertion") {
    diag("interop/assumed", "info", ["natureContrat"], `Offre IAE avec un typeContrat ${typeCode ?? "?"} : contrat gardé tel quel, dispositif « iae » ajouté.`, `IAE offer with typeContrat ${typeCode ?? "?"}: contract kept as is, "iae" scheme added.`);
  }
  if (o.alternance === true && contract && contract.type !== "apprentissage" && contract.type !== "professionnalisation") {
    diag("interop/unknown-value", "warning", ["alternance"], "alternance vrai, mais ni apprentissage ni professionnalisation dans natureContrat : non repris.", "alternance is true, but natureContrat says neither apprenticeship nor professionalisation: not kept.");
  }
  if (contract) {
    const d = typeLabel ? duration(typeLabel) : undefined;
    if (d && contract.type !== "cdi") contract.duration = d;
    else if (d) diag("interop/unmapped", "info", ["typeContratLibelle"], `Durée « ${typeLabel} » pour un CDI : non reprise.`, `Duration "${typeLabel}" for a permanent contract: not kept.`);
    if (notes.length) contract.note = truncate(notes.join(" ; "), 2000);
    p.contracts = [contract];
  } else {
    diag("interop/missing-required", "error", ["typeContrat"], "Type de contrat absent ou inconnu : offre non importée.", "Contract type missing or unknown: offer not imported.");
  }
  if (schemes.length) p.schemes = schemes;

  // Occupation, positions.
  const rome = str(o.romeCode);
  const occupation: Obj = {};
  if (rome && /^[A-N][0-9]{4}$/.test(rome)) occupation.romeCode = rome;
  const occLabel = str(o.appellationlibelle) ?? str(o.romeLibelle);
  if (occLabel) occupation.label = truncate(occLabel, 200);
  if (Object.keys(occupation).length) p.occupation = occupation;
  if (typeof o.nombrePostes === "number" && Number.isInteger(o.nombrePostes) && o.nombrePostes >= 1 && o.nombrePostes <= 1000) p.positions = o.nombrePostes;

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

  // Dates.
  const dates: Obj = {};
  const created = str(o.dateCreation);
  if (created) {
    const d = parisDate(created);
    if (d) dates.posted = d;
    else diag("interop/unknown-value", "warning", ["dateCreation"], `dateCreation « ${created} » illisible.`, `Unreadable dateCreation "${created}".`);
  }
  const updated = str(o.dateActualisation);
  if (updated) {
    const d = parisDate(updated);
    if (d && d !== dates.posted) dates.updated = d;
  }
  if (Object.keys(dates).length) p.dates = dates;

  // Pay and complements.
  const salaire = isObj(o.salaire) ? o.salaire : undefined;
  const benefits: Obj[] = [];
  if (salaire) {
    const libelle = str(salaire.libelle);
    // "Annuel de", "Mensuel de": France Travail's period with no amount after it, nothing to keep.
    if (libelle && /^(annuel|mensuel|hebdomadaire|journalier|horaire|autre) de$/.test(key(libelle))) {
      dropped(["salaire", "libelle"], `Libellé « ${libelle} » sans montant : rémunération non indiquée.`, `Libellé "${libelle}" has no amount: pay not stated.`);
    } else if (libelle) {
      const r = parsePay(libelle, { locale });
      const implausible = r.ok ? implausibleAmount(r.pay.amount, libelle) : undefined;
      if (implausible) {
        // Imported literally, 11,88 € a month would read as pay far below the SMIC: kept as text only.
        p.pay = { text: truncate(libelle, 1000) };
        diag("interop/implausible-amount", "warning", ["salaire", "libelle"], implausible[0], implausible[1]);
      } else if (r.ok) {
        p.pay = r.pay;
        for (const w of r.warnings ?? []) diag("interop/pay-note", "info", ["salaire", "libelle"], w, w);
        // "Horaire de 11.88 Euros sur 12.0 mois": months on which an hourly or daily rate is paid say nothing the model holds.
        const months = /sur (\d{1,2}(?:[.,]\d{1,2})?) mois/i.exec(libelle);
        if (months && r.pay.amount && r.pay.amount.monthsPerYear === undefined) dropped(["salaire", "libelle"], `« sur ${months[1]} mois » : non repris pour un montant ${r.pay.amount.period === "hour" ? "horaire" : "qui n'est ni mensuel ni annuel"} (le libellé reste dans pay.text).`, `"sur ${months[1]} mois": not kept for ${r.pay.amount.period === "hour" ? "an hourly" : "a neither monthly nor yearly"} amount (the libellé stays in pay.text).`);
      } else {
        p.pay = { text: truncate(libelle, 1000) };
        diag("interop/pay-unparsed", "warning", ["salaire", "libelle"], `Salaire gardé comme texte : ${r.error.message}`, `Pay kept as text: ${r.error.message}`);
      }
    }
    const comment = str(salaire.commentaire, 20_000);
    if (comment) {
      sections.push({ heading: t("Salaire : précisions", "Pay: details"), text: truncate(comment, 20_000) });
      dropped(["salaire", "commentaire"], "Commentaire sur le salaire gardé comme section de texte (non analysé).", "Pay comment kept as a text section (not parsed).");
    }
    const complements = [
      ...[salaire.complement1, salaire.complement2].map((c, i) => ({ label: str(c), path: ["salaire", `complement${i + 1}`] as Path })),
      ...list(salaire.listeComplements).map((c, i) => ({ label: isObj(c) ? str(c.libelle) : undefined, path: ["salaire", "listeComplements", i] as Path })),
    ];
    const seen = new Set<string>();
    for (const c of complements) {
      if (!c.label || seen.has(key(c.label))) continue;
      seen.add(key(c.label));
      if (key(c.label) === "autre") {
        dropped(c.path, "Complément « Autre » : rien à reprendre.", 'Complement "Autre": nothing to keep.');
        continue;
      }
      const b = COMPLEMENTS[key(c.label)];
      benefits.push({ type: b?.type ?? "other", label: truncate(b?.label ?? c.label, 300) });
    }
  }
  if (benefits.length) p.benefits = benefits.slice(0, 30);

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

  // Requirements.
  const requirements: Obj = {};
  const strength = (e: unknown) => (e === "E" ? "required" : "preferred");
  const exp = str(o.experienceExige);
  if (exp === "D") requirements.noExperienceRequired = true;
  else if (exp === "E" || exp === "S") {
    const label = str(o.experienceLibelle);
    const entry: Obj = { strength: strength(exp) };
    const d = label ? duration(label) : undefined;
    if (d && (d.unit === "year" || d.unit === "month")) entry.years = d.unit === "year" ? d.value : Math.round((d.value / 12) * 100) / 100;
    const domain = str(o.experienceCommentaire);
    if (domain) entry.domain = truncate(domain, 300);
    if (label) entry.label = truncate(label, 300);
    requirements.experience = [entry];
  } else if (exp) diag("interop/unknown-value", "warning", ["experienceExige"], `experienceExige « ${exp} » inconnu (D, S ou E).`, `Unknown experienceExige "${exp}" (D, S or E).`);
  const education: Obj[] = [];
  list(o.formations).forEach((f, i) => {
    if (!isObj(f)) return;
    const niveau = str(f.niveauLibelle);
    const level = niveau ? EDUCATION_LEVELS[key(niveau)] : undefined;
    if (level === "none") {
      requirements.noDiplomaRequired = true;
      return;
    }
    if (niveau && level === undefined && !(key(niveau) in EDUCATION_LEVELS)) diag("interop/unknown-value", "warning", ["formations", i, "niveauLibelle"], `Niveau de formation « ${niveau} » inconnu : gardé comme libellé.`, `Unknown education level "${niveau}": kept as a label.`);
    const entry: Obj = { strength: strength(f.exigence) };
    if (typeof level === "number") entry.level = level;
    const labelParts = [niveau, str(f.commentaire)].filter(Boolean);
    if (labelParts.length) entry.label = truncate(labelParts.join(" – "), 300);
    const domain = str(f.domaineLibelle);
    if (domain) entry.fields = [truncate(domain, 300)];
    if (str(f.codeFormation)) dropped(["formations", i, "codeFormation"], `Code du domaine de formation ${str(f.codeFormation)} : non repris (le libellé du domaine l'est).`, `Training field code ${str(f.codeFormation)}: not kept (the field's label is).`);
    education.push(entry);
  });
  if (requirements.noDiplomaRequired && education.some((e) => typeof e.level === "number")) {
    // "Aucune formation scolaire" next to a diploma level: the offer contradicts itself; the levels stay.
    delete requirements.noDiplomaRequired;
    diag("interop/approximated", "warning", ["formations"], "« Aucune formation scolaire » à côté d'un niveau de diplôme : « aucun diplôme exigé » non repris, les niveaux le sont.", '"Aucune formation scolaire" next to a diploma level: "no diploma required" not kept, the levels are.');
  }
  if (education.length) requirements.education = education.slice(0, 10);
  const languages: Obj[] = [];
  list(o.langues).forEach((l, i) => {
    const name = isObj(l) ? str(l.libelle) : undefined;
    if (!name) return;
    const words = key(name);
    const code = LANGUAGES[words] ?? LANGUAGES[words.split(" ")[0]!];
    if (code) languages.push({ language: code, strength: strength(isObj(l) ? l.exigence : undefined) });
    else diag("interop/unknown-value", "warning", ["langues", i], `Langue « ${name} » sans code ISO 639 connu : non reprise.`, `Language "${name}" has no known ISO 639 code: not kept.`);
    if (code && words.split(" ").length > 1 && !(words in LANGUAGES)) dropped(["langues", i], `Niveau de langue « ${name} » : seule la langue est reprise.`, `Language level "${name}": only the language is kept.`);
  });
  if (languages.length) requirements.languages = languages.slice(0, 20);
  const required: string[] = [];
  const preferred: string[] = [];
  list(o.permis).forEach((pm, i) => {
    const name = isObj(pm) ? str(pm.libelle) : undefined;
    if (!name) return;
    const m = /^([A-Z][A-Z0-9]?)\b/.exec(name);
    const old: Record<string, string> = { EB: "BE", EC: "CE", ED: "DE" };
    const cat = m ? old[m[1]!] ?? m[1]! : undefined;
    if (cat && ["AM", "A1", "A2", "A", "B", "BE", "C1", "C", "CE", "D1", "D", "DE"].includes(cat)) {
      const into = isObj(pm) && pm.exigence === "E" ? required : preferred;
      if (!into.includes(cat)) into.push(cat);
    } else diag("interop/unknown-value", "warning", ["permis", i], `Permis « ${name} » : catégorie non reconnue, non repris.`, `Licence "${name}": category not recognised, not kept.`);
  });
  const skills: Obj[] = [];
  const preferredOnly = preferred.filter((c) => !required.includes(c));
  if (required.length) {
    requirements.drivingLicence = { categories: required, strength: "required" };
    // The model has one strength per licence requirement: the preferred ones become preferred skills, never required licences.
    for (const c of preferredOnly) skills.push({ label: t(`Permis ${c}`, `Driving licence ${c}`), group: t("Permis de conduire", "Driving licence"), strength: "preferred" });
    if (preferredOnly.length) diag("interop/approximated", "info", ["permis"], `Permis exigés (${required.join(", ")}) et souhaités (${preferredOnly.join(", ")}) : les souhaités sont repris comme compétences souhaitées.`, `Required (${required.join(", ")}) and preferred (${preferredOnly.join(", ")}) licences: the preferred ones are kept as preferred skills.`);
  } else if (preferred.length) requirements.drivingLicence = { categories: preferred, strength: "preferred" };
  list(o.competences).forEach((c) => {
    const label = isObj(c) ? str(c.libelle) : undefined;
    if (label) skills.push({ label: truncate(label, 300), strength: strength(isObj(c) ? c.exigence : undefined) });
  });
  list(o.outilsBureautiques).forEach((tool) => {
    const label = str(tool);
    if (label) skills.push({ label: truncate(label, 300), group: t("Outils bureautiques", "Office tools") });
  });
  if (skills.length) requirements.skills = skills.slice(0, 100);
  if (list(o.competences).some((c) => isObj(c) && str(c.code))) dropped(["competences"], "Codes des compétences (référentiel ROME) : non repris, les libellés le sont.", "Skill codes (ROME referential): not kept, the labels are.");
  const qualities = list(o.qualitesProfessionnelles)
    .map((q) => (isObj(q) ? str(q.libelle) : undefined))
    .filter((q): q is string => !!q)
    .map((q) => truncate(q, 300));
  if (qualities.length) {
    requirements.qualities = qualities.slice(0, 60);
    if (list(o.qualitesProfessionnelles).some((q) => isObj(q) && str(q.description))) dropped(["qualitesProfessionnelles"], "Définitions des qualités professionnelles (texte du référentiel) : non reprises.", "Definitions of the professional qualities (referential text): not kept.");
  }
  if (Object.keys(requirements).length) p.requirements = requirements;

  // Accessibility to workers with a disability: no field restricts or opens a posting; kept as text.
  if (o.accessibleTH === true) {
    sections.push({ heading: t("Handicap", "Disability"), text: t("Offre accessible aux travailleurs handicapés (bénéficiaires de l'obligation d'emploi), selon France Travail (accessibleTH).", "Offer open to workers with a disability (beneficiaries of the employment obligation), according to France Travail (accessibleTH).") });
    diag("interop/unmapped", "info", ["accessibleTH"], "accessibleTH : pas de champ dans le modèle, gardé comme section de texte « Handicap ».", 'accessibleTH: no field in the model, kept as a text section "Handicap".');
  } else if (o.accessibleTH === false) dropped(["accessibleTH"], "accessibleTH faux : non repris (ne ferme pas l'offre aux travailleurs handicapés).", "accessibleTH false: not kept (it does not close the offer to workers with a disability).");

  // Application and contact: organisational data only.
  const methods: Obj[] = [];
  const appNotes: string[] = [];
  const contactOut: Obj = {};
  const addUrl = (u: string | undefined) => {
    if (u && WEB_URL.test(u) && !methods.some((m) => m.url === u)) methods.push({ type: "url", url: u });
  };
  const linkIn = (s: string | undefined) => {
    const link = s?.match(/https?:\/\/\S+/)?.[0];
    if (!link) return undefined;
    // Trailing punctuation is the sentence's, not the link's (a loop: /[.,;)]+$/ is quadratic on "…....x").
    let end = link.length;
    while (end > 0 && ".,;)".includes(link[end - 1]!)) end--;
    return link.slice(0, end);
  };
  const contact = isObj(o.contact) ? o.contact : undefined;
  if (contact) {
    const name = str(contact.nom);
    const split = name ? contactName(name, employer) : { kept: [], person: false };
    const org = split.kept.length > 0;
    if (org) appNotes.push(t(`Contact : ${split.kept.join(" - ")}`, `Contact: ${split.kept.join(" - ")}`));
    if (split.person) diag("interop/personal-data-dropped", "info", ["contact", "nom"], "Nom d'une personne : non repris.", "A person's name: not kept.");
    addUrl(str(contact.urlPostulation));
    const recruiter = str(contact.urlRecruteur);
    if (recruiter && WEB_URL.test(recruiter) && !organisation.website) organisation.website = recruiter;
    for (const k of ["coordonnees1", "coordonnees2", "coordonnees3", "courriel"] as const) {
      const v = str(contact[k]);
      if (!v) continue;
      const link = linkIn(v);
      if (link) addUrl(link);
      else if (k === "courriel" && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v)) {
        if (genericEmail(v)) methods.push({ type: "email", address: v });
        else diag("interop/personal-data-dropped", "info", ["contact", "courriel"], "Adresse électronique nominative : non reprise.", "A personal e-mail address: not kept.");
      } else if (org && k !== "courriel" && !CIVILITY.test(v)) appNotes.push(oneLine(v));
      else if (!org || CIVILITY.test(v)) diag("interop/personal-data-dropped", "info", ["contact", k], "Coordonnées d'une personne : non reprises.", "A person's details: not kept.");
    }
    const phone = str(contact.telephone);
    // A phone given with a person's name is that person's line: only an organisation's alone is kept.
    if (phone && org && !split.person && /^\+?[0-9 .()-]{6,20}$/.test(phone)) contactOut.phone = phone;
    else if (phone) diag("interop/personal-data-dropped", "info", ["contact", "telephone"], "Téléphone d'une personne (ou illisible) : non repris.", "A person's phone number (or unreadable): not kept.");
    const comment = str(contact.commentaire);
    if (comment) appNotes.push(comment);
  }
  const agence = isObj(o.agence) ? o.agence : undefined;
  if (agence) {
    addUrl(linkIn(str(agence.courriel)));
    if (str(agence.telephone)) dropped(["agence", "telephone"], "Téléphone de l'agence France Travail : non repris (ce n'est pas un moyen de candidature).", "Phone number of the France Travail agency: not kept (not a way to apply).");
  }
  const application: Obj = {};
  if (methods.length) application.methods = methods.slice(0, 5);
  if (Object.keys(contactOut).length) application.contact = contactOut;
  if (appNotes.length) application.note = truncate(appNotes.join(" ; "), 2000);
  if (Object.keys(application).length) p.application = application;

  // Provenance.
  const origine = isObj(o.origineOffre) ? o.origineOffre : undefined;
  const provenance: Obj = {};
  const urlOrigine = str(origine?.urlOrigine);
  if (urlOrigine && WEB_URL.test(urlOrigine)) provenance.sourceUrl = urlOrigine;
  const partner = list(origine?.partenaires).map((x) => (isObj(x) ? str(x.nom) : undefined)).find(Boolean);
  provenance.publisher = truncate(str(origine?.origine) === "2" ? `${partner ?? t("partenaire", "partner")} (${t("via", "via")} France Travail)` : "France Travail", 200);
  if (id) provenance.externalId = truncate(id, 100);
  if (options.retrievedOn && /^\d{4}-\d{2}-\d{2}$/.test(options.retrievedOn)) provenance.retrievedOn = options.retrievedOn;
  p.provenance = provenance;

  if (sections.length) p.content = { sections };

  // Fields with no place in the model.
  const qualification = str(o.qualificationLibelle);
  if (qualification) dropped(["qualificationLibelle"], `Qualification « ${qualification} » : pas de champ sans convention collective.`, `Qualification "${qualification}": no field without a collective agreement.`);
  if (str(o.codeNAF) || str(o.secteurActiviteLibelle)) dropped(["codeNAF"], `Secteur d'activité (NAF ${str(o.codeNAF) ?? "?"}, ${str(o.secteurActiviteLibelle) ?? "?"}) : pas de champ dans le modèle.`, `Sector (NAF ${str(o.codeNAF) ?? "?"}, ${str(o.secteurActiviteLibelle) ?? "?"}): no field in the model.`);
  for (const k of ["trancheEffectifEtab", "trancheEffectif", "offresManqueCandidats", "employeurHandiEngage", "offresMRS"]) {
    if (o[k] !== undefined) dropped([k], `${k} : pas de champ dans le modèle.`, `${k}: no field in the model.`);
  }
  for (const k of Object.keys(o)) if (!KNOWN.has(k)) dropped([k], `Champ « ${k} » inconnu : non repris.`, `Unknown field "${k}": not kept.`);

  if (!p.title) {
    diag("interop/missing-required", "error", ["intitule"], "Intitulé absent : offre non importée.", "No title (intitule): offer not imported.");
    return { diagnostics };
  }
  if (!p.contracts) return { diagnostics };
  const checked = ensureValidPosting(p, locale);
  diagnostics.push(...checked.diagnostics);
  return checked.posting ? { posting: checked.posting, diagnostics } : { diagnostics };
}
