import { create as contentDisposition } from 'content-disposition'

type ServedFile = { id: string; purpose: string; fileName: string; contentType: string }

/**
 * A stored file as a response: its own type (never sniffed: helmet sends `nosniff` on every response),
 * never run as a page (a sandbox with no sources, on top of the site's policy), and offered for download except logos, which pages show. Kept by the viewer's browser only:
 * a file's id never changes its bytes (a new logo is a new file), but access can end.
 */
export function fileResponse(file: ServedFile, bytes: Buffer) {
  const inline = file.purpose === 'logo'
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(bytes.length),
      'Content-Disposition': contentDisposition(file.fileName, { type: inline ? 'inline' : 'attachment' }),
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': inline ? 'private, max-age=86400' : 'private, no-cache',
    },
  })
}
