import type { Rule } from "./Rule.js";
import { rangesOf } from "./rangesOf.js";

/**
 * `range/shape`: an amount, duration or hours figure must be stated either as a single `value` or as
 * a `min` and/or `max`, not both and not neither.
 */
export const rangeShape: Rule = {
  code: "range/shape",
  defaultSeverity: "error",
  title: { fr: "Montant ou durée à la fois unique et en fourchette, ou absent", en: "Figure given both as a value and a range, or not at all" },
  sources: [],
  message: {
    fr: (p) =>
      p["problem"] === "both"
        ? "Indiquez soit une valeur unique (value), soit une fourchette (min, max), pas les deux."
        : p["problem"] === "no-bound"
          ? "Indiquez au moins une borne : un minimum (min) ou un maximum (max)."
          : "Indiquez une valeur unique (value) ou une fourchette (min, max).",
    en: (p) =>
      p["problem"] === "both"
        ? "Give either a single value (value) or a range (min, max), not both."
        : p["problem"] === "no-bound"
          ? "Give at least one bound: a minimum (min) or a maximum (max)."
          : "Give a single value (value) or a range (min, max).",
  },
  check(posting, context) {
    const findings = [];
    for (const r of rangesOf(posting, context)) {
      const hasBound = r.min !== undefined || r.max !== undefined;
      if (r.shape === "value-or-range" && r.value !== undefined && hasBound) findings.push({ path: [...r.path, "value"], params: { problem: "both" } });
      else if (r.value === undefined && !hasBound) findings.push({ path: r.path, params: { problem: r.shape === "bounds" ? "no-bound" : "none" } });
    }
    return findings;
  },
};
