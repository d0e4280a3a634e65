package org.untoc.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EntityId;

/**
 * The entity ids of one document, so that each id is one object however often the document
 * names it. Ids are looked up with the parser's characters, so that an id named again makes no
 * string, and the characters of the ids are kept one after another, so that a lookup in a
 * document of a million ids touches little memory: the slot, the characters, the id.
 *
 * <p>Documents written by this library list their entities in the order of their ids and their
 * relations in the order of the ids they run from, so that the ids a document names in one place,
 * its lane, often come in the order they were added: each lane keeps where it found its last id,
 * and tries that id and the next before the table. Ids are put in the table only when a lookup
 * needs it, many at once, in a short loop that keeps many writes to the table in flight.
 */
final class EntityIds {
  /** Open addressing: the hash of an id in the high half, its number plus one in the low; 0 is free. */
  private long[] slots = new long[256];
  /** The characters of the ids, one after another. */
  private char[] text = new char[1024];
  /** Where the characters of id {@code i} start; {@code starts[size]} is where the next would. */
  private int[] starts = new int[129];
  private EntityId[] ids = new EntityId[128];
  private int[] hashes = new int[128];
  private int size;
  /** The number of ids in the table: the first ones added. */
  private int placed;
  /** For each lane, the number of the id found last in it. */
  private final int[] fingers;

  /**
   * Creates a table of ids.
   *
   * @param lanes the number of lanes
   */
  EntityIds(int lanes) {
    this.fingers = new int[lanes];
  }

  /** Returns the hash of the characters of an id. */
  static int hash(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    return h;
  }

  /** Returns the id with the given characters, looked up in a lane, or null. */
  @Nullable EntityId find(int lane, char[] chars, int offset, int length) {
    int finger = fingers[lane];
    for (int i = finger; i < size && i <= finger + 1; i++) {
      if (same(i, chars, offset, length)) {
        fingers[lane] = i;
        return ids[i];
      }
    }
    if (placed < size) {
      place();
    }
    int i = find(chars, offset, length, hash(chars, offset, length));
    if (i < 0) {
      return null;
    }
    fingers[lane] = i;
    return ids[i];
  }

  /** Returns the number of the id with the given characters and hash, or -1. */
  private int find(char[] chars, int offset, int length, int hash) {
    long[] table = slots;
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = slot + 1 & mask) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      int i = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && same(i, chars, offset, length)) {
        return i;
      }
    }
  }

  private boolean same(int i, char[] chars, int offset, int length) {
    int start = starts[i];
    return starts[i + 1] - start == length
        && Arrays.equals(text, start, start + length, chars, offset, offset + length);
  }

  /**
   * Adds an id to a lane: one that {@link #find} has not found, or one declared by an entity,
   * whose lookup would only tell that the id is declared twice, which the registry reports.
   */
  void add(int lane, EntityId id) {
    String s = id.toString();
    int start = starts[size];
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    if (start + s.length() > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, start + s.length()));
    }
    s.getChars(0, s.length(), text, start);
    ids[size] = id;
    hashes[size] = s.hashCode();
    starts[size + 1] = start + s.length();
    fingers[lane] = size;
    size++;
  }

  /** Puts the ids not yet in the table in it, first making it larger if it must be. */
  private void place() {
    if (size > slots.length >> 1) {
      slots = new long[Integer.highestOneBit(size) << 2];
      placed = 0;
    }
    for (int i = placed; i < size; i++) {
      place(hashes[i], i);
    }
    placed = size;
  }

  private void place(int hash, int i) {
    long[] table = slots;
    int mask = table.length - 1;
    int slot = spread(hash) & mask;
    while (table[slot] != 0) {
      slot = slot + 1 & mask;
    }
    table[slot] = (long) hash << 32 | (i + 1);
  }

  private static int spread(int h) {
    return h * 0x9E3779B9 >>> 7 ^ h;
  }
}
