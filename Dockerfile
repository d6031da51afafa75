# Build: the same command the README uses, so the image runs the same jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY webroot webroot
COPY config config
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update \
  && apt-get install -y --no-install-recommends curl \
  && rm -rf /var/lib/apt/lists/* \
  && useradd --system --create-home --home-dir /var/lib/urbis urbis
# config/urbis.json and config/cities.json are read relative to the working directory; mount over them to change them.
WORKDIR /opt/urbis
COPY --from=build /src/target/urbis.jar urbis.jar
COPY config config
USER urbis
ENV URBIS_HTTP_HOST=0.0.0.0 \
    URBIS_HTTP_PORT=8080 \
    URBIS_DATA_DIR=/var/lib/urbis/data \
    URBIS_DEMO=false
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "urbis.jar"]
