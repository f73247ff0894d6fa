package dev.cvsearch.indexer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.SourceFile;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs are generated here with PDFBox rather than committed as binary fixtures. */
class PdfTextTest {
  static {
    PdfBoxLogging.quiet(); // before the fonts below, which PDFBox would otherwise log about
  }

  @TempDir Path dir;

  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private static final List<List<String>> CV_PAGES =
      List.of(
          List.of(
              "Jane Roe - Curriculum Vitae",
              "Education",
              "PhD in Computer Science, University of Nowhere, 2019",
              "Thesis: robust extraction of exam-",
              "ple records from noisy self-",
              "supervised signals",
              "1"),
          List.of(
              "Jane Roe - Curriculum Vitae",
              "Publications",
              "J. Roe and K. Poe.   Parsing   CVs at scale. Journal of Documents, 2020.",
              "Page 2 of 3"),
          List.of(
              "Jane Roe - Curriculum Vitae",
              "Teaching",
              "Data structures, 2018 - 2021",
              "Page 3 of 3"));

  private SourceFile save(PDDocument doc, String name) throws IOException {
    Path p = dir.resolve(name);
    doc.save(p.toFile());
    doc.close();
    return new SourceFile(p, name);
  }

  private static PDDocument textPdf(List<List<String>> pages) throws IOException {
    PDDocument doc = new PDDocument();
    for (List<String> lines : pages) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 800;
        for (String line : lines) {
          cs.beginText();
          cs.setFont(FONT, 11);
          cs.newLineAtOffset(60, y);
          cs.showText(line);
          cs.endText();
          y -= 18;
        }
      }
    }
    return doc;
  }

  @Test
  void cv_text_comes_out_in_order_without_page_furniture() throws Exception {
    String text = PdfText.extract(save(textPdf(CV_PAGES), "cv.pdf"));

    assertThat(text)
        .startsWith("Jane Roe - Curriculum Vitae\nEducation\n")
        .contains(
            "Thesis: robust extraction of example\nrecords from noisy self-supervised\nsignals")
        .contains("J. Roe and K. Poe. Parsing CVs at scale.")
        .contains("Teaching\nData structures, 2018 - 2021")
        .doesNotContain("Page 2", "Page 3", "\n1\n");
    assertThat(text.split("Curriculum Vitae", -1)).hasSize(2); // the running header, once
  }

  @Test
  void an_image_only_pdf_has_no_text_layer() throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scan.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 100);
    g.setColor(Color.BLACK);
    g.drawString("Jane Roe, CV", 20, 50);
    g.dispose();
    PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(image, 50, 500, 400, 200);
    }
    SourceFile file = save(doc, "scan.pdf");

    assertThatThrownBy(() -> PdfText.extract(file))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessage("no text layer (scanned PDF?); OCR is not supported");
  }

  @Test
  void a_file_named_pdf_that_is_not_a_pdf_is_refused() throws Exception {
    Path p = dir.resolve("cv.pdf");
    Files.writeString(p, "<html><body>Jane Roe</body></html>", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PdfText.extract(new SourceFile(p, "cv.pdf")))
        .isInstanceOfSatisfying(
            MalformedSourceException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("not a PDF (no %PDF header)");
              assertThat(e.file()).isEqualTo("cv.pdf");
            });
  }

  @Test
  void a_password_protected_pdf_is_refused_with_the_reason() throws Exception {
    PDDocument doc = textPdf(CV_PAGES);
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    doc.protect(policy);
    SourceFile file = save(doc, "locked.pdf");

    assertThatThrownBy(() -> PdfText.extract(file))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessage("encrypted PDF that needs a password");
  }

  @Test
  void a_pdf_with_only_an_owner_password_is_read() throws Exception {
    PDDocument doc = textPdf(CV_PAGES);
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    doc.protect(policy);

    assertThat(PdfText.extract(save(doc, "owner-only.pdf"))).contains("Publications");
  }

  @Test
  void a_damaged_pdf_is_refused_with_the_reason() throws Exception {
    Path p = dir.resolve("broken.pdf");
    Files.write(
        p,
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> PdfText.extract(new SourceFile(p, "broken.pdf")))
        .isInstanceOf(MalformedSourceException.class)
        .message()
        .matches("damaged PDF: .+|PDF has no pages");
  }

  @Test
  void page_and_size_limits_are_reported_with_the_numbers() throws Exception {
    SourceFile file = save(textPdf(CV_PAGES), "long.pdf");

    assertThatThrownBy(() -> PdfText.withLimits(PdfText.DEFAULT_MAX_BYTES, 2).read(file))
        .hasMessage("PDF has 3 pages, over the 2 page limit");
    assertThatThrownBy(() -> PdfText.withLimits(100, 50).read(file))
        .hasMessageMatching("PDF is [0-9.]+ KB, over the 100 bytes limit");
  }

  @Test
  void ligatures_spaces_and_soft_hyphens_are_normalised() {
    assertThat(PdfCleanup.normaliseLine("  e\uFB03cient   \uFB01eld\u00A0work\u00AD  "))
        .isEqualTo("efficient field work");
  }
}
