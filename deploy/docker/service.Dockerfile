# One Dockerfile for the four services: they are built alike (Quarkus fast-jar on a JDK 17 runtime) and differ
# only in the module. Build from the repository root after `./mvnw -B package -DskipTests`:
#   docker build -f deploy/docker/service.Dockerfile --build-arg SERVICE=catalog-service -t budget/catalog-service .
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21
ARG SERVICE
ENV LANGUAGE='zh_CN:en' LANG='C.UTF-8' \
    JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_APP_JAR="/deployments/quarkus-run.jar"
COPY --chown=185 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 ${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 185
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
