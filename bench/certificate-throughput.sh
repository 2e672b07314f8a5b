#!/usr/bin/env bash
# Certificates issued per second (numbered, rendered to PDF/A with a QR code, signed with PAdES and
# stored with their SHA-256) when a coordinator issues the whole 1,000-trainee benchmark cohort as a
# batch job, timed through the API from the start request to the last certificate. For scale: TCPDF,
# the engine Moodle's certificate plugins use, renders a comparable one-page certificate with a QR
# code at about 36 per second on one core of this machine. Target: at least 100 per second.
#
# Needs the platform running with the benchmark trainees (as for bench/quiz-load.sh):
#     mvn -q clean package -DskipTests
#     cp target/akademi-pendamping.war target/server/standalone/deployments/
#     target/server/bin/standalone.sh -Dpendamping.bench-trainees=1000
# (PostgreSQL: see bench/quiz-load.sh's header.) Remove the copied WAR afterwards.
#
# Each run first readies the cohort through POST /bench-support/certificates (it exists only on a
# server started with pendamping.bench-trainees): the cohort's earlier certificates are removed and
# every trainee is recorded as complete. A first, identical run warms the server (its figure is not
# the result); WARM_UP=0 measures a cold one.
#   usage: bench/certificate-throughput.sh [BASE_URL]   (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
mvn -q -o test-compile -Dsurefire.skip=true 2>/dev/null || mvn -q test-compile
run() {
    mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.pendamping.bench.CertificateThroughput \
        -Dexec.args="$BASE"
}
if [ "${WARM_UP:-1}" != 0 ]; then
    echo "== warm-up run (not the result) =="
    run | grep -E '^(issued|PASS|FAIL)' || true
    echo "== measured run =="
fi
run
