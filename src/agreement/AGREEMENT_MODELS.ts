import { aciModel } from "./aci/aciModel.js";
import { alisfaModel } from "./alisfa/alisfaModel.js";
import { badModel } from "./bad/badModel.js";
import { ccn51Model } from "./ccn51/ccn51Model.js";
import { ccneacModel } from "./ccneac/ccneacModel.js";
import { ccn66Model } from "./ccn66/ccn66Model.js";
import { epnlModel } from "./epnl/epnlModel.js";
import { eclatModel } from "./eclat/eclatModel.js";
import type { AgreementModel } from "./model/AgreementModel.js";
import { pecheLoisirModel } from "./pecheLoisir/pecheLoisirModel.js";
import { organismesFormationModel } from "./organismesFormation/organismesFormationModel.js";
import { habitatLogementModel } from "./habitatLogement/habitatLogementModel.js";
import { missionsLocalesModel } from "./missionsLocales/missionsLocalesModel.js";
import { regiesQuartierModel } from "./regiesQuartier/regiesQuartierModel.js";
import { sportModel } from "./sport/sportModel.js";
import { unisssModel } from "./unisss/unisssModel.js";
import { tourismeSocialModel } from "./tourismeSocial/tourismeSocialModel.js";

/**
 * The encoded pay grids, by IDCC: one folder per agreement (its grid, point values, texts and model),
 * one line here. `agreementMinimumPay` dispatches on this table.
 * @internal
 */
export const AGREEMENT_MODELS: Readonly<Record<string, AgreementModel>> = {
  "0029": ccn51Model,
  "0405": unisssModel,
  "0413": ccn66Model,
  "1261": alisfaModel,
  "1285": ccneacModel,
  "1316": tourismeSocialModel,
  "1516": organismesFormationModel,
  "1518": eclatModel,
  "2190": missionsLocalesModel,
  "2336": habitatLogementModel,
  "2511": sportModel,
  "2941": badModel,
  "3016": aciModel,
  "3105": regiesQuartierModel,
  "3203": pecheLoisirModel,
  "3218": epnlModel,
};
