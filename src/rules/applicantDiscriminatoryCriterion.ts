import { candidateTexts } from "./candidateTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { triggersIn, triggerWords } from "./triggerWords.js";
import { wordPattern } from "./wordPattern.js";

/**
 * Words, by criterion, one of which every match of the criterion's pattern contains (in any case): a
 * text holding none of them is not searched for that criterion (most texts hold none); the words of
 * every criterion are looked for in one pass.
 */
const TRIGGERS = triggerWords({
  nationality: ["nationalit", "français"],
  origin: ["origine", "langue maternelle"],
  sex: ["féminin", "masculin", "femme", "homme"],
  family: ["célibataire", "marié", "enfant", "famil"],
  pregnancy: ["enceinte", "grossesse"],
  appearance: ["physique", "taille", "poids", "joli"],
  religion: ["pratiquant", "confession"],
});

/**
 * Phrases that select on a criterion of L1132-1, kept narrow so that a finding is reliable:
 * nationality, origin, sex, family situation, pregnancy, physical appearance, religion.
 * ("Candidatures féminines encouragées" does not select; "bonne présentation" is ambiguous and not flagged.)
 */
const CRITERIA: readonly [criterion: keyof typeof TRIGGERS.group, fr: string, en: string, pattern: RegExp][] = [
  ["nationality", "la nationalité", "nationality", wordPattern("(?:de )?nationalité (?:française|européenne)(?: exigée| obligatoire| requise| uniquement| souhaitée)|(?:être|vous êtes|candidats?|candidates?) de nationalité (?:française|européenne)|français(?:e|es)? (?:de souche|uniquement)", "iu")],
  ["origin", "l'origine", "origin", wordPattern("(?:d['’]|de )origine (?:française|européenne|maghrébine|africaine|asiatique|étrangère)|(?:français|anglais|allemand|espagnol|arabe)e? (?:en )?langue maternelle|langue maternelle (?:française|anglaise)", "iu")],
  ["sex", "le sexe", "sex", wordPattern("(?:profil|candidat(?:ure)?s?|sexe) (?:féminin|masculin)e?s? (?:exigée?|uniquement|requise?|souhaitée?|recherchée?)|(?:exclusivement|uniquement|seulement) (?:des |aux |une |un )?(?:femmes?|hommes?)|(?:femmes?|hommes?) (?:uniquement|exclusivement|seulement)|(?:réservée?|ouverte?) (?:exclusivement |uniquement )?aux (?:femmes|hommes)|(?:poste|offre|mission) réservée? aux (?:femmes|hommes)", "iu")],
  ["family", "la situation de famille", "family situation", wordPattern("(?:vous (?:êtes|serez)|être|candidate?s?) (?:célibataires?|mariée?s?|sans enfants?)|sans charges? de famille|pas d['’]enfants? à charge|situation (?:familiale|de famille) (?:compatible|adaptée)", "iu")],
  ["pregnancy", "la grossesse", "pregnancy", wordPattern("(?:pas|non) enceinte|sans projet de grossesse|(?:pas|aucun) de projet de grossesse", "iu")],
  ["appearance", "l'apparence physique", "physical appearance", wordPattern("physique (?:agréable|avantageux)|(?:taille|poids) (?:minimum|maximum|exigée?)|joli(?:e)? (?:visage|silhouette)", "iu")],
  ["religion", "les convictions religieuses", "religious beliefs", wordPattern("(?:catholique|musulmane?|juive?|protestante?|chrétienne?) pratiquante?|de confession (?:catholique|musulmane|juive|protestante|chrétienne) (?:exigée|obligatoire|requise|souhaitée)", "iu")],
];


/**
 * `applicant/discriminatory-criterion`: the posting selects on a criterion of Code du travail L1132-1
 * (nationality or origin, sex, family situation, pregnancy, physical appearance, religion…), which no
 * offer may mention (L5321-2, L1142-1 for sex and family situation). Age has its own rule
 * (`applicant/age-limit`). A service civique's nationality condition is the scheme's own and is not
 * flagged; nor is the right to work in France. A native-language requirement ("langue maternelle")
 * is treated as one on origin, as the Défenseur des droits does: ask for a level instead. Only the
 * texts describing the candidate are read (title, profile, requirements, eligibility), not the missions.
 */
export const applicantDiscriminatoryCriterion: Rule = {
  code: "applicant/discriminatory-criterion",
  defaultSeverity: "error",
  title: { fr: "Critère discriminatoire dans l'offre", en: "Discriminatory criterion in the posting" },
  sources: [
    { label: "Code du travail, art. L1132-1 (critères de discrimination prohibés)", url: "https://code.travail.gouv.fr/code-du-travail/l1132-1" },
    { label: "Code du travail, art. L5321-2 (aucune offre ne peut faire référence aux critères de L1132-1)", url: "https://code.travail.gouv.fr/code-du-travail/l5321-2" },
    { label: "Code du travail, art. L1142-1 (sexe et situation de famille dans une offre)", url: "https://code.travail.gouv.fr/code-du-travail/l1142-1" },
    { label: "Code pénal, art. 225-1 et 225-2", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719" },
  ],
  message: {
    fr: (p) =>
      `L'offre sélectionne sur ${p["criterion"] ?? "un critère prohibé"}${p["excerpt"] ? ` (« ${p["excerpt"]} »)` : ""} : aucune offre ne peut faire référence aux critères de discrimination de l'article L1132-1 du Code du travail (art. L5321-2).`,
    en: (p) =>
      `The posting selects on ${p["criterionEn"] ?? "a prohibited criterion"}${p["excerpt"] ? ` ("${p["excerpt"]}")` : ""}: no job offer may refer to the discrimination criteria of Code du travail art. L1132-1 (art. L5321-2).`,
  },
  check(posting, context) {
    const serviceCivique = posting.contracts.some((c) => c.type === "service-civique");
    const findings: RuleFinding[] = [];
    for (const { path, text } of candidateTexts(posting, context)) {
      const found = triggersIn(text, TRIGGERS);
      if (found === 0) continue;
      for (const [criterion, fr, en, pattern] of CRITERIA) {
        if (criterion === "nationality" && serviceCivique) continue;
        if (!(found & TRIGGERS.group[criterion])) continue;
        const m = pattern.exec(text);
        if (m) findings.push({ path, params: { criterion: fr, criterionEn: en, excerpt: m[0] } });
      }
    }
    posting.requirements?.languages?.forEach((l, i) => {
      if (l.level === "native" && l.strength === "required") findings.push({ path: ["requirements", "languages", i, "level"], params: { criterion: "l'origine (langue maternelle exigée)", criterionEn: "origin (native language required)" } });
    });
    return findings;
  },
};
