import { z } from "zod";

/**
 * A calendar date written as an ISO 8601 string, `YYYY-MM-DD` (for example `"2023-07-17"`).
 * The day must exist in that month (`"2024-02-30"` is rejected).
 */
export const IsoDateSchema = z.iso.date().meta({
  id: "IsoDate",
  title: "ISO date",
  description: "A calendar date, ISO 8601 `YYYY-MM-DD`.",
  examples: ["2023-07-17"],
});

/** A calendar date as an ISO 8601 `YYYY-MM-DD` string. */
export type IsoDate = z.infer<typeof IsoDateSchema>;
