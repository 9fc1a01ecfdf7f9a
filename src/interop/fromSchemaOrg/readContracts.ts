import type { Contract } from "../../generated/types.js";
import { ESS_JOBS_PROPERTY_IDS as P } from "../ESS_JOBS_PROPERTY_IDS.js";
import type { InputPath as Path } from "../InputPath.js";
import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { CONTRACT_TYPES } from "./CONTRACT_TYPES.js";
import { employmentValue, WORKPLACE_WORDS } from "./employmentValue.js";
import { asList, text, num } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";

const DURATION_UNIT: Record<string, "hour" | "day" | "week" | "month" | "year"> = { HOUR: "hour", HUR: "hour", DAY: "day", WEEK: "week", WEE: "week", MONTH: "month", MON: "month", YEAR: "year", ANN: "year" };

/** Contracts (`ess-jobs:contractType`, `employmentType`, `jobDuration`) and working time. */
export function readContracts(reader: PostingReader): void {
  const { node, posting, options, diag, lost, prop, propText } = reader;
  // Contracts and schedule.
  const contracts: Obj[] = [];
  let schedule: "full-time" | "part-time" | undefined;
  const declared = prop(P.contractType);
  const insertionForm = propText(P.insertionForm);
  for (const { pv, path } of declared) {
    const t = text(pv.value);
    if (t && CONTRACT_TYPES.has(t as Contract["type"])) contracts.push(t === "insertion" ? { type: t, form: insertionForm ?? "cddi" } : { type: t });
    else diag("interop/unknown-value", "warning", [...path, "value"], `Type de contrat « ${t ?? ""} » inconnu.`, `Unknown contract type "${t ?? ""}".`);
  }
  const employment = asList(node.employmentType);
  const fromEmployment: { type: Contract["type"]; assumed: boolean; path: Path }[] = [];
  // Each value, and each part of a value that sites join with commas or slashes ("Full Time , Onsite", "CDI / CDD").
  const employmentParts = employment.flatMap((e, i) => {
    const path = Array.isArray(node.employmentType) ? ["employmentType", i] : ["employmentType"];
    const raw = text(e);
    if (!raw) return [{ raw: "", path }];
    return raw
      .split(/[,/;|]/)
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
      .map((part) => ({ raw: part, path }));
  });
  for (const { raw, path } of employmentParts) {
    const v = employmentValue(raw);
    if (!v) {
      if (WORKPLACE_WORDS.test(raw)) lost(path, `employmentType « ${raw} » dit le lieu de travail, pas le contrat : non repris (jobLocationType TELECOMMUTE dit le télétravail complet).`, `employmentType "${raw}" states the workplace, not the contract: not kept (jobLocationType TELECOMMUTE states full remote work).`);
      else diag("interop/unknown-value", "warning", path, `employmentType « ${raw} » : pas d'équivalent (PER_DIEM, OTHER…), non repris.`, `employmentType "${raw}": no equivalent (PER_DIEM, OTHER…), not kept.`);
      continue;
    }
    if (v.schedule) schedule = schedule && schedule !== v.schedule ? schedule : v.schedule;
    if (v.contract) fromEmployment.push({ type: v.contract, assumed: v.assumed === true, path });
  }
  if (contracts.length === 0) {
    for (const c of fromEmployment) {
      if (contracts.some((k) => k.type === c.type)) continue;
      contracts.push(c.type === "insertion" ? { type: c.type, form: "cddi" } : { type: c.type });
      if (c.assumed) diag("interop/assumed", "info", c.path, `Type de contrat supposé : ${c.type}.`, `Contract type assumed: ${c.type}.`);
    }
    if (contracts.length === 0 && schedule) {
      contracts.push({ type: "cdi" });
      diag("interop/assumed", "info", ["employmentType"], "Seul le temps de travail est indiqué (FULL_TIME/PART_TIME) : CDI supposé.", "Only the working time is stated (FULL_TIME/PART_TIME): permanent contract (CDI) assumed.");
    }
    if (contracts.length === 0 && options.defaultContractType && CONTRACT_TYPES.has(options.defaultContractType)) {
      contracts.push(options.defaultContractType === "insertion" ? { type: "insertion", form: "cddi" } : { type: options.defaultContractType });
      diag("interop/assumed", "info", ["employmentType"], `Aucun type de contrat : ${options.defaultContractType} (option defaultContractType).`, `No contract type: ${options.defaultContractType} (defaultContractType option).`);
    }
  }
  const duration = isObj(node.jobDuration) ? node.jobDuration : typeof node.jobDuration === "string" ? node.jobDuration : undefined;
  if (duration !== undefined) {
    let d: Obj | undefined;
    if (typeof duration === "string") {
      const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$/.exec(duration);
      const parts = m ? ([["year", m[1]], ["month", m[2]], ["week", m[3]], ["day", m[4]]] as const).filter(([, v]) => v !== undefined) : [];
      if (parts.length === 1) d = { value: Number(parts[0]![1]), unit: parts[0]![0] };
    } else {
      const unit = DURATION_UNIT[(text(duration.unitText) ?? text(duration.unitCode) ?? "").toUpperCase()];
      const value = num(duration.value);
      const min = num(duration.minValue);
      const max = num(duration.maxValue);
      if (unit && (value !== undefined || min !== undefined || max !== undefined)) d = { unit, ...(value !== undefined ? { value } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    const target = contracts.length === 1 && contracts[0]!.type !== "cdi" ? contracts[0] : undefined;
    if (d && target) target.duration = d;
    else lost(["jobDuration"], "jobDuration non repris (illisible, ou pas de contrat unique à durée).", "jobDuration not kept (unreadable, or no single fixed-term contract).");
  }
  if (contracts.length) posting.contracts = contracts;

  const workingTime: Obj = {};
  if (schedule) workingTime.schedule = schedule;
  const hours = prop(P.weeklyHours)[0]?.pv;
  if (hours) {
    const v = num(hours.value);
    const min = num(hours.minValue);
    const max = num(hours.maxValue);
    if (v !== undefined || min !== undefined || max !== undefined) workingTime.weeklyHours = { ...(v !== undefined ? { value: v } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  const workHours = text(node.workHours);
  if (workHours) workingTime.label = truncate(workHours, 200);
  if (Object.keys(workingTime).length) posting.workingTime = workingTime;
}
