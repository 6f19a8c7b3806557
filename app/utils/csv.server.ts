import { stringify } from 'csv-stringify/sync'

type Cell = string | number | null | undefined

/**
 * A CSV file (UTF-8 with a byte-order mark, so Excel reads Japanese) from rows of cells. Every text that
 * starts like a formula (=, +, -, @, tab, carriage return) is prefixed with a quote, so that a name such as
 * `=HYPERLINK(...)` stays text in a spreadsheet. Every CSV the app writes goes through here.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]) {
  return stringify(
    rows.map((row) => row.map((cell) => cell ?? '')),
    { header: true, columns: [...columns], bom: true, escape_formulas: true },
  )
}

/** A CSV download that no cache keeps. */
export function csvResponse(csv: string, fileName: string) {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    },
  })
}
