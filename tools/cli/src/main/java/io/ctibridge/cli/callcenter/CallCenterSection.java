package io.ctibridge.cli.callcenter;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <section>} of a call center definition file. Its items' {@code sortOrder} is their position in
 * {@link #items()}, so the numbering has no gaps by construction.
 */
public record CallCenterSection(String name, String label, List<Item> items) {

    public CallCenterSection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        items = List.copyOf(items);
    }

    /** One {@code <item name label>value</item>}. */
    public record Item(String name, String label, String value) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
