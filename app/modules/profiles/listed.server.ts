import { Prisma } from '~/generated/prisma/client'

/**
 * "Listed": approved by the Centre and not suspended. Only listed organisations appear in the directory,
 * in suggestions and leads, and can be asked for an introduction. The one definition, for Prisma queries…
 */
export const listedOrganisation = {
  status: 'approved',
  suspendedAt: null,
} as const satisfies Prisma.OrganisationWhereInput

/** …and for SQL, on the organisation table under the given alias. */
export const listedSql = (alias: string) =>
  Prisma.sql`${Prisma.raw(`"${alias}"`)}."status" = 'approved' AND ${Prisma.raw(`"${alias}"`)}."suspendedAt" IS NULL`

/** The same rule for an organisation already loaded. */
export const isListed = (organisation: { status: string; suspendedAt: Date | null }) =>
  organisation.status === listedOrganisation.status && organisation.suspendedAt === null
