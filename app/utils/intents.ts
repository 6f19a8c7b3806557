import type { z } from 'zod'

/** One entry of a page's intent table: what its form sends, and the module call it makes. */
export type IntentEntry<Acting> = {
  schema: z.ZodTypeAny
  run: (acting: Acting, value: never) => Promise<unknown>
}

/**
 * Declares an intent. Not a server module: route files build their tables at module level, which the
 * browser bundle evaluates too (the module calls inside are never run there).
 */
export const intent = <Acting, Schema extends z.ZodTypeAny>(
  schema: Schema,
  run: (acting: Acting, value: z.output<Schema>) => Promise<unknown>,
) => ({ schema, run }) as IntentEntry<Acting>
