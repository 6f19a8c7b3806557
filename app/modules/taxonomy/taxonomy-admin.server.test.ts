import { englishErrorOf } from '../../../tests/support/in-english'
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { createTestAccount } from '../../../prisma/seed/builders'
import { profileFormTaxonomy } from '~/modules/profiles/form-taxonomy.server'
import { newTermSchema } from './term-fields'
import { addTerm, setTermRetired } from './taxonomy-admin.server'
import { loadTaxonomy } from './taxonomy.server'

let staffId: string
beforeAll(async () => {
  staffId = (await createTestAccount({ role: 'staff' })).id
})

const uniqueCode = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`

describe('curating the taxonomy', () => {
  test('a new term is added at the end of its list; its code cannot be added twice', async () => {
    const code = uniqueCode('black-mass-trading')
    await addTerm(
      staffId,
      newTermSchema.parse({
        kind: 'cooperation',
        code,
        labelEn: 'Black mass trading',
        labelJa: 'ブラックマス取引',
      }),
    )
    const cooperation = (await loadTaxonomy()).cooperation
    expect(cooperation.at(-1)).toMatchObject({ code, labelJa: 'ブラックマス取引', retired: false })
    expect(
      await englishErrorOf(
        addTerm(staffId, newTermSchema.parse({ kind: 'cooperation', code, labelEn: 'Again', labelJa: '再' })),
      ),
    ).toContain('already exists')
  })

  test('a technology’s typical materials must be known materials', async () => {
    const term = newTermSchema.parse({
      kind: 'technology',
      code: uniqueCode('flow-battery'),
      labelEn: 'Flow batteries',
      labelJa: 'フロー電池',
      typicalMaterials: 'vanadium, adamantium',
    })
    expect(await englishErrorOf(addTerm(staffId, term))).toContain('Unknown material codes: adamantium.')
  })

  test('a retired term is no longer offered for new choices, but stays for profiles that have it', async () => {
    const code = uniqueCode('arctic')
    await addTerm(
      staffId,
      newTermSchema.parse({ kind: 'market', code, labelEn: 'Arctic', labelJa: '北極圏' }),
    )
    await setTermRetired(staffId, 'market', code, true)
    expect((await profileFormTaxonomy([], 'en')).market.map((term) => term.code)).not.toContain(code)
    expect((await profileFormTaxonomy([code], 'ja')).market.map((term) => term.code)).toContain(code)
    await setTermRetired(staffId, 'market', code, false)
    expect((await profileFormTaxonomy([], 'en')).market.map((term) => term.code)).toContain(code)
  })

  test('codes are checked strictly', () => {
    const result = newTermSchema.safeParse({ kind: 'role', code: 'Black Mass', labelEn: 'x', labelJa: '' })
    expect(new Set(result.error?.issues.map((issue) => issue.path[0]))).toEqual(
      new Set(['code', 'labelEn', 'labelJa']),
    )
  })
})
