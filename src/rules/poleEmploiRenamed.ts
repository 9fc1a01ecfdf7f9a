import { postingTexts } from "./postingTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { wordPattern } from "./wordPattern.js";

/** The day Pôle emploi became France Travail (loi n° 2023-1196 du 18 décembre 2023, art. 3). */
const RENAMED_ON = "2024-01-01";
const POLE_EMPLOI = wordPattern("p[ôo]le[\\s-]+emploi", "iu");
/**
 * The same words without the word boundaries, which the engine looks for quickly (from a letter "p"
 * rather than from a look-behind at every character): a text without them is not searched.
 */
const POLE_EMPLOI_WORDS = /p[ôo]le[\s-]+emploi/i;

/**
 * `organisation/pole-emploi-renamed`: a posting dated from 2024-01-01 that names "Pôle emploi", which
 * became France Travail that day (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi). Reads the
 * registration bodies of the eligibility conditions and the texts. Judged on the posting's own date
 * (`dates.posted`, else `dates.updated`): an undated posting is left to `posting/undated`.
 */
export const poleEmploiRenamed: Rule = {
  code: "organisation/pole-emploi-renamed",
  defaultSeverity: "info",
  title: { fr: "« Pôle emploi » dans une offre de 2024 ou après", en: '"Pôle emploi" in a posting dated 2024 or later' },
  sources: [
    { label: "Loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi (JO du 19 décembre 2023)", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048581935" },
  ],
  message: {
    fr: (p) => `L'offre, datée du ${p["date"] ?? "2024-01-01 ou après"}, cite « Pôle emploi » : depuis le 1er janvier 2024, Pôle emploi s'appelle France Travail (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi).`,
    en: (p) => `The posting, dated ${p["date"] ?? "2024-01-01 or later"}, names "Pôle emploi": since 1 January 2024 it is called France Travail (loi n° 2023-1196 of 18 December 2023).`,
  },
  check(posting, context) {
    const date = posting.dates?.posted ?? posting.dates?.updated;
    if (!date || date < RENAMED_ON) return [];
    const findings: RuleFinding[] = [];
    posting.eligibility?.anyOf.forEach((g, gi) =>
      g.allOf.forEach((c, ci) => {
        if (c.type !== "registered") return;
        const k = c.with.indexOf("pole-emploi");
        if (k >= 0) findings.push({ path: ["eligibility", "anyOf", gi, "allOf", ci, "with", k], params: { date } });
      }),
    );
    for (const { path, text } of postingTexts(posting, context)) if (POLE_EMPLOI_WORDS.test(text) && POLE_EMPLOI.test(text)) findings.push({ path, params: { date } });
    return findings;
  },
};
