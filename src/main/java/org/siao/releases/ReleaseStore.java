package org.siao.releases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Releases on disk, made so that a process killed at any instant leaves either the old or the new
 * release live, whole:
 * <ul>
 * <li>{@code bundles/<version>/} holds a release's files. It is written whole under
 * {@code bundles/.incoming-<version>-<nonce>/}, every file synced, then renamed into place; a
 * directory named by a version is therefore always complete, and never changes after.</li>
 * <li>{@code HEAD} names the live release (its history entry, as JSON). It is replaced by writing
 * {@code .HEAD-<nonce>}, syncing it and renaming it over {@code HEAD} in one atomic step, only
 * after the bundle it names is in place.</li>
 * <li>{@code history.jsonl} lists entries; a state change appends the entry again (the last
 * line of a {@code seq} wins). A line cut short by a crash is skipped; an entry in HEAD that the
 * log missed is appended when the store opens.</li>
 * </ul>
 * Opening the store removes the leftovers of an interrupted write ({@code .incoming-*},
 * {@code .HEAD-*}, {@code .DISK-*}, {@code .CHECKED-*}). For one process: {@link #commit} is
 * serialised here, and nothing tells another process that the folder changed beyond
 * {@link #changes()} (the history's length); several instances share a {@link JdbcReleaseStore}.
 */
public final class ReleaseStore implements ReleaseRepository {

	private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private final Path root;

	private final Path bundles;

	private final Path head;

	private final Path log;

	private ReleaseStore(Path root) {
		this.root = root;
		this.bundles = root.resolve("bundles");
		this.head = root.resolve("HEAD");
		this.log = root.resolve("history.jsonl");
	}

	/** Opens (creating) the store and cleans what an interrupted write left behind. */
	public static ReleaseStore open(Path root) {
		ReleaseStore store = new ReleaseStore(root);
		try {
			Files.createDirectories(store.bundles);
			try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(store.bundles, ".incoming-*")) {
				for (Path leftover : leftovers) {
					deleteTree(leftover);
				}
			}
			try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, ".{HEAD,DISK,CHECKED}-*")) {
				for (Path leftover : leftovers) {
					Files.deleteIfExists(leftover);
				}
			}
			store.head().ifPresent(live -> {
				if (store.entries().stream().noneMatch(e -> e.seq() == live.seq())) {
					store.append(live);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot open the release store " + root, e);
		}
		return store;
	}

	public Path root() {
		return root;
	}

	@Override
	public String where() {
		return root.toString();
	}

	@Override
	public Optional<Release> head() {
		if (!Files.exists(head)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(Files.readAllBytes(head), Release.class));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + head, e);
		}
	}

	@Override
	public boolean has(String version) {
		return version != null && version.matches("[0-9a-f]{12}") && Files.isDirectory(bundles.resolve(version));
	}

	/** Writes a release's files whole, then renames them into place; nothing when it is already there. */
	public void write(Bundle bundle) {
		Path target = bundles.resolve(bundle.version());
		if (Files.isDirectory(target)) {
			return;
		}
		Path incoming = bundles.resolve(".incoming-" + bundle.version() + "-" + UUID.randomUUID());
		try {
			for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
				Path path = incoming.resolve(file.getKey()).normalize();
				if (!path.startsWith(incoming)) {
					throw new IllegalArgumentException("path outside the release: " + file.getKey());
				}
				Files.createDirectories(path.getParent());
				writeSynced(path, file.getValue());
			}
			Files.createDirectories(incoming);
			syncDirectories(incoming);
			Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
			sync(bundles);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write release " + bundle.version(), e);
		}
	}

	@Override
	public Bundle read(String version) {
		Path dir = bundles.resolve(version);
		if (!has(version)) {
			throw new IllegalArgumentException("no release " + version);
		}
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read release " + version, e);
		}
		Bundle bundle = Bundle.of(files);
		if (!bundle.version().equals(version)) {
			throw new IllegalStateException("release " + version + " on disk hashes to " + bundle.version());
		}
		return bundle;
	}

	/** Makes {@code entry} the live release in one atomic rename. Its bundle must be written. */
	public void moveHead(Release entry) {
		if (!has(entry.version())) {
			throw new IllegalStateException("release " + entry.version() + " is not written");
		}
		Path temp = root.resolve(".HEAD-" + UUID.randomUUID());
		try {
			writeSynced(temp, JSON.writeValueAsBytes(entry));
			Files.move(temp, head, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			sync(root);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot move the live release to " + entry.version(), e);
		}
	}

	/** Adds an entry, or a new state of one, to the history log. */
	public void append(Release entry) {
		try (FileChannel out = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			out.write(ByteBuffer.wrap((JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8)));
			out.force(true);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the release history", e);
		}
	}

	@Override
	public List<Release> entries() {
		if (!Files.exists(log)) {
			return List.of();
		}
		Map<Long, Release> bySeq = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				try {
					Release entry = JSON.readValue(line, Release.class);
					bySeq.put(entry.seq(), entry);
				}
				catch (JacksonException e) {
					// the last line of a write cut short by a crash: that change never happened
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the release history", e);
		}
		List<Release> all = new ArrayList<>(bySeq.values());
		all.sort(Comparator.comparingLong(Release::seq));
		return all;
	}

	@Override
	public long changes() {
		try {
			return Files.exists(log) ? Files.size(log) : 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the release history", e);
		}
	}

	/**
	 * The bundle is written whole first, then HEAD moves by one rename, then the entry is appended:
	 * a crash between the last two leaves an entry in HEAD that {@link #open} appends.
	 */
	@Override
	public synchronized Optional<Release> commit(Change change) {
		Optional<Release> head = head();
		if (change.expectHead() != null && head.map(Release::seq).orElse(0L) != change.expectHead().longValue()) {
			return Optional.empty();
		}
		List<Release> entries = entries();
		Release entry = change.entry();
		if (change.expectState() != null && entries.stream()
			.noneMatch(e -> e.seq() == change.entry().seq() && e.state().equals(change.expectState()))) {
			return Optional.empty();
		}
		if (entry.seq() == 0) {
			long last = Math.max(entries.stream().mapToLong(Release::seq).max().orElse(0), head.map(Release::seq).orElse(0L));
			entry = entry.withSeq(last + 1);
		}
		if (change.bundle() != null) {
			write(change.bundle());
		}
		if (change.moveHead()) {
			moveHead(entry);
		}
		append(entry);
		return Optional.of(entry);
	}

	@Override
	public Optional<String> diskSeen() {
		Path seen = root.resolve("DISK");
		try {
			return Files.exists(seen) ? Optional.of(Files.readString(seen).strip()) : Optional.empty();
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	@Override
	public void diskSeen(String version) {
		replace(root.resolve("DISK"), version, ".DISK-");
	}

	@Override
	public Optional<String> checked(String rulesVersion, String build) {
		Path record = checkRecord(rulesVersion, build);
		try {
			return Files.exists(record) ? Optional.of(Files.readString(record)) : Optional.empty();
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	@Override
	public void checked(String rulesVersion, String build, String warnings) {
		replace(checkRecord(rulesVersion, build), warnings, ".CHECKED-");
	}

	private Path checkRecord(String rulesVersion, String build) {
		if (!rulesVersion.matches("[0-9a-f]+") || !build.matches("[0-9a-f]+")) {
			throw new IllegalArgumentException("not a version: " + rulesVersion + " " + build);
		}
		return root.resolve("checked").resolve(rulesVersion + "-" + build + ".json");
	}

	/** A small file replaced whole by a rename: a reader sees the old or the new content. */
	private void replace(Path file, String content, String tempPrefix) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = root.resolve(tempPrefix + UUID.randomUUID());
			Files.writeString(temp, content, StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	private static void writeSynced(Path path, byte[] bytes) throws IOException {
		try (FileChannel out = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				out.write(buffer);
			}
			out.force(true);
		}
	}

	private static void syncDirectories(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path d : walk.filter(Files::isDirectory).toList()) {
				sync(d);
			}
		}
	}

	/** Makes a directory's entries (a rename into it) durable; file systems that cannot are left as they are. */
	private static void sync(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a directory; its renames are durable on their own
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
