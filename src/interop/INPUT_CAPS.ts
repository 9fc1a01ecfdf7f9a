/**
 * How much of each untrusted text the importers (`fromSchemaOrg`, `fromFranceTravail`) read
 * before any pattern runs on it, in characters (UTF-16 code units). Every pattern they run is linear in
 * its input; the caps bound the work on hostile input besides. What is cut is reported
 * (`interop/truncated`) when it could have been kept: a description's text beyond 20 000 characters,
 * a page beyond `page`. Documented in docs/interop.md ("Input caps").
 * @internal
 */
export const INPUT_CAPS = {
  /** An HTML text (a description, an organisation's description) before it is turned into text. */
  html: 200_000,
  /** Any other text value (a title, a label, a contact, a salary libellé, a date…): longer values are cut before they are read. */
  field: 5_000,
  /**
   * A text of a posting written into toSchemaOrg's description: the schema's longest text (20 000), so a
   * valid posting loses nothing; an unvalidated posting with longer texts is cut there.
   */
  postingText: 20_000,
  /** An HTML page or a JSON string handed to fromSchemaOrg, searched for JSON-LD blocks. */
  page: 10_000_000,
} as const;
