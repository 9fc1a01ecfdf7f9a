// One vocabulary of options: `rules` is the per-rule severities and `structureOnly` skips the rules, in
// validateJobPosting (both flavours) as in lintJobPosting and the CLI. The deprecated names (`rules: false`,
// `rules: true`, `ruleSeverities`) still work and give exactly what their replacements give.
import { describe, expect, it } from "vitest";
import { lintJobPosting, validateJobPosting, type JobPosting, type ValidateOptions } from "../src/index.js";
import { validateJobPosting as validateWithValibot } from "../src/valibot/index.js";

// An hourly pay range whose minimum (30 €) is above its maximum (20 €): one error, range/min-above-max.
const inverted: JobPosting = {
  title: "Animateur·rice",
  organisation: { name: "MJC" },
  contracts: [{ type: "cdi" }],
  dates: { posted: "2024-06-03" },
  pay: { amount: { min: 30, max: 20, currency: "EUR", period: "hour" } },
};
const RULE = "range/min-above-max";
const summary = (r: { valid: boolean; diagnostics: { code: string; severity: string }[] }) => ({ valid: r.valid, found: r.diagnostics.map((d) => `${d.code}:${d.severity}`) });

describe.each([
  ["zod", validateJobPosting],
  ["valibot", validateWithValibot],
])("validateJobPosting (%s flavour): option names", (_, validate) => {
  const run = (options: ValidateOptions) => summary(validate(inverted, options));

  it("runs the rules by default, and structureOnly: true skips them", () => {
    expect(run({})).toEqual({ valid: false, found: [`${RULE}:error`] });
    expect(run({ structureOnly: true })).toEqual({ valid: true, found: [] });
    expect(run({ structureOnly: false })).toEqual(run({}));
  });

  it("rules sets a rule's severity, as in lintJobPosting", () => {
    expect(run({ rules: { [RULE]: "warning" } })).toEqual({ valid: true, found: [`${RULE}:warning`] });
    expect(run({ rules: { [RULE]: "info" } })).toEqual({ valid: true, found: [`${RULE}:info`] });
    expect(run({ rules: { [RULE]: "off" } })).toEqual({ valid: true, found: [] });
    expect(validate(inverted, { rules: { [RULE]: "warning" } }).diagnostics).toEqual(lintJobPosting(inverted, { rules: { [RULE]: "warning" } }));
  });

  it("the deprecated rules: false is structureOnly: true, rules: true the default", () => {
    expect(validate(inverted, { rules: false })).toEqual(validate(inverted, { structureOnly: true }));
    expect(validate(inverted, { rules: true })).toEqual(validate(inverted, {}));
  });

  it("the deprecated ruleSeverities is rules; for a code both name, rules wins", () => {
    for (const setting of ["off", "info", "warning", "error"] as const) {
      expect(validate(inverted, { ruleSeverities: { [RULE]: setting } })).toEqual(validate(inverted, { rules: { [RULE]: setting } }));
    }
    expect(run({ ruleSeverities: { [RULE]: "off" }, rules: { [RULE]: "warning" } })).toEqual({ valid: true, found: [`${RULE}:warning`] });
    expect(run({ ruleSeverities: { [RULE]: "off" }, rules: { "pay/not-disclosed": "error" } })).toEqual({ valid: true, found: [] });
  });

  it("structureOnly wins over severities that would turn a rule on", () => {
    expect(run({ structureOnly: true, rules: { [RULE]: "error" } })).toEqual({ valid: true, found: [] });
  });
});
