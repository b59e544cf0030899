/**
 * CPU time a server spends, read from /proc (Linux; for the benchmarks, like servers.ts): the
 * process a benchmark started and every process under it (nginx's workers, Varnish's cache
 * process), user plus system time. Divided
 * by the requests wrk completed, it says what one answer costs the server, which a rate on a
 * machine the load generator shares cannot say alone.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

let ticksPerSecond: number | undefined

function clockTicks(): number {
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100
  return ticksPerSecond
}

/** pid, parent pid and user + system ticks of a /proc/<pid>/stat line. */
function readStat(pid: string): { ppid: number; ticks: number } | undefined {
  let line: string
  try {
    line = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined // exited meanwhile
  }
  // The command name is in parentheses and may hold spaces: count fields after its end.
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ')
  // Fields 4 (ppid), 14 (utime) and 15 (stime) of proc(5), counted from the state field (3).
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
}

/** CPU seconds used so far by `root` and all its descendants that are still running. */
export function processTreeCpuSeconds(root: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readStat(entry)
    if (stat) stats.set(Number(entry), stat)
  }
  const children = new Map<number, number[]>()
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  let ticks = 0
  const pending = [root]
  while (pending.length) {
    const pid = pending.pop()!
    ticks += stats.get(pid)?.ticks ?? 0
    pending.push(...(children.get(pid) ?? []))
  }
  return ticks / clockTicks()
}
