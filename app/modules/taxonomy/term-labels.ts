/** Labels of every term by kind and code, for pages that show profiles. */
export type TermLabels = Record<
  'role' | 'material' | 'technology' | 'cooperation' | 'market' | 'stream',
  Record<string, string>
>
