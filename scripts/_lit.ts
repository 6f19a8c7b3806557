import { findUiLiterals } from '../app/modules/i18n/ui-literals'
const found = findUiLiterals('/work/main/app')
const counts = new Map<string, number>()
for (const f of found) counts.set(f.file, (counts.get(f.file) ?? 0) + 1)
console.log(found.length, [...counts].sort((a, b) => b[1] - a[1]))
const only = process.argv[2]
if (only) for (const f of found.filter((f) => f.file.includes(only))) console.log(f.line, f.text)
