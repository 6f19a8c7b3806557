/**
 * Chooses the browser for the end-to-end tests, once per run: CHROMIUM_PATH when set, else the system's
 * Chromium (Debian's /usr/bin/chromium, or `chromium` on the PATH), else the Chromium that ships inside
 * the `@sparticuz/chromium` npm package, so that `npm install && npm test` needs nothing but Node.
 * TEST_BROWSER=bundled picks the npm one even where a system browser exists (to try that path).
 *
 * Every browser gets a font configuration that adds Noto Sans JP from npm to the system's fonts:
 * the bundled browser has no Japanese glyphs, nor has a machine without CJK fonts installed.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

export type BrowserChoice = {
  executablePath: string
  /** Where it came from, printed at the start of the run. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm (@sparticuz/chromium)'
  /** A fontconfig file that adds Japanese fonts; given to the browser as FONTCONFIG_FILE. */
  fontconfigFile: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    browser: BrowserChoice
  }
}

const require = createRequire(import.meta.url)

function systemChromium(): string | null {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
}

async function bundledChromium(): Promise<string> {
  const { default: chromium } = await import('@sparticuz/chromium')
  // Unpacks the browser into the temporary folder the first time (a few seconds), then reuses it.
  return chromium.executablePath()
}

async function chooseExecutable(): Promise<Pick<BrowserChoice, 'executablePath' | 'source'>> {
  if (process.env.TEST_BROWSER === 'bundled') {
    return { executablePath: await bundledChromium(), source: 'npm (@sparticuz/chromium)' }
  }
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
  const system = systemChromium()
  if (system) return { executablePath: system, source: 'system' }
  return { executablePath: await bundledChromium(), source: 'npm (@sparticuz/chromium)' }
}

/** A fontconfig file: the system's configuration where there is one, plus Noto Sans JP from npm. */
async function writeFontconfig(folder: string) {
  const japanese = path.dirname(
    require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  )
  const bold = path.join(path.dirname(japanese), '700Bold')
  const file = path.join(folder, 'fonts.conf')
  await writeFile(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${japanese}</dir>
  <dir>${bold}</dir>
  <cachedir>${path.join(folder, 'cache')}</cachedir>
</fontconfig>
`,
  )
  return file
}

export default async function setup(project: TestProject) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'test-browser-fonts-'))
  const choice = { ...(await chooseExecutable()), fontconfigFile: await writeFontconfig(folder) }
  console.log(`Browser tests use ${choice.executablePath} (${choice.source}).`)
  project.provide('browser', choice)
  return () => rm(folder, { recursive: true, force: true })
}
