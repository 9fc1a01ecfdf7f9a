import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { duration } from "./duration.js";
import type { OfferReader } from "./OfferReader.js";
import { str, list, key } from "./offerValue.js";

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

/** Requirements (experience, education, languages, licences, skills, qualities). */
export function readRequirements(reader: OfferReader): void {
  const { o, p, t, diag, dropped } = reader;
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
}
