import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** Attributes that never reach a reader's eyes or ears: their string values are not prose. */
const technicalAttributes = new Set([
  'className',
  'id',
  'name',
  'type',
  'to',
  'href',
  'src',
  'method',
  'action',
  'htmlFor',
  'key',
  'value',
  'defaultValue',
  'autoComplete',
  'rel',
  'role',
  'lang',
  'dir',
  'encType',
  'form',
  'accept',
  'inputMode',
  'pattern',
  'prefetch',
  'target',
  'download',
  'dateTime',
  'scope',
  'tone',
  'layout',
  'kind',
  'intent',
  'side',
  'viewBox',
  'fill',
  'stroke',
  'textAnchor',
  'fontSize',
  'translate',
  'aria-live',
  'aria-hidden',
  'aria-current',
  'aria-invalid',
  'aria-disabled',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-expanded',
  'aria-haspopup',
  'aria-busy',
  'aria-atomic',
  'data-testid',
  'charSet',
  'content',
])

/** Elements whose text is code to type or read as it is (commands, file names), not prose. */
const verbatimElements = new Set(['code', 'kbd', 'samp'])

const hasWords = (text: string) => /\p{L}{2,}/u.test(text)

export type Literal = { file: string; line: number; text: string }

/**
 * User-visible text written straight into a component instead of coming from the dictionary: JSX text,
 * prose attributes (labels, titles, placeholders...) and string literals rendered as children.
 */
export function findUiLiterals(root: string): Literal[] {
  return tsxFiles(root).flatMap((file) =>
    findUiLiteralsIn(path.relative(root, file), readFileSync(file, 'utf8')),
  )
}

/** The literals in one component file's source text. */
export function findUiLiteralsIn(file: string, text: string): Literal[] {
  const found: Literal[] = []
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const report = (node: ts.Node, literal: string) =>
    found.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: literal.trim(),
    })
  const visit = (node: ts.Node): void => {
    if (ts.isJsxElement(node) && verbatimElements.has(node.openingElement.tagName.getText(source))) return
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text)
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source)
      if (technicalAttributes.has(name)) return
      const initializer = node.initializer
      if (initializer && ts.isStringLiteral(initializer) && hasWords(initializer.text)) {
        report(initializer, initializer.text)
      }
      if (initializer && ts.isJsxExpression(initializer) && initializer.expression) {
        reportProse(initializer.expression, report)
      }
      return
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      reportProse(node.expression, report)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** String literals that an expression renders as they are (not those it compares or passes along). */
function reportProse(expression: ts.Expression, report: (node: ts.Node, text: string) => void) {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    if (hasWords(expression.text)) report(expression, expression.text)
  } else if (ts.isTemplateExpression(expression)) {
    const texts = [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)]
    if (texts.some(hasWords)) report(expression, texts.join('…'))
  } else if (ts.isConditionalExpression(expression)) {
    reportProse(expression.whenTrue, report)
    reportProse(expression.whenFalse, report)
  } else if (
    ts.isBinaryExpression(expression) &&
    ['&&', '||', '??'].includes(expression.operatorToken.getText())
  ) {
    reportProse(expression.right, report)
  } else if (ts.isParenthesizedExpression(expression)) {
    reportProse(expression.expression, report)
  }
}

function tsxFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : tsxFiles(full)
    return entry.name.endsWith('.tsx') ? [full] : []
  })
}
