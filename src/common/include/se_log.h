/*
 * se_log.h - the service's log.
 *
 * Contract: se_log() writes one line to stderr, "<UTC time> <message>\n", with one
 * write() so lines from many threads never interleave; a message too long for a
 * line (2 KiB) is cut, still one line. Thread-safe.
 */
#ifndef SAFE_EXEC_SE_LOG_H
#define SAFE_EXEC_SE_LOG_H

__attribute__((format(printf, 1, 2))) void se_log(const char *fmt, ...);

#endif
