// The JSON Schema validators of other languages the project proves its schema in, each run from its
// Debian package (installed by .ci/run). Each runner reads a JSON array of instances on standard input
// and prints a JSON array of verdicts; all read the draft-07 copy, the draft every one of them knows.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const here = import.meta.dirname;
export const root = join(here, "..", "..");
export const DRAFT_07 = join(root, "schemas", "draft-07", "job-posting.schema.json");

export interface Runner {
  /** Language and library, as reported. */
  name: string;
  /** The Debian packages it needs. */
  packages: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

export const RUNNERS: Runner[] = [
  { name: "Go gojsonschema", packages: "golang-go golang-github-xeipuuv-gojsonschema-dev", command: "go", args: ["run", join(here, "validate.go"), DRAFT_07], env: { GO111MODULE: "off", GOPATH: "/usr/share/gocode", GOFLAGS: "" } },
  { name: "Ruby json_schemer", packages: "ruby ruby-json-schemer", command: "ruby", args: [join(here, "validate.rb"), DRAFT_07] },
  { name: "Perl JSON::Validator", packages: "libjson-validator-perl", command: "perl", args: [join(here, "validate.pl"), DRAFT_07] },
  { name: "PHP justinrainbow/json-schema", packages: "php-cli php-json-schema", command: "php", args: [join(here, "validate.php"), DRAFT_07] },
  // Debian's python3, not a virtualenv's: python3-fastjsonschema installs there.
  { name: "Python fastjsonschema", packages: "python3-fastjsonschema", command: "/usr/bin/python3", args: [join(here, "validate_fastjsonschema.py"), DRAFT_07] },
];

/** Runs a runner on instances: its verdicts, or why it could not run (toolchain or library absent). */
export function runValidator(runner: Runner, instances: unknown[]): { verdicts: boolean[] } | { missing: string } {
  const r = spawnSync(runner.command, runner.args, {
    input: JSON.stringify(instances),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...runner.env },
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") return { missing: `${runner.command} not found (apt-get install ${runner.packages})` };
  if (r.status !== 0) {
    const text = `${r.stderr}`.trim();
    if (/cannot load such file|Can't locate|Failed opening required|No module named|cannot find package/.test(text)) return { missing: `${text.split("\n")[0]} (apt-get install ${runner.packages})` };
    throw new Error(`${runner.name} exited with ${r.status}: ${text}`);
  }
  return { verdicts: JSON.parse(r.stdout) as boolean[] };
}
