/** parsePay reads a pay statement; each class of phrase has its own reader in ./parsePay/. */
export { parsePay } from "./parsePay/parsePay.js";
export type { ParsePayOptions, ParsePayResult, PayParseErrorCode } from "./parsePay/ParsePayResult.js";
