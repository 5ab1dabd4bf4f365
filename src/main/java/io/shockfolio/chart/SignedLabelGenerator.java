package io.shockfolio.chart;

import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Labels each bar with its amount and an explicit sign ({@code +340}, {@code -1,000}), in the
 * locale's format with a fixed number of decimals.
 */
final class SignedLabelGenerator extends StandardCategoryItemLabelGenerator {

  private static final long serialVersionUID = 1L;

  private final Locale locale;
  private final double maxAbs;

  /**
   * @param locale the number format's locale
   * @param maxAbs the chart's largest amount in magnitude, which sets the decimals
   */
  SignedLabelGenerator(Locale locale, double maxAbs) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.maxAbs = maxAbs;
  }

  @Override
  public String generateLabel(CategoryDataset dataset, int row, int column) {
    Number v = dataset.getValue(row, column);
    if (v == null) {
      return null;
    }
    ChartTheme theme = ChartTheme.of(locale);
    return theme.signed(v.doubleValue(), theme.amountFormat(maxAbs));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedLabelGenerator g && g.locale.equals(locale) && g.maxAbs == maxAbs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(locale, maxAbs);
  }
}
