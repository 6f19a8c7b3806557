import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type AppLoadContext,
} from '@remix-run/node'
import { errorMessage } from '~/modules/i18n/message-keys'
import { consumeAttempt, tooManyAttemptsMessage } from './rate-limits.server'

/**
 * Bounds on a submitted form, checked before any schema sees it. Conform builds arrays up to the index a
 * field name gives (`slots[100000000].date` would be an array of a hundred million entries) and echoes
 * the submitted values in its replies, so a name or a value is never trusted to be small.
 */
export const formLimits = {
  fields: 300,
  nameLength: 100,
  /** Largest array index in a field name (`slots[49].date`). */
  index: 99,
  /** Segments in a field name (`slots[0].date` has three). */
  depth: 4,
  /** Characters in one text value; the longest field of any form takes 3,000. */
  valueLength: 20_000,
} as const

/** Field names that choose what an action does: one value each, so every reader sees the same one. */
const singleValued = ['intent']

export type FormProblem =
  | 'unreadable'
  | 'too-many-fields'
  | 'name-too-long'
  | 'name-malformed'
  | 'index-too-large'
  | 'too-deep'
  | 'value-too-long'
  | 'nul-byte'
  | 'repeated-field'

/** Why a form fails the bounds, or null when it is within them. Names follow Conform's path syntax. */
export function findFormProblem(entries: Iterable<[string, FormDataEntryValue]>): FormProblem | null {
  let count = 0
  const seen = new Set<string>()
  for (const [name, value] of entries) {
    if (++count > formLimits.fields) return 'too-many-fields'
    if (name.length > formLimits.nameLength) return 'name-too-long'
    if (name.includes('\0')) return 'nul-byte'
    const pathProblem = checkPath(name)
    if (pathProblem) return pathProblem
    if (typeof value === 'string') {
      if (value.length > formLimits.valueLength) return 'value-too-long'
      if (value.includes('\0')) return 'nul-byte'
    }
    if (singleValued.includes(name)) {
      if (seen.has(name)) return 'repeated-field'
      seen.add(name)
    }
  }
  return null
}

const pathToken = /([^.[\]]+)|\[(\d*)\]/g

function checkPath(name: string): FormProblem | null {
  let segments = 0
  let lastIndex = 0
  pathToken.lastIndex = 0
  for (let match = pathToken.exec(name); match; match = pathToken.exec(name)) {
    const joinedByDot = match.index === lastIndex + 1 && name[lastIndex] === '.'
    if (match.index !== lastIndex && !joinedByDot) return 'name-malformed'
    const [, key, index] = match
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return 'name-malformed'
    if (index) {
      // "[007]" is not how a form names its rows.
      if (index.length > 1 && index.startsWith('0')) return 'name-malformed'
      if (index.length > 3 || Number(index) > formLimits.index) return 'index-too-large'
    }
    if (++segments > formLimits.depth) return 'too-deep'
    lastIndex = pathToken.lastIndex
  }
  return lastIndex === name.length ? null : 'name-malformed'
}

/**
 * The request's form, within `formLimits`. Anything else (an unreadable or malformed body, a huge index,
 * a NUL byte) is answered 400 with a short message that echoes nothing, and counts against the client's
 * budget of refused forms: past it, 429. Every action reads its form here (ESLint forbids
 * `request.formData()` elsewhere).
 */
export async function readForm(
  request: Request,
  context: Pick<AppLoadContext, 'clientIp'>,
): Promise<FormData> {
  let formData: FormData
  try {
    formData = await request.formData()
  } catch {
    throw await refuse(context, 'unreadable')
  }
  const problem = findFormProblem(formData.entries())
  if (problem) throw await refuse(context, problem)
  return formData
}

/**
 * A multipart upload's form (files kept in memory, each at most `maxFileBytes`), within the same bounds
 * as `readForm`; 'too-large' when a file is over the limit, so the page can say so beside the field.
 */
export async function readUpload(
  request: Request,
  context: Pick<AppLoadContext, 'clientIp'>,
  maxFileBytes: number,
): Promise<FormData | 'too-large'> {
  let formData: FormData
  try {
    formData = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: maxFileBytes }),
    )
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return 'too-large'
    // No boundary, a truncated body, a part without a name: not a form a browser sends.
    throw await refuse(context, 'unreadable')
  }
  const problem = findFormProblem(formData.entries())
  if (problem) throw await refuse(context, problem)
  return formData
}

/** A page with both upload forms and plain ones: each form read the way it was sent. */
export async function readFormOrUpload(
  request: Request,
  context: Pick<AppLoadContext, 'clientIp'>,
  maxFileBytes: number,
): Promise<FormData | 'too-large'> {
  const multipart = (request.headers.get('content-type') ?? '')
    .toLowerCase()
    .startsWith('multipart/form-data')
  return multipart ? readUpload(request, context, maxFileBytes) : readForm(request, context)
}

async function refuse(context: Pick<AppLoadContext, 'clientIp'>, problem: FormProblem) {
  const limit = await consumeAttempt('refused-form-ip', context.clientIp ?? 'unknown')
  const headers = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Form-Problem': problem }
  if (!limit.allowed) {
    return new Response(tooManyAttemptsMessage(limit.retryAfterSeconds), {
      status: 429,
      headers: { ...headers, 'Retry-After': String(limit.retryAfterSeconds) },
    })
  }
  return new Response(errorMessage('formMalformed'), { status: 400, headers })
}
