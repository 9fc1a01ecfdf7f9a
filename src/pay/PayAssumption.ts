/** Something a pay computation had to assume because the posting does not say it. */
export interface PayAssumption {
  /** Stable code (`full-time-assumed`, `gross-assumed`, `net-converted`…). */
  code: string;
  /** The assumption in a sentence, in the locale asked for. */
  message: string;
}
