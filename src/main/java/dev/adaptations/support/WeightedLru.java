package dev.adaptations.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntBiFunction;

import org.jspecify.annotations.Nullable;

/**
 * A least-recently-used map bounded by the total weight of its entries (say, the characters of the text each one
 * keeps alive), for caches whose entries differ widely in size. An entry heavier than the bound is not kept.
 * Thread-safe; every access takes the map's lock.
 */
public final class WeightedLru<K, V> {

	private final long maxWeight;

	private final ToIntBiFunction<K, V> weigher;

	private final LinkedHashMap<K, V> map = new LinkedHashMap<>(64, 0.75f, true);

	private long weight;

	public WeightedLru(long maxWeight, ToIntBiFunction<K, V> weigher) {
		this.maxWeight = maxWeight;
		this.weigher = weigher;
	}

	public synchronized @Nullable V get(K key) {
		return this.map.get(key);
	}

	/** Keeps the entry unless the key is already there, dropping the least recently used ones past the bound. */
	public synchronized void put(K key, V value) {
		int added = this.weigher.applyAsInt(key, value);
		if (added > this.maxWeight || this.map.putIfAbsent(key, value) != null) {
			return;
		}
		this.weight += added;
		var oldest = this.map.entrySet().iterator();
		while (this.weight > this.maxWeight) {
			Map.Entry<K, V> evicted = oldest.next();
			this.weight -= this.weigher.applyAsInt(evicted.getKey(), evicted.getValue());
			oldest.remove();
		}
	}

	public synchronized int size() {
		return this.map.size();
	}

}
