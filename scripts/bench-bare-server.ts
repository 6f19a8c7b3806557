/**
 * Started by scripts/bench-run.ts: a bare node:http server answering every request with the page in
 * BENCH_PAGE_FILE, in a process of its own as the app's server is: the yardstick for page throughput.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const page = readFileSync(process.env.BENCH_PAGE_FILE!)
createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(page)
}).listen(Number(process.env.PORT), '127.0.0.1')
