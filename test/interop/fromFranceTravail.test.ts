import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromFranceTravail } from "../../src/interop/fromFranceTravail.js";
import { toSchemaOrg } from "../../src/interop/toSchemaOrg.js";
import { checkGoogleJobPosting } from "../../src/interop/checkGoogleJobPosting.js";
import { validateJobPosting } from "../../src/validate/validateJobPosting.js";

const fixtures = join(import.meta.dirname, "..", "fixtures", "france-travail");
const manifest = JSON.parse(readFileSync(join(fixtures, "MANIFEST.json"), "utf8")) as { file: string }[];
const fixture = (file: string) => JSON.parse(readFileSync(join(fixtures, file), "utf8")) as Record<string, unknown>;
const losses = (r: { diagnostics: { code: string; path: (string | number)[] }[] }) => r.diagnostics.map((d) => `${d.code} ${d.path.join(".")}`);

describe.each(manifest.map((m) => m.file))("fixture %s", (file) => {
  const r = fromFranceTravail(fixture(file));
  it("imports into a posting that validateJobPosting accepts structurally", () => {
    expect(r.posting).toBeDefined();
    expect(validateJobPosting(r.posting, { rules: false }).valid).toBe(true);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
  it("publishes as Google-valid JSON-LD", () => {
    const { jsonLd } = toSchemaOrg(r.posting!);
    expect(checkGoogleJobPosting(jsonLd)).toEqual([]);
  });
});

describe("ft-184BJQH: CDD d'insertion (DDI, IAE) of a structure d'insertion, Doubs", () => {
  const r = fromFranceTravail(fixture("ft-184BJQH.json"));
  const p = r.posting!;
  it("contract, scheme, duration", () => {
    expect(p.contracts).toEqual([{ type: "insertion", form: "cddi", duration: { value: 6, unit: "month" } }]);
    expect(p.schemes).toEqual([{ type: "iae", name: "Insertion par l'activ.éco." }]);
  });
  it("pay from the libellé, kept verbatim; complements as benefits", () => {
    expect(p.pay).toEqual({ amount: { value: 11.88, currency: "EUR", period: "hour" }, text: "Horaire de 11.88 Euros sur 12 mois" });
    expect(p.benefits).toEqual([{ type: "other", label: "Comité d'entreprise (CE)" }, { type: "mutuelle", label: "Mutuelle" }]);
  });
  it("place known at the département only", () => {
    expect(p.location?.places).toEqual([{ address: { departement: "25", country: "FR" }, note: "Lieu indiqué au département : 25 - Doubs" }]);
    expect(p.location?.travel).toEqual({ frequency: "frequent", area: "departmental", note: "Fréquents Zone départementale" });
  });
  it("working time, requirements, dates, provenance", () => {
    expect(p.workingTime).toEqual({ schedule: "part-time", label: "temps partiel, Travail le samedi", weekends: true });
    expect(p.requirements?.noExperienceRequired).toBe(true);
    expect(p.requirements?.languages).toEqual([{ language: "fr", strength: "required" }]);
    expect(p.requirements?.drivingLicence).toEqual({ categories: ["B"], strength: "required" });
    expect(p.requirements?.skills).toHaveLength(5);
    expect(p.requirements?.qualities).toEqual(["Faire preuve d'autonomie", "Gérer son stress", "Respecter ses engagements, assumer ses responsabilités"]);
    expect(p.dates).toEqual({ posted: "2024-11-13" });
    expect(p.occupation).toEqual({ romeCode: "K2303", label: "Agent / Agente de déchetterie" });
    expect(p.provenance).toEqual({ sourceUrl: "https://candidat.francetravail.fr/offres/recherche/detail/184BJQH", publisher: "France Travail", externalId: "184BJQH" });
  });
  it("lists its losses", () => {
    expect(losses(r)).toEqual([
      "interop/unmapped lieuTravail.libelle",
      "interop/unmapped salaire.libelle",
      "interop/unmapped competences",
      "interop/unmapped qualitesProfessionnelles",
      "interop/unmapped accessibleTH",
      "interop/unmapped qualificationLibelle",
      "interop/unmapped codeNAF",
      "interop/unmapped offresManqueCandidats",
    ]);
  });
});

describe("ft-184JZNX: CDD under a CUI-CAE (PEC), Guebwiller", () => {
  const r = fromFranceTravail(fixture("ft-184JZNX.json"));
  const p = r.posting!;
  it("contract, scheme, duration, legal reason", () => {
    expect(p.contracts).toEqual([{ type: "cdd", duration: { value: 9, unit: "month" }, reason: "politique-emploi" }]);
    expect(p.schemes).toEqual([{ type: "pec", name: "CUI - CAE" }]);
  });
  it("commune with its INSEE code, postal code and département", () => {
    expect(p.location?.places).toEqual([{ address: { postalCode: "68500", commune: "GUEBWILLER", inseeCode: "68112", departement: "68", country: "FR" } }]);
  });
  it("35 hours a week, full time; hourly pay", () => {
    expect(p.workingTime).toEqual({ schedule: "full-time", weeklyHours: { value: 35 }, label: "35H, Travail en journée" });
    expect(p.pay?.amount).toEqual({ value: 11.88, currency: "EUR", period: "hour" });
  });
  it("applies through the offer's page; the agency is kept as organisational contact", () => {
    expect(p.application?.methods).toEqual([{ type: "url", url: "https://candidat.francetravail.fr/offres/recherche/detail/184JZNX" }]);
    expect(p.application?.note).toMatch(/^Contact : Agence France Travail GUEBWILLER/);
    expect(p.dates).toEqual({ posted: "2024-11-20", updated: "2024-11-22" });
  });
  it("lists its losses and guesses", () => {
    expect(losses(r)).toEqual([
      "interop/assumed natureContrat",
      "interop/unmapped lieuTravail.latitude",
      "interop/unmapped competences",
      "interop/unmapped accessibleTH",
      "interop/unmapped qualificationLibelle",
      "interop/unmapped codeNAF",
      "interop/unmapped offresManqueCandidats",
    ]);
  });
});

describe("ft-186BHVN: CDI of an association (AFAPEI du Calaisis), Calais", () => {
  const r = fromFranceTravail(fixture("ft-186BHVN.json"));
  const p = r.posting!;
  it("contract and monthly pay on 12 months", () => {
    expect(p.contracts).toEqual([{ type: "cdi" }]);
    expect(p.schemes).toBeUndefined();
    expect(p.pay).toEqual({ amount: { value: 3300, currency: "EUR", period: "month", monthsPerYear: 12 }, text: "Mensuel de 3300.00 Euros sur 12 mois" });
    expect(p.content?.sections?.find((s) => s.heading === "Salaire : précisions")?.text).toBe("+ éventuelle reprise d'ancienneté");
  });
  it("education level 7 required, 3 years of experience required, licence B preferred", () => {
    expect(p.requirements?.education).toEqual([{ level: 7, label: "Bac+5 et plus ou équivalents", fields: ["administration système"], strength: "required" }]);
    expect(p.requirements?.experience).toEqual([{ years: 3, domain: "administrateur système", label: "3 An(s) - administrateur système", strength: "required" }]);
    expect(p.requirements?.drivingLicence).toEqual({ categories: ["B"], strength: "preferred" });
  });
  it("place and working time", () => {
    expect(p.location?.places?.[0]?.address).toEqual({ postalCode: "62100", commune: "CALAIS", inseeCode: "62193", departement: "62", country: "FR" });
    expect(p.workingTime).toEqual({ schedule: "full-time", weeklyHours: { value: 35 }, label: "35H Autre" });
  });
  it("lists its losses", () => {
    expect(losses(r)).toEqual([
      "interop/unmapped lieuTravail.latitude",
      "interop/unmapped salaire.commentaire",
      "interop/unmapped salaire.complement1",
      "interop/unmapped formations.0.codeFormation",
      "interop/unmapped competences",
      "interop/unmapped accessibleTH",
      "interop/unmapped qualificationLibelle",
      "interop/unmapped codeNAF",
      "interop/unmapped offresManqueCandidats",
    ]);
  });
});

describe("contract codes and natures (offers shaped as the API documents them)", () => {
  const offer = (extra: Record<string, unknown>) => ({ id: "000TEST", intitule: "Animateur (H/F)", entreprise: { nom: "ASSOCIATION TEST" }, typeContrat: "CDD", natureContrat: "Contrat travail", ...extra });
  const contract = (extra: Record<string, unknown>) => fromFranceTravail(offer(extra)).posting?.contracts[0];
  it("apprentissage and contrat de professionnalisation replace the type", () => {
    expect(contract({ natureContrat: "Contrat apprentissage", typeContratLibelle: "CDD - 24 Mois", alternance: true })).toEqual({ type: "apprentissage", duration: { value: 24, unit: "month" } });
    expect(contract({ natureContrat: "Cont. professionnalisation", typeContratLibelle: "CDD - 12 Mois" })).toEqual({ type: "professionnalisation", duration: { value: 12, unit: "month" } });
  });
  it("insertion forms and schemes", () => {
    expect(contract({ typeContrat: "TTI" })).toEqual({ type: "insertion", form: "ctti" });
    expect(contract({ typeContrat: "DDT" })).toEqual({ type: "insertion", form: "cdd-tremplin" });
    expect(fromFranceTravail(offer({ natureContrat: "Contrat PEC" })).posting?.schemes).toEqual([{ type: "pec", name: "Contrat PEC" }]);
    expect(fromFranceTravail(offer({ natureContrat: "CUI - CIE" })).posting?.schemes).toEqual([{ type: "cui-cie", name: "CUI - CIE" }]);
  });
  it("self-employment, seasonal work, and the approximations reported", () => {
    expect(contract({ typeContrat: "LIB", natureContrat: "Emploi non salarié" })).toEqual({ type: "freelance", status: "independant" });
    expect(contract({ typeContrat: "SAI", typeContratLibelle: "Saisonnier - 15 Jour(s)" })).toEqual({ type: "cdd", reason: "saisonnier", duration: { value: 15, unit: "day" } });
    const mis = fromFranceTravail(offer({ typeContrat: "MIS", typeContratLibelle: "Intérim - 3 Mois" }));
    expect(mis.posting?.contracts[0]).toEqual({ type: "cdd", duration: { value: 3, unit: "month" }, note: "Intérim - 3 Mois (France Travail MIS)" });
    expect(mis.diagnostics.find((d) => d.code === "interop/approximated")?.severity).toBe("warning");
  });
  it("an unknown type is not imported; an unknown nature is kept as a note", () => {
    expect(fromFranceTravail(offer({ typeContrat: "ZZZ" })).diagnostics.map((d) => d.code)).toContain("interop/missing-required");
    expect(contract({ natureContrat: "Nouvelle nature" })).toEqual({ type: "cdd", note: "Nouvelle nature" });
  });
  it("a salary libellé the parser cannot read stays text, with a diagnostic, and no guess", () => {
    const r = fromFranceTravail(offer({ salaire: { libelle: "Selon grille : 1800 ou 1900 Euros" } }));
    expect(r.posting?.pay).toEqual({ text: "Selon grille : 1800 ou 1900 Euros" });
    expect(r.diagnostics.find((d) => d.code === "interop/pay-unparsed")?.path).toEqual(["salaire", "libelle"]);
  });
  it("keeps organisational contact data only", () => {
    const r = fromFranceTravail(offer({ contact: { nom: "Mme Jeanne Martin", courriel: "jeanne.martin@example.org", telephone: "06 00 00 00 00", urlPostulation: "https://asso-test.example.org/postuler" } }));
    expect(r.posting?.application).toEqual({ methods: [{ type: "url", url: "https://asso-test.example.org/postuler" }] });
    expect(JSON.stringify(r.posting)).not.toMatch(/Martin|06 00/);
    expect(r.diagnostics.filter((d) => d.code === "interop/personal-data-dropped").map((d) => d.path.join("."))).toEqual(["contact.nom", "contact.courriel", "contact.telephone"]);
    const generic = fromFranceTravail(offer({ contact: { nom: "Service recrutement", courriel: "recrutement@asso-test.example.org" } }));
    expect(generic.posting?.application?.methods).toEqual([{ type: "email", address: "recrutement@asso-test.example.org" }]);
  });
  it("accessibleTH true becomes a text section; an employer without a name is reported", () => {
    const r = fromFranceTravail(offer({ accessibleTH: true, entreprise: {} }));
    expect(r.posting?.content?.sections?.[0]?.heading).toBe("Handicap");
    expect(r.posting?.organisation.name).toBe("Employeur non communiqué");
    expect(r.diagnostics.find((d) => d.path.join(".") === "entreprise.nom")?.severity).toBe("warning");
  });
  it("weekly hours with minutes, Paris arrondissement from the INSEE code, English messages", () => {
    const r = fromFranceTravail(offer({ dureeTravailLibelle: "24H30 Travail en journée", lieuTravail: { libelle: "75 - Paris 11e Arrondissement", commune: "75111", codePostal: "75011" } }), { locale: "en" });
    expect(r.posting?.workingTime?.weeklyHours).toEqual({ value: 24.5 });
    expect(r.posting?.location?.places?.[0]?.address).toMatchObject({ arrondissement: 11, departement: "75", inseeCode: "75111" });
  });
  it("keeps the employer of a contact written « EMPLOYEUR - Mme Prénom NOM » and drops the person, her phone included", () => {
    // Shape of contact.nom in real offers (vimchun/Job-Market-in-France dumps, 430 of 3 521 offers):
    // the employer's name, a dash, a civility and the recruiter's name; the person was kept before.
    const r = fromFranceTravail(offer({ contact: { nom: "ASSOCIATION TEST - Mme Jeanne MARTIN", coordonnees1: "12 RUE DE LA PAIX", telephone: "0600000000" } }));
    expect(r.posting?.application).toEqual({ note: "Contact : ASSOCIATION TEST ; 12 RUE DE LA PAIX" });
    expect(JSON.stringify(r.posting)).not.toMatch(/Jeanne|MARTIN|0600000000/);
    expect(r.diagnostics.filter((d) => d.code === "interop/personal-data-dropped").map((d) => d.path.join("."))).toEqual(["contact.nom", "contact.telephone"]);
    // A civility before a service is no person; an employer alone keeps its phone.
    expect(fromFranceTravail(offer({ contact: { nom: "ASSOCIATION TEST - Mme Service RH", telephone: "0300000000" } })).posting?.application).toEqual({ note: "Contact : ASSOCIATION TEST - Service RH", contact: { phone: "0300000000" } });
    expect(fromFranceTravail(offer({ contact: { nom: "M. Jean Dupont - Responsable recrutement" } })).posting?.application).toEqual({ note: "Contact : Responsable recrutement" });
    expect(fromFranceTravail(offer({ entreprise: {}, contact: { nom: "ENTREPRISE X - M. Jean DUPONT" } })).posting?.application).toEqual({ note: "Contact : ENTREPRISE X" });
  });
  it("a salary libellé with a period and no amount (« Annuel de ») gives no pay and no parse warning", () => {
    const r = fromFranceTravail(offer({ salaire: { libelle: "Annuel de" } }));
    expect(r.posting?.pay).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.path.join(".") === "salaire.libelle").map((d) => `${d.severity} ${d.code}`)).toEqual(["info interop/unmapped"]);
  });
  it("an implausible amount (under 100 € a month, under 1 000 € a year) stays text with a warning, not a pay below the SMIC", () => {
    // The three such libellés of the 3 521 real offers (vimchun/Job-Market-in-France dumps: 7977373,
    // 5970562 with "35 H", 4433549); imported literally, each was a pay/below-smic error.
    const imported = (libelle: string, locale?: "en") => {
      const r = fromFranceTravail(offer({ dureeTravailLibelle: "35 H", salaire: { libelle } }), { locale });
      const d = r.diagnostics.filter((x) => x.path.join(".") === "salaire.libelle");
      const belowSmic = validateJobPosting(r.posting).diagnostics.some((x) => x.code === "pay/below-smic");
      return { pay: r.posting?.pay, diagnostics: d.map((x) => `${x.severity} ${x.code}: ${x.message}`), belowSmic };
    };
    expect(imported("Mensuel de 11,88 Euros à 14,00 Euros")).toEqual({
      pay: { text: "Mensuel de 11,88 Euros à 14,00 Euros" },
      diagnostics: ["warning interop/implausible-amount: Montant mensuel invraisemblable (moins de 100 €) dans « Mensuel de 11,88 Euros à 14,00 Euros » : gardé comme texte, sans montant. Sans doute un taux horaire (11,88 à 14 € de l'heure), à vérifier auprès de l'employeur."],
      belowSmic: false,
    });
    expect(imported("Mensuel de 14,96 Euros à 14,96 Euros").diagnostics).toEqual([
      "warning interop/implausible-amount: Montant mensuel invraisemblable (moins de 100 €) dans « Mensuel de 14,96 Euros à 14,96 Euros » : gardé comme texte, sans montant. Sans doute un taux horaire (14,96 € de l'heure), à vérifier auprès de l'employeur.",
    ]);
    expect(imported("Annuel de 40,00 Euros à 45,00 Euros", "en")).toEqual({
      pay: { text: "Annuel de 40,00 Euros à 45,00 Euros" },
      diagnostics: ['warning interop/implausible-amount: Implausible yearly amount (under €1,000) in "Annuel de 40,00 Euros à 45,00 Euros": kept as text, with no amount. Probably thousands of euros (€40,000 to €45,000 a year), to be checked with the employer.'],
      belowSmic: false,
    });
    // No reading offered when none is likely; the bounds themselves are not implausible.
    expect(imported("Mensuel de 80,00 Euros").diagnostics).toEqual(["warning interop/implausible-amount: Montant mensuel invraisemblable (moins de 100 €) dans « Mensuel de 80,00 Euros » : gardé comme texte, sans montant."]);
    expect(imported("Mensuel de 99,99 Euros").pay).toEqual({ text: "Mensuel de 99,99 Euros" });
    // From 100 € a month the amount is kept as stated, and the rules judge it (what the three above were before).
    expect(imported("Mensuel de 100,00 Euros")).toMatchObject({ pay: { amount: { value: 100, currency: "EUR", period: "month" }, text: "Mensuel de 100,00 Euros" }, belowSmic: true });
    expect(imported("Annuel de 999,00 Euros").pay).toEqual({ text: "Annuel de 999,00 Euros" });
    expect(imported("Annuel de 1000,00 Euros").pay?.amount).toEqual({ value: 1000, currency: "EUR", period: "year" });
    // An hourly rate is read as stated.
    expect(imported("Horaire de 11.88 Euros").pay?.amount).toEqual({ value: 11.88, currency: "EUR", period: "hour" });
  });
  it("a zero salary libellé (« Mensuel de 0.00 Euros ») stays text: the parser refuses a zero amount", () => {
    const r = fromFranceTravail(offer({ salaire: { libelle: "Mensuel de 0.00 Euros" } }));
    expect(r.posting?.pay).toEqual({ text: "Mensuel de 0.00 Euros" });
    expect(r.diagnostics.filter((d) => d.path.join(".") === "salaire.libelle").map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual([
      "warning interop/pay-unparsed: Salaire gardé comme texte : Le montant « 0.00 Euros » est nul : un montant de rémunération est supérieur à 0 €.",
    ]);
  });
  it("« Aucune formation scolaire » next to a diploma level: the level stays, « no diploma required » goes, with a warning", () => {
    const r = fromFranceTravail(offer({ formations: [{ niveauLibelle: "Aucune formation scolaire", exigence: "E" }, { niveauLibelle: "Bac+5 et plus ou équivalents", domaineLibelle: "biologie", exigence: "E" }] }));
    expect(r.posting?.requirements).toEqual({ education: [{ level: 7, label: "Bac+5 et plus ou équivalents", fields: ["biologie"], strength: "required" }] });
    expect(r.diagnostics.find((d) => d.path.join(".") === "formations")).toMatchObject({ code: "interop/approximated", severity: "warning" });
    expect(fromFranceTravail(offer({ formations: [{ niveauLibelle: "Aucune formation scolaire", exigence: "S" }] })).posting?.requirements).toEqual({ noDiplomaRequired: true });
  });
  it("an interim mission under « Insertion par l'activ.éco. » is a CTTI (ETTI), not an approximated interim CDD", () => {
    const r = fromFranceTravail(offer({ entreprise: { nom: "ETTI TEST" }, typeContrat: "MIS", typeContratLibelle: "Intérim - 2 Mois", natureContrat: "Insertion par l'activ.éco." }));
    expect(r.posting?.contracts).toEqual([{ type: "insertion", form: "ctti", duration: { value: 2, unit: "month" } }]);
    expect(r.posting?.schemes).toEqual([{ type: "iae", name: "Insertion par l'activ.éco." }]);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path.join(".")}`)).toEqual(["info interop/assumed typeContrat"]);
  });
  it("places given as the whole country, a region, a bare département code, or free text after the code", () => {
    const place = (lieuTravail: Record<string, unknown>) => fromFranceTravail(offer({ lieuTravail })).posting?.location?.places;
    expect(place({ libelle: "France" })).toEqual([{ address: { country: "FR" } }]);
    expect(place({ libelle: "Ile-de-France" })).toEqual([{ address: { region: "Île-de-France", country: "FR" } }]);
    expect(place({ libelle: "Québec Canada" })).toEqual([{ note: "Québec Canada" }]);
    expect(place({ libelle: "13", commune: "13055" })).toEqual([{ address: { inseeCode: "13055", departement: "13", country: "FR" } }]);
    const r = fromFranceTravail(offer({ lieuTravail: { libelle: "31 - 20 minutes au sud de Toulouse", codePostal: "31190", commune: "31233" } }));
    expect(r.posting?.location?.places).toEqual([{ address: { postalCode: "31190", inseeCode: "31233", departement: "31", country: "FR" }, note: "20 minutes au sud de Toulouse" }]);
    expect(r.diagnostics.find((d) => d.path.join(".") === "lieuTravail.libelle")?.code).toBe("interop/unmapped");
  });
  it("never throws", () => {
    expect(fromFranceTravail(null).diagnostics[0]?.code).toBe("interop/invalid-input");
    expect(fromFranceTravail({ intitule: 3, typeContrat: ["CDI"], lieuTravail: "x", salaire: 12, langues: "fr", permis: [null] }).posting).toBeUndefined();
  });
});
