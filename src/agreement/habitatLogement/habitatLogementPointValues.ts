import type { Parameter } from "../../parameters/Parameter.js";
import { habitatLogementTexts as t } from "./habitatLogementTexts.js";

/** The two point values of the FSJT pay system: VSo values the points up to Pmin, VTrS those above. */
export interface HabitatLogementPointValues {
  /** Valeur de point socle (EUR), for the points up to the pesée minimale of emploi-repère n° 1. */
  socle: number;
  /** Valeur de point de la tranche supérieure (EUR), for the points above it. */
  trancheSuperieure: number;
}

/**
 * Point values (VSo, VTrS) of the CCN de l'habitat et du logement accompagnés (IDCC 2336) for the
 * foyers et services pour jeunes travailleurs (FSJT), since the two-value system of 2018. The PACT-ARIM
 * structures of the branch have another pay system, not encoded.
 *
 * @example
 * ```ts
 * valueAt(habitatLogementPointValues, "2022-06-01")?.value; // { socle: 1.15, trancheSuperieure: 1.13 }
 * ```
 */
export const habitatLogementPointValues: Parameter<HabitatLogementPointValues> = {
  id: "agreement.2336.pointValues",
  description: "Habitat et logement accompagnés (IDCC 2336, FSJT) : valeurs du point socle et de la tranche supérieure",
  unit: "EUR",
  values: [
    { effectiveFrom: "2018-07-01", value: { socle: 1.105, trancheSuperieure: 1.099 }, sources: [t.av47], verified: true },
    { effectiveFrom: "2019-04-01", value: { socle: 1.12, trancheSuperieure: 1.1 }, sources: [t.av50], verified: true },
    { effectiveFrom: "2020-01-01", value: { socle: 1.135, trancheSuperieure: 1.117 }, sources: [t.av51], verified: true },
    { effectiveFrom: "2022-01-01", value: { socle: 1.15, trancheSuperieure: 1.13 }, sources: [t.av56], verified: true },
    {
      effectiveFrom: "2023-10-14", value: { socle: 1.175, trancheSuperieure: 1.13 }, sources: [t.av62], verified: true,
      note: "In force from the extension (Légifrance dates it 2023-10-14), for every FSJT employer.",
    },
    {
      effectiveFrom: "2024-02-08", value: { socle: 1.175, trancheSuperieure: 1.153 }, sources: [t.av63, t.av63Tripalio], verified: false,
      note: "Avenant n° 63 sets VTrS from 1 January 2024 (trade press); it binds every FSJT employer from the day after its extension order's publication (7 February 2024), the date used here. Not seen in the KALI data.",
    },
  ],
};
