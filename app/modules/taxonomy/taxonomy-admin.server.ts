import { errorMessage } from '~/modules/i18n/message-keys'
import type { TaxonomyKind } from '~/generated/prisma/enums'
import { recordAudit } from '~/modules/audit/audit.server'
import { prisma } from '~/utils/db.server'
import type { NewTerm } from './term-fields'
import { DomainError } from '~/utils/domain-error'

/** Adds a term at the end of its list. Codes are permanent: an existing one cannot be added again. */
export async function addTerm(actorId: string, term: NewTerm) {
  const { kind, code } = term
  if (await prisma.taxonomyTerm.findUnique({ where: { kind_code: { kind, code } } })) {
    throw new DomainError(errorMessage('termCodeTaken', { code }), 409, 'code')
  }
  const isMaterial = kind === 'material'
  const isStream = kind === 'stream'
  const typicalMaterials = kind === 'technology' || isStream ? term.typicalMaterials : []
  if (typicalMaterials.length) {
    const known = await prisma.taxonomyTerm.findMany({
      where: { kind: 'material', code: { in: typicalMaterials } },
      select: { code: true },
    })
    const unknown = typicalMaterials.filter((code) => !known.some((material) => material.code === code))
    if (unknown.length)
      throw new DomainError(
        errorMessage('unknownMaterialCodes', { codes: unknown.join(', ') }),
        400,
        'typicalMaterials',
      )
  }
  return prisma.$transaction(async (tx) => {
    const last = await tx.taxonomyTerm.aggregate({ where: { kind }, _max: { position: true } })
    const created = await tx.taxonomyTerm.create({
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
        ewcCodes: isStream ? term.ewcCodes : [],
        hsCodes: isStream ? term.hsCodes : [],
        hazardous: isStream && term.hazardous,
      },
    })
    await recordAudit(tx, {
      actorId,
      action: 'taxonomy.add',
      targetType: 'taxonomy',
      targetId: `${kind}:${code}`,
      details: { labelEn: term.labelEn, labelJa: term.labelJa },
    })
    return created
  })
}

/** Changes a term's labels (its code never changes). */
export async function renameTerm(
  actorId: string,
  kind: TaxonomyKind,
  code: string,
  labels: { labelEn: string; labelJa: string },
) {
  await prisma.$transaction(async (tx) => {
    const term = await tx.taxonomyTerm.findUnique({ where: { kind_code: { kind, code } } })
    if (!term) throw new DomainError(errorMessage('noSuchTerm'), 404)
    await tx.taxonomyTerm.update({ where: { kind_code: { kind, code } }, data: labels })
    await recordAudit(tx, {
      actorId,
      action: 'taxonomy.rename',
      targetType: 'taxonomy',
      targetId: `${kind}:${code}`,
      details: { from: { labelEn: term.labelEn, labelJa: term.labelJa }, to: labels },
    })
  })
}

/** Retired terms stay on the profiles that have them but are no longer offered; restoring undoes it. */
export async function setTermRetired(actorId: string, kind: TaxonomyKind, code: string, retired: boolean) {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.taxonomyTerm.updateMany({
      where: { kind, code, retiredAt: retired ? null : { not: null } },
      data: { retiredAt: retired ? new Date() : null },
    })
    if (count === 0) throw new DomainError(errorMessage(retired ? 'termAlreadyRetired' : 'termNotRetired'))
    await recordAudit(tx, {
      actorId,
      action: retired ? 'taxonomy.retire' : 'taxonomy.restore',
      targetType: 'taxonomy',
      targetId: `${kind}:${code}`,
    })
  })
}
