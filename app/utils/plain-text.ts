// eslint-disable-next-line no-control-regex
const controlsButNewline = /[\u0000-\u0009\u000b-\u001f\u007f]/g

/**
 * Text for a place that is one line by nature (a calendar's SUMMARY or LOCATION, an email subject): every
 * line break, including a bare carriage return, becomes a space, and other control characters go.
 */
export function oneLine(text: string) {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(controlsButNewline, '')
    .trim()
}

/** Text that may span lines (a calendar's DESCRIPTION): every break is a plain \n, other controls go. */
export function normalisedLines(text: string) {
  return text.replace(/\r\n|\r/g, '\n').replace(controlsButNewline, '')
}
