import { GENDERED_JOB_NOUNS } from "./genderedJobNouns.js";
import type { Rule } from "./Rule.js";

/** "H/F", "F/H", "(H/F)", "M/F", "H/F/X", "homme ou femme", "tous genres". */
const GLOBAL_MARK = /(?<![\p{L}])(?:[hm]\s*[/-]\s*f|f\s*[/-]\s*[hm])(?![\p{L}])|hommes? ou femmes?|femmes? ou hommes?|tous genres|toutes et tous|tous et toutes/iu;

/**
 * A feminine ending written into a word: "chargé·e", "chargé.e", "chargé(e)", "chargé-e", "animateur·rice",
 * "animateur.ice", "animateur/trice". It must end the word: not followed by a letter nor by another
 * hyphen, so that the parts of a hyphenated place name ("Villeneuve-le-Roi", "Issy-les-Moulineaux") are
 * not read as marks.
 */
const WORD_MARK = /\p{L}(?:[·.•‧∙⋅\-/]|\(\s*)(?:e|fe|ne|nne|le|lle|te|tte|se|ère|ere|ière|iere|rice|trice|ice|euse|eure|ve|ive|esse|ente|ante|ée)s?\s*\)?(?![\p{L}-])/iu;

/** Words after which the rest of a segment is a complement, not the job's noun ("chargé de…"). */
const PREPOSITIONS = new Set(["de", "des", "du", "d", "pour", "en", "à", "au", "aux", "sur", "avec", "chez", "dans", "par", "auprès", "l", "la", "le", "les", "sous"]);

/** A gendered form, its gender and the forms of the other gender that double it. */
interface Hit {
  gender: "m" | "f";
  counterparts: Set<string>;
}
const BY_FORM = new Map<string, Hit>();
const addForm = (form: string, gender: "m" | "f", counterparts: string[]) => {
  const hit = BY_FORM.get(form) ?? { gender, counterparts: new Set<string>() };
  counterparts.forEach((c) => hit.counterparts.add(c));
  BY_FORM.set(form, hit);
};
for (const line of GENDERED_JOB_NOUNS) {
  const [masculine, ...feminines] = line.split("|") as [string, ...string[]];
  addForm(masculine, "m", feminines);
  for (const f of feminines) addForm(f, "f", [masculine]);
}

const strip = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");
/** Forms without accents that are other words once stripped ("charge", "attache"): not looked up. */
const COLLISIONS = new Set(["charge", "charges", "attache", "attaches"]);
const UNACCENTED = new Map<string, Hit>();
for (const [form, hit] of BY_FORM) if (!COLLISIONS.has(strip(form))) UNACCENTED.set(strip(form), hit);

const lookupOne = (word: string) => BY_FORM.get(word) ?? (word === strip(word) && !COLLISIONS.has(word) ? UNACCENTED.get(word) : undefined);
/** The form's entry, and whether the word is its plural ("salariés", "femmes"). */
const lookup = (word: string): (Hit & { plural: boolean }) | undefined => {
  const singular = lookupOne(word);
  if (singular) return { ...singular, plural: false };
  const plural = /[sx]$/.test(word) ? lookupOne(word.slice(0, -1)) : undefined;
  return plural ? { ...plural, plural: true } : undefined;
};

/**
 * The first gendered job noun of a title that is not made inclusive, with its gender, or `undefined`
 * when the title is epicene or marked. Only the head of each part of the title is judged: the first
 * gendered noun before the part's first preposition ("Responsable de l'accueil des habitants" names a
 * "responsable"); a plural noun after the part's first word names a public, not the job
 * ("Responsable accueil femmes victimes de violences", "Responsable accompagnement salariés").
 * @internal
 */
export function ungenderedTitleWord(title: string): { word: string; gender: "m" | "f" } | undefined {
  if (GLOBAL_MARK.test(title) || WORD_MARK.test(title)) return undefined;
  const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
  const present = new Set(words.flatMap((w) => [w, w.replace(/[sx]$/, ""), strip(w), strip(w).replace(/[sx]$/, "")]));
  const segments = title.toLowerCase().split(/[,;:–—|()«»"!?]|\s[-/]\s|\s+(?:et|ou)\s+/u);
  for (const segment of segments) {
    for (const [position, word] of (segment.match(/\p{L}+/gu) ?? []).entries()) {
      if (PREPOSITIONS.has(word)) break;
      const hit = lookup(word);
      if (!hit || (hit.plural && position > 0)) continue;
      if (![...hit.counterparts].some((c) => present.has(c) || present.has(strip(c)))) return { word, gender: hit.gender };
      break; // the head is doubled: the rest of the part is not judged
    }
  }
  return undefined;
}

/**
 * `title/not-gender-inclusive`: the title names the job in one gender only ("Chargé de mission",
 * "Animatrice") without "H/F", "F/H", a written feminine ending ("chargé·e", "chargé.e", "chargé(e)",
 * "chargé-e", "animateur·rice") or both forms ("animateur ou animatrice"). Epicene titles
 * ("Responsable", "Secrétaire", "Comptable", "Bénévole") pass. An offer may not mention the sex of the
 * candidate sought (Code du travail L1142-1 1°); a masculine-only title does.
 */
export const titleNotGenderInclusive: Rule = {
  code: "title/not-gender-inclusive",
  defaultSeverity: "warning",
  title: { fr: "Intitulé de poste non inclusif", en: "Job title not gender-inclusive" },
  sources: [
    { label: "Code du travail, art. L1142-1 1° (interdiction de mentionner le sexe du candidat recherché dans une offre)", url: "https://code.travail.gouv.fr/code-du-travail/l1142-1" },
    { label: "Directive (UE) 2023/970, art. 5 § 3 (intitulés de poste neutres)", url: "https://eur-lex.europa.eu/eli/dir/2023/970/oj" },
  ],
  message: {
    fr: (p) =>
      `L'intitulé désigne le poste au ${p["gender"] === "f" ? "féminin" : "masculin"} seulement (« ${p["word"] ?? "?"} ») : une offre ne peut pas mentionner le sexe du candidat recherché (Code du travail, art. L1142-1). Ajoutez « H/F » ou « F/H », écrivez les deux formes (« chargé·e », « animateur ou animatrice ») ou choisissez un intitulé épicène.`,
    en: (p) =>
      `The title names the job in the ${p["gender"] === "f" ? "feminine" : "masculine"} only ("${p["word"] ?? "?"}"): an offer may not mention the sex of the candidate sought (Code du travail, art. L1142-1). Add "H/F" or "F/H", write both forms ("chargé·e", "animateur ou animatrice") or choose an epicene title.`,
  },
  check(posting) {
    const hit = ungenderedTitleWord(posting.title);
    return hit ? [{ path: ["title"], params: hit }] : [];
  },
};
