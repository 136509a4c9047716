package org.siao.releases;

import java.util.List;

/**
 * A publish whose parent is no longer live: nothing was published. {@code changes} is what went
 * live since the parent (row by row); the draft can be rebased on {@code live}.
 */
public class LiveMoved extends RuntimeException {

	private final String parent;

	private final String live;

	private final List<RowChange> changes;

	public LiveMoved(String parent, String live, List<RowChange> changes) {
		super("live rules moved from " + parent + " to " + live);
		this.parent = parent;
		this.live = live;
		this.changes = List.copyOf(changes);
	}

	public String parent() {
		return parent;
	}

	public String live() {
		return live;
	}

	public List<RowChange> changes() {
		return changes;
	}

}
