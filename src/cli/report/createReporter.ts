import type { Locale } from "../../validate/Diagnostic.js";
import { junitReporter } from "./formatJunit.js";
import { githubReporter } from "./formatGithub.js";
import { sarifReporter } from "./formatSarif.js";
import { jsonReporter } from "./jsonReporter.js";
import { prettyReporter } from "./prettyReporter.js";
import type { RuleDescriptor } from "./Report.js";
import type { Reporter, ReportWriter } from "./Reporter.js";

/** The reporter of a format, writing to `out`. @internal */
export function createReporter(
  format: "pretty" | "json" | "github" | "junit" | "sarif",
  out: ReportWriter,
  options: { locale: Locale; color: boolean; quiet: boolean; rules: () => RuleDescriptor[]; version: string },
): Reporter {
  const write = (text: string) => out.write(text);
  switch (format) {
    case "pretty":
      return prettyReporter(write, options.locale, options.color, options.quiet);
    case "json":
      return jsonReporter(write);
    case "github":
      return githubReporter(out);
    case "junit":
      return junitReporter(out);
    case "sarif":
      return sarifReporter(out, options.rules(), options.version);
  }
}
