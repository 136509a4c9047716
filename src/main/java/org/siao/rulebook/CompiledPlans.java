package org.siao.rulebook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan rules (the DRL files) compiled to a KIE module, kept on disk so that a restart loads
 * the compiled classes instead of generating Java from {@code plan.drl} and compiling it again
 * (several seconds of CPU in a fresh JVM).
 * <p>
 * An entry is named by a hash of the DRL files and of the build of the code that compiled them:
 * other rules, or another build (whose fact classes or KIE version may differ), never find it.
 * Each file carries the hash of its bytes; one that is short, damaged or of another key is taken
 * as missing and compiled again. Files are written beside their place and moved into it, so a
 * crash leaves either the whole entry or none. Only DRL the loader was given is ever compiled
 * here: this class keeps bytes, it decides nothing about which rules run.
 */
public final class CompiledPlans {

	private static final Logger log = LoggerFactory.getLogger(CompiledPlans.class);

	private static final byte[] MAGIC = "siao compiled plan 1\n".getBytes(StandardCharsets.US_ASCII);

	private static final String SUFFIX = ".plan";

	/** Entries kept: one per (rules, build) in use, a few more for a rollback or a build switched back. */
	static final int KEPT = 8;

	private final Path folder;

	private final String build;

	private final AtomicInteger hits = new AtomicInteger();

	private final AtomicInteger misses = new AtomicInteger();

	private CompiledPlans(Path folder, String build) {
		this.folder = folder;
		this.build = build;
	}

	/** Kept in {@code folder} (made when first written) for this build of the code. */
	public static CompiledPlans in(Path folder, String build) {
		return new CompiledPlans(folder, build);
	}

	/** No cache: every load compiles its DRL. */
	public static CompiledPlans none() {
		return new CompiledPlans(null, "");
	}

	/** The key of these DRL files (path and bytes, in path order) compiled by this build. */
	String key(Map<String, byte[]> drlFiles) {
		MessageDigest sha = sha();
		sha.update(build.getBytes(StandardCharsets.UTF_8));
		sha.update((byte) 0);
		new java.util.TreeMap<>(drlFiles).forEach((path, bytes) -> {
			sha.update(path.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(bytes);
			sha.update((byte) 0);
		});
		return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
	}

	/** The compiled module stored under {@code key}, if it is there whole. */
	Optional<byte[]> read(String key) {
		if (folder == null) {
			return Optional.empty();
		}
		Path file = folder.resolve(key + SUFFIX);
		if (!Files.isRegularFile(file)) {
			misses.incrementAndGet();
			return Optional.empty();
		}
		try {
			Optional<byte[]> module = unpack(key, Files.readAllBytes(file));
			if (module.isEmpty()) {
				log.warn("compiled plan {} is damaged or not this key's; compiling the plan again", file);
				misses.incrementAndGet();
			}
			else {
				hits.incrementAndGet();
			}
			return module;
		}
		catch (IOException e) {
			log.warn("cannot read compiled plan {} ({}); compiling the plan again", file, e.toString());
			misses.incrementAndGet();
			return Optional.empty();
		}
	}

	/** Keeps a compiled module under {@code key}; a cache that cannot be written only costs the next start time. */
	void write(String key, byte[] module) {
		if (folder == null) {
			return;
		}
		Path file = folder.resolve(key + SUFFIX);
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, key, ".tmp");
			try (var out = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
				ByteBuffer packed = ByteBuffer.wrap(pack(key, module));
				while (packed.hasRemaining()) {
					out.write(packed);
				}
				out.force(true);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
			prune(file);
		}
		catch (IOException e) {
			log.warn("cannot keep the compiled plan in {} ({}); the next start compiles it again", folder, e.toString());
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException e) {
					// left behind: a later write's pruning removes it
				}
			}
		}
	}

	/** Loads that found their module, and loads that did not (for tests and the start log). */
	int hits() {
		return hits.get();
	}

	int misses() {
		return misses.get();
	}

	private static byte[] pack(String key, byte[] module) {
		byte[] header = (key + "\n" + HexFormat.of().formatHex(sha().digest(module)) + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] packed = new byte[MAGIC.length + header.length + module.length];
		System.arraycopy(MAGIC, 0, packed, 0, MAGIC.length);
		System.arraycopy(header, 0, packed, MAGIC.length, header.length);
		System.arraycopy(module, 0, packed, MAGIC.length + header.length, module.length);
		return packed;
	}

	/** The module inside a stored entry, when the entry is whole and is this key's. */
	static Optional<byte[]> unpack(String key, byte[] packed) {
		byte[] head = (key + "\n").getBytes(StandardCharsets.US_ASCII);
		int digestAt = MAGIC.length + head.length;
		int moduleAt = digestAt + 64 + 1;
		if (packed.length < moduleAt || !java.util.Arrays.equals(packed, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
				|| !java.util.Arrays.equals(packed, MAGIC.length, digestAt, head, 0, head.length) || packed[moduleAt - 1] != '\n') {
			return Optional.empty();
		}
		String digest = new String(packed, digestAt, 64, StandardCharsets.US_ASCII);
		byte[] module = java.util.Arrays.copyOfRange(packed, moduleAt, packed.length);
		return digest.equals(HexFormat.of().formatHex(sha().digest(module))) ? Optional.of(module) : Optional.empty();
	}

	/** Keeps the newest entries; temporary files of writes that died are removed once they are old. */
	private void prune(Path written) throws IOException {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				if (name.endsWith(SUFFIX) && !file.equals(written)) {
					entries.add(file);
				}
				else if (name.endsWith(".tmp") && Files.getLastModifiedTime(file).toMillis() < System.currentTimeMillis() - 3_600_000) {
					Files.deleteIfExists(file);
				}
			}
		}
		entries.sort(Comparator.comparing(CompiledPlans::modified).reversed());
		for (Path old : entries.subList(Math.min(entries.size(), KEPT - 1), entries.size())) {
			Files.deleteIfExists(old);
		}
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException e) {
			return 0;
		}
	}

	private static MessageDigest sha() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
