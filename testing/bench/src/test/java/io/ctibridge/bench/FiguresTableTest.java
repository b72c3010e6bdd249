package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FiguresTableTest {

    @Test
    void toMarkdown_padsEveryColumnToItsWidestCell() {
        String table = new FiguresTable("Figure", "ms")
                .row("handler total", "0.412")
                .row("rank", "1")
                .toMarkdown();
        assertEquals("""
                | Figure        | ms    |
                | ------------- | ----- |
                | handler total | 0.412 |
                | rank          | 1     |
                """, table);
    }

    @Test
    void toMarkdown_escapesPipesInCells() {
        String table = new FiguresTable("a").row("x|y").toMarkdown();
        assertEquals("| a    |\n| ---- |\n| x\\|y |\n", table);
    }

    @Test
    void row_refusesTheWrongNumberOfCells() {
        assertThrows(IllegalArgumentException.class, () -> new FiguresTable("a", "b").row("only one"));
    }
}
