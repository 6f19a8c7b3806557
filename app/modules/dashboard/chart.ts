export type Bar = { label: string; value: number }
export type Chart = { id: string; title: string; description: string; bars: Bar[] }
