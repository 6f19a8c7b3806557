import { renderToStaticMarkup } from 'react-dom/server'
import type { Locale } from '~/modules/i18n/locales'

/** The parts an email is made of; each is written once and rendered as plain text and as HTML. */
export type EmailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'quote'; label: string; text: string }
  | { kind: 'action'; label: string; url: string }
  | { kind: 'links'; items: { text: string; url: string }[] }
  | { kind: 'footer'; lines: { text: string; url?: string }[] }

const colon: Record<Locale, string> = { en: ': ', ja: '：' }

function blockAsText(block: EmailBlock, locale: Locale): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text
    case 'facts':
      return block.rows
        .map(({ label, value }) =>
          value.includes('\n')
            ? `${label}${colon[locale].trimEnd()}\n${indent(value)}`
            : `${label}${colon[locale]}${value}`,
        )
        .join('\n')
    case 'quote':
      return `${block.label}${colon[locale].trimEnd()}\n${block.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}`
    case 'action':
      return `${block.label}${colon[locale].trimEnd()}\n${block.url}`
    case 'links':
      return block.items.map(({ text, url }) => `- ${text}\n  ${url}`).join('\n')
    case 'footer':
      return `--\n${block.lines.map(({ text, url }) => (url ? `${text}${colon[locale]}${url}` : text)).join('\n')}`
  }
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')

const textStyle = { margin: '0 0 16px', fontSize: '15px', lineHeight: '1.6', color: '#1f2937' }

function MultiLine({ text }: { text: string }) {
  const lines = text.split('\n')
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          {index < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </>
  )
}

function BlockAsHtml({ block }: { block: EmailBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p style={textStyle}>
          <MultiLine text={block.text} />
        </p>
      )
    case 'facts':
      return (
        <table role="presentation" style={{ ...textStyle, borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            {block.rows.map(({ label, value }) => (
              <tr key={label}>
                <th
                  scope="row"
                  style={{
                    textAlign: 'left',
                    verticalAlign: 'top',
                    padding: '4px 12px 4px 0',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {label}
                </th>
                <td style={{ padding: '4px 0' }}>
                  <MultiLine text={value} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )
    case 'quote':
      return (
        <div style={textStyle}>
          <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{block.label}</p>
          <blockquote
            style={{ margin: 0, padding: '8px 12px', borderLeft: '4px solid #0f766e', background: '#f0fdfa' }}
          >
            <MultiLine text={block.text} />
          </blockquote>
        </div>
      )
    case 'action':
      return (
        <p style={{ margin: '24px 0' }}>
          <a
            href={block.url}
            style={{
              display: 'inline-block',
              padding: '12px 20px',
              borderRadius: '6px',
              background: '#0f766e',
              color: '#ffffff',
              fontWeight: 600,
              textDecoration: 'none',
            }}
          >
            {block.label}
          </a>
        </p>
      )
    case 'links':
      return (
        <ul style={{ ...textStyle, paddingLeft: '20px' }}>
          {block.items.map(({ text, url }, index) => (
            <li key={index} style={{ marginBottom: '8px' }}>
              <a href={url} style={{ color: '#0f766e' }}>
                {text}
              </a>
            </li>
          ))}
        </ul>
      )
    case 'footer':
      return (
        <div style={{ borderTop: '1px solid #e5e7eb', marginTop: '32px', paddingTop: '16px' }}>
          {block.lines.map(({ text, url }) => (
            <p
              key={text}
              style={{ margin: '0 0 8px', fontSize: '13px', lineHeight: '1.5', color: '#4b5563' }}
            >
              {url ? (
                <a href={url} style={{ color: '#0f766e' }}>
                  {text}
                </a>
              ) : (
                text
              )}
            </p>
          ))}
        </div>
      )
  }
}

/** The plain-text and HTML parts of one email, from the same blocks so the two never say different things. */
export function renderEmail({
  locale,
  subject,
  blocks,
}: {
  locale: Locale
  subject: string
  blocks: EmailBlock[]
}) {
  const text = `${blocks.map((block) => blockAsText(block, locale)).join('\n\n')}\n`
  const html = `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subject}</title>
      </head>
      <body
        style={{
          margin: 0,
          padding: '24px 12px',
          background: '#f9fafb',
          fontFamily: 'system-ui, sans-serif',
        }}
      >
        <div
          style={{
            maxWidth: '600px',
            margin: '0 auto',
            padding: '24px',
            background: '#ffffff',
            borderRadius: '8px',
          }}
        >
          {blocks.map((block, index) => (
            <BlockAsHtml key={index} block={block} />
          ))}
        </div>
      </body>
    </html>,
  )}`
  return { text, html }
}

const isAddress = (line: string) => /^https?:\/\/\S+$/.test(line)

/**
 * The blocks of an email written as plain text (the account emails): paragraphs, and a paragraph that ends
 * with an address on a line of its own becomes a button to it.
 */
export function blocksFromText(text: string): EmailBlock[] {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph): EmailBlock => {
      const lines = paragraph.split('\n')
      const last = lines.at(-1)!
      if (lines.length > 1 && isAddress(last)) {
        return {
          kind: 'action',
          label: lines
            .slice(0, -1)
            .join('\n')
            .replace(/[:：]$/, ''),
          url: last,
        }
      }
      return { kind: 'paragraph', text: paragraph }
    })
}
