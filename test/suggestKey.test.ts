import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateJobPosting } from "../src/index.js";
import { SCHEMA_KEYS } from "../src/generated/schemaKeys.js";
import { validateJobPosting as validateWithValibot } from "../src/valibot/index.js";
import { KEY_SYNONYMS, suggestKey } from "../src/validate/suggestKey.js";

const fixture = (name: string) => (JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/invalid", name), "utf8")) as { posting: Record<string, unknown> }).posting;

describe("unknown-key suggestions", () => {
  it("come from the schema's own keys: synonyms in French and English, then edit distance", () => {
    expect(suggestKey("city")).toBe("commune");
    expect(suggestKey("Code_Postal")).toBe("postalCode");
    expect(suggestKey("salaire")).toBe("pay");
    expect(suggestKey("contract")).toBe("contracts");
    expect(suggestKey("legalFrom")).toBe("legalForm");
    expect(suggestKey("weeklyHour")).toBe("weeklyHours");
    expect(suggestKey("zzzzzzzz")).toBeUndefined();
    expect(suggestKey("x".repeat(10_000))).toBeUndefined();
  });

  it("name only keys the schema has", () => {
    expect(SCHEMA_KEYS).toContain("commune");
    expect(Object.values(KEY_SYNONYMS).filter((k) => !SCHEMA_KEYS.includes(k))).toEqual([]);
  });

  it("appear in the diagnostic's message, in both flavours and both languages", () => {
    const salary = fixture("12-unknown-key-salary.json");
    for (const validate of [validateJobPosting, validateWithValibot]) {
      const fr = validate(salary, { rules: false }).diagnostics.find((d) => d.code === "structure/unknown-key");
      expect(fr).toMatchObject({ path: ["salary"], message: "Champ inconnu « salary » : il n'existe pas dans le schéma ; vouliez-vous dire « pay » ?" });
      const en = validate(fixture("13-typo-legal-from.json"), { rules: false, locale: "en" }).diagnostics.find((d) => d.code === "structure/unknown-key");
      expect(en?.message).toBe('Unknown field "legalFrom": it is not part of the schema; did you mean "legalForm"?');
      const { contracts, ...rest } = salary;
      const contract = validate({ ...rest, contract: contracts }, { rules: false, locale: "en" }).diagnostics.find((d) => d.path[0] === "contract");
      expect(contract?.message).toBe('Unknown field "contract": it is not part of the schema; did you mean "contracts"?');
    }
  });
});
