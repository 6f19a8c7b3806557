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
  size = 'small',
}: {
  fileId: string
  alt: string
  size?: keyof typeof sizes
}) {
  const { box, pixels } = sizes[size]
  return (
    <img
      src={`/files/${fileId}`}
      alt={alt}
      width={pixels}
      height={pixels}
      loading="lazy"
      decoding="async"
      className={`${box} shrink-0 rounded-md border border-slate-200 bg-white object-contain p-1`}
    />
  )
}
