package eu.urbis.auth;

/** Settings read once at start-up by the config loader. */
public record Argon2Config(int memoryKiB, int iterations, int parallelism) {
}
