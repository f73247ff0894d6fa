package dev.cvsearch.indexer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable helper for assembling a {@link Work}; parsers fill in what their format prints. */
public final class WorkBuilder {
  private String id;
  private String title;
  private List<String> titleVariants = new ArrayList<>();
  private List<String> authors = new ArrayList<>();
  private boolean authorsComplete = true;
  private Venue venue;
  private String venueRaw;
  private Integer year;
  private String date;
  private WorkType type;
  private List<String> topics = new ArrayList<>();
  private String abstractText;
  private final Map<String, String> identifiers = new LinkedHashMap<>();
  private List<Source> sources = new ArrayList<>();
  private List<String> people = new ArrayList<>();

  WorkBuilder(String title) {
    this.title = title;
  }

  static WorkBuilder from(Work w) {
    WorkBuilder b = new WorkBuilder(w.title());
    b.id = w.id();
    b.titleVariants = new ArrayList<>(w.titleVariants());
    b.authors = new ArrayList<>(w.authors());
    b.authorsComplete = w.authorsComplete();
    b.venue = w.venue();
    b.venueRaw = w.venueRaw();
    b.year = w.year();
    b.date = w.date();
    b.type = w.type();
    b.topics = new ArrayList<>(w.topics());
    b.abstractText = w.abstractText();
    b.identifiers.putAll(w.identifiers());
    b.sources = new ArrayList<>(w.sources());
    b.people = new ArrayList<>(w.people());
    return b;
  }

  public WorkBuilder id(String id) {
    this.id = id;
    return this;
  }

  public WorkBuilder title(String title) {
    this.title = title;
    return this;
  }

  public WorkBuilder titleVariants(List<String> variants) {
    this.titleVariants = new ArrayList<>(variants);
    return this;
  }

  public WorkBuilder authors(List<String> authors) {
    this.authors = new ArrayList<>(authors);
    return this;
  }

  public WorkBuilder authorsComplete(boolean complete) {
    this.authorsComplete = complete;
    return this;
  }

  public WorkBuilder venue(Venue venue) {
    this.venue = venue;
    return this;
  }

  public WorkBuilder venueRaw(String venueRaw) {
    this.venueRaw = venueRaw;
    return this;
  }

  public WorkBuilder year(Integer year) {
    this.year = year;
    return this;
  }

  public WorkBuilder date(String isoDate) {
    this.date = isoDate;
    return this;
  }

  public WorkBuilder type(WorkType type) {
    this.type = type;
    return this;
  }

  public WorkBuilder topics(List<String> topics) {
    this.topics = new ArrayList<>(topics);
    return this;
  }

  public WorkBuilder abstractText(String abstractText) {
    this.abstractText = abstractText;
    return this;
  }

  public WorkBuilder identifier(String scheme, String value) {
    if (value != null && !value.isBlank()) {
      identifiers.put(scheme, value.strip());
    }
    return this;
  }

  public WorkBuilder source(Source source) {
    this.sources = new ArrayList<>(List.of(source));
    return this;
  }

  public WorkBuilder sources(List<Source> sources) {
    this.sources = new ArrayList<>(sources);
    return this;
  }

  public WorkBuilder people(List<String> people) {
    this.people = new ArrayList<>(people);
    return this;
  }

  public Work build() {
    return new Work(
        id,
        title,
        titleVariants,
        authors,
        authorsComplete,
        venue,
        venueRaw,
        year,
        date,
        type,
        topics,
        abstractText,
        identifiers,
        sources,
        people);
  }
}
