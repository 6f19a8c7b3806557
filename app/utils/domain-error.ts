/** The statuses a refused domain rule answers with. */
export type RefusalStatus = 400 | 403 | 404 | 409

/**
 * A rule of the domain refused the request; nothing was written. `message` is an `errorMessage` key (it is
 * written in the reader's language where shown), `status` what the request is answered with, and `field`
 * the form field it concerns, if one.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: RefusalStatus = 409,
    readonly field?: string,
  ) {
    super(message)
    this.name = new.target.name
  }
}

/** The Response a route throws for a refused rule; any other error goes on as it is. */
export function refusalResponse(error: unknown): never {
  if (error instanceof DomainError) throw new Response(error.message, { status: error.status })
  throw error
}
