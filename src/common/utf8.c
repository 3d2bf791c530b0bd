/*
 * utf8.c - the repair of bytes that should be UTF-8 and may be anything (a program's
 * output, a message quoting it). The validity rules are RFC 3629's.
 */
#include "se_utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s (RFC 3629: no overlongs, no surrogates,
 * nothing past U+10FFFF), 0 if invalid, or -1 if valid so far but cut short. */
static int utf8_seq(const unsigned char *s, size_t left)
{
    unsigned char c = s[0];
    int n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    for (int i = 1; i < n; i++) {
        if ((size_t)i >= left)
            return -1;
        unsigned char b = s[i];
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
            return 0;
    }
    return n;
}

char *se_utf8_repair(const char *s, size_t len, bool trim_tail, size_t *out_len)
{
    /* Every bad byte may become 3 bytes of U+FFFD. */
    if (len > (SIZE_MAX - 1) / 3)
        return NULL;
    char *out = malloc(len * 3 + 1);
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, o = 0;
    while (i < len) {
        int n = utf8_seq(p + i, len - i);
        if (n > 0) {
            memcpy(out + o, p + i, (size_t)n);
            o += (size_t)n;
            i += (size_t)n;
            continue;
        }
        if (n < 0 && trim_tail)
            break;
        memcpy(out + o, "\xEF\xBF\xBD", 3);
        o += 3;
        i++;
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}
