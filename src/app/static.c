/*
 * static.c - loads the web root into a sorted array and answers lookups by binary
 * search. Reading everything at start-up means no request ever touches the file
 * system, which is what makes traversal impossible rather than merely checked.
 */
#include "static.h"
#include "se_hash.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_DEPTH 16

struct www_files {
    www_file *files;
    size_t n, cap;
    size_t bytes;
};

static const char fallback_page[] =
    "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
    "<title>safe-exec</title></head>\n<body>\n<h1>safe-exec</h1>\n"
    "<p>The editor page is not built. The API works: POST Python code to <code>/run</code>.</p>\n"
    "<pre>curl -s http://127.0.0.1:5000/run -H 'Content-Type: application/json' "
    "-d '{\"code\": \"print(2 + 2)\"}'</pre>\n"
    "<p>See also <a href=\"/healthz\">/healthz</a> and <a href=\"/metrics\">/metrics</a>.</p>\n"
    "</body></html>\n";

const char *www_content_type(const char *name)
{
    static const struct {
        const char *ext, *type;
    } types[] = {
        {"html", "text/html; charset=utf-8"},
        {"htm", "text/html; charset=utf-8"},
        {"js", "text/javascript; charset=utf-8"},
        {"mjs", "text/javascript; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"json", "application/json"},
        {"map", "application/json"},
        {"txt", "text/plain; charset=utf-8"},
        {"svg", "image/svg+xml"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"gif", "image/gif"},
        {"ico", "image/x-icon"},
        {"webp", "image/webp"},
        {"woff", "font/woff"},
        {"woff2", "font/woff2"},
        {"ttf", "font/ttf"},
        {"wasm", "application/wasm"},
    };
    const char *slash = strrchr(name, '/');
    const char *dot = strrchr(slash ? slash : name, '.');
    if (dot) {
        for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
            if (strcasecmp(dot + 1, types[i].ext) == 0)
                return types[i].type;
    }
    return "application/octet-stream";
}

static void make_etag(www_file *f)
{
    uint64_t h = se_fnv1a64(f->data, f->len);
    snprintf(f->etag, sizeof(f->etag), "\"%016llx\"", (unsigned long long)h);
}

/* Takes ownership of path and data. */
static int add_file(www_files *w, char *path, char *data, size_t len, se_error *err)
{
    if (w->n == WWW_MAX_FILES || len > WWW_MAX_BYTES - w->bytes) {
        se_error_set(err, 0, "web root too large (at most %u files, %u bytes): at %s",
                WWW_MAX_FILES, WWW_MAX_BYTES, path);
        goto fail;
    }
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 32;
        www_file *nf = realloc(w->files, cap * sizeof(*nf));
        if (!nf) {
            se_error_set(err, 0, "out of memory");
            goto fail;
        }
        w->files = nf;
        w->cap = cap;
    }
    www_file *f = &w->files[w->n++];
    memset(f, 0, sizeof(*f));
    f->path = path;
    f->data = data;
    f->len = len;
    f->content_type = www_content_type(path);
    make_etag(f);
    w->bytes += len;
    return 0;
fail:
    free(path);
    free(data);
    return -1;
}

static int read_file(const char *fs_path, char **data, size_t *len, se_error *err)
{
    int rc = -1;
    char *buf = NULL;
    FILE *f = fopen(fs_path, "rb");
    if (!f) {
        se_error_set(err, 0, "%s: %s", fs_path, strerror(errno));
        goto out;
    }
    struct stat st;
    if (fstat(fileno(f), &st) < 0 || st.st_size < 0 || (uint64_t)st.st_size > WWW_MAX_BYTES) {
        se_error_set(err, 0, "%s: unreadable or larger than %u bytes", fs_path, WWW_MAX_BYTES);
        goto out;
    }
    size_t n = (size_t)st.st_size;
    buf = malloc(n + 1);
    if (!buf) {
        se_error_set(err, 0, "out of memory");
        goto out;
    }
    if (fread(buf, 1, n, f) != n) {
        se_error_set(err, 0, "%s: short read", fs_path);
        goto out;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    buf = NULL;
    rc = 0;
out:
    free(buf);
    if (f)
        fclose(f);
    return rc;
}

static int load_tree(www_files *w, const char *root, const char *rel, int depth,
                     se_error *err)
{
    int rc = -1;
    char fs[4096];
    DIR *d = NULL;

    if (depth > MAX_DEPTH) {
        se_error_set(err, 0, "%s/%s: nested too deep", root, rel);
        goto out;
    }
    if ((size_t)snprintf(fs, sizeof(fs), "%s/%s", root, rel) >= sizeof(fs)) {
        se_error_set(err, 0, "%s/%s: path too long", root, rel);
        goto out;
    }
    d = opendir(fs);
    if (!d) {
        rc = errno == ENOENT ? 0 : -1;
        if (rc)
            se_error_set(err, 0, "%s: %s", fs, strerror(errno));
        goto out;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;      /* ".", "..", and hidden files are never served */
        char child_rel[2048], child_fs[4096];
        if ((size_t)snprintf(child_rel, sizeof(child_rel), "%s/%s", rel, e->d_name) >=
                sizeof(child_rel) ||
            (size_t)snprintf(child_fs, sizeof(child_fs), "%s/%s", root, child_rel) >=
                sizeof(child_fs)) {
            se_error_set(err, 0, "%s/%s: path too long", fs, e->d_name);
            goto out;
        }
        struct stat st;
        if (stat(child_fs, &st) < 0)
            continue;      /* dangling link */
        if (S_ISDIR(st.st_mode)) {
            if (load_tree(w, root, child_rel, depth + 1, err) < 0)
                goto out;
        } else if (S_ISREG(st.st_mode)) {
            char *data = NULL;
            size_t len = 0;
            if (read_file(child_fs, &data, &len, err) < 0)
                goto out;
            char *p = strdup(child_rel);
            if (!p) {
                free(data);
                se_error_set(err, 0, "out of memory");
                goto out;
            }
            if (add_file(w, p, data, len, err) < 0)
                goto out;
        }
    }
    rc = 0;
out:
    if (d)
        closedir(d);
    return rc;
}

static int cmp_file(const void *a, const void *b)
{
    return strcmp(((const www_file *)a)->path, ((const www_file *)b)->path);
}

www_files *www_load(const char *dir, bool *warning, se_error *err)
{
    www_files *w = calloc(1, sizeof(*w));
    char fs[4096];
    char *data = NULL;
    size_t len = 0;

    *warning = false;
    if (!w) {
        se_error_set(err, 0, "out of memory");
        return NULL;
    }
    if ((size_t)snprintf(fs, sizeof(fs), "%s/index.html", dir) >= sizeof(fs)) {
        se_error_set(err, 0, "%s: path too long", dir);
        goto fail;
    }
    if (read_file(fs, &data, &len, err) < 0) {
        /* No page built: serve the fallback, but say so in the log. */
        *warning = true;
        data = strdup(fallback_page);
        len = sizeof(fallback_page) - 1;
        if (!data) {
            se_error_set(err, 0, "out of memory");
            goto fail;
        }
    }
    char *p = strdup("index.html");
    if (!p) {
        free(data);
        se_error_set(err, 0, "out of memory");
        goto fail;
    }
    if (add_file(w, p, data, len, err) < 0)
        goto fail;
    if (load_tree(w, dir, "static", 0, err) < 0)
        goto fail;
    qsort(w->files, w->n, sizeof(www_file), cmp_file);
    return w;
fail:
    www_free(w);
    return NULL;
}

/* A request path is acceptable when every '/'-separated segment is a plain name. */
static bool path_ok(const char *path)
{
    if (!*path || strchr(path, '\\'))
        return false;
    const char *seg = path;
    for (;;) {
        const char *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.'))
            return false;
        if (!end)
            return true;
        seg = end + 1;
    }
}

const www_file *www_get(const www_files *w, const char *path)
{
    if (!w || !path || !path_ok(path))
        return NULL;
    www_file key = {.path = path};
    return bsearch(&key, w->files, w->n, sizeof(www_file), cmp_file);
}

size_t www_count(const www_files *w)
{
    return w ? w->n : 0;
}

void www_free(www_files *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->n; i++) {
        free((char *)w->files[i].path);
        free((char *)w->files[i].data);
    }
    free(w->files);
    free(w);
}
