/**
 * A dated lookup (`stageGratificationAt`, `serviceCiviqueRulesAt`…) remembered by date for the rules:
 * the postings of a run, or of a feed, are judged at a few dates, and the reading of a date never
 * changes (the parameters are constants of the library). Keeps the last `size` dates. The readings are
 * shared between calls: the rules read them and never change them.
 * @internal
 */
export function byDate<T>(lookup: (date: string) => T, size = 16): (date: string) => T {
  const readings = new Map<string, T>();
  return (date) => {
    if (readings.has(date)) return readings.get(date) as T;
    const reading = lookup(date);
    if (readings.size >= size) readings.delete(readings.keys().next().value as string);
    readings.set(date, reading);
    return reading;
  };
}
