import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { isIsoDate } from "../parameters/isIsoDate.js";
import { postingDate } from "../dates/postingDate.js";
import { approximateDateBounds } from "./approximateDateBounds.js";
import { CandidateSchema, type Candidate } from "./CandidateSchema.js";
import { EligibilityContext } from "./EligibilityContext.js";
import type {
  ConditionResult,
  EligibilityAlternative,
  EligibilityConditionCheck,
  EligibilityGroupResult,
  EligibilityResult,
  EligibilityVerdict,
} from "./EligibilityResult.js";
import { checkContractConditions } from "./checkContractConditions.js";
import { checkPostingCondition } from "./checkPostingCondition.js";
import { checkSchemeConditions } from "./checkSchemeConditions.js";
import { combineResults } from "./combineResults.js";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const VERDICT: Record<ConditionResult, EligibilityVerdict> = { met: "eligible", "not-met": "not-eligible", unknown: "unknown" };

/** Keeps the candidate's valid fields (an invalid one is an unknown fact) and applies the implications between them. */
function knownFacts(candidate: unknown): Candidate {
  const facts: Record<string, unknown> = {};
  if (isRecord(candidate)) {
    const shape = CandidateSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
    for (const [key, schema] of Object.entries(shape)) {
      if (candidate[key] === undefined) continue;
      const parsed = schema.safeParse(candidate[key]);
      if (parsed.success && parsed.data !== undefined) facts[key] = parsed.data;
    }
  }
  if (facts.rqth === true) facts.disability = true;
  if (facts.disability === false) facts.rqth = false;
  return facts as Candidate;
}

/** The start window the posting gives, as ISO days, when it gives one. */
function startWindow(posting: Record<string, unknown>): { first: string; last: string } | undefined {
  const dates = isRecord(posting.dates) ? posting.dates : undefined;
  const start = dates && isRecord(dates.start) ? dates.start : undefined;
  if (!start) return undefined;
  const candidates = [start.earliest, start.latest, ...(Array.isArray(start.oneOf) ? start.oneOf : [])];
  let first: string | undefined;
  let last: string | undefined;
  for (const d of candidates) {
    const bounds = approximateDateBounds(d);
    if (!bounds) continue;
    if (first === undefined || bounds.first < first) first = bounds.first;
    if (last === undefined || bounds.last > last) last = bounds.last;
  }
  return first && last ? { first, last } : undefined;
}

/**
 * Tells whether a candidate may take the job: checks the conditions the posting states
 * (`eligibility.anyOf` groups of `allOf` conditions) and those the law puts on its contract and
 * schemes, each "met", "not-met" or "unknown" with a reason and its legal source, and gives the
 * verdict. An unknown fact gives "unknown", never a guess.
 *
 * - Posting: a group is met when all its conditions are; the statement when one group is (three-valued
 *   logic: unknown when no group is met and one is unknown).
 * - Contracts: service civique (16–25, up to 30 with a disability, one engagement per person,
 *   nationality), apprentissage (16–29 révolus, from 15 after the 3e, the L6222-2 exceptions),
 *   contrat de professionnalisation (16–25, jobseekers 26+, RSA/ASS/AAH recipients, former CUI), an
 *   alternance of unchosen kind (either of the two),
 *   stage (enrolled in education), insertion contracts (a prescriber's decision). When the posting
 *   offers several contracts ("apprentissage ou stage"), they are alternatives: the candidate needs one,
 *   and `alternatives` gives the verdict for each.
 * - Schemes: adulte-relais (minimum age, without a job, QPV resident); emploi-tremplin when the posting
 *   does not state its public; PEC, CUI-CIE, IAE (a prescriber's decision).
 *
 * Dates: the reference date is `options.date`, else the posting's date (published, updated, its application deadline, else its start: `postingDate`), else today (UTC).
 * The age is taken at the start of the job (the legal limits apply when the contract is concluded):
 * over the posting's start window when it gives one, moved to the reference date when the window is
 * before it (a contract cannot start in the past); at the reference date otherwise. An age the window
 * does not pin down (a birthday inside it) makes the age conditions it decides unknown.
 *
 * Never throws: malformed postings, candidates or options give "unknown" results. A value that is not
 * a posting (not an object: condition `posting/not-a-posting`), or a posting without a `contracts`
 * array (`posting/no-contracts`), gives the verdict "unknown" with that one condition and its reason;
 * so does input whose reading throws (`posting/unreadable`).
 *
 * @param posting - The posting (ideally validated; any value is accepted).
 * @param candidate - What is known of the candidate; invalid fields are ignored as unknown.
 * @param options - `date`: the reference date (ISO); `locale`: `"fr"` (default) or `"en"` for the reasons.
 * @returns The verdict, every condition checked, the posting's groups and the contract alternatives.
 * @example
 * ```ts
 * const posting: JobPosting = {
 *   title: "Chargé·e d'accueil",
 *   organisation: { name: "Métropop'" },
 *   contracts: [{ type: "cdi" }],
 *   eligibility: {
 *     anyOf: [
 *       { allOf: [{ type: "age", min: 16, max: 25 }, { type: "education-level", min: 4 }] },
 *       { allOf: [{ type: "registered", with: ["pole-emploi", "france-travail"], minMonths: 12 }] },
 *     ],
 *   },
 * };
 * const result = checkEligibility(posting, { age: 24, registrations: [{ body: "france-travail", months: 14 }] }, { date: "2024-03-01" });
 * result.verdict; // "eligible" (the second group: registered for more than a year)
 * ```
 */
export function checkEligibility(
  posting: JobPosting,
  candidate: Candidate,
  options?: { date?: string; locale?: "fr" | "en" },
): EligibilityResult {
  const today = new Date().toISOString().slice(0, 10);
  let reference = today;
  let locale: "fr" | "en" = "fr";
  try {
    const p: Record<string, unknown> = isRecord(posting) ? posting : {};
    const opts: Record<string, unknown> = isRecord(options) ? options : {};
    locale = opts.locale === "en" ? "en" : "fr";
    // The posting's date (published, updated, deadline, else start): postingDate reads unvalidated input.
    const own = postingDate(posting);
    reference = isIsoDate(opts.date) ? opts.date : (own ?? today);
    if (!isRecord(posting) || !Array.isArray(p.contracts)) {
      const notPosting = !isRecord(posting);
      const reason = notPosting
        ? locale === "en"
          ? "This is not a job posting (an object was expected): eligibility cannot be checked."
          : "Ce n'est pas une offre d'emploi (un objet était attendu) : l'éligibilité ne peut pas être vérifiée."
        : locale === "en"
          ? "The posting states no contracts (a contracts array was expected): the conditions of the contract cannot be checked."
          : "L'offre n'indique pas de contrats (un tableau contracts était attendu) : les conditions du contrat ne peuvent pas être vérifiées.";
      return {
        verdict: "unknown",
        conditions: [{ source: "posting", path: notPosting ? [] : ["contracts"], condition: notPosting ? "posting/not-a-posting" : "posting/no-contracts", result: "unknown", reason }],
        dates: { reference, ageFrom: reference, ageTo: reference, ageBasis: "reference" },
      };
    }
    const window = startWindow(p);
    const ageFrom = window ? (window.first < reference ? reference : window.first) : reference;
    const ageTo = window ? (window.last < reference ? reference : window.last) : reference;
    const ctx = new EligibilityContext(locale, reference, ageFrom, ageTo, knownFacts(candidate));
    const dates = { reference, ageFrom, ageTo, ageBasis: window ? ("start" as const) : ("reference" as const) };

    const conditions: EligibilityConditionCheck[] = [];

    // The posting's stated eligibility.
    let postingResult: ConditionResult = "met";
    let groups: EligibilityGroupResult[] | undefined;
    const eligibility = isRecord(p.eligibility) ? p.eligibility : undefined;
    const anyOf = eligibility && Array.isArray(eligibility.anyOf) ? eligibility.anyOf : undefined;
    if (anyOf && anyOf.length > 0) {
      groups = anyOf.map((group, g) => {
        const g0 = isRecord(group) ? group : {};
        const allOf = Array.isArray(g0.allOf) ? g0.allOf : [];
        const checks = allOf.map((c, i) => checkPostingCondition(ctx, c, ["eligibility", "anyOf", g, "allOf", i], g));
        conditions.push(...checks);
        const result = allOf.length === 0 ? "unknown" : combineResults("all", checks.map((c) => c.result));
        return { index: g, ...(typeof g0.label === "string" ? { label: g0.label } : {}), result };
      });
      postingResult = combineResults("any", groups.map((g) => g.result));
    }

    // The contracts' legal conditions; several contracts are alternatives.
    const contracts = Array.isArray(p.contracts) ? p.contracts : [];
    const contractResults = contracts.map((contract, i) => {
      const checks = checkContractConditions(ctx, contract, i);
      conditions.push(...checks);
      return combineResults("all", checks.map((c) => c.result));
    });

    // The schemes' conditions.
    const schemes = Array.isArray(p.schemes) ? p.schemes : [];
    const schemeChecks = schemes.flatMap((s, i) => checkSchemeConditions(ctx, s, i, groups !== undefined));
    conditions.push(...schemeChecks);
    const schemeResult = combineResults("all", schemeChecks.map((c) => c.result));

    const contractsResult = contractResults.length === 0 ? "met" : combineResults("any", contractResults);
    const verdict = VERDICT[combineResults("all", [postingResult, schemeResult, contractsResult])];
    const result: EligibilityResult = { verdict, conditions, dates };
    if (groups) result.groups = groups;
    if (contracts.length > 1) {
      result.alternatives = contracts.map(
        (c, i): EligibilityAlternative => ({
          contract: i,
          type: (isRecord(c) && typeof c.type === "string" ? c.type : "other") as EligibilityAlternative["type"],
          verdict: VERDICT[combineResults("all", [postingResult, schemeResult, contractResults[i]!])],
        }),
      );
    }
    return result;
  } catch {
    const reason =
      locale === "en"
        ? "The posting, the candidate or the options cannot be read (a property throws): eligibility cannot be checked."
        : "L'offre, le candidat ou les options ne peuvent pas être lus (une propriété lève une erreur) : l'éligibilité ne peut pas être vérifiée.";
    return {
      verdict: "unknown",
      conditions: [{ source: "posting", path: [], condition: "posting/unreadable", result: "unknown", reason }],
      dates: { reference, ageFrom: reference, ageTo: reference, ageBasis: "reference" },
    };
  }
}
