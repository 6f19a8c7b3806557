import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { errorMessage } from '~/modules/i18n/message-keys'
import { tableToImportFile, type ImportProblem, type SheetRow } from './import-table'

/** The largest file the import page takes, and what a workbook may hold once unpacked. */
export const importFileLimits = { bytes: 5 * 1024 * 1024, unpackedBytes: 50 * 1024 * 1024, rows: 5000 }

export type ReadImportFile =
  | { ok: true; kind: 'json' | 'csv' | 'xlsx'; data: unknown; rowNumbers?: number[] }
  | { ok: false; error: string }
  | { ok: false; problems: ImportProblem[] }

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte)

/**
 * An uploaded import file read by what it holds, not by its name: a workbook (.xlsx, a zip), JSON, or
 * else CSV text. Text must be UTF-8 and hold no NUL character, which PostgreSQL cannot store.
 */
export async function readImportFile(file: File): Promise<ReadImportFile> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readWorkbook(Buffer.from(bytes))
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, error: errorMessage('importOldExcel') }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return { ok: false, error: errorMessage('importNotText') }
  }
  if (text.includes('\0')) return { ok: false, error: errorMessage('importNotText') }
  if (/^\s*[{[]/.test(text)) {
    try {
      const data: unknown = JSON.parse(text)
      // An escaped NUL ("\u0000") is as unstorable as a raw one.
      if (JSON.stringify(data).includes('\\u0000')) return { ok: false, error: errorMessage('importNotText') }
      return { ok: true, kind: 'json', data }
    } catch {
      return { ok: false, error: errorMessage('fileNotJson') }
    }
  }
  return readCsv(text)
}

/** Spreadsheets in much of Europe save CSV with ";" (or tabs): the header line tells which. */
function delimiterOf(text: string) {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  if (header.includes(',')) return ','
  if (header.includes('\t')) return '\t'
  return header.includes(';') ? ';' : ','
}

function readCsv(text: string): ReadImportFile {
  let records: string[][]
  try {
    // Empty lines are kept (and skipped later) so that row numbers are the ones a spreadsheet shows.
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      to: importFileLimits.rows + 2,
    }) as string[][]
  } catch {
    return { ok: false, error: errorMessage('importNotCsv') }
  }
  return fromTable(
    records.map((cells, index) => ({ number: index + 1, cells })),
    'csv',
  )
}

/**
 * What a zip's files take once unpacked, from its central directory; null when the directory cannot be
 * read. Checked before unpacking, so that a small file that unpacks to gigabytes is refused.
 */
function unpackedBytes(zip: Buffer): number | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > zip.length) return null
  const entries = zip.readUInt16LE(end + 10)
  let offset = zip.readUInt32LE(end + 16)
  let total = 0
  for (let entry = 0; entry < entries; entry++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return null
    const size = zip.readUInt32LE(offset + 24)
    if (size === 0xffffffff) return null
    total += size
    offset +=
      46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32)
  }
  return total
}

async function readWorkbook(buffer: Buffer): Promise<ReadImportFile> {
  const unpacked = unpackedBytes(buffer)
  if (unpacked === null) return { ok: false, error: errorMessage('importNotExcel') }
  if (unpacked > importFileLimits.unpackedBytes)
    return { ok: false, error: errorMessage('importWorkbookTooLarge') }
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs declares the Buffer of older @types/node; the bytes are the same.
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0])
  } catch {
    return { ok: false, error: errorMessage('importNotExcel') }
  }
  const sheet = workbook.getWorksheet(organisationsSheetName) ?? workbook.worksheets[0]
  if (!sheet) return { ok: false, error: errorMessage('importNotExcel') }
  const rows: SheetRow[] = []
  sheet.eachRow((row, number) => {
    if (rows.length > importFileLimits.rows + 1) return
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? ''
    })
    rows.push({ number, cells: Array.from(cells, (cell) => cell ?? '') })
  })
  if (rows.some((row) => row.cells.some((cell) => cell.includes('\0'))))
    return { ok: false, error: errorMessage('importNotText') }
  return fromTable(rows, 'xlsx')
}

function fromTable(rows: SheetRow[], kind: 'csv' | 'xlsx'): ReadImportFile {
  if (rows.length > importFileLimits.rows + 1)
    return { ok: false, error: errorMessage('importTooManyRows', { max: importFileLimits.rows }) }
  const table = tableToImportFile(rows)
  if (!table.ok) return table
  return { ok: true, kind, data: table.data, rowNumbers: table.rowNumbers }
}

/** The worksheet a template's organisations go on, and the one read first from a workbook. */
export const organisationsSheetName = 'Organisations'
