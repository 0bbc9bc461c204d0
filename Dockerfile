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
# Memory: a heap sized for the service rather than a share of the host's RAM, and bounded metaspace, code cache and
# direct buffers; with the embedded database's page cache (graph.embedded.page-cache, 128MB) the process stays under
# about 768MB. Replace JAVA_TOOL_OPTIONS as a whole (and GRAPH_EMBEDDED_PAGE_CACHE) for a large graph: see the README.
ENV JAVA_TOOL_OPTIONS="-Xmx256m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=128m -XX:+UseSerialGC"
# glibc's malloc otherwise keeps up to 8 arenas per core for the JVM's and Neo4j's native allocations.
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
