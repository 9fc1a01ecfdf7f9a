import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "organisation/pole-emploi-renamed";
const eligibility: JobPosting["eligibility"] = { anyOf: [{ allOf: [{ type: "registered", with: ["mission-locale", "pole-emploi"], minMonths: 12 }] }] };

describe(CODE, () => {
  it("flags Pôle emploi in a posting dated from 2024-01-01, in the eligibility and in the texts", () => {
    const p: JobPosting = { ...base, dates: { posted: "2024-01-01" }, eligibility, content: { profile: "Être inscrit·e à Pole Emploi depuis un an." } };
    const found = lintCode(p, CODE);
    expect(found.map((d) => [d.code, d.severity, d.path])).toEqual([
      [CODE, "info", ["eligibility", "anyOf", 0, "allOf", 0, "with", 1]],
      [CODE, "info", ["content", "profile"]],
    ]);
    expect(found[0]!.message).toBe("L'offre, datée du 2024-01-01, cite « Pôle emploi » : depuis le 1er janvier 2024, Pôle emploi s'appelle France Travail (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi).");
  });

  it("accepts Pôle emploi the day before, France Travail after, and leaves undated postings to posting/undated", () => {
    expect(lintCode({ ...base, dates: { posted: "2023-12-31" }, eligibility }, CODE)).toEqual([]);
    const ft: JobPosting["eligibility"] = { anyOf: [{ allOf: [{ type: "registered", with: ["france-travail"] }] }] };
    expect(lintCode({ ...base, dates: { posted: "2024-06-01" }, eligibility: ft, content: { summary: "Poste ouvert aux inscrits à France Travail." } }, CODE)).toEqual([]);
    expect(lintCode({ ...base, dates: {}, eligibility }, CODE)).toEqual([]);
  });
});
