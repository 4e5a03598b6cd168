#!/usr/bin/env bash
# Runs every test project of the solution and prints the totals over all of them, alone on the
# last line: "N passed, N failed". Installs what the tests need first, where it is missing:
# - Node.js/npm (front-end libraries are restored from npm by the Web project's build);
# - Debian's fonts-liberation2, the typeface of the generated PDF documents;
# - Debian's Chromium, which the browser tests drive through Playwright (Playwright's own browser
#   download does not work here and is never used);
# - DejaVu Serif (fonts-dejavu-core), the face a bare server falls back to, which the layout tests draw in too;
# - LibreOffice Writer (libreoffice-writer-nogui), the word processor that lays out the Word files in the tests;
# - poppler-utils (pdfsig), which checks the digital signatures of issued PDFs;
# - PostgreSQL (postgresql), started as a throw-away cluster on a free loopback port: the integration
#   tests run on SQLite and again on PostgreSQL (tests/postgres-cluster.sh);
# - nginx, the load balancer in front of two portal processes in the load run.
# Usage: bash tests/run-all.sh   (from anywhere; extra arguments go to `dotnet test`)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need_apt=()
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# Liberation Serif 2 (metric-compatible with Times New Roman, full Vietnamese) for the PDF documents.
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need_apt+=(fonts-liberation2)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || need_apt+=(fonts-dejavu-core)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
# poppler's pdfsig checks the signatures of issued PDFs independently of the portal.
command -v pdfsig >/dev/null 2>&1 || need_apt+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/sbin/nginx ] || need_apt+=(nginx-light)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Missing: ${need_apt[*]} (install them with apt-get as root)" >&2
  fi
fi

# No test host or portal process watches its settings files: each watcher is an inotify instance,
# and three test processes side by side would otherwise reach the kernel's limit of 128 per user.
export DOTNET_hostBuilder__reloadConfigOnChange=false
# Nor watches its web root through inotify (the version stamps of scripts and styles): polling.
export DOTNET_USE_POLLING_FILE_WATCHER=true

# Each phase's time, printed as it ends (docs/performance.md keeps the figures).
run_started=$SECONDS
phase_started=$SECONDS
phase() {
  printf 'Phase %s: %d min %02d s (total %d min %02d s)\n' "$1" $(((SECONDS - phase_started) / 60)) $(((SECONDS - phase_started) % 60)) \
    $(((SECONDS - run_started) / 60)) $(((SECONDS - run_started) % 60))
  phase_started=$SECONDS
}

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

# A throw-away PostgreSQL cluster for the second engine (and the load run through nginx); it is
# stopped and removed at the end, also when tests fail.
source "$root/tests/postgres-cluster.sh"
pg_cluster_start || { echo "Could not start PostgreSQL" >&2; echo "0 passed, 1 failed"; exit 1; }
trap pg_cluster_stop EXIT

# Built once; then the correctness tests, three runs side by side: the unit tests and the
# integration tests on SQLite; the integration tests again on PostgreSQL; the browser journeys.
# The two integration runs go at a lower CPU and disk priority: a journey waits on each page a
# person would, and on two cores it otherwise shares them with both suites' work (page loads of a
# minute and more were seen); the suites only take a little longer.
dotnet build NguyenLuongBang.Emulation.sln -v q -nologo
status=$?
phase "PostgreSQL cluster and build"
background() { nice -n 10 ionice -c 2 -n 7 "$@"; }
if [ $status -eq 0 ]; then
  background env NLB_TEST_ENGINE=PostgreSql dotnet test tests/NguyenLuongBang.Emulation.IntegrationTests --no-build \
    --logger "trx;LogFileName=integration-postgresql.trx" --results-directory "$results" --filter "Engine!=Sqlite" "$@" &
  pg_run=$!
  background dotnet test NguyenLuongBang.Emulation.sln --no-build --logger "trx" --results-directory "$results" \
    --filter "Engine!=PostgreSql&FullyQualifiedName!~NguyenLuongBang.Emulation.LoadTests&FullyQualifiedName!~NguyenLuongBang.Emulation.BrowserTests" "$@" &
  sqlite_run=$!
  dotnet test tests/NguyenLuongBang.Emulation.BrowserTests --no-build \
    --logger "trx;LogFileName=browser.trx" --results-directory "$results" "$@"
  status=$?
  for run in $sqlite_run $pg_run; do
    wait $run
    run_status=$?
    [ $status -eq 0 ] && status=$run_status
  done
  phase "correctness (unit, browser, integration on SQLite and on PostgreSQL)"

  # Then the load runs, alone on the machine: their figures are the ones in docs/performance.md.
  dotnet test tests/NguyenLuongBang.Emulation.LoadTests --no-build \
    --logger "trx;LogFileName=load.trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
  load_status=$?
  [ $status -eq 0 ] && status=$load_status
  phase "load runs"
fi

passed=0
failed=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  ok=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${ok:-0}))
  # Anything run but not passed counts as failed: failures, errors, time-outs, skips.
  failed=$((failed + ${total:-0} - ${ok:-0}))
done

projects=$(ls -d tests/*/ | grep -c Tests)
projects=$((projects + 1)) # the integration tests run twice
if [ ${#trx_files[@]} -lt "$projects" ]; then
  echo "Only ${#trx_files[@]} of $projects test projects reported results (a build or start-up failure)." >&2
  [ $failed -eq 0 ] && failed=1
fi
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $status -eq 0 ]
