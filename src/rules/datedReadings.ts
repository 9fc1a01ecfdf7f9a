import { serviceCiviqueIndemnityAt } from "../parameters/serviceCivique/serviceCiviqueIndemnityAt.js";
import { serviceCiviqueRulesAt } from "../parameters/serviceCivique/serviceCiviqueRulesAt.js";
import { stageGratificationAt } from "../parameters/stage/stageGratificationAt.js";
import { byDate } from "./byDate.js";

/** `stageGratificationAt`, remembered by date for the stage rules. @internal */
export const stageGratificationOn = byDate(stageGratificationAt);

/** `serviceCiviqueRulesAt`, remembered by date for the service-civique rules. @internal */
export const serviceCiviqueRulesOn = byDate(serviceCiviqueRulesAt);

/** `serviceCiviqueIndemnityAt`, remembered by date for the service-civique rules. @internal */
export const serviceCiviqueIndemnityOn = byDate(serviceCiviqueIndemnityAt);
