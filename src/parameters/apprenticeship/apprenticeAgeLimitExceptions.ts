import type { ApprenticeAgeLimitException } from "./ApprenticeAgeLimitException.js";

const L6222_2 = { label: "Code du travail, art. L6222-2", url: "https://code.travail.gouv.fr/code-du-travail/l6222-2" };
const L6222_2_COPY = {
  label: "French Business Law, « Article L6222-2 of the French Labour Code » (texte français reproduit)",
  url: "https://french-business-law.com/rench-legislation-art/article-l6222-2-of-the-french-labour-code",
};
const D6222_1 = { label: "Code du travail, art. D6222-1", url: "https://code.travail.gouv.fr/code-du-travail/d6222-1" };
const NOTE = "Form read: the current article, whose wording (\"vingt-neuf ans révolus\") dates from loi n° 2018-771, in force 2019-01-01.";

/**
 * The cases where the apprenticeship upper age limit (29 révolus, {@link apprenticeMaximumAge}) does not
 * apply (Code du travail, art. L6222-2), with the age cap of each (D6222-1).
 */
export const apprenticeAgeLimitExceptions: readonly ApprenticeAgeLimitException[] = [
  {
    id: "following-contract",
    description: "Contract following a previous apprenticeship and leading to a higher diploma level (within 1 year of its end)",
    article: "L6222-2 1°",
    maxAgeAtConclusion: 35,
    effectiveFrom: "2019-01-01",
    sources: [L6222_2, L6222_2_COPY, D6222_1],
    verified: true,
    note: `${NOTE} Age cap: D6222-1 1° ("trente-cinq ans au plus"), see apprenticeMaximumAgeFollowingContract.`,
  },
  {
    id: "contract-broken",
    description: "Previous contract broken for reasons independent of the apprentice, or temporary physical unfitness (within 1 year)",
    article: "L6222-2 2°",
    maxAgeAtConclusion: 35,
    effectiveFrom: "2019-01-01",
    sources: [L6222_2, L6222_2_COPY, D6222_1],
    verified: true,
    note: NOTE,
  },
  {
    id: "disabled-worker",
    description: "Apprentice recognised as a disabled worker (RQTH): no upper age limit",
    article: "L6222-2 3°",
    maxAgeAtConclusion: null,
    effectiveFrom: "2019-01-01",
    sources: [L6222_2, L6222_2_COPY],
    verified: true,
    note: NOTE,
  },
  {
    id: "business-creation",
    description: "Project to create or take over a business that requires the diploma prepared: no upper age limit",
    article: "L6222-2 4°",
    maxAgeAtConclusion: null,
    effectiveFrom: "2019-01-01",
    sources: [L6222_2, L6222_2_COPY],
    verified: true,
    note: NOTE,
  },
  {
    id: "high-level-athlete",
    description: "Apprentice listed as a high-level athlete (Code du sport, art. L221-2): no upper age limit",
    article: "L6222-2 5°",
    maxAgeAtConclusion: null,
    effectiveFrom: "2019-01-01",
    sources: [L6222_2, L6222_2_COPY],
    verified: true,
    note: NOTE,
  },
];
