package eu.urbis.files;

import eu.urbis.failure.Failure;

/** File ids on the wire are strings of digits; anything else is no file at all. */
final class FileIds {
  private FileIds() {
  }

  static long parse(String id) {
    try {
      long parsed = Long.parseLong(id);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException ignored) {
      // answered below as the unknown file it is
    }
    throw Failure.notFound("No such file.");
  }
}
