package dev.cvsearch.indexer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of publication a work is; serialised as its lower-case, hyphenated label. */
public enum WorkType {
  CONFERENCE("conference"),
  JOURNAL("journal"),
  WORKSHOP("workshop"),
  PREPRINT("preprint"),
  IN_SUBMISSION("in-submission"),
  TECHNICAL_REPORT("technical-report"),
  PATENT("patent"),
  BOOK("book"),
  CHAPTER("chapter"),
  THESIS("thesis"),
  OTHER("other");

  private final String label;

  WorkType(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Parses a label ("in-submission") or constant name ("IN_SUBMISSION"); null when unknown. */
  @JsonCreator
  public static WorkType fromLabel(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (WorkType type : values()) {
      if (type.label.equals(t)) {
        return type;
      }
    }
    return null;
  }
}
