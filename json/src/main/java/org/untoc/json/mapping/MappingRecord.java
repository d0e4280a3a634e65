package org.untoc.json.mapping;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Entity;
import org.untoc.core.LookupException;
import org.untoc.core.Programme;
import org.untoc.core.Registry;
import org.untoc.core.Unit;
import org.untoc.core.mapping.MappingRow;

/**
 * One row of a mapping table as read: the {@link MappingRow} to validate, the table's other
 * columns, which a report may echo, and for SSSOM the labels given beside the ids.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row the row: programme, unit, edition if given, and the line it was read from
 * @param extras the other columns, in table order, by their names in the table: for CSV each
 *     cell; for JSON each value as JSON text ({@code "x"}, {@code 7}, {@code [1,2]})
 * @param programmeLabel SSSOM: the {@code subject_label} of a row that gives both it and a
 *     {@code subject_id}; empty otherwise
 * @param unitLabel SSSOM: the {@code object_label} of a row that gives both it and an {@code
 *     object_id}; empty otherwise
 */
public record MappingRecord(MappingRow row, ImmutableMap<String, String> extras, Optional<String> programmeLabel,
    Optional<String> unitLabel) {

  /**
   * Creates a record.
   *
   * @throws NullPointerException if a component is null
   */
  public MappingRecord {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(extras, "extras");
    Objects.requireNonNull(programmeLabel, "programmeLabel");
    Objects.requireNonNull(unitLabel, "unitLabel");
  }

  /**
   * Creates a record without labels.
   *
   * @param row the row, not null
   * @param extras the other columns, not null
   */
  public MappingRecord(MappingRow row, ImmutableMap<String, String> extras) {
    this(row, extras, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this record, its row malformed where an id and the label beside it name different
   * entities of a registry (in any edition): {@code subject_id} {@code untocid:gpml} beside
   * {@code subject_label} {@code Global Firearms Programme}. A label that names nothing, or
   * names the entity of its id, is no problem.
   *
   * @param registry the registry, not null
   * @return the record, not null
   */
  public MappingRecord withLabelsCheckedIn(Registry registry) {
    Objects.requireNonNull(registry, "registry");
    String subject = conflict(registry, Programme.class, "subject", row.programme(), programmeLabel);
    String object = conflict(registry, Unit.class, "object", row.unit(), unitLabel);
    @Nullable String found = subject == null ? object : object == null ? subject : subject + "; " + object;
    if (found == null) {
      return this;
    }
    String problem = row.problem().map(p -> p + "; " + found).orElse(found);
    return new MappingRecord(MappingRow.builder().from(row).problem(problem).build(), extras, programmeLabel,
        unitLabel);
  }

  private static <T extends Entity> @Nullable String conflict(Registry registry, Class<T> type, String side, String id,
      Optional<String> label) {
    if (label.isEmpty() || id.isBlank()) {
      return null;
    }
    Optional<T> byId = find(registry, type, id);
    Optional<T> byLabel = find(registry, type, label.get());
    if (byId.isPresent() && byLabel.isPresent() && !byId.get().id().equals(byLabel.get().id())) {
      return side + "_id names " + byId.get().id() + " but " + side + "_label '" + label.get() + "' names "
          + byLabel.get().id();
    }
    return null;
  }

  private static <T extends Entity> Optional<T> find(Registry registry, Class<T> type, String text) {
    try {
      return registry.find(type, text);
    } catch (LookupException e) {
      return Optional.empty();
    }
  }
}
