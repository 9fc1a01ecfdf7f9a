import { valueAt } from "../parameters/valueAt.js";
import type { EligibilityContext } from "./EligibilityContext.js";
import type { ConditionResult, EligibilityConditionCheck } from "./EligibilityResult.js";
import { adulteRelaisMinAge } from "../parameters/adulteRelais/adulteRelaisMinAge.js";

const ADULTE_RELAIS = {
  label: "Code du travail, art. L5134-102 (adultes-relais)",
  url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000044043083",
};
const PEC = { label: "Code du travail, art. L5134-20 (contrat d'accompagnement dans l'emploi, parcours emploi compétences)" };
const IAE = { label: "Code du travail, art. L5132-1 et L5132-3 (insertion par l'activité économique)" };
const EMPLOI_TREMPLIN = {
  label: "Défi métiers, « Emploi-tremplin » (dispositif de la Région Île-de-France, 2004–2015)",
  url: "https://www.defi-metiers.fr/dispositifs/emploi-tremplin",
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The conditions a public scheme puts on the person hired: adulte-relais (minimum age, without a job,
 * living in a QPV); emploi-tremplin (its public, when the posting does not state it); PEC, CUI-CIE and
 * IAE (a prescriber's decision: unknown). `statedEligibility` tells whether the posting states its own
 * groups (the emploi-tremplin public is then the posting's). Never throws.
 * @internal
 * @example
 * ```ts
 * checkSchemeConditions(ctx, { type: "adulte-relais" }, 0, false).map((c) => c.condition);
 * // ["adulte-relais/age", "adulte-relais/jobseeker", "adulte-relais/qpv-resident"]
 * ```
 */
export function checkSchemeConditions(ctx: EligibilityContext, scheme: unknown, index: number, statedEligibility: boolean): EligibilityConditionCheck[] {
  if (!isRecord(scheme)) return [];
  const path = ["schemes", index];
  const make = (condition: string, result: ConditionResult, detail: string, legalSource: { label: string; url?: string }): EligibilityConditionCheck => ({
    source: "scheme",
    path,
    condition,
    result,
    reason: `${detail} ${ctx.conclusion(result)}`,
    legalSource,
  });
  switch (scheme.type) {
    case "adulte-relais": {
      const out: EligibilityConditionCheck[] = [];
      ctx.reset();
      const min = valueAt(adulteRelaisMinAge, ctx.ageFrom);
      if (!min) {
        out.push(
          make(
            "adulte-relais/age",
            "unknown",
            ctx.t(`L'âge minimum d'un adulte-relais n'est pas connu au ${ctx.ageFrom}.`, `The minimum age of an adulte-relais is not known on ${ctx.ageFrom}.`),
            ADULTE_RELAIS,
          ),
        );
      } else {
        const result = ctx.overAges((a) => (a >= min.value ? "met" : "not-met"));
        out.push(
          make(
            "adulte-relais/age",
            result,
            `${ctx.ageText()} ${ctx.t(`Un adulte-relais a au moins ${min.value} ans.`, `An adulte-relais is at least ${min.value}.`)}`,
            { label: min.sources[0]!.label, ...(min.sources[0]!.url ? { url: min.sources[0]!.url } : {}) },
          ),
        );
      }
      ctx.reset();
      out.push(
        make(
          "adulte-relais/jobseeker",
          ctx.flag("jobseeker"),
          ctx.t(
            "Un adulte-relais est sans emploi au recrutement (ou en contrat d'accompagnement dans l'emploi, qui prend alors fin).",
            "An adulte-relais is without a job when hired (or in a contrat d'accompagnement dans l'emploi, which then ends).",
          ),
          ADULTE_RELAIS,
        ),
      );
      ctx.reset();
      out.push(
        make(
          "adulte-relais/qpv-resident",
          ctx.flag("qpvResident"),
          ctx.t(
            "Un adulte-relais réside dans un quartier prioritaire de la politique de la ville (le préfet peut y déroger).",
            "An adulte-relais lives in a priority neighbourhood, QPV (the prefect may waive it).",
          ),
          ADULTE_RELAIS,
        ),
      );
      return out;
    }
    case "emploi-tremplin":
      if (statedEligibility) return [];
      ctx.reset();
      return [
        make(
          "emploi-tremplin/public",
          "unknown",
          ctx.t(
            "Le public de l'emploi-tremplin (Île-de-France) a varié selon les versions du dispositif et l'offre ne le précise pas : à vérifier avec l'employeur.",
            "The public of the emploi-tremplin (Île-de-France) varied across versions of the scheme and the posting does not state it: check with the employer.",
          ),
          EMPLOI_TREMPLIN,
        ),
      ];
    case "pec":
    case "cui-cie":
      ctx.reset();
      return [
        make(
          `${scheme.type}/prescription`,
          "unknown",
          ctx.t(
            "L'accès à un contrat aidé est décidé par un prescripteur (France Travail, Mission locale, Cap emploi, conseil départemental) après un diagnostic : à vérifier avec lui.",
            "Access to an aided contract is decided by a prescriber (France Travail, Mission locale, Cap emploi, département) after an assessment: check with them.",
          ),
          PEC,
        ),
      ];
    case "iae":
      ctx.reset();
      return [
        make(
          "iae/eligibility",
          "unknown",
          ctx.t(
            "Un poste en insertion par l'activité économique demande un diagnostic d'éligibilité par un prescripteur : à vérifier avec lui.",
            "A job in insertion par l'activité économique requires an eligibility assessment by a prescriber: check with them.",
          ),
          IAE,
        ),
      ];
    default:
      return [];
  }
}
