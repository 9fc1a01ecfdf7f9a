import { serviceCiviqueIndemnityOn } from "./datedReadings.js";
import { euros } from "./euros.js";
import type { Rule } from "./Rule.js";
import { SERVICE_CIVIQUE_SOURCES } from "./serviceCiviqueSources.js";

/**
 * `service-civique/indemnity-not-legal`: the monthly indemnity stated for a service civique is none of
 * the legal amounts of its date, read with `serviceCiviqueIndemnityAt`: the State's indemnity alone,
 * the State's indemnity plus the host's minimum prestation de subsistance (the usual total), or that
 * total with the social majoration, each either net (as the Agence du service civique publishes it) or
 * gross (before CSG and CRDS), since offers state either. An amount above the usual net total is
 * accepted (the host's prestation is a minimum). One euro of tolerance, or 2 % when the posting gives the figure as approximate.
 * Only judged when every contract of the posting is a service civique and the amount is monthly.
 */
export const serviceCiviqueIndemnity: Rule = {
  code: "service-civique/indemnity-not-legal",
  defaultSeverity: "error",
  title: { fr: "Indemnité de service civique différente des montants légaux", en: "Service civique indemnity other than the legal amounts" },
  sources: SERVICE_CIVIQUE_SOURCES,
  message: {
    fr: (p) =>
      `L'indemnité indiquée (${p["amount"] ?? "?"} par mois) ne correspond à aucun montant légal au ${p["date"] ?? "jour de l'offre"} : ${p["state"] ?? "?"} nets (${p["stateGross"] ?? "?"} bruts) versés par l'État, plus au moins ${p["host"] ?? "?"} de prestation de subsistance versés par l'organisme d'accueil, soit ${p["total"] ?? "?"} par mois${p["majorated"] ? ` (${p["majorated"]} avec la majoration sur critères sociaux)` : ""} (Code du service national, art. R121-23 à R121-25).`,
    en: (p) =>
      `The indemnity stated (${p["amountEn"] ?? "?"} a month) is none of the legal amounts on ${p["date"] ?? "the posting date"}: ${p["stateEn"] ?? "?"} net (${p["stateGrossEn"] ?? "?"} gross) paid by the State, plus at least ${p["hostEn"] ?? "?"} of prestation de subsistance paid by the host, that is ${p["totalEn"] ?? "?"} a month${p["majoratedEn"] ? ` (${p["majoratedEn"]} with the social-criteria majoration)` : ""} (Code du service national, art. R121-23 to R121-25).`,
  },
  check(posting, context) {
    if (!posting.contracts.every((c) => c.type === "service-civique")) return [];
    const amount = posting.pay?.amount;
    if (!amount || amount.period !== "month") return [];
    const legal = serviceCiviqueIndemnityOn(context.date);
    if (!legal) return [];
    const findings = [];
    const tolerance = (x: number) => Math.max(1, amount.approximate ? x * 0.02 : 0);
    const near = (a: number, x: number) => Math.abs(a - x) <= tolerance(x);
    for (const key of ["value", "min", "max"] as const) {
      const a = amount[key];
      if (a === undefined) continue;
      const grossTotal = Math.round((legal.stateGross + legal.hostMinimum) * 100) / 100;
      const ok =
        [legal.state, legal.stateGross, legal.total, grossTotal].some((x) => near(a, x)) || a >= legal.total - tolerance(legal.total);
      if (!ok) {
        findings.push({
          path: ["pay", "amount", key],
          params: {
            amount: euros(a, "fr"),
            amountEn: euros(a, "en"),
            date: context.date,
            state: euros(legal.state, "fr"),
            stateEn: euros(legal.state, "en"),
            stateGross: euros(legal.stateGross, "fr"),
            stateGrossEn: euros(legal.stateGross, "en"),
            host: euros(legal.hostMinimum, "fr"),
            hostEn: euros(legal.hostMinimum, "en"),
            total: euros(legal.total, "fr"),
            totalEn: euros(legal.total, "en"),
            ...(legal.majoration !== undefined
              ? { majorated: euros(legal.total + legal.majoration, "fr"), majoratedEn: euros(legal.total + legal.majoration, "en") }
              : {}),
          },
        });
      }
    }
    return findings;
  },
};
