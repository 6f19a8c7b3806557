import type { ImportProblem } from '~/modules/profiles/import-table'
import { importFieldName } from '~/modules/profiles/import-field-name'
import { errorMessage, translateMessage } from '~/modules/i18n/message-keys'
import { useT } from '~/modules/i18n/use-translation'

/** An import's problems in words: the row as people count it, the organisation's name and the field. */
export function ImportProblems({ heading, problems }: { heading: string; problems: ImportProblem[] }) {
  const texts = useT()
  const t = texts.staff.import
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{heading}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {problems.map((problem, index) => {
          const field = importFieldName(texts, problem.field)
          const where = problem.row === null ? t.file2 : t.row({ row: problem.row, name: problem.name })
          return (
            <li key={index}>
              {problem.message === errorMessage('fieldMissing')
                ? `${where}: ${t.missing({ field })}`
                : `${where}, ${field}: ${translateMessage(texts, problem.message)}`}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
