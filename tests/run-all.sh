#!/usr/bin/env bash
# Runs every test project of the solution and prints the totals over all of them, alone on the
# last line: "N passed, N failed". Installs what the tests need first, where it is missing:
# - Node.js/npm (front-end libraries are restored from npm by the Web project's build);
# - Debian's fonts-liberation2, the typeface of the generated PDF documents;
# - Debian's Chromium, which the browser tests drive through Playwright (Playwright's own browser
#   download does not work here and is never used);
# - DejaVu Serif (fonts-dejavu-core), the face a bare server falls back to, which the layout tests draw in too;
# - LibreOffice Writer (libreoffice-writer-nogui), the word processor that lays out the Word files in the tests.
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
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Missing: ${need_apt[*]} (install them with apt-get as root)" >&2
  fi
fi

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

dotnet test NguyenLuongBang.Emulation.sln --logger "trx" --results-directory "$results" "$@"
status=$?

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
if [ ${#trx_files[@]} -lt "$projects" ]; then
  echo "Only ${#trx_files[@]} of $projects test projects reported results (a build or start-up failure)." >&2
  [ $failed -eq 0 ] && failed=1
fi
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $status -eq 0 ]
