/**
 * Paths where two dictionaries differ in shape: a key in one and not the other, or a text in one where
 * the other has a function, list or group. Empty means every text exists in both languages.
 */
export function dictionaryDifferences(a: unknown, b: unknown, path = ''): string[] {
  const kind = (value: unknown) => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value)
  if (kind(a) !== kind(b)) return [`${path || '(root)'}: ${kind(a)} in one, ${kind(b)} in the other`]
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: ${a.length} items in one, ${b.length} in the other`]
    return a.flatMap((item, index) => dictionaryDifferences(item, b[index], `${path}[${index}]`))
  }
  if (kind(a) !== 'object') return []
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()
  return keys.flatMap((key) => {
    const at = path ? `${path}.${key}` : key
    if (!(key in left)) return [`${at}: missing in the first`]
    if (!(key in right)) return [`${at}: missing in the second`]
    return dictionaryDifferences(left[key], right[key], at)
  })
}
