#!/usr/bin/env bash
# Start time and idle memory of each service (issue 14's harness; a benchmark, not a test): packages the services,
# then starts each one alone with two JVM settings, twice (empty database, then migrated), against embedded
# PostgreSQL, Kafka and an OIDC provider on ports of their own (25432, 29092, 28180; the service on 28080), and
# prints a table. `--stack` also times the whole local stack's start (needs the fixed local ports free).
#   deploy/local/measure-start.sh [--stack]
set -euo pipefail
cd "$(dirname "$0")/../.."
stack=false
[ "${1:-}" = "--stack" ] && stack=true
./mvnw -B -q package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime
exec java -cp "deploy/local/target/classes:$(cat deploy/local/target/runtime-classpath.txt)" \
    -Dstack.root="$(pwd)" -Dstack="$stack" com.budgetperf.local.StartupMeasurement
