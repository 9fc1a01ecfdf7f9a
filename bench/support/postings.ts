// The postings the benchmarks run on: the real examples of examples/ and variants of them (another
// title, pay text, dates or contract, as a feed carries), valid; and invalid variants (one error each:
// an unknown contract type, a missing title, a SIRET with a wrong checksum, a pay range upside down in
// its type). Shared by bench/throughput.ts and bench/feed.ts so both measure the same inputs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/** The examples, without their `$schema` key, sorted by file name. */
export const EXAMPLES: Record<string, unknown>[] = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const { $schema: _s, ...p } = JSON.parse(readFileSync(join(root, "examples", f), "utf8")) as Record<string, unknown>;
    return p;
  });

const TITLES = ["Chargé·e de mission vie associative", "Coordinateur·rice de projets", "Animateur·rice socioculturel·le", "Responsable administratif·ve et financier·e"];
const PAY_TEXTS = ["Selon convention collective, 1 900 € brut mensuel", "Entre 24 000 et 28 000 € bruts annuels selon expérience", "Indemnité mensuelle légale"];

/** A valid variant of example `i % EXAMPLES.length` (deterministic in `i`). */
export function validVariant(i: number): Record<string, unknown> {
  const base = structuredClone(EXAMPLES[i % EXAMPLES.length]!);
  const k = Math.floor(i / EXAMPLES.length);
  base["id"] = `offre-${i}`;
  if (k % 2 === 1) base["title"] = TITLES[k % TITLES.length];
  const pay = base["pay"] as Record<string, unknown> | undefined;
  if (pay && k % 3 === 1) pay["text"] = PAY_TEXTS[k % PAY_TEXTS.length];
  return base;
}

/** An invalid variant: one structural error, of four kinds in turn. */
export function invalidVariant(i: number): Record<string, unknown> {
  const p = validVariant(i);
  switch (i % 4) {
    case 0:
      p["contracts"] = [{ type: "cdx" }];
      break;
    case 1:
      delete p["title"];
      break;
    case 2:
      p["organisation"] = { ...(p["organisation"] as object), siret: "12345678901234" };
      break;
    default:
      p["dates"] = { posted: "2024-13-45" };
  }
  return p;
}

/** `n` valid variants and `n` invalid ones. */
export function postingSets(n: number): { valid: Record<string, unknown>[]; invalid: Record<string, unknown>[] } {
  return { valid: Array.from({ length: n }, (_, i) => validVariant(i)), invalid: Array.from({ length: n }, (_, i) => invalidVariant(i)) };
}

/** Median and spread (min–max) of samples. */
export function summary(xs: number[]): { median: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
}
