package eu.urbis.search;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static eu.urbis.forum.ForumApi.items;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * B5's search-quality table (docs/forum.md): 30 posts in six languages, each written from a city of another language
 * (so its city's stemmer would miss), and for each a query in another form of one of its words (singular/plural,
 * verb forms, accents left out); the post's thread must be on the first page of results.
 */
class SearchQualityTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);

  /** language | query | post */
  static final List<String> PAIRS = List.of(
    "en | street | The city council repaired the streets around the old market and planted new trees.",
    "en | library | Three public libraries now lend laptops to residents who have no computer at home.",
    "en | trained | Our mentors are training the staff of the town hall in digital skills every Tuesday.",
    "en | superblock | Superblocks calmed the traffic in the neighbourhood and gave children space to play.",
    "en | applying | We applied for European funding twice before the application finally succeeded.",
    "de | Stadt | Die Städte im Norden bauen gemeinsam ein Netz aus sicheren Radwegen.",
    "de | Bibliothek | Unsere Bibliotheken öffnen jetzt auch am Sonntag für alle Familien.",
    "de | digitalisiert | Die Verwaltung digitalisierte alle Formulare und sparte dadurch viel Papier.",
    "de | Straßenbahn | Im Winter fahren die Straßenbahnen seltener, weil weniger Fahrgäste unterwegs sind.",
    "de | Bahnhof | Mehr Ladestationen für Elektroautos stehen jetzt an den Bahnhöfen der Region.",
    "fr | ville | Les villes partenaires partagent leurs données ouvertes sur les transports publics.",
    "fr | voter | Les habitants votaient en ligne pour choisir les projets du budget participatif.",
    "fr | numerique | Notre service numérique aide les personnes âgées à remplir leurs démarches.",
    "fr | école | Les écoles du quartier ont reçu des ordinateurs portables pour chaque élève.",
    "fr | hôpital | Nous avons installé des capteurs de qualité de l'air près des hôpitaux.",
    "es | bicicleta | Las bicicletas compartidas cambiaron la forma de moverse por el centro.",
    "es | participar | Los vecinos participaron en los presupuestos a través de una aplicación móvil.",
    "es | informatica | La biblioteca municipal ofrece cursos gratuitos de informática para los jóvenes que buscan trabajo.",
    "es | autobús | Abrimos nuevas plazas de aparcamiento para motos junto a la estación de autobuses.",
    "es | escuela | Las escuelas públicas reciben tabletas gracias a un programa europeo.",
    "it | biblioteca | Le biblioteche comunali aprono la domenica per le famiglie con bambini.",
    "it | cittadino | I cittadini possono pagare le tasse con una applicazione sul telefono.",
    "it | strada | Abbiamo installato nuovi sensori per misurare il traffico nelle strade.",
    "it | citta | Il comune ha digitalizzato gli archivi storici della città.",
    "it | lavorare | Gli studenti lavorano insieme agli uffici comunali durante estate.",
    "pl | ulica | Nowe ulice w centrum miasta są bezpieczniejsze dla pieszych i rowerzystów.",
    "pl | biblioteki | Miejska biblioteka kupiła nowe komputery dla seniorów z okolicy.",
    "pl | dzielnica | Wszystkie dzielnice dostały nowe kosze na śmieci w ramach programu.",
    "pl | miasto | Urząd miasta otworzył punkt obsługi mieszkańców na dworcu.",
    "pl | portal | Dane o jakości powietrza są publikowane codziennie na portalu.");

  /** Each language is written from a city whose stemmer is of another language (Gabrovo: none at all). */
  private static final Map<String, String> WRITTEN_FROM = Map.of(
    "en", "aarhus", "de", "lyon", "fr", "malaga", "es", "ancona", "it", "dortmund", "pl", "gabrovo");

  private static final Map<String, String> threadOfPost = new HashMap<>();
  private static String reader;

  @BeforeAll
  static void writeThePosts() {
    Map<String, String> authors = new HashMap<>();
    WRITTEN_FROM.forEach((language, city) -> authors.put(language, forum.memberIn("writer-" + language, city).getString("token")));
    reader = forum.memberIn("reader", "gabrovo").getString("token");
    String board = forum.board("everyone");
    for (String pair : PAIRS) {
      String[] parts = parse(pair);
      String title = String.join(" ", Arrays.copyOf(parts[2].split(" "), 4));
      JsonObject started = forum.startThread(authors.get(parts[0]), board, title, parts[2]);
      assertThat(started.getJsonObject("post").getString("language")).as(parts[2]).isEqualTo(parts[0]);
      threadOfPost.put(parts[2], started.getJsonObject("thread").getString("id"));
    }
  }

  static Stream<String> pairs() {
    return PAIRS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void theExpectedPostIsOnTheFirstPage(String pair) {
    String[] parts = parse(pair);
    var hits = items(api.get("/api/search?q=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8), reader));

    assertThat(hits.stream().map(hit -> ((JsonObject) hit).getJsonObject("thread").getString("id")))
      .as("'%s' finds '%s'", parts[1], parts[2])
      .contains(threadOfPost.get(parts[2]));
  }

  private static String[] parse(String pair) {
    return Arrays.stream(pair.split("\\|")).map(String::strip).toArray(String[]::new);
  }
}
