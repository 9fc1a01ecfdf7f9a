// The helpers that let a rule skip a text cheaply: trigger words found in one pass, alternations
// factored by prefix, the lower-case form the guards read. A guard may let through a text the rule's
// pattern then rejects, never the reverse: these tests check that the helpers find every word a plain
// search finds, and that the rules still catch their phrases written in capitals or with a long s.
import { describe, expect, it } from "vitest";
import { lintJobPosting, type JobPosting } from "../../src/index.js";
import { literalAlternation } from "../../src/rules/literalAlternation.js";
import { foldWord, triggersIn, triggerWords } from "../../src/rules/triggerWords.js";
import { base } from "./lintCode.js";

const EN = ["the", "their", "they", "this", "that", "to", "an", "and", "at", "it", "its", "is"];

describe("literalAlternation", () => {
  it("factors the words by prefix", () => {
    expect(literalAlternation(["compte à", "compte au", "sous l", "sous la"])).toBe("(?:compte (?:à|au)|sous l(?:a)?)");
  });

  it("matches exactly the words a plain alternation matches, and the longest at a place", () => {
    const factored = new RegExp(`^(?:${literalAlternation(EN)})`);
    const longestFirst = new RegExp(`^(?:${[...EN].sort((a, b) => b.length - a.length).join("|")})`);
    for (const text of ["their way", "they", "the", "thes", "th", "its own", "it", "an and", "andes", "a.b", "tothe", "x"]) {
      expect(factored.exec(text)?.[0], text).toBe(longestFirst.exec(text)?.[0]);
    }
  });

  it("escapes what the pattern syntax would read", () => {
    const re = new RegExp(literalAlternation(["a.b", "c+", "(d)"]));
    expect(re.test("axb")).toBe(false);
    expect(["a.b", "c+", "(d)"].every((w) => re.test(w))).toBe(true);
  });
});

describe("triggersIn", () => {
  const triggers = triggerWords({ one: ["famil", "enfant"], two: ["familiale"], three: ["sous l", "compte à"] });

  it("finds each group whose words the text holds, the words inside or overlapping others included", () => {
    expect(triggersIn("situation familiale", triggers)).toBe(triggers.group.one | triggers.group.two);
    expect(triggersIn("les enfants", triggers)).toBe(triggers.group.one);
    expect(triggersIn("rend compte à la direction", triggers)).toBe(triggers.group.three);
    expect(triggersIn("sans rapport", triggers)).toBe(0);
  });

  it("finds the same groups as a search for each word, on every suffix of a text", () => {
    const text = "famillefamilialesous lacompte àenfantfamiliale";
    for (let i = 0; i < text.length; i++) {
      const rest = text.slice(i);
      const expected =
        (["famil", "enfant"].some((w) => rest.includes(w)) ? triggers.group.one : 0) |
        (rest.includes("familiale") ? triggers.group.two : 0) |
        (["sous l", "compte à"].some((w) => rest.includes(w)) ? triggers.group.three : 0);
      expect(triggersIn(rest, triggers), rest).toBe(expected);
    }
  });
});

describe("triggersIn on a text as written", () => {
  const triggers = triggerWords({ one: ["sous l", "famil"], two: ["exclusi"], three: ["9h", "9\u00a0h"] });

  it("finds the words in any case and with a long s, as the rules' case-insensitive Unicode patterns read them", () => {
    expect(triggersIn("SOUS L'AUTORITÉ", triggers)).toBe(triggers.group.one);
    expect(triggersIn("ſous l'autorité, EXCLUSIVITÉ", triggers)).toBe(triggers.group.one | triggers.group.two);
    expect(triggersIn("Situation FAMILIALE, de 9\u00a0H à 17h", triggers)).toBe(triggers.group.one | triggers.group.three);
    expect(triggersIn("İNCLUSİON", triggers)).toBe(0);
  });

  it("looks a find up as listed: for every code point, foldWord gives the letter the case-insensitive pattern takes it for", () => {
    // The letters of the rules' trigger words and more: a–z, digits, French accented letters, apostrophes, spaces.
    const alphabet = [..."abcdefghijklmnopqrstuvwxyz0123456789àâäçéèêëîïôöùûüÿœæ'’- \u00a0"];
    const codePoints: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) codePoints.push(cp);
    const chunks: string[] = [];
    for (let i = 0; i < codePoints.length; i += 50_000) chunks.push(String.fromCodePoint(...codePoints.slice(i, i + 50_000)));
    const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // One group per letter: which group matched says which letter the pattern took the character for.
    const byLetter = new RegExp(alphabet.map((l) => `(${escape(l)})`).join("|"), "giu");
    const takenFor = new Map<number, string>();
    for (const m of chunks.join("").matchAll(byLetter)) takenFor.set(m[0].codePointAt(0)!, alphabet[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!);
    const letters = new Set(alphabet);
    const differences = codePoints.filter((cp) => {
      const folded = foldWord(String.fromCodePoint(cp));
      return (letters.has(folded) ? folded : undefined) !== takenFor.get(cp);
    });
    expect(differences.map((cp) => cp.toString(16))).toEqual([]);
    expect(takenFor.get(0x17f)).toBe("s"); // the long s
    expect(takenFor.get(0x212a)).toBe("k"); // the Kelvin sign
  });
});

describe("the rules behind a guard catch their phrases in any case", () => {
  const codes = (p: JobPosting) => lintJobPosting(p).map((d) => d.code);
  const freelance: JobPosting = { ...base, contracts: [{ type: "freelance" }] };
  const cases: [string, JobPosting, string][] = [
    ["freelance/subordination-risk", { ...freelance, content: { profile: "Vous travaillerez SOUS L'AUTORITÉ de la directrice." } }, "capitals"],
    ["freelance/subordination-risk", { ...freelance, content: { profile: "Vous travaillerez ſous l'autorité de la directrice." } }, "long s"],
    ["freelance/subordination-risk", { ...freelance, content: { profile: "Présence du lundi au vendredi DE 9H À 17H." } }, "time range in capitals"],
    ["applicant/discriminatory-criterion", { ...base, content: { profile: "NATIONALITÉ FRANÇAISE EXIGÉE" } }, "capitals"],
    ["applicant/age-limit", { ...base, content: { profile: "Candidat ÂGÉ DE MOINS DE 30 ANS" } }, "capitals"],
    ["applicant/age-limit", { ...base, content: { profile: "Candidat âgé de moins de 30 anſ" } }, "long s"],
    ["organisation/pole-emploi-renamed", { ...base, content: { profile: "Inscrit à PÔLE EMPLOI" } }, "capitals"],
    ["service-civique/employment-vocabulary", { ...base, contracts: [{ type: "service-civique" }], content: { profile: "Un SALAIRE motivant." } }, "capitals"],
    ["service-civique/requires-qualification", { ...base, contracts: [{ type: "service-civique" }], content: { profile: "BAFA EXIGÉ" } }, "capitals"],
  ];
  for (const [code, posting, how] of cases) {
    it(`${code}: ${how}`, () => {
      expect(codes(posting)).toContain(code);
    });
  }
});
