import { AwsClient } from 'aws4fetch'
import { getEnv } from '~/utils/env.server'
import { prisma } from '~/utils/db.server'

/** Where the bytes of uploaded files are kept; what they are and whose they are is in `StoredFile`. */
export interface FileStore {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>
  /** The bytes, or null when nothing is kept under `key`. */
  get(key: string): Promise<Buffer | null>
  /** Nothing happens when nothing is kept under `key`. */
  remove(key: string): Promise<void>
}

/** The default: bytes in the `FileBlob` table, so one PostgreSQL backup holds everything. */
export const postgresFileStore: FileStore = {
  async put(key, bytes) {
    await prisma.fileBlob.create({ data: { key, bytes: new Uint8Array(bytes) } })
  },
  async get(key) {
    const blob = await prisma.fileBlob.findUnique({ where: { key }, select: { bytes: true } })
    return blob ? Buffer.from(blob.bytes) : null
  },
  async remove(key) {
    await prisma.fileBlob.deleteMany({ where: { key } })
  },
}

export type S3Settings = {
  endpoint: string
  region: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
}

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph...), addressed by path (`<endpoint>/<bucket>/<key>`), which
 * every such store understands. Several app servers then share one set of files.
 */
export function s3FileStore(settings: S3Settings): FileStore {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: 's3',
  })
  const address = (key: string) =>
    `${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}/${encodeURIComponent(key)}`
  const refused = async (what: string, response: Response) =>
    new Error(
      `The file store refused to ${what} (${response.status}): ${(await response.text()).slice(0, 200)}`,
    )
  return {
    async put(key, bytes, contentType) {
      const response = await client.fetch(address(key), {
        method: 'PUT',
        body: new Uint8Array(bytes),
        headers: { 'Content-Type': contentType, 'Content-Length': String(bytes.length) },
      })
      if (!response.ok) throw await refused('keep a file', response)
    },
    async get(key) {
      const response = await client.fetch(address(key))
      if (response.status === 404) return null
      if (!response.ok) throw await refused('send a file', response)
      return Buffer.from(await response.arrayBuffer())
    },
    async remove(key) {
      const response = await client.fetch(address(key), { method: 'DELETE' })
      if (!response.ok && response.status !== 404) throw await refused('delete a file', response)
    },
  }
}

let configured: { settings: string; store: FileStore } | null = null

/** The store the environment configures (FILE_STORE, S3_*), made once per settings. */
export function fileStore(): FileStore {
  const env = getEnv()
  if (env.FILE_STORE !== 's3') return postgresFileStore
  const settings: S3Settings = {
    endpoint: env.S3_ENDPOINT ?? '',
    region: env.S3_REGION,
    bucket: env.S3_BUCKET ?? '',
    accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
  }
  const key = JSON.stringify(settings)
  if (configured?.settings !== key) configured = { settings: key, store: s3FileStore(settings) }
  return configured.store
}
