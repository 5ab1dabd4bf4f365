package io.shockfolio.gui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.shockfolio.chart.ChartKind;
import io.shockfolio.gui.DesktopPresenter.Alert;
import io.shockfolio.gui.DesktopPresenter.Chart;
import io.shockfolio.gui.DesktopPresenter.ScenarioItem;
import io.shockfolio.gui.DesktopPresenter.ViewState;
import java.awt.AWTKeyStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumnModel;
import javax.swing.table.TableRowSorter;
import org.jfree.chart.ChartPanel;

/**
 * The desktop window: the portfolio, the scenario list, the model settings, the shock editor with
 * the severity slider, and the results (holdings table and chart tabs) with a status bar. It draws
 * the {@link ViewState} the presenter publishes and hands every input to the presenter; it
 * computes nothing itself. Build it on the event thread.
 */
final class DesktopWindow implements DesktopPresenter.View {

  private static final Dimension SIZE = new Dimension(1360, 900);

  private final JFrame frame = new JFrame("Shockfolio");
  private final DesktopPresenter presenter;
  private final ScheduledExecutorService worker;
  private final Locale locale;
  private Consumer<Alert> alerts = this::dialog;

  // inputs
  private final JLabel portfolioName = new JLabel(" ");
  private final JLabel portfolioSource = new JLabel(" ");
  private final DefaultListModel<ScenarioItem> scenarioModel = new DefaultListModel<>();
  private final JList<ScenarioItem> scenarioList = new JList<>(scenarioModel);
  private final JComboBox<String> modelBox = new JComboBox<>(DesktopPresenter.MODELS.toArray(String[]::new));
  private final JLabel modelHint = new JLabel(" ");
  private final JTextField historyField = new JTextField(14);
  private final JTextField asOfField = new JTextField(10);
  private final JLabel editorTitle = new JLabel(" ");
  private final ShockTableModel shockModel;
  private final JTable shockTable;
  private final JSlider severitySlider = new JSlider(0, 40, 20);
  private final JLabel severityLabel = new JLabel(DesktopPresenter.severityText(1.0));
  private final JLabel tableProblem = new JLabel(" ");

  // results
  private final HoldingsTableModel holdingsModel = new HoldingsTableModel();
  private final JTable holdingsTable = new JTable(holdingsModel);
  private final JTextArea notes = new JTextArea(3, 40);
  private final JTabbedPane tabs = new JTabbedPane();
  private final Map<ChartKind, ChartPanel> chartPanels = new EnumMap<>(ChartKind.class);
  private final JLabel totals = new JLabel(" ");
  private final JLabel error = new JLabel(" ");
  private final JProgressBar progress = new JProgressBar();
  private final JMenu recentMenu = new JMenu("Recent files");

  private ViewState state;
  private String editorKey = "";
  private long editorVersion = -1;
  private boolean updating;

  /**
   * @param engine the use cases
   * @param recent the portfolios opened last
   * @param locale the format of numbers
   * @param debounce the pause after a change before a run
   */
  DesktopWindow(DesktopPresenter.Engine engine, RecentFiles recent, Locale locale, Duration debounce) {
    this.locale = locale;
    this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "shockfolio-desktop-worker");
      t.setDaemon(true);
      return t;
    });
    this.presenter = new DesktopPresenter(engine, worker, EventQueue::invokeLater, this, recent, locale, debounce);
    this.shockModel = new ShockTableModel(rows -> {
      if (!updating) {
        presenter.editRows(editorKey, rows);
      }
    });
    this.shockTable = new JTable(shockModel);
    build();
  }

  JFrame frame() {
    return frame;
  }

  DesktopPresenter presenter() {
    return presenter;
  }

  /** Where alerts go: a dialog, or a test's list. */
  void onAlert(Consumer<Alert> sink) {
    this.alerts = sink;
  }

  /** Opens the portfolio and ticks the scenarios given (the sample and the headline scenario when empty). */
  void start(Optional<Path> portfolio, List<String> scenarios) {
    presenter.start(portfolio, scenarios);
  }

  /** Closes the window and stops its work. */
  void close() {
    frame.dispose();
  }

  // ---------------------------------------------------------------- look and feel

  /** FlatLaf, dark or light. */
  static void installLookAndFeel(boolean dark) {
    if (dark) {
      FlatDarkLaf.setup();
    } else {
      FlatLightLaf.setup();
    }
  }

  private void switchTheme(boolean dark) {
    installLookAndFeel(dark);
    FlatLaf.updateUI();
    styleAfterTheme();
  }

  private void styleAfterTheme() {
    Color red = UIManager.getColor("Actions.Red");
    Color problem = red != null ? red : new Color(0xC0, 0x39, 0x2B);
    tableProblem.setForeground(problem);
    error.setForeground(problem);
    portfolioSource.setForeground(UIManager.getColor("Label.disabledForeground"));
    Font base = UIManager.getFont("Label.font");
    if (base != null) {
      portfolioName.setFont(base.deriveFont(Font.BOLD, base.getSize2D() + 2));
      totals.setFont(base.deriveFont(Font.BOLD));
      editorTitle.setFont(base.deriveFont(Font.BOLD));
    }
    tabFocusLeavesTables();
  }

  // ---------------------------------------------------------------- layout

  private void build() {
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosed(WindowEvent e) {
        worker.shutdownNow();
      }
    });
    frame.setJMenuBar(menus());

    JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, editor(), results());
    right.setResizeWeight(0.3);
    right.setBorder(null);
    JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, inputs(), right);
    main.setResizeWeight(0);
    main.setBorder(null);

    JPanel content = new JPanel(new BorderLayout());
    content.add(main, BorderLayout.CENTER);
    content.add(statusBar(), BorderLayout.SOUTH);
    frame.setContentPane(content);

    FileDrop drop = new FileDrop();
    frame.setTransferHandler(drop);
    content.setTransferHandler(drop);
    holdingsTable.setTransferHandler(drop);
    tabs.setTransferHandler(drop);
    scenarioList.setTransferHandler(drop);

    styleAfterTheme();
    java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    frame.setSize(Math.min(SIZE.width, screen.width), Math.min(SIZE.height, screen.height));
    frame.setMinimumSize(new Dimension(900, 600));
    frame.setLocationByPlatform(true);
    right.setDividerLocation(250);
  }

  private JComponent inputs() {
    JPanel p = new JPanel(new GridBagLayout());
    p.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = 0;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.anchor = GridBagConstraints.NORTHWEST;
    c.insets = new Insets(2, 0, 2, 0);

    p.add(heading("Portfolio"), c);
    c.gridy++;
    p.add(portfolioName, c);
    c.gridy++;
    p.add(portfolioSource, c);
    c.gridy++;
    JButton open = new JButton(openAction);
    p.add(row(open, new JLabel("or drop a CSV file here")), c);

    c.gridy++;
    c.insets = new Insets(14, 0, 2, 0);
    JLabel scenariosLabel = heading("Scenarios");
    scenariosLabel.setDisplayedMnemonic('n');
    scenariosLabel.setLabelFor(scenarioList);
    p.add(scenariosLabel, c);
    c.gridy++;
    c.insets = new Insets(2, 0, 2, 0);
    scenarioList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    scenarioList.setCellRenderer(new ScenarioRenderer());
    scenarioList.setVisibleRowCount(6);
    scenarioList.getAccessibleContext().setAccessibleName("Scenarios: space ticks a scenario");
    scenarioList.setToolTipText("Tick scenarios to run (click the box, or Space); select one to edit its shocks");
    scenarioList.addListSelectionListener(e -> {
      ScenarioItem item = scenarioList.getSelectedValue();
      if (!updating && !e.getValueIsAdjusting() && item != null) {
        presenter.select(item.key());
      }
    });
    scenarioList.addMouseListener(new MouseAdapter() {
      @Override
      public void mouseClicked(MouseEvent e) {
        int i = scenarioList.locationToIndex(e.getPoint());
        if (i >= 0 && scenarioList.getCellBounds(i, i).contains(e.getPoint()) && e.getX() < 28) {
          toggle(scenarioModel.get(i));
        }
      }
    });
    scenarioList.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "tick");
    scenarioList.getActionMap().put("tick", action("tick", e -> {
      ScenarioItem item = scenarioList.getSelectedValue();
      if (item != null) {
        toggle(item);
      }
    }));
    c.fill = GridBagConstraints.BOTH;
    c.weighty = 1;
    p.add(new JScrollPane(scenarioList), c);
    c.weighty = 0;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.gridy++;
    p.add(row(new JButton(addFolderAction)), c);

    c.gridy++;
    c.insets = new Insets(14, 0, 2, 0);
    p.add(heading("Model"), c);
    c.insets = new Insets(2, 0, 2, 0);
    c.gridy++;
    modelBox.addActionListener(e -> {
      if (!updating) {
        presenter.setModel((String) modelBox.getSelectedItem());
      }
    });
    p.add(labelled("Model:", 'm', modelBox), c);
    c.gridy++;
    modelHint.setFont(modelHint.getFont().deriveFont(modelHint.getFont().getSize2D() - 1f));
    p.add(modelHint, c);
    c.gridy++;
    historyField.setEditable(false);
    historyField.setToolTipText("Daily price history: a CSV file or a folder of them");
    JButton chooseHistory = new JButton("Choose\u2026");
    chooseHistory.setMnemonic('C');
    chooseHistory.setToolTipText("Choose a price-history file or folder");
    chooseHistory.addActionListener(e -> chooseHistory());
    JButton clearHistory = new JButton("Clear");
    clearHistory.setMnemonic('l');
    clearHistory.setToolTipText("No price history");
    clearHistory.addActionListener(e -> presenter.setHistory(Optional.empty()));
    p.add(labelled("History:", 'y', historyField), c);
    c.gridy++;
    p.add(row(chooseHistory, clearHistory), c);
    c.gridy++;
    asOfField.setToolTipText("Last date of history to use, YYYY-MM-DD; empty: the last trading day before the event");
    asOfField.getDocument().addDocumentListener(new DocumentListener() {
      @Override
      public void insertUpdate(DocumentEvent e) {
        asOfChanged();
      }

      @Override
      public void removeUpdate(DocumentEvent e) {
        asOfChanged();
      }

      @Override
      public void changedUpdate(DocumentEvent e) {
        asOfChanged();
      }
    });
    p.add(labelled("As of:", 's', asOfField), c);
    c.gridy++;
    JLabel hint = new JLabel("YYYY-MM-DD; empty: the day before the event");
    hint.setFont(hint.getFont().deriveFont(hint.getFont().getSize2D() - 1f));
    p.add(hint, c);

    p.setPreferredSize(new Dimension(330, 600));
    p.setMinimumSize(new Dimension(260, 300));
    return p;
  }

  private void asOfChanged() {
    if (!updating) {
      presenter.setAsOf(asOfField.getText());
    }
  }

  private JComponent editor() {
    JPanel p = new JPanel(new BorderLayout(0, 4));
    p.setBorder(BorderFactory.createEmptyBorder(8, 8, 4, 8));
    JLabel shocks = new JLabel("Shocks of");
    shocks.setDisplayedMnemonic('k');
    shocks.setLabelFor(shockTable);
    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    top.add(shocks);
    top.add(editorTitle);
    p.add(top, BorderLayout.NORTH);

    shockTable.setFillsViewportHeight(true);
    shockTable.setSurrendersFocusOnKeystroke(true);
    shockTable.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
    shockTable.getAccessibleContext().setAccessibleName("Shocks of the selected scenario");
    JComboBox<String> timing = new JComboBox<>(ShockTableModel.TIMINGS);
    TableColumnModel cols = shockTable.getColumnModel();
    cols.getColumn(2).setCellEditor(new DefaultCellEditor(timing));
    int[] widths = {150, 70, 90, 420, 300};
    for (int i = 0; i < widths.length; i++) {
      cols.getColumn(i).setPreferredWidth(widths[i]);
    }
    DefaultTableCellRenderer tip = new DefaultTableCellRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int r, int col) {
        Component comp = super.getTableCellRendererComponent(t, v, sel, focus, r, col);
        setToolTipText(v == null || v.toString().isEmpty() ? null : v.toString());
        return comp;
      }
    };
    cols.getColumn(3).setCellRenderer(tip);
    cols.getColumn(4).setCellRenderer(tip);
    DefaultTableCellRenderer right = new DefaultTableCellRenderer();
    right.setHorizontalAlignment(SwingConstants.RIGHT);
    cols.getColumn(1).setCellRenderer(right);
    p.add(new JScrollPane(shockTable), BorderLayout.CENTER);

    JPanel bottom = new JPanel();
    bottom.setLayout(new BoxLayout(bottom, BoxLayout.Y_AXIS));
    tableProblem.setAlignmentX(0);
    tableProblem.getAccessibleContext().setAccessibleName("Problem in the shock table");
    bottom.add(tableProblem);
    JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    controls.setAlignmentX(0);
    controls.add(new JButton(addRowAction));
    controls.add(new JButton(removeRowAction));
    controls.add(new JButton(resetAction));
    controls.add(Box.createHorizontalStrut(24));
    JLabel sev = new JLabel("Severity:");
    sev.setDisplayedMnemonic('i');
    sev.setLabelFor(severitySlider);
    controls.add(sev);
    severitySlider.setMajorTickSpacing(10);
    severitySlider.setMinorTickSpacing(1);
    severitySlider.setPaintTicks(true);
    severitySlider.setSnapToTicks(true);
    java.util.Hashtable<Integer, JComponent> labels = new java.util.Hashtable<>();
    for (int i = 0; i <= 40; i += 10) {
      labels.put(i, new JLabel(String.format(Locale.ROOT, "\u00d7%.1f", i * 0.05)));
    }
    severitySlider.setLabelTable(labels);
    severitySlider.setPaintLabels(true);
    severitySlider.setPreferredSize(new Dimension(300, severitySlider.getPreferredSize().height));
    severitySlider.setToolTipText("Scale every move: ×0 none, ×1 as reported, ×2 double");
    severitySlider.getAccessibleContext().setAccessibleName("Severity");
    severitySlider.addChangeListener(e -> {
      double f = severitySlider.getValue() * 0.05;
      severityLabel.setText(DesktopPresenter.severityText(f));
      if (!updating) {
        presenter.setSeverity(f);
      }
    });
    controls.add(severitySlider);
    severityLabel.setFont(severityLabel.getFont().deriveFont(Font.BOLD));
    controls.add(severityLabel);
    bottom.add(controls);
    p.add(bottom, BorderLayout.SOUTH);
    p.setMinimumSize(new Dimension(300, 180));
    return p;
  }

  private JComponent results() {
    holdingsTable.setAutoCreateRowSorter(false);
    holdingsTable.setRowSorter(new TableRowSorter<>(holdingsModel));
    holdingsTable.setFillsViewportHeight(true);
    holdingsTable.getAccessibleContext().setAccessibleName("Holdings");
    holdingsTable.setDefaultRenderer(Double.class, new NumberRenderer());
    holdingsTable.setDefaultRenderer(String.class, new TextRenderer());
    holdingsTable.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
    // the numbers never shrink below their width; names and reasons give way (their tooltips show them whole)
    int[] widths = {210, 135, 80, 95, 90, 105, 420};
    int[] least = {140, 135, 80, 95, 90, 105, 150};
    for (int i = 0; i < widths.length; i++) {
      holdingsTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
      holdingsTable.getColumnModel().getColumn(i).setMinWidth(least[i]);
    }
    JPanel holdings = new JPanel(new BorderLayout(0, 4));
    holdings.add(new JScrollPane(holdingsTable), BorderLayout.CENTER);
    notes.setEditable(false);
    notes.setLineWrap(true);
    notes.setWrapStyleWord(true);
    notes.getAccessibleContext().setAccessibleName("Notes of the run");
    JScrollPane notesScroll = new JScrollPane(notes);
    notesScroll.setPreferredSize(new Dimension(400, 80));
    holdings.add(notesScroll, BorderLayout.SOUTH);
    tabs.addTab("Holdings", holdings);
    tabs.setMnemonicAt(0, KeyEvent.VK_G);
    tabs.setBorder(BorderFactory.createEmptyBorder(4, 8, 0, 8));
    return tabs;
  }

  private JComponent statusBar() {
    JPanel p = new JPanel(new BorderLayout(12, 0));
    p.setBorder(BorderFactory.createCompoundBorder(
        BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Separator.foreground")),
        BorderFactory.createEmptyBorder(4, 8, 4, 8)));
    totals.getAccessibleContext().setAccessibleName("Totals");
    p.add(totals, BorderLayout.WEST);
    p.add(error, BorderLayout.CENTER);
    progress.setIndeterminate(true);
    progress.setVisible(false);
    progress.setPreferredSize(new Dimension(120, 12));
    progress.setToolTipText("Working\u2026");
    JPanel east = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
    east.add(progress);
    p.add(east, BorderLayout.EAST);
    return p;
  }

  /** Tab and Shift+Tab move focus out of the tables; arrows and Enter move between cells. */
  private void tabFocusLeavesTables() {
    Set<AWTKeyStroke> forward = Set.of(AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, 0),
        AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK));
    Set<AWTKeyStroke> backward = Set.of(AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
        AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK | InputEvent.CTRL_DOWN_MASK));
    for (JTable t : List.of(shockTable, holdingsTable)) {
      t.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, forward);
      t.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, backward);
    }
    notes.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, forward);
    notes.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, backward);
  }

  private static JLabel heading(String text) {
    JLabel l = new JLabel(text);
    l.setFont(l.getFont().deriveFont(Font.BOLD));
    return l;
  }

  private static JPanel row(JComponent... parts) {
    JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    for (JComponent c : parts) {
      p.add(c);
    }
    return p;
  }

  private static JPanel labelled(String text, char mnemonic, JComponent field) {
    JPanel p = new JPanel(new BorderLayout(6, 0));
    JLabel l = new JLabel(text);
    l.setDisplayedMnemonic(mnemonic);
    l.setLabelFor(field);
    l.setPreferredSize(new Dimension(60, l.getPreferredSize().height));
    p.add(l, BorderLayout.WEST);
    p.add(field, BorderLayout.CENTER);
    return p;
  }

  // ---------------------------------------------------------------- menus and actions

  private final Action openAction = action("Open\u2026", 'O', KeyStroke.getKeyStroke(KeyEvent.VK_O,
      InputEvent.CTRL_DOWN_MASK), e -> chooseFile(false).ifPresent(p -> presenter().openPortfolio(p)));
  private final Action addFolderAction = action("Add scenario folder\u2026", 'D', null,
      e -> chooseFolder("Add the scenario files of a folder").ifPresent(p -> presenter().addScenarioFolder(p)));
  private final Action saveScenarioAction = action("Save scenario as\u2026", 'S', KeyStroke.getKeyStroke(KeyEvent.VK_S,
      InputEvent.CTRL_DOWN_MASK), e -> chooseFile(true).ifPresent(p -> presenter().saveScenario(p)));
  private final Action saveChartsAction = action("Save charts\u2026", 'C', KeyStroke.getKeyStroke(KeyEvent.VK_S,
      InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
      e -> chooseFolder("Save the charts (PNG and SVG) in").ifPresent(p -> presenter().saveCharts(p)));
  private final Action saveReportAction = action("Save report\u2026", 'R', KeyStroke.getKeyStroke(KeyEvent.VK_R,
      InputEvent.CTRL_DOWN_MASK), e -> chooseReport().ifPresent(p -> presenter().saveReport(p)));
  private final Action quitAction = action("Quit", 'Q', KeyStroke.getKeyStroke(KeyEvent.VK_Q,
      InputEvent.CTRL_DOWN_MASK), e -> close());
  private final Action addRowAction = action("Add row", 'A', KeyStroke.getKeyStroke(KeyEvent.VK_INSERT, 0),
      e -> addRow());
  private final Action removeRowAction = action("Remove row", 'R', KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0),
      e -> removeRows());
  private final Action resetAction = action("Reset edits", 'T', null, e -> presenter().resetEdits());

  private JMenuBar menus() {
    JMenuBar bar = new JMenuBar();
    JMenu file = menu("File", 'F');
    file.add(openAction);
    recentMenu.setMnemonic('e');
    file.add(recentMenu);
    file.addSeparator();
    file.add(addFolderAction);
    file.add(saveScenarioAction);
    file.addSeparator();
    file.add(saveChartsAction);
    file.add(saveReportAction);
    file.addSeparator();
    file.add(quitAction);
    bar.add(file);

    JMenu edit = menu("Edit", 'E');
    JMenuItem add = edit.add(addRowAction);
    add.setText("Add shock row");
    JMenuItem remove = edit.add(removeRowAction);
    remove.setText("Remove shock row");
    JMenuItem reset = edit.add(resetAction);
    reset.setText("Reset scenario edits");
    reset.setDisplayedMnemonicIndex("Reset scenario edits".indexOf('t'));
    bar.add(edit);

    JMenu view = menu("View", 'V');
    view.add(action("Holdings", 'H', KeyStroke.getKeyStroke(KeyEvent.VK_1, InputEvent.CTRL_DOWN_MASK),
        e -> tabs.setSelectedIndex(0)));
    view.add(action("Charts", 'C', KeyStroke.getKeyStroke(KeyEvent.VK_2, InputEvent.CTRL_DOWN_MASK),
        e -> tabs.setSelectedIndex(Math.min(1, tabs.getTabCount() - 1))));
    view.addSeparator();
    JCheckBoxMenuItem dark = new JCheckBoxMenuItem("Dark theme", FlatLaf.isLafDark());
    dark.setMnemonic('D');
    dark.addActionListener(e -> switchTheme(dark.isSelected()));
    view.add(dark);
    bar.add(view);

    JMenu help = menu("Help", 'H');
    help.add(action("Keyboard shortcuts", 'K', KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0),
        e -> alerts.accept(new Alert("Keyboard shortcuts", SHORTCUTS, false))));
    help.add(action("About Shockfolio", 'A', null, e -> alerts.accept(new Alert("About Shockfolio",
        "Shockfolio applies news-reported market moves to your portfolio file.\n"
            + "The desktop view runs the same use cases as 'shockfolio run'.", false))));
    bar.add(help);
    return bar;
  }

  /** The shortcuts, as the Help menu and the README list them. */
  static final String SHORTCUTS = String.join("\n",
      "Ctrl+O   open a portfolio",
      "Ctrl+S   save the scenario as a file",
      "Ctrl+Shift+S   save the charts (PNG and SVG)",
      "Ctrl+R   save the report (HTML)",
      "Ctrl+Q   quit",
      "Insert / Delete   add / remove a shock row",
      "Ctrl+1 / Ctrl+2   holdings / charts",
      "Space   tick the selected scenario",
      "Tab / Shift+Tab   next / previous field; arrows move in tables and the slider",
      "Alt+letter   the underlined menu or field");

  private static JMenu menu(String name, char mnemonic) {
    JMenu m = new JMenu(name);
    m.setMnemonic(mnemonic);
    return m;
  }

  private static Action action(String name, Consumer<ActionEvent> body) {
    return action(name, '\0', null, body);
  }

  private static Action action(String name, char mnemonic, KeyStroke key, Consumer<ActionEvent> body) {
    AbstractAction a = new AbstractAction(name) {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        body.accept(e);
      }
    };
    if (mnemonic != '\0') {
      a.putValue(Action.MNEMONIC_KEY, (int) Character.toUpperCase(mnemonic));
    }
    if (key != null) {
      a.putValue(Action.ACCELERATOR_KEY, key);
    }
    return a;
  }

  private void toggle(ScenarioItem item) {
    presenter.tick(item.key(), !item.ticked());
  }

  /** Adds an empty shock row below the selected one and starts editing its target. */
  void addRow() {
    if (editorKey.isEmpty()) {
      return;
    }
    stopEditing();
    int sel = shockTable.getSelectedRow();
    int at = shockModel.addRow(sel < 0 ? -1 : shockTable.convertRowIndexToModel(sel) + 1);
    shockTable.changeSelection(at, 0, false, false);
    shockTable.requestFocusInWindow();
    shockTable.editCellAt(at, 0);
  }

  /** Removes the selected shock rows; Delete in the holdings table or the scenario list removes nothing. */
  void removeRows() {
    Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    if (focus == holdingsTable || focus == scenarioList) {
      return;
    }
    stopEditing();
    int[] sel = shockTable.getSelectedRows();
    int[] model = new int[sel.length];
    for (int i = 0; i < sel.length; i++) {
      model[i] = shockTable.convertRowIndexToModel(sel[i]);
    }
    shockModel.removeRows(model);
  }

  private void stopEditing() {
    if (shockTable.isEditing()) {
      shockTable.getCellEditor().stopCellEditing();
    }
  }

  // ---------------------------------------------------------------- choosers

  private File lastFolder;

  private JFileChooser chooser(String title) {
    JFileChooser c = new JFileChooser(lastFolder);
    c.setDialogTitle(title);
    return c;
  }

  private Optional<Path> chooseFile(boolean save) {
    JFileChooser c = chooser(save ? "Save the scenario as" : "Open a portfolio file");
    c.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter("CSV files", "csv", "txt"));
    if (save && state != null && !state.editor().key().isEmpty()) {
      String name = state.scenarios().stream().filter(s -> s.key().equals(state.selected()))
          .map(ScenarioItem::name).findFirst().orElse("scenario");
      c.setSelectedFile(new File(c.getCurrentDirectory(), name + "-edited.csv"));
    }
    int answer = save ? c.showSaveDialog(frame) : c.showOpenDialog(frame);
    return chosen(c, answer);
  }

  private Optional<Path> chooseFolder(String title) {
    JFileChooser c = chooser(title);
    c.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    return chosen(c, c.showDialog(frame, "Choose"));
  }

  private Optional<Path> chooseReport() {
    JFileChooser c = chooser("Save the report (.html, or .md for Markdown)");
    c.setSelectedFile(new File(c.getCurrentDirectory(), (state == null ? "report" : state.portfolio()) + "-report.html"));
    return chosen(c, c.showSaveDialog(frame));
  }

  private void chooseHistory() {
    JFileChooser c = chooser("Choose a price-history file or folder");
    c.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
    chosen(c, c.showOpenDialog(frame)).ifPresent(p -> presenter.setHistory(Optional.of(p)));
  }

  private Optional<Path> chosen(JFileChooser c, int answer) {
    if (answer != JFileChooser.APPROVE_OPTION || c.getSelectedFile() == null) {
      return Optional.empty();
    }
    File f = c.getSelectedFile();
    lastFolder = f.isDirectory() ? f : f.getParentFile();
    return Optional.of(f.toPath());
  }

  /** Opens the first file dropped on the window as a portfolio. */
  final class FileDrop extends TransferHandler {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean canImport(TransferSupport support) {
      return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
      if (!canImport(support)) {
        return false;
      }
      try {
        List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
        if (files.isEmpty() || !(files.get(0) instanceof File f)) {
          return false;
        }
        presenter.openPortfolio(f.toPath());
        return true;
      } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
        return false;
      }
    }
  }

  TransferHandler fileDrop() {
    return frame.getTransferHandler();
  }

  // ---------------------------------------------------------------- showing the state

  @Override
  public void alert(Alert alert) {
    alerts.accept(alert);
  }

  private void dialog(Alert a) {
    JTextArea text = new JTextArea(a.message());
    text.setEditable(false);
    text.setLineWrap(true);
    text.setWrapStyleWord(true);
    text.setOpaque(false);
    text.setColumns(70);
    text.setRows(Math.min(12, (int) a.message().lines().count() + 1));
    JComponent body = a.message().lines().count() > 10 ? new JScrollPane(text) : text;
    JOptionPane.showMessageDialog(frame, body, a.title(),
        a.error() ? JOptionPane.ERROR_MESSAGE : JOptionPane.INFORMATION_MESSAGE);
  }

  @Override
  public void show(ViewState s) {
    updating = true;
    try {
      showInputs(s);
      showEditor(s);
      showResults(s);
      state = s;
    } finally {
      updating = false;
    }
  }

  private void showInputs(ViewState s) {
    frame.setTitle(s.portfolio().isEmpty() ? "Shockfolio" : "Shockfolio \u2014 " + s.portfolio());
    portfolioName.setText(s.portfolio().isEmpty() ? "(none)" : s.portfolio());
    portfolioSource.setText(shorten(s.portfolioSource(), 40));
    portfolioSource.setToolTipText(s.portfolioSource());

    List<ScenarioItem> current = new ArrayList<>();
    for (int i = 0; i < scenarioModel.size(); i++) {
      current.add(scenarioModel.get(i));
    }
    if (!current.equals(s.scenarios())) {
      scenarioModel.clear();
      scenarioModel.addAll(s.scenarios());
    }
    for (int i = 0; i < scenarioModel.size(); i++) {
      if (scenarioModel.get(i).key().equals(s.selected()) && scenarioList.getSelectedIndex() != i) {
        scenarioList.setSelectedIndex(i);
      }
    }
    if (!s.model().equals(modelBox.getSelectedItem())) {
      modelBox.setSelectedItem(s.model());
    }
    modelHint.setText(modelHint(s.model()));
    historyField.setText(s.history().map(Path::toString).orElse(""));
    historyField.setToolTipText(s.history().map(Path::toString).orElse("No price history"));
    if (!asOfField.isFocusOwner() && !asOfField.getText().strip().equals(s.asOf())) {
      asOfField.setText(s.asOf());
    }
    if (!severitySlider.getValueIsAdjusting()) {
      int v = (int) Math.round(s.severity() / 0.05);
      if (severitySlider.getValue() != v) {
        severitySlider.setValue(v);
      }
    }
    severityLabel.setText(DesktopPresenter.severityText(severitySlider.getValue() * 0.05));

    recentMenu.removeAll();
    int n = 1;
    for (Path p : s.recent()) {
      JMenuItem item = new JMenuItem(n + "  " + p.getFileName() + "   (" + shorten(String.valueOf(p.getParent()), 50) + ")");
      if (n <= 9) {
        item.setMnemonic(Character.forDigit(n, 10));
      }
      item.setToolTipText(p.toString());
      item.addActionListener(e -> presenter.openPortfolio(p));
      recentMenu.add(item);
      n++;
    }
    recentMenu.setEnabled(!s.recent().isEmpty());
    boolean results = !s.results().isEmpty();
    saveChartsAction.setEnabled(results);
    saveReportAction.setEnabled(results);
    saveScenarioAction.setEnabled(!s.editor().key().isEmpty());
  }

  private void showEditor(ViewState s) {
    editorTitle.setText(s.editor().title().isEmpty() ? "(no scenario selected)" : s.editor().title());
    if (!s.editor().key().equals(editorKey) || s.editor().version() != editorVersion) {
      if (shockTable.isEditing()) {
        shockTable.getCellEditor().cancelCellEditing();
      }
      editorKey = s.editor().key();
      editorVersion = s.editor().version();
      shockModel.setRows(s.editor().rows());
    }
    String problem = s.tableProblem();
    if (problem.isEmpty()) {
      tableProblem.setText(" ");
      tableProblem.setToolTipText(null);
    } else {
      List<String> lines = problem.lines().toList();
      tableProblem.setText(lines.get(0) + (lines.size() > 1 ? "  (and " + (lines.size() - 1) + " more)" : ""));
      tableProblem.setToolTipText(problem);
    }
  }

  private void showResults(ViewState s) {
    String currency = s.totals().map(DesktopPresenter.Totals::currency).orElse("");
    holdingsModel.setRows(s.holdings(), currency);
    TableColumnModel cols = holdingsTable.getColumnModel();
    for (int i = 0; i < cols.getColumnCount(); i++) {
      cols.getColumn(i).setHeaderValue(holdingsModel.getColumnName(cols.getColumn(i).getModelIndex()));
    }
    holdingsTable.getTableHeader().repaint();
    notes.setText(String.join("\n", s.notes()));
    notes.setCaretPosition(0);
    showCharts(s.charts());
    totals.setText(s.totalsText().isEmpty() ? " " : (s.shown().isEmpty() ? "" : s.shown() + ":   ") + s.totalsText());
    String err = s.error().isEmpty() ? " " : s.error().lines().findFirst().orElse("");
    error.setText(err);
    error.setToolTipText(s.error().isEmpty() ? null : s.error());
    progress.setVisible(s.busy());
  }

  /** One tab per chart, kept in place from run to run so that the tab the person looks at stays selected. */
  private void showCharts(List<Chart> charts) {
    List<ChartKind> kinds = charts.stream().map(Chart::kind).toList();
    if (!kinds.equals(new ArrayList<>(chartPanels.keySet()))) {
      Component selected = tabs.getSelectedComponent();
      ChartKind was = chartPanels.entrySet().stream().filter(e -> e.getValue() == selected).map(Map.Entry::getKey)
          .findFirst().orElse(null);
      while (tabs.getTabCount() > 1) {
        tabs.removeTabAt(1);
      }
      chartPanels.clear();
      for (Chart c : charts) {
        ChartPanel panel = chartPanel(c);
        chartPanels.put(c.kind(), panel);
        tabs.addTab(c.tab(), null, panel, c.kind().caption());
      }
      if (was != null && chartPanels.containsKey(was)) {
        tabs.setSelectedComponent(chartPanels.get(was));
      } else if (selected != null && tabs.indexOfComponent(selected) < 0) {
        tabs.setSelectedIndex(0);
      }
    } else {
      for (Chart c : charts) {
        chartPanels.get(c.kind()).setChart(c.chart());
      }
    }
  }

  private ChartPanel chartPanel(Chart c) {
    ChartPanel panel = new ChartPanel(c.chart(), false);
    // laid out as the saved 1200×800 chart and scaled to the tab, so that what is seen is what is saved
    panel.setMinimumDrawWidth(900);
    panel.setMinimumDrawHeight(600);
    panel.setMaximumDrawWidth(2400);
    panel.setMaximumDrawHeight(1600);
    panel.setMouseWheelEnabled(false);
    panel.setFocusable(true);
    panel.getAccessibleContext().setAccessibleName(c.kind().caption());
    panel.setTransferHandler(frame.getTransferHandler());
    return panel;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : "\u2026" + text.substring(text.length() - max + 1);
  }

  // ---------------------------------------------------------------- renderers

  /** A scenario with its tick box; edited scenarios are marked. */
  private static final class ScenarioRenderer extends JCheckBox implements ListCellRenderer<ScenarioItem> {
    private static final long serialVersionUID = 1L;

    @Override
    public Component getListCellRendererComponent(JList<? extends ScenarioItem> list, ScenarioItem item, int index,
        boolean selected, boolean focus) {
      setSelected(item.ticked());
      setText(item.name() + (item.edited() ? "  (edited)" : "")
          + (item.origin().equals("bundled") ? "" : "  \u2014 " + Path.of(item.origin()).getFileName()));
      setToolTipText("<html>" + escape(item.description()) + "<br>" + escape(item.origin()) + "</html>");
      setBackground(selected ? list.getSelectionBackground() : list.getBackground());
      setForeground(selected ? list.getSelectionForeground() : list.getForeground());
      setFont(list.getFont());
      setOpaque(true);
      setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
      return this;
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** What a model choice does, in a few words. */
  static String modelHint(String model) {
    return switch (model) {
      case DesktopPresenter.DEFAULT_MODEL -> "conditional with history, else sector";
      case "none" -> "only the moves the scenario gives";
      case "sector" -> "average reported move of the sector";
      case "beta" -> "beta to the reported index; needs history";
      case "conditional" -> "given every reported move; needs history";
      default -> "";
    };
  }

  /** Amounts with grouping and two decimals, moves as signed percentages; right-aligned. */
  private final class NumberRenderer extends DefaultTableCellRenderer {
    private static final long serialVersionUID = 1L;

    NumberRenderer() {
      setHorizontalAlignment(SwingConstants.RIGHT);
    }

    @Override
    public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int r, int col) {
      int model = t.convertColumnIndexToModel(col);
      String text;
      if (v == null) {
        text = "";
      } else if (model == HoldingsTableModel.MOVE) {
        text = String.format(locale, "%+.2f%%", ((Double) v) * 100);
      } else {
        text = String.format(locale, "%,.2f", (Double) v);
      }
      return super.getTableCellRendererComponent(t, text, sel, focus, r, col);
    }
  }

  /** Text cells; the why column shows its whole sentence as a tooltip. */
  private static final class TextRenderer extends DefaultTableCellRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int r, int col) {
      Component c = super.getTableCellRendererComponent(t, v, sel, focus, r, col);
      int model = t.convertColumnIndexToModel(col);
      setToolTipText((model == HoldingsTableModel.WHY || model == HoldingsTableModel.HOLDING) && v != null
          ? v.toString() : null);
      return c;
    }
  }

  // ---------------------------------------------------------------- for tests

  JTable shockTable() {
    return shockTable;
  }

  ShockTableModel shockModel() {
    return shockModel;
  }

  JTable holdingsTable() {
    return holdingsTable;
  }

  JTabbedPane tabs() {
    return tabs;
  }

  JLabel totals() {
    return totals;
  }

  JLabel tableProblem() {
    return tableProblem;
  }

  JSlider severitySlider() {
    return severitySlider;
  }

  JProgressBar progress() {
    return progress;
  }

  JList<ScenarioItem> scenarioList() {
    return scenarioList;
  }

  /** Whether the state shown is idle (no run or save under way). */
  boolean idle() {
    return state != null && !state.busy();
  }

  ViewState state() {
    return state;
  }
}
