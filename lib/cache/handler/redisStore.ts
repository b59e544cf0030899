import { randomUUID } from 'node:crypto'
import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'

import { createClient, RESP_TYPES } from '@redis/client'

import type { CacheHandlerValue } from './next'

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/** A tag revalidation as every replica applies it: stale from `at`, expired `expireMs` later. */
export type TagRevalidation = { tags: string[]; at: number; expireMs: number }

type Message = TagRevalidation & { from: string }

/**
 * How long a rendered page stays in Redis. Pages are dropped from caches by tag, not by
 * age; this only bounds Redis' memory for pages nobody asks for any more. It also bounds
 * how long a tag revalidation matters, so older ones are pruned.
 */
export const ENTRY_TTL_SECONDS = 24 * 60 * 60

/** Buffers and Maps (page payloads, segment data) survive JSON as tagged objects. */
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key]
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') }
  if (raw instanceof Map) return { $map: [...raw.entries()] }
  return value
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object') {
    const tagged = value as { $buffer?: string; $map?: [string, unknown][] }
    if (typeof tagged.$buffer === 'string') return Buffer.from(tagged.$buffer, 'base64')
    if (Array.isArray(tagged.$map)) return new Map(tagged.$map)
  }
  return value
}

export async function encodeEntry(entry: CacheHandlerValue): Promise<Buffer> {
  return gzipAsync(JSON.stringify(entry, replacer), { level: 1 })
}

export async function decodeEntry(stored: Buffer): Promise<CacheHandlerValue> {
  return JSON.parse((await gunzipAsync(stored)).toString('utf8'), reviver) as CacheHandlerValue
}

export type RedisStoreOptions = {
  url: string
  /** Prefix of every key and of the channel. */
  prefix: string
  /** Rendered pages belong to one build: another release never reads them. */
  buildId: string
  /** Applies a tag revalidation to this process' cache (from another replica, or replayed on connect). */
  onRevalidation: (revalidation: TagRevalidation) => void
  log?: (message: string) => void
}

/**
 * The cache that replicas share in Redis:
 *  - rendered pages and data entries, gzipped, under `<prefix>entry:<buildId>:<key>`;
 *  - when each tag was last revalidated, in the hash `<prefix>tags`, replayed by a replica
 *    when it connects (so it never serves an entry older than a revalidation it missed);
 *  - every revalidation, published on the channel `<prefix>tags`, so the other replicas drop
 *    the pages from their memory at once.
 * While Redis is unreachable a replica serves from its own memory and the client reconnects
 * by itself; on reconnecting it replays the hash.
 */
export class RedisStore {
  private readonly id = randomUUID()
  private readonly client
  private readonly subscriber
  private readonly tagsKey: string
  private readonly channel: string
  private readonly entryPrefix: string
  private connecting: Promise<void> | undefined
  private connectedBefore = false

  constructor(private readonly options: RedisStoreOptions) {
    const log = options.log ?? (() => {})
    this.tagsKey = `${options.prefix}tags`
    this.channel = `${options.prefix}tags`
    this.entryPrefix = `${options.prefix}entry:${options.buildId}:`
    this.client = createClient({ url: options.url }).withTypeMapping({
      [RESP_TYPES.BLOB_STRING]: Buffer,
    })
    this.subscriber = this.client.duplicate()
    for (const c of [this.client, this.subscriber])
      c.on('error', (err: Error) => log(`Redis: ${err.message}`))
    // After a reconnect, catch up with the revalidations published meanwhile.
    this.client.on('ready', () => {
      if (this.connectedBefore)
        void this.replayRevalidations().catch((err: Error) =>
          log(`Redis: replay failed: ${err.message}`),
        )
    })
  }

  /** Connects both clients and subscribes; resolves once revalidations are replayed. */
  connect(): Promise<void> {
    this.connecting ??= (async () => {
      await Promise.all([this.client.connect(), this.subscriber.connect()])
      await this.subscriber.subscribe(this.channel, (raw) => this.receive(raw.toString()))
      await this.replayRevalidations()
      this.connectedBefore = true
    })()
    return this.connecting
  }

  get ready(): boolean {
    return this.client.isReady
  }

  async get(key: string): Promise<CacheHandlerValue | null> {
    if (!this.ready) return null
    const stored = await this.client.get(this.entryPrefix + key)
    return stored ? decodeEntry(stored) : null
  }

  async set(key: string, entry: CacheHandlerValue): Promise<void> {
    if (!this.ready) return
    await this.client.set(this.entryPrefix + key, await encodeEntry(entry), {
      expiration: { type: 'EX', value: ENTRY_TTL_SECONDS },
    })
  }

  /** Records a revalidation and tells the other replicas (queued by the client while offline). */
  async publish(revalidation: TagRevalidation): Promise<void> {
    const record = JSON.stringify({ at: revalidation.at, expireMs: revalidation.expireMs })
    await this.client
      .multi()
      .hSet(this.tagsKey, Object.fromEntries(revalidation.tags.map((tag) => [tag, record])))
      .publish(this.channel, JSON.stringify({ ...revalidation, from: this.id } satisfies Message))
      .exec()
  }

  async disconnect(): Promise<void> {
    await Promise.allSettled([this.client.close(), this.subscriber.close()])
  }

  private receive(raw: string): void {
    const message = JSON.parse(raw) as Message
    if (message.from === this.id) return
    // Timed on arrival: a page this replica stored before the message arrived is older than
    // the revalidation, whatever the two clocks say.
    this.options.onRevalidation({ tags: message.tags, at: Date.now(), expireMs: message.expireMs })
  }

  /** Replays the recorded revalidations, dropping those older than any stored entry. */
  private async replayRevalidations(): Promise<void> {
    const all = await this.client.hGetAll(this.tagsKey)
    const horizon = Date.now() - ENTRY_TTL_SECONDS * 1000
    const byRecord = new Map<string, string[]>()
    const outdated: string[] = []
    for (const [tag, record] of Object.entries(all)) {
      const { at } = JSON.parse(record.toString()) as { at: number }
      if (at < horizon) outdated.push(tag)
      else byRecord.set(record.toString(), [...(byRecord.get(record.toString()) ?? []), tag])
    }
    for (const [record, tags] of byRecord) {
      const { at, expireMs } = JSON.parse(record) as { at: number; expireMs: number }
      this.options.onRevalidation({ tags, at, expireMs })
    }
    if (outdated.length) await this.client.hDel(this.tagsKey, outdated)
  }
}
