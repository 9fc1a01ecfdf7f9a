import { z } from "zod";
import { LABEL_MAX, PARAGRAPH_MAX } from "./limits.js";

// The limits live in a module without zod, for the rules (ess-jobs/rules loads no zod).
export { LABEL_MAX, PARAGRAPH_MAX };

/**
 * A non-empty, bounded, single-line string: names, titles, list items.
 * @internal
 */
export const label = (description: string, max = LABEL_MAX) =>
  z.string().min(1).max(max).meta({ description });

/**
 * A non-empty, bounded block of free text, which may hold several paragraphs.
 * @internal
 */
export const paragraph = (description: string, max = PARAGRAPH_MAX) =>
  z.string().min(1).max(max).meta({ description });

/**
 * A bounded list of one-line labels.
 * @internal
 */
export const labelList = (description: string, maxItems = 100, max = LABEL_MAX) =>
  z.array(z.string().min(1).max(max)).min(1).max(maxItems).meta({ description });
