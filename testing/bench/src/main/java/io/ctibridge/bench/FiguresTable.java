package io.ctibridge.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A Markdown table with padded columns: readable in a terminal, pasteable into BENCHMARKS.md as is. */
public final class FiguresTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public FiguresTable(String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a table needs columns");
        }
        this.header = List.of(header);
    }

    public FiguresTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.size());
        }
        rows.add(Arrays.stream(cells).map(cell -> cell.replace("|", "\\|")).toList());
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    public String toMarkdown() {
        int[] widths = new int[header.size()];
        for (List<String> line : allLines()) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] =
                        Math.max(Math.max(widths[column], line.get(column).length()), 3);
            }
        }
        StringBuilder text = new StringBuilder();
        append(text, header, widths);
        text.append('|');
        for (int width : widths) {
            text.append(' ').append("-".repeat(width)).append(" |");
        }
        text.append('\n');
        rows.forEach(row -> append(text, row, widths));
        return text.toString();
    }

    private List<List<String>> allLines() {
        List<List<String>> lines = new ArrayList<>(rows);
        lines.add(header);
        return lines;
    }

    private static void append(StringBuilder text, List<String> cells, int[] widths) {
        text.append('|');
        for (int column = 0; column < widths.length; column++) {
            String cell = cells.get(column);
            text.append(' ')
                    .append(cell)
                    .append(" ".repeat(widths[column] - cell.length()))
                    .append(" |");
        }
        text.append('\n');
    }
}
