import type { CollectiveAgreement } from "../../agreement/CollectiveAgreementSchema.js";
import type { Pay } from "../PaySchema.js";
import type { parsePay } from "./parsePay.js";

/** The stable codes of a {@link parsePay} failure. */
export type PayParseErrorCode =
  | "pay-parse/invalid-input"
  | "pay-parse/empty"
  | "pay-parse/too-long"
  | "pay-parse/unrecognised"
  | "pay-parse/ambiguous"
  | "pay-parse/unsupported-currency"
  | "pay-parse/unsupported-period"
  | "pay-parse/out-of-range"
  | "pay-parse/invalid-range"
  | "pay-parse/negative";

/** The result of {@link parsePay}: a schema-valid `Pay` (with warnings), or an error with a stable code. */
export type ParsePayResult =
  | {
      /** The text was read. */
      ok: true;
      /** The pay, valid against `PaySchema`; `text` is the input verbatim. */
      pay: Pay;
      /**
       * The collective agreement and classification the statement refers to ("coefficient 434 de la
       * CCN 66"), for the posting's `collectiveAgreement` (and `legalMinimumPay`), when it names one.
       */
      collectiveAgreement?: CollectiveAgreement;
      /** What was inferred or could not be recorded (a period assumed, a rate of the SMIC left out). */
      warnings?: string[];
    }
  | {
      /** The text could not be read. */
      ok: false;
      /** Why, with a stable code and a message in the locale asked for. */
      error: {
        /** The failure's stable code. */
        code: PayParseErrorCode;
        /** The failure in a sentence. */
        message: string;
      };
    };

/** Options of {@link parsePay}: the language of error and warning messages (French by default). */
export type ParsePayOptions = {
  /** Language of error and warning messages: `"fr"` (default) or `"en"`. */
  locale?: "fr" | "en";
};

/** Longest accepted text: the schema's bound on `Pay.text`. Longer input is refused before any work. */
export const MAX_LENGTH = 1000;
/** The schema's bound on an amount. */
export const MAX_AMOUNT = 10_000_000;
