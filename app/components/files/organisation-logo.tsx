const sizes = {
  small: { box: 'h-12 w-12', pixels: 48 },
  large: { box: 'h-24 w-24', pixels: 96 },
} as const

/**
 * An organisation's logo, fitted in a square whatever its proportions. `alt` is empty where the
 * organisation's name is written beside it (the picture then adds nothing for a screen reader).
 */
export function OrganisationLogo({
  fileId,
  alt,
  large = false,
}: {
  fileId: string
  alt: string
  large?: boolean
}) {
  const { box, pixels } = sizes[large ? 'large' : 'small']
  return (
    <img
      src={`/files/${fileId}`}
      alt={alt}
      width={pixels}
      height={pixels}
      className={`${box} shrink-0 rounded-md border border-slate-200 bg-white object-contain p-1`}
    />
  )
}
