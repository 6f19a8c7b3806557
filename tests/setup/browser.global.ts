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
import { createReadStream, existsSync } from 'node:fs'
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress } from 'node:zlib'
import { extract } from 'tar-fs'
import type { TestProject } from 'vitest/node'

export type BrowserChoice = {
  executablePath: string
  /** Where it came from, printed at the start of the run. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm (@sparticuz/chromium)'
  /** A fontconfig file that adds Japanese fonts; given to the browser as FONTCONFIG_FILE. */
  fontconfigFile: string
  /**
   * For the npm browser: the shared libraries it needs beyond glibc (NSS, NSPR, expat), which a bare
   * machine lacks, unpacked from the same package; given to the browser as LD_LIBRARY_PATH.
   */
  libraryPath: string | null
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

/**
 * The package unpacks its libraries only on Amazon Linux (where it expects to run); elsewhere they are
 * unpacked here, once per machine, beside the browser.
 */
async function unpackLibraries(): Promise<string> {
  const target = path.join(os.tmpdir(), 'sparticuz-chromium-libraries')
  const libraries = path.join(target, 'lib')
  if (existsSync(path.join(libraries, 'libnss3.so'))) return libraries
  const archive = path.join(path.dirname(require.resolve('@sparticuz/chromium')), '../../bin/al2023.tar.br')
  const partial = `${target}.${process.pid}`
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract(partial))
  await rm(target, { recursive: true, force: true })
  await rename(partial, target)
  return libraries
}

async function bundledChromium() {
  const { default: chromium } = await import('@sparticuz/chromium')
  // Unpacks the browser into the temporary folder the first time (a few seconds), then reuses it.
  return {
    executablePath: await chromium.executablePath(),
    source: 'npm (@sparticuz/chromium)' as const,
    libraryPath: await unpackLibraries(),
  }
}

async function chooseExecutable(): Promise<Omit<BrowserChoice, 'fontconfigFile'>> {
  if (process.env.TEST_BROWSER === 'bundled') return bundledChromium()
  if (process.env.CHROMIUM_PATH)
    return { executablePath: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', libraryPath: null }
  const system = systemChromium()
  if (system) return { executablePath: system, source: 'system', libraryPath: null }
  return bundledChromium()
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
