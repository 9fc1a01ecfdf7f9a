import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "pay/not-disclosed";

describe(CODE, () => {
  it("flags a posting that says nothing of pay, or only that it is negotiable", () => {
    const { pay: _pay, ...noPay } = base;
    const [d] = lintCode(noPay, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "info", path: ["pay"] });
    expect(d!.message).toBe("La rémunération n'est pas indiquée (ni montant, ni fourchette, ni renvoi à la grille de la convention collective ou au minimum légal). La directive (UE) 2023/970 (art. 5) imposera d'indiquer la rémunération initiale ou sa fourchette ; elle n'est pas encore transposée en France (projet de loi présenté aux partenaires sociaux en mars 2026), mais l'indiquer dès maintenant est une bonne pratique.");
    expect(lintCode({ ...base, pay: { negotiable: true, dependsOn: ["experience"], text: "selon profil" } }, CODE)).toHaveLength(1);
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
