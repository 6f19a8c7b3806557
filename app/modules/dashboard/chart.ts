export type Bar = { label: string; value: number }
export type Chart = {
  id: string
  title: string
  description: string
  bars: Bar[]
  /** The labels hold names people wrote (event titles), shown as written in either language. */
  namedLabels?: boolean
}
