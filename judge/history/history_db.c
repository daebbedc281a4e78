/*
 * history_db.c - the history file itself: opening it, recognising it as
 * ours, brand new, foreign or damaged before anything is written, and the
 * schema with its migrations.  Recording and queries are in history.c.
 *
 * Safety first: a file is written only after it was recognised as ours
 * (application_id) or as brand new (no tables at all); the schema update
 * is one BEGIN IMMEDIATE transaction, so concurrent judges queue on the
 * busy timeout instead of failing on a lock upgrade.
 */
#define _GNU_SOURCE
#include "history_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------ the schema */

/* migrations[v] takes the schema from version v to v + 1.  Released steps
 * are never edited: a database written by any earlier judge must arrive at
 * the same schema as a new one (tests/unit/test_history.c keeps frozen
 * copies of versions 1 and 2 and migrates them). */
static const char *const migrations[HIST_SCHEMA_VERSION] = {
	/* 1: attempts with their source inline, hand flags */
	"CREATE TABLE attempts("
	"  id INTEGER PRIMARY KEY,"
	"  at INTEGER NOT NULL,"              /* UTC seconds */
	"  slug TEXT NOT NULL,"
	"  src_hash TEXT NOT NULL,"
	"  source TEXT NOT NULL,"
	"  verdict TEXT NOT NULL,"
	"  passed INTEGER NOT NULL,"
	"  total INTEGER NOT NULL,"
	"  time_ms REAL NOT NULL,"
	"  memory_kb INTEGER NOT NULL,"
	"  failed_index INTEGER NOT NULL);"
	"CREATE TABLE flags("
	"  slug TEXT PRIMARY KEY,"
	"  reason TEXT NOT NULL,"
	"  note TEXT NOT NULL DEFAULT '',"
	"  at INTEGER NOT NULL);",
	/* 2: sources stored once per hash; the local date of each attempt */
	"CREATE TABLE sources(hash TEXT PRIMARY KEY, text TEXT NOT NULL);"
	"INSERT OR IGNORE INTO sources(hash, text) SELECT src_hash, source FROM attempts;"
	"ALTER TABLE attempts DROP COLUMN source;"
	"ALTER TABLE attempts ADD COLUMN day TEXT NOT NULL DEFAULT '';"
	"UPDATE attempts SET day = date(at, 'unixepoch', 'localtime');"
	"CREATE INDEX attempts_slug ON attempts(slug, id);"
	"CREATE INDEX attempts_day ON attempts(day);",
	/* 3: events (new, redo) that start a solve; Leitner boxes on flags */
	"CREATE TABLE events("
	"  id INTEGER PRIMARY KEY,"
	"  at INTEGER NOT NULL,"
	"  day TEXT NOT NULL,"
	"  slug TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  src_hash TEXT);"
	"CREATE INDEX events_slug ON events(slug, id);"
	"ALTER TABLE attempts ADD COLUMN session INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE flags ADD COLUMN auto INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE flags ADD COLUMN box INTEGER NOT NULL DEFAULT 1;"
	"ALTER TABLE flags ADD COLUMN due TEXT NOT NULL DEFAULT '';"
	"UPDATE flags SET due = date(at, 'unixepoch', 'localtime', '+1 day');",
};

static int64_t query_int(struct hist *h, const char *sql, int64_t *out, const char *what)
{
	sqlite3_stmt *st = prep(h, sql);
	if (!st)
		return -1;
	int r = step_row(h, st, what);
	if (r == 1)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

/* ------------------------------------------------------------ open */

/* Refuse what is not an SQLite file before SQLite sees it: nothing that
 * follows could then write to somebody else's file. */
static int check_header(const char *path, bool *empty)
{
	static const char magic[16] = "SQLite format 3";
	unsigned char head[100];
	struct stat sb;
	*empty = false;
	if (stat(path, &sb) < 0)
		return ju_error("cannot read history database '%s':", path);
	if (!S_ISREG(sb.st_mode))
		return ju_error("history database '%s' is not a regular file; it was left untouched", path);
	if (sb.st_size == 0) {
		*empty = true;
		return 0;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return ju_error("cannot read history database '%s':", path);
	ssize_t n = read(fd, head, sizeof head);
	close(fd);
	if (n != (ssize_t)sizeof head || memcmp(head, magic, sizeof magic) != 0)
		return ju_error("history database '%s' is damaged or not a database (no SQLite header); "
				"it was left untouched: move it away to start a new history", path);
	return 0;
}

/* Ours, brand new, or somebody else's?  Reads only. */
static int recognise(struct hist *h, bool *fresh)
{
	int64_t app = 0, version = 0, objects = 0;
	/* One read transaction: one snapshot.  Read one by one, a judge that
	 * commits the new schema in between would look like a foreign file. */
	if (exec(h, "BEGIN", "reading the header") < 0)
		return -1;
	if (query_int(h, "PRAGMA application_id", &app, "reading the header") < 0 ||
	    query_int(h, "PRAGMA user_version", &version, "reading the header") < 0 ||
	    query_int(h, "SELECT count(*) FROM sqlite_master", &objects, "reading the schema") < 0 ||
	    exec(h, "COMMIT", "reading the header") < 0) {
		rollback(h);
		return -1;
	}
	*fresh = app == 0 && version == 0 && objects == 0;
	if (*fresh)
		return 0;
	if (app != HIST_APPLICATION_ID) {
		h->damaged = true;
		return ju_error("'%s' is an SQLite file of another program (application id %#llx, %lld "
				"objects), not a judge history; it was left untouched", h->path,
				(unsigned long long)(uint32_t)app, (long long)objects);
	}
	if (version > HIST_SCHEMA_VERSION) {
		h->damaged = true;
		return ju_error("history database '%s' has schema %lld, newer than this judge's %d; "
				"it was left untouched: use a newer judge", h->path, (long long)version,
				HIST_SCHEMA_VERSION);
	}
	return 0;
}

/* journal_mode=WAL needs a moment with no other connection; another judge
 * starting at the same instant may hold it, so retry within the timeout. */
static int ensure_wal(struct hist *h)
{
	for (int tries = 0;; tries++) {
		sqlite3_stmt *st = prep(h, "PRAGMA journal_mode=WAL");
		if (!st)
			return -1;
		int rc = sqlite3_step(st);
		bool wal = rc == SQLITE_ROW && !strcasecmp(col_text(st, 0), "wal");
		sqlite3_finalize(st);
		if (wal)
			return 0;
		if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED && rc != SQLITE_ROW) || tries >= 100)
			return db_fail(h, "switching to WAL mode");
		usleep(50 * 1000);
	}
}

static int migrate(struct hist *h)
{
	int64_t version = 0, app = 0;
	if (exec(h, "BEGIN IMMEDIATE", "locking for the schema update") < 0)
		return -1;
	/* Another judge may have done it while we waited for the lock. */
	if (query_int(h, "PRAGMA user_version", &version, "reading the schema version") < 0 ||
	    query_int(h, "PRAGMA application_id", &app, "reading the header") < 0)
		goto fail;
	if (app == 0 && version == 0) {
		char sql[64];
		snprintf(sql, sizeof sql, "PRAGMA application_id = %d", HIST_APPLICATION_ID);
		if (exec(h, sql, "marking the file") < 0)
			goto fail;
	}
	for (int64_t v = version; v < HIST_SCHEMA_VERSION; v++) {
		char sql[64];
		snprintf(sql, sizeof sql, "PRAGMA user_version = %lld", (long long)v + 1);
		if (exec(h, migrations[v], "updating the schema") < 0 || exec(h, sql, "updating the schema") < 0)
			goto fail;
	}
	if (exec(h, "COMMIT", "updating the schema") < 0)
		goto fail;
	return 0;
fail:
	rollback(h);
	return -1;
}

int hist_open_path(const char *path, bool create, struct hist **out)
{
	struct hist *h = NULL;
	bool empty = false, fresh = false;
	int64_t version = 0;
	*out = NULL;
	if (access(path, F_OK) < 0) {
		if (errno != ENOENT)
			return ju_error("cannot read history database '%s':", path);
		if (!create)
			return 0;
	} else if (check_header(path, &empty) < 0) {
		return -1;
	} else if (empty && !create) {
		return 0;
	}
	h = ju_calloc(1, sizeof *h);
	h->path = ju_strdup(path);
	int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
	if (sqlite3_open_v2(path, &h->db, flags, NULL) != SQLITE_OK) {
		if (!h->db) {
			ju_error("cannot open history database '%s': out of memory", path);
			goto fail;
		}
		db_fail(h, "opening");
		goto fail;
	}
	sqlite3_extended_result_codes(h->db, 0);
	sqlite3_busy_timeout(h->db, BUSY_TIMEOUT_MS);
	if (recognise(h, &fresh) < 0 || ensure_wal(h) < 0)
		goto fail;
	if (query_int(h, "PRAGMA user_version", &version, "reading the schema version") < 0)
		goto fail;
	if ((fresh || version < HIST_SCHEMA_VERSION) && migrate(h) < 0)
		goto fail;
	/* FULL: a committed attempt survives a power cut too, not just a kill;
	 * one fsync per run is nothing next to compiling. */
	if (exec(h, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON", "configuring") < 0)
		goto fail;
	*out = h;
	return 0;
fail:
	hist_close(h);
	return -1;
}

int hist_open(const char *data_dir, bool create, struct hist **out)
{
	*out = NULL;
	if (create && ju_mkdirs(data_dir, 0700) < 0)
		return -1;
	char *path = ju_path_join(data_dir, HIST_DB_NAME);
	int rc = hist_open_path(path, create, out);
	free(path);
	return rc;
}

void hist_close(struct hist *h)
{
	if (!h)
		return;
	if (h->db)
		sqlite3_close(h->db);
	free(h->path);
	free(h);
}
