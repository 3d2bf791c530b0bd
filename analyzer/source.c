/*
 * source.c - turns the submitted bytes into the text CPython will read, or says why
 * that cannot be done safely. The checker must judge the program the interpreter
 * runs, so every place where CPython would read the bytes differently from
 * tree-sitter is either normalised here exactly as CPython does, or rejected:
 * - NUL bytes: CPython refuses them; rejected (rule nul_byte).
 * - Invalid UTF-8 (and UTF-8-encoded surrogates): rejected (rule encoding).
 * - A PEP 263 coding declaration naming anything but UTF-8 would make CPython
 *   decode the bytes as another encoding: rejected (rule encoding).
 * - A UTF-8 BOM is dropped, as CPython does.
 * - "\r\n" and a lone "\r" end a line for CPython; tree-sitter would read a lone
 *   "\r" as blank space, so both become "\n" (line numbers do not change).
 */
#include "internal.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

size_t an_utf8_count(const char *text, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* Line and column (1-based, code points) of a byte offset in the raw bytes, with
 * CPython's line breaks. */
static void raw_position(const char *bytes, size_t off, size_t *line, size_t *col)
{
    size_t l = 1, start = 0;
    for (size_t i = 0; i < off; i++) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= off || bytes[i + 1] != '\n'))) {
            l++;
            start = i + 1;
        }
    }
    *line = l;
    *col = an_utf8_count(bytes, start, off) + 1;
}

/* The encoding a PEP 263 declaration in this line names, or NULL. Mirrors CPython's
 * pattern ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+). */
static const char *coding_spec(const char *line, size_t len, size_t *name_len)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        i++;
    if (i >= len || line[i] != '#')
        return NULL;
    for (; i + 6 < len; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '='))
            continue;
        size_t j = i + 7;
        while (j < len && (line[j] == ' ' || line[j] == '\t'))
            j++;
        size_t k = j;
        while (k < len && (isalnum((unsigned char)line[k]) || line[k] == '_' ||
                           line[k] == '-' || line[k] == '.'))
            k++;
        if (k > j) {
            *name_len = k - j;
            return line + j;
        }
    }
    return NULL;
}

/* CPython's get_normal_name(): "utf-8" and "utf-8-*" in any case, '_' for '-'. */
static bool names_utf8(const char *name, size_t len)
{
    char buf[13];
    size_t n = len < 12 ? len : 12;
    for (size_t i = 0; i < n; i++)
        buf[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    buf[n] = '\0';
    return strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0 ||
           strcmp(buf, "utf8") == 0;
}

/* PEP 263: a declaration counts on the first two lines only. Read from the raw
 * bytes, before anything else, so that a Latin-1 file is refused for its
 * declaration (the cause) rather than for the first byte that is not UTF-8. */
static bool foreign_coding(const char *bytes, size_t len, an_source_problem *problem)
{
    size_t start = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (size_t line = 1; line <= 2 && start < len; line++) {
        size_t end = start;
        while (end < len && bytes[end] != '\n' && bytes[end] != '\r')
            end++;
        size_t name_len = 0;
        const char *name = coding_spec(bytes + start, end - start, &name_len);
        if (name && !names_utf8(name, name_len)) {
            problem->rule = "encoding";
            snprintf(problem->message, sizeof problem->message,
                     "coding declaration '%.*s' is not allowed: send UTF-8 source",
                     (int)(name_len > 40 ? 40 : name_len), name);
            raw_position(bytes, (size_t)(name - bytes), &problem->line, &problem->column);
            return true;
        }
        /* As CPython: a first line holding code ends the search. */
        size_t k = start;
        while (k < end && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '\f'))
            k++;
        if (k < end && bytes[k] != '#')
            break;
        if (end + 1 < len && bytes[end] == '\r' && bytes[end + 1] == '\n')
            end++;
        start = end + 1;
    }
    return false;
}

int an_source_prepare(const char *bytes, size_t len, an_source *src,
                      an_source_problem *problem)
{
    src->len = 0;

    if (len >= 2 && (memcmp(bytes, "\xFF\xFE", 2) == 0 || memcmp(bytes, "\xFE\xFF", 2) == 0)) {
        problem->rule = "encoding";
        snprintf(problem->message, sizeof problem->message,
                 "source starts with a UTF-16 or UTF-32 byte-order mark: send UTF-8");
        problem->line = problem->column = 1;
        return 1;
    }
    if (foreign_coding(bytes, len, problem))
        return 1;
    const char *nul = memchr(bytes, '\0', len);
    if (nul) {
        problem->rule = "nul_byte";
        snprintf(problem->message, sizeof problem->message,
                 "source contains a NUL byte, which Python does not accept");
        raw_position(bytes, (size_t)(nul - bytes), &problem->line, &problem->column);
        return 1;
    }
    /* An ASCII prefix is valid UTF-8, and a sequence after it starts afresh, so
     * u8_check (a byte at a time) reads only from the first byte past 0x7f. */
    size_t ascii = 0;
    for (uint64_t word; ascii + 8 <= len; ascii += 8) {
        memcpy(&word, bytes + ascii, sizeof word);
        if (word & UINT64_C(0x8080808080808080))
            break;
    }
    const uint8_t *bad = u8_check((const uint8_t *)bytes + ascii, len - ascii);
    if (bad) {
        problem->rule = "encoding";
        snprintf(problem->message, sizeof problem->message,
                 "source is not valid UTF-8 (byte 0x%02x)", *bad);
        raw_position(bytes, (size_t)((const char *)bad - bytes), &problem->line,
                     &problem->column);
        return 1;
    }

    size_t skip = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (src->cap < len - skip + 1) {
        char *bigger = malloc(len - skip + 1);
        if (!bigger)
            return -1;
        free(src->text);
        src->text = bigger;
        src->cap = len - skip + 1;
    }
    char *text = src->text;
    size_t n = 0;
    /* The bytes between carriage returns are copied as they are, a run at a time:
     * this reads every program, and most have no '\r' at all. */
    for (size_t i = skip; i < len;) {
        const char *cr = memchr(bytes + i, '\r', len - i);
        size_t run = cr ? (size_t)(cr - (bytes + i)) : len - i;
        memcpy(text + n, bytes + i, run);
        n += run;
        i += run;
        if (i < len) { /* at a '\r': "\r\n" and "\r" end a line as "\n" does */
            text[n++] = '\n';
            i += i + 1 < len && bytes[i + 1] == '\n' ? 2 : 1;
        }
    }
    text[n] = '\0';
    src->len = n;
    return 0;
}

void an_source_clear(an_source *src)
{
    free(src->text);
    src->text = NULL;
    src->len = 0;
    src->cap = 0;
}
