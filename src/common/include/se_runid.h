/*
 * se_runid.h - run ids: 26 characters of Crockford base32, a ULID (48 bits of
 * milliseconds since the epoch, then 80 random bits). Ids made later sort after ids
 * made earlier, as strings too, so a history can page with `before=<id>`; within one
 * millisecond the random part counts up, so ids of one process never repeat and keep
 * their order. The random part comes from the kernel (getrandom), so an id cannot be
 * guessed from another: an id is enough to name a run, not to prove a right to it.
 *
 * Contract: thread-safe. se_runid_new writes SE_RUNID_LEN characters and a NUL into
 * out and returns 0, or -1 when the kernel gave no random bytes (out is then "").
 * se_runid_valid is a pure check of the shape (length and alphabet).
 */
#ifndef SAFE_EXEC_SE_RUNID_H
#define SAFE_EXEC_SE_RUNID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SE_RUNID_LEN 26

int se_runid_new(char out[SE_RUNID_LEN + 1]);

/* The same, at a given time (milliseconds since the epoch): for tests. */
int se_runid_new_at(uint64_t ms, char out[SE_RUNID_LEN + 1]);

bool se_runid_valid(const char *s, size_t len);

/* The milliseconds since the epoch an id was made at (0 for an invalid id). */
uint64_t se_runid_ms(const char *s, size_t len);

#endif
