package eu.urbis.auth;

/**
 * Settings read once at start-up by the config loader: the Argon2id cost, and the {@code threads} that hash
 * (apart from every other worker) with at most {@code queue} hashes waiting or running; past that, 503.
 */
public record Argon2Config(int memoryKiB, int iterations, int parallelism, int threads, int queue) {
}
