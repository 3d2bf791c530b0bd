#include "pystr.h"

#include <stdint.h>
#include <string.h>
#include <uniname.h>
#include <unistr.h>

int an_pystr_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Writes code point cp as UTF-8; returns bytes written (0 for an invalid one). */
static size_t put_cp(uint32_t cp, char *out)
{
    int n = u8_uctomb((uint8_t *)out, cp, 4);
    return n > 0 ? (size_t)n : 0;
}

size_t an_pystr_decode(const char *s, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] != '\\' || i + 1 >= len) {
            out[o++] = s[i++];
            continue;
        }
        char c = s[i + 1];
        const char *simple = strchr("\\'\"abfnrtv", c);
        if (c && simple) {
            static const char map[] = "\\'\"\a\b\f\n\r\t\v";
            out[o++] = map[simple - "\\'\"abfnrtv"];
            i += 2;
        } else if (c == '\n') {
            i += 2; /* line continuation inside the literal */
        } else if (c >= '0' && c <= '7') {
            uint32_t v = 0;
            size_t j = i + 1;
            while (j < len && j < i + 4 && s[j] >= '0' && s[j] <= '7')
                v = v * 8 + (uint32_t)(s[j++] - '0');
            o += put_cp(v, out + o);
            i = j;
        } else if (c == 'x' || c == 'u' || c == 'U') {
            size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            size_t j = i + 2;
            for (; j < len && j < i + 2 + digits && an_pystr_hexval(s[j]) >= 0; j++)
                v = v * 16 + (uint32_t)an_pystr_hexval(s[j]);
            if (j != i + 2 + digits) { /* Python rejects it; keep it as written */
                out[o++] = s[i++];
                continue;
            }
            o += put_cp(v, out + o);
            i = j;
        } else if (c == 'N' && i + 2 < len && s[i + 2] == '{') {
            const char *close = memchr(s + i + 3, '}', len - i - 3);
            char name[UNINAME_MAX + 1];
            size_t nlen = close ? (size_t)(close - (s + i + 3)) : 0;
            ucs4_t cp = UNINAME_INVALID;
            if (close && nlen > 0 && nlen <= UNINAME_MAX) {
                memcpy(name, s + i + 3, nlen);
                name[nlen] = '\0';
                cp = unicode_name_character(name);
            }
            if (cp == UNINAME_INVALID) {
                out[o++] = s[i++];
                continue;
            }
            o += put_cp(cp, out + o);
            i = (size_t)(close - s) + 1;
        } else {
            out[o++] = s[i++]; /* unknown escape: kept, backslash included */
        }
    }
    out[o] = '\0';
    return o;
}

/* Ends an attribute name in a format field: CPython's field parser stops a name at
 * '.', '[' (the next accessor) and '}', '!', ':' (the end of the field name). */
static bool name_end(unsigned char c)
{
    return c == '.' || c == '[' || c == ']' || c == '{' || c == '}' || c == '!' || c == ':' ||
           c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int an_pystr_format_attrs(const char *s, size_t len, an_pystr_attr_cb cb, void *ctx)
{
    /* Every ".name" anywhere in the string, inside a field or not: CPython's field
     * parser skips over "[...]" keys (a '}' in one does not end the field) and nested
     * fields of format specs, and a scanner that tracked braces would have to agree
     * with it on every such spelling. Text outside fields only costs a false alarm on
     * literal text such as "x.__init__", which format strings rarely hold. */
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '.')
            continue;
        size_t j = i + 1;
        while (j < len && !name_end((unsigned char)s[j]))
            j++;
        /* ".[": an empty attribute, which CPython's field parser refuses at run
         * time; handed on (length 0) so that the caller refuses it here, where a
         * model reading "[" as "." would see the key as a name */
        if (j > i + 1 || (j < len && s[j] == '[')) {
            int rc = cb(ctx, s + i + 1, j - i - 1);
            if (rc)
                return rc;
        }
        i = j - 1;
    }
    return 0;
}
