package org.siao.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Import runs and their bad lines in the database. */
class ImportRuns {

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate batch;

	ImportRuns(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The unfinished run of the same file by the same user, to resume; or a new run. */
	ImportRun startOrResume(String hash, String user) {
		return startOrResume(hash, user, null);
	}

	/** As {@link #startOrResume(String, String)}, with the file's number of lines for the progress bar. */
	ImportRun startOrResume(String hash, String user, Integer linesTotal) {
		Optional<ImportRun> open = jdbc.sql("select id, file_hash, user_name, lines_done, kept, bad, finished, lines_total from import_run "
				+ "where file_hash = ? and user_name = ? and finished = false order by id desc limit 1")
			.params(hash, user)
			.query(ImportRun.class)
			.optional();
		if (open.isPresent()) {
			return open.get();
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into import_run (file_hash, user_name, started_at, lines_done, kept, bad, finished, lines_total) "
				+ "values (?, ?, ?, 0, 0, 0, false, ?)")
			.params(hash, user, Timestamp.from(Instant.now()), linesTotal)
			.update(key, "id");
		return find(key.getKey().longValue()).orElseThrow();
	}

	Optional<ImportRun> find(long id) {
		return jdbc.sql("select id, file_hash, user_name, lines_done, kept, bad, finished, lines_total from import_run where id = ?")
			.param(id)
			.query(ImportRun.class)
			.optional();
	}

	void progress(long id, int linesDone, int kept, int bad, boolean finished) {
		jdbc.sql("update import_run set lines_done = ?, kept = ?, bad = ?, finished = ? where id = ?")
			.params(linesDone, kept, bad, finished, id)
			.update();
	}

	/**
	 * Bad lines, in the transaction that stores their batch: a resumed run starts after the last
	 * batch stored, so it never meets a line already recorded.
	 */
	void problems(long id, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		batch.batchUpdate("insert into import_problem (run_id, line, reason) values (?, ?, ?)",
				problems.stream()
					.map(p -> new Object[] { id, p.line(),
							p.reason().length() > 400 ? p.reason().substring(0, 400) : p.reason() })
					.toList(),
				new int[] { java.sql.Types.BIGINT, java.sql.Types.INTEGER, java.sql.Types.VARCHAR });
	}

	record Problem(int line, String reason) {
	}

	List<Problem> problems(long id) {
		return jdbc.sql("select line, reason from import_problem where run_id = ? order by line")
			.param(id)
			.query(Problem.class)
			.list();
	}

}
