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

	ImportRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unfinished run of the same file by the same user, to resume; or a new run. */
	ImportRun startOrResume(String hash, String user) {
		Optional<ImportRun> open = jdbc.sql("select id, file_hash, user_name, lines_done, kept, bad, finished from import_run "
				+ "where file_hash = ? and user_name = ? and finished = false order by id desc limit 1")
			.params(hash, user)
			.query(ImportRun.class)
			.optional();
		if (open.isPresent()) {
			return open.get();
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into import_run (file_hash, user_name, started_at, lines_done, kept, bad, finished) "
				+ "values (?, ?, ?, 0, 0, 0, false)")
			.params(hash, user, Timestamp.from(Instant.now()))
			.update(key, "id");
		return find(key.getKey().longValue()).orElseThrow();
	}

	Optional<ImportRun> find(long id) {
		return jdbc.sql("select id, file_hash, user_name, lines_done, kept, bad, finished from import_run where id = ?")
			.param(id)
			.query(ImportRun.class)
			.optional();
	}

	void progress(long id, int linesDone, int kept, int bad, boolean finished) {
		jdbc.sql("update import_run set lines_done = ?, kept = ?, bad = ?, finished = ? where id = ?")
			.params(linesDone, kept, bad, finished, id)
			.update();
	}

	/** A bad line; a resumed run may meet it again, so it is recorded once. */
	void problem(long id, int line, String reason) {
		jdbc.sql("delete from import_problem where run_id = ? and line = ?").params(id, line).update();
		jdbc.sql("insert into import_problem (run_id, line, reason) values (?, ?, ?)")
			.params(id, line, reason.length() > 400 ? reason.substring(0, 400) : reason)
			.update();
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
