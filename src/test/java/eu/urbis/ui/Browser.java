package eu.urbis.ui;

import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium session on the system's chromium and chromedriver (never a downloaded one). Without them
 * the test is skipped, unless URBIS_REQUIRE_BROWSER=true (CI), where a missing browser fails it. Every page's
 * console is collected: a CSP violation or an uncaught script error fails the test.
 */
public final class Browser implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String CHROMIUM = env("URBIS_CHROMIUM", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = env("URBIS_CHROMEDRIVER", "/usr/bin/chromedriver");
  /** Starts CHROMIUM under nice(1), so the browser yields the CPU to the server it tests. */
  private static final String LOW_PRIORITY = "src/test/bin/chromium-low-priority";

  private final ChromeDriver driver;
  private final String base;
  private final Path profile;
  private final List<String> consoleProblems = new ArrayList<>();

  private Browser(ChromeDriver driver, String base, Path profile) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  public static Browser open(int port) {
    requireBrowser();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile = TestServer.tempDir("urbis-chromium");
    ChromeOptions options = new ChromeOptions()
      .setBinary(new File(LOW_PRIORITY).getAbsolutePath())
      .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
      .usingDriverExecutable(new File(CHROMEDRIVER))
      .usingAnyFreePort()
      .build();
    return new Browser(new ChromeDriver(service, options), "http://127.0.0.1:" + port, profile);
  }

  private static void requireBrowser() {
    boolean found = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    String message = "No browser for the UI tests: " + CHROMIUM + " and " + CHROMEDRIVER
      + " are needed (apt-get install chromium chromium-driver)";
    if (!found && "true".equals(System.getenv("URBIS_REQUIRE_BROWSER"))) {
      throw new IllegalStateException(message + "; URBIS_REQUIRE_BROWSER=true makes this a failure");
    }
    Assumptions.assumeTrue(found, message + "; skipped");
  }

  /** Opens a hash route of the UI, e.g. "#/boards/1"; "" for the home page. */
  public Browser go(String hash) {
    driver.get(base + "/" + hash);
    return this;
  }

  public Browser size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    return this;
  }

  public WebElement find(String css) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public WebElement waitForText(String css, String text) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return find(css);
  }

  public void waitUntilGone(String css) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until {@code condition} holds, e.g. a scroll position or a document title that settles after a render. */
  public void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
  }

  /** Waits until the page has stored its scroll position in the history entry (see webroot/lib/scroll-memory.js). */
  public void waitUntilScrollSaved(long scrollY) {
    waitUntil(() -> Long.valueOf(scrollY).equals(script("return history.state && history.state.scrollY")));
  }

  /** Presses Tab until the focused element matches {@code css}, at most {@code presses} times; answers that element. */
  public WebElement tabTo(String css, int presses) {
    for (int i = 0; i <= presses; i++) {
      if (focused(css)) {
        return driver.switchTo().activeElement();
      }
      press(org.openqa.selenium.Keys.TAB);
    }
    throw new AssertionError("Tab did not reach " + css + " in " + presses + " presses; focus is on "
      + script("return document.activeElement.outerHTML.slice(0, 200)"));
  }

  /** Keys pressed on whatever has the focus, as a keyboard user would. */
  public Browser press(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    return this;
  }

  public boolean focused(String css) {
    return Boolean.TRUE.equals(script("return document.activeElement !== null && document.activeElement.matches(arguments[0])", css));
  }

  public Browser type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  public Browser select(String css, String value) {
    new Select(find(css)).selectByValue(value);
    return this;
  }

  private static final String UNDER_HEADER_TO_CENTRE = """
    const header = document.querySelector('.app-header');
    if (header && !header.contains(arguments[0])
        && arguments[0].getBoundingClientRect().top < header.getBoundingClientRect().bottom) {
      arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});
    }""";

  public Browser click(String css) {
    clickInView(new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
    return this;
  }

  /** Clicks the first button (or link) under {@code scope} whose text contains {@code label}. */
  public Browser clickLabelled(String scope, String label) {
    By by = By.xpath(".//*[self::button or self::a][contains(normalize-space(.), '" + label + "')]");
    WebElement container = find(scope);
    new WebDriverWait(driver, WAIT).until(d -> !container.findElements(by).isEmpty() && container.findElement(by).isDisplayed());
    clickInView(container.findElement(by));
    return this;
  }

  /**
   * Clicks as a person would: an element that sits in the window but under the sticky header is scrolled out from
   * under it first, since WebDriver does not scroll what it deems in view (and the header would take the click).
   */
  private void clickInView(WebElement element) {
    script(UNDER_HEADER_TO_CENTRE, element);
    element.click();
  }

  /** Signs in through the sign-in form. */
  public Browser logIn(String username, String password) {
    go("");
    type("#login-username", username);
    type("#login-password", password);
    click("sign-in button[type=submit]");
    find("app-header .me");
    return this;
  }

  /** Signs in as the user of a session from {@link eu.urbis.support.Api#newMember}, who has the test password. */
  public Browser logIn(JsonObject session) {
    return logIn(session.getJsonObject("user").getString("username"), TestServer.PASSWORD);
  }

  /** Chrome DevTools network emulation: offline drops the open WebSocket as a lost network would. */
  public void network(boolean online) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
      "offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  public byte[] screenshot() {
    return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Fails on CSP violations and uncaught script errors seen in the console so far. */
  public void assertCleanConsole() {
    collectConsole();
    assertThat(consoleProblems).as("browser console").isEmpty();
  }

  private void collectConsole() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      if (message.contains("Content Security Policy") || message.contains("Uncaught") || message.contains("Refused to")) {
        consoleProblems.add(message);
      }
    }
  }

  @Override
  public void close() {
    try {
      collectConsole();
    } finally {
      driver.quit();
      deleteQuietly(profile);
    }
    assertThat(consoleProblems).as("browser console").isEmpty();
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      // a leftover temp profile is harmless
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
