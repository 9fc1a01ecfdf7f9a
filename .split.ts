import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { readRecords } from "./src/cli/readRecords.js";
import { validateRecord } from "./src/cli/validateRecord.js";
import { jsonReporter } from "./src/cli/report/jsonReporter.js";
const file = process.argv[2]!;
const mode = process.argv[3]!;
const cpu = process.cpuUsage();
let n = 0;
if (mode === "parse") {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) { JSON.parse(line); n++; }
} else {
  let out = 0;
  const rep = jsonReporter((t) => { out += t.length; });
  for await (const r of readRecords(file, "fr")) {
    n++;
    if (mode === "read" || r.kind !== "posting") continue;
    const res = validateRecord(r, { locale: "fr", structureOnly: mode.startsWith("structure") });
    if (!mode.endsWith("-noreport")) rep.result({ file, ...res });
  }
}
const u = process.cpuUsage(cpu);
console.log(mode, n, ((u.user + u.system) / 1e3).toFixed(0), "ms CPU");
