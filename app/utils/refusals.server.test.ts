import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { DomainError } from './domain-error'
import { refusalData, refusalReply } from './refusals.server'

const submission = () => {
  const formData = new FormData()
  formData.set('code', 'taken')
  return parseWithZod(formData, { schema: z.object({ code: z.string() }) })
}

describe('refusals reach forms one way', () => {
  test('a refusal about a field is shown on that field, with the status the rule chose', async () => {
    const response = refusalReply(submission(), new DomainError('i18n:termCodeTaken', 409, 'code'))
    expect(response.status).toBe(409)
    expect((await response.json()).error).toEqual({ code: ['i18n:termCodeTaken'] })
  })

  test('a refusal about the whole form is shown above it', async () => {
    const response = refusalReply(submission(), new DomainError('i18n:noSuchAccount', 404))
    expect(response.status).toBe(404)
    expect((await response.json()).error).toEqual({ '': ['i18n:noSuchAccount'] })
  })

  test('forms without Conform get the message beside what places it', async () => {
    const response = refusalData(new DomainError('i18n:reportResolved'), { reportId: 'r1' })
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({ reportId: 'r1', error: 'i18n:reportResolved' })
  })

  test('any other error goes on as it is', () => {
    const failure = new Error('database down')
    expect(() => refusalReply(submission(), failure)).toThrow(failure)
    expect(() => refusalData(failure, {})).toThrow(failure)
  })
})
