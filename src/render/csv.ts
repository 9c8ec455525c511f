/** A CSV field value; null prints as an empty field. */
export type CsvValue = string | number | null

/**
 * One CSV record per RFC 4180: fields holding a comma, a double quote, CR or LF are enclosed in double quotes
 * with inner quotes doubled; records end with CRLF.
 */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n'
}

function csvField(v: CsvValue): string {
  const s = v === null ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
