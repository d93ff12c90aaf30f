package io.warta.translate.engine.training;

import java.util.Arrays;

/** Open-addressing long -> int map for counting n-grams and word pairs without boxing. Key Long.MIN_VALUE is reserved. */
public final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, EMPTY);
        mask = cap - 1;
    }

    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return (int) k;
    }

    private int slot(long key) {
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    public int get(long key, int missing) {
        int i = slot(key);
        return keys[i] == EMPTY ? missing : values[i];
    }

    public boolean containsKey(long key) {
        return keys[slot(key)] != EMPTY;
    }

    public void put(long key, int value) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                values[i] = value;
                grow();
                return;
            }
        }
        values[i] = value;
    }

    /** Adds delta and returns the new value. */
    public int add(long key, int delta) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            values[i] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
            return delta;
        }
        return values[i] += delta;
    }

    /** Index for key, assigning the next index (= size before) when absent. */
    public int index(long key) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            int id = size;
            keys[i] = key;
            values[i] = id;
            if (++size * 2 > keys.length) {
                grow();
            }
            return id;
        }
        return values[i];
    }

    public int size() {
        return size;
    }

    /** Keys in ascending order (for deterministic iteration). */
    public long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != EMPTY) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                values[s] = oldValues[i];
            }
        }
    }
}
