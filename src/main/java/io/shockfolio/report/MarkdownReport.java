package io.shockfolio.report;

import io.shockfolio.domain.SafeText;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.report.Doc.Block;
import io.shockfolio.report.Doc.Cell;
import io.shockfolio.report.Doc.Column;
import io.shockfolio.report.Doc.Fact;
import io.shockfolio.report.Doc.Facts;
import io.shockfolio.report.Doc.Figure;
import io.shockfolio.report.Doc.Heading;
import io.shockfolio.report.Doc.Items;
import io.shockfolio.report.Doc.Paragraph;
import io.shockfolio.report.Doc.Run;
import io.shockfolio.report.Doc.Section;
import io.shockfolio.report.Doc.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report of {@link HtmlReport} as GitHub-flavoured Markdown: the same sections, tables with
 * numbers aligned right, charts as {@code ![caption](pngFile)}. Text from files is escaped so it
 * stays text: {@code |}, backslashes and inline markup characters get a backslash, a line that
 * would start a list, quote or heading is defused, a bare web address or e-mail address does not
 * become a link, and line breaks inside a cell become spaces.
 */
public final class MarkdownReport {

  /** Characters that make inline markup (or break a table) anywhere in a line. */
  private static final String INLINE = "\\`*_[]<>|~#";

  /** An HTML entity or character reference, which Markdown would decode. */
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  /**
   * A start of line that would begin a list item ({@code - }, {@code + }, {@code 1. }, {@code 1) }) or a
   * thematic break ({@code ---}); the other block markers ({@code # > * _ ` ~ < |}) are escaped anywhere.
   */
  private static final Pattern LEADING = Pattern.compile("^(?:([-+])(?=[\\s-]|$)|([0-9]{1,9})[.)](?=\\s|$))");

  private final StringBuilder out = new StringBuilder();

  private MarkdownReport() {}

  /**
   * The report as Markdown.
   *
   * @param results the results, in the order to show
   * @param charts the charts, in the order to show; see {@link ReportChart} for where each goes
   * @param locale how numbers are written
   * @throws IllegalArgumentException when there are no results or a chart belongs to no result
   */
  public static String render(List<ScenarioResult> results, List<ReportChart> charts, Locale locale) {
    Doc.Report doc = ReportContent.build(results, charts, locale);
    MarkdownReport md = new MarkdownReport();
    doc.blocks().forEach(md::block);
    return md.out.toString().stripTrailing() + "\n";
  }

  private void block(Block b) {
    if (b instanceof Heading h) {
      out.append("#".repeat(h.level())).append(' ').append(cell(h.text())).append("\n\n");
    } else if (b instanceof Paragraph p) {
      out.append(line(runs(p.runs()))).append("\n\n");
    } else if (b instanceof Items items) {
      items.items().forEach(p -> out.append("- ").append(line(runs(p.runs()))).append('\n'));
      out.append('\n');
    } else if (b instanceof Facts facts) {
      for (Fact f : facts.facts()) {
        out.append("- **").append(cell(f.label())).append(":** ").append(cell(f.value())).append('\n');
      }
      out.append('\n');
    } else if (b instanceof Table t) {
      table(t);
    } else if (b instanceof Figure fig) {
      ReportChart c = fig.chart();
      if (!c.pngFile().isBlank()) {
        out.append("![").append(cell(c.caption())).append("](").append(path(c.pngFile())).append(")\n\n");
      }
    } else if (b instanceof Section s) {
      s.blocks().forEach(this::block);
    }
  }

  private void table(Table t) {
    out.append('|');
    for (Column c : t.columns()) {
      out.append(' ').append(cell(c.header())).append(" |");
    }
    out.append("\n|");
    for (Column c : t.columns()) {
      out.append(c.numeric() ? " ---: |" : " --- |");
    }
    out.append('\n');
    rows(t.rows(), false);
    rows(t.footer(), true);
    out.append('\n');
  }

  private void rows(List<List<Cell>> rows, boolean strong) {
    for (List<Cell> row : rows) {
      out.append('|');
      for (Cell c : row) {
        String cell = cell(c.text());
        if (strong && !cell.isEmpty()) {
          cell = "**" + cell + "**";
        }
        if (!c.note().isEmpty()) {
          cell += (cell.isEmpty() ? "" : " ") + "(" + cell(c.note()) + ")";
        }
        out.append(' ').append(cell).append(" |");
      }
      out.append('\n');
    }
  }

  private static String runs(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      String t = inline(r.text());
      sb.append(r.strong() && !t.isEmpty() ? "**" + t + "**" : t);
    }
    return sb.toString();
  }

  /**
   * Plain text as Markdown inline text that shows it as written: line breaks, control characters
   * and characters that turn text around ({@link SafeText#printable}) become spaces; markup
   * characters ({@code \ ` * _ [ ] < > | ~ #}, an {@code &} that starts a character reference) get
   * a backslash; and so do the characters by which GitHub-flavoured Markdown makes a link of bare
   * text, so a name cannot become one: the {@code :} of {@code ://}, the dot of a word starting
   * {@code www.}, and {@code @} ({@code http\://x}, {@code www\.x}, {@code a\@b}).
   */
  static String inline(String raw) {
    String s = SafeText.printable(raw).replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (INLINE.indexOf(c) >= 0 || c == '@' || c == ':' && s.startsWith("//", i + 1)) {
        sb.append('\\').append(c);
      } else if (c == '&' && ENTITY.matcher(s).region(i, s.length()).lookingAt()) {
        sb.append("\\&");
      } else if ((c == 'w' || c == 'W') && s.regionMatches(true, i, "www.", 0, 4)
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        sb.append(s, i, i + 3).append("\\.");
        i += 3;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Inline Markdown made safe as a line (a paragraph, a list item): outer spaces go, and a start that would
   * make a list item or a thematic break gets a backslash ({@code \- }, {@code 1\. }).
   */
  static String line(String inline) {
    String s = inline.strip();
    Matcher m = LEADING.matcher(s);
    if (!m.find()) {
      return s;
    }
    return m.group(1) != null ? "\\" + s : m.group(2) + "\\" + s.substring(m.group(2).length());
  }

  /** Plain text as the content of a table cell, a heading or an image's text: {@link #inline}, without outer spaces. */
  static String cell(String raw) {
    return inline(raw).strip();
  }

  /** A relative file path as a link target: every byte outside letters, digits and {@code -._~/} percent-encoded. */
  static String path(String file) {
    StringBuilder sb = new StringBuilder();
    for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }
}
