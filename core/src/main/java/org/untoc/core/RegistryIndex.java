package org.untoc.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;

/**
 * The indexes of a {@link Registry}, built once when it is built: dense entity numbers, an
 * open-addressing table from id to number, the relations in compressed adjacency arrays for both
 * directions (grouped by kind, in builder order within a kind), the editions of every entity and
 * relation as bit masks, and a table from normalised name to the entities bearing it.
 *
 * <p>Everything is held in flat arrays, so that a lookup costs one hash probe and a traversal
 * one array scan per step. This class is immutable and thread-safe once built.
 */
final class RegistryIndex {
  /** Masks are used where the registry has at most this many editions. */
  static final int MASK_EDITIONS = 64;

  final Entity[] entities;
  final Relation[] relations;
  private final EditionId[] editionIds;
  private final boolean masked;
  private final long[] entityMask;
  private final long[] relationMask;

  /** The id of each entity, by number. */
  private final EntityId[] ids;
  /**
   * An open-addressing table of ids: per slot, the id's hash in the high half and its entity's
   * number + 1 in the low half; 0 where empty.
   */
  private final long[] idTable;
  private final boolean duplicateIds;
  /** Whether every relation holds its entities' own id instances. */
  private final boolean idsShared;

  final int[] relFrom;
  final int[] relTo;
  final byte[] relKind;
  private final Adjacency out;
  private final Adjacency in;
  /** The ordinal of each entity's {@link EntityKind}. */
  final byte[] entityKind;

  /**
   * An open-addressing table of the names' normal forms: per slot, the normal form's hash in the
   * high half and its first posting + 1 in the low half; 0 where empty. The normal form itself is
   * not kept: the text of a posting stands for it.
   */
  private final long[] nameSlots;
  /**
   * Two longs per posting, side by side: its entity in the high half and the next posting of
   * the same key + 1 in the low half; then the editions in which its name holds and its entity
   * exists, as a mask (unused unless masked).
   */
  private final long[] post;
  /** The text of each posting's name. */
  private final String[] postText;
  /** The position of each posting's name among its entity's names. */
  private final int[] postName;

  /**
   * Builds the indexes of editions, entities and relations that may break integrity rules: of
   * two entities with one id, the first is found by id; relations with a dangling end are left
   * out of the adjacency arrays. Fit for the integrity check; queries need data that passed it.
   */
  RegistryIndex(List<Edition> editions, List<Entity> entityList, List<Relation> relationList) {
    int n = entityList.size();
    int m = relationList.size();
    this.entities = entityList.toArray(new Entity[0]);
    this.relations = relationList.toArray(new Relation[0]);
    this.editionIds = editions.stream().map(Edition::id).toArray(EditionId[]::new);
    this.masked = editionIds.length <= MASK_EDITIONS;

    int idCapacity = capacity(n);
    this.ids = new EntityId[n];
    this.idTable = new long[idCapacity];
    this.entityMask = new long[masked ? n : 0];
    this.entityKind = new byte[n];
    // First what each entity holds, reading the entities in order; then the table of ids.
    int[] hashes = new int[n];
    int names = 0;
    for (int i = 0; i < n; i++) {
      Entity e = entities[i];
      EntityId id = e.id();
      ids[i] = id;
      hashes[i] = id.hashCode();
      entityKind[i] = (byte) e.kind().ordinal();
      if (masked) {
        entityMask[i] = mask(e);
      }
      names += e.names().size();
    }
    // The name index needs nothing of what follows: for many names, another core builds it
    // meanwhile (or this thread does, when it joins a task no other thread has taken).
    int allNames = names;
    Entity[] all = entities;
    long[] masks = entityMask;
    boolean bits = masked;
    EditionId[] order = editionIds;
    ForkJoinTask<NameIndex> nameTask = names < PARALLEL_NAMES ? null
        : ForkJoinTask.adapt(() -> nameIndex(all, masks, bits, order, allNames)).fork();
    boolean duplicates = false;
    for (int i = 0; i < n; i++) {
      int hash = hashes[i];
      int slot = spread(hash) & (idCapacity - 1);
      long v;
      while ((v = idTable[slot]) != 0) {
        duplicates |= (int) (v >>> 32) == hash && ids[(int) v - 1].equals(ids[i]);
        slot = (slot + 1) & (idCapacity - 1);
      }
      idTable[slot] = ((long) hash << 32) | (i + 1);
    }
    this.duplicateIds = duplicates;

    this.relFrom = new int[m];
    this.relTo = new int[m];
    this.relKind = new byte[m];
    this.relationMask = new long[masked ? m : 0];
    int kinds = RelationKind.values().length;
    int[] perKind = new int[kinds + 1];
    // First each relation's kind, editions and the hashes of its ids, reading the relations in
    // order; then the ids, in a short loop that keeps many reads of the table in flight.
    for (int r = 0; r < m; r++) {
      Relation rel = relations[r];
      relFrom[r] = rel.from().hashCode();
      relTo[r] = rel.to().hashCode();
      relKind[r] = (byte) rel.kind().ordinal();
      if (masked) {
        relationMask[r] = mask(rel);
      }
    }
    boolean shared = true;
    for (int r = 0; r < m; r++) {
      Relation rel = relations[r];
      EntityId fromId = rel.from();
      EntityId toId = rel.to();
      int from = indexOf(fromId, relFrom[r]);
      int to = indexOf(toId, relTo[r]);
      relFrom[r] = from;
      relTo[r] = to;
      if (from < 0 || to < 0) {
        continue; // dangling: the integrity check reports it, and the index leaves it out
      }
      shared &= ids[from] == fromId && ids[to] == toId;
      perKind[relKind[r] + 1]++;
      if (masked) {
        relationMask[r] &= entityMask[from] & entityMask[to];
      }
    }
    this.idsShared = shared;
    // Relations ordered by kind, builder order within a kind; then each adjacency list is
    // filled in that order, so that it is grouped by kind.
    for (int k = 0; k < kinds; k++) {
      perKind[k + 1] += perKind[k];
    }
    int[] byKind = new int[perKind[kinds]];
    for (int r = 0; r < m; r++) {
      if (relFrom[r] >= 0 && relTo[r] >= 0) {
        byKind[perKind[relKind[r]]++] = r;
      }
    }
    this.out = new Adjacency(byKind, relFrom, relTo, n);
    this.in = new Adjacency(byKind, relTo, relFrom, n);

    NameIndex index = nameTask == null ? nameIndex(entities, entityMask, masked, editionIds, names)
        : nameTask.join();
    this.nameSlots = index.slots();
    this.post = index.post();
    this.postText = index.text();
    this.postName = index.name();
  }

  /** The registries whose name index is built on another core meanwhile: those of many names. */
  static final int PARALLEL_NAMES = 1 << 18;

  /** The name index as built: the arrays of the fields of the same names. */
  private record NameIndex(long[] slots, long[] post, String[] text, int[] name) {}

  /**
   * Builds the name index. It reads only the entities and their masks, so that it can be built
   * on another thread while the rest of the index is.
   */
  private static NameIndex nameIndex(Entity[] entities, long[] entityMask, boolean masked, EditionId[] editionIds,
      int names) {
    int n = entities.length;
    long[] nameSlots = new long[capacity(names)];
    long[] post = new long[2 * names];
    String[] postText = new String[names];
    int[] postName = new int[names];
    // First the postings in entity order, then name order, each with its name's hash where
    // the next posting will go; then the table, taking the postings last to first and putting
    // each at the head of its chain, so that each chain runs in posting order. Two passes, so
    // that the second, which reads the table at random, is a short loop that keeps many reads
    // in flight.
    int p = 0;
    for (int i = 0; i < n; i++) {
      List<Name> list = entities[i].names();
      for (int j = 0; j < list.size(); j++, p++) {
        Name name = list.get(j);
        String text = name.text();
        postText[p] = text;
        postName[p] = j;
        post[2 * p] = ((long) i << 32) | (NameKey.hash(text) & 0xFFFF_FFFFL);
        if (masked) {
          post[2 * p + 1] = mask(name, editionIds) & entityMask[i];
        }
      }
    }
    for (p = names - 1; p >= 0; p--) {
      long v = post[2 * p];
      int hash = (int) v;
      int slot = nameSlot(nameSlots, postText, postText[p], hash);
      long head = nameSlots[slot];
      nameSlots[slot] = ((long) hash << 32) | (p + 1);
      post[2 * p] = (v & 0xFFFF_FFFF_0000_0000L) | (head & 0xFFFF_FFFFL);
    }
    return new NameIndex(nameSlots, post, postText, postName);
  }

  /**
   * The relations of one direction, as compressed adjacency arrays: the slots of entity {@code
   * e} run from {@code start[e]} to {@code start[e + 1]}, grouped by kind, in builder order
   * within a kind; each slot holds the relation, the entity at its other end, its kind and its
   * edition mask, side by side, so that a scan reads memory in order.
   */
  private final class Adjacency {
    final int[] start;
    final int[] rel;
    final int[] other;
    /** The entity at the other end, beside its number, so that answers read the slots in order. */
    final Entity[] ends;
    final byte[] kind;
    final long[] mask;

    Adjacency(int[] order, int[] end, int[] far, int n) {
      start = new int[n + 1];
      rel = new int[order.length];
      other = new int[order.length];
      ends = new Entity[order.length];
      kind = new byte[order.length];
      mask = new long[masked ? order.length : 0];
      for (int r : order) {
        start[end[r] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] next = java.util.Arrays.copyOf(start, n);
      for (int r : order) {
        int slot = next[end[r]]++;
        rel[slot] = r;
        other[slot] = far[r];
        kind[slot] = relKind[r];
        if (masked) {
          mask[slot] = relationMask[r];
        }
      }
      // References are stored in order, apart from the scatter above: random stores into a
      // large array of references cost a garbage collector's write barrier far more.
      for (int slot = 0; slot < other.length; slot++) {
        ends[slot] = entities[other[slot]];
      }
    }

    boolean holds(int slot, int edition) {
      return masked ? (mask[slot] >>> edition & 1L) != 0 : RegistryIndex.this.holds(rel[slot], edition);
    }
  }

  private static int capacity(int size) {
    int c = 4;
    while (c < size * 2) {
      c <<= 1;
    }
    return c;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }

  private long mask(Editioned item) {
    return mask(item, editionIds);
  }

  private static long mask(Editioned item, EditionId[] editionIds) {
    if (item.editions().isEmpty()) {
      return -1L;
    }
    long bits = 0;
    for (int i = 0; i < editionIds.length; i++) {
      if (item.editions().contains(editionIds[i])) {
        bits |= 1L << i;
      }
    }
    return bits;
  }

  /**
   * Replaces each relation whose ends are other instances of its entities' ids by an equal
   * relation that holds the entities' own id instances, so that a relation costs no memory for
   * its ids. Called once, after the integrity check, before the registry is published.
   */
  void shareIds() {
    if (idsShared) {
      return;
    }
    for (int r = 0; r < relations.length; r++) {
      Relation rel = relations[r];
      EntityId from = ids[relFrom[r]];
      EntityId to = ids[relTo[r]];
      if (rel.from() != from || rel.to() != to) {
        relations[r] = Relation.builder().from(from).kind(rel.kind()).to(to).editions(rel.editions()).provenance(rel.provenance()).build();
      }
    }
  }

  // ---------------------------------------------------------------- entities

  /** Returns true if two entities share an id; only the first of them is found by id. */
  boolean hasDuplicateIds() {
    return duplicateIds;
  }

  /** Returns the number of the entity with the given id, or -1. */
  int indexOf(EntityId id) {
    return indexOf(id, id.hashCode());
  }

  private int indexOf(EntityId id, int hash) {
    int capacity = idTable.length;
    int slot = spread(hash) & (capacity - 1);
    long v;
    while ((v = idTable[slot]) != 0) {
      if ((int) (v >>> 32) == hash) {
        int i = (int) v - 1;
        EntityId key = ids[i];
        if (key == id || key.equals(id)) {
          return i;
        }
      }
      slot = (slot + 1) & (capacity - 1);
    }
    return -1;
  }

  /** Returns true if the entity exists in the edition with the given position. */
  boolean exists(int entity, int edition) {
    return masked ? (entityMask[entity] >>> edition & 1L) != 0
        : entities[entity].holdsIn(editionIds[edition]);
  }

  /** Returns true if the relation and both its entities hold in the edition. */
  boolean holds(int relation, int edition) {
    if (masked) {
      return (relationMask[relation] >>> edition & 1L) != 0;
    }
    EditionId id = editionIds[edition];
    return relations[relation].holdsIn(id) && entities[relFrom[relation]].holdsIn(id)
        && entities[relTo[relation]].holdsIn(id);
  }

  // ---------------------------------------------------------------- relations

  /** Receives the relations an adjacency scan finds. */
  @FunctionalInterface
  interface RelationSink {
    /** Takes one relation number and the number of the entity at its other end. */
    void accept(int relation, int other);
  }

  /**
   * Visits the relations of a kind that start from (forward) or point to (reverse) an entity and
   * hold in an edition, in builder order.
   */
  void scan(int entity, RelationKind kind, boolean forward, int edition, RelationSink sink) {
    Adjacency a = forward ? out : in;
    int k = kind.ordinal();
    int end = a.start[entity + 1];
    for (int i = a.start[entity]; i < end; i++) {
      int rk = a.kind[i];
      if (rk < k) {
        continue;
      }
      if (rk > k) {
        return;
      }
      if (a.holds(i, edition)) {
        sink.accept(a.rel[i], a.other[i]);
      }
    }
  }

  /**
   * Returns the entities at the other end of the relations of a kind that start from (forward)
   * or point to (reverse) an entity and hold in an edition, in builder order, keeping only
   * entities of the wanted kind (an {@link EntityKind} ordinal, or -1 for any). Counts first, so
   * that the list is made at its exact size.
   */
  @SuppressWarnings("unchecked") // the caller asks for the type of the wanted kind
  <T> ImmutableList<T> others(int entity, RelationKind kind, boolean forward, int edition, int wanted) {
    Adjacency a = forward ? out : in;
    int k = kind.ordinal();
    int from = a.start[entity];
    int end = a.start[entity + 1];
    while (from < end && a.kind[from] < k) {
      from++;
    }
    int to = from;
    while (to < end && a.kind[to] == k) {
      to++;
    }
    int count = 0;
    for (int i = from; i < to; i++) {
      if (a.holds(i, edition) && (wanted < 0 || entityKind[a.other[i]] == wanted)) {
        count++;
      }
    }
    if (count == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> b = ImmutableList.builderWithExpectedSize(count);
    for (int i = from; i < to; i++) {
      if (a.holds(i, edition) && (wanted < 0 || entityKind[a.other[i]] == wanted)) {
        b.add((T) a.ends[i]);
      }
    }
    return b.build();
  }

  /** Decides whether one relation repeats an earlier one of the same kind and ends. */
  @FunctionalInterface
  interface Repeat {
    /**
     * Takes a relation and an earlier one of the same kind, from and to; returns true if the
     * first repeats the second, which ends the search for it.
     */
    boolean test(int relation, int earlier);
  }

  /**
   * Finds the relations of the same kind, from and to. For each relation marked ok, in builder
   * order, offers each earlier such relation marked ok to {@code repeat}, oldest first, until it
   * answers true; then unmarks it. Costs time in proportion to the relations, plus the pairs
   * offered. Uses the forward adjacency arrays, in which the relations of one entity and kind
   * are side by side in builder order.
   */
  void repeats(boolean[] ok, Repeat repeat) {
    int n = entities.length;
    // Per entity at the far end: the group (the first slot + 1 of the entity's relations of a
    // kind) in which it was last seen, and the first and last slot in that group that reach it.
    int[] seen = new int[n];
    int[] head = new int[n];
    int[] tail = new int[n];
    int[] next = null;
    Adjacency a = out;
    for (int e = 0; e < n; e++) {
      int end = a.start[e + 1];
      int kind = -1;
      int group = 0;
      for (int slot = a.start[e]; slot < end; slot++) {
        if (a.kind[slot] != kind) {
          kind = a.kind[slot];
          group = slot + 1;
        }
        int r = a.rel[slot];
        if (!ok[r]) {
          continue;
        }
        int o = a.other[slot];
        if (seen[o] != group) {
          seen[o] = group;
          head[o] = slot;
          tail[o] = slot;
          continue;
        }
        if (next == null) {
          next = new int[a.rel.length];
          java.util.Arrays.fill(next, -1);
        }
        for (int t = head[o]; t >= 0; t = next[t]) {
          if (repeat.test(r, a.rel[t])) {
            ok[r] = false;
            break;
          }
        }
        next[tail[o]] = slot;
        tail[o] = slot;
      }
    }
  }

  /** Returns the first relation of a kind from or to an entity in an edition, or -1. */
  int first(int entity, RelationKind kind, boolean forward, int edition) {
    Adjacency a = forward ? out : in;
    int k = kind.ordinal();
    int end = a.start[entity + 1];
    for (int i = a.start[entity]; i < end; i++) {
      int rk = a.kind[i];
      if (rk == k && a.holds(i, edition)) {
        return a.rel[i];
      }
      if (rk > k) {
        return -1;
      }
    }
    return -1;
  }

  /** Returns every relation from (forward) or to (reverse) an entity, in any edition, in builder order. */
  int[] all(int entity, boolean forward) {
    Adjacency a = forward ? out : in;
    int[] found = java.util.Arrays.copyOfRange(a.rel, a.start[entity], a.start[entity + 1]);
    java.util.Arrays.sort(found);
    return found;
  }

  // ---------------------------------------------------------------- names

  /**
   * Returns the slot of the normal form of a text: the slot that holds it, or the empty slot
   * where it would go.
   *
   * @param text a name, or a normal form
   * @param hash {@link NameKey#hash} of the text
   */
  private int nameSlot(String text, int hash) {
    return nameSlot(nameSlots, postText, text, hash);
  }

  private static int nameSlot(long[] nameSlots, String[] postText, String text, int hash) {
    int capacity = nameSlots.length;
    int slot = spread(hash) & (capacity - 1);
    long v;
    while ((v = nameSlots[slot]) != 0
        && ((int) (v >>> 32) != hash || !NameKey.sameKey(postText[(int) v - 1], text))) {
      slot = (slot + 1) & (capacity - 1);
    }
    return slot;
  }

  /**
   * Returns the first posting of the normal form of a text, or -1; follow with {@link
   * #nextPosting}.
   *
   * @param text a name or query, not necessarily in normal form
   * @param hash {@link NameKey#hash} of the text
   */
  int firstPosting(String text, int hash) {
    return (int) nameSlots[nameSlot(text, hash)] - 1;
  }

  /** Returns the first posting of the normal form in a slot of {@link #nameTexts}, or -1. */
  int slotPosting(int slot) {
    return (int) nameSlots[slot] - 1;
  }

  /** Returns the number of the entity of a posting. */
  int postingEntity(int posting) {
    return (int) (post[2 * posting] >>> 32);
  }

  /**
   * Returns true if the name of a posting holds in the edition with the given position and its
   * entity exists there.
   */
  boolean nameHolds(int posting, int edition) {
    if (masked) {
      return (post[2 * posting + 1] >>> edition & 1L) != 0;
    }
    int entity = postingEntity(posting);
    return exists(entity, edition) && entities[entity].names().get(postName[posting]).holdsIn(editionIds[edition]);
  }

  /** Returns the posting after the given one for the same name, or -1. */
  int nextPosting(int posting) {
    return (int) post[2 * posting] - 1;
  }

  /** Returns the number of slots of the table of normal forms; see {@link #slotPosting}. */
  int nameSlots() {
    return nameSlots.length;
  }

  /** Returns the text of a posting's name. */
  String postingText(int posting) {
    return postText[posting];
  }
}
