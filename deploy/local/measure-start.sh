#!/usr/bin/env bash
# Start time and idle memory of each service (issue 14's harness; a benchmark, not a test): packages the services
# with an AppCDS archive each (-Dquarkus.package.jar.appcds.enabled=true: Quarkus starts every service once at build
# time, no database or broker needed, and writes quarkus-app/app-cds.jsa; 31–35 s more per service here, so the
# normal build and CI leave it off), then starts each one alone with two JVM settings, twice (empty database, then
# migrated), against embedded PostgreSQL, Kafka and an OIDC provider on ports of their own (25432, 29092, 28180;
# the service on 28080), and prints a table. `--stack` also times the whole local stack's start (needs the fixed
# local ports free); `--no-package` measures what is already packaged; -D options go to StartupMeasurement:
#   deploy/local/measure-start.sh [--stack] [--no-package] [-Dservices=catalog-service] [-Dsettings=lean]
#                                 [-Dappcds=both|off]   (both: every migrated start also without the archive)
set -euo pipefail
cd "$(dirname "$0")/../.."
stack=false
package=true
options=()
for argument in "$@"; do
    case "$argument" in
        --stack) stack=true ;;
        --no-package) package=false ;;
        -D*) options+=("$argument") ;;
        *) echo "unknown argument: $argument" >&2; exit 2 ;;
    esac
done
if $package; then
    ./mvnw -B -q package dependency:build-classpath -DskipTests -Dquarkus.package.jar.appcds.enabled=true \
        -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime
fi
exec java -cp "deploy/local/target/classes:$(cat deploy/local/target/runtime-classpath.txt)" \
    -Dstack.root="$(pwd)" -Dstack="$stack" "${options[@]}" com.budgetperf.local.StartupMeasurement
