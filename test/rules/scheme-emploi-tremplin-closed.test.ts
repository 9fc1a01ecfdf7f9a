import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "scheme/emploi-tremplin-closed";
const tremplin: JobPosting = { ...base, contracts: [{ type: "cdi" }], schemes: [{ type: "fonjep" }, { type: "emploi-tremplin", name: "emploi tremplin", region: "11" }] };

describe(CODE, () => {
  it("flags the emploi-tremplin scheme in a posting dated from 2019-01-01", () => {
    const [d] = lintCode({ ...tremplin, dates: { posted: "2019-01-01" } }, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "warning", path: ["schemes", 1] });
    expect(d!.message).toBe("L'offre, datée du 2019-01-01, relève du dispositif régional « emploi tremplin » d'Île-de-France : il n'a plus créé de poste après 2015 et s'est éteint (extinction votée au budget régional 2016, derniers financements vers 2018). Vérifiez le financement du poste et retirez la mention.");
  });

  it("accepts it in a posting of 2015, and up to the end of 2018 (existing posts still funded)", () => {
    expect(lintCode({ ...tremplin, dates: { posted: "2015-03-15" } }, CODE)).toEqual([]);
    expect(lintCode({ ...tremplin, dates: { posted: "2018-12-31" } }, CODE)).toEqual([]);
    expect(lintCode({ ...base, dates: { posted: "2024-02-05" } }, CODE)).toEqual([]);
  });
});
