import ExcelJS from 'exceljs'
import type { Messages } from '~/modules/i18n/messages'
import { loadTaxonomy, type Taxonomy } from '~/modules/taxonomy/taxonomy.server'
import { toCsv } from '~/utils/csv.server'
import { profileTableColumns } from './import-format'
import { organisationsSheetName } from './import-files.server'
import { importFieldName as columnName } from './import-field-name'
import { companySizes, tagFields } from './profile-fields'

type Column = (typeof profileTableColumns)[number]

/** The lists whose codes a template names, in the order of the profile form. */
const codeLists = [...Object.entries(tagFields), ['supplies', 'stream'], ['takes', 'stream']] as [
  string,
  keyof Taxonomy,
][]

const firstCodes = (taxonomy: Taxonomy, kind: keyof Taxonomy, count: number) =>
  taxonomy[kind]
    .filter((term) => !term.retired)
    .slice(0, count)
    .map((term) => term.code)
    .join(';')

/** One filled-in row, made from the taxonomy in use, so that the example always imports as it stands. */
function exampleRow(taxonomy: Taxonomy, texts: Messages['staff']['import']): Record<Column, string> {
  return {
    slug: '',
    name: texts.example.name,
    nameJa: texts.example.nameJa,
    country: 'DE',
    city: 'Hamburg',
    website: 'https://www.example.com',
    size: companySizes[1],
    yearFounded: '2012',
    description: texts.example.description,
    descriptionJa: texts.example.descriptionJa,
    roles: firstCodes(taxonomy, 'role', 1),
    materials: firstCodes(taxonomy, 'material', 2),
    technologies: firstCodes(taxonomy, 'technology', 1),
    offers: firstCodes(taxonomy, 'cooperation', 1),
    seeks: taxonomy.cooperation.filter((term) => !term.retired)[1]?.code ?? '',
    markets: '',
    languages: 'en;de',
    supplies: '',
    takes: firstCodes(taxonomy, 'stream', 1),
    contactName: 'Anna Example',
    contactEmail: 'anna@example.com',
    contactPhone: '',
    status: 'draft',
  }
}

/** The CSV template: the headings and one example row to replace. */
export async function importTemplateCsv(texts: Messages['staff']['import']) {
  const example = exampleRow(await loadTaxonomy(), texts)
  return toCsv(profileTableColumns, [profileTableColumns.map((column) => example[column])])
}

/**
 * The Excel template: the organisations sheet (headings, one example row), a sheet that says what each
 * column holds, and one with every code staff may use, in English and Japanese.
 */
export async function importTemplateWorkbook(messages: Messages) {
  const texts = messages.staff.import
  const taxonomy = await loadTaxonomy()
  const workbook = new ExcelJS.Workbook()
  const organisations = workbook.addWorksheet(organisationsSheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  organisations.columns = profileTableColumns.map((column) => ({ header: column, key: column, width: 18 }))
  organisations.getRow(1).font = { bold: true }
  organisations.addRow(exampleRow(taxonomy, texts)).font = { italic: true, color: { argb: 'FF64748B' } }

  const columns = workbook.addWorksheet(texts.template.columnsSheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  columns.columns = [
    { header: texts.template.column, width: 16 },
    { header: texts.template.meaning, width: 28 },
    { header: texts.template.howToFill, width: 90 },
  ]
  columns.getRow(1).font = { bold: true }
  for (const column of profileTableColumns) {
    columns.addRow([column, columnName(messages, column), texts.columnHelp[column]])
  }

  const codes = workbook.addWorksheet(texts.template.codesSheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  codes.columns = [
    { header: texts.template.column, width: 16 },
    { header: texts.template.code, width: 32 },
    { header: texts.template.english, width: 48 },
    { header: texts.template.japanese, width: 40 },
  ]
  codes.getRow(1).font = { bold: true }
  for (const [column, kind] of codeLists) {
    for (const term of taxonomy[kind].filter((term) => !term.retired)) {
      codes.addRow([column, term.code, term.labelEn, term.labelJa])
    }
  }
  codes.autoFilter = 'A1:D1'
  workbook.creator = 'EU-Japan Circular Metals'
  workbook.calcProperties.fullCalcOnLoad = false
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
