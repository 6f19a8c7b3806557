import { parse } from 'csv-parse/sync'
import { DomainError } from '~/utils/domain-error'
import { errorMessage } from '~/modules/i18n/message-keys'

/**
 * The email addresses in an attendance list exported from a video-conference tool or typed in a
 * spreadsheet: a CSV whose header has an "email" column (any case, also "E-mail" or "Email address").
 */
export function attendanceEmails(csv: string): string[] {
  let rows: string[][]
  try {
    rows = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true })
  } catch {
    throw new DomainError(errorMessage('attendanceFileInvalid'), 400, 'file')
  }
  const header = rows[0]?.map((cell) => cell.toLowerCase().replace(/[^a-z]/g, '')) ?? []
  const column = header.findIndex((name) => name === 'email' || name === 'emailaddress')
  if (column === -1) throw new DomainError(errorMessage('attendanceFileInvalid'), 400, 'file')
  return rows
    .slice(1)
    .map((row) => row[column]?.toLowerCase() ?? '')
    .filter((email) => email.includes('@'))
}
