/*
 * schedule.c - calendar arithmetic (Howard Hinnant's civil-day algorithms,
 * exact for every proleptic Gregorian date) and the redo rules.
 */
#include "schedule.h"

#include <stdio.h>
#include <string.h>

static const int box_days[SCHED_BOXES + 1] = { 0, 1, 3, 7, 14, 30 };

int sched_box_interval(int box)
{
	return box >= 1 && box <= SCHED_BOXES ? box_days[box] : 0;
}

/* Floor division: the algorithms need it for days before 1970. */
static int64_t floordiv(int64_t a, int64_t b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

int64_t sched_days_from_civil(int y, int m, int d)
{
	int64_t yy = (int64_t)y - (m <= 2);
	int64_t era = floordiv(yy, 400);
	int64_t yoe = yy - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void sched_civil_from_days(int64_t day, int *y, int *m, int *d)
{
	int64_t z = day + 719468;
	int64_t era = floordiv(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
	int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (mm <= 2));
	*m = mm;
	*d = dd;
}

int sched_parse_date(const char *s, int64_t *day)
{
	int y, m, d, used = 0;
	if (!s || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 || used != 10 || s[used])
		return -1;
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	int64_t t = sched_days_from_civil(y, m, d);
	int yy, mm, dd;
	sched_civil_from_days(t, &yy, &mm, &dd);
	if (yy != y || mm != m || dd != d)   /* 2026-02-30 rolls over: refuse it */
		return -1;
	*day = t;
	return 0;
}

void sched_format_date(int64_t day, char out[SCHED_DATE_MAX])
{
	int y, m, d;
	sched_civil_from_days(day, &y, &m, &d);
	snprintf(out, SCHED_DATE_MAX, "%04d-%02d-%02d", y, m, d);
}

int sched_weekday(int64_t day)
{
	/* 1970-01-01 was a Thursday (4). */
	int64_t w = (day + 3) % 7;
	if (w < 0)
		w += 7;
	return (int)w + 1;
}

int64_t sched_iso_week_monday(int iso_year, int week)
{
	/* January 4th is always in week 1. */
	int64_t jan4 = sched_days_from_civil(iso_year, 1, 4);
	return jan4 - (sched_weekday(jan4) - 1) + (int64_t)(week - 1) * 7;
}

int sched_iso_weeks_in_year(int iso_year)
{
	return (int)((sched_iso_week_monday(iso_year + 1, 1) - sched_iso_week_monday(iso_year, 1)) / 7);
}

void sched_iso_week(int64_t day, int *iso_year, int *week)
{
	/* The week belongs to the year of its Thursday. */
	int64_t thursday = day - sched_weekday(day) + 4;
	int y, m, d;
	sched_civil_from_days(thursday, &y, &m, &d);
	*iso_year = y;
	*week = (int)((thursday - sched_iso_week_monday(y, 1)) / 7) + 1;
}

int sched_parse_week(const char *s, int *iso_year, int *week)
{
	int y, w, used = 0;
	if (!s)
		return -1;
	if (sscanf(s, "%4d-%*1[Ww]%2d%n", &y, &w, &used) != 2 &&
	    sscanf(s, "%4d%*1[Ww]%2d%n", &y, &w, &used) != 2)
		return -1;
	if (s[used] || y < 1 || w < 1 || w > sched_iso_weeks_in_year(y))
		return -1;
	*iso_year = y;
	*week = w;
	return 0;
}

void sched_format_week(int iso_year, int week, char out[SCHED_DATE_MAX])
{
	snprintf(out, SCHED_DATE_MAX, "%04d-W%02d", iso_year, week);
}

bool sched_in_week(int64_t due, int64_t monday, int64_t today)
{
	if (due >= monday && due <= monday + 6)
		return true;
	return due < monday && today >= monday && today <= monday + 6;
}

struct sched_flag sched_flag_new(int64_t today)
{
	struct sched_flag f = { true, 1, today + sched_box_interval(1) };
	return f;
}

struct sched_flag sched_after_redo(struct sched_flag f, bool accepted, int64_t today)
{
	if (!accepted)
		return sched_flag_new(today);
	if (!f.flagged)
		return f;
	int box = f.box < 1 ? 1 : f.box;
	if (box >= SCHED_BOXES) {
		struct sched_flag cleared = { false, 0, 0 };
		return cleared;
	}
	struct sched_flag next = { true, box + 1, today + sched_box_interval(box + 1) };
	return next;
}

static void add_reason(char *buf, size_t n, size_t *len, const char *text)
{
	int w = snprintf(buf + *len, n - *len, "%s%s", *len ? "; " : "", text);
	if (w > 0)
		*len = (size_t)w + *len < n ? *len + (size_t)w : n - 1;
}

int sched_auto_flag(const struct sched_rules *r, const struct sched_solve *s, char *buf, size_t n)
{
	char part[160];
	size_t len = 0;
	if (n)
		buf[0] = '\0';
	if (r->min_failed > 0 && s->failed >= r->min_failed) {
		snprintf(part, sizeof part, "accepted after %d failed attempts", s->failed);
		add_reason(buf, n, &len, part);
	}
	if (r->flag_hard && (s->tle || s->re || s->mle)) {
		snprintf(part, sizeof part, "accepted after %s%s%s%s%s",
			 s->tle ? "a TLE" : "",
			 s->tle && (s->re || s->mle) ? " and " : "",
			 s->re ? "an RE" : "",
			 s->re && s->mle ? " and " : "",
			 s->mle ? "an MLE" : "");
		add_reason(buf, n, &len, part);
	}
	if (r->slow_minutes > 0 && s->new_at >= 0 && s->ac_at - s->new_at > (int64_t)r->slow_minutes * 60) {
		int64_t min = (s->ac_at - s->new_at) / 60;
		snprintf(part, sizeof part, "%lld h %02lld min from 'judge new' to the first AC (limit %d min)",
			 (long long)(min / 60), (long long)(min % 60), r->slow_minutes);
		add_reason(buf, n, &len, part);
	}
	return len > 0;
}

int sched_streak(const int64_t *days, int n, int64_t today)
{
	if (n == 0)
		return 0;
	int64_t expect = days[0] == today ? today : today - 1;
	int run = 0;
	for (int i = 0; i < n && days[i] == expect; i++, expect--)
		run++;
	return run;
}
