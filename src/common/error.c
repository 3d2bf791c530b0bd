/*
 * error.c - se_error_set(): one vsnprintf, and a visible mark when it cut.
 */
#include "se_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void se_error_set(se_error *err, int code, const char *fmt, ...)
{
    if (!err)
        return;
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    if (n < 0)
        err->message[0] = '\0';
    else if ((size_t)n >= sizeof err->message)
        memcpy(err->message + sizeof err->message - 4, "...", 4);
}
