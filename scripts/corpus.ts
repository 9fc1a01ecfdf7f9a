/**
 * The corpus report: how the rules fare on real ESS offers (`corpus/offers`), how `parsePay` reads
 * real salary phrases (`corpus/pay-phrases.json`), and each rule's recall on unlawful variants seeded
 * from the lawful offers. `npm run corpus` prints a table; `npm run corpus -- --json` one object.
 */
import { loadCorpus, loadPayPhrases } from "./corpus/loadCorpus.js";
import { payExactness } from "./corpus/payPhrases.js";
import { corpusReport, formatReport } from "./corpus/report.js";
import { seededRecall } from "./corpus/seedViolations.js";

const offers = loadCorpus();
const phrases = loadPayPhrases();
const report = corpusReport(offers, phrases ? payExactness(phrases) : undefined, seededRecall(offers));
process.stdout.write(process.argv.includes("--json") ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
