package org.untoc.core.mapping;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of verdicts by status, in the order of {@link MappingStatus}.
 *
 * <p>Add verdicts with {@link #add(MappingVerdict)} as they stream by; an instance is not
 * thread-safe. {@link #counts()} returns an immutable snapshot.
 */
public final class MappingSummary {
  private final Map<MappingStatus, Long> counts = new EnumMap<>(MappingStatus.class);
  private long total;

  /** Creates an empty summary. */
  public MappingSummary() {
    for (MappingStatus s : MappingStatus.values()) {
      counts.put(s, 0L);
    }
  }

  /**
   * Counts a verdict.
   *
   * @param verdict the verdict, not null
   * @return the verdict, for use in a stream
   */
  public MappingVerdict add(MappingVerdict verdict) {
    counts.merge(verdict.status(), 1L, Long::sum);
    total++;
    return verdict;
  }

  /** Returns the number of verdicts of each status, every status present, in enum order. */
  public ImmutableMap<MappingStatus, Long> counts() {
    return ImmutableMap.copyOf(counts);
  }

  /** Returns the number of verdicts of a status. */
  public long count(MappingStatus status) {
    return counts.get(status);
  }

  /** Returns the number of verdicts counted. */
  public long total() {
    return total;
  }

  /**
   * Returns true if every verdict counted is an {@linkplain MappingStatus#isAgreement()
   * agreement}: CONFIRMED, CONSISTENT or WITHIN.
   */
  public boolean allAgree() {
    long agree = 0;
    for (Map.Entry<MappingStatus, Long> e : counts.entrySet()) {
      if (e.getKey().isAgreement()) {
        agree += e.getValue();
      }
    }
    return agree == total;
  }

  /** Returns "total rows: STATUS n, ..." listing the statuses with a count. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(total).append(total == 1 ? " row" : " rows");
    String sep = ": ";
    for (Map.Entry<MappingStatus, Long> e : counts.entrySet()) {
      if (e.getValue() > 0) {
        sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
    }
    return sb.toString();
  }
}
