// Labels of the generated form: in French from labels-fr.json (the one table of the schema's French
// wording, keyed by definition id and field), in English from the schema's own metadata.
import LABELS from "./labels-fr.json" with { type: "json" };
import type { SchemaNode } from "./schemaForm.js";

type Locale = "fr" | "en";
const fields = LABELS.fields as Record<string, string>;
const help = LABELS.help as Record<string, string>;
const types = LABELS.types as Record<string, string>;
const values = LABELS.values as Record<string, Record<string, string>>;

/** "trialPeriod" → "Trial period". */
const humanise = (key: string) => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const labels = (locale: Locale) => ({
  label(owner: string | undefined, key: string): string {
    if (locale === "en") return humanise(key);
    return fields[`${owner}.${key}`] ?? fields[`*.${key}`] ?? key;
  },
  help(owner: string | undefined, key: string, node: SchemaNode): string | undefined {
    if (locale === "en") return typeof node["description"] === "string" ? node["description"].replace(/`/g, "") : undefined;
    return help[`${owner}.${key}`];
  },
  valueLabel(enumKey: string | undefined, value: string): string {
    return locale === "fr" ? (values[enumKey ?? ""]?.[value] ?? value) : value;
  },
  variantLabel(defId: string, node: SchemaNode): string {
    const title = typeof node["title"] === "string" ? node["title"] : defId;
    return locale === "fr" ? (types[defId] ?? title) : title;
  },
});
