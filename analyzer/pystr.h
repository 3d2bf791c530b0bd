/*
 * pystr.h - Python string literal helpers for the format rule: decode a literal's
 * escapes exactly as Python does, and list the attributes that str.format fields
 * in the decoded text would traverse. Pure functions, no allocation.
 */
#ifndef SAFE_EXEC_PYSTR_H
#define SAFE_EXEC_PYSTR_H

#include <stdbool.h>
#include <stddef.h>

/* Decodes the body of a non-raw str literal (between the quotes). out must hold at
 * least len + 1 bytes: no escape decodes to more bytes than it is written with.
 * Unknown escapes stay as written, as in Python. Returns the decoded length. */
size_t an_pystr_decode(const char *body, size_t len, char *out);

/* The value of a hexadecimal digit (either case), or -1 for any other c. */
int an_pystr_hexval(int c);

/* Calls cb for every name that a str.format field in s could follow as an attribute
 * ("{0.__class__}" gives "__class__"). Deliberately broader than Python's own
 * field parser: any ".name" anywhere in s counts, inside a field or not, so no
 * spelling of a field can traverse an attribute this misses; ".[" (an empty
 * attribute, refused by str.format) gives a name of length 0. Stops and returns cb's
 * value when it is non-zero; returns 0 otherwise. */
typedef int (*an_pystr_attr_cb)(void *ctx, const char *name, size_t len);
int an_pystr_format_attrs(const char *s, size_t len, an_pystr_attr_cb cb, void *ctx);

#endif
