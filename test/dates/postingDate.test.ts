import { describe, expect, it } from "vitest";
import { legalMinimumPay, postingDate, validateJobPosting, type JobPosting } from "../../src/index.js";

// Eisenia's two service-civique missions (corpus/offers/eisenia-deux-services-civiques): no publication
// date in the stored copy, only "pour la rentrée de septembre" 2022.
const eisenia: JobPosting = {
  title: "Deux missions de service civique",
  organisation: { name: "Eisenia", legalForm: "association" },
  contracts: [{ type: "service-civique" }],
  dates: { start: { earliest: { date: "2022-09", part: "early" }, label: "pour la rentrée de septembre" } },
};

describe("postingDate falls back to the start when the posting states no date of its own", () => {
  it("an undated posting is judged at the first day of its start: early September 2022 is 2022-09-01", () => {
    expect(postingDate(eisenia)).toBe("2022-09-01");
    expect(postingDate({ ...eisenia, dates: { start: { earliest: { date: "2015-03", part: "mid" } } } })).toBe("2015-03-11");
    expect(postingDate({ ...eisenia, dates: { start: { earliest: { date: "2015" } } } })).toBe("2015-01-01");
    expect(postingDate({ ...eisenia, dates: { start: { earliest: { date: "2024-04-02" } } } })).toBe("2024-04-02");
  });

  it("the publication, update and deadline dates come first", () => {
    expect(postingDate({ ...eisenia, dates: { posted: "2022-06-20", start: eisenia.dates!.start! } })).toBe("2022-06-20");
    expect(postingDate({ ...eisenia, application: { deadline: { date: "2022-07-15", inclusive: true } } })).toBe("2022-07-15");
  });

  it("a start that is not a readable date is skipped, never thrown on", () => {
    for (const earliest of [{ date: "2022-13" }, { date: 2022 }, { date: "2022-09", part: "début" }, "2022-09", null]) {
      expect(postingDate({ ...eisenia, dates: { start: { earliest } } } as unknown as JobPosting)).toBeUndefined();
    }
    const hostile = Object.defineProperty({}, "earliest", { enumerable: true, get: () => { throw new Error("hostile"); } });
    expect(postingDate({ ...eisenia, dates: { start: hostile } } as unknown as JobPosting)).toBeUndefined();
  });

  it("the service-civique indemnity is the one of September 2022 (600,94 € net: 489,59 € + 111,35 €), not today's", () => {
    const [m] = legalMinimumPay(eisenia);
    expect(m?.date).toBe("2022-09-01");
    expect(m?.monthly).toEqual({ min: 600.94, max: 600.94 });
  });

  it("posting/undated still judges the publication date alone: an undated CDD with a start is flagged", () => {
    const cdd: JobPosting = { ...eisenia, contracts: [{ type: "cdd" }] };
    expect(validateJobPosting(cdd).diagnostics.map((d) => d.code)).toContain("posting/undated");
  });
});
