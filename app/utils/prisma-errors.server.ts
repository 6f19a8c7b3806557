/** A unique constraint refused the write (Prisma's P2002), e.g. a duplicate submitted twice at once. */
export const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'
