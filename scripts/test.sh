#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL cluster and headless Chromium.
# Ends with the line `tests: N passed, N failed`; exits non-zero on any failure.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/lib/postgres.sh

pg_port="${TEST_PG_PORT:-55432}"
work=$(mktemp -d /tmp/izmirsym-test.XXXXXX)
chmod 755 "$work"
data="$work/pgdata"
log="$work/test.log"

cleanup() {
  pg_stop_cluster "$data"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

summary() { echo "tests: $1 passed, $2 failed"; }

pg_ensure_installed || { summary 0 1; exit 1; }
# Real parts: Chromium for the UI tests, nginx and openssl for the app behind a TLS proxy, poppler for PDFs.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
# poppler-utils: the report tests read and render the PDFs (pdftotext, pdftoppm).
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  pg_log "Not found: ${missing[*]}; installing with apt-get…"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null ||
    { pg_log "Installing ${missing[*]} failed."; summary 0 1; exit 1; }
  # The tests start nginx themselves; stop the system service the package may have started.
  if [[ " ${missing[*]} " == *" nginx "* ]] && command -v systemctl >/dev/null && systemctl is-active --quiet nginx 2>/dev/null; then
    $sudo systemctl disable --now nginx >/dev/null 2>&1 || true
  fi
fi
# The compose file is checked with `docker-compose config`: the client only, no Docker engine.
if ! command -v docker-compose >/dev/null && ! docker compose version >/dev/null 2>&1; then
  pg_log "docker-compose not found; installing Debian's client (without the engine) with apt-get…"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends docker-compose >/dev/null ||
    { pg_log "Installing docker-compose failed."; summary 0 1; exit 1; }
fi

PG_FSYNC=off pg_start_cluster "$data" "$pg_port" || { summary 0 1; exit 1; }
# A generous connect timeout: with the test projects running side by side on 2 cores, a fixture's
# first connection can wait longer than Npgsql's default 15 s.
export IZMIRSYM_TEST_DB="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Timeout=60"

pg_log "Building…"
if ! dotnet build IzmirSymbiosis.sln -nologo -v quiet -clp:ErrorsOnly; then
  pg_log "Build failed."
  summary 0 1
  exit 1
fi

# Two rounds: the browser tests after the rest. Side by side on 2 cores (load average near 20),
# a browser test's 20 s wait could run out while the deployment tests published and started apps.
e2e=IzmirSymbiosis.Web.EndToEndTests
dotnet test IzmirSymbiosis.sln --no-build -nologo -v quiet --filter "FullyQualifiedName!~$e2e." \
  --logger trx --results-directory "$work/results" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
dotnet test "tests/$e2e" --no-build -nologo -v quiet --logger trx --results-directory "$work/results" 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# The quiet run names no failure; print each failed test with its message from the result files.
if [ "$status" -ne 0 ] && command -v python3 >/dev/null; then
  python3 - "$work/results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as et
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in glob.glob(sys.argv[1] + "/*.trx"):
    for r in et.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        if r.get("outcome") == "Failed":
            message = r.find(".//t:Message", ns)
            print("FAILED " + r.get("testName"))
            print("  " + (message.text or "").strip()[:2000].replace("\n", "\n  "))
            # Where it stopped: the stack's frames in our own test code (file and line).
            trace = r.find(".//t:StackTrace", ns)
            for line in (trace.text or "").splitlines() if trace is not None else []:
                if "/tests/" in line:
                    print("  " + line.strip())
PY
fi

# Per-project lines: "Passed!  - Failed:     0, Passed:    25, Skipped:     0, Total: ..."
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
projects=$(find tests -name '*.csproj' -exec grep -l '<IsTestProject>true</IsTestProject>' {} + | wc -l)
reported=$(grep -cE '^(Passed|Failed)! ' "$log" || true)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$reported" -lt "$projects" ]; then
  pg_log "Only $reported of $projects test projects reported results."
  [ "$failed" -eq 0 ] && failed=1
  status=1
fi
summary "$passed" "$failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
