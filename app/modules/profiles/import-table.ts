import { errorMessage } from '~/modules/i18n/message-keys'
import { profileTableColumns } from './import-format'
import { profileKeyGroups } from './snapshot'

/** One problem of an import, as the page lists it: `row` as people count it, `field` the file's key. */
export type ImportProblem = {
  index: number | null
  row: number | null
  name: string | null
  field: string
  message: string
}

/** A spreadsheet's rows, each with the row number the spreadsheet shows (the header is usually row 1). */
export type SheetRow = { number: number; cells: string[] }

type TableColumn = (typeof profileTableColumns)[number]

// The directory export adds these after the profile's columns; a file exported and edited imports as it is.
const exportOnlyColumns = new Set(['region', 'approvedAt'])
const knownColumns = new Set<string>(profileTableColumns)
const listColumns = new Set<string>([...profileKeyGroups.lists, 'supplies', 'takes'])

const splitCodes = (cell: string) =>
  cell
    .split(/[;\n]/)
    .map((code) => code.trim())
    .filter(Boolean)

/**
 * The import file a table stands for (CSV or a worksheet, with the columns of the directory's export):
 * lists hold codes separated by ";", the contact's three columns become one object, an empty cell is a
 * value left out. Rows with no cell filled in are not organisations. A column the format does not know is
 * a problem of the file, so that a misspelt heading is reported rather than ignored.
 */
export function tableToImportFile(
  rows: readonly SheetRow[],
):
  | { ok: true; data: { organisations: Record<string, unknown>[] }; rowNumbers: number[] }
  | { ok: false; problems: ImportProblem[] } {
  const [header, ...body] = rows.filter((row) => row.cells.some((cell) => cell.trim()))
  const fileProblem = (field: string, message: string): ImportProblem => ({
    index: null,
    row: header?.number ?? null,
    name: null,
    field,
    message,
  })
  if (!header)
    return { ok: false, problems: [fileProblem('organisations', errorMessage('importTableEmpty'))] }
  const columns = header.cells.map((cell) => cell.trim())
  const problems: ImportProblem[] = []
  columns.forEach((column, position) => {
    if (!column) return
    if (!knownColumns.has(column) && !exportOnlyColumns.has(column))
      problems.push(fileProblem(column, errorMessage('importColumnUnknown')))
    else if (columns.indexOf(column) !== position)
      problems.push(fileProblem(column, errorMessage('importColumnTwice')))
  })
  if (!columns.includes('name')) problems.push(fileProblem('name', errorMessage('importColumnMissing')))
  if (problems.length) return { ok: false, problems }
  if (!body.length)
    return { ok: false, problems: [fileProblem('organisations', errorMessage('importTableEmpty'))] }

  const organisations = body.map((row) => {
    const cells = new Map<TableColumn, string>()
    columns.forEach((column, position) => {
      if (knownColumns.has(column)) cells.set(column as TableColumn, (row.cells[position] ?? '').trim())
    })
    const organisation: Record<string, unknown> = {}
    for (const [column, cell] of cells) {
      if (column.startsWith('contact')) continue
      if (listColumns.has(column)) organisation[column] = splitCodes(cell)
      else if (cell) organisation[column] = cell
    }
    const contact = {
      name: cells.get('contactName') || undefined,
      email: cells.get('contactEmail') || undefined,
      phone: cells.get('contactPhone') || undefined,
    }
    if (contact.name || contact.email || contact.phone) organisation.contact = contact
    return organisation
  })
  return { ok: true, data: { organisations }, rowNumbers: body.map((row) => row.number) }
}
