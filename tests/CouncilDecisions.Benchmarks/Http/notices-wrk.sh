#!/usr/bin/env bash
# HTTP benchmark of the PDF notice endpoint against a baseline in the same run.
# Starts the web app (Release) on loopback over a fresh seeded SQLite database, then runs wrk on
#   /health                      the baseline: the pipeline plus one database check
#   /decisions/ID/notice.pdf     a fresh one-page notice every request (no If-None-Match)
# and prints requests/s for each and their ratio. Traffic goes only to 127.0.0.1; every wrk run is bounded.
# Usage: tests/CouncilDecisions.Benchmarks/Http/notices-wrk.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-10}
connections=${2:-8}
port=5099
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

data=$(mktemp -d)
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
dotnet build -c Release src/CouncilDecisions.Web -v quiet -nologo >/dev/null
Database__DataFolder="$data" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
  dotnet src/CouncilDecisions.Web/bin/Release/net10.0/CouncilDecisions.Web.dll --urls "http://127.0.0.1:$port" \
  --contentRoot "$PWD/src/CouncilDecisions.Web" >/dev/null 2>&1 &
app=$!
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

id=$(sqlite3 "$data/councildecisions.db" "select Id from Decisions where Title = 'Croydon Digital Strategy'" 2>/dev/null || echo 2)
run() { wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$1" | tee /dev/stderr | awk '/Requests\/sec/ {print $2}'; }

echo "== baseline: /health" >&2
base=$(run /health)
echo "== notice: /decisions/$id/notice.pdf" >&2
pdf=$(run "/decisions/$id/notice.pdf")
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "health requests/s: $base"
echo "notice requests/s: $pdf"
awk -v a="$pdf" -v b="$base" 'BEGIN { printf "notice / health ratio: %.3f\n", a / b }'
