import type { Rule } from "./Rule.js";
import { rangesOf } from "./rangesOf.js";

/** `range/min-above-max`: a range whose lower bound is above its upper bound ("de 2 000 à 1 700 €"). */
export const rangeMinAboveMax: Rule = {
  code: "range/min-above-max",
  defaultSeverity: "error",
  title: { fr: "Fourchette inversée (minimum au-dessus du maximum)", en: "Range with its minimum above its maximum" },
  sources: [],
  message: {
    fr: (p) => `Fourchette inversée : le minimum (${p["min"]}) dépasse le maximum (${p["max"]}).`,
    en: (p) => `Inverted range: the minimum (${p["min"]}) is above the maximum (${p["max"]}).`,
  },
  check(posting, context) {
    return rangesOf(posting, context)
      .filter((r) => r.min !== undefined && r.max !== undefined && r.min > r.max)
      .map((r) => ({ path: [...r.path, "min"], params: { min: r.min!, max: r.max! } }));
  },
};
