package org.siao.releases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases in the database (tables of {@code V4__releases.sql}), shared by every instance that
 * uses it. A commit is one transaction: it locks the head row, compares the head with the one the
 * caller saw, writes the bundle's files, appends the history row and moves the head. A process
 * killed inside it leaves nothing of it: the database rolls the transaction back, the old head stays.
 */
public final class JdbcReleaseStore implements ReleaseRepository {

	private static final String ENTRY = "select e.seq, e.version, e.rules_version, e.parent, e.action, e.state, e.user_name,"
			+ " e.released_at, e.note, e.effective_at, e.casebook, e.approved_by, e.reason, e.draft from release_event e";

	private static final String LATEST = " e.id = (select max(l.id) from release_event l where l.seq = e.seq)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transactions;

	public JdbcReleaseStore(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = JdbcClient.create(dataSource);
		this.batch = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(transactions);
	}

	public JdbcReleaseStore(DataSource dataSource) {
		this(dataSource, new JdbcTransactionManager(dataSource));
	}

	@Override
	public String where() {
		return "the database";
	}

	@Override
	public Optional<Release> head() {
		return jdbc.sql(ENTRY + " join release_head h on h.seq = e.seq where h.id = 1 and" + LATEST)
			.query(JdbcReleaseStore::entry)
			.optional();
	}

	@Override
	public boolean has(String version) {
		return version != null && jdbc.sql("select count(*) from release_bundle where version = ?").param(version)
			.query(Long.class).single() > 0;
	}

	@Override
	public Bundle read(String version) {
		if (!has(version)) {
			throw new IllegalArgumentException("no release " + version);
		}
		Map<String, byte[]> files = new TreeMap<>();
		jdbc.sql("select path, content from release_file where version = ?").param(version)
			.query(rs -> {
				files.put(rs.getString(1), rs.getBytes(2));
			});
		Bundle bundle = Bundle.of(files);
		if (!bundle.version().equals(version)) {
			throw new IllegalStateException("release " + version + " in the database hashes to " + bundle.version());
		}
		return bundle;
	}

	@Override
	public List<Release> entries() {
		return jdbc.sql(ENTRY + " where" + LATEST + " order by e.seq").query(JdbcReleaseStore::entry).list();
	}

	@Override
	public long changes() {
		return jdbc.sql("select coalesce(max(id), 0) from release_event").query(Long.class).single();
	}

	@Override
	public Optional<Release> commit(Change change) {
		try {
			return transactions.execute(status -> {
				Optional<Release> done = commitInside(change);
				if (done.isEmpty()) {
					status.setRollbackOnly();
				}
				return done;
			});
		}
		catch (DuplicateKeyException e) {
			// another instance made the first release, or wrote the same bundle, at the same moment
			return Optional.empty();
		}
	}

	private Optional<Release> commitInside(Change change) {
		// every writer takes this row first: writers queue here, across instances
		Optional<Long> head = jdbc.sql("select seq from release_head where id = 1 for update").query(Long.class).optional();
		if (change.expectHead() != null && head.orElse(0L) != change.expectHead().longValue()) {
			return Optional.empty();
		}
		Release entry = change.entry();
		if (change.expectState() != null) {
			Optional<String> state = jdbc.sql("select state from release_event e where e.seq = ? and" + LATEST)
				.param(entry.seq()).query(String.class).optional();
			if (!state.equals(Optional.of(change.expectState()))) {
				return Optional.empty();
			}
		}
		if (entry.seq() == 0) {
			long last = jdbc.sql("select coalesce(max(seq), 0) from release_event").query(Long.class).single();
			entry = entry.withSeq(last + 1);
		}
		if (change.bundle() != null) {
			store(change.bundle());
		}
		append(entry);
		if (change.moveHead()) {
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			if (head.isEmpty()) {
				jdbc.sql("insert into release_head (id, seq, version, moved_at) values (1, ?, ?, ?)")
					.params(entry.seq(), entry.version(), now).update();
			}
			else if (jdbc.sql("update release_head set seq = ?, version = ?, moved_at = ? where id = 1 and seq = ?")
				.params(entry.seq(), entry.version(), now, head.get()).update() != 1) {
				return Optional.empty();
			}
		}
		return Optional.of(entry);
	}

	/**
	 * Takes over the releases of a folder store (a service that kept them under data/releases
	 * before): every bundle, every entry in its latest state, and its head, in one transaction,
	 * only while this store is still empty. Returns how many entries were taken.
	 */
	public int takeOver(ReleaseStore folder) {
		Optional<Release> head = folder.head();
		if (head.isEmpty()) {
			return 0;
		}
		return transactions.execute(status -> {
			if (jdbc.sql("select count(*) from release_event").query(Long.class).single() > 0) {
				return 0;
			}
			List<Release> entries = folder.entries();
			for (Release entry : entries) {
				if (!has(entry.version())) {
					store(folder.read(entry.version()));
				}
				append(entry);
			}
			jdbc.sql("insert into release_head (id, seq, version, moved_at) values (1, ?, ?, ?)")
				.params(head.get().seq(), head.get().version(), OffsetDateTime.now(ZoneOffset.UTC)).update();
			folder.diskSeen().ifPresent(seen -> jdbc.sql("insert into release_mark (name, mark) values ('disk', ?)")
				.param(seen).update());
			return entries.size();
		});
	}

	private void store(Bundle bundle) {
		if (has(bundle.version())) {
			return;
		}
		jdbc.sql("insert into release_bundle (version, stored_at) values (?, ?)")
			.params(bundle.version(), OffsetDateTime.now(ZoneOffset.UTC)).update();
		List<Object[]> rows = bundle.files().entrySet().stream()
			.map(file -> new Object[] { bundle.version(), file.getKey(), file.getValue() })
			.toList();
		batch.batchUpdate("insert into release_file (version, path, content) values (?, ?, ?)", rows);
	}

	private void append(Release e) {
		jdbc.sql("insert into release_event (seq, version, rules_version, parent, action, state, user_name, released_at, note,"
				+ " effective_at, casebook, approved_by, reason, draft) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(e.seq(), e.version(), e.rulesVersion(), e.parent(), e.action(), e.state(), e.user(), utc(e.at()),
					e.note(), utc(e.effectiveAt()), e.casebook(), e.approvedBy(), e.reason(), e.draft())
			.update();
	}

	@Override
	public Optional<String> diskSeen() {
		return jdbc.sql("select mark from release_mark where name = 'disk'").query(String.class).optional();
	}

	@Override
	public void diskSeen(String version) {
		transactions.executeWithoutResult(status -> {
			if (jdbc.sql("update release_mark set mark = ? where name = 'disk'").param(version).update() == 0) {
				jdbc.sql("insert into release_mark (name, mark) values ('disk', ?)").param(version).update();
			}
		});
	}

	@Override
	public Optional<String> checked(String rulesVersion, String build) {
		return jdbc.sql("select warnings from release_check where rules_version = ? and build = ?")
			.params(rulesVersion, build).query(String.class).optional();
	}

	@Override
	public void checked(String rulesVersion, String build, String warnings) {
		try {
			jdbc.sql("insert into release_check (rules_version, build, warnings, checked_at) values (?, ?, ?, ?)")
				.params(rulesVersion, build, warnings, OffsetDateTime.now(ZoneOffset.UTC)).update();
		}
		catch (DuplicateKeyException e) {
			// another instance of the same build checked the same rules: one record is enough
		}
	}

	private static Release entry(ResultSet rs, int row) throws SQLException {
		return new Release(rs.getLong("seq"), rs.getString("version"), rs.getString("rules_version"), rs.getString("parent"),
				rs.getString("action"), rs.getString("state"), rs.getString("user_name"), instant(rs, "released_at"),
				rs.getString("note"), instant(rs, "effective_at"), rs.getString("casebook"), rs.getString("approved_by"),
				rs.getString("reason"), rs.getString("draft"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

}
