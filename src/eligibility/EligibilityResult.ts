import type { ContractType } from "../contract/ContractSchema.js";

/** Whether a condition holds: three-valued, `unknown` when a fact it needs is not known. */
export type ConditionResult = "met" | "not-met" | "unknown";

/** One condition checked by {@link checkEligibility}, with its result and the reason. */
export interface EligibilityConditionCheck {
  /** Where the condition comes from: the posting's stated eligibility, the contract's law, a public scheme's law. */
  source: "posting" | "contract" | "scheme";
  /** The posting value the condition comes from (`["eligibility", "anyOf", 0, "allOf", 1]`, `["contracts", 0]`, `["schemes", 0]`). */
  path: (string | number)[];
  /**
   * Stable code: for the posting's conditions, the condition's `type` (`age`, `registered`…); for the
   * law's, `<contract or scheme>/<condition>` (`service-civique/age`, `apprentissage/age`,
   * `professionnalisation/public`, `alternance/public`, `stage/student`, `adulte-relais/age`…).
   */
  condition: string;
  /** Whether the candidate meets it. */
  result: ConditionResult;
  /** Why, in the locale asked for (French by default). */
  reason: string;
  /** The legal text the condition rests on, for the law's conditions. */
  legalSource?: {
    /** The text or page, as a citation ("Code du service national, art. L120-1"). */
    label: string;
    /** Its address on Légifrance or service-public.fr. */
    url?: string;
  };
  /** For the posting's conditions: the index of the `anyOf` group. */
  group?: number;
  /** For contract conditions: the index of the contract in `contracts`. */
  contract?: number;
  /** True when the condition rests on reference data not confirmed by a primary source. */
  unverified?: boolean;
}

/** The result of one `anyOf` group of the posting's stated eligibility. */
export interface EligibilityGroupResult {
  /** Index in `eligibility.anyOf`. */
  index: number;
  /** The group as the posting words it. */
  label?: string;
  /** Met when all its conditions are. */
  result: ConditionResult;
}

/** The verdict for one of the alternative contracts of a posting ("apprentissage ou stage"). */
export interface EligibilityAlternative {
  /** Index in `contracts`. */
  contract: number;
  /** The contract's type. */
  type: ContractType;
  /** The verdict if the candidate takes this contract (posting and scheme conditions included). */
  verdict: EligibilityVerdict;
}

/** The overall answer. */
export type EligibilityVerdict = "eligible" | "not-eligible" | "unknown";

/** What {@link checkEligibility} returns. */
export interface EligibilityResult {
  /** `eligible` when every condition holds, `not-eligible` when one does not, else `unknown`. */
  verdict: EligibilityVerdict;
  /** Every condition checked, in order: the posting's, the contracts', the schemes'. */
  conditions: EligibilityConditionCheck[];
  /** The posting's stated `anyOf` groups, when it states any. */
  groups?: EligibilityGroupResult[];
  /** When the posting offers several contracts: the verdict for each; the candidate needs one. */
  alternatives?: EligibilityAlternative[];
  /**
   * The dates used: `reference` (options.date, else the posting date, else today) and the window the
   * age is computed over (the start date when the posting gives one, not before the reference date).
   */
  dates: {
    /** The reference date: `options.date`, else the posting's date, else today. */
    reference: string;
    /** First day of the window the candidate's age is taken over. */
    ageFrom: string;
    /** Last day of that window. */
    ageTo: string;
    /** `start`: the window is the job's start; `reference`: the posting gives no start. */
    ageBasis: "start" | "reference";
  };
}
