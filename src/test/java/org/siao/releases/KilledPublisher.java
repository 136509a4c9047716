package org.siao.releases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A publishing loop in a JVM of its own (a main class that prints "BEGIN version" and "DONE version"
 * around each publish), killed without warning after one to three publishes and a random moment
 * more, so that the kill lands anywhere, often inside a publish. What it printed says which
 * release was last published and which was in flight.
 */
final class KilledPublisher {

	private final List<String> lines;

	private KilledPublisher(List<String> lines) {
		this.lines = lines;
	}

	static KilledPublisher run(Random random, long patienceSeconds, int maxExtraMillis, Class<?> loop, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), loop.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		List<String> lines = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> read(process, lines));
		reader.start();
		long deadline = System.nanoTime() + patienceSeconds * 1_000_000_000L;
		int wanted = 1 + random.nextInt(3);
		while (lines.stream().filter(l -> l.startsWith("DONE")).count() < wanted && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		Thread.sleep(random.nextInt(maxExtraMillis));
		process.destroyForcibly().waitFor();
		reader.join();
		return new KilledPublisher(lines);
	}

	boolean publishedAny() {
		return lines.stream().anyMatch(l -> l.startsWith("DONE"));
	}

	String lastDone() {
		return last("DONE ");
	}

	String lastBegun() {
		return last("BEGIN ");
	}

	/** Killed between BEGIN and DONE of one publish. */
	boolean killedMidPublish() {
		return !lastBegun().equals(lastDone());
	}

	private String last(String prefix) {
		return lines.stream().filter(l -> l.startsWith(prefix)).reduce((a, b) -> b).orElseThrow().substring(prefix.length());
	}

	private static void read(Process process, List<String> lines) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				lines.add(line);
			}
		}
		catch (IOException e) {
			// the process was killed mid-line
		}
	}

}
