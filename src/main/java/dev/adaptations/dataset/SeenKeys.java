package dev.adaptations.dataset;

/**
 * Which keys (ids, relationship keys) a reading of the files met already, by 64-bit hash: a million keys take
 * 16 MB instead of the hundred or so their strings would. Two different keys with the same hash count as seen
 * twice; for {@link BulkInput} that only means leaving the files to the transactional writer, which is correct
 * for any files, so a collision (about one in ten million at a million keys) costs speed, never a wrong graph.
 * For one thread.
 */
final class SeenKeys {

	private long[] slots = new long[1 << 16];

	private boolean zero;

	private int size;

	/** Records {@code key}; false when it (or a key with the same hash) was recorded already. */
	boolean add(String key) {
		return add(hash(key));
	}

	/** FNV-1a over the key's characters. */
	private static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

	/** Open addressing, linear probing; 0 marks an empty slot, so the hash 0 is kept aside. */
	private boolean add(long value) {
		if (value == 0) {
			boolean added = !this.zero;
			this.zero = true;
			return added;
		}
		int mask = this.slots.length - 1;
		int slot = ((int) (value ^ (value >>> 32)) * 0x9E3779B9) & mask;
		while (this.slots[slot] != 0) {
			if (this.slots[slot] == value) {
				return false;
			}
			slot = (slot + 1) & mask;
		}
		this.slots[slot] = value;
		if (++this.size * 2 > this.slots.length) {
			grow();
		}
		return true;
	}

	private void grow() {
		long[] old = this.slots;
		this.slots = new long[old.length * 2];
		this.size = 0;
		for (long value : old) {
			if (value != 0) {
				add(value);
			}
		}
	}

}
