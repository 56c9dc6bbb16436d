package dev.agentpool.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Brings an observable list of rows in line with fresh data without replacing rows: rows are matched by key and
 * updated in place, vanished rows removed, new rows appended, and the list re-sorted only when the order changed
 * (a permutation, which list views keep selection and scroll through). At most three change events per refresh,
 * whatever the number of rows.
 *
 * @param <K> the key (e.g. InstanceId)
 * @param <T> the data item of one scan
 * @param <R> the row object bound by the view
 */
public final class KeyedRows<K, T, R> {

    private final ObservableList<R> rows;
    private final Function<R, K> rowKey;
    private final Function<T, K> itemKey;
    private final Function<K, R> create;
    private final BiConsumer<R, T> update;
    private final Comparator<R> order;

    public KeyedRows(ObservableList<R> rows, Function<R, K> rowKey, Function<T, K> itemKey, Function<K, R> create,
                     BiConsumer<R, T> update, Comparator<R> order) {
        this.rows = rows;
        this.rowKey = rowKey;
        this.itemKey = itemKey;
        this.create = create;
        this.update = update;
        this.order = order;
    }

    public void sync(List<T> items) {
        Map<K, R> existing = new HashMap<>(rows.size() * 2);
        for (R row : rows) {
            existing.put(rowKey.apply(row), row);
        }
        Set<K> seen = new HashSet<>(items.size() * 2);
        List<R> added = new ArrayList<>();
        for (T item : items) {
            K key = itemKey.apply(item);
            if (!seen.add(key)) {
                continue;
            }
            R row = existing.get(key);
            if (row == null) {
                row = create.apply(key);
                added.add(row);
            }
            update.accept(row, item);
        }
        if (seen.size() < existing.size()) {
            rows.removeIf(row -> !seen.contains(rowKey.apply(row)));
        }
        rows.addAll(added);
        if (!isSorted()) {
            FXCollections.sort(rows, order);
        }
    }

    private boolean isSorted() {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
