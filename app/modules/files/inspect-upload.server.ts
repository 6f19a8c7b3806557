import sharp from 'sharp'
import { errorMessage } from '~/modules/i18n/message-keys'
import { DomainError } from '~/utils/domain-error'
import { fileRules, megabytes, type FilePurpose } from './file-kinds'

/** An upload that passed its checks, as it will be kept (images re-encoded, so nothing else rides along). */
export type CheckedFile = {
  bytes: Buffer
  contentType: 'image/png' | 'image/jpeg' | 'application/pdf'
  extension: 'png' | 'jpg' | 'pdf'
  width?: number
  height?: number
}

type Detected = 'png' | 'jpeg' | 'svg' | 'pdf' | null

const refuse = (message: string) => new DomainError(message, 400, 'file')

const startsWith = (bytes: Buffer, signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)

/** What the bytes are, whatever the file's name or the browser's type say. */
export function detectFileType(bytes: Buffer): Detected {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf'
  // Not strict: a character cut at the end of the slice says nothing about the file.
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096))
  // An SVG is XML whose first element is <svg>, after an optional declaration and comments.
  if (/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) return 'svg'
  return null
}

function utf8(bytes: Buffer) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * What makes an SVG more than a picture: scripts, event handlers, embedded HTML, entities, and references
 * to anything outside the file (which a renderer could fetch). Such SVGs are refused, not cleaned.
 */
const activeSvgContent = [
  /<script[\s>/]/i,
  /\son[a-z]+\s*=/i,
  /<foreignObject[\s>/]/i,
  /<!DOCTYPE|<!ENTITY/i,
  /javascript:/i,
  /<(iframe|embed|object|audio|video|handler|listener)[\s>/]/i,
  /(?:xlink:)?href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg);base64,)/i,
  /url\(\s*["']?\s*(?!#)/i,
  /@import/i,
]

const imageOptions = { limitInputPixels: 40_000_000, failOn: 'error' } as const

async function readImage(bytes: Buffer, density?: number) {
  try {
    const image = sharp(bytes, { ...imageOptions, ...(density ? { density } : {}) })
    const metadata = await image.metadata()
    return { image, metadata }
  } catch {
    throw refuse(errorMessage('fileUnreadable'))
  }
}

async function encode(pipeline: sharp.Sharp, as: 'png' | 'jpeg'): Promise<CheckedFile> {
  try {
    const { data, info } = await (
      as === 'png' ? pipeline.png() : pipeline.jpeg({ quality: 85, mozjpeg: true })
    ).toBuffer({ resolveWithObject: true })
    return as === 'png'
      ? { bytes: data, contentType: 'image/png', extension: 'png', width: info.width, height: info.height }
      : { bytes: data, contentType: 'image/jpeg', extension: 'jpg', width: info.width, height: info.height }
  } catch {
    throw refuse(errorMessage('fileUnreadable'))
  }
}

function assertSize(bytes: Buffer, purpose: FilePurpose) {
  if (bytes.length === 0) throw refuse(errorMessage('fileEmpty'))
  const limit = fileRules[purpose].bytes
  if (bytes.length > limit) throw refuse(errorMessage('fileTooLarge', { megabytes: megabytes(limit) }))
}

/** A logo: PNG, JPEG or a plain SVG, resized to fit the logo square; an SVG becomes a PNG. */
export async function checkLogo(bytes: Buffer): Promise<CheckedFile> {
  assertSize(bytes, 'logo')
  const type = detectFileType(bytes)
  const size = fileRules.logo.pixels
  if (type === 'svg') {
    const text = utf8(bytes)
    if (text === null || text.includes('\0')) throw refuse(errorMessage('fileUnreadable'))
    if (activeSvgContent.some((pattern) => pattern.test(text))) throw refuse(errorMessage('fileSvgActive'))
    const { metadata } = await readImage(bytes)
    if (metadata.format !== 'svg') throw refuse(errorMessage('fileUnreadable'))
    // Drawn at the density that makes its longer side fill the square, so it stays sharp.
    const longer = Math.max(metadata.width ?? size, metadata.height ?? size, 1)
    const density = Math.min(2400, Math.max(1, (72 * size) / longer))
    const { image } = await readImage(bytes, density)
    return encode(image.resize({ width: size, height: size, fit: 'inside' }), 'png')
  }
  if (type !== 'png' && type !== 'jpeg') throw refuse(errorMessage('fileNotLogo'))
  const { image, metadata } = await readImage(bytes)
  if (metadata.format !== type) throw refuse(errorMessage('fileUnreadable'))
  const resized = image
    .rotate()
    .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
  return encode(resized, type)
}

/** A PDF whose header and end marker are where PDF puts them. */
function checkPdf(bytes: Buffer): CheckedFile {
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1')
  if (!tail.includes('%%EOF')) throw refuse(errorMessage('fileUnreadable'))
  return { bytes, contentType: 'application/pdf', extension: 'pdf' }
}

/** A profile's document: a PDF. */
export async function checkDocument(bytes: Buffer): Promise<CheckedFile> {
  assertSize(bytes, 'document')
  if (detectFileType(bytes) !== 'pdf') throw refuse(errorMessage('fileNotPdf'))
  return checkPdf(bytes)
}

/** An attachment in an introduction: a PDF, or a PNG or JPEG (re-encoded, which drops camera metadata). */
export async function checkAttachment(bytes: Buffer): Promise<CheckedFile> {
  assertSize(bytes, 'attachment')
  const type = detectFileType(bytes)
  if (type === 'pdf') return checkPdf(bytes)
  if (type !== 'png' && type !== 'jpeg') throw refuse(errorMessage('fileNotAttachment'))
  const { image, metadata } = await readImage(bytes)
  if (metadata.format !== type) throw refuse(errorMessage('fileUnreadable'))
  return encode(image.rotate(), type)
}

/**
 * The name to show and to offer when downloading: the last part of what the browser sent, without
 * control characters, at most 120 characters, ending in the extension of what the file really is.
 */
export function cleanFileName(name: string, extension: CheckedFile['extension']) {
  const base = (name.split(/[/\\]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|?*:]/g, '')
    .trim()
    .replace(/\.(png|jpe?g|svg|pdf)$/i, '')
    .slice(0, 110)
  return `${base || 'file'}.${extension}`
}
