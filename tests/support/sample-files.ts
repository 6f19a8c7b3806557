import sharp from 'sharp'

/** Real files of each kind the app takes or refuses, made here rather than kept as binaries. */
export const samplePng = (width = 800, height = 300) =>
  sharp({ create: { width, height, channels: 4, background: { r: 20, g: 110, b: 90, alpha: 1 } } })
    .png()
    .toBuffer()

export const sampleJpeg = (width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .toBuffer()

export const sampleSvg = (extra = '') =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">${extra}<rect width="120" height="60" fill="#0f766e"/><circle cx="30" cy="30" r="20" fill="#fff"/></svg>`,
  )

/** The smallest well-formed PDF: one empty page. */
export const samplePdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  )

/** An HTML page with a script, under a name that says it is an image. */
export const htmlPretendingToBePng = () =>
  Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
