/** Printing benchmark figures and checking them against the goals. */

export const quantile = (values: readonly number[], q: number): number => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
}

export const mean = (values: readonly number[]): number =>
  values.reduce((a, b) => a + b, 0) / values.length

export const ms = (value: number): string =>
  (value >= 100 ? value.toFixed(0) : value.toFixed(1)) + ' ms'

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  return rows
    .map(
      (r) =>
        '  ' +
        r
          .map((c, i) =>
            typeof c === 'number' || /^[\d.,]+( |$)/.test(String(c))
              ? String(c).padStart(widths[i]!)
              : String(c).padEnd(widths[i]!),
          )
          .join('  '),
    )
    .join('\n')
}

/**
 * `advisory`: printed, but a miss does not fail the run. Throughput ratios are advisory when
 * BENCH_THROUGHPUT_GOALS=advisory — CI's short run measures 2 s on a shared machine, too
 * little to judge a ratio; correctness goals (SQL counts, publish → visible) stay binding.
 */
export type Goal = {
  name: string
  measured: string
  target: string
  met: boolean
  advisory?: boolean
}

export const throughputGoalsAdvisory = (): boolean =>
  process.env.BENCH_THROUGHPUT_GOALS === 'advisory'

export class Goals {
  readonly list: Goal[] = []

  check(
    name: string,
    measured: string,
    target: string,
    met: boolean,
    options: { advisory?: boolean } = {},
  ): void {
    this.list.push({ name, measured, target, met, advisory: options.advisory })
  }

  print(): boolean {
    console.log('\nGoals')
    console.log(
      table([
        ['', 'goal', 'measured', 'target'],
        ...this.list.map((g) => [
          g.met ? 'ok' : g.advisory ? 'missed (advisory)' : 'MISSED',
          g.name,
          g.measured,
          g.target,
        ]),
      ]),
    )
    const missed = this.list.filter((g) => !g.met && !g.advisory)
    const advisory = this.list.filter((g) => !g.met && g.advisory)
    if (advisory.length)
      console.log(`\n${advisory.length} advisory goal(s) missed (not failing this run).`)
    console.log(missed.length ? `\n${missed.length} goal(s) missed.` : '\nAll binding goals met.')
    return missed.length === 0
  }
}
