// The importers and exporters of src/interop on adversarial text of 10 KB, 100 KB and 1 MB: repeated
// tags (nested lists, unclosed "<a", "<script", comments), entities, dots after a URL, runs of spaces.
// Time must grow at most linearly with the size (a ratio between sizes, never an absolute time): a
// quadratic pattern shows ×100 from one size to the next. Issue 17, finding 4.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/generated/types.js";
import { checkGoogleJobPosting } from "../../src/interop/checkGoogleJobPosting.js";
import { fromFranceTravail } from "../../src/interop/fromFranceTravail.js";
import { fromSchemaOrg } from "../../src/interop/fromSchemaOrg.js";
import { toSchemaOrg } from "../../src/interop/toSchemaOrg.js";
import { describeTimeGrowth, LINEAR_GROWTH_LIMIT, measureTimeGrowth } from "../support/timeGrowth.js";

/** Repeats `unit` up to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

/** Adversarial texts: each a trigger of a quadratic pattern or of output that grows faster than the input. */
const TEXTS: Record<string, (size: number) => string> = {
  "nested lists": (n) => fill("<ul><li>", n),
  "unclosed <a": (n) => fill("<a", n),
  "unclosed <script": (n) => fill("<script type=application/ld+json>", n),
  "unclosed comments": (n) => fill("<!--<p>", n),
  "escaped tags": (n) => fill("&lt;p&gt;&amp;", n),
  entities: (n) => fill("&eacute;&#233;&#x00e9;&nbsp;&bogus", n),
  "a URL then dots": (n) => `https://exemple.org/offre${fill(".", n - 30)}x`,
  "spaces, no line break": (n) => `a${fill(" ", n - 2)}b`,
  "spaces and dashes": (n) => `M. ${fill(" - ", n - 6)} x`,
  digits: (n) => fill("1", n),
};

const ftOffer = JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "france-travail", "ft-184JZNX.json"), "utf8")) as Record<string, unknown>;

/** A France Travail offer whose free texts are all the adversarial text. */
const ftWith = (s: string) => ({
  ...ftOffer,
  description: s,
  entreprise: { nom: s, description: s, url: s },
  typeContratLibelle: s,
  dureeTravailLibelle: s,
  experienceLibelle: s,
  salaire: { libelle: s, commentaire: s, complement1: s },
  lieuTravail: { libelle: s, commune: s, codePostal: s },
  contact: { nom: s, coordonnees1: s, coordonnees2: s, coordonnees3: s, courriel: s, telephone: s, commentaire: s, urlPostulation: s },
  permis: [{ libelle: s, exigence: "S" }],
  formations: [{ niveauLibelle: s, commentaire: s, domaineLibelle: s }],
});

/** A JSON-LD JobPosting whose texts are all the adversarial text. */
const ldWith = (s: string) => ({
  "@context": "https://schema.org",
  "@type": "JobPosting",
  title: s,
  description: s,
  datePosted: s,
  validThrough: s,
  employmentType: s,
  hiringOrganization: { "@type": "Organization", name: s, sameAs: s, logo: s, description: s },
  jobLocation: [{ "@type": "Place", address: s }, { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: s, postalCode: s, addressCountry: s } }],
  baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: s, unitText: s } },
  jobBenefits: s,
  skills: s,
  experienceRequirements: s,
  educationRequirements: s,
  url: s,
  applicationContact: { email: s, telephone: s, url: s },
  identifier: { "@type": "PropertyValue", name: s, value: s },
});

/** A posting (not validated: hostile values reach toSchemaOrg unchecked) whose texts are all the adversarial text. */
const postingWith = (s: string) =>
  ({
    title: s,
    subtitle: s,
    organisation: { name: s, description: s, website: s },
    contracts: [{ type: "cdd", note: s }],
    content: { summary: s, context: s, missions: [{ title: s, intro: s, tasks: [{ text: s, subtasks: [{ text: s }] }] }], sections: [{ heading: s, text: s }], profile: s },
    pay: { text: s },
    workingTime: { label: s, note: s },
    location: { places: [{ name: s, address: { commune: s, country: "FR" }, note: s }] },
    requirements: { skills: [{ label: s }], qualities: [s] },
    application: { note: s, methods: [{ type: "url", url: s }] },
    dates: { posted: "2024-05-02" },
  }) as unknown as JobPosting;

const cases: [string, (s: string) => unknown][] = [
  ["fromFranceTravail", (s) => fromFranceTravail(ftWith(s))],
  ["fromSchemaOrg (JSON-LD object)", (s) => fromSchemaOrg(ldWith(s))],
  ["fromSchemaOrg (HTML page)", (s) => fromSchemaOrg(`<html><body>${s}<script type="application/ld+json">{"@type":"JobPosting"}</script>${s}</body></html>`)],
  ["toSchemaOrg", (s) => toSchemaOrg(postingWith(s))],
  ["checkGoogleJobPosting", (s) => checkGoogleJobPosting(ldWith(s), { date: "2024-05-02" })],
];

describe.each(cases)("%s grows at most linearly", (_name, run) => {
  it.each(Object.entries(TEXTS))("on %s", (_text, make) => {
    const growth = measureTimeGrowth(make, run); // best of 3 rounds: a shared machine adds noise
    for (const ratio of growth.ratios) expect(ratio, describeTimeGrowth(growth)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});
