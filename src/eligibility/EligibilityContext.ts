import type { Candidate } from "./CandidateSchema.js";
import type { ConditionResult } from "./EligibilityResult.js";
import { ageRange } from "./ageRange.js";

/** What an unknown result lacks, in each locale. */
const FACT_NAMES: Record<string, { fr: string; en: string }> = {
  age: { fr: "l'âge ou la date de naissance", en: "the age or birth date" },
  disability: { fr: "la reconnaissance éventuelle d'un handicap", en: "whether a disability is recognised" },
  rqth: { fr: "la RQTH", en: "the RQTH (recognised disabled worker status)" },
  registrations: { fr: "les inscriptions (France Travail, Mission locale, Cap emploi)", en: "the registrations (France Travail, Mission locale, Cap emploi)" },
  registrationMonths: { fr: "la durée d'inscription", en: "how long the candidate has been registered" },
  jobseeker: { fr: "la situation d'emploi", en: "whether the candidate has a job" },
  student: { fr: "l'inscription dans un cursus d'enseignement", en: "enrolment in a course of education" },
  qpvResident: { fr: "la résidence en QPV", en: "residence in a QPV" },
  benefits: { fr: "les allocations perçues", en: "the benefits received" },
  educationLevel: { fr: "le niveau de diplôme", en: "the diploma level" },
  completedCollege: { fr: "l'achèvement ou non de la 3e", en: "whether the 3e (collège) was completed" },
  apprenticeshipAgeExceptions: { fr: "les éventuelles autres dérogations à la limite d'âge (L6222-2)", en: "the other exceptions to the age limit (L6222-2)" },
  hadAidedContract: { fr: "l'existence d'un contrat aidé antérieur (CUI)", en: "a previous aided contract (CUI)" },
  previousServiceCivique: { fr: "l'existence d'un service civique antérieur", en: "whether a service civique was already done" },
  nationality: { fr: "la nationalité", en: "the nationality" },
  serviceCiviqueResidencePermit: { fr: "le titre de séjour", en: "the residence permit" },
};

/**
 * The state shared by the condition checks of one {@link checkEligibility} call: locale, dates, the
 * candidate's known facts, and the helpers that word reasons and apply three-valued logic.
 * @internal
 */
export class EligibilityContext {
  /** The candidate's possible ages over the age window, when known. */
  readonly age: { min: number; max: number } | undefined;
  /** Facts an "unknown" result lacked, collected while a condition is evaluated. */
  missing = new Set<string>();

  constructor(
    readonly locale: "fr" | "en",
    readonly reference: string,
    readonly ageFrom: string,
    readonly ageTo: string,
    readonly facts: Candidate,
  ) {
    this.age = ageRange(facts, ageFrom, ageTo, reference);
  }

  /** The text in the locale. */
  t(fr: string, en: string): string {
    return this.locale === "en" ? en : fr;
  }

  /** "Âge le 2024-09-01 : 25 ans." / "Age on 2024-09-01: 25." or the unknown-age sentence. */
  ageText(): string {
    const a = this.age;
    if (!a) return this.t("Âge inconnu.", "Age unknown.");
    const when =
      this.ageFrom === this.ageTo
        ? this.t(`le ${this.ageFrom}`, `on ${this.ageFrom}`)
        : this.t(`entre le ${this.ageFrom} et le ${this.ageTo}`, `between ${this.ageFrom} and ${this.ageTo}`);
    const years = a.min === a.max ? this.t(`${a.min} ans`, `${a.min}`) : this.t(`${a.min} à ${a.max} ans`, `${a.min} to ${a.max}`);
    return this.t(`Âge ${when} : ${years}.`, `Age ${when}: ${years}.`);
  }

  /**
   * Applies a test to every age the candidate may have over the window: the common result, or
   * `unknown` when ages disagree or the age is not known.
   */
  overAges(test: (age: number) => ConditionResult): ConditionResult {
    const a = this.age;
    if (!a) {
      this.missing.add("age");
      return "unknown";
    }
    const results = new Set<ConditionResult>();
    for (let age = a.min; age <= a.max && age <= a.min + 150; age++) results.add(test(age));
    if (results.size === 1) return [...results][0]!;
    this.missing.add("age");
    return "unknown";
  }

  /** A yes/no fact: met when true, not met when false, unknown (and recorded as missing) when absent. */
  flag(name: keyof Candidate, expected = true): ConditionResult {
    const value = this.facts[name];
    if (typeof value !== "boolean") {
      this.missing.add(name);
      return "unknown";
    }
    return value === expected ? "met" : "not-met";
  }

  /** Marks a fact as lacking and returns `unknown`. */
  lacks(name: string): ConditionResult {
    this.missing.add(name);
    return "unknown";
  }

  /** Empties the list of lacking facts (before evaluating a condition). */
  reset(): void {
    this.missing = new Set();
  }

  /** The closing sentence of a reason: met, not met, or what is lacking. */
  conclusion(result: ConditionResult): string {
    if (result === "met") return this.t("Condition remplie.", "Condition met.");
    if (result === "not-met") return this.t("Condition non remplie.", "Condition not met.");
    const lacking = [...this.missing].map((m) => FACT_NAMES[m]?.[this.locale] ?? m);
    return lacking.length === 0
      ? this.t("Impossible de conclure.", "Cannot be told.")
      : this.t(`Impossible de conclure sans connaître ${lacking.join(", ")}.`, `Cannot be told without knowing ${lacking.join(", ")}.`);
  }
}
