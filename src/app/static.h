/*
 * static.h - the web root (the editor page and its assets), read into memory once at
 * start-up and served from there.
 *
 * Contract:
 * - www_load() reads DIR/index.html and every regular file under DIR/static/
 *   (recursively, symlinks followed, at most WWW_MAX_FILES files and WWW_MAX_BYTES in
 *   all). A missing DIR or index.html is not an error: a built-in page that says the
 *   editor is not built takes its place, and *warning is set. It returns NULL only
 *   when out of memory or a limit is passed, filling err.
 * - www_get() looks up a request path relative to the root ("index.html",
 *   "static/app.js"). Only the files loaded can ever be answered, and paths with
 *   empty, "." or ".." segments or a backslash are refused before the lookup, so
 *   traversal has nothing to reach. Returns a borrowed pointer or NULL.
 * - A www_files is immutable after loading: any number of threads may read it.
 */
#ifndef SAFE_EXEC_STATIC_H
#define SAFE_EXEC_STATIC_H

#include <stdbool.h>
#include <stddef.h>

#include "se_error.h"

#define WWW_MAX_FILES 1024
#define WWW_MAX_BYTES (64u << 20)

typedef struct www_file {
    const char *path;          /* relative to the root, '/'-separated */
    const char *data;
    size_t len;
    const char *content_type;
    char etag[24];             /* quoted strong validator */
} www_file;

typedef struct www_files www_files;

www_files *www_load(const char *dir, bool *warning, se_error *err);
const www_file *www_get(const www_files *w, const char *path);
size_t www_count(const www_files *w);
void www_free(www_files *w);

/* The content type for a file name, by extension; application/octet-stream when
 * unknown. */
const char *www_content_type(const char *name);

#endif
