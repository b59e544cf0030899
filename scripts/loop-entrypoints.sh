#!/usr/bin/env bash
# Starts each entry point many times and counts the runs that did not end as expected, to show
# that loading the TypeScript entry points is reliable (no retry wrapper hides a failure).
# Not part of CI: 200 runs of every entry take well over an hour on two cores.
#
#   bash scripts/loop-entrypoints.sh [runs] [entry…]     runs defaults to 200,
#                                                         entries to: dev start seed migrate compliance e2e
#
# Needs `npm run build` first (start and e2e run the build). Each entry point gets its own
# embedded PostgreSQL data folder and port under $LOOP_DIR (default /tmp/hikaku-loop), so
# entries may run in parallel loops. A run passes when its exit code is the expected one AND
# its output shows that the work was done (an entry that exits 0 without doing anything fails).
#
#   dev         npm run dev -- --help   embedded database, migrations, demo seed when empty,
#                                       then `next dev --help` (prints the usage and exits 0)
#   start       npm start               until /api/health answers 200, then SIGTERM (exit 143),
#                                       and the embedded database has stopped
#   seed        npm run seed            migrations and the whole demo seed
#   migrate     npm run migrate         Payload's CLI, `payload migrate`
#   compliance  npm run compliance      the guideline check of the demo article (seeded once first)
#   e2e         npm run test:e2e -- --help   the runner and its database modules load, print
#                                       the usage, exit 0 (a full run builds and takes minutes)
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" NEXT_TELEMETRY_DISABLED=1
runs=${1:-200}
shift || true
entries=("$@")
((${#entries[@]})) || entries=(dev start seed migrate compliance e2e)
loop_dir=${LOOP_DIR:-/tmp/hikaku-loop}

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
now_ms() { date +%s%3N; }

# One run of an entry point: exit 0 when it ended as expected. Output goes to $log.
run_once() {
  local entry=$1 log=$2 code
  case $entry in
    dev)
      npm run dev -- --help >"$log" 2>&1
      code=$?
      [[ $code == 0 ]] && grep -q 'Usage: next dev' "$log" ;;
    start)
      # npm start's command, run directly so that SIGTERM reaches the launcher itself.
      local port pid healthy=0
      port=$(free_port)
      PORT=$port PAYLOAD_SECRET=loop-only-secret node .next/standalone/start.mjs >"$log" 2>&1 &
      pid=$!
      for _ in $(seq 1 600); do
        if curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then healthy=1; break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      kill -TERM "$pid"
      wait "$pid"
      code=$?
      echo "healthy=$healthy exit=$code" >>"$log"
      # Next exits 143 on SIGTERM; the embedded database must be stopped afterwards.
      [[ $healthy == 1 && $code == 143 && ! -e $HIKAKU_DATA_DIR/postgres/postmaster.pid ]] ;;
    seed)
      npm run seed >"$log" 2>&1
      code=$?
      [[ $code == 0 ]] && grep -q 'Demo logins' "$log" ;;
    migrate)
      npm run migrate >"$log" 2>&1
      code=$?
      [[ $code == 0 ]] && grep -q 'Done.' "$log" ;;
    compliance)
      npm run compliance -- --slug secretome-vs-exosome >"$log" 2>&1
      code=$?
      [[ $code == 0 ]] && grep -q '件を確認: エラー 0' "$log" ;;
    e2e)
      npm run test:e2e -- --help >"$log" 2>&1
      code=$?
      [[ $code == 0 ]] && grep -q 'usage: npm run test:e2e' "$log" ;;
    *)
      echo "unknown entry point: $entry" >&2
      return 2 ;;
  esac
}

for entry in "${entries[@]}"; do
  dir="$loop_dir/$entry"
  rm -rf "$dir"
  mkdir -p "$dir/failures"
  chmod 755 "$loop_dir" "$dir"
  export HIKAKU_DATA_DIR="$dir/data" HIKAKU_PG_PORT
  HIKAKU_PG_PORT=$(free_port)
  if [[ $entry == compliance ]] && ! npm run seed >"$dir/setup.log" 2>&1; then
    echo "seeding for the compliance loop failed: $dir/setup.log" >&2
    exit 1
  fi
  failures=0 total_ms=0 min_ms=0 max_ms=0
  for i in $(seq 1 "$runs"); do
    started=$(now_ms)
    if ! run_once "$entry" "$dir/run.log"; then
      failures=$((failures + 1))
      cp "$dir/run.log" "$dir/failures/run-$i.log"
      echo "$entry run $i failed: $dir/failures/run-$i.log" >&2
    fi
    ms=$(($(now_ms) - started))
    echo "$i $ms $([[ -e $dir/failures/run-$i.log ]] && echo failed || echo ok)" >>"$dir/runs.txt"
    total_ms=$((total_ms + ms))
    ((min_ms == 0 || ms < min_ms)) && min_ms=$ms
    ((ms > max_ms)) && max_ms=$ms
  done
  awk -v e="$entry" -v n="$runs" -v f="$failures" -v t="$total_ms" -v lo="$min_ms" -v hi="$max_ms" \
    'BEGIN { printf "%-10s runs %d  failures %d  mean %.2f s  min %.2f s  max %.2f s\n", e, n, f, t / n / 1000, lo / 1000, hi / 1000 }' |
    tee -a "$loop_dir/summary.txt"
done
