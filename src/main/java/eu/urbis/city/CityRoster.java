package eu.urbis.city;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the city roster file ({@code config/cities.json}, else the copy in the jar) and checks every entry,
 * so a typo stops start-up with the entry named instead of landing in the database.
 */
public final class CityRoster {
  private static final String FILE = "config/cities.json";
  private static final Set<String> ROLES = Set.of("challenge", "fellow", "mentor");

  private CityRoster() {
  }

  /** Blocking file read: start-up only. */
  public static List<City> load() {
    return parse(read());
  }

  static List<City> parse(String text) {
    JsonArray entries;
    try {
      entries = new JsonObject(text).getJsonArray("cities");
    } catch (DecodeException | ClassCastException e) {
      throw new IllegalArgumentException(FILE + ": not a JSON object with a \"cities\" list");
    }
    if (entries == null) {
      throw new IllegalArgumentException(FILE + ": no \"cities\" list");
    }
    List<City> cities = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Object entry = entries.getValue(i);
      if (!(entry instanceof JsonObject json)) {
        throw new IllegalArgumentException(FILE + ": cities[" + i + "] is not an object");
      }
      City city = City.fromJson(json);
      String problem = problemWith(city);
      if (problem != null) {
        throw new IllegalArgumentException(FILE + ": cities[" + i + "] " + problem);
      }
      cities.add(city);
    }
    return List.copyOf(cities);
  }

  private static String problemWith(City city) {
    if (city.id() == null || !city.id().matches("[a-z0-9-]{1,64}")) {
      return "needs an id of a-z, 0-9 and -";
    }
    if (city.name() == null || city.name().isBlank()) {
      return "(" + city.id() + ") needs a name";
    }
    if (city.country() == null || !city.country().matches("[A-Z]{2}")) {
      return "(" + city.id() + ") needs a two-letter ISO country code";
    }
    if (!ROLES.contains(city.role())) {
      return "(" + city.id() + ") needs a role of challenge, fellow or mentor";
    }
    return null;
  }

  private static String read() {
    try {
      Path local = Path.of(FILE);
      if (Files.isRegularFile(local)) {
        return Files.readString(local);
      }
      try (InputStream bundled = CityRoster.class.getClassLoader().getResourceAsStream(FILE)) {
        if (bundled == null) {
          throw new IllegalArgumentException(FILE + ": not found");
        }
        return new String(bundled.readAllBytes());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(FILE + ": cannot be read: " + e.getMessage());
    }
  }
}
