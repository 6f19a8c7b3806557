import type { TaxonomyKind } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import type { NewTerm } from './term-fields'

export class TaxonomyRuleError extends Error {
  constructor(
    message: string,
    readonly field?: keyof NewTerm,
  ) {
    super(message)
  }
}

/** Adds a term at the end of its list. Codes are permanent: an existing one cannot be added again. */
export async function addTerm(term: NewTerm) {
  const { kind, code } = term
  if (await prisma.taxonomyTerm.findUnique({ where: { kind_code: { kind, code } } })) {
    throw new TaxonomyRuleError(`The code "${code}" already exists in this list.`, 'code')
  }
  const isMaterial = kind === 'material'
  const typicalMaterials = kind === 'technology' ? term.typicalMaterials : []
  if (typicalMaterials.length) {
    const known = await prisma.taxonomyTerm.findMany({
      where: { kind: 'material', code: { in: typicalMaterials } },
      select: { code: true },
    })
    const unknown = typicalMaterials.filter((code) => !known.some((material) => material.code === code))
    if (unknown.length)
      throw new TaxonomyRuleError(`Unknown material codes: ${unknown.join(', ')}.`, 'typicalMaterials')
  }
  const last = await prisma.taxonomyTerm.aggregate({ where: { kind }, _max: { position: true } })
  return prisma.taxonomyTerm.create({
    data: {
      kind,
      code,
      labelEn: term.labelEn,
      labelJa: term.labelJa,
      position: (last._max.position ?? -1) + 1,
      euStrategic: isMaterial && term.euStrategic,
      euCritical: isMaterial && (term.euCritical || term.euStrategic),
      jpRareMetal: isMaterial && term.jpRareMetal,
      typicalMaterials,
    },
  })
}

/** Retired terms stay on the profiles that have them but are no longer offered; restoring undoes it. */
export async function setTermRetired(kind: TaxonomyKind, code: string, retired: boolean) {
  const { count } = await prisma.taxonomyTerm.updateMany({
    where: { kind, code },
    data: { retiredAt: retired ? new Date() : null },
  })
  if (count === 0) throw new TaxonomyRuleError('There is no such term.')
}
