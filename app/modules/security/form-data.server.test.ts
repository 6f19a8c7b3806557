import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, test } from 'vitest'
import { findFormProblem, formLimits, readForm, readUpload } from './form-data.server'

const form = (body: string) =>
  new Request('http://localhost/any', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  })

const clientIp = () => `test-${randomBytes(4).toString('hex')}`

async function refusal(read: Promise<unknown>) {
  try {
    await read
  } catch (error) {
    if (error instanceof Response) return error
    throw error
  }
  throw new Error('expected the form to be refused')
}

describe('reading a form within bounds', () => {
  afterEach(() => {
    delete process.env.RATE_LIMIT_REFUSED_FORMS_PER_IP
  })

  test.each([
    ['x[10000000]=1', 'index-too-large'],
    ['slots[100000000].date=2027-05-01', 'index-too-large'],
    [`slots[${formLimits.index + 1}].date=x`, 'index-too-large'],
    ['a.b.c.d.e=1', 'too-deep'],
    ['a[0][0][0][0]=1', 'too-deep'],
    ['a[=1', 'name-malformed'],
    ['a]b=1', 'name-malformed'],
    ['a..b=1', 'name-malformed'],
    ['slots[01].date=1', 'name-malformed'],
    ['__proto__.polluted=1', 'name-malformed'],
    ['a.constructor=1', 'name-malformed'],
    [`${'n'.repeat(formLimits.nameLength + 1)}=1`, 'name-too-long'],
    [`message=${'x'.repeat(formLimits.valueLength + 1)}`, 'value-too-long'],
    ['message=hello%00world', 'nul-byte'],
    ['na%00me=1', 'nul-byte'],
    ['intent=accept&intent=withdraw', 'repeated-field'],
    [Array.from({ length: formLimits.fields + 1 }, (_, i) => `f${i}=1`).join('&'), 'too-many-fields'],
  ])('%s is refused before any schema: %s', async (body, problem) => {
    const formData = await form(body).formData()
    expect(findFormProblem(formData.entries())).toBe(problem)
  })

  test('forms the app sends pass as they are', async () => {
    const body = new URLSearchParams([
      ['intent', 'propose'],
      ['timeZone', 'Europe/Brussels'],
      ['slots[0].date', '2027-05-01'],
      ['slots[2].time', '09:30'],
      ['materials', 'lithium'],
      ['materials', 'cobalt'],
      ['contact.email', 'anna@example.se'],
      ['description', 'Ü'.repeat(3000)],
    ])
    const formData = await readForm(form(body.toString()), { clientIp: clientIp() })
    expect(formData.getAll('materials')).toEqual(['lithium', 'cobalt'])
  })

  test('a refused form answers 400 with a short message that echoes nothing of the body', async () => {
    const response = await refusal(
      readForm(form(`x[10000000]=${'A'.repeat(5000)}`), { clientIp: clientIp() }),
    )
    expect(response.status).toBe(400)
    expect(response.headers.get('X-Form-Problem')).toBe('index-too-large')
    const text = await response.text()
    expect(text.length).toBeLessThan(200)
    expect(text).not.toContain('AAAA')
  })

  test('an unreadable body is a 400, not an error', async () => {
    const noBoundary = new Request('http://localhost/staff/import', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'whatever',
    })
    expect((await refusal(readForm(noBoundary, { clientIp: clientIp() }))).status).toBe(400)
    const truncated = new Request('http://localhost/staff/import', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
      body: '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n{"organisations"',
    })
    expect((await refusal(readUpload(truncated, { clientIp: clientIp() }, 1000))).status).toBe(400)
  })

  test('an upload over its limit is told apart from a malformed one', async () => {
    const body = new FormData()
    body.set('file', new File(['x'.repeat(2000)], 'big.json', { type: 'application/json' }))
    const request = new Request('http://localhost/staff/import', { method: 'POST', body })
    expect(await readUpload(request, { clientIp: clientIp() }, 1000)).toBe('too-large')
  })

  test('refused forms count against the client address: past the limit, 429', async () => {
    process.env.RATE_LIMIT_REFUSED_FORMS_PER_IP = '3'
    const address = clientIp()
    const statuses = []
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push((await refusal(readForm(form('x[999999]=1'), { clientIp: address }))).status)
    }
    expect(statuses).toEqual([400, 400, 400, 429, 429])
    // Another address is not affected.
    expect((await refusal(readForm(form('x[999999]=1'), { clientIp: clientIp() }))).status).toBe(400)
  })
})
