/** What each kind of upload may be: shared by the forms (accept, hints) and the server's checks. */
export const fileRules = {
  logo: {
    bytes: 5 * 1024 * 1024,
    accept: 'image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg',
    /** Logos are resized to fit in a square of this many pixels. */
    pixels: 400,
  },
  document: { bytes: 10 * 1024 * 1024, accept: 'application/pdf,.pdf', perOrganisation: 5 },
  attachment: {
    bytes: 10 * 1024 * 1024,
    accept: 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg',
    perIntroduction: 20,
  },
} as const

export type FilePurpose = keyof typeof fileRules

export const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))

/** "1.2 MB", "340 KB": a file's size as people read it. */
export function formatFileSize(bytes: number, locale: string) {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB')
  return format(Math.max(1, Math.round(bytes / 1024)), 'KB')
}
