package io.shockfolio.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.table.AbstractTableModel;

/**
 * The shock table of the selected scenario as the person edits it: target, move, timing, source,
 * note, in the words of a scenario file. Every edit hands the whole table to {@code edited}; the
 * presenter checks it on its next run.
 */
final class ShockTableModel extends AbstractTableModel {

  private static final long serialVersionUID = 1L;

  static final String[] COLUMNS = {"Target", "Move", "Timing", "Source", "Note"};

  /** The words a timing cell takes. */
  static final String[] TIMINGS = {"close", "intraday", "pre-market"};

  private final transient Consumer<List<String[]>> edited;
  private final List<String[]> rows = new ArrayList<>();

  ShockTableModel(Consumer<List<String[]>> edited) {
    this.edited = edited;
  }

  /** Replaces the rows without telling anyone: the presenter's own rows coming in. */
  void setRows(List<String[]> newRows) {
    rows.clear();
    for (String[] r : newRows) {
      rows.add(Arrays.copyOf(r, COLUMNS.length));
    }
    fireTableDataChanged();
  }

  /** The rows as they stand. */
  List<String[]> rows() {
    List<String[]> out = new ArrayList<>();
    for (String[] r : rows) {
      out.add(r.clone());
    }
    return out;
  }

  /** Adds an empty row at {@code index} (at the end when out of range); returns where it went. */
  int addRow(int index) {
    int at = index < 0 || index > rows.size() ? rows.size() : index;
    rows.add(at, new String[] {"", "", "close", "", ""});
    fireTableRowsInserted(at, at);
    edited.accept(rows());
    return at;
  }

  /** Removes the rows at these model indices. */
  void removeRows(int[] indices) {
    int[] sorted = indices.clone();
    Arrays.sort(sorted);
    boolean any = false;
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i] >= 0 && sorted[i] < rows.size()) {
        rows.remove(sorted[i]);
        any = true;
      }
    }
    if (any) {
      fireTableDataChanged();
      edited.accept(rows());
    }
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
    return COLUMNS[column];
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return String.class;
  }

  @Override
  public boolean isCellEditable(int row, int column) {
    return true;
  }

  @Override
  public Object getValueAt(int row, int column) {
    String v = rows.get(row)[column];
    return v == null ? "" : v;
  }

  @Override
  public void setValueAt(Object value, int row, int column) {
    String v = value == null ? "" : value.toString();
    if (v.equals(getValueAt(row, column))) {
      return;
    }
    rows.get(row)[column] = v;
    fireTableCellUpdated(row, column);
    edited.accept(rows());
  }
}
