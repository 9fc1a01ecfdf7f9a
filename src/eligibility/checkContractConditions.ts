import { apprenticeAgeLimitExceptions } from "../parameters/apprenticeship/apprenticeAgeLimitExceptions.js";
import { apprenticeMaximumAge } from "../parameters/apprenticeship/apprenticeMaximumAge.js";
import { apprenticeMinimumAge } from "../parameters/apprenticeship/apprenticeMinimumAge.js";
import { apprenticeMinimumAgeAfterCollege } from "../parameters/apprenticeship/apprenticeMinimumAgeAfterCollege.js";
import { professionalisationYouthAgeRange } from "../parameters/professionalisation/professionalisationYouthAgeRange.js";
import { serviceCiviqueRulesAt } from "../parameters/serviceCivique/serviceCiviqueRulesAt.js";
import { valueAt } from "../parameters/valueAt.js";
import type { EligibilityContext } from "./EligibilityContext.js";
import type { ConditionResult, EligibilityConditionCheck } from "./EligibilityResult.js";
import { combineResults } from "./combineResults.js";

const SOURCES = {
  serviceCiviqueAge: {
    label: "Code du service national, art. L120-1 (16 à 25 ans ; 30 ans pour les personnes en situation de handicap)",
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000021960426",
  },
  serviceCiviqueOnce: {
    label: "Service-public.fr, « Engagement de service civique » (F13278) : un seul service civique par volontaire",
    url: "https://www.service-public.fr/particuliers/vosdroits/F13278",
  },
  serviceCiviqueNationality: {
    label: "Code du service national, art. L120-4",
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000021960410",
  },
  apprenticeshipAge: {
    label: "Code du travail, art. L6222-1, L6222-2 et D6222-1",
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385933",
  },
  professionalisation: { label: "Code du travail, art. L6325-1", url: "https://code.travail.gouv.fr/code-du-travail/l6325-1" },
  alternance: { label: "Code du travail, art. L6222-1 (apprentissage) et L6325-1 (contrat de professionnalisation)" },
  stage: { label: "Code de l'éducation, art. L124-1 (stage intégré à un cursus, convention tripartite)" },
  insertion: { label: "Code du travail, art. L5132-1 et L5132-3 (éligibilité à l'insertion par l'activité économique)" },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function check(
  ctx: EligibilityContext,
  index: number,
  condition: string,
  result: ConditionResult,
  detail: string,
  legalSource: { label: string; url?: string },
  unverified = false,
): EligibilityConditionCheck {
  return {
    source: "contract",
    path: ["contracts", index],
    condition,
    result,
    reason: `${detail} ${ctx.conclusion(result)}`,
    legalSource,
    contract: index,
    ...(unverified ? { unverified: true } : {}),
  };
}

function serviceCivique(ctx: EligibilityContext, index: number, contract: Record<string, unknown>): EligibilityConditionCheck[] {
  const out: EligibilityConditionCheck[] = [];
  const facts = ctx.facts;

  ctx.reset();
  const rules = serviceCiviqueRulesAt(ctx.ageFrom);
  if (!rules) {
    out.push(
      check(
        ctx,
        index,
        "service-civique/age",
        "unknown",
        ctx.t(`Aucune règle d'âge du service civique connue au ${ctx.ageFrom}.`, `No service civique age rule is known on ${ctx.ageFrom}.`),
        SOURCES.serviceCiviqueAge,
      ),
    );
  } else {
    const adultsOnly = contract.openToMinors === false;
    const min = adultsOnly ? Math.max(18, rules.minAge) : rules.minAge;
    const maxDisability = rules.maxAgeDisability ?? rules.maxAge;
    const result = ctx.overAges((a) => {
      if (a < min) return "not-met";
      if (a <= rules.maxAge) return "met";
      if (a <= maxDisability) return ctx.flag("disability");
      return "not-met";
    });
    const rule =
      rules.maxAgeDisability === undefined
        ? ctx.t(`Le service civique est ouvert de ${rules.minAge} à ${rules.maxAge} ans.`, `Service civique is open from ${rules.minAge} to ${rules.maxAge}.`)
        : ctx.t(
            `Le service civique est ouvert de ${rules.minAge} à ${rules.maxAge} ans, jusqu'à ${rules.maxAgeDisability} ans pour une personne en situation de handicap.`,
            `Service civique is open from ${rules.minAge} to ${rules.maxAge}, up to ${rules.maxAgeDisability} for a person with a disability.`,
          );
    const minors = adultsOnly ? ctx.t(" Cette mission n'accueille pas de mineurs.", " This mission does not take minors.") : "";
    const disability =
      ctx.age && ctx.age.max > rules.maxAge && ctx.age.min <= maxDisability && facts.disability !== undefined
        ? facts.disability
          ? ctx.t(" Handicap reconnu : oui.", " Recognised disability: yes.")
          : ctx.t(" Handicap reconnu : non.", " Recognised disability: no.")
        : "";
    out.push(check(ctx, index, "service-civique/age", result, `${ctx.ageText()} ${rule}${minors}${disability}`, SOURCES.serviceCiviqueAge, !rules.verified));
  }

  ctx.reset();
  const once = ctx.flag("previousServiceCivique", false);
  out.push(
    check(
      ctx,
      index,
      "service-civique/previous-engagement",
      once,
      facts.previousServiceCivique
        ? ctx.t("La personne a déjà effectué un service civique ; on ne peut en faire qu'un.", "The candidate already did a service civique; one may do only one.")
        : ctx.t("On ne peut faire qu'un seul service civique.", "One may do only one service civique."),
      SOURCES.serviceCiviqueOnce,
    ),
  );

  ctx.reset();
  let nationality: ConditionResult;
  if (facts.nationality === undefined) nationality = ctx.lacks("nationality");
  else if (facts.nationality === "fr" || facts.nationality === "eu-eea") nationality = "met";
  else nationality = ctx.flag("serviceCiviqueResidencePermit");
  out.push(
    check(
      ctx,
      index,
      "service-civique/nationality",
      nationality,
      ctx.t(
        "Le service civique est ouvert aux ressortissants français, de l'Union européenne ou de l'EEE, et aux étrangers titulaires de certains titres de séjour (le plus souvent avec plus d'un an de résidence).",
        "Service civique is open to French, EU and EEA nationals, and to foreigners holding certain residence permits (usually with more than a year of residence).",
      ),
      SOURCES.serviceCiviqueNationality,
    ),
  );
  return out;
}

function apprenticeship(ctx: EligibilityContext, index: number): EligibilityConditionCheck {
  ctx.reset();
  const date = ctx.ageFrom;
  const min = valueAt(apprenticeMinimumAge, date);
  const minCollege = valueAt(apprenticeMinimumAgeAfterCollege, date);
  const max = valueAt(apprenticeMaximumAge, date);
  if (!min || !max) {
    return check(
      ctx,
      index,
      "apprentissage/age",
      "unknown",
      ctx.t(`Les limites d'âge de l'apprentissage ne sont pas connues au ${date}.`, `The apprenticeship age limits are not known on ${date}.`),
      SOURCES.apprenticeshipAge,
    );
  }
  const exceptions = apprenticeAgeLimitExceptions.filter((e) => e.effectiveFrom <= date);
  const listed = ctx.facts.apprenticeshipAgeExceptions;
  const unverified = [min, max, minCollege].some((v) => v && !v.verified) || exceptions.some((e) => !e.verified);
  const result = ctx.overAges((a) => {
    const lower: ConditionResult =
      a >= min.value ? "met" : minCollege && a >= minCollege.value ? ctx.flag("completedCollege") : "not-met";
    if (lower === "not-met") return "not-met";
    if (a <= max.value) return lower;
    const cases = exceptions.map((e): ConditionResult => {
      const withinCap = e.maxAgeAtConclusion === null || a <= e.maxAgeAtConclusion;
      if (!withinCap) return "not-met";
      if (e.id === "disabled-worker") return ctx.flag("rqth");
      if (!listed) return ctx.lacks("apprenticeshipAgeExceptions");
      return (listed as readonly string[]).includes(e.id) ? "met" : "not-met";
    });
    return combineResults("all", [lower, combineResults("any", cases)]);
  });
  const capped = exceptions.find((e) => e.maxAgeAtConclusion !== null)?.maxAgeAtConclusion;
  const rule = ctx.t(
    `L'apprentissage est ouvert de ${min.value} à ${max.value} ans révolus au début du contrat` +
      (minCollege ? `, dès ${minCollege.value} ans après la 3e` : "") +
      " ; sans limite d'âge avec une RQTH, un projet de création ou de reprise d'entreprise ou pour un sportif de haut niveau" +
      (capped ? ` ; jusqu'à ${capped} ans quand le contrat fait suite à un précédent contrat d'apprentissage.` : "."),
    `Apprenticeship is open from ${min.value} to ${max.value} (completed years) at the start of the contract` +
      (minCollege ? `, from ${minCollege.value} after the 3e` : "") +
      "; with no age limit for a recognised disabled worker (RQTH), a business creation or takeover project or a high-level athlete" +
      (capped ? `; up to ${capped} when the contract follows a previous apprenticeship.` : "."),
  );
  return check(ctx, index, "apprentissage/age", result, `${ctx.ageText()} ${rule}`, SOURCES.apprenticeshipAge, unverified);
}

function professionalisation(ctx: EligibilityContext, index: number): EligibilityConditionCheck {
  ctx.reset();
  const youth = valueAt(professionalisationYouthAgeRange, ctx.ageFrom);
  if (!youth) {
    return check(
      ctx,
      index,
      "professionnalisation/public",
      "unknown",
      ctx.t(`Le public du contrat de professionnalisation n'est pas connu au ${ctx.ageFrom}.`, `The public of the contrat de professionnalisation is not known on ${ctx.ageFrom}.`),
      SOURCES.professionalisation,
    );
  }
  const { min, max } = youth.value;
  const facts = ctx.facts;
  const young = ctx.overAges((a) => (a >= min && a <= max ? "met" : "not-met"));
  const olderJobseeker = combineResults("all", [ctx.overAges((a) => (a > max ? "met" : "not-met")), ctx.flag("jobseeker")]);
  const benefit: ConditionResult = facts.benefits
    ? facts.benefits.some((b) => b === "rsa" || b === "ass" || b === "aah")
      ? "met"
      : "not-met"
    : ctx.lacks("benefits");
  const aided = ctx.flag("hadAidedContract");
  const result = combineResults("any", [young, olderJobseeker, benefit, aided]);
  if (result !== "unknown") ctx.reset();
  const rule = ctx.t(
    `Le contrat de professionnalisation est ouvert aux ${min}–${max} ans, aux demandeurs d'emploi de ${max + 1} ans et plus, aux bénéficiaires du RSA, de l'ASS ou de l'AAH et aux personnes ayant eu un contrat unique d'insertion.`,
    `The contrat de professionnalisation is open to people aged ${min}–${max}, jobseekers aged ${max + 1} or more, RSA, ASS or AAH recipients and people who held a contrat unique d'insertion.`,
  );
  return check(ctx, index, "professionnalisation/public", result, `${ctx.ageText()} ${rule}`, SOURCES.professionalisation, !youth.verified);
}

/**
 * An alternance whose kind is not chosen (`type: "alternance"`): the hire signs an apprenticeship
 * contract or a contrat de professionnalisation, so meeting the conditions of either is enough. One
 * check, `alternance/public`, met when either kind's is, not met when neither is, unknown otherwise
 * (for want of the facts of the kinds that cannot be told), its reason giving each kind's.
 */
function alternance(ctx: EligibilityContext, index: number): EligibilityConditionCheck {
  // Each check starts with ctx.reset(), which replaces the set of missing facts: each kind's is kept.
  const byApprenticeship = apprenticeship(ctx, index);
  const apprenticeshipMissing = ctx.missing;
  const byProfessionalisation = professionalisation(ctx, index);
  const professionalisationMissing = ctx.missing;
  const kinds = [byApprenticeship, byProfessionalisation] as const;
  const result = combineResults("any", kinds.map((k) => k.result));
  ctx.reset();
  if (result === "unknown") {
    if (kinds[0].result === "unknown") for (const m of apprenticeshipMissing) ctx.missing.add(m);
    if (kinds[1].result === "unknown") for (const m of professionalisationMissing) ctx.missing.add(m);
  }
  const detail = ctx.t(
    `Une alternance se conclut par un contrat d'apprentissage ou un contrat de professionnalisation : remplir les conditions de l'un des deux suffit. Apprentissage : ${kinds[0].reason} Contrat de professionnalisation : ${kinds[1].reason}`,
    `An alternance is signed as an apprenticeship contract or a contrat de professionnalisation: meeting the conditions of either is enough. Apprenticeship: ${kinds[0].reason} Contrat de professionnalisation: ${kinds[1].reason}`,
  );
  return check(ctx, index, "alternance/public", result, detail, SOURCES.alternance, kinds.some((k) => k.unverified === true));
}

/**
 * The legal conditions a contract puts on the person who signs it: service civique (age, one
 * engagement per person, nationality), apprenticeship (age and its exceptions), contrat de
 * professionnalisation (its public), alternance of unchosen kind (either's), stage (enrolment in education), insertion contracts (IAE
 * eligibility, decided by a prescriber). Age limits come from the dated reference data. Never throws.
 * @internal
 * @example
 * ```ts
 * checkContractConditions(ctx, { type: "stage" }, 1)[0]?.condition; // "stage/student"
 * ```
 */
export function checkContractConditions(ctx: EligibilityContext, contract: unknown, index: number): EligibilityConditionCheck[] {
  if (!isRecord(contract)) return [];
  switch (contract.type) {
    case "service-civique":
      return serviceCivique(ctx, index, contract);
    case "apprentissage":
      return [apprenticeship(ctx, index)];
    case "professionnalisation":
      return [professionalisation(ctx, index)];
    case "alternance":
      return [alternance(ctx, index)];
    case "stage": {
      ctx.reset();
      const result = ctx.flag("student");
      return [
        check(
          ctx,
          index,
          "stage/student",
          result,
          ctx.t(
            "Un stage suppose d'être inscrit·e dans un cursus d'enseignement, avec une convention signée par l'établissement.",
            "An internship requires enrolment in a course of education, with an agreement signed by the school.",
          ),
          SOURCES.stage,
        ),
      ];
    }
    case "insertion": {
      ctx.reset();
      return [
        check(
          ctx,
          index,
          "insertion/eligibility",
          "unknown",
          ctx.t(
            "L'accès à un contrat d'insertion dépend d'un diagnostic d'éligibilité fait par un prescripteur (France Travail, Mission locale, Cap emploi…) : à vérifier avec lui.",
            "Access to an insertion contract depends on an eligibility assessment by a prescriber (France Travail, Mission locale, Cap emploi…): check with them.",
          ),
          SOURCES.insertion,
        ),
      ];
    }
    default:
      return [];
  }
}
