package eu.urbis.app;

/** A setting that is missing or malformed; its message is the one line printed before exiting. */
public class ConfigException extends RuntimeException {
  public ConfigException(String key, String problem) {
    super("config " + key + ": " + problem);
  }
}
