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
import io.shockfolio.report.Doc.Tone;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A report of scenario results as one self-contained HTML page: inline CSS, charts inline as SVG,
 * no scripts, and nothing fetched from anywhere (a Content-Security-Policy says so to the browser
 * too). It prints on paper as it shows on screen, each scenario from a new page.
 *
 * <p>The page is titled {@code Shockfolio report — <portfolio> — <scenario(s)>}. With several
 * results a comparison comes first; then each scenario has its summary and largest losses, its
 * charts, every holding, every shock with its timing and source, the methods used and their
 * limits, the holdings not moved, the notes, and the analysis when price history gave one. Numbers
 * follow the locale, with a real minus sign; words are English. All text from files (names,
 * sources, notes, warnings) is escaped.
 */
public final class HtmlReport {

  /** The style sheet: readable on screen, on paper, and for people who cannot tell red from green (signs say it too). */
  static final String CSS = """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #fff; color: #1f1f1f; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
        "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
      main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 40px; }
      h1 { font-size: 1.55em; margin: 0 0 .4em; line-height: 1.25; }
      h2 { font-size: 1.3em; margin: 2.2em 0 .4em; padding-bottom: .25em; border-bottom: 2px solid #1f1f1f; }
      h3 { font-size: 1.1em; margin: 1.8em 0 .4em; }
      h4 { font-size: 1em; margin: 1.3em 0 .3em; color: #333; }
      p { margin: .4em 0 .6em; max-width: 60em; }
      ul { margin: .4em 0 .8em; padding-left: 1.4em; max-width: 62em; }
      li { margin: .2em 0; }
      table { border-collapse: collapse; margin: .4em 0 1em; font-size: .9em; }
      th, td { padding: 4px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid #ddd; }
      thead th { background: #f2f2f2; border-bottom: 2px solid #888; font-weight: 600; }
      tfoot td { font-weight: 600; border-top: 2px solid #888; border-bottom: none; }
      .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      td.prose { min-width: 16em; font-size: .92em; color: #333; }
      td.code { white-space: nowrap; }
      .note { display: block; color: #666; font-size: .85em; font-weight: normal; }
      .loss { color: #a63c00; }
      .gain { color: #00694d; }
      .wide { overflow-x: auto; }
      .wide table { width: 100%; }
      .wide td:first-child { min-width: 11em; }
      dl.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; margin: .6em 0 1em; }
      dl.facts div { border: 1px solid #d6d6d6; border-radius: 6px; padding: 8px 14px; }
      dt { color: #555; font-size: .85em; }
      dd { margin: .1em 0 0; font-size: 1.3em; font-weight: 600; white-space: nowrap; font-variant-numeric: tabular-nums; }
      figure { margin: 1.2em 0; break-inside: avoid; }
      figure svg { display: block; max-width: 100%; height: auto; border: 1px solid #e4e4e4; }
      figcaption { color: #555; font-size: .9em; margin-top: .3em; }
      footer { max-width: 1180px; margin: 0 auto; padding: 0 32px 32px; color: #666; font-size: .85em; }
      @media print {
        body { font-size: 10pt; }
        main, footer { max-width: none; padding: 0; }
        section.scenario { break-before: page; }
        h2, h3, h4 { break-after: avoid; }
        tr, dl.facts div { break-inside: avoid; }
        thead { display: table-header-group; }
        .wide { overflow: visible; }
        figure svg { border: none; }
      }
      """;

  /** No script, style only inline, images only as data: nothing can be fetched. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private final StringBuilder out = new StringBuilder();
  private int charts;

  private HtmlReport() {}

  /**
   * The report as an HTML document.
   *
   * @param results the results, in the order to show
   * @param charts the charts, in the order to show; see {@link ReportChart} for where each goes
   * @param locale how numbers are written
   * @throws IllegalArgumentException when there are no results, a chart belongs to no result, or a
   *     chart's SVG is not a plain drawing (a script, a link to elsewhere)
   */
  public static String render(List<ScenarioResult> results, List<ReportChart> charts, Locale locale) {
    Doc.Report doc = ReportContent.build(results, charts, locale);
    return new HtmlReport().write(doc);
  }

  private String write(Doc.Report doc) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Shockfolio\">\n")
        .append("<title>").append(escape(doc.title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    doc.blocks().forEach(this::block);
    out.append("</main>\n<footer>Made with Shockfolio. Reported moves are the news's, with their sources;"
        + " estimates are a model's, with its limits; neither is a forecast.</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void block(Block b) {
    if (b instanceof Heading h) {
      out.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level())
          .append(">\n");
    } else if (b instanceof Paragraph p) {
      out.append("<p>").append(runs(p.runs())).append("</p>\n");
    } else if (b instanceof Items items) {
      out.append("<ul>\n");
      items.items().forEach(p -> out.append("<li>").append(runs(p.runs())).append("</li>\n"));
      out.append("</ul>\n");
    } else if (b instanceof Facts facts) {
      out.append("<dl class=\"facts\">\n");
      for (Fact fact : facts.facts()) {
        out.append("<div><dt>").append(escape(fact.label())).append("</dt><dd").append(tone(fact.tone(), ""))
            .append('>').append(escape(fact.value())).append("</dd></div>\n");
      }
      out.append("</dl>\n");
    } else if (b instanceof Table t) {
      table(t);
    } else if (b instanceof Figure fig) {
      figure(fig.chart());
    } else if (b instanceof Section s) {
      out.append("<section id=\"").append(escape(s.id())).append("\" class=\"")
          .append(s.id().startsWith("scenario") ? "scenario" : escape(s.id())).append("\">\n");
      s.blocks().forEach(this::block);
      out.append("</section>\n");
    }
  }

  private void table(Table t) {
    if (t.wide()) {
      out.append("<div class=\"wide\">");
    }
    out.append("<table>\n<thead><tr>");
    for (Column c : t.columns()) {
      out.append("<th").append(c.numeric() ? " class=\"num\"" : "").append(" scope=\"col\">")
          .append(escape(c.header())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    rows(t.columns(), t.rows());
    out.append("</tbody>\n");
    if (!t.footer().isEmpty()) {
      out.append("<tfoot>\n");
      rows(t.columns(), t.footer());
      out.append("</tfoot>\n");
    }
    out.append("</table>");
    out.append(t.wide() ? "</div>\n" : "\n");
  }

  private void rows(List<Column> columns, List<List<Cell>> rows) {
    for (List<Cell> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        Column col = columns.get(i);
        String cls = switch (col.kind()) {
          case NUMBER -> "num";
          case CODE -> "code";
          case PROSE -> "prose";
          case TEXT -> "";
        };
        out.append("<td").append(tone(c.tone(), cls)).append('>').append(escape(c.text()));
        if (!c.note().isEmpty()) {
          out.append("<span class=\"note\">").append(escape(c.note())).append("</span>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
  }

  private void figure(ReportChart chart) {
    if (chart.svg().isBlank()) {
      return;
    }
    charts++;
    String svg = SvgInline.inline(chart.svg(), "c" + charts + "-", chart.caption());
    out.append("<figure id=\"chart-").append(charts).append("\" data-chart=\"").append(escape(chart.name()))
        .append("\">\n").append(svg).append("\n<figcaption>").append(escape(chart.caption()))
        .append("</figcaption>\n</figure>\n");
  }

  private static String tone(Tone tone, String cls) {
    String t = switch (tone) {
      case LOSS -> "loss";
      case GAIN -> "gain";
      case NONE -> "";
    };
    String all = (cls + " " + t).trim();
    return all.isEmpty() ? "" : " class=\"" + all + "\"";
  }

  private static String runs(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      sb.append(r.strong() ? "<strong>" + escape(r.text()) + "</strong>" : escape(r.text()));
    }
    return sb.toString();
  }

  /**
   * Text for an HTML element or a quoted attribute: control characters (but tab and line feed) and
   * characters that would turn the text after them around ({@link SafeText#printable}) as spaces,
   * and {@code & < > " '} as character references. Other characters stay as they are: the page is UTF-8.
   */
  static String escape(String text) {
    return StringEscapeUtils.escapeXml10(SafeText.printable(text).replace('\r', ' '));
  }
}
