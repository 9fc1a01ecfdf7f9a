import type { Parameter, Source } from "../../parameters/Parameter.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";

const lf = (id: string) => `https://www.legifrance.gouv.fr/conv_coll/id/${id}`;
const OE = "ouvrier-employe" as const;
const TAM = "technicien-agent-de-maitrise" as const;
const CADRE = "cadre" as const;

/** The eleven-group grid of avenant n° 182 with the coefficients that change over time. */
function grid2022(c: { a: number; b: number; c: number; d: number; at: number; prof: number }): AgreementGrid {
  const rows: AgreementGridRow[] = [
    { group: "A", coefficient: c.a, category: OE, label: "Groupe A" },
    { group: "B", coefficient: c.b, category: OE, label: "Groupe B" },
    { group: "C", coefficient: c.c, category: TAM, label: "Groupe C" },
    {
      group: "C",
      coefficient: c.c + 10,
      category: TAM,
      label: "Groupe C avec coordination régulière de quelques personnes (+10 points)",
      alternative: true,
    },
    { group: "D", coefficient: c.d, category: TAM, label: "Groupe D" },
    { group: "E", coefficient: 325, category: TAM, label: "Groupe E" },
    { group: "F", coefficient: 350, category: TAM, label: "Groupe F" },
    { group: "G", coefficient: 375, category: CADRE, label: "Groupe G" },
    { group: "H", coefficient: 400, category: CADRE, label: "Groupe H" },
    { group: "I", coefficient: 450, category: CADRE, label: "Groupe I" },
    { group: "J", coefficient: 500, category: CADRE, label: "Groupe J" },
    { group: "K", category: CADRE, label: "Groupe K (cadre dirigeant, sans coefficient)" },
    {
      level: 1,
      coefficient: c.at,
      category: TAM,
      label: "Grille spécifique, niveau 1 : animateur technicien (temps plein = 26 h de face-à-face + 9 h de préparation)",
      specific: true,
    },
    {
      level: 2,
      coefficient: c.prof,
      category: TAM,
      label: "Grille spécifique, niveau 2 : professeur (temps plein = 24 h de face-à-face + 11 h de préparation)",
      specific: true,
    },
  ];
  return { rows };
}

/** The nine-group grid of avenant n° 170, with group A's coefficient. */
function grid2019(a: number): AgreementGrid {
  return {
    rows: [
      { group: "A", coefficient: a, label: "Groupe A" },
      { group: "B", coefficient: 255, label: "Groupe B" },
      { group: "C", coefficient: 280, label: "Groupe C" },
      { group: "C", coefficient: 290, label: "Groupe C avec coordination (+10 points)", alternative: true },
      { group: "D", coefficient: 300, label: "Groupe D" },
      { group: "E", coefficient: 350, label: "Groupe E" },
      { group: "F", coefficient: 375, label: "Groupe F" },
      { group: "G", coefficient: 400, label: "Groupe G" },
      { group: "H", coefficient: 450, label: "Groupe H" },
      { group: "I", label: "Groupe I (cadre dirigeant, sans coefficient)" },
    ],
    partial: true,
  };
}

const AV182: Source = {
  label: "Avenant n° 182 du 1er octobre 2020 relatif au système de rémunération, « Grille de classification » (KALITEXT000043561749, KALIARTI000043561771)",
  url: lf("KALITEXT000043561749"),
};
const EXT182: Source = {
  label: "Arrêté d'extension du 10 novembre 2021, JORF du 19 novembre 2021",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044340828",
};

/**
 * ÉCLAT (IDCC 1518): the classification grid (groups and coefficients) in force on each date.
 * Groups A–I of avenant n° 170 from 16 October 2019; groups A–K (plus the specific grid of
 * animateurs techniciens and professeurs, levels 1 and 2) of avenant n° 182 from 1 January 2022,
 * with the coefficients raised by avenants n° 193, 198 and 199. The grid in force before avenant
 * n° 170 was not sourced and is left out.
 */
export const eclatGrid: Parameter<AgreementGrid> = {
  id: "agreement.1518.grid",
  description:
    "ÉCLAT (IDCC 1518) : grille de classification (groupes et coefficients, en points).",
  unit: "point",
  values: [
    {
      effectiveFrom: "2019-10-16",
      value: grid2019(245),
      sources: [
        {
          label: "Avenant n° 170 du 5 décembre 2018 relatif à la grille générale de classification (KALITEXT000038523834)",
          url: lf("KALITEXT000038523834"),
        },
      ],
      verified: true,
      note:
        "En vigueur à la date de son arrêté d'extension (date de modification KALI 2019-10-16). Le rattachement des groupes aux catégories (employé, TAM, cadre) de cette grille n'a pas été retrouvé ; la grille spécifique (animateurs techniciens, professeurs) de cette période n'est pas encodée.",
    },
    {
      effectiveFrom: "2021-01-01",
      value: grid2019(247),
      sources: [
        AV182,
        { label: "Avenant n° 182, art. 1.5.3 : « le coefficient du groupe A fixé à 247 points entrera en vigueur dès le 1er janvier 2021 »", url: lf("KALITEXT000043561749") },
      ],
      verified: false,
      note:
        "Lecture de l'art. 1.5.3 de l'avenant n° 182 : groupe A à 247 dès le 1er janvier 2021, les autres coefficients inchangés. L'avenant n'a été étendu qu'au JORF du 19 novembre 2021 : pour les employeurs non adhérents de l'organisation signataire, 245 a pu rester opposable jusque-là.",
    },
    {
      effectiveFrom: "2022-01-01",
      value: grid2022({ a: 247, b: 257, c: 280, d: 300, at: 247, prof: 257 }),
      sources: [
        AV182,
        EXT182,
        { label: "Annexe I, art. 1.6 (catégories), issu de l'avenant n° 182 (KALIARTI000044937740)", url: lf("KALIARTI000044937740") },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2022-07-23",
      value: grid2022({ a: 250, b: 260, c: 280, d: 300, at: 250, prof: 260 }),
      sources: [
        { label: "Avenant n° 193 du 12 avril 2022, art. 3 (KALITEXT000046054207)", url: lf("KALITEXT000046054207") },
        { label: "Arrêté d'extension du 18 juillet 2022, JORF du 22 juillet 2022", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046077304" },
      ],
      verified: true,
      note:
        "Date encodée : celle qui lie tout employeur de la branche. Les adhérents de l'organisation d'employeurs signataire devaient ces coefficients dès le 1er mai 2022 (avenant n° 193, art. 7) ; la clause de rappel au 1er mai 2022 pour les non-adhérents a été exclue de l'extension (arrêté du 18 juillet 2022, JORF du 22 juillet 2022) : tout employeur y est tenu à compter du 23 juillet 2022. Avant cette date, la grille précédente (A 247, B 257) est le minimum opposable à un non-adhérent.",
    },
    {
      effectiveFrom: "2023-11-26",
      value: grid2022({ a: 257, b: 260, c: 280, d: 300, at: 257, prof: 260 }),
      sources: [
        { label: "Avenant n° 198 du 12 juillet 2023, art. 2 (KALITEXT000048452530)", url: lf("KALITEXT000048452530") },
        { label: "Arrêté d'extension du 26 octobre 2023, JORF du 25 novembre 2023 (entrée en vigueur le lendemain)", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048458887" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2024-01-01",
      value: grid2022({ a: 257, b: 265, c: 285, d: 305, at: 257, prof: 265 }),
      sources: [
        { label: "Avenant n° 199 du 12 juillet 2023, art. 3 (KALITEXT000048452545)", url: lf("KALITEXT000048452545") },
        { label: "Annexe I, art. 1.5.1, version consolidée (KALIARTI000048471347)", url: lf("KALIARTI000048471347") },
      ],
      verified: true,
    },
  ],
};
