package org.siao.rulebook;

import java.time.Duration;

import org.siao.system.Poller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the rules and casebook folders every few seconds (someone saved a table in the DMN
 * editor, or pulled from git); a change that passes the checks becomes a new release on top of
 * the live one (RELOAD), one that does not is shown in the rules status.
 * Polling the content hash, rather than file events, sees every kind of change on every file
 * system, and a save that takes several writes is simply seen on the next look.
 */
final class RulesWatcher {

	private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

	private final Runnable look;

	private final Poller poller;

	RulesWatcher(Runnable look, Duration interval) {
		this.look = look;
		this.poller = new Poller("rules-watcher", interval, this::look);
	}

	void start() {
		poller.start();
	}

	void stop() {
		poller.stop();
	}

	private void look() {
		try {
			look.run();
		}
		catch (RuntimeException e) {
			// a folder being rewritten can be unreadable for a moment: look again next time
			log.warn("could not check the rules folder: {}", e.getMessage());
		}
	}

}
