package io.shockfolio.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Breakdown;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Results as JSON: one object for one scenario, an array of them for several. The fields are a
 * contract other programs rely on; add fields, never rename or remove them.
 *
 * <pre>
 * {"portfolio": "…", "scenario": "…", "date": "2025-01-27", "baseCurrency": "EUR",
 *  "valueBefore": 100000.0, "valueAfter": 96790.0, "pnl": -3210.0, "pnlPct": -0.0321,
 *  "holdings": [{"symbol", "isin", "name", "currency", "valueBefore", "move", "fxMove",
 *                "matchedBy", "method", "pnl", "pnlBase", "contribution", "why"}],
 *  "unmatched": ["SAP.DE", …], "shocks": [{"target", "move", "measured", "source", "note"}],
 *  "bySector" / "byCurrency" / "byCountry": [{"key", "holdings", "valueBefore", "valueAfter", "pnl", "pnlPct"}],
 *  "fxRates": {"USD/EUR": 0.9529}, "warnings": ["…"]}
 * </pre>
 * Top-level money is in the base currency; a holding's {@code valueBefore} and {@code pnlBase}
 * too, its {@code pnl} in its own currency. Moves are fractions ({@code -0.17}).
 */
public final class ResultJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ResultJson() {}

  public static void write(List<ScenarioResult> results, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      // the writer is the caller's (standard output): closing the generator must not close it
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      if (results.size() == 1) {
        write(results.get(0), g);
      } else {
        g.writeStartArray();
        for (ScenarioResult r : results) {
          write(r, g);
        }
        g.writeEndArray();
      }
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void analysis(Analysis a, JsonGenerator g) throws IOException {
    if (a.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("analysis");
    g.writeArrayFieldStart("reportedVersusActual");
    for (Analysis.ReportedVersusActual c : a.reportedVersusActual()) {
      g.writeStartObject();
      g.writeStringField("target", c.target());
      g.writeStringField("ticker", c.ticker());
      g.writeNumberField("reported", c.reported());
      g.writeStringField("measured", c.measured().label());
      g.writeNumberField("actual", c.actual());
      g.writeNumberField("difference", c.difference());
      g.writeBooleanField("flagged", c.flagged());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (a.analytic().isPresent()) {
      risk("analytic", a.analytic().get(), g);
    }
    if (a.monteCarlo().isPresent()) {
      risk("monteCarlo", a.monteCarlo().get(), g);
    }
    if (a.reverseStress().isPresent()) {
      Analysis.ReverseStress rs = a.reverseStress().get();
      g.writeObjectFieldStart("reverseStress");
      g.writeNumberField("targetLoss", rs.targetLoss());
      g.writeNumberField("scale", rs.scale());
      if (!Double.isNaN(rs.mahalanobis())) {
        g.writeNumberField("mahalanobis", rs.mahalanobis());
      }
      g.writeArrayFieldStart("plausibleMoves");
      for (Estimate.Contribution m : rs.plausibleMoves()) {
        g.writeStartObject();
        g.writeStringField("target", m.target());
        g.writeNumberField("move", m.share());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void risk(String field, Analysis.Risk k, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("method", k.method());
    g.writeNumberField("mean", k.mean());
    g.writeNumberField("standardDeviation", k.standardDeviation());
    g.writeNumberField("var95", k.var95());
    g.writeNumberField("es95", k.es95());
    g.writeNumberField("var99", k.var99());
    g.writeNumberField("es99", k.es99());
    if (k.paths() > 0) {
      g.writeNumberField("paths", k.paths());
      g.writeNumberField("standardError", k.standardError());
    }
    g.writeEndObject();
  }

  private static void breakdown(String field, List<Breakdown> groups, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    for (Breakdown b : groups) {
      g.writeStartObject();
      g.writeStringField("key", b.key());
      g.writeNumberField("holdings", b.holdings());
      g.writeNumberField("valueBefore", b.valueBefore());
      g.writeNumberField("valueAfter", b.valueAfter());
      g.writeNumberField("pnl", b.pnl());
      g.writeNumberField("pnlPct", b.pnlPct());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void write(ScenarioResult r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("portfolio", r.portfolio().name());
    g.writeStringField("source", r.portfolio().source());
    g.writeStringField("scenario", r.scenario().name());
    g.writeStringField("date", r.scenario().date().toString());
    g.writeNumberField("severity", r.scenario().severity());
    g.writeStringField("model", r.model());
    g.writeStringField("baseCurrency", r.baseCurrency());
    g.writeNumberField("valueBefore", r.valueBefore());
    g.writeNumberField("valueAfter", r.valueAfter());
    g.writeNumberField("pnl", r.pnl());
    g.writeNumberField("pnlPct", r.pnlPct());
    g.writeArrayFieldStart("holdings");
    for (HoldingImpact i : r.impacts()) {
      g.writeStartObject();
      g.writeStringField("symbol", i.holding().instrument().symbol());
      g.writeStringField("isin", i.holding().instrument().isin());
      g.writeStringField("name", i.holding().instrument().name());
      g.writeStringField("currency", i.holding().currency());
      g.writeBooleanField("cash", i.holding().cash());
      g.writeNumberField("valueBefore", i.valueBefore());
      g.writeNumberField("move", i.move());
      g.writeNumberField("fxMove", i.fxMove());
      g.writeStringField("matchedBy", i.matchedBy().label());
      g.writeStringField("method", i.method().label());
      g.writeNumberField("pnl", i.pnlLocal());
      g.writeNumberField("pnlBase", i.pnl());
      g.writeNumberField("contribution", r.contribution(i));
      g.writeStringField("why", i.explain());
      if (i.isEstimated()) {
        Estimate e = i.estimate();
        g.writeObjectFieldStart("estimate");
        g.writeStringField("model", e.method().label());
        g.writeNumberField("move", e.move());
        if (e.hasBand()) {
          g.writeNumberField("lower", e.lower());
          g.writeNumberField("upper", e.upper());
        }
        g.writeStringField("inputs", e.inputs());
        g.writeArrayFieldStart("attribution");
        for (Estimate.Contribution c : e.attribution()) {
          g.writeStartObject();
          g.writeStringField("target", c.target());
          g.writeNumberField("share", c.share());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unmatched");
    for (HoldingImpact i : r.unmatched()) {
      g.writeString(i.holding().label());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("shocks");
    for (Shock s : r.scenario().shocks()) {
      g.writeStartObject();
      g.writeStringField("target", s.target().toString());
      g.writeNumberField("move", s.move());
      g.writeStringField("measured", s.measured().label());
      g.writeStringField("source", s.source());
      g.writeStringField("note", s.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    breakdown("bySector", r.bySector(), g);
    breakdown("byCurrency", r.byCurrency(), g);
    breakdown("byCountry", r.byCountry(), g);
    g.writeObjectFieldStart("fxRates");
    for (var e : r.fxRates().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    analysis(r.analysis(), g);
    g.writeArrayFieldStart("warnings");
    for (String w : r.warnings()) {
      g.writeString(w);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
