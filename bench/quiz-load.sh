#!/usr/bin/env bash
# N simulated trainees start the pre-test PDP-DASAR-PRE at the same moment (the start answers with
# the attempt and its items), answer its 20 items with think time (mean THINK ms, +-50%; default
# 10 s, already several times faster than anyone reads a scenario item; 1500 makes it a stress
# test of capacity) and submit, over the REST API with bearer tokens. Prints
# throughput and p50/p95/p99/max latency of start, save and submit, then reads every attempt back:
# every acknowledged answer stored, every attempt graded once. Targets for 1,000 trainees: no errors,
# no lost answer, save p95 <= 150 ms, start p95 <= 1 s, on H2 and on PostgreSQL.
# Exit code 1 on errors or lost answers; missed latency targets only print FAIL.
#
# Needs the platform running with the benchmark trainees bench-0001..bench-N (cohort "Angkatan
# Benchmark"; learning.application.BenchCohort), created at start-up by the system property
# pendamping.bench-trainees (N at most 1000) on top of the demo data. Start it from a fresh build,
# deploying the WAR through the scanner, with a file limit that allows a thousand connections:
#
#   H2 (the default; its configuration turns demo data on):
#     mvn -q clean package -DskipTests
#     cp target/akademi-pendamping.war target/server/standalone/deployments/
#     ulimit -n 8192; target/server/bin/standalone.sh -Dpendamping.bench-trainees=1000
#
#   PostgreSQL (a database of its own, so the development database is not touched):
#     PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres \
#         -c 'DROP DATABASE IF EXISTS pendamping_bench WITH (FORCE)' -c 'CREATE DATABASE pendamping_bench'
#     mvn -q clean package -DskipTests -Ppostgresql
#     cp target/akademi-pendamping.war target/server/standalone/deployments/
#     ulimit -n 8192; DB_URL=jdbc:postgresql://127.0.0.1:5432/pendamping_bench \
#         target/server/bin/standalone.sh -Dpendamping.demo-data=true -Dpendamping.bench-trainees=1000
#
# Then, once the server is ready: bench/quiz-load.sh
#
# Runs again without a new database: start-up, and POST /bench-support/reset (which exists only on a
# server started with pendamping.bench-trainees), remove the benchmark cohort's attempts. By default
# a first identical run and eight bursts of starts alone warm the server, and the run after them is
# measured (WARM_UP=0: measure a cold one). For quicker experiments on the start alone: BURSTS=n
# warm-up bursts instead of eight, MEASURE=starts measures one more burst of starts instead of a
# whole session, SETTLE_MS is the pause between the set-up and a burst (default 1000).
# Set-up (not measured) asks for one token per trainee, four at a time: each costs the server one
# PBKDF2 check, so about a minute and a half for 1,000 trainees on two cores; the tokens are kept in
# target/bench-tokens.properties for the next runs (12 hours). It also lists each trainee's quizzes,
# which draws their attempt ahead of the start, as the quiz list page does.
#   usage: bench/quiz-load.sh [BASE_URL] [TRAINEES] [THINK_MS]   (defaults http://localhost:8080 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
TRAINEES=${2:-1000}
THINK=${3:-10000}
# Up to 400 connections at once, besides Maven's own open files.
ulimit -n 4096 2>/dev/null || true
mvn -q -o test-compile -Dsurefire.skip=true 2>/dev/null || mvn -q test-compile
# A server that has just started is still compiling its hot code; an exam starts on a server that
# has been up. So QuizLoad first runs the same session once to warm the server and its own code,
# then eight bursts of starts alone (one session starts each trainee only once, not enough for the
# start's own code to be compiled), resetting the benchmark cohort's attempts after each, and
# measures the run after them. WARM_UP=0 measures a cold one.
mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.pendamping.bench.QuizLoad \
    -Dexec.args="$BASE $TRAINEES $THINK" | awk '/^== measured run ==/ { measured = 1 }
    measured || /^(==|start|save|submit|PASS|FAIL)/ { print; fflush() }'
