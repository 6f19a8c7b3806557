/**
 * npm run dev: Tailwind and Remix rebuild on change; the server (server/main.ts) reloads the build
 * and the browser reloads itself.
 */
import { spawn } from 'node:child_process'

const children = [
  spawn(
    'npx',
    ['tailwindcss', '-i', 'app/styles/tailwind.css', '-o', 'app/styles/generated.css', '--watch=always'],
    {
      stdio: 'inherit',
    },
  ),
  spawn('npx', ['remix', 'dev', '--manual', '-c', 'tsx server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  }),
]

const stopAll = () => {
  for (const child of children) child.kill('SIGINT')
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stopAll)
for (const child of children) {
  child.on('exit', (code) => {
    stopAll()
    process.exitCode = code ?? 0
  })
}
