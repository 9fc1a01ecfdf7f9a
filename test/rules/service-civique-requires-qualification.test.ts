import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "service-civique/requires-qualification";
const sc: JobPosting = { ...base, title: "Volontaire en service civique", contracts: [{ type: "service-civique", duration: { value: 8, unit: "month" } }], pay: { statutory: true } };

describe(CODE, () => {
  it("flags a required diploma, experience or skill", () => {
    const p: JobPosting = {
      ...sc,
      requirements: {
        education: [{ level: 5, label: "Bac+2", strength: "required" }],
        experience: [{ years: 1, strength: "required" }],
        skills: [{ label: "Maîtrise de la suite Adobe", strength: "required" }, { label: "Animation", strength: "learnable" }],
      },
    };
    const found = lintCode(p, CODE);
    expect(found.map((d) => [d.code, d.severity, d.path])).toEqual([
      [CODE, "error", ["requirements", "education", 0]],
      [CODE, "error", ["requirements", "experience", 0]],
      [CODE, "error", ["requirements", "skills", 0]],
    ]);
    expect(found[0]!.message).toBe("Un service civique ne peut pas exiger de diplôme : il est ouvert à tous les jeunes, sans condition de diplôme ni d'expérience (Code du service national, art. L120-1 ; Agence du Service Civique). Présentez-le comme un atout ou une envie d'apprendre.");
    expect(found[1]!.message).toBe("Un service civique ne peut pas exiger d'expérience : il est ouvert à tous les jeunes, sans condition de diplôme ni d'expérience (Code du service national, art. L120-1 ; Agence du Service Civique). Présentez-le comme un atout ou une envie d'apprendre.");
  });

  it("accepts qualities, interests, learnable or preferred skills, and does not judge other contracts", () => {
    const p: JobPosting = { ...sc, requirements: { qualities: ["dynamique"], interests: ["l'ESS"], skills: [{ label: "Animation", strength: "learnable" }], noDiplomaRequired: true } };
    expect(lintCode(p, CODE)).toEqual([]);
    expect(lintCode({ ...base, requirements: { education: [{ level: 7, strength: "required" }] } }, CODE)).toEqual([]);
  });
});
