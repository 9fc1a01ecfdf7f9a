import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "service-civique/indemnity-not-legal";
const sc = (value: number, posted = "2024-02-05", approximate?: boolean): JobPosting => ({
  ...base,
  title: "Volontaire en service civique",
  contracts: [{ type: "service-civique", duration: { value: 8, unit: "month" } }],
  dates: { posted },
  pay: { amount: { value, currency: "EUR", basis: "net", period: "month", ...(approximate ? { approximate } : {}) } },
});

describe(CODE, () => {
  it("flags an indemnity that is none of the legal amounts (2024: 504,98 € + 114,85 € = 619,83 €)", () => {
    const [d] = lintCode(sc(580), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["pay", "amount", "value"] });
    expect(d!.message).toBe("L'indemnité indiquée (580\u00a0€ par mois) ne correspond à aucun montant légal au 2024-02-05 : 504,98\u00a0€ nets (558,17\u00a0€ bruts) versés par l'État, plus au moins 114,85\u00a0€ de prestation de subsistance versés par l'organisme d'accueil, soit 619,83\u00a0€ par mois (734,78\u00a0€ avec la majoration sur critères sociaux) (Code du service national, art. R121-23 à R121-25).");
    expect(lintCode(sc(450), CODE)).toHaveLength(1);
  });

  it("formats amounts with the library's euro formatter, in English too", () => {
    expect(lintCode(sc(580), CODE, { locale: "en" })[0]!.message).toBe("The indemnity stated (€580 a month) is none of the legal amounts on 2024-02-05: €504.98 net (€558.17 gross) paid by the State, plus at least €114.85 of prestation de subsistance paid by the host, that is €619.83 a month (€734.78 with the social-criteria majoration) (Code du service national, art. R121-23 to R121-25).");
  });

  it("no rule formats euros by hand: every amount goes through src/rules/euros.ts (thousands separator)", () => {
    const dir = join(import.meta.dirname, "..", "..", "src", "rules");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(text, file).not.toMatch(/toFixed\(2\)\.replace|toLocaleString|Intl\.NumberFormat/);
    }
  });

  it("accepts the State's part, the usual total, the total with the majoration, or more; rounded figures", () => {
    for (const v of [504.98, 505, 619.83, 620, 734.78, 700]) expect(lintCode(sc(v), CODE)).toEqual([]);
    expect(lintCode(sc(609.95, "2023-12-31"), CODE)).toEqual([]);
    expect(lintCode(sc(609.95, "2024-01-01"), CODE)).toHaveLength(1);
    expect(lintCode(sc(610, "2024-02-05", true), CODE)).toEqual([]);
  });

  it("accepts the gross amount of the State's indemnity at the offer's date, and only at that date", () => {
    // 36,11 % of indice majoré 314 × 59,0734 € / 12 = 558,17 € gross in 2024 (504,98 € net).
    expect(lintCode(sc(558.17, "2024-02-05"), CODE)).toEqual([]);
    expect(lintCode(sc(558, "2024-02-05"), CODE)).toEqual([]);
    // In 2023-H2 the gross was 549,28 €: 558,17 € was not a legal amount then (below the 609,95 € net total).
    expect(lintCode(sc(558.17, "2023-09-01"), CODE)).toHaveLength(1);
    expect(lintCode(sc(549.28, "2023-09-01"), CODE)).toEqual([]);
    // 2018: 522,87 € gross for 473,04 € net.
    expect(lintCode(sc(522.87, "2019-05-01"), CODE)).toEqual([]);
    expect(lintCode(sc(540, "2019-05-01"), CODE)).toHaveLength(1);
  });
});
