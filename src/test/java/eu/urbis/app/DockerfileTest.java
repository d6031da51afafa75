package eu.urbis.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs in the test environment, so this holds the Dockerfile to the README instead: the image
 * must build with the README's own package command and run the jar that command makes, as a non-root user.
 */
class DockerfileTest {

  @Test
  void theImageBuildsAndRunsTheJarTheReadmeBuilds() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    Matcher run = Pattern.compile("(mvn [^`&]*package[^`&]*?) && java -jar (target/urbis\\.jar)").matcher(readme);
    assertThat(run.find()).as("README run command").isTrue();

    assertThat(dockerfile).contains("RUN " + run.group(1).strip());
    assertThat(dockerfile).contains("COPY --from=build /src/" + run.group(2) + " urbis.jar");
    assertThat(dockerfile).containsPattern("(?m)^USER urbis$");
    assertThat(dockerfile).contains("URBIS_HTTP_HOST=0.0.0.0").contains("EXPOSE 8080").contains("HEALTHCHECK");
  }
}
