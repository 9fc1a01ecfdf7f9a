/** A text cut to `max` characters, ending with "…" when cut. */
export const truncate = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1).trimEnd() + "…" : s);
