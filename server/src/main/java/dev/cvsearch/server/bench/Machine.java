package dev.cvsearch.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the bench ran on: CPU, cores, memory, JVM and heap limit, and how busy the machine was. */
final class Machine {
  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpu", cpuModel());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memory_mib", memTotalMib());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("max_heap_mib", Math.round(Heap.maxMib()));
    m.put("gc", gcNames());
    // The launcher's and the user's JVM options (GC settings, heap limit), so a run can be repeated.
    m.put("jvm_options", String.join(" ",
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
    m.put("load_average_start", loadAverage());
    return m;
  }

  /** The 1, 5 and 15-minute load averages (others compete for the same cores), or "n/a". */
  static String loadAverage() {
    String s = read("/proc/loadavg");
    if (s == null) {
      return "n/a";
    }
    String[] f = s.trim().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(f, Math.min(3, f.length)));
  }

  private static String cpuModel() {
    String s = read("/proc/cpuinfo");
    if (s != null) {
      for (String line : s.split("\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    }
    return System.getProperty("os.arch");
  }

  private static long memTotalMib() {
    String s = read("/proc/meminfo");
    if (s != null) {
      for (String line : s.split("\n")) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    }
    return -1;
  }

  private static String gcNames() {
    return String.join(
        ", ",
        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(java.lang.management.GarbageCollectorMXBean::getName)
            .toList());
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null; // not Linux: the figure is simply absent from the report
    }
  }
}
