import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, loadCorpus, loadDeviations } from "../../scripts/corpus/loadCorpus.js";
import { deviationKey, occurringDeviations, scoreOffer } from "../../scripts/corpus/scoreCorpus.js";

const offers = loadCorpus();
const scores = offers.map(scoreOffer);
const listed = loadDeviations();
/** What the corpus covers today (the target: 60 offers, 10 sources, every contract type, 10 IDCCs); raise as offers are added. */
const MIN_OFFERS = 60;
const MIN_SOURCES = 24;
const MIN_IDCCS = 3;
const CONTRACT_TYPES = ["apprentissage", "benevolat", "cdd", "cdi", "freelance", "insertion", "professionnalisation", "service-civique", "stage"];

describe("the corpus of real offers", () => {
  it("covers many public sources, every contract type and many collective agreements", () => {
    const types = new Set(offers.flatMap((o) => (o.posting as { contracts: { type: string }[] }).contracts.map((c) => c.type)));
    const idccs = new Set(offers.map((o) => (o.posting as { collectiveAgreement?: { idcc: string } }).collectiveAgreement?.idcc).filter(Boolean));
    expect(offers.length).toBeGreaterThanOrEqual(MIN_OFFERS);
    expect(new Set(offers.map((o) => o.source)).size).toBeGreaterThanOrEqual(MIN_SOURCES);
    for (const t of CONTRACT_TYPES) expect(types).toContain(t);
    expect(idccs.size).toBeGreaterThanOrEqual(MIN_IDCCS);
  });

  for (const offer of offers) {
    describe(offer.id, () => {
      const score = scores.find((s) => s.id === offer.id)!;
      const md = readFileSync(join(CORPUS_DIR, "offers", offer.id, "offer.md"), "utf8");

      it("keeps its source URL, capture date and publication date, and no personal e-mail or phone", () => {
        expect(md).toMatch(/^- Source: https?:\/\/\S+$/mu);
        expect(md).toMatch(/^- Captured: 2026-12-02/mu);
        expect(md).toMatch(/^- Published: /mu);
        const files = ["offer.md", "posting.json", "expectations.json"].map((f) => readFileSync(join(CORPUS_DIR, "offers", offer.id, f), "utf8")).join("\n");
        expect(files).not.toMatch(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u);
        expect(files).not.toMatch(/(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/u);
      });

      it("is valid against the schema", () => {
        expect(score.structure).toEqual([]);
      });

      it("has a reason for every expected diagnostic and fact not held", () => {
        for (const d of offer.expectations.diagnostics) {
          expect(d.reason.length).toBeGreaterThan(20);
          expect(d.path === "" || d.path.startsWith("/")).toBe(true);
        }
        for (const f of offer.expectations.factsNotHeld) expect(f.why.length).toBeGreaterThan(10);
      });

      it("gets the expected diagnostics and legal minimum, listed deviations apart", () => {
        const mine = (d: { offer: string }) => d.offer === offer.id;
        expect(occurringDeviations([score]).map(deviationKey).sort()).toEqual(listed.filter(mine).map(deviationKey).sort());
      });
    });
  }

  it("lists each deviation once, with its reason and the fix that owns it, for an offer of the corpus", () => {
    const keys = listed.map(deviationKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of listed) {
      expect(offers.some((o) => o.id === d.offer)).toBe(true);
      expect(d.reason.length).toBeGreaterThan(20);
      expect(d.owner.length).toBeGreaterThan(3);
    }
  });

  it("has a folder per offer with its three files", () => {
    for (const o of offers) for (const f of ["offer.md", "posting.json", "expectations.json"]) expect(existsSync(join(CORPUS_DIR, "offers", o.id, f))).toBe(true);
  });
});
