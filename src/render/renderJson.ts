/** One record as a line of NDJSON: compact JSON (control characters escaped as JSON does) and a newline. */
export function renderJson(record: unknown): string {
  return JSON.stringify(record) + '\n'
}
