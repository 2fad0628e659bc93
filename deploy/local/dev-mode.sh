#!/usr/bin/env bash
# Quarkus dev mode for one service against the local infrastructure (no Docker, Dev Services off):
#   deploy/local/dev-mode.sh [catalog-service|submission-service|review-service|report-service] [--check]
# Starts embedded PostgreSQL (5432), a Kafka broker (9092) and the token-signing OIDC provider (8180) with
# `platform-testing exec:java`, then `quarkus:dev` for the service (live reload, Dev UI at /q/dev-ui, continuous
# testing with `r` in its console). With --check it waits until the service is ready and its Dev UI answers,
# prints the result and stops everything: the proof that dev mode works on this build.
set -euo pipefail
cd "$(dirname "$0")/../.."
service="${1:-catalog-service}"
check="${2:-}"
case "$service" in
    catalog-service) port=8081 ;; submission-service) port=8082 ;;
    review-service) port=8083 ;; report-service) port=8084 ;;
    *) echo "unknown service: $service" >&2; exit 2 ;;
esac
logs="deploy/local/target/dev-mode"
mkdir -p "$logs"

# The service's dev mode resolves the platform modules from the local Maven repository.
./mvnw -B -q install -DskipTests -pl platform-infrastructure,platform-testing -am

pids=()
stop() {
    for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop EXIT INT TERM

set -m
./mvnw -B -q -pl platform-testing exec:java >"$logs/infrastructure.log" 2>&1 &
pids+=($!)
echo "waiting for the local infrastructure (log: $logs/infrastructure.log)"
for _ in $(seq 1 300); do
    grep -q "local infrastructure is up" "$logs/infrastructure.log" 2>/dev/null && break
    sleep 1
done
grep -q "local infrastructure is up" "$logs/infrastructure.log" || { echo "infrastructure did not start"; exit 1; }

if [ "$check" != "--check" ]; then
    set +m
    ./mvnw -pl "$service" quarkus:dev
    exit $?
fi

./mvnw -B -pl "$service" quarkus:dev -Dquarkus.console.enabled=false -Ddebug=false >"$logs/$service.log" 2>&1 &
pids+=($!)
echo "waiting for $service in dev mode on :$port (log: $logs/$service.log)"
for _ in $(seq 1 600); do
    curl -fs -m 5 "localhost:$port/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
ready=$(curl -s -m 10 "localhost:$port/q/health/ready" | tr -d ' \n' | grep -o '"status":"UP"' | head -n 1 || true)
devui=$(curl -s -o /dev/null -w '%{http_code}' -m 30 "localhost:$port/q/dev-ui/welcome" || true)
profile=$(grep -o "Profile dev activated. Live Coding activated" "$logs/$service.log" | head -n 1 || true)
echo "$service dev mode: ready=${ready:-no} dev-ui=$devui ${profile:-no live coding}"
[ -n "$ready" ] && [ "$devui" = 200 ] && [ -n "$profile" ]
