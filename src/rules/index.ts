import { deadlineBeforePosted } from "./deadlineBeforePosted.js";
import { rangeMinAboveMax } from "./rangeMinAboveMax.js";
import { rangeShape } from "./rangeShape.js";
import type { Rule } from "./Rule.js";
import { startBeforePosted } from "./startBeforePosted.js";

/** Every rule the library runs, in the order it runs them. */
export const RULES: readonly Rule[] = [rangeShape, rangeMinAboveMax, deadlineBeforePosted, startBeforePosted];

export type { Rule, RuleContext, RuleFinding, RuleSource } from "./Rule.js";
