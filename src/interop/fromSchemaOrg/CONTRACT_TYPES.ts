import type { Contract } from "../../generated/types.js";

/** The contract types of the model, as `ess-jobs:contractType` writes them. */
export const CONTRACT_TYPES = new Set<Contract["type"]>(["cdi", "cdd", "insertion", "apprentissage", "professionnalisation", "alternance", "stage", "service-civique", "freelance", "benevolat"]);
