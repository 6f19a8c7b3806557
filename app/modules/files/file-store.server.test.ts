import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { postgresFileStore, s3FileStore, type FileStore } from './file-store.server'

// A real S3 protocol server (s3rver, on loopback): the requests our store signs are the ones AWS S3,
// MinIO or Ceph would get, and a wrong key is refused the way they refuse it.
let server: S3rver
let directory: string
let endpoint: string
const bucket = 'circular-files'
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 's3-'))
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = await server.run()
  endpoint = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  await server.close()
  await rm(directory, { recursive: true, force: true })
})

const stores: Array<[string, () => FileStore]> = [
  ['PostgreSQL', () => postgresFileStore],
  ['S3', () => s3FileStore({ endpoint, region: 'us-east-1', bucket, ...credentials })],
]

describe.each(stores)('the %s file store', (_, storeOf) => {
  test('keeps, returns and removes bytes exactly', async () => {
    const store = storeOf()
    const key = randomUUID()
    const bytes = Buffer.from([0, 1, 2, 255, 0x89, 0x50, ...Buffer.from('日本語 ü')])
    await store.put(key, bytes, 'application/pdf')
    expect(await store.get(key)).toEqual(bytes)
    await store.remove(key)
    expect(await store.get(key)).toBeNull()
    // Removing what is not there is not an error: a retried delete must not fail.
    await store.remove(key)
  })

  test('an unknown key is null, not an error', async () => {
    expect(await storeOf().get(randomUUID())).toBeNull()
  })
})

test('S3 with an unknown access key is refused, and says so', async () => {
  const store = s3FileStore({
    endpoint,
    region: 'us-east-1',
    bucket,
    ...credentials,
    accessKeyId: 'NOT-A-KEY',
  })
  await expect(store.put(randomUUID(), Buffer.from('x'), 'text/plain')).rejects.toThrow(
    /refused to keep a file \(403\)/,
  )
})
