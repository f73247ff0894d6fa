package dev.cvsearch.server.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The PNG charts of the ladder, drawn with JFreeChart (headless): latency, throughput and indexing
 * rate against corpus size, ours against the baseline.
 */
final class Charts {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 540;
  private static final Color OURS = new Color(0x1f77b4);
  private static final Color BASE = new Color(0xd62728);

  private Charts() {}

  /** A line: name, the system it belongs to, and the figure it plots. */
  private record Line(String name, boolean ours, boolean dashed, ToDoubleFunction<StepResult> y) {}

  /** Draws every chart into the folder; returns the files written. */
  static List<Path> draw(List<StepResult> ladder, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(dir);
    Path latency = dir.resolve("latency.png");
    Path throughput = dir.resolve("throughput.png");
    Path indexing = dir.resolve("indexing.png");
    save(
        chart(
            "Search latency, one thread, in-process (ms)",
            "latency (ms)",
            true,
            ladder,
            List.of(
                new Line("ours p50", true, false, s -> s.ours().inProcess1t().p50Ms()),
                new Line("ours p99", true, true, s -> s.ours().inProcess1t().p99Ms()),
                new Line("baseline p50", false, false, s -> s.baseline().inProcess1t().p50Ms()),
                new Line("baseline p99", false, true, s -> s.baseline().inProcess1t().p99Ms()))),
        latency);
    save(
        chart(
            "Search throughput, two threads (queries/s)",
            "queries/s",
            true,
            ladder,
            List.of(
                new Line("ours in-process", true, false, s -> s.ours().inProcess2t().qps()),
                new Line("ours HTTP", true, true, s -> s.ours().http2t().qps()),
                new Line(
                    "baseline in-process", false, false, s -> s.baseline().inProcess2t().qps()),
                new Line("baseline HTTP", false, true, s -> s.baseline().http2t().qps()))),
        throughput);
    save(
        chart(
            "Indexing rate, records in memory to committed index (docs/s)",
            "docs/s",
            false,
            ladder,
            List.of(
                new Line("ours", true, false, s -> s.ours().indexDocsPerS()),
                new Line("baseline", false, false, s -> s.baseline().indexDocsPerS()))),
        indexing);
    return List.of(latency, throughput, indexing);
  }

  private static JFreeChart chart(
      String title, String yLabel, boolean logY, List<StepResult> ladder, List<Line> lines) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Line line : lines) {
      XYSeries series = new XYSeries(line.name());
      for (StepResult s : ladder) {
        series.add(s.docs(), line.y().applyAsDouble(s));
      }
      data.addSeries(series);
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title,
            "documents in the index",
            yLabel,
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    LogAxis x = new LogAxis("documents in the index (log scale)");
    x.setSmallestValue(1);
    x.setTickUnit(new NumberTickUnit(1)); // one tick per power of ten
    x.setNumberFormatOverride(
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    plot.setDomainAxis(x);
    if (logY) {
      // Ours and the baseline differ by an order of magnitude: a log scale keeps both readable.
      LogAxis y = new LogAxis(yLabel + " (log scale)");
      y.setSmallestValue(0.01);
      y.setNumberFormatOverride(
          new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
      plot.setRangeAxis(y);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      renderer.setSeriesPaint(i, line.ours() ? OURS : BASE);
      renderer.setSeriesStroke(
          i,
          line.dashed()
              ? new BasicStroke(
                  2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
              : new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    return chart;
  }

  private static void save(JFreeChart chart, Path file) throws IOException {
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
  }
}
