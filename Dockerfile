# The application image. It packages the jar built on the host, so there is no Maven inside the image:
#   ./mvnw -DskipTests package && docker build -t adaptation-graph .
# (or let docker compose build it: see docker-compose.yml and the README).
FROM eclipse-temurin:17-jre

# A fixed, unprivileged user; numeric so that runtimes enforcing "run as non-root" can verify it.
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app \
 && mkdir -p /app/data \
 && chown app:app /app/data

WORKDIR /app
COPY target/*.jar /app/app.jar

# Used only when SPRING_NEO4J_URI is unset (the embedded database); mount a volume here to keep the graph.
ENV GRAPH_DATA_DIRECTORY=/app/data

USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
