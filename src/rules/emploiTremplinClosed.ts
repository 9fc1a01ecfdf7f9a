import type { Rule, RuleFinding } from "./Rule.js";

/**
 * From this date no posting can be for an emploi-tremplin post. The Île-de-France region created its
 * last new "emploi-tremplin projet" posts in 2015 and voted the scheme's extinction in its 2016 budget;
 * posts already granted were funded until about 2018 (CRESS Île-de-France, « La fin des emplois
 * tremplin »; defi-metiers.fr). A posting of 2016–2018 might still re-fill a post under funding, so
 * the rule only flags postings dated from 2019-01-01: conservative, it never flags a posting that
 * could still be legitimate.
 */
const CLOSED_FROM = "2019-01-01";

/**
 * `scheme/emploi-tremplin-closed`: the posting cites the Île-de-France emploi-tremplin scheme but is
 * dated after the scheme ended (no new posts after 2015, funding of existing ones until about 2018;
 * flagged from 2019-01-01). Judged on the posting's own date (`dates.posted`, else `dates.updated`).
 */
export const emploiTremplinClosed: Rule = {
  code: "scheme/emploi-tremplin-closed",
  defaultSeverity: "warning",
  title: { fr: "Emploi tremplin cité après la fin du dispositif", en: "Emploi tremplin cited after the scheme ended" },
  sources: [
    { label: "CRESS Île-de-France, « La fin des emplois tremplin » (dernières créations de postes en 2015, extinction votée au budget 2016)", url: "https://www.cressidf.org/la-fin-des-emplois-tremplin/" },
    { label: "Défi métiers, fiche dispositif « Emploi tremplin » (mise à jour du 11 avril 2016)", url: "https://www.defi-metiers.fr/dispositifs/emploi-tremplin" },
  ],
  message: {
    fr: (p) =>
      `L'offre, datée du ${p["date"] ?? "?"}, relève du dispositif régional « emploi tremplin » d'Île-de-France : il n'a plus créé de poste après 2015 et s'est éteint (extinction votée au budget régional 2016, derniers financements vers 2018). Vérifiez le financement du poste et retirez la mention.`,
    en: (p) =>
      `The posting, dated ${p["date"] ?? "?"}, cites the Île-de-France "emploi tremplin" scheme: it created no new post after 2015 and has ended (extinction voted in the 2016 regional budget, last funding around 2018). Check how the job is funded and remove the mention.`,
  },
  check(posting) {
    const date = posting.dates?.posted ?? posting.dates?.updated;
    if (!date || date < CLOSED_FROM) return [];
    const findings: RuleFinding[] = [];
    posting.schemes?.forEach((s, i) => s.type === "emploi-tremplin" && findings.push({ path: ["schemes", i], params: { date } }));
    return findings;
  },
};
