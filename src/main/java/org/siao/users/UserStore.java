package org.siao.users;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, their roles and areas, kept in the database. Passwords are stored hashed only (the
 * {@code {bcrypt}} form of Spring Security's delegating encoder).
 */
public class UserStore implements UserDetailsService {

	/** The roles a user may hold. */
	public static final List<String> ROLES = List.of("OFFICIAL", "POLICY", "ADMIN");

	private final JdbcClient jdbc;

	public UserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Row row = jdbc.sql("select name, password, roles, area, enabled from app_user where name = ?")
			.param(username)
			.query(Row.class)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(row.name())
			.password(row.password())
			.roles(split(row.roles()).toArray(String[]::new))
			.disabled(!row.enabled())
			.build();
	}

	public Optional<AppUser> find(String name) {
		return jdbc.sql("select name, password, roles, area, enabled from app_user where name = ?")
			.param(name)
			.query(Row.class)
			.optional()
			.map(Row::user);
	}

	/** The households this user may see; someone unknown sees nothing. */
	public Scope scopeOf(String name) {
		return find(name).map(AppUser::scope).orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	public List<AppUser> all() {
		return jdbc.sql("select name, password, roles, area, enabled from app_user order by name")
			.query(Row.class)
			.list()
			.stream()
			.map(Row::user)
			.toList();
	}

	/** Adds a user; false when the name is taken. {@code passwordHash} is already encoded. */
	@Transactional
	public boolean add(String name, String passwordHash, List<String> roles, String area) {
		if (find(name).isPresent()) {
			return false;
		}
		jdbc.sql("insert into app_user (name, password, roles, area, enabled) values (?, ?, ?, ?, true)")
			.params(name, passwordHash, String.join(",", roles), area)
			.update();
		return true;
	}

	public void update(String name, List<String> roles, String area, boolean enabled) {
		jdbc.sql("update app_user set roles = ?, area = ?, enabled = ? where name = ?")
			.params(String.join(",", roles), area, enabled, name)
			.update();
	}

	public void password(String name, String passwordHash) {
		jdbc.sql("update app_user set password = ? where name = ?").params(passwordHash, name).update();
	}

	/**
	 * Users from configuration are added when missing, never overwritten: once in the database, the
	 * admin page is where they change.
	 */
	public void seed(List<AppUser> users, List<String> passwordHashes) {
		for (int i = 0; i < users.size(); i++) {
			AppUser user = users.get(i);
			add(user.name(), passwordHashes.get(i), user.roles(), user.area());
		}
	}

	private static List<String> split(String roles) {
		return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
	}

	private record Row(String name, String password, String roles, String area, boolean enabled) {

		AppUser user() {
			return new AppUser(name, split(roles), area, enabled);
		}

	}

}
