package io.shockfolio.gui;

import io.shockfolio.gui.DesktopPresenter.HoldingRow;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The holdings of the scenario on show. Amounts and moves are numbers, so that sorting by a column
 * sorts by value; the table's renderers format them. A holding no shock reached has no move.
 */
final class HoldingsTableModel extends AbstractTableModel {

  private static final long serialVersionUID = 1L;

  static final String[] COLUMNS = {"Holding", "Value before", "Move", "Matched by", "Method", "P&L", "Why"};

  static final int HOLDING = 0;
  static final int VALUE = 1;
  static final int MOVE = 2;
  static final int MATCHED = 3;
  static final int METHOD = 4;
  static final int PNL = 5;
  static final int WHY = 6;

  private transient List<HoldingRow> rows = List.of();
  private String currency = "";

  /** Shows these holdings; amounts are in {@code currency}. */
  void setRows(List<HoldingRow> newRows, String newCurrency) {
    if (newRows.equals(rows) && newCurrency.equals(currency)) {
      return;
    }
    rows = List.copyOf(newRows);
    currency = newCurrency;
    fireTableDataChanged();
  }

  HoldingRow row(int index) {
    return rows.get(index);
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return (column == VALUE || column == PNL) && !currency.isEmpty()
        ? COLUMNS[column] + " " + currency : COLUMNS[column];
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return column == VALUE || column == MOVE || column == PNL ? Double.class : String.class;
  }

  @Override
  public Object getValueAt(int row, int column) {
    HoldingRow r = rows.get(row);
    return switch (column) {
      case HOLDING -> r.holding();
      case VALUE -> r.valueBefore();
      // a holding no shock reached sorts with the zero moves and shows blank
      case MOVE -> r.moved() ? r.move() : null;
      case MATCHED -> r.matchedBy();
      case METHOD -> r.method();
      case PNL -> r.pnl();
      default -> r.why();
    };
  }
}
