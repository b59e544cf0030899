import { describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'

import { processTreeCpuSeconds } from '@/lib/serving/cpu'

/** Busy-loops until it has used `ms` of CPU, then waits for a line on stdin before exiting. */
const BURN = (ms: number) =>
  `const used = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }; while (used() < ${ms}); process.stdout.write('done\\n'); process.stdin.once('data', () => process.exit(0))`

function start(script: string): ChildProcess {
  return spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] })
}

const finished = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => child.stdout!.once('data', () => resolve()))

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.stdin!.end('\n')
  })

describe('processTreeCpuSeconds: the CPU a server spends, with its worker processes', () => {
  it("counts a child's CPU under its parent, and not a process outside the tree", async () => {
    // The parent idles; its child (like nginx's worker or Varnish's cache process) burns
    // 600 ms of CPU, then both wait.
    const parent = start(
      `const { spawn } = require('node:child_process');
       const c = spawn(process.execPath, ['-e', ${JSON.stringify(BURN(600))}], { stdio: ['pipe', 'pipe', 'inherit'] });
       c.stdout.once('data', () => process.stdout.write('done\\n'));
       process.stdin.once('data', () => { c.stdin.end('\\n'); c.once('exit', () => process.exit(0)) })`,
    )
    const outsider = start(BURN(600))
    try {
      const before = processTreeCpuSeconds(parent.pid!)
      await Promise.all([finished(parent), finished(outsider)])
      const spent = processTreeCpuSeconds(parent.pid!) - before
      // The child's burn is counted (the clock ticks at 10 ms); the outsider's, which ran at
      // the same time, is not, or the tree would show about twice as much.
      expect(spent).toBeGreaterThan(0.4)
      expect(spent).toBeLessThan(1.0)
      // The outsider's own tree holds its burn.
      expect(processTreeCpuSeconds(outsider.pid!)).toBeGreaterThan(0.4)
    } finally {
      await Promise.all([stop(parent), stop(outsider)])
    }
  })

  it('is 0 for a process that does not exist', () => {
    expect(processTreeCpuSeconds(2 ** 22 + 12345)).toBe(0)
  })
})
