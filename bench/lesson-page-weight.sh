#!/usr/bin/env bash
# Prints the bytes transferred (compressed) for the first lesson page of a fresh browser and for the
# next lesson, as a trainee's phone would fetch them. Targets: at most 400 KB and 80 KB.
#
# Needs the platform running with demo data (README: mvn clean package wildfly:run) and Debian's
# Chromium (apt-get install chromium chromium-driver). It opens a new cohort as the demo coordinator
# and enrols the demo trainee in it.
#   usage: bench/lesson-page-weight.sh [BASE_URL]     (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
mvn -q -o test-compile -Dsurefire.skip=true 2>/dev/null || mvn -q test-compile
mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.pendamping.bench.LessonPageWeight -Dexec.args="$BASE"
