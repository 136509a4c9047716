package org.siao.imports;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Who is watching which import's progress bar: each progress step is sent to them as a server-sent event. */
@Component
class ImportProgress {

	private final Map<Long, List<SseEmitter>> watchers = new ConcurrentHashMap<>();

	SseEmitter watch(ImportRun now) {
		SseEmitter emitter = new SseEmitter(30 * 60_000L);
		send(emitter, now);
		if (now.finished()) {
			emitter.complete();
			return emitter;
		}
		List<SseEmitter> list = watchers.computeIfAbsent(now.id(), k -> new CopyOnWriteArrayList<>());
		list.add(emitter);
		emitter.onCompletion(() -> list.remove(emitter));
		emitter.onTimeout(() -> list.remove(emitter));
		return emitter;
	}

	void report(ImportRun run) {
		List<SseEmitter> list = watchers.getOrDefault(run.id(), List.of());
		for (SseEmitter emitter : list) {
			if (send(emitter, run) && run.finished()) {
				emitter.complete();
			}
		}
		if (run.finished()) {
			watchers.remove(run.id());
		}
	}

	private static boolean send(SseEmitter emitter, ImportRun run) {
		try {
			emitter.send(SseEmitter.event().name("progress").data(Map.of("lines", run.linesDone(), "kept", run.kept(),
					"bad", run.bad(), "finished", run.finished(), "total", run.linesTotal() == null ? 0 : run.linesTotal())));
			return true;
		}
		catch (IOException | IllegalStateException e) {
			// the page went away; the import goes on
			return false;
		}
	}

}
