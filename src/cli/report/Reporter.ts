import type { PostingResult, ReportSummary } from "./Report.js";

/** Where a reporter writes: text that the sink batches, and the back-pressure of the sink's stream. @internal */
export interface ReportWriter {
  write(text: string): void;
  /** A promise when the output cannot take more for now (resolved once it can), else `undefined`. */
  ready(): Promise<void> | undefined;
}

/** A report format: told each result as it comes, then the summary. @internal */
export interface Reporter {
  result(r: PostingResult): void;
  end(summary: ReportSummary): void | Promise<void>;
}
