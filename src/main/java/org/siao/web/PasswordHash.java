package org.siao.web;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Prints the hash to put in {@code siao.security.users[n].password}:
 * {@code java -cp target/siao-0.1.0-SNAPSHOT.jar -Dloader.main=org.siao.web.PasswordHash org.springframework.boot.loader.launch.PropertiesLauncher 'a new password'}
 */
public final class PasswordHash {

	private PasswordHash() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: PasswordHash <password>");
			System.exit(2);
		}
		System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(args[0]));
	}

}
