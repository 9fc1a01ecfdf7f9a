import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePay, type ParsePayResult } from "../../src/pay/parsePay.js";
import { PaySchema, type Pay } from "../../src/pay/PaySchema.js";

const CODES = [
  "pay-parse/invalid-input",
  "pay-parse/empty",
  "pay-parse/too-long",
  "pay-parse/unrecognised",
  "pay-parse/ambiguous",
  "pay-parse/unsupported-currency",
  "pay-parse/unsupported-period",
  "pay-parse/out-of-range",
  "pay-parse/invalid-range",
  "pay-parse/negative",
];

function ok(text: string): Pay {
  const r = parsePay(text);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${r.error.code} ${r.error.message}`);
  expect(PaySchema.safeParse(r.pay).success).toBe(true);
  expect(r.pay.text).toBe(text);
  return r.pay;
}

function code(text: unknown, options?: { locale?: "fr" | "en" }): string {
  const r = parsePay(text as string, options);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to fail, got ${JSON.stringify(r.pay)}`);
  return r.error.code;
}

describe("parsePay: amounts as postings write them", () => {
  it.each<[string, Pay["amount"]]>([
    // Seed 004 (Metropop): no period stated, gross, 1 000–10 000 €: monthly (with a warning, below).
    ["1700 à 2000€ brut", { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" }],
    ["1 700 – 2 000 € bruts mensuels", { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" }],
    ["1\u202f700\u00a0–\u00a02\u202f000\u00a0€ bruts mensuels", { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" }],
    // Seed 000 (We Co), with its typographic apostrophe.
    ["3000€ bruts pour l’ensemble de la mission", { value: 3000, currency: "EUR", basis: "gross", period: "mission" }],
    ["3000€ bruts pour l'ensemble de la mission", { value: 3000, currency: "EUR", basis: "gross", period: "mission" }],
    ["entre 25 et 28 k€ annuels", { min: 25000, max: 28000, currency: "EUR", period: "year" }],
    ["entre 25 et 28 K€ bruts annuels", { min: 25000, max: 28000, currency: "EUR", basis: "gross", period: "year" }],
    ["25k€ - 28k€ brut/an", { min: 25000, max: 28000, currency: "EUR", basis: "gross", period: "year" }],
    ["2,5 k€ net par mois", { value: 2500, currency: "EUR", basis: "net", period: "month" }],
    ["12 €/h", { value: 12, currency: "EUR", period: "hour" }],
    ["11,88 € brut de l'heure", { value: 11.88, currency: "EUR", basis: "gross", period: "hour" }],
    ["taux horaire : 12,50 euros bruts", { value: 12.5, currency: "EUR", basis: "gross", period: "hour" }],
    ["300 € HT par jour", { value: 300, currency: "EUR", tax: "excluding-vat", period: "day" }],
    ["450 € TTC / jour", { value: 450, currency: "EUR", tax: "including-vat", period: "day" }],
    ["500 € net par semaine", { value: 500, currency: "EUR", basis: "net", period: "week" }],
    ["1 800 € brut mensuel + 13e mois", { value: 1800, currency: "EUR", basis: "gross", period: "month", monthsPerYear: 13 }],
    ["2 000 € brut par mois sur 13 mois", { value: 2000, currency: "EUR", basis: "gross", period: "month", monthsPerYear: 13 }],
    ["à partir de 1 700 € brut par mois", { min: 1700, currency: "EUR", basis: "gross", period: "month" }],
    ["1 700 € brut minimum par mois", { min: 1700, currency: "EUR", basis: "gross", period: "month" }],
    ["jusqu'à 2 000 € net par mois", { max: 2000, currency: "EUR", basis: "net", period: "month" }],
    ["environ 1 000 € par mois", { value: 1000, currency: "EUR", period: "month", approximate: true }],
    ["Le budget alloué à votre mission est de 6500€.", { value: 6500, currency: "EUR", period: "mission" }],
    ["1.700 € brut par mois", { value: 1700, currency: "EUR", basis: "gross", period: "month" }],
    ["35 000 € brut", { value: 35000, currency: "EUR", basis: "gross", period: "year" }],
    ["Salaire : 2 100 € brut / mois (35h)", { value: 2100, currency: "EUR", basis: "gross", period: "month" }],
    // Months per year as a multiplication: a figure paid 12 to 14 times a year is monthly (no warning).
    ["2 100 € brut x 12", { value: 2100, currency: "EUR", basis: "gross", period: "month", monthsPerYear: 12 }],
    ["2 100 € brut × 13", { value: 2100, currency: "EUR", basis: "gross", period: "month", monthsPerYear: 13 }],
    ["2 100 € brut X 14 mois", { value: 2100, currency: "EUR", basis: "gross", period: "month", monthsPerYear: 14 }],
    ["1 800 à 2 000 € net par mois x 13", { min: 1800, max: 2000, currency: "EUR", basis: "net", period: "month", monthsPerYear: 13 }],
  ])("%s", (text, amount) => {
    expect(ok(text)).toEqual({ amount, text });
  });

  it("warns when the period is taken from the magnitude of a gross or net amount", () => {
    const r = parsePay("1700 à 2000€ brut");
    expect(r.ok && r.warnings).toEqual([
      "Période non indiquée : « par mois » retenu, car le montant (brut ou net) est compris entre 1 000 et 10 000 €.",
    ]);
    const en = parsePay("35 000 € brut", { locale: "en" });
    expect(en.ok && en.warnings).toEqual([
      "No period stated: per year assumed, as the (gross, net or k€) amount is between €15,000 and €300,000.",
    ]);
    expect(parsePay("1 700 – 2 000 € bruts mensuels")).not.toHaveProperty("warnings");
  });
});

describe("parsePay: statements without a figure", () => {
  it.each<[string, Omit<Pay, "text">]>([
    ["à négocier", { negotiable: true }],
    ["A négocier", { negotiable: true }],
    ["négociable", { negotiable: true }],
    ["selon profil", { dependsOn: ["profile"] }],
    ["selon profil et expérience", { dependsOn: ["profile", "experience"] }],
    ["en fonction de l'expérience et du diplôme", { dependsOn: ["experience", "qualification"] }],
    ["à négocier selon le profil", { negotiable: true, dependsOn: ["profile"] }],
    ["selon convention collective", { followsAgreement: true }],
    ["selon la grille de la convention collective", { followsAgreement: true }],
    ["selon grille CCN 66", { followsAgreement: true }],
    ["Selon la CCN du 15 mars 1966", { followsAgreement: true }],
    ["SMIC", { statutory: true }],
    ["Smic horaire", { statutory: true }],
    // Seed 001 (Labo de l'ESS).
    ["à négocier, le barème fixé par le statut sera complété", { followsAgreement: true, negotiable: true, complementNegotiable: true }],
    // Seed 003 (CGA).
    ["Rémunération selon les règles de rémunération en vigueur", { statutory: true }],
    ["gratification de stage légale", { statutory: true }],
  ])("%s", (text, expected) => {
    expect(ok(text)).toEqual({ ...expected, text });
  });

  it("reads pay relative to the SMIC: a percentage, a multiple, an increase, an amount added per hour or month", () => {
    expect(parsePay("53 % du SMIC")).toEqual({ ok: true, pay: { smic: { percent: 53 }, text: "53 % du SMIC" } });
    expect(ok("110 % du SMIC")).toEqual({ smic: { percent: 110 }, text: "110 % du SMIC" });
    expect(ok("SMIC + 10 %")).toEqual({ smic: { percent: 110 }, text: "SMIC + 10 %" });
    expect(ok("1,2 fois le SMIC")).toEqual({ smic: { percent: 120 }, text: "1,2 fois le SMIC" });
    expect(ok("SMIC horaire + 1 €")).toEqual({ smic: { plus: { value: 1, currency: "EUR", period: "hour" } }, text: "SMIC horaire + 1 €" });
    expect(ok("SMIC + 150 € brut par mois").smic).toEqual({ plus: { value: 150, currency: "EUR", period: "month", basis: "gross" } });
    // Plain SMIC is the legal amount.
    expect(ok("SMIC")).toEqual({ statutory: true, text: "SMIC" });
  });

  it("reads the freelance budget of seed 002 (La Tresse): fee, daily rate to propose, expenses envelope", () => {
    const text =
      "Le budget alloué à votre mission est de 6500€. Votre proposition devra détailler le temps hebdomadaire\n" +
      "consacré à votre travail en précisant votre tarif journalier. Votre prestation devra faire l’objet d’une facture\n" +
      "à l’association.\n" +
      "Les frais d’impression, d’achat de fournitures nécessaires à vos actions et autres frais font l’objet d’une\n" +
      "enveloppe complémentaire à hauteur d’environ 1000€, qui devra être validée au fil de l’eau par le\n" +
      "bureau.";
    expect(ok(text)).toEqual({
      amount: { value: 6500, currency: "EUR", period: "mission" },
      dailyRateToPropose: true,
      expenses: { amount: { value: 1000, currency: "EUR", period: "mission", approximate: true } },
      text,
    });
  });

  it("reads a daily rate stated as such", () => {
    expect(ok("Forfait de 3 000 € HT pour la mission ; tarif journalier : 350 € HT")).toEqual({
      amount: { value: 3000, currency: "EUR", tax: "excluding-vat", period: "mission" },
      dailyRate: { value: 350, currency: "EUR", tax: "excluding-vat", period: "day" },
      text: "Forfait de 3 000 € HT pour la mission ; tarif journalier : 350 € HT",
    });
  });
});

describe("parsePay: France Travail salaire.libelle", () => {
  // Forms documented in shared/research/job-posting-standards.md (France Travail section) and the
  // libelle of each fixture in shared/fixtures/france-travail (ft-184BJQH, ft-184JZNX, ft-186BHVN).
  const expected: Record<string, Pay["amount"] | null> = {
    "Mensuel de 1830.0 Euros sur 12.0 mois": { value: 1830, currency: "EUR", period: "month", monthsPerYear: 12 },
    "Annuel de 39000.0 Euros à 41000.0 Euros sur 12.0 mois": { min: 39000, max: 41000, currency: "EUR", period: "year", monthsPerYear: 12 },
    // On an hourly figure "sur 12 mois" is France Travail's boilerplate: not recorded.
    "Horaire de 11.88 Euros sur 12 mois": { value: 11.88, currency: "EUR", period: "hour" },
    "Horaire de 11.88 Euros": { value: 11.88, currency: "EUR", period: "hour" },
    "Mensuel de 2000.0 Euros sur 13.0 mois": { value: 2000, currency: "EUR", period: "month", monthsPerYear: 13 },
    "Mensuel de 3300.00 Euros sur 12 mois": { value: 3300, currency: "EUR", period: "month", monthsPerYear: 12 },
    "Mensuel de 1800.0 Euros à 2000.0 Euros sur 12.0 mois": { min: 1800, max: 2000, currency: "EUR", period: "month", monthsPerYear: 12 },
    "Autre": null,
  };

  it.each(Object.entries(expected))("%s", (text, amount) => {
    const pay = ok(text);
    expect(pay).toEqual(amount ? { amount, text } : { text });
  });

  it("says that \"Autre\" states no pay", () => {
    expect(parsePay("Autre")).toEqual({ ok: true, pay: { text: "Autre" }, warnings: ["« Autre » : la rémunération n'est pas indiquée."] });
  });

  it("refuses France Travail's per-performance pay (Cachet)", () => {
    expect(code("Cachet de 150.0 Euros")).toBe("pay-parse/unsupported-period");
  });

  const dir = "test/fixtures/france-travail";
  it("covers every salaire.libelle of the France Travail fixtures", () => {
    const files = readdirSync(dir).filter((f) => /^ft-.*\.json$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const offer = JSON.parse(readFileSync(join(dir, f), "utf8")) as { salaire?: { libelle?: string } | { libelle?: string }[] };
      const salaires = Array.isArray(offer.salaire) ? offer.salaire : offer.salaire ? [offer.salaire] : [];
      for (const s of salaires) {
        if (s.libelle === undefined) continue;
        expect(Object.keys(expected), f).toContain(s.libelle);
        expect(parsePay(s.libelle).ok, f).toBe(true);
      }
    }
  });
});

describe("parsePay: failures", () => {
  it.each<[unknown, string]>([
    [undefined, "pay-parse/invalid-input"],
    [null, "pay-parse/invalid-input"],
    [1700, "pay-parse/invalid-input"],
    [{ text: "1700 €" }, "pay-parse/invalid-input"],
    ["", "pay-parse/empty"],
    ["   \n\t ", "pay-parse/empty"],
    [" ; - . ", "pay-parse/empty"],
    ["x".repeat(1001), "pay-parse/too-long"],
    ["blabla", "pay-parse/unrecognised"],
    ["Poste en CDI à Paris", "pay-parse/unrecognised"],
    ["1700 € brut ou 1350 € net", "pay-parse/ambiguous"],
    ["1 700 € brut soit 20 400 € par an", "pay-parse/ambiguous"],
    ["2000 €", "pay-parse/ambiguous"],
    ["2000", "pay-parse/ambiguous"],
    ["1700 à 2000", "pay-parse/ambiguous"],
    ["2,500 € par mois", "pay-parse/ambiguous"],
    ["1 700 € brut net par mois", "pay-parse/ambiguous"],
    ["300 € HT TTC par jour", "pay-parse/ambiguous"],
    ["1 700 € par mois, 12 € de l'heure", "pay-parse/ambiguous"],
    ["1 700 € par mois de l'heure", "pay-parse/ambiguous"],
    ["500 €", "pay-parse/ambiguous"],
    ["12 500 € brut", "pay-parse/ambiguous"],
    ["SMIC + 150", "pay-parse/ambiguous"],
    ["2 000 $ par mois", "pay-parse/unsupported-currency"],
    ["2000 dollars", "pay-parse/unsupported-currency"],
    ["20 000 000 € par an", "pay-parse/out-of-range"],
    ["9".repeat(400) + " € par mois", "pay-parse/out-of-range"],
    ["2000 à 1700 € par mois", "pay-parse/invalid-range"],
  ])("%j → %s", (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it("explains in French by default and in English on request", () => {
    expect(parsePay("")).toEqual({ ok: false, error: { code: "pay-parse/empty", message: "Le texte de rémunération est vide." } });
    expect(parsePay("", { locale: "en" })).toEqual({ ok: false, error: { code: "pay-parse/empty", message: "The pay text is empty." } });
    const r = parsePay("1700 € brut ou 1350 € net");
    expect(!r.ok && r.error.message).toBe("Plusieurs montants sont indiqués (1700 € ; 1350 €) : impossible de savoir lequel retenir.");
    const en = parsePay("2 000 à 1 700 € par mois", { locale: "en" });
    expect(!en.ok && en.error.message).toBe("The minimum (2000) is above the maximum (1700) in \"2 000 à 1 700 €\".");
    const long = parsePay("x".repeat(2000), { locale: "en" });
    expect(!long.ok && long.error.message).toBe("The pay text is longer than 1000 characters (2000).");
  });

  it("ignores options it does not understand", () => {
    expect(code("", { locale: "de" } as never)).toBe("pay-parse/empty");
    expect(parsePay("SMIC", null as never).ok).toBe(true);
  });
});

describe("parsePay: signs, exponents, months per year and zero are refused, not misread", () => {
  const error = (text: string, locale?: "en") => {
    const r = parsePay(text, { locale });
    return r.ok ? r : r.error;
  };
  it("refuses a minus sign, quoting the amount with its sign (it used to quote « 1800 € »)", () => {
    expect(error("-1800 €")).toEqual({ code: "pay-parse/negative", message: "Montant négatif « -1800 € » : une rémunération est un montant positif." });
    expect(error("Salaire : −1 800 € brut par mois", "en")).toEqual({ code: "pay-parse/negative", message: 'Negative amount "−1 800 €": pay is a positive amount.' });
    expect(code("de -5 à 10 € de l'heure")).toBe("pay-parse/negative");
    // A range's dash is no sign, glued or not.
    expect(ok("1700€-2000€ brut par mois").amount).toEqual({ min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" });
    expect(ok("1 700 € -2 000 € par mois").amount).toEqual({ min: 1700, max: 2000, currency: "EUR", period: "month" });
    expect(ok("– 1 800 € brut par mois").amount).toEqual({ value: 1800, currency: "EUR", basis: "gross", period: "month" });
  });
  it("refuses a plus before an amount: « SMIC + 150 € » without a period is not 150 €", () => {
    expect(error("SMIC + 150 €")).toEqual({ code: "pay-parse/ambiguous", message: "« + 150 € » : un montant ajouté (à quoi ?) n'est pas la rémunération elle-même ; indiquer le montant total." });
    expect(code("+1800 € par mois")).toBe("pay-parse/ambiguous");
    expect(ok("1 800 € brut mensuel + 13e mois").amount?.monthsPerYear).toBe(13);
  });
  it("refuses an exponent, quoting the whole number (« 1e308 », not « 308 »; « 1E3 € par mois » was 3 € a month)", () => {
    expect(error("1e308 €")).toEqual({ code: "pay-parse/unrecognised", message: "« 1e308 » : la notation scientifique n'est pas prise en charge ; écrire le montant en chiffres, par exemple « 2 500 € »." });
    expect(error("1E3 € par mois", "en")).toEqual({ code: "pay-parse/unrecognised", message: '"1E3": scientific notation is not supported; write the amount in figures, for example "2 500 €".' });
    expect(code("2,5e+3 € brut par mois")).toBe("pay-parse/unrecognised");
    // An ordinal is no exponent.
    expect(ok("1 800 € brut par mois, 13e mois").amount?.monthsPerYear).toBe(13);
  });
  it("refuses a number of months per year outside 12–14 instead of dropping it", () => {
    expect(error("2 000 € brut par mois sur 15 mois")).toEqual({ code: "pay-parse/out-of-range", message: "« sur 15 mois » : un salaire est versé sur 12 à 14 mois par an ; une autre durée (celle du contrat ?) s'indique à part." });
    expect(error("Mensuel de 2000.0 Euros sur 15.0 mois", "en")).toEqual({ code: "pay-parse/out-of-range", message: '"sur 15.0 mois": a salary is paid over 12 to 14 months a year; another length (the contract\'s?) is stated separately.' });
    expect(code("Annuel de 39000.0 Euros sur 11.0 mois")).toBe("pay-parse/out-of-range");
    expect(code("2 100 € brut × 15")).toBe("pay-parse/out-of-range");
    expect(code("2 100 € brut x 12 sur 13 mois")).toBe("pay-parse/ambiguous");
    // A multiplication after a figure that is not monthly, or with no amount before it, is not understood.
    expect(error("12 €/h x 35")).toEqual({ code: "pay-parse/ambiguous", message: "« x 35 » après un montant par heure n'est pas compris : seul un salaire mensuel se multiplie par un nombre de mois (12 à 14)." });
    expect(code("x 12 ; 2 100 € brut par mois")).toBe("pay-parse/ambiguous");
    // "x 20 jours", "x 35 h" are durations, skipped as before.
    expect(ok("350 € HT par jour x 20 jours").amount).toEqual({ value: 350, currency: "EUR", tax: "excluding-vat", period: "day" });
    expect(ok("12 €/h x 35 h").amount).toEqual({ value: 12, currency: "EUR", period: "hour" });
    // France Travail writes "sur 12 mois" (or "sur 0.0 mois") after every hourly figure: not recorded, not refused.
    expect(ok("Horaire de 11.88 Euros sur 0.0 mois").amount).toEqual({ value: 11.88, currency: "EUR", period: "hour" });
  });
  it("refuses a zero amount (« Mensuel de 0.00 Euros » was a pay of 0 €)", () => {
    expect(error("Mensuel de 0.00 Euros")).toEqual({ code: "pay-parse/out-of-range", message: "Le montant « 0.00 Euros » est nul : un montant de rémunération est supérieur à 0 €." });
    expect(error("de 0 à 2 000 € brut par mois", "en")).toEqual({ code: "pay-parse/out-of-range", message: 'The amount "0 à 2 000 €" starts at €0: a pay amount is above €0.' });
    expect(code("0 € de l'heure")).toBe("pay-parse/out-of-range");
    expect(ok("Horaire de 0.01 Euros").amount).toEqual({ value: 0.01, currency: "EUR", period: "hour" });
  });
});

describe("parsePay: never throws, always valid", () => {
  const check = (r: ParsePayResult, input: string) => {
    if (r.ok) {
      expect(PaySchema.safeParse(r.pay).success).toBe(true);
      expect(r.pay.text).toBe(input);
    } else {
      expect(CODES).toContain(r.error.code);
      expect(r.error.message.length).toBeGreaterThan(0);
    }
  };

  it("returns a schema-valid Pay or a coded error for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => check(parsePay(s), s)),
      { numRuns: 2000 },
    );
  });

  it("returns a schema-valid Pay or a coded error for strings built from pay vocabulary", () => {
    const piece = fc.constantFrom(
      "1700", "2 000", "1\u202f700", "11,88", "1830.0", "25", "k€", "K€", "€", "euros", "Euros", "à", "-", "–", "et", "entre", "de",
      "brut", "bruts", "net", "HT", "TTC", "par mois", "mensuels", "/h", "de l'heure", "par jour", "annuel", "pour la mission",
      "sur 12.0 mois", "sur 13 mois", "13e mois", "environ", "à partir de", "jusqu'à", "à négocier", "selon profil", "expérience",
      "convention collective", "CCN 66", "SMIC", "%", "en vigueur", "tarif journalier", "enveloppe", "frais", ".", ";", "\n",
      "Mensuel", "Horaire", "Autre", "$", "2,500", "0", "9999999999", "x 13", "× 12", "x 15", "-", "-1800", "+", "1e3", "sur 15 mois",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.constantFrom(" ", "", "\u00a0"), (pieces, sep) => {
        const s = pieces.join(sep);
        check(parsePay(s), s);
      }),
      { numRuns: 3000 },
    );
  });

  it("finishes at once on 100 000-character inputs", () => {
    const inputs = [
      "1".repeat(100_000),
      "1 ".repeat(50_000),
      "1 000".repeat(20_000),
      "à".repeat(100_000),
      "selon ".repeat(16_000),
      "€".repeat(100_000),
      ...fc.sample(fc.string({ minLength: 100_000, maxLength: 100_000, unit: "binary" }), 3),
    ];
    // Refused before any parsing (no timing asserted here: bench/ measures speed; a catastrophic
    // regex would show as a test timeout).
    for (const s of inputs) expect(code(s)).toBe("pay-parse/too-long");
  });

  it("answers on hostile inputs within the length limit", () => {
    const inputs = [
      "1 000".repeat(200),
      "1.000".repeat(200),
      "1,".repeat(500),
      "1 à ".repeat(250),
      "selon profil ".repeat(76),
      "jusqu'a ".repeat(120),
      "/ ".repeat(500),
      "9".repeat(1000),
      "é\u0301\u0301".repeat(333),
    ];
    for (const s of inputs) check(parsePay(s), s);
  });
});

describe("parsePay: a contract's length is not pay months", () => {
  it("reads « CDD sur 6 mois » as a length, not as months per year, and still refuses « sur 15 mois »", () => {
    expect(parsePay("1 800 € brut par mois, CDD sur 6 mois")).toMatchObject({ ok: true, pay: { amount: { value: 1800, period: "month", basis: "gross" } } });
    const six = parsePay("1 800 € brut par mois, CDD sur 6 mois");
    expect(six.ok && six.pay.amount?.monthsPerYear).toBeUndefined();
    expect(parsePay("1 800 € brut par mois sur 15 mois")).toMatchObject({ ok: false, error: { code: "pay-parse/out-of-range" } });
  });
});
