package dev.vpclab.cli.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One box of a table: a title, optional column headers and rows of cells, and how deep it is
 * nested. A port of {@code Section} in the CLI's {@code table.py}, built up while a response is
 * walked, then measured and drawn by {@link MultiTable}. Lives for one rendering only.
 */
final class TableSection {
  /** The title; {@code null} where Python's is {@code None} (it then measures as "None"). */
  private final String title;

  private final int indentLevel;
  private List<String> headers = List.of();
  private final List<List<String>> rows = new ArrayList<>();
  private int columnCount = -1;
  private List<Integer> maxWidths = new ArrayList<>();

  TableSection(String title, int indentLevel) {
    this.title = title;
    this.indentLevel = indentLevel;
  }

  String title() {
    return title;
  }

  int indentLevel() {
    return indentLevel;
  }

  List<String> headers() {
    return headers;
  }

  List<List<String>> rows() {
    return rows;
  }

  void addHeader(List<String> names) {
    updateMaxWidths(names);
    if (columnCount < 0) {
      columnCount = names.size();
    }
    headers = List.copyOf(names);
  }

  void addRow(List<String> cells) {
    if (columnCount < 0) {
      columnCount = cells.size();
    }
    if (cells.size() != columnCount) {
      throw new PythonError(
          "Row should have " + columnCount + " elements, instead it has " + cells.size());
    }
    rows.add(List.copyOf(cells));
    updateMaxWidths(cells);
  }

  /** A single-row section turned on its side: one {@code header | value} row per column. */
  TableSection vertical() {
    TableSection turned = new TableSection(title, indentLevel);
    List<String> row = rows.get(0);
    for (int i = 0; i < Math.min(headers.size(), row.size()); i++) {
      turned.addRow(List.of(headers.get(i), row.get(i)));
    }
    return turned;
  }

  /** Each column's widest cell plus {@code padding}. */
  List<Integer> columnWidths(int padding) {
    return maxWidths.stream().map(w -> w + padding).toList();
  }

  /**
   * Column widths scaled to add up to exactly {@code maxWidth}: each rounded (half to even, as
   * Python's round), then the rounding error taken from the first columns or given to the last.
   */
  List<Integer> columnWidths(int padding, int maxWidth) {
    List<Integer> unscaled = columnWidths(padding);
    if (unscaled.isEmpty()) {
      return unscaled;
    }
    double scale = maxWidth / (double) unscaled.stream().mapToInt(Integer::intValue).sum();
    int[] scaled = unscaled.stream().mapToInt(w -> (int) Math.rint(scale * w)).toArray();
    int offBy = Arrays.stream(scaled).sum() - maxWidth;
    while (offBy != 0) {
      for (int n = 0; n < scaled.length && offBy != 0; n++) {
        if (offBy > 0) {
          scaled[n]--;
          offBy--;
        } else {
          scaled[scaled.length - 1 - n]++;
          offBy++;
        }
      }
    }
    return Arrays.stream(scaled).boxed().toList();
  }

  /** The width this section needs: its columns with padding and border, or its title. */
  int totalWidth(int padding, boolean withBorder, int outerPadding) {
    int border = 2;
    int total = columnWidths(0).stream().mapToInt(w -> w + padding).sum();
    if (withBorder) {
      total += border;
    }
    total += 2 * outerPadding;
    int titleWidth = TextWidth.of(title == null ? "None" : title) + border + 2 * outerPadding;
    return Math.max(titleWidth, total);
  }

  private void updateMaxWidths(List<String> cells) {
    if (maxWidths.isEmpty()) {
      maxWidths = new ArrayList<>(cells.stream().map(TextWidth::of).toList());
      return;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (i >= maxWidths.size()) {
        throw new PythonError("list index out of range");
      }
      maxWidths.set(i, Math.max(TextWidth.of(cells.get(i)), maxWidths.get(i)));
    }
  }
}
