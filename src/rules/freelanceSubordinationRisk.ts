import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { durationInMonths } from "./durationInMonths.js";
import { postingTexts } from "./postingTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { isNegated } from "./isNegated.js";
import { triggersIn, triggerWords } from "./triggerWords.js";
import { wordPattern } from "./wordPattern.js";

/** A person or a role one can be placed under ("la directrice", "le bureau", "notre responsable"). */
const PERSON =
  "(?:(?:le|la|l['’]|les|un|une|des|du|au|aux|à la|à l['’]|notre|nos|votre|vos|son|sa|ses|leur|leurs)\\s*)?(?:(?:co-?)?direct(?:eur|rice|ion)|responsables?|coordinat(?:eur|rice)|coordonnat(?:eur|rice)|chef(?:fe)?s?|managers?|manageuse|présidente?|vice-présidente?|bureau|conseil d['’]administration|délégué(?:e)?s?|pilotes?|référente?s?|tut(?:eur|rice)s?|supérieure?s?|encadrante?s?|salariée?s?|membres?|gérante?s?|secrétaires? générale?s?|trésori(?:er|ère)|dirigeante?s?|DG|DRH)";

/** Words that make hours recurring, hence imposed: "tous les jours", "du lundi au vendredi", "chaque matin". */
const RECURRING = /(?<!\p{L})(?:tous les|toutes les|chaque|du lundi au|du mardi au|quotidien(?:ne)?(?:ment)?|par jour|en semaine)(?!\p{L})/iu;

/**
 * Words one of which every match of a sign contains (in any case), by sign: a text holding none is
 * not searched for that sign (most texts hold none).
 */
const TRIGGERS = triggerWords({
  integration: ["à part entière", "intégr"],
  supervisor: ["sous l", "rattaché", "encadré", "hiérarchique", "compte à", "compte au"],
  schedule: ["horaire", "présence obligatoire"],
  exclusive: ["exclusi", "aucun autre client"],
  // Every time range starts with "de" or "entre", a space and a digit ("de 9h à 17h", "entre 9 h et 12 h").
  timeRange: [..."0123456789"].flatMap((d) => [`de ${d}`, `entre ${d}`]),
});

/** The kinds of signs read in the texts, and their bits in a mask of the kinds a text has shown. */
type Kind = "integration" | "supervisor" | "schedule" | "exclusive";
const KIND_BIT: Readonly<Record<Kind, number>> = { integration: 1, supervisor: 2, schedule: 4, exclusive: 8 };

/**
 * A digit followed by "h" in any case, with or without a white-space character between ("9h", "9 H"),
 * as every time range has: tested only on a text that holds a time range's trigger words.
 */
const HOUR = /\d\s?h/iu;

/**
 * Signs of subordination in the text: the kind each is a sign of, its trigger words, a test of the
 * sentence it is in, and a test of the text that every text with a match passes (run once the
 * trigger words are found).
 */
const SIGNS: readonly [kind: Kind, trigger: keyof typeof TRIGGERS.group, pattern: RegExp, sentenceTest?: RegExp, textTest?: RegExp][] = [
  ["integration", "integration", wordPattern("membres? à part entière(?: de l['’]équipe)?|intégrée?s? (?:à|dans|au sein de) (?:l['’]|notre |nos |votre |une )?équipes?")],
  [
    "supervisor",
    "supervisor",
    wordPattern(
      `sous l['’](?:autorité|encadrement)|sous la (?:responsabilité|direction|supervision|hiérarchie)|rattachée? (?:hiérarchiquement )?(?:à|au|aux) ?${PERSON}|encadrée? par ${PERSON}|supérieure? hiérarchique|rend(?:ra|rez)? compte (?:à|au)`,
    ),
  ],
  ["schedule", "schedule", wordPattern("horaires? (?:fixes?|imposée?s?|de bureau)|présence obligatoire")],
  // A time range is an imposed timetable only when it recurs ("du lundi au vendredi de 9h à 17h"), not
  // for a session ("atelier le samedi de 10h à 12h", "formation de 2 jours, de 9h à 17h").
  ["schedule", "timeRange", wordPattern("(?:de|entre) \\d{1,2}\\s?h(?:\\s?\\d{2})?\\s?(?:à|et|-)\\s?\\d{1,2}\\s?h"), RECURRING, HOUR],
  ["exclusive", "exclusive", wordPattern("exclusivité|à titre exclusif|exclusivement (?:pour|au service de)|aucun autre client")],
];

/**
 * The first match of a sign in a text that is neither negated nor, for a time range, a one-off session.
 * The sentence around a match (from the last "." or line break before it to the next one) is found and
 * tested once per sentence, not once per match, so that a text of many matches costs linear time.
 */
function firstSign(text: string, pattern: RegExp, sentenceTest: RegExp | undefined): string | undefined {
  let sentenceEnd = -1;
  let sentencePasses = false;
  for (const m of text.matchAll(pattern)) {
    if (isNegated(text, m.index)) continue;
    if (sentenceTest) {
      if (m.index >= sentenceEnd) {
        const start = Math.max(text.lastIndexOf(".", m.index), text.lastIndexOf("\n", m.index)) + 1;
        SENTENCE_END.lastIndex = m.index;
        const end = SENTENCE_END.exec(text)?.index ?? text.length;
        sentencePasses = sentenceTest.test(text.slice(start, end));
        sentenceEnd = end;
      }
      if (!sentencePasses) continue;
    }
    return m[0];
  }
  return undefined;
}

const SENTENCE_END = /[.\n]/gu;

/** A freelance contract other than portage salarial (whose consultant is an employee of the portage company). */
const isJudged = (c: JobPosting["contracts"][number]) => c.type === "freelance" && c.status !== "portage-salarial";

/**
 * `freelance/subordination-risk`: signs that a freelance mission is employment in disguise. The
 * presumption that a registered independent is not an employee falls when the work is done in a
 * permanent link of subordination (Code du travail L8221-6): work under the authority of someone who
 * gives orders, controls their execution and sanctions failures (Cass. soc. 13 novembre 1996,
 * n° 94-13.187, Société générale), for instance inside an organised service. Signs looked for: the
 * freelancer made a member of the team, a supervisor (in the text or as `reporting.reportsTo`, with
 * regular activity reports), imposed hours (fixed hours, or a time range that recurs: "du lundi au
 * vendredi de 9h à 17h", not "atelier le samedi de 10h à 12h"), exclusivity, a mission of more than
 * twelve months. A negated sign ("aucune exclusivité", "sans lien de subordination ni horaires
 * imposés") is not one; "encadré·e par" and "rattaché·e à" count only before a person or a role
 * ("encadrée par une convention de prestation", "rattachée au programme Erasmus+" do not). Portage salarial is not judged (the consultant is an employee of the portage
 * company). One finding per sign.
 */
export const freelanceSubordinationRisk: Rule = {
  code: "freelance/subordination-risk",
  defaultSeverity: "warning",
  title: { fr: "Mission freelance ressemblant à un emploi salarié", en: "Freelance mission that looks like employment" },
  sources: [
    { label: "Code du travail, art. L8221-6 (présomption de non-salariat, renversée par un lien de subordination juridique permanent)", url: "https://code.travail.gouv.fr/code-du-travail/l8221-6" },
    { label: "Code du travail, art. L8221-6-1 (travailleur indépendant)", url: "https://code.travail.gouv.fr/code-du-travail/l8221-6-1" },
    { label: "Cour de cassation, ch. soc., 13 novembre 1996, n° 94-13.187 (Société générale : définition du lien de subordination)", url: "https://www.legifrance.gouv.fr/juri/id/JURITEXT000007035180" },
  ],
  message: {
    fr: (p) => {
      const sign =
        p["kind"] === "integration"
          ? `le prestataire est intégré à l'équipe (« ${p["excerpt"]} »)`
          : p["kind"] === "supervisor"
            ? `le prestataire travaille sous l'autorité d'une personne (« ${p["excerpt"]} »)`
            : p["kind"] === "schedule"
              ? `des horaires sont imposés (« ${p["excerpt"]} »)`
              : p["kind"] === "exclusive"
                ? `la mission est exclusive (« ${p["excerpt"]} »)`
                : p["kind"] === "reports"
                  ? `le prestataire rend régulièrement compte de son activité à une personne désignée (« ${p["excerpt"]} »), signe d'un contrôle de l'exécution`
                  : p["kind"] === "long"
                  ? `la mission dure plus de 12 mois (${p["months"]} mois)`
                  : "la mission présente des indices de subordination";
      return `Risque de requalification en contrat de travail : ${sign}. Un prestataire indépendant organise lui-même son travail ; s'il travaille sous l'autorité du client, qui lui donne des ordres, en contrôle l'exécution et peut le sanctionner, la mission est un emploi salarié déguisé (Code du travail, art. L8221-6 ; Cass. soc., 13 novembre 1996, n° 94-13.187).`;
    },
    en: (p) => {
      const sign =
        p["kind"] === "integration"
          ? `the provider is made part of the team ("${p["excerpt"]}")`
          : p["kind"] === "supervisor"
            ? `the provider works under someone's authority ("${p["excerpt"]}")`
            : p["kind"] === "schedule"
              ? `hours are imposed ("${p["excerpt"]}")`
              : p["kind"] === "exclusive"
                ? `the mission is exclusive ("${p["excerpt"]}")`
                : p["kind"] === "reports"
                  ? `the provider reports regularly on their activity to a designated person ("${p["excerpt"]}"), a sign that the work is controlled`
                  : p["kind"] === "long"
                  ? `the mission lasts more than 12 months (${p["months"]} months)`
                  : "the mission shows signs of subordination";
      return `Risk of requalification as an employment contract: ${sign}. An independent provider organises their own work; one who works under the client's authority, receiving orders, controlled and liable to sanctions, is an employee in disguise (Code du travail, art. L8221-6; Cass. soc., 13 November 1996, no. 94-13.187).`;
    },
  },
  check(posting, context) {
    // Nothing is read unless a contract is a freelance one judged here.
    const contracts = posting.contracts;
    let judged = false;
    for (let i = 0; i < contracts.length && !judged; i++) judged = isJudged(contracts[i]!);
    if (!judged) return [];
    const findings: RuleFinding[] = [];
    const sites = postingTexts(posting, context);
    for (let t = 0; t < sites.length; t++) {
      const { path, text } = sites[t]!;
      if (path[0] === "title") continue;
      const found = triggersIn(text, TRIGGERS);
      if (found === 0) continue; // most texts: no sign's words
      let kinds = 0;
      for (let s = 0; s < SIGNS.length; s++) {
        const [kind, trigger, pattern, sentenceTest, textTest] = SIGNS[s]!;
        if (kinds & KIND_BIT[kind]) continue;
        if (!(found & TRIGGERS.group[trigger]) || (textTest && !textTest.test(text))) continue;
        const excerpt = firstSign(text, pattern, sentenceTest);
        if (excerpt === undefined) continue;
        kinds |= KIND_BIT[kind];
        findings.push({ path, params: { kind, excerpt } });
      }
    }
    // The structured reporting line (`reporting`): a person the provider reports to is a supervisor.
    const reporting = posting.reporting;
    if (reporting?.reportsTo)
      findings.push({ path: ["reporting", "reportsTo"], params: { kind: reporting.regularReports ? "reports" : "supervisor", excerpt: reporting.reportsTo } });
    for (let i = 0; i < contracts.length; i++) {
      const c = contracts[i]!;
      if (!isJudged(c) || c.type !== "freelance") continue;
      const months = durationInMonths(c.duration, "longest");
      if (months !== undefined && months > 12 + 1e-9) findings.push({ path: ["contracts", i, "duration"], params: { kind: "long", months: Math.round(months * 10) / 10 } });
    }
    return findings;
  },
};
