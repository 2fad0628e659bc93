#!/usr/bin/env bash
# The whole suite on this machine with one command: builds the services, then starts embedded PostgreSQL, a Kafka
# broker, Keycloak (realm imported) and the four services, loads the demo submissions of deploy/local/demo
# through the public API, and prints the URLs and demo logins. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q install -DskipTests
exec ./mvnw -B -q -pl deploy/local exec:java
