import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "pay/not-disclosed";
const { pay: _pay, ...noPay } = base;
const at = (posting: JobPosting, posted: string): JobPosting => ({ ...posting, dates: { posted } });

describe(CODE, () => {
  it("flags a posting that says nothing of pay, or only that it is negotiable", () => {
    const [d] = lintCode(noPay, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "info", path: ["pay"] });
    expect(d!.message).toBe("La rémunération n'est pas indiquée (ni montant, ni fourchette, ni renvoi à la grille de la convention collective ou au minimum légal). La directive (UE) 2023/970 (art. 5) imposera d'indiquer la rémunération initiale ou sa fourchette ; les États membres ont jusqu'au 7 juin 2026 pour la transposer (art. 34). L'indiquer dès maintenant est une bonne pratique.");
    expect(lintCode({ ...base, pay: { negotiable: true, dependsOn: ["experience"], text: "selon profil" } }, CODE)).toHaveLength(1);
    expect(lintCode({ ...base, pay: { text: "Rémunération selon la grille, 3 jours de télétravail" } }, CODE)).toHaveLength(1);
  });

  it("counts pay relative to the SMIC and a service-civique indemnity's parts as disclosed", () => {
    expect(lintCode({ ...base, pay: { smic: { percent: 110 }, text: "110 % du SMIC" } }, CODE)).toEqual([]);
    expect(lintCode({ ...base, pay: { serviceCiviqueIndemnity: { state: { value: 465.83, currency: "EUR", period: "month" } } } }, CODE)).toEqual([]);
  });

  it("says the transposition deadline has passed from 7 June 2026, not the day before", () => {
    expect(lintCode(at(noPay, "2026-06-06"), CODE)[0]!.message).toContain("les États membres ont jusqu'au 7 juin 2026 pour la transposer (art. 34)");
    const [d] = lintCode(at(noPay, "2026-06-07"), CODE);
    expect(d!.message).toBe("La rémunération n'est pas indiquée (ni montant, ni fourchette, ni renvoi à la grille de la convention collective ou au minimum légal). Le délai de transposition de la directive (UE) 2023/970 a expiré le 7 juin 2026 (art. 34) ; elle impose d'indiquer aux candidats la rémunération initiale ou sa fourchette (art. 5). En France, le projet de loi de transposition, adressé aux partenaires sociaux le 6 mars 2026, n'était pas adopté au dernier état connu : indiquer la rémunération reste une bonne pratique, bientôt une obligation.");
    expect(lintCode(at(noPay, "2026-06-07"), CODE, { locale: "en" })[0]!.message).toContain("The transposition deadline of Directive (EU) 2023/970 passed on 7 June 2026 (art. 34)");
  });

  it("counts a pay stated only as text with an amount as disclosed", () => {
    for (const text of ["1800 € brut", "1 800€ bruts mensuels", "35 k€ annuels", "entre 2 000 et 2 200 euros", "30K€ - 35K€"]) {
      expect(lintCode({ ...noPay, pay: { text } }, CODE), text).toEqual([]);
    }
  });

  it("accepts an amount, a daily rate, the agreement's grid or the legal amount; ignores volunteering", () => {
    expect(lintCode(base, CODE)).toEqual([]);
    expect(lintCode({ ...base, pay: { dailyRate: { value: 350, currency: "EUR", period: "day" } } }, CODE)).toEqual([]);
    expect(lintCode({ ...base, pay: { followsAgreement: true } }, CODE)).toEqual([]);
    expect(lintCode({ ...base, pay: { statutory: true } }, CODE)).toEqual([]);
    const volunteer: JobPosting = { ...base, contracts: [{ type: "service-civique" }], pay: undefined! };
    delete (volunteer as { pay?: unknown }).pay;
    expect(lintCode(volunteer, CODE)).toEqual([]);
  });
});
