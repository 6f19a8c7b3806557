import type pg from 'pg'
import { logger } from '~/utils/logger.server'
import { createListeningClient } from '~/utils/pg-pool.server'

/** The channel on which the database announces every committed change (migration data_change_notifications). */
const channel = 'data_changed'
const retryDelaysMs = [500, 1_000, 2_000, 5_000, 10_000]

export type DataChanges = {
  /** True while changes are being heard; while false, a change may go unheard. */
  readonly listening: () => boolean
  /** Calls `onChange` with the table's name after each announced change, and when listening stops or starts. */
  readonly subscribe: (onChange: (table: string | null) => void) => void
  readonly stop: () => Promise<void>
}

/** Closes a connection no longer listened to; errors it still reports (it may be half closed) are expected. */
function discard(client: pg.Client) {
  client.removeAllListeners()
  client.on('error', () => undefined)
  return client.end().catch(() => undefined)
}

/**
 * Listens for the database's change announcements on a connection of its own, reconnecting after a
 * loss. Subscribers also hear `null` whenever listening stops or resumes: changes made meanwhile were
 * not announced to this server, so anything kept from before must go.
 */
export function listenForDataChanges(databaseUrl: string): DataChanges {
  const subscribers: ((table: string | null) => void)[] = []
  const announce = (table: string | null) => subscribers.forEach((onChange) => onChange(table))
  let client: pg.Client | null = null
  let listening = false
  let stopped = false
  let failures = 0
  let retry: NodeJS.Timeout | undefined

  const lost = (error?: Error) => {
    if (listening || error) {
      logger.warn({ message: error?.message }, 'stopped hearing database changes')
    }
    listening = false
    announce(null)
    if (client) void discard(client)
    client = null
    if (stopped) return
    const delay = retryDelaysMs[Math.min(failures++, retryDelaysMs.length - 1)]
    retry = setTimeout(() => void connect(), delay)
  }

  const connect = async () => {
    const next = createListeningClient(databaseUrl)
    client = next
    next.on('error', lost)
    next.on('end', () => (client === next ? lost() : undefined))
    next.on('notification', (message) => announce(message.payload ?? null))
    try {
      await next.connect()
      await next.query(`LISTEN ${channel}`)
      if (stopped) return void discard(next)
      listening = true
      failures = 0
      // Whatever changed while nobody listened was not heard: start from nothing.
      announce(null)
    } catch (error) {
      if (client === next) lost(error as Error)
    }
  }

  void connect()
  return {
    listening: () => listening,
    subscribe: (onChange) => void subscribers.push(onChange),
    stop: async () => {
      stopped = true
      clearTimeout(retry)
      listening = false
      const current = client
      client = null
      if (current) await discard(current)
    },
  }
}
