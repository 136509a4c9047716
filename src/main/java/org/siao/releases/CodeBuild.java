package org.siao.releases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.kie.dmn.api.core.DMNRuntime;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Names this build of the code by what it is, not when it was built: a hash of every class of
 * Siao and the version of the KIE engine that compiles and validates the tables. The same code
 * rebuilt is the same build; any change of a check, or of KIE, is another build, whose first
 * start checks the live release whole again.
 */
public final class CodeBuild {

	private CodeBuild() {
	}

	/** Hashed once per process: every class of the build is read for it. */
	public static String id() {
		return Once.ID;
	}

	private static final class Once {

		static final String ID = hash();

	}

	private static String hash() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			Resource[] classes = new PathMatchingResourcePatternResolver(CodeBuild.class.getClassLoader())
				.getResources("classpath*:org/siao/**/*.class");
			Arrays.sort(classes, Comparator.comparing(CodeBuild::name));
			for (Resource resource : classes) {
				sha.update(name(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				try (InputStream in = resource.getInputStream()) {
					sha.update(in.readAllBytes());
				}
			}
			// where KIE was loaded from names its version (kie-dmn-core-10.2.0.jar)
			String kie = String.valueOf(DMNRuntime.class.getProtectionDomain().getCodeSource().getLocation());
			sha.update(kie.substring(kie.lastIndexOf('/', kie.length() - 2) + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the classes of this build", e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A class's name inside the package tree, the same from a folder or a jar. */
	private static String name(Resource resource) {
		try {
			String url = resource.getURL().toString();
			int at = url.lastIndexOf("org/siao/");
			return at < 0 ? url : url.substring(at);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
