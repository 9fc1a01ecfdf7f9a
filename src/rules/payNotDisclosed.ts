import type { Rule } from "./Rule.js";

/** Contracts whose money is not pay: nothing to disclose under the pay-transparency directive. */
const UNPAID = new Set(["benevolat", "service-civique"]);

/**
 * `pay/not-disclosed`: the posting states no amount, no range, no daily rate, and does not refer to
 * the agreement's grid or to the legal amount of the contract. Good practice, soon the law: the EU
 * pay-transparency directive 2023/970 (art. 5) requires the initial pay or its range, but France has
 * not transposed it yet.
 */
export const payNotDisclosed: Rule = {
  code: "pay/not-disclosed",
  defaultSeverity: "info",
  title: { fr: "Rémunération non indiquée", en: "Pay not disclosed" },
  sources: [
    { label: "Directive (UE) 2023/970 du 10 mai 2023 (transparence des rémunérations), art. 5", url: "https://eur-lex.europa.eu/eli/dir/2023/970/oj" },
    {
      label: "Projet de loi de transposition adressé aux partenaires sociaux le 6 mars 2026 (Public Sénat)",
      url: "https://www.publicsenat.fr/actualites/emploi/transparence-salariale-dans-les-entreprises-que-va-changer-le-futur-projet-de-loi",
    },
  ],
  message: {
    fr: () =>
      "La rémunération n'est pas indiquée (ni montant, ni fourchette, ni renvoi à la grille de la convention collective ou au minimum légal). La directive (UE) 2023/970 (art. 5) imposera d'indiquer la rémunération initiale ou sa fourchette ; elle n'est pas encore transposée en France (projet de loi présenté aux partenaires sociaux en mars 2026), mais l'indiquer dès maintenant est une bonne pratique.",
    en: () =>
      "Pay is not disclosed (no amount, no range, no reference to the collective agreement's grid or to the legal minimum). Directive (EU) 2023/970 (art. 5) will require the initial pay or its range; France has not transposed it yet (a bill was sent to the social partners in March 2026), but stating it now is good practice.",
  },
  check(posting) {
    if (posting.contracts.every((c) => UNPAID.has(c.type))) return [];
    const pay = posting.pay;
    const disclosed = pay && (pay.amount !== undefined || pay.dailyRate !== undefined || pay.followsAgreement === true || pay.statutory === true);
    return disclosed ? [] : [{ path: ["pay"] }];
  },
};
