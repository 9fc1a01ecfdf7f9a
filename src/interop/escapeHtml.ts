/**
 * Escapes text for HTML element content and double-quoted attribute values: `&`, `<`, `>` and `"`.
 * @internal
 *
 * @example
 * ```ts
 * escapeHtml(`Tom & "Jerry" <3`); // "Tom &amp; &quot;Jerry&quot; &lt;3"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
