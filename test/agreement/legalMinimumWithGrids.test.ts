import { describe, expect, it } from "vitest";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import { legalMinimumPay } from "../../src/pay/legalMinimumPay.js";

const offer = (collectiveAgreement: JobPosting["collectiveAgreement"]): JobPosting => ({
  title: "Éducateur spécialisé (H/F)",
  organisation: { name: "Association" },
  contracts: [{ type: "cdi" }],
  collectiveAgreement,
});

describe("legalMinimumPay reads the new grids", () => {
  it("CCN 66, éducateur spécialisé named by métier: the grid minimum, not the SMIC (2021-06-01)", () => {
    const [m] = legalMinimumPay(offer({ idcc: "0413", classification: { label: "éducateur spécialisé" } }), { date: "2021-06-01" });
    expect(m).toMatchObject({ kind: "agreement", monthly: { min: 1810.57 } });
  });

  it("CCN 51, aide-soignant named by métier (2020-03-01): 376 × 4,447 € (avenant n° 2017-02)", () => {
    const [m] = legalMinimumPay(offer({ idcc: "0029", classification: { label: "aide-soignant" } }), { date: "2020-03-01" });
    expect(m).toMatchObject({ kind: "agreement", monthly: { min: 1672.07 } });
  });

  it("missions locales, cotation 14 (2023-09-01): 488 × 5,01 €", () => {
    const [m] = legalMinimumPay(offer({ idcc: "2190", classification: { level: 14 } }), { date: "2023-09-01" });
    expect(m).toMatchObject({ kind: "agreement", monthly: { min: 2444.88 } });
  });
});

describe("the SMIC of 2026-06-01 rests on one source: every figure built on it says so", () => {
  it("a CDI judged on 2026-07-01 (an undated offer checked that day) is flagged unverified with the reason", () => {
    const [m] = legalMinimumPay(offer(undefined), { date: "2026-07-01" });
    expect(m).toMatchObject({ kind: "smic", verified: false, monthly: { min: 1867.02 } });
    expect(m!.notes.join(" ")).toMatch(/non confirmée.*date du jour/);
    const [before] = legalMinimumPay(offer(undefined), { date: "2026-05-31" });
    expect(before!.notes.join(" ")).not.toMatch(/non confirmée/);
  });

  it("and so is an agreement minimum compared with it", () => {
    const r = agreementMinimumPay({ idcc: "1316", classification: { group: "A" }, date: "2026-07-01" });
    expect(r.ok && r.verified).toBe(false);
    if (r.ok) expect(r.notes.join(" ")).toMatch(/non confirmée/);
  });
});
