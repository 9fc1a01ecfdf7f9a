/** The corpus folder at the repository's root. */
export declare const CORPUS_DIR: string;
/** A diagnostic a French labour lawyer would expect on the offer, with one line of reasoning. */
export interface ExpectedDiagnostic {
    code: string;
    /** JSON Pointer of the finding (`/pay/amount`, `` for the root). */
    path: string;
    reason: string;
}
/** The legal minimum expected for one contract of the posting, written from the law. */
export interface ExpectedLegalMinimum {
    contractType: string;
    kind: string;
    basis?: "gross" | "net";
    /** Monthly minimum (a range when it depends on the candidate's age), rounded to the cent. */
    monthly?: {
        min: number;
        max: number;
    };
    why: string;
}
/** A fact of the offer the schema cannot hold, and why it stays text. */
export interface FactNotHeld {
    fact: string;
    why: string;
}
/** What the corpus expects of one offer. */
export interface Expectations {
    diagnostics: ExpectedDiagnostic[];
    legalMinimum: ExpectedLegalMinimum[];
    factsNotHeld: FactNotHeld[];
}
/** One offer of the corpus. */
export interface CorpusOffer {
    /** Folder name, `<source>-<slug>`. */
    id: string;
    /** The public source (job board, federation, employer's site), the folder name's first segment. */
    source: string;
    posting: unknown;
    expectations: Expectations;
}
/** A disagreement between today's rules and the law-based expectations, with the fix that owns it. */
export interface KnownDeviation {
    offer: string;
    code: string;
    path: string;
    kind: "false-positive" | "false-negative";
    reason: string;
    owner: string;
}
/** A legal minimum the library computes differently from the law-based expectation. */
export interface KnownMinimumDeviation {
    offer: string;
    contractIndex: number;
    kind: "legal-minimum";
    reason: string;
    owner: string;
}
/** Every offer of `corpus/offers`, sorted by folder name. */
export declare function loadCorpus(dir?: string): CorpusOffer[];
/** The listed deviations (`corpus/known-deviations.json`), or none. */
export declare function loadDeviations(dir?: string): (KnownDeviation | KnownMinimumDeviation)[];
/** A salary phrase with its expected `parsePay` result (`corpus/pay-phrases.json`). */
export interface PayPhrase {
    phrase: string;
    source: string;
    expected: {
        ok: true;
        pay: Record<string, unknown>;
        collectiveAgreement?: Record<string, unknown>;
    } | {
        ok: false;
        code: string;
    };
}
/** The pay phrases, or undefined when the file does not exist yet. */
export declare function loadPayPhrases(dir?: string): PayPhrase[] | undefined;
