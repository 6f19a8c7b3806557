import ExcelJS from 'exceljs'
import { describe, expect, test } from 'vitest'
import { anOrganisationRow } from '../../../prisma/seed/builders'
import { inEnglish } from '../../../tests/support/in-english'
import { messagesFor } from '~/modules/i18n/messages'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { toCsv } from '~/utils/csv.server'
import { profileTableColumns, toImportRow, toTableCells, type ImportRow } from './import-format'
import { importFileLimits, readImportFile } from './import-files.server'
import { importTemplateCsv, importTemplateWorkbook } from './import-template.server'
import { validateImportFile } from './import.server'

const fileOf = (content: BlobPart, name = 'organisations.csv') => new File([content], name)

const tableRowOf = (row: ReturnType<typeof anOrganisationRow>) =>
  toTableCells(
    toImportRow({
      ...(row as unknown as ImportRow),
      streams: [],
      contactName: 'Aiko Sato',
      contactEmail: 'aiko@example.jp',
    } as never),
  )

async function readAndCheck(file: File) {
  const read = await readImportFile(file)
  if (!read.ok) throw new Error(`The file was refused: ${JSON.stringify(read)}`)
  return { read, checked: validateImportFile(read.data, await loadTaxonomy(), read.rowNumbers) }
}

async function workbookOf(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Sheet1')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

describe('import files: CSV and Excel', () => {
  test('a CSV as the directory exports it (BOM, lists with ";", region and approvedAt) imports as it stands', async () => {
    const row = anOrganisationRow({ name: 'Rhein Kobalt GmbH', materials: ['cobalt', 'nickel'] })
    const csv = toCsv(
      [...profileTableColumns, 'region', 'approvedAt'],
      [[...tableRowOf(row), 'EU', '2026-01-01']],
    )
    const { read, checked } = await readAndCheck(fileOf(csv))
    expect(read.kind).toBe('csv')
    expect(checked).toMatchObject({
      ok: true,
      rows: [
        {
          slug: row.slug,
          fields: {
            name: 'Rhein Kobalt GmbH',
            materials: ['cobalt', 'nickel'],
            contactName: 'Aiko Sato',
            contactEmail: 'aiko@example.jp',
          },
        },
      ],
    })
  })

  test('a CSV saved with ";" between columns (as spreadsheets in much of Europe do) reads the same', async () => {
    const csv =
      'name;country;description;roles;materials;technologies;offers;seeks;markets\n' +
      `Lyon Aimants;FR;${anOrganisationRow().description};recycling;neodymium;wind-turbine;recycling-services;technology-licensing;\n`
    const { checked } = await readAndCheck(fileOf(csv))
    expect(checked).toMatchObject({ ok: true, rows: [{ fields: { name: 'Lyon Aimants', country: 'FR' } }] })
  })

  test('problems name the row a spreadsheet shows (blank rows counted) and the column; an unknown heading is refused', async () => {
    const header = 'name,country,description,roles,materials,technologies,offers,seeks,markets'
    const description = 'We recover cobalt and nickel from end-of-life batteries with a low-energy process.'
    const good = `Good Metals,DE,${description},recycling,cobalt,li-ion-battery,recycling-services,technology-licensing,`
    const bad = `Warp Metals,DE,${description},recycling,cobalt,warp-drive,recycling-services,technology-licensing,`
    const { checked } = await readAndCheck(fileOf([header, good, '', bad].join('\r\n')))
    if (checked.ok) throw new Error('The file should have been refused.')
    expect(checked.problems).toEqual([
      expect.objectContaining({ row: 4, name: 'Warp Metals', field: 'technologies' }),
    ])

    const misspelt = await readImportFile(fileOf(`${header},colour\nA,DE,x,recycling,,,,,,green\n`))
    expect(misspelt).toMatchObject({ ok: false, problems: [{ row: 1, field: 'colour' }] })
    if (!('problems' in misspelt)) throw new Error('Expected problems.')
    expect(inEnglish(misspelt.problems[0]!.message)).toContain('not one of the template’s')
    expect(await readImportFile(fileOf(`country,description\nDE,x\n`))).toMatchObject({
      ok: false,
      problems: [{ field: 'name' }],
    })
    expect(await readImportFile(fileOf(`${header}\n\n`))).toMatchObject({
      ok: false,
      problems: [{ field: 'organisations' }],
    })
  })

  test('an Excel workbook reads its first sheet by the row numbers Excel shows, whatever the file is called', async () => {
    const description = anOrganisationRow().description
    const buffer = await workbookOf([
      [
        'name',
        'country',
        'description',
        'roles',
        'materials',
        'technologies',
        'offers',
        'seeks',
        'markets',
        'yearFounded',
      ],
      [
        'Kobe Catalyst Works',
        'JP',
        description,
        'recycling',
        'platinum;palladium',
        'fuel-cell',
        'recycling-services',
        'technology-licensing',
        '',
        1998,
      ],
      [
        'Stateless Recycling',
        '',
        description,
        'recycling',
        'cobalt',
        'li-ion-battery',
        'recycling-services',
        'technology-licensing',
        '',
        '',
      ],
    ])
    const { read, checked } = await readAndCheck(fileOf(buffer, 'renamed.csv'))
    expect(read.kind).toBe('xlsx')
    if (checked.ok) throw new Error('The file should have been refused.')
    expect(checked.problems).toEqual([
      expect.objectContaining({
        row: 3,
        name: 'Stateless Recycling',
        field: 'country',
        message: 'i18n:fieldMissing',
      }),
    ])
  })

  test('both templates import as they are, in either language, and the workbook lists columns and codes', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const messages = messagesFor(locale)
      const csv = await readAndCheck(fileOf(await importTemplateCsv(messages.staff.import)))
      expect(csv.checked.ok).toBe(true)
      const buffer = await importTemplateWorkbook(messages)
      const xlsx = await readAndCheck(fileOf(buffer, 'template.xlsx'))
      expect(xlsx.checked).toMatchObject({ ok: true, rows: [{ status: 'draft' }] })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(buffer as never)
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Organisations',
        messages.staff.import.template.columnsSheet,
        messages.staff.import.template.codesSheet,
      ])
      const codes = workbook.worksheets[2]!
      expect(codes.rowCount).toBeGreaterThan(30)
      expect(codes.getRow(2).getCell(1).text).toBe('roles')
    }
  })

  test('hostile files are refused with a message, before anything is checked', async () => {
    const message = async (file: File) => {
      const read = await readImportFile(file)
      if (read.ok || !('error' in read))
        throw new Error(`Expected a refusal: ${JSON.stringify(read).slice(0, 200)}`)
      return inEnglish(read.error)
    }
    expect(
      await message(fileOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')),
    ).toContain('Excel 97-2003')
    expect(await message(fileOf(new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x9f])))).toContain('UTF-8')
    expect(await message(fileOf('name,country\nNul\0Metals,DE\n'))).toContain('UTF-8')
    expect(await message(fileOf('{"organisations":[{"name":"Nul\\u0000Metals"}]}', 'a.json'))).toContain(
      'UTF-8',
    )
    expect(await message(fileOf('{"organisations": [', 'a.json'))).toBe('The file is not valid JSON.')
    expect(await message(fileOf('name,description\n"Open quote,DE\n'))).toContain('quotation mark')
    const workbook = await workbookOf([['name'], ['A']])
    expect(await message(fileOf(workbook.subarray(0, workbook.length / 2), 'cut.xlsx'))).toContain(
      'Excel workbook',
    )
    const bomb = await workbookOf([
      ['name', 'description'],
      ['Bomb', 'a'.repeat(importFileLimits.unpackedBytes + 1)],
    ])
    expect(bomb.length).toBeLessThan(importFileLimits.bytes)
    expect(await message(fileOf(bomb, 'bomb.xlsx'))).toContain('too much once unpacked')
    const manyRows = [
      'name',
      ...Array.from({ length: importFileLimits.rows + 5 }, (_, index) => `Org ${index}`),
    ].join('\n')
    expect(await message(fileOf(manyRows))).toContain(`more than ${importFileLimits.rows} rows`)
  })
})
