import type { Source } from "../Parameter.js";
import { smicTexts } from "./smicTexts.js";

/** One revaluation of Mayotte's SMIC, as read in the sources. */
interface SmicMayotteRow {
  effectiveFrom: string;
  /** EUR/hour, gross; `null` when no figure could be sourced. */
  hourly: number | null;
  /** EUR/month for 35 h, gross, as published; `null` when no figure could be sourced. */
  monthly: number | null;
  sources: readonly Source[];
  hourlyVerified: boolean;
  monthlyVerified: boolean;
  note?: string;
}

/** The legal text only (the OpenFisca entry in smicTexts covers the metropolitan rate, not Mayotte's). */
function legal(date: string): Source {
  return smicTexts[date]![0]!;
}

/**
 * Mayotte's SMIC since the Code du travail became applicable there (2018-01-01; before, Mayotte had a
 * SMIG under its own labour code). Each text sets Mayotte's rate in its art. 1, 2°. OpenFisca-France has
 * no Mayotte SMIC parameter: values come from the texts' notices as reproduced by the pages cited.
 * @internal
 */
export const smicMayotteRows: readonly SmicMayotteRow[] = [
  {
    effectiveFrom: "2018-01-01", hourly: 7.46, monthly: 1131.43, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2018-01-01"),
      { label: "Notice of décret 2017-1719 (JORF n° 0297 du 21 décembre 2017), reproduced by idcite.com", url: "https://www.idcite.com/RH-Jorf-Fixation-des-montants-applicables-au-1er-janvier-2018-du-salaire-minimum-de-croissance-national-et-du-minimum_a31493.amp.html" },
      { label: "legisocial.fr: « à Mayotte, 7,57 €/heure (au lieu de 7,46 € en 2018) »", url: "https://legisocial.fr/actualites-sociales/2980-smic-horaire-passera-1003-1er-janvier-2019.html" }],
    note: "The monthly figure is for 35 h/week (firms of 20 or more employees); in 2018 firms under 20 employees in Mayotte still had a 39-hour legal week (1 260,74 € a month).",
  },
  {
    effectiveFrom: "2019-01-01", hourly: 7.57, monthly: 1148.12, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2019-01-01"),
      { label: "legisocial.fr, quoting art. 1, 2° of the decree", url: "https://legisocial.fr/actualites-sociales/2980-smic-horaire-passera-1003-1er-janvier-2019.html" }],
  },
  {
    effectiveFrom: "2020-01-01", hourly: 7.66, monthly: 1161.77, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2020-01-01"),
      { label: "Notice of décret 2019-1387, reproduced by the CDG 971", url: "http://cdg971.com/fr/blog/tag/remuneration" }],
  },
  {
    effectiveFrom: "2021-01-01", hourly: 7.74, monthly: 1173.27, hourlyVerified: false, monthlyVerified: false,
    sources: [legal("2021-01-01"),
      { label: "Notice of décret 2020-1598 (JORF n° 0304 du 17 décembre 2020), reproduced by vLex", url: "https://journal-officiel.vlex.fr/vid/decret-n-2020-1598-853189887" }],
    note: "Single reproduction of the JO notice. The published monthly figure (1 173,27 €) is not 7,74 × 35 × 52 / 12 (= 1 173,90 €).",
  },
  {
    effectiveFrom: "2021-10-01", hourly: 7.91, monthly: 1199.08, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2021-10-01"),
      { label: "Le Journal de Mayotte, 3 octobre 2021", url: "https://lejournaldemayotte.yt/2021/10/03/le-smic-brut-reevalue-a-791-euros-a-mayotte" },
      { label: "Mayotte la 1ère, 4 octobre 2021", url: "https://la1ere.francetvinfo.fr/mayotte/les-syndicats-repondent-a-l-appel-national-de-greve-ce-mardi-5-octobre-pour-la-defense-des-emplois-et-des-salaires-1120324.html" }],
    note: "The published monthly figure (1 199,08 €) is not 7,91 × 35 × 52 / 12 (= 1 199,72 €); both sources give it.",
  },
  {
    effectiveFrom: "2022-01-01", hourly: 7.98, monthly: 1210.3, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2022-01-01"),
      { label: "Notice of décret 2021-1741 (JORF n° 0298 du 23 décembre 2021), reproduced by idcite.com", url: "https://www.idcite.com/JORF-Salaire-minimum-de-croissance-et-minimum-garanti-fixation-des-montants-applicables-au-1er-janvier-2022_a59818.amp.html" },
      { label: "Le Journal de Mayotte, 29 avril 2022 (« de 7,98 euros à 8,19 euros »)", url: "https://lejournaldemayotte.yt/2022/04/29/revalorisation-automatique-du-smic-au-1er-mai" }],
  },
  {
    effectiveFrom: "2022-05-01", hourly: 8.19, monthly: 1242.15, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2022-05-01"),
      { label: "Notice of the arrêté du 19 avril 2022 (JORF n° 0092 du 20 avril 2022), reproduced by ma-veille-juridique.com", url: "https://ma-veille-juridique.com/arrete-du-19-avril-2022-relatif-au-relevement-du-salaire-minimum-de-croissance/" },
      { label: "Le Journal de Mayotte, 29 avril 2022", url: "https://lejournaldemayotte.yt/2022/04/29/revalorisation-automatique-du-smic-au-1er-mai" }],
  },
  {
    effectiveFrom: "2022-08-01", hourly: 8.35, monthly: 1266.42, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2022-08-01"),
      { label: "Le Journal de Mayotte, 10 août 2022, quoting art. 2 of the arrêté", url: "https://lejournaldemayotte.yt/2022/08/10/smic-la-cgt-mayotte-denonce-la-discrimination-a-legard-des-travailleurs-de-mayotte/" },
      { label: "AGA France, « SMIC et minimum garanti : + 2,01 % le 1er août »", url: "https://aga-france.fr/ressources/actualites-aga/sociales/smic-et-minimum-garanti-2-01-le-1er-aout" }],
  },
  {
    effectiveFrom: "2023-01-01", hourly: 8.51, monthly: 1290.68, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2023-01-01"),
      { label: "lexplicite.fr, 23 décembre 2022, quoting the decree's notice", url: "https://www.lexplicite.fr/le-montant-du-smic-est-releve" },
      { label: "IEDOM, Rapport annuel économique 2022 — Mayotte, p. 47 (1 290,68 € a month)", url: "https://iedompp2.web.oxv.fr/IMG/rapport_annuel_iedom_mayotte_2022/files/basic-html/page47.html" }],
  },
  {
    effectiveFrom: "2023-05-01", hourly: 8.7, monthly: 1319.5, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2023-05-01"),
      { label: "gazeti.fr (8,70 € ; 1 319,50 €)", url: "https://gazeti.fr/?p=341115" }],
  },
  {
    effectiveFrom: "2024-01-01", hourly: 8.8, monthly: 1334.67, hourlyVerified: true, monthlyVerified: false,
    sources: [legal("2024-01-01"),
      { label: "Conseil d'État, 6 juin 2025, n° 492789, CGT Mayotte (the decree « fixe à 8,80 euros l'heure le salaire minimum de croissance applicable à Mayotte »)", url: "https://juricaf.org/arret/FRANCE-CONSEILDETAT-20250606-492789" }],
    note: "No published monthly figure found: 1 334,67 € is derived with the official formula (8,80 × 35 × 52 / 12).",
  },
  {
    effectiveFrom: "2024-11-01", hourly: 8.98, monthly: 1361.97, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2024-11-01"),
      { label: "Le Journal de Mayotte, 28 octobre 2024", url: "https://lejournaldemayotte.yt/2024/10/28/revalorisation-du-smic-mayotte-toujours-a-la-traine" }],
    note: "No revaluation on 2025-01-01: 8,98 € applied until 2025-12-31 (L'Info Kwézi: « passe de 8,98 euros à 9,33 euros » on 2026-01-01).",
  },
  {
    effectiveFrom: "2026-01-01", hourly: 9.33, monthly: 1415.05, hourlyVerified: true, monthlyVerified: true,
    sources: [legal("2026-01-01"),
      { label: "Le Journal de Mayotte, 18 décembre 2025", url: "https://lejournaldemayotte.yt/2025/12/18/a-compter-du-1er-janvier-2026-le-smic-va-augmenter-de-39-a-mayotte" },
      { label: "L'Info Kwézi, « Smic à Mayotte : une promesse tenue mais incomplète »", url: "https://www.linfokwezi.fr/smic-a-mayotte-une-promesse-tenue-mais-incomplete" }],
  },
  {
    effectiveFrom: "2026-06-01", hourly: null, monthly: null, hourlyVerified: false, monthlyVerified: false,
    sources: [legal("2026-06-01")],
    note: "Unknown: the arrêté du 22 mai 2026 revalued the SMIC from 2026-06-01 and every in-year arrêté since 2018 also set Mayotte's rate (Code du travail L3231-5 applies there through L3423-1), but Mayotte's figure could not be sourced. Lookups from this date return undefined rather than the outdated 9,33 €.",
  },
];
