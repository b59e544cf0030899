import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export type RunningCommand = {
  child: ChildProcess
  /** stdout and stderr so far. */
  output: () => string
  /** Resolves once `text` has been printed; rejects after `ms` or when the command exits first. */
  waitFor: (text: string, ms?: number) => Promise<void>
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * Starts a command the way a terminal does, in a process group of its own, so a test can
 * signal the command alone (`child.kill`) or the whole group as Ctrl-C does (`process.kill(-pid)`).
 */
export function startCommand(file: string, args: string[], env: NodeJS.ProcessEnv): RunningCommand {
  const child = spawn(file, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const listeners = new Set<() => void>()
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8')
    for (const listener of listeners) listener()
  }
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  )
  const waitFor = (text: string, ms = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`no "${text}" after ${ms} ms:\n${output}`)), ms)
      const check = () => output.includes(text) && done()
      const done = (err?: Error) => {
        clearTimeout(timer)
        listeners.delete(check)
        if (err) reject(err)
        else resolve()
      }
      listeners.add(check)
      void exited.then(() =>
        done(output.includes(text) ? undefined : new Error(`exited before "${text}":\n${output}`)),
      )
      check()
    })
  return { child, output: () => output, waitFor, exited }
}

/** The environment of a command a developer runs: no DATABASE_URL or PAYLOAD_SECRET from the test run. */
export function developerEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, PAYLOAD_SECRET: _secret, ...rest } = process.env
  return { ...rest, NODE_ENV: 'development', ...extra }
}

/** True while a PostgreSQL server holds the data folder (it removes postmaster.pid when it stops). */
export const postgresRunsIn = (dataDir: string) => existsSync(path.join(dataDir, 'postmaster.pid'))

export function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
