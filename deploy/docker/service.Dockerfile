# One Dockerfile for the four services: they are built alike (Quarkus fast-jar on a JDK 17 runtime) and differ
# only in the module. Build from the repository root after `./mvnw -B package -DskipTests`:
#   docker build -f deploy/docker/service.Dockerfile --build-arg SERVICE=catalog-service -t budget/catalog-service .
# The CJK font report-service embeds in the disclosure PDF and draws the PNG charts with (report.pdf.font-path):
# the runtime image has none, so Chinese would not render in docker-compose or Kubernetes. Taken from Debian's
# fonts-noto-cjk (SIL Open Font License) to the path the service reads by default.
FROM debian:bookworm-slim AS cjk-font
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*

FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21
ARG SERVICE
USER root
# fontconfig lets Java2D (the PNG charts) find the font by family; the PDF reads the file directly
RUN microdnf install -y fontconfig && microdnf clean all
COPY --from=cjk-font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
ENV LANGUAGE='zh_CN:en' LANG='C.UTF-8' \
    JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_APP_JAR="/deployments/quarkus-run.jar"
COPY --chown=185 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 ${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 185
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
