import type { Source } from "../parameters/Parameter.js";

/**
 * How an agreement sets its minimum pay:
 * - `"double-point-value"`: group A's coefficient × V1 + the points above it × V2 (ÉCLAT since 2022);
 * - `"coefficient-x-point"`: coefficient (index) × point value, possibly plus allowances (CCN 66, BAD…);
 * - `"pesee"`: a base amount + a job weighting (pesée) × point value (ALISFA);
 * - `"amounts"`: an amount per group or level (Sport, Tourisme social et familial…);
 * - `"unknown"`: not established by the sources.
 */
export type AgreementGridType = "double-point-value" | "coefficient-x-point" | "pesee" | "amounts" | "unknown";

/** A collective agreement in the registry. */
export interface CollectiveAgreementEntry {
  /** The IDCC, a 4-digit string with leading zeros. */
  idcc: string;
  /** The name people use ("ÉCLAT", "CCN 66"). */
  shortName: string;
  /** The official title, as Légifrance (KALI) gives it. */
  name: string;
  /** Former or other names a posting may use. */
  aliases?: readonly string[];
  /** Who applies it, in a line (from the agreement's scope article). */
  employers: string;
  /** How the agreement sets its minimum pay. */
  gridType: AgreementGridType;
  /** `true` when `agreementMinimumPay` encodes this agreement's grid. */
  encoded: boolean;
  /** Légifrance container id of the agreement (`KALICONT…`), when known. */
  kaliId?: string;
  /** Légifrance page of the agreement. */
  url?: string;
  /** Where the IDCC and title were checked. */
  sources: readonly Source[];
  /** `false` when the IDCC and title were only seen in a secondary list, without a KALI container. */
  verified: boolean;
  /** What a reader should know (scope changes, non-extended salary texts, unknown grid). */
  note?: string;
}

const lf = (kali: string) => `https://www.legifrance.gouv.fr/conv_coll/id/${kali}`;

function entry(
  e: Omit<CollectiveAgreementEntry, "url" | "sources" | "verified"> & { sources?: readonly Source[]; verified?: boolean },
): CollectiveAgreementEntry {
  const kali: Source[] = e.kaliId
    ? [{ label: `Légifrance, base KALI, ${e.kaliId} (via @socialgouv/kali-data)`, url: lf(e.kaliId) }]
    : [];
  return {
    ...e,
    ...(e.kaliId ? { url: lf(e.kaliId) } : {}),
    sources: [...kali, ...(e.sources ?? [])],
    verified: e.verified ?? e.kaliId !== undefined,
  };
}

/**
 * The collective agreements (conventions collectives nationales) ESS employers most often apply,
 * by IDCC, with their official title, Légifrance id and the way they set minimum pay. Ordered by
 * IDCC. Look one up with `collectiveAgreement(idcc)`.
 */
export const COLLECTIVE_AGREEMENTS: readonly CollectiveAgreementEntry[] = [
  entry({
    idcc: "0029",
    shortName: "CCN 51",
    name: "Convention collective nationale des établissements privés d'hospitalisation, de soins, de cure et de garde à but non lucratif du 31 octobre 1951",
    aliases: ["FEHAP", "CCN 1951"],
    employers: "Établissements sanitaires, sociaux et médico-sociaux privés non lucratifs (adhérents FEHAP)",
    gridType: "coefficient-x-point",
    encoded: true,
    kaliId: "KALICONT000005635234",
    note:
      "Coefficient de référence × valeur du point, plus compléments et pourcentage d'ancienneté (annexe I) ; encodé depuis 2017 pour les aides-soignants, auxiliaires de puériculture et accompagnants éducatifs et sociaux (avenant n° 2017-02 : point 4,447 € au 1er juillet 2018). Le point de 4,58 € au 1er juillet 2022 vient d'une recommandation patronale FEHAP agréée, opposable aux seuls adhérents, vue dans une source secondaire seulement. Non étendue.",
  }),
  entry({
    idcc: "0405",
    shortName: "UNISSS",
    name: "Convention relative aux établissements médico-sociaux de l'union intersyndicale des secteurs sanitaires et sociaux",
    employers: "Établissements médico-sociaux privés",
    gridType: "coefficient-x-point",
    encoded: true,
    kaliId: "KALICONT000026950865",
    note: "Coefficient du groupe non cadre (A à D) par année d'ancienneté × valeur du point, encodé depuis 2019 (5,459 € au 1er juillet 2022, avenant n° 04-2022) ; depuis le 1er juillet 2022, pas moins que le SMIC + 50 €. Avenants non étendus, agréés ; grilles cadres non encodées.",
  }),
  entry({
    idcc: "0413",
    shortName: "CCN 66",
    name: "Convention collective nationale de travail des établissements et services pour personnes inadaptées et handicapées du 15 mars 1966",
    aliases: ["NEXEM", "CCN 1966"],
    employers: "Établissements et services sociaux et médico-sociaux : handicap, protection de l'enfance, insertion",
    gridType: "coefficient-x-point",
    encoded: true,
    kaliId: "KALICONT000005635407",
    note:
      "Minimum = coefficient × valeur du point + indemnité de sujétion spéciale (annexe 1) ; neuf métiers encodés depuis 2021. Convention et avenants salariaux non étendus, applicables aux adhérents après agrément (art. L. 314-6 CASF).",
  }),
  entry({
    idcc: "0783",
    shortName: "CHRS",
    name: "Convention collective nationale des centres d'hébergement et de réadaptation sociale et dans les services d'accueil, d'orientation et d'insertion pour adultes (CHRS, SOP)",
    aliases: ["Accords CHRS", "SOP"],
    employers: "Centres d'hébergement et de réadaptation sociale, services d'accueil, d'orientation et d'insertion pour adultes",
    gridType: "unknown",
    encoded: false,
    sources: [
      {
        label: "@socialgouv/kali-data 2.671.0, data/index.json (IDCC et titre seulement, sans conteneur KALI)",
        url: "https://github.com/SocialGouv/kali-data",
      },
    ],
    verified: false,
    note: "IDCC et titre relevés dans l'index de kali-data seulement ; grille non vérifiée.",
  }),
  entry({
    idcc: "1031",
    shortName: "Familles rurales",
    name: "Convention collective nationale de la fédération nationale des associations familiales rurales (FNAFR)",
    employers: "Associations Familles rurales",
    gridType: "unknown",
    encoded: false,
    sources: [
      { label: "@socialgouv/kali-data 2.671.0, data/index.json", url: "https://github.com/SocialGouv/kali-data" },
      {
        label: "Accord collectif interbranches du 9 février 2023 (fusion des champs 1518, 1031 et 3203, ÉCLAT de rattachement) (KALITEXT000047582918)",
        url: lf("KALITEXT000047582918"),
      },
    ],
    verified: true,
    note: "Champ rattaché à ÉCLAT (1518) par l'accord interbranches du 9 février 2023 ; la convention reste applicable dans son ancien champ au plus 5 ans faute d'accord d'harmonisation.",
  }),
  entry({
    idcc: "1261",
    shortName: "ALISFA",
    name: "Convention collective nationale des acteurs du lien social et familial : centres sociaux et socioculturels, associations d'accueil de jeunes enfants, associations de développement social local du 4 juin 1983",
    aliases: ["Acteurs du lien social et familial", "Centres sociaux", "SNAECSO"],
    employers: "Centres sociaux et socioculturels, crèches associatives, associations de développement social local, espaces de vie sociale",
    gridType: "pesee",
    encoded: true,
    kaliId: "KALICONT000005635384",
  }),
  entry({
    idcc: "1285",
    shortName: "CCNEAC",
    name: "Convention collective nationale pour les entreprises artistiques et culturelles du 1er janvier 1984",
    aliases: ["Entreprises artistiques et culturelles", "SYNDEAC"],
    employers: "Structures subventionnées du spectacle vivant, souvent associatives",
    gridType: "amounts",
    encoded: true,
    kaliId: "KALICONT000005635964",
    note: "Emplois autres qu'artistiques : montant mensuel par groupe (1 à 9) et échelon (1 à 12) pour 151,40 h, encodé de décembre 2021 à l'accord du 28 avril 2023 (groupe 9, échelon 1 : 1 710,58 € au 1er juin 2023), accords étendus ; minima des artistes non encodés.",
  }),
  entry({
    idcc: "1316",
    shortName: "Tourisme social et familial",
    name: "Convention collective nationale de tourisme social et familial du 28 juin 1979, mise à jour du 10 octobre 1984",
    employers: "Maisons familiales de vacances, villages et centres de vacances à but non lucratif",
    gridType: "amounts",
    encoded: true,
    kaliId: "KALICONT000005635867",
    note: "Montants mensuels par niveau A à G, encodés de 2020 à l'avenant n° 73 (A 1 688 € … G 3 108 €, 2023) ; aucun avenant ultérieur trouvé.",
  }),
  entry({
    idcc: "1516",
    shortName: "Organismes de formation",
    name: "Convention collective nationale des organismes de formation du 10 juin 1988",
    employers: "Organismes de formation privés",
    gridType: "amounts",
    encoded: true,
    kaliId: "KALICONT000005635435",
    note: "Minimum annuel par palier de coefficients, encodé de fin 2022 à 2025 (palier 1, coefficients 100 à 109 : 22 090,38 € au 1er janvier 2025, avenant du 18 novembre 2024).",
  }),
  entry({
    idcc: "1518",
    shortName: "ÉCLAT",
    name: "Convention collective nationale des métiers de l'éducation, de la culture, des loisirs et de l'animation agissant pour l'utilité sociale et environnementale, au service des territoires (ÉCLAT) du 28 juin 1988",
    aliases: ["ECLAT", "Animation", "CCN de l'animation"],
    employers:
      "Organismes privés non lucratifs d'éducation, de culture, de loisirs et d'animation : centres de loisirs, séjours de vacances, périscolaire, écoles de musique et de danse, MJC, éducation à l'environnement, fédérations",
    gridType: "double-point-value",
    encoded: true,
    kaliId: "KALICONT000005635177",
    note: "Nom actuel depuis l'avenant n° 177 du 1er octobre 2019 (ex-« Animation »). Double valeur de point V1/V2 depuis le 1er janvier 2022 (avenant n° 182).",
  }),
  entry({
    idcc: "2128",
    shortName: "Mutualité",
    name: "Convention collective nationale de la mutualité du 31 janvier 2000",
    employers: "Organismes régis par le code de la mutualité",
    gridType: "amounts",
    encoded: false,
    kaliId: "KALICONT000005635784",
    note: "Rémunération minimale annuelle garantie par classe (RMAG) ; valeurs actuelles non vérifiées.",
  }),
  entry({
    idcc: "2190",
    shortName: "Missions locales",
    name: "Convention collective nationale des missions locales et PAIO du 21 février 2001",
    aliases: ["Missions locales et PAIO"],
    employers: "Missions locales, PAIO et leurs regroupements",
    gridType: "coefficient-x-point",
    encoded: true,
    kaliId: "KALICONT000005635091",
    note: "Indice professionnel minimum par cotation × valeur du point, encodé depuis 2022 (5,01 € au 1er juillet 2023, avenant n° 73) ; aucune valeur ultérieure trouvée.",
  }),
  entry({
    idcc: "2336",
    shortName: "Habitat et logement accompagnés",
    name: "Convention collective nationale de l'habitat et du logement accompagnés du 16 juillet 2003",
    aliases: ["Organismes gestionnaires de foyers et services pour jeunes travailleurs", "FJT"],
    employers: "Foyers et services pour jeunes travailleurs, logement accompagné",
    gridType: "coefficient-x-point",
    encoded: true,
    kaliId: "KALICONT000005635560",
    note: "FSJT : pesée minimale de l'emploi-repère n° 1 × valeur de point socle + points au-delà × valeur de tranche supérieure (depuis 2018), encodé depuis le 24 décembre 2021 ; les structures PACT-ARIM ont un autre système, non encodé.",
  }),
  entry({
    idcc: "2511",
    shortName: "Sport",
    name: "Convention collective nationale du sport du 7 juillet 2005",
    aliases: ["CCNS"],
    employers: "Clubs, associations et fédérations sportives, équipements sportifs, enseignement du sport",
    gridType: "amounts",
    encoded: true,
    kaliId: "KALICONT000017577652",
    note: "Montants par groupe depuis l'avenant n° 177 (1er janvier 2023) ; les entraîneurs et sportifs ont leurs propres minima (art. 12.6), non encodés.",
  }),
  entry({
    idcc: "2941",
    shortName: "BAD",
    name: "Convention collective nationale de la branche de l'aide, de l'accompagnement, des soins et des services à domicile du 21 mai 2010",
    aliases: ["Aide à domicile", "Branche de l'aide à domicile"],
    employers: "Associations d'aide, d'accompagnement, de soins et de services à domicile (ADMR, UNA…)",
    gridType: "coefficient-x-point",
    encoded: true,
    kaliId: "KALICONT000025805800",
  }),
  entry({
    idcc: "3016",
    shortName: "Ateliers et chantiers d'insertion",
    name: "Convention collective nationale des ateliers et chantiers d'insertion du 31 mars 2011",
    aliases: ["ACI", "Chantiers d'insertion"],
    employers: "Ateliers et chantiers d'insertion conventionnés (art. L. 5132-15 C. trav.)",
    gridType: "coefficient-x-point",
    encoded: true,
    kaliId: "KALICONT000027181035",
    note: "Coefficient de l'emploi repère et du niveau × valeur du point, encodé depuis 2020 (7,05 € au 1er juillet 2025 selon la presse spécialisée, non vérifié).",
  }),
  entry({
    idcc: "3105",
    shortName: "Régies de quartier",
    name: "Convention collective nationale des régies de quartier du 2 avril 2012",
    employers: "Régies de quartier et de territoire, CNLRQ",
    gridType: "coefficient-x-point",
    encoded: true,
    kaliId: "KALICONT000027199162",
    note: "Montants par niveau et échelon (niveau 1A = SMIC) des accords de 2015 et 2022, non étendus ; 2016 à mi-2022 inconnus. Attention : l'IDCC est 3105 (1875 est celui des cabinets vétérinaires).",
  }),
  entry({
    idcc: "3203",
    shortName: "Pêche de loisir",
    name: "Convention collective nationale des structures associatives de pêche de loisir et de protection du milieu aquatique du 22 juin 2013",
    employers: "Associations de pêche de loisir et de protection du milieu aquatique",
    gridType: "amounts",
    encoded: true,
    kaliId: "KALICONT000029100418",
    note: "Montant mensuel par niveau (I à VI) et échelon, encodé de 2020 à l'avenant n° 13 (niveau I 1 723,77 € au 1er janvier 2023), avenants non étendus. Champ rattaché à ÉCLAT (1518) par l'accord interbranches du 9 février 2023.",
  }),
  entry({
    idcc: "3218",
    shortName: "EPNL",
    name: "Convention collective nationale de l'enseignement privé non lucratif du 13 octobre 2020",
    aliases: ["Enseignement privé non lucratif"],
    employers: "Établissements d'enseignement privés non lucratifs",
    gridType: "coefficient-x-point",
    encoded: true,
    note: "Minimum annuel = points du poste (strate I à IV et degrés) × point EPNL (18,42 € au 1er septembre 2022, accord n° 2022-1), hors points liés à la personne ; non étendu. Aucune valeur ultérieure trouvée.",
    kaliId: "KALICONT000043874879",
  }),
];
