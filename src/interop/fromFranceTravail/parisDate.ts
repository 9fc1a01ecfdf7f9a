import { parisUtcOffset } from "../parisUtcOffset.js";

/** The day in Paris of an API date-time ("2024-11-13T15:23:11.769Z"). */
export function parisDate(value: string): string | undefined {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) return undefined;
  if (!/[T ]\d{2}:\d{2}/.test(value) || !/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return value.slice(0, 10);
  return new Date(ms + parisUtcOffset(ms) * 60_000).toISOString().slice(0, 10);
}
