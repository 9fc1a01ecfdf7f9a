import { describe, expect, it } from "vitest";
import { base, lintCode } from "./lintCode.js";

const CODE = "benefits/transport-share-below-half";

describe(CODE, () => {
  it("flags an employer share of the transport pass below 50 %", () => {
    const p = { ...base, benefits: [{ type: "mutuelle" as const }, { type: "transport" as const, publicTransportShare: 0.3, pass: "Navigo" }] };
    const [d] = lintCode(p, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["benefits", 1, "publicTransportShare"] });
    expect(d!.message).toBe("L'employeur prend en charge 30 % de l'abonnement de transport public : la loi impose au moins 50 % (Code du travail, art. L3261-2 et R3261-1).");
  });

  it("accepts 50 % or more, and does not judge below half time or for freelancers", () => {
    expect(lintCode({ ...base, benefits: [{ type: "transport", publicTransportShare: 0.5, sustainableMobilityAllowance: true }] }, CODE)).toEqual([]);
    expect(lintCode({ ...base, benefits: [{ type: "transport", publicTransportShare: 0.75 }] }, CODE)).toEqual([]);
    expect(lintCode({ ...base, workingTime: { fraction: 0.4 }, benefits: [{ type: "transport", publicTransportShare: 0.4 }] }, CODE)).toEqual([]);
    expect(lintCode({ ...base, contracts: [{ type: "freelance" }], benefits: [{ type: "transport", publicTransportShare: 0.3 }] }, CODE)).toEqual([]);
  });
});
