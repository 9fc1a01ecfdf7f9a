import type { Parameter } from "../parameters/Parameter.js";
import { AGREEMENT_MODELS } from "./AGREEMENT_MODELS.js";

/** Every dated, sourced parameter of the encoded collective agreements' pay grids, by IDCC order. */
export const AGREEMENT_PARAMETERS: readonly Parameter<unknown>[] = Object.keys(AGREEMENT_MODELS)
  .sort()
  .flatMap((idcc) => AGREEMENT_MODELS[idcc]!.parameters);
