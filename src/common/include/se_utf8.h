/*
 * se_utf8.h - one repair of invalid UTF-8 for the whole tree: the sandbox cleans a
 * program's streams with it, the API its JSON strings.
 *
 * Contract: se_utf8_repair() returns a malloc'd copy of s[0..len) that is valid UTF-8
 * (caller frees): each byte that does not start a valid sequence becomes U+FFFD; with
 * trim_tail a sequence cut short at the very end (by a cap) is dropped instead. The
 * copy is NUL-terminated, its length in *out_len; NULL when out of memory. Pure and
 * thread-safe.
 */
#ifndef SAFE_EXEC_SE_UTF8_H
#define SAFE_EXEC_SE_UTF8_H

#include <stdbool.h>
#include <stddef.h>

char *se_utf8_repair(const char *s, size_t len, bool trim_tail, size_t *out_len);

#endif
