/*
 * log.c - what the HTTP layer writes to the log (se_log): libmicrohttpd's own
 * messages, and request paths made safe for a one-line log entry.
 */
#include "http_internal.h"

#include <stdio.h>
#include <string.h>

void http__mhd_logger(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    char msg[512];
    vsnprintf(msg, sizeof(msg), fmt, ap);
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
        msg[--n] = '\0';
    se_log("libmicrohttpd: %s", msg);
}

/* Keeps the log line one line and free of terminal escapes. */
void http__log_path(const char *path, char *buf, size_t size)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)path; *p && o + 4 < size; p++)
        buf[o++] = (*p > 0x20 && *p < 0x7f) ? (char)*p : '?';
    if (path[o] && o + 4 >= size) {
        memcpy(buf + o, "...", 3);
        o += 3;
    }
    buf[o] = '\0';
}
