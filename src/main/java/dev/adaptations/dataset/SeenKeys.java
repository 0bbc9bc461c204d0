package dev.adaptations.dataset;

/**
 * Which keys (ids, relationship keys) a reading of the files met already, by 64-bit hash, and in which order: a
 * million keys take 24 MB instead of the hundred or so their strings would. Two different keys with the same hash
 * count as seen twice; for {@link BulkInput} that only means leaving the files to the transactional writer, which is
 * correct for any files, so a collision (about one in ten million at a million keys) costs speed, never a wrong
 * graph. For one thread.
 */
final class SeenKeys {

	private long[] slots = new long[1 << 16];

	/** Each slot's key's place in the order keys were first added. */
	private int[] numbers = new int[1 << 16];

	private int zeroNumber = -1;

	private int size;

	/** Records {@code key}; false when it (or a key with the same hash) was recorded already. */
	boolean add(String key) {
		return add(hash(key), this.size);
	}

	/** How many keys were recorded: the next key recorded is numbered so. */
	int size() {
		return this.size;
	}

	/**
	 * The place of {@code key} in the order keys were first recorded (from 0), or -1 when it was not. A key never
	 * recorded but with the hash of one that was answers that one's number: only ask for keys known to be recorded.
	 */
	int number(String key) {
		long value = hash(key);
		if (value == 0) {
			return this.zeroNumber;
		}
		int mask = this.slots.length - 1;
		for (int slot = slot(value, mask); this.slots[slot] != 0; slot = (slot + 1) & mask) {
			if (this.slots[slot] == value) {
				return this.numbers[slot];
			}
		}
		return -1;
	}

	/** FNV-1a over the key's characters. */
	private static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

	private static int slot(long value, int mask) {
		return ((int) (value ^ (value >>> 32)) * 0x9E3779B9) & mask;
	}

	/** Open addressing, linear probing; 0 marks an empty slot, so the hash 0 is kept aside. */
	private boolean add(long value, int number) {
		if (value == 0) {
			if (this.zeroNumber >= 0) {
				return false;
			}
			this.zeroNumber = number;
			this.size++;
			return true;
		}
		int mask = this.slots.length - 1;
		int slot = slot(value, mask);
		while (this.slots[slot] != 0) {
			if (this.slots[slot] == value) {
				return false;
			}
			slot = (slot + 1) & mask;
		}
		this.slots[slot] = value;
		this.numbers[slot] = number;
		if (++this.size * 2 > this.slots.length) {
			grow();
		}
		return true;
	}

	private void grow() {
		long[] oldSlots = this.slots;
		int[] oldNumbers = this.numbers;
		this.slots = new long[oldSlots.length * 2];
		this.numbers = new int[oldSlots.length * 2];
		int mask = this.slots.length - 1;
		for (int i = 0; i < oldSlots.length; i++) {
			long value = oldSlots[i];
			if (value != 0) {
				int slot = slot(value, mask);
				while (this.slots[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.slots[slot] = value;
				this.numbers[slot] = oldNumbers[i];
			}
		}
	}

}
