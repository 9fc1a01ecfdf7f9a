import type { Rule } from "./Rule.js";

/**
 * Engagements outside the pay-transparency directive, which covers workers with a contract of employment
 * or an employment relationship (art. 2(2)): bénévolat and service civique (no pay), and a freelance
 * mission (a contract for services, whose price is a quote, not pay).
 */
const NOT_WORKER_PAY = new Set(["benevolat", "service-civique", "freelance"]);

/** An amount in a pay statement: a figure followed by €, euros or k€ ("1800 € brut", "35 k€", "2 000 euros"). */
const AMOUNT_IN_TEXT = /\d(?:[\d\s\u00a0\u202f.,]*\d)?\s*(?:k\s?€|€|k?\s?euros?(?!\p{L}))/iu;

/** The transposition deadline of directive (EU) 2023/970 (art. 34(1)). */
const TRANSPOSITION_DEADLINE = "2026-06-07";

const HEAD_FR = "La rémunération n'est pas indiquée (ni montant, ni fourchette, ni renvoi à la grille de la convention collective ou au minimum légal).";
const HEAD_EN = "Pay is not disclosed (no amount, no range, no reference to the collective agreement's grid or to the legal minimum).";

/**
 * `pay/not-disclosed`: the posting states no amount, no range, no daily rate, neither in figures nor
 * in its pay statement (`pay.text` with a figure followed by €, euros or k€), and does not refer to the
 * agreement's grid or to the legal amount of the contract. Good practice, soon the law: the EU
 * pay-transparency directive 2023/970 (art. 5) requires the initial pay or its range. The message
 * follows the date: before 7 June 2026 the directive was not yet due for transposition (art. 34);
 * from then on the deadline has passed and France's transposition bill (sent to the social partners on
 * 6 March 2026, the latest state the library knows) is pending.
 */
export const payNotDisclosed: Rule = {
  code: "pay/not-disclosed",
  defaultSeverity: "info",
  title: { fr: "Rémunération non indiquée", en: "Pay not disclosed" },
  sources: [
    { label: "Directive (UE) 2023/970 du 10 mai 2023 (transparence des rémunérations), art. 5", url: "https://eur-lex.europa.eu/eli/dir/2023/970/oj" },
    { label: "Directive (UE) 2023/970, art. 34 (transposition au plus tard le 7 juin 2026)", url: "https://eur-lex.europa.eu/eli/dir/2023/970/oj" },
    {
      label: "Projet de loi de transposition adressé aux partenaires sociaux le 6 mars 2026 (Public Sénat)",
      url: "https://www.publicsenat.fr/actualites/emploi/transparence-salariale-dans-les-entreprises-que-va-changer-le-futur-projet-de-loi",
    },
  ],
  message: {
    fr: (p) =>
      p["period"] === "overdue"
        ? `${HEAD_FR} Le délai de transposition de la directive (UE) 2023/970 a expiré le 7 juin 2026 (art. 34) ; elle impose d'indiquer aux candidats la rémunération initiale ou sa fourchette (art. 5). En France, le projet de loi de transposition, adressé aux partenaires sociaux le 6 mars 2026, n'était pas adopté au dernier état connu : indiquer la rémunération reste une bonne pratique, bientôt une obligation.`
        : `${HEAD_FR} La directive (UE) 2023/970 (art. 5) imposera d'indiquer la rémunération initiale ou sa fourchette ; les États membres ont jusqu'au 7 juin 2026 pour la transposer (art. 34). L'indiquer dès maintenant est une bonne pratique.`,
    en: (p) =>
      p["period"] === "overdue"
        ? `${HEAD_EN} The transposition deadline of Directive (EU) 2023/970 passed on 7 June 2026 (art. 34); it requires telling applicants the initial pay or its range (art. 5). In France, the transposition bill sent to the social partners on 6 March 2026 was not adopted as of the latest state known: stating pay remains good practice, soon an obligation.`
        : `${HEAD_EN} Directive (EU) 2023/970 (art. 5) will require the initial pay or its range; Member States have until 7 June 2026 to transpose it (art. 34). Stating it now is good practice.`,
  },
  check(posting, context) {
    if (posting.contracts.every((c) => NOT_WORKER_PAY.has(c.type))) return [];
    const pay = posting.pay;
    const disclosed =
      pay &&
      (pay.amount !== undefined ||
        pay.dailyRate !== undefined ||
        pay.followsAgreement === true ||
        pay.statutory === true ||
        pay.smic !== undefined ||
        pay.serviceCiviqueIndemnity !== undefined ||
        (pay.text !== undefined && AMOUNT_IN_TEXT.test(pay.text)));
    return disclosed ? [] : [{ path: ["pay"], params: { period: context.date >= TRANSPOSITION_DEADLINE ? "overdue" : "pending" } }];
  },
};
