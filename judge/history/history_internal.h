/*
 * history_internal.h - what history.c and history_db.c share, and nobody
 * else: the open database behind the opaque struct hist, and the small
 * SQLite helpers both use, so that every failure is reported one way.
 */
#ifndef HIST_INTERNAL_H
#define HIST_INTERNAL_H

#include "history.h"

#include "util.h"

#include <sqlite3.h>
#include <stdbool.h>

#define BUSY_TIMEOUT_MS 5000

struct hist {
	sqlite3 *db;
	char *path;
	bool damaged;    /* SQLite said corrupt / not a database: exit 2 */
};

/* ------------------------------------------------------------ helpers */

static inline int db_fail(struct hist *h, const char *what)
{
	int code = sqlite3_errcode(h->db);
	if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
		h->damaged = true;
		return ju_error("history database '%s' is damaged (%s, while %s); it was left untouched: "
				"move it away to start a new history", h->path, sqlite3_errmsg(h->db), what);
	}
	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return ju_error("history database '%s' stayed locked for %d s by another judge (while %s)",
				h->path, BUSY_TIMEOUT_MS / 1000, what);
	return ju_error("history database '%s': %s (while %s)", h->path, sqlite3_errmsg(h->db), what);
}

static inline int exec(struct hist *h, const char *sql, const char *what)
{
	return sqlite3_exec(h->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : db_fail(h, what);
}

static inline sqlite3_stmt *prep(struct hist *h, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK) {
		db_fail(h, "reading the schema");
		return NULL;
	}
	return st;
}

static inline int step_row(struct hist *h, sqlite3_stmt *st, const char *what)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return db_fail(h, what);
}

static inline void rollback(struct hist *h)
{
	if (!sqlite3_get_autocommit(h->db))
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
}

static inline const char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? (const char *)t : "";
}

#endif
