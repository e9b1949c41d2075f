/** Database timestamps come back in PostgreSQL's text format; the API speaks ISO-8601. */
export function toIso(value: string): string;
export function toIso(value: string | null): string | null;
export function toIso(value: string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
