package io.shockfolio.report;

import java.util.List;
import java.util.Objects;

/**
 * A report as blocks of text, tables and charts, before it is written as HTML or Markdown, so both
 * say the same. All text is plain text as the user or the program wrote it: the writers escape it.
 */
final class Doc {

  private Doc() {}

  /** One part of a report. */
  sealed interface Block permits Heading, Paragraph, Items, Facts, Table, Figure, Section {}

  /**
   * A heading.
   *
   * @param level 1 for the report's title, 2 for a scenario, 3 for its parts, 4 below
   */
  record Heading(int level, String text) implements Block {}

  /** Text with some words stressed. */
  record Paragraph(List<Run> runs) implements Block {
    Paragraph {
      runs = List.copyOf(runs);
    }

    static Paragraph of(String text) {
      return new Paragraph(List.of(Run.plain(text)));
    }
  }

  /** A piece of a paragraph. */
  record Run(String text, boolean strong) {
    Run {
      Objects.requireNonNull(text, "text");
    }

    static Run plain(String text) {
      return new Run(text, false);
    }

    static Run strong(String text) {
      return new Run(text, true);
    }
  }

  /** A bulleted list; each item is a paragraph. */
  record Items(List<Paragraph> items) implements Block {
    Items {
      items = List.copyOf(items);
    }
  }

  /** Key figures, shown large: label and value. */
  record Facts(List<Fact> facts) implements Block {
    Facts {
      facts = List.copyOf(facts);
    }
  }

  /** One key figure, e.g. "P&amp;L" and "−1,510.00 EUR". */
  record Fact(String label, String value, Tone tone) {}

  /** Whether a number is a loss, a gain or neither; writers may colour it. */
  enum Tone {
    NONE, LOSS, GAIN;

    static Tone of(double amount) {
      return amount < 0 ? LOSS : amount > 0 ? GAIN : NONE;
    }
  }

  /**
   * A table.
   *
   * @param columns the column headers and alignment
   * @param rows the body
   * @param footer rows shown under the body, such as a total; may be empty
   * @param wide whether the table has long text and may need to scroll on a narrow screen
   */
  record Table(List<Column> columns, List<List<Cell>> rows, List<List<Cell>> footer, boolean wide)
      implements Block {
    Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      footer = footer.stream().map(List::copyOf).toList();
      for (List<Cell> r : rows) {
        check(columns, r);
      }
      for (List<Cell> r : footer) {
        check(columns, r);
      }
    }

    private static void check(List<Column> columns, List<Cell> row) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("Expected " + columns.size() + " cells in a row, but found " + row.size());
      }
    }
  }

  /** What a column holds, which says how to align and wrap it. */
  enum Kind {
    /** Short text: names. */
    TEXT,
    /** Numbers: aligned right, never wrapped. */
    NUMBER,
    /** Codes and dates that must not break: ISINs, targets, 2025-01-27. */
    CODE,
    /** Sentences: wrapped, a little smaller. */
    PROSE
  }

  /** A column: its header and what it holds. */
  record Column(String header, Kind kind) {
    Column {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(kind, "kind");
    }

    boolean numeric() {
      return kind == Kind.NUMBER;
    }

    static Column text(String header) {
      return new Column(header, Kind.TEXT);
    }

    static Column number(String header) {
      return new Column(header, Kind.NUMBER);
    }

    static Column code(String header) {
      return new Column(header, Kind.CODE);
    }

    static Column prose(String header) {
      return new Column(header, Kind.PROSE);
    }
  }

  /**
   * A table cell.
   *
   * @param text the main text
   * @param note a second, smaller line (a name under a ticker, a band under a move); may be empty
   * @param tone whether to show it as a loss or a gain
   */
  record Cell(String text, String note, Tone tone) {
    Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(tone, "tone");
    }

    static Cell of(String text) {
      return new Cell(text, "", Tone.NONE);
    }

    static Cell of(String text, String note) {
      return new Cell(text, note, Tone.NONE);
    }

    static Cell toned(String text, Tone tone) {
      return new Cell(text, "", tone);
    }
  }

  /** A chart. */
  record Figure(ReportChart chart) implements Block {}

  /**
   * A part of the report with its own blocks, such as one scenario.
   *
   * @param id a name for links, unique in the report: {@code comparison}, {@code scenario-1}…
   */
  record Section(String id, List<Block> blocks) implements Block {
    Section {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * A whole report.
   *
   * @param title the page title, e.g. "Shockfolio report — demo — deepseek-2025-01-27"
   * @param blocks the report's blocks, title heading first
   */
  record Report(String title, List<Block> blocks) {
    Report {
      blocks = List.copyOf(blocks);
    }
  }
}
