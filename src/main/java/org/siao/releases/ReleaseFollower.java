package org.siao.releases;

import java.time.Duration;

import org.siao.system.Poller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the shared release store every {@code siao.releases.follow-interval} (500 ms) and takes
 * what other instances published ({@link LiveReleases#follow()}). Polling one number is portable
 * (H2 and PostgreSQL alike), survives a dropped connection, and keeps every instance within about
 * half a second plus one compile of a publish (one cheap query every half second when nothing changed).
 */
final class ReleaseFollower {

	private static final Logger log = LoggerFactory.getLogger(ReleaseFollower.class);

	private final LiveReleases releases;

	private final Poller poller;

	private volatile boolean failing;

	ReleaseFollower(LiveReleases releases, Duration interval) {
		this.releases = releases;
		this.poller = new Poller("release-follower", interval, this::look);
	}

	void start() {
		poller.start();
	}

	void stop() {
		poller.stop();
	}

	private void look() {
		try {
			releases.follow();
			if (failing) {
				failing = false;
				log.info("the release store answers again");
			}
		}
		catch (RuntimeException e) {
			// the database may be restarting: the live release stays, the next look tries again
			if (!failing) {
				failing = true;
				log.warn("cannot look at the release store, the live release stays: {}", e.getMessage());
			}
		}
	}

}
