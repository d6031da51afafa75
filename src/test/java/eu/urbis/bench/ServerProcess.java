package eu.urbis.bench;

import com.sun.tools.attach.VirtualMachine;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The real server ({@code eu.urbis.app.Main}) in a JVM of its own, as in production, so its heap can be measured
 * apart from the load tool's and a JFR recording shows where its CPU goes.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  /** What {@code Main} logs once it listens. */
  private static final String UP_LINE = "Urbis is up at";

  private final Process process;
  private final int port;
  private JMXConnector management;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static ServerProcess start(Path config, int port, Path log, Path recording, String maxHeap) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java,
      "-Xmx" + maxHeap,
      "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true",
      "-cp", classpath(),
      "eu.urbis.app.Main", "--config", config.toString()))
      .redirectErrorStream(true)
      .start();
    CompletableFuture<Void> up = new CompletableFuture<>();
    Thread copier = new Thread(() -> copyOutput(process, log, up), "server-output");
    copier.setDaemon(true);
    copier.start();
    process.onExit().thenRun(() -> up.completeExceptionally(new IllegalStateException("the server exited with " + process.exitValue())));
    up.get(120, TimeUnit.SECONDS);
    return new ServerProcess(process, port);
  }

  /** Copies the server's output to its log file and completes {@code up} on the line that says it is serving. */
  private static void copyOutput(Process process, Path log, CompletableFuture<Void> up) {
    try (BufferedReader output = process.inputReader(StandardCharsets.UTF_8);
         BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        file.write(line);
        file.newLine();
        if (line.contains(UP_LINE)) {
          file.flush();
          up.complete(null);
        }
      }
    } catch (IOException e) {
      up.completeExceptionally(e);
    }
  }

  /**
   * This JVM's classpath: exec:java runs a bench in Maven's JVM, whose java.class.path is Maven's own, with the
   * project's classes in a URLClassLoader.
   */
  private static String classpath() throws URISyntaxException {
    if (!(ServerProcess.class.getClassLoader() instanceof URLClassLoader loader)) {
      return System.getProperty("java.class.path");
    }
    List<String> entries = new ArrayList<>();
    for (URL url : loader.getURLs()) {
      entries.add(Path.of(url.toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  public int port() {
    return port;
  }

  /** The server's platform MBeans (heap, collectors), through the JMX agent the attach API starts in it. */
  public synchronized MBeanServerConnection management() throws Exception {
    if (management == null) {
      VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
      try {
        management = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
      } finally {
        vm.detach();
      }
    }
    return management.getMBeanServerConnection();
  }

  /** Heap in use right after a full collection, in bytes (jcmd GC.run, then GC.heap_info). */
  public long heapUsedAfterGc() throws Exception {
    jcmd("GC.run");
    Matcher used = USED.matcher(jcmd("GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd GC.heap_info said nothing about used heap");
    }
    return Long.parseLong(used.group(1)) * 1024;
  }

  private String jcmd(String command) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process run = new ProcessBuilder(jcmd, Long.toString(process.pid()), command).redirectErrorStream(true).start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    run.waitFor(60, TimeUnit.SECONDS);
    return output;
  }

  /** SIGTERM: the server closes its sockets with 1001 and writes the JFR recording. */
  @Override
  public void close() throws Exception {
    if (management != null) {
      management.close();
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
