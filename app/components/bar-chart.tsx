import type { Chart } from '~/modules/dashboard/chart'
import { useT } from '~/modules/i18n/use-translation'

const rowHeight = 26
const labelWidth = 230
const barArea = 300

/** A horizontal bar chart drawn as SVG on the server, with its numbers also as a table. */
export function BarChart({ chart }: { chart: Chart }) {
  const t = useT()
  const max = Math.max(1, ...chart.bars.map((bar) => bar.value))
  const height = Math.max(1, chart.bars.length) * rowHeight + 8
  const titleId = `${chart.id}-title`
  const descId = `${chart.id}-desc`
  const names = chart.namedLabels ? ({ translate: 'no' } as const) : {}
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2">
        <span id={titleId} className="font-semibold">
          {chart.title}
        </span>
        <a
          href={`/staff/charts/${chart.id}.csv`}
          className="inline-flex min-h-11 items-center text-sm text-brand-700 underline"
          download
        >
          {t.common.chart.downloadCsv}
          <span className="sr-only">: {chart.title}</span>
        </a>
      </figcaption>
      <p id={descId} className="mt-1 text-sm text-slate-600">
        {chart.description}
      </p>
      {chart.bars.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t.common.chart.noData}</p>
      ) : (
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${labelWidth + barArea + 50} ${height}`}
          className="mt-3 w-full"
          {...names}
        >
          <title>{`${chart.title}: ${chart.bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}`}</title>
          {chart.bars.map((bar, index) => {
            const y = index * rowHeight + 4
            const width = Math.round((bar.value / max) * barArea)
            return (
              <g key={`${index}-${bar.label}`}>
                <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize="12" fill="#334155">
                  {bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label}
                </text>
                <rect
                  x={labelWidth}
                  y={y}
                  width={Math.max(width, bar.value ? 2 : 0)}
                  height={rowHeight - 8}
                  fill="#1d4ed8"
                  rx="2"
                />
                <text x={labelWidth + width + 6} y={y + 14} fontSize="12" fill="#0f172a">
                  {bar.value}
                </text>
              </g>
            )
          })}
        </svg>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">{t.common.chart.showTable}</summary>
        <table className="mt-2 text-left">
          <thead>
            <tr>
              <th scope="col" className="pr-6">
                {t.common.chart.item}
              </th>
              <th scope="col">{t.common.chart.count}</th>
            </tr>
          </thead>
          <tbody>
            {chart.bars.map((bar, index) => (
              <tr key={`${index}-${bar.label}`}>
                <td className="pr-6" {...names}>
                  {bar.label}
                </td>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
