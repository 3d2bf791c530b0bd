/*
 * rules.c - loads the .txt files of a rules directory. Each non-blank line (after stripping a # comment) is
 * "directive argument..."; the directive decides which set the entry joins, so files
 * are free to group entries as reads best. Files are read in name order so that
 * errors come out the same on every machine.
 */
#include "rules.h"
#include "parsers.h"
#include "se_buf.h"
#include "strset.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 1024
#define MAX_DEPTH_CEILING 100000

enum { SET_IMPORT, SET_MODULE_DENY, SET_STAR_DENY, SET_BUILTIN, SET_NAME, SET_DUNDER,
       SET_ATTRIBUTE, SET_FORMAT, SET_MODULE_ALLOW, SET_FACADE, SET_GUARDED,
       SET_DECORATOR_ONLY, SET_DECORATOR_ARG, SET_LITERAL_NAMES, SET_LITERAL_FIRST, SET_DUNDER_READONLY, SET_DUNDER_DEFINE, SET_METACLASS_ONLY, SET_ENUM_CLASS, SET_MODULE_DATA, SET_CLASS_DATA, SET_SEALED_CLASS, SET_SEALED_MAKER, SET_MODULE_CONTAINER,
       SET_LIBRARY_ATTRIBUTE, SET_LIBRARY_METHOD, SET_LIBRARY_INSTANCE_METHOD, SET_LIBRARY_COPIES, SET_LIBRARY_HOLDS,
       SET_LIBRARY_PASSES, SET_LIBRARY_UNBOUND, SET_LIBRARY_UNBOUND_OF, SET_LIBRARY_UNBOUND_CLASS,
       SET_LIBRARY_PRIVATE, SET_LIBRARY_DUCK, SET_LIBRARY_CALLABLE, SET_LIBRARY_CLASS_MAKER,
       SET_LIBRARY_CLASS_ATTRIBUTE, SET_LIBRARY_HELD_ATTRIBUTE, SET_LIBRARY_PROPERTY, SET_LIBRARY_PROPERTY_OWNER, SET_NAMES_CLOSED, SET_LIBRARY_PYTHON_TEXT, SET_COUNT };

/* A call-only attribute: "module:name" and its argument spec, the rest of the
 * directive's line (see an_rules_call_only in rules.h). */
typedef struct call_rule {
    char *key;
    size_t key_len; /* strlen(key), kept: the lookups below run for every call site */
    char *spec;
} call_rule;

/* A library alias: "module:name" and "home:name" of the same object. */
typedef struct alias_rule {
    char *key;
    size_t key_len;
    char *home;     /* "home:name" */
    size_t home_mod; /* the length of its module part */
} alias_rule;

/* A measured self-call: "module:class:name" and the operation that made it;
 * or a held call, "name:owner" (read: the name was read there, never called). */
typedef struct self_call {
    char *key;
    size_t key_len;
    char *op;
    bool read;
} self_call;

struct an_rules {
    an_strset *sets[SET_COUNT];
    self_call *self_calls; /* sorted by key once loaded */
    size_t nself_calls;
    self_call *held_calls; /* library-held-call, "name:owner", sorted likewise */
    size_t nheld_calls;
    call_rule *calls;
    size_t ncalls;
    alias_rule *aliases;
    size_t naliases;
    size_t max_depth;
    an_syms syms;
    /* The one part that changes after loading, with its own lock (parsers.h). */
    an_parsers *parsers;
};

/* Directive table: name, arguments, target set (-1: handled specially). */
static const struct directive {
    const char *name;
    int nargs;
    int set;
} directives[] = {
    {"import", 1, SET_IMPORT},
    {"module-deny", 2, SET_MODULE_DENY},
    {"module-star-deny", 2, SET_STAR_DENY},
    {"builtin", 1, SET_BUILTIN},
    {"name", 1, SET_NAME},
    {"dunder-allow", 1, SET_DUNDER},
    {"attribute", 1, SET_ATTRIBUTE},
    {"format-method", 1, SET_FORMAT},
    {"module-allow", 2, SET_MODULE_ALLOW},
    {"guarded-builtin", 1, SET_GUARDED},
    {"decorator-only", 2, SET_DECORATOR_ONLY},
    {"decorator-arg", 2, SET_DECORATOR_ARG},
    {"literal-names", 2, SET_LITERAL_NAMES},
    {"literal-first", 2, SET_LITERAL_FIRST},
    {"dunder-readonly", 1, SET_DUNDER_READONLY},
    {"dunder-define", 1, SET_DUNDER_DEFINE},
    {"metaclass-only", 2, SET_METACLASS_ONLY},
    {"enum-class", 2, SET_ENUM_CLASS},
    {"module-data", 2, SET_MODULE_DATA},
    {"class-data", 2, SET_CLASS_DATA},
    {"sealed-class", 2, SET_SEALED_CLASS},
    {"names-closed", 2, SET_NAMES_CLOSED},
    {"library-python-text", 1, SET_LIBRARY_PYTHON_TEXT},
    {"sealed-maker", 2, SET_SEALED_MAKER},
    {"module-container", 2, SET_MODULE_CONTAINER},
    {"library-attribute", 1, SET_LIBRARY_ATTRIBUTE},
    {"library-held-attribute", 1, SET_LIBRARY_HELD_ATTRIBUTE},
    {"library-property", 1, SET_LIBRARY_PROPERTY},
    {"library-property-owner", 1, SET_LIBRARY_PROPERTY_OWNER},
    {"library-class-attribute", 2, SET_LIBRARY_CLASS_ATTRIBUTE},
    {"library-method", 1, SET_LIBRARY_METHOD},
    {"library-instance-method", 1, SET_LIBRARY_INSTANCE_METHOD},
    {"library-copies", 2, SET_LIBRARY_COPIES},
    {"library-holds", 2, SET_LIBRARY_HOLDS},
    {"library-passes", 2, SET_LIBRARY_PASSES},
    {"library-class-maker", 2, SET_LIBRARY_CLASS_MAKER},
    {"library-unbound", 1, SET_LIBRARY_UNBOUND},
    {"library-unbound-of", 2, SET_LIBRARY_UNBOUND_OF},
    {"library-unbound-class", 1, SET_LIBRARY_UNBOUND_CLASS},
    {"library-private", 1, SET_LIBRARY_PRIVATE},
    {"library-duck", 1, SET_LIBRARY_DUCK},
    {"library-callable-class", 1, SET_LIBRARY_CALLABLE},
    {"max-depth", 1, -1},
};

/* The analyzer's errors carry no code (analyzer.h). */
#define set_err(err, ...) se_error_set((err), 0, __VA_ARGS__)

static bool valid_word(const char *w)
{
    if (!*w)
        return false;
    for (const char *p = w; *p; p++)
        if (!(isalnum((unsigned char)*p) || *p == '_' || *p == '.'))
            return false;
    return true;
}

/* Splits rest into at most max words (in place); the count, or -1 with err
 * filled when there are more. */
static int split_words(char *rest, char **words, int max, se_error *err)
{
    int n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(rest, " \t\r\n", &save); tok;
         tok = strtok_r(NULL, " \t\r\n", &save)) {
        if (n == max) {
            set_err(err, "too many words");
            return -1;
        }
        words[n++] = tok;
    }
    return n;
}

/* Are words[0..n) all names? */
static bool valid_words(char **words, int n, se_error *err)
{
    for (int i = 0; i < n; i++)
        if (!valid_word(words[i])) {
            set_err(err, "'%.64s' is not a name", words[i]);
            return false;
        }
    return true;
}

/* A spec word: a keyword name, optionally '!' first (required) and '=' with the
 * value it must be ('a|b': one of these string literals; '[str]': a list of one
 * string literal; '[parser]': a list of parsers the program built). No quotes or
 * backslashes, so the JSON needs no escaping. */
static bool valid_spec_word(const char *w)
{
    if (!*w)
        return false;
    for (const char *p = w; *p; p++)
        if (!(isalnum((unsigned char)*p) || strchr("_.!=|%$[]*;@", *p)))
            return false;
    return true;
}

/* "call-only MODULE NAME POSITIONAL [WORD...]" and "method-call NAME POSITIONAL
 * [WORD...]" (method: no module): kept whole, judged per call. */
static int apply_call_only(an_rules *r, char *rest, bool method, se_error *err)
{
    enum { MAX_WORDS = 24 };
    char *words[MAX_WORDS];
    int n = split_words(rest, words, MAX_WORDS, err);
    if (n < 0)
        return -1;
    int first = method ? 2 : 3; /* the first word of the spec after POSITIONAL */
    if (n < first || !valid_word(words[0]) || (!method && !valid_word(words[1]))) {
        set_err(err, method ? "'method-call' takes NAME POSITIONAL [WORD...]"
                            : "'call-only' takes MODULE NAME POSITIONAL [WORD...]");
        return -1;
    }
    const char *pos = words[first - 1];
    if (strcmp(pos, "names") != 0 && (strlen(pos) != 1 || !isdigit((unsigned char)pos[0]))) {
        set_err(err, "POSITIONAL is a count from 0 to 9 or 'names'");
        return -1;
    }
    char spec[MAX_LINE], key[MAX_LINE];
    size_t sl = (size_t)snprintf(spec, sizeof spec, "%s", pos);
    for (int i = first; i < n; i++) {
        if (!valid_spec_word(words[i])) {
            set_err(err, "'%.64s' is not a keyword spec", words[i]);
            return -1;
        }
        sl += (size_t)snprintf(spec + sl, sizeof spec - sl, " %s", words[i]);
    }
    if (method)
        snprintf(key, sizeof key, "%s", words[0]);
    else
        snprintf(key, sizeof key, "%s:%s", words[0], words[1]);
    call_rule *nc = realloc(r->calls, (r->ncalls + 1) * sizeof *nc);
    if (!nc) {
        set_err(err, "out of memory");
        return -1;
    }
    r->calls = nc;
    call_rule *c = &r->calls[r->ncalls];
    c->key = strdup(key);
    c->key_len = strlen(key);
    c->spec = strdup(spec);
    if (!c->key || !c->spec) {
        free(c->key);
        free(c->spec);
        set_err(err, "out of memory");
        return -1;
    }
    r->ncalls++;
    return 0;
}

/* "library-alias MODULE NAME HOME HOMENAME" (generated): MODULE.NAME is the
 * object HOME.HOMENAME. */
static int apply_alias(an_rules *r, char *rest, se_error *err)
{
    char *words[4];
    int n = split_words(rest, words, 4, err);
    if (n < 0)
        return -1;
    if (n != 4) {
        set_err(err, "'library-alias' takes MODULE NAME HOME HOMENAME");
        return -1;
    }
    if (!valid_words(words, n, err))
        return -1;
    alias_rule *na = realloc(r->aliases, (r->naliases + 1) * sizeof *na);
    if (!na) {
        set_err(err, "out of memory");
        return -1;
    }
    r->aliases = na;
    alias_rule *a = &r->aliases[r->naliases];
    size_t kl = strlen(words[0]) + 1 + strlen(words[1]);
    size_t hl = strlen(words[2]) + 1 + strlen(words[3]);
    a->key = malloc(kl + 1);
    a->home = malloc(hl + 1);
    if (!a->key || !a->home) {
        free(a->key);
        free(a->home);
        set_err(err, "out of memory");
        return -1;
    }
    snprintf(a->key, kl + 1, "%s:%s", words[0], words[1]);
    snprintf(a->home, hl + 1, "%s:%s", words[2], words[3]);
    a->key_len = kl;
    a->home_mod = strlen(words[2]);
    r->naliases++;
    return 0;
}

/* "library-self-call MODULE CLASS OPERATION NAME" (generated): running
 * OPERATION of MODULE.CLASS on a subclass's instance calls its NAME. */
static int apply_self_call(an_rules *r, char *rest, se_error *err)
{
    char *words[4];
    int n = split_words(rest, words, 4, err);
    if (n < 0)
        return -1;
    if (n != 4) {
        set_err(err, "'library-self-call' takes MODULE CLASS OPERATION NAME");
        return -1;
    }
    if (!valid_words(words, n, err))
        return -1;
    /* each row twice: under its class, and under "*:*" for a query of any class */
    self_call *ns = realloc(r->self_calls, (r->nself_calls + 2) * sizeof *ns);
    if (!ns) {
        set_err(err, "out of memory");
        return -1;
    }
    r->self_calls = ns;
    for (int copy = 0; copy < 2; copy++) {
        const char *mod = copy ? "*" : words[0], *cls = copy ? "*" : words[1];
        self_call *c = &r->self_calls[r->nself_calls];
        size_t kl = strlen(mod) + strlen(cls) + strlen(words[3]) + 2;
        c->key = malloc(kl + 1);
        c->op = strdup(words[2]);
        if (!c->key || !c->op) {
            free(c->key);
            free(c->op);
            set_err(err, "out of memory");
            return -1;
        }
        snprintf(c->key, kl + 1, "%s:%s:%s", mod, cls, words[3]);
        c->key_len = kl;
        r->nself_calls++;
    }
    return 0;
}

/* "library-held-call OWNER OPERATION NAME" and "library-held-read ..."
 * (generated): running OPERATION of the library name OWNER (a class's method,
 * or __call__, or __del__) on what the program handed it calls (or only reads)
 * its NAME. Kept as "NAME:OWNER", so that one name's rows are adjacent. */
static int apply_held_call(an_rules *r, char *rest, bool read, se_error *err)
{
    char *words[3];
    int n = split_words(rest, words, 3, err);
    if (n < 0)
        return -1;
    if (n != 3) {
        set_err(err, "'library-held-%s' takes OWNER OPERATION NAME", read ? "read" : "call");
        return -1;
    }
    if (!valid_words(words, n, err))
        return -1;
    self_call *ns = realloc(r->held_calls, (r->nheld_calls + 1) * sizeof *ns);
    if (!ns) {
        set_err(err, "out of memory");
        return -1;
    }
    r->held_calls = ns;
    self_call *c = &r->held_calls[r->nheld_calls];
    size_t kl = strlen(words[2]) + 1 + strlen(words[0]);
    c->key = malloc(kl + 1);
    c->op = strdup(words[1]);
    if (!c->key || !c->op) {
        free(c->key);
        free(c->op);
        set_err(err, "out of memory");
        return -1;
    }
    snprintf(c->key, kl + 1, "%s:%s", words[2], words[0]);
    c->key_len = kl;
    c->read = read;
    r->nheld_calls++;
    return 0;
}

/* Parses one line; returns 0 or -1 with err filled (without the file:line prefix). */
static int apply_line(an_rules *r, char *line, se_error *err)
{
    char *hash = strchr(line, '#');
    if (hash)
        *hash = '\0';
    char *argv[4];
    int argc = 0;
    char *w0 = line + strspn(line, " \t");
    if (strncmp(w0, "call-only", 9) == 0 && (w0[9] == ' ' || w0[9] == '\t'))
        return apply_call_only(r, w0 + 9, false, err);
    if (strncmp(w0, "method-call", 11) == 0 && (w0[11] == ' ' || w0[11] == '\t'))
        return apply_call_only(r, w0 + 11, true, err);
    if (strncmp(w0, "library-alias", 13) == 0 && (w0[13] == ' ' || w0[13] == '\t'))
        return apply_alias(r, w0 + 13, err);
    if (strncmp(w0, "library-self-call", 17) == 0 && (w0[17] == ' ' || w0[17] == '\t'))
        return apply_self_call(r, w0 + 17, err);
    if (strncmp(w0, "library-held-call", 17) == 0 && (w0[17] == ' ' || w0[17] == '\t'))
        return apply_held_call(r, w0 + 17, false, err);
    if (strncmp(w0, "library-held-read", 17) == 0 && (w0[17] == ' ' || w0[17] == '\t'))
        return apply_held_call(r, w0 + 17, true, err);
    for (char *tok = strtok(line, " \t\r\n"); tok; tok = strtok(NULL, " \t\r\n")) {
        if (argc == 4) {
            set_err(err, "too many words");
            return -1;
        }
        argv[argc++] = tok;
    }
    if (argc == 0)
        return 0;
    const struct directive *d = NULL;
    for (size_t i = 0; i < sizeof directives / sizeof directives[0]; i++)
        if (strcmp(directives[i].name, argv[0]) == 0)
            d = &directives[i];
    if (!d) {
        set_err(err, "unknown directive '%.64s'", argv[0]);
        return -1;
    }
    if (argc - 1 != d->nargs) {
        set_err(err, "'%s' takes %d argument%s, got %d", d->name, d->nargs,
                d->nargs == 1 ? "" : "s", argc - 1);
        return -1;
    }
    if (d->set < 0) { /* max-depth */
        char *end;
        errno = 0;
        long v = strtol(argv[1], &end, 10);
        if (errno || *end || v < 1 || v > MAX_DEPTH_CEILING) {
            set_err(err, "max-depth needs a number from 1 to %d", MAX_DEPTH_CEILING);
            return -1;
        }
        r->max_depth = (size_t)v;
        return 0;
    }
    for (int i = 1; i < argc; i++)
        if (!valid_word(argv[i])) {
            set_err(err, "'%.64s' is not a name", argv[i]);
            return -1;
        }
    /* Pairs are keyed "module:name"; a star-deny only needs to mark its module, since
     * one denied name in the star set is enough to refuse `from module import *`. */
    char key[MAX_LINE];
    int n = d->nargs == 2 && d->set != SET_STAR_DENY
                ? snprintf(key, sizeof key, "%s:%s", argv[1], argv[2])
                : snprintf(key, sizeof key, "%s", argv[1]);
    if (n < 0 || (size_t)n >= sizeof key) {
        set_err(err, "entry too long");
        return -1;
    }
    if (an_strset_add(r->sets[d->set], key, (size_t)n) < 0 ||
        (d->set == SET_MODULE_ALLOW &&
         an_strset_add(r->sets[SET_FACADE], argv[1], strlen(argv[1])) < 0)) {
        set_err(err, "out of memory");
        return -1;
    }
    return 0;
}

static int load_file(an_rules *r, const char *dir, const char *name, se_error *err)
{
    char path[4096];
    int rc = -1;
    FILE *f = NULL;
    int n = snprintf(path, sizeof path, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= sizeof path) {
        set_err(err, "%s/%s: path too long", dir, name);
        goto out;
    }
    f = fopen(path, "r");
    if (!f) {
        set_err(err, "%s: %s", path, strerror(errno));
        goto out;
    }
    char line[MAX_LINE];
    size_t lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n') {
            set_err(err, "%s:%zu: line too long", path, lineno);
            goto out;
        }
        se_error lerr;
        if (apply_line(r, line, &lerr) < 0) {
            set_err(err, "%s:%zu: %s", path, lineno, lerr.message);
            goto out;
        }
    }
    if (ferror(f)) {
        set_err(err, "%s: read error", path);
        goto out;
    }
    rc = 0;
out:
    if (f)
        fclose(f);
    return rc;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_self_calls(const void *a, const void *b)
{
    return strcmp(((const self_call *)a)->key, ((const self_call *)b)->key);
}

static bool is_rule_file(const char *name)
{
    size_t len = strlen(name);
    return name[0] != '.' && len > 4 && strcmp(name + len - 4, ".txt") == 0;
}

an_rules *an_rules_load(const char *dir, se_error *err)
{
    an_rules *r = NULL;
    DIR *d = NULL;
    char **names = NULL;
    size_t count = 0, cap = 0;
    bool ok = false;

    r = calloc(1, sizeof *r);
    if (!r) {
        set_err(err, "out of memory");
        goto out;
    }
    r->max_depth = 400;
    an_syms_init(&r->syms);
    for (int i = 0; i < SET_COUNT; i++)
        if (!(r->sets[i] = an_strset_new())) {
            set_err(err, "out of memory");
            goto out;
        }
    if (!(r->parsers = an_parsers_new())) {
        set_err(err, "out of memory");
        goto out;
    }
    d = opendir(dir);
    if (!d) {
        set_err(err, "%s: %s", dir, strerror(errno));
        goto out;
    }
    struct dirent *de;
    while ((de = readdir(d))) {
        if (!is_rule_file(de->d_name))
            continue;
        char **nn = se_grow(names, count, &cap, sizeof *nn);
        if (!nn) {
            set_err(err, "out of memory");
            goto out;
        }
        names = nn;
        if (!(names[count] = strdup(de->d_name))) {
            set_err(err, "out of memory");
            goto out;
        }
        count++;
    }
    if (count == 0) {
        set_err(err, "%s: no rule files (*.txt)", dir);
        goto out;
    }
    qsort(names, count, sizeof *names, cmp_names);
    for (size_t i = 0; i < count; i++)
        if (load_file(r, dir, names[i], err) < 0)
            goto out;
    qsort(r->self_calls, r->nself_calls, sizeof *r->self_calls, cmp_self_calls);
    qsort(r->held_calls, r->nheld_calls, sizeof *r->held_calls, cmp_self_calls);
    if (an_strset_count(r->sets[SET_IMPORT]) == 0) {
        set_err(err, "%s: no 'import' entries: every import would be rejected", dir);
        goto out;
    }
    ok = true;
out:
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
    if (d)
        closedir(d);
    if (!ok) {
        an_rules_free(r);
        return NULL;
    }
    return r;
}

void an_rules_free(an_rules *r)
{
    if (!r)
        return;
    for (int i = 0; i < SET_COUNT; i++)
        an_strset_free(r->sets[i]);
    for (size_t i = 0; i < r->ncalls; i++) {
        free(r->calls[i].key);
        free(r->calls[i].spec);
    }
    free(r->calls);
    for (size_t i = 0; i < r->naliases; i++) {
        free(r->aliases[i].key);
        free(r->aliases[i].home);
    }
    free(r->aliases);
    for (size_t i = 0; i < r->nself_calls; i++) {
        free(r->self_calls[i].key);
        free(r->self_calls[i].op);
    }
    free(r->self_calls);
    for (size_t i = 0; i < r->nheld_calls; i++) {
        free(r->held_calls[i].key);
        free(r->held_calls[i].op);
    }
    free(r->held_calls);
    an_parsers_free(r->parsers);
    free(r);
}

an_parsers *an_rules_parsers(const an_rules *r)
{
    return r->parsers;
}

bool an_rules_import_allowed(const an_rules *r, const char *module, size_t len)
{
    return an_strset_has(r->sets[SET_IMPORT], module, len);
}

static bool has_pair(const an_strset *set, const char *a, size_t alen, const char *b,
                     size_t blen)
{
    char key[MAX_LINE];
    if (alen + blen + 1 >= sizeof key)
        return false; /* longer than any entry a rule line can hold */
    memcpy(key, a, alen);
    key[alen] = ':';
    memcpy(key + alen + 1, b, blen);
    return an_strset_has(set, key, alen + blen + 1);
}

bool an_rules_module_facade(const an_rules *r, const char *module, size_t len)
{
    return an_strset_has(r->sets[SET_FACADE], module, len);
}

bool an_rules_module_allows(const an_rules *r, const char *module, size_t mlen,
                            const char *name, size_t nlen)
{
    return has_pair(r->sets[SET_MODULE_ALLOW], module, mlen, name, nlen);
}

bool an_rules_module_data(const an_rules *r, const char *module, size_t mlen, const char *name,
                          size_t nlen)
{
    return has_pair(r->sets[SET_MODULE_DATA], module, mlen, name, nlen);
}

/* A MODULE CLASS.NAME line of set. */
static bool has_class_pair(const an_strset *set, const char *module, size_t mlen,
                           const char *cls, size_t clen, const char *name, size_t nlen)
{
    char key[MAX_LINE];
    if (clen + nlen + 1 >= sizeof key)
        return false; /* longer than any entry a rule line can hold */
    memcpy(key, cls, clen);
    key[clen] = '.';
    memcpy(key + clen + 1, name, nlen);
    return has_pair(set, module, mlen, key, clen + nlen + 1);
}

bool an_rules_class_data(const an_rules *r, const char *module, size_t mlen, const char *cls,
                         size_t clen, const char *name, size_t nlen)
{
    return has_class_pair(r->sets[SET_CLASS_DATA], module, mlen, cls, clen, name, nlen);
}

bool an_rules_sealed_maker(const an_rules *r, const char *module, size_t mlen, const char *cls,
                           size_t clen, const char *name, size_t nlen)
{
    return has_class_pair(r->sets[SET_SEALED_MAKER], module, mlen, cls, clen, name, nlen);
}

bool an_rules_names_closed(const an_rules *r, const char *module, size_t mlen, const char *name,
                           size_t nlen)
{
    return has_pair(r->sets[SET_NAMES_CLOSED], module, mlen, name, nlen);
}

bool an_rules_sealed_class(const an_rules *r, const char *module, size_t mlen,
                           const char *name, size_t nlen)
{
    return has_pair(r->sets[SET_SEALED_CLASS], module, mlen, name, nlen);
}

bool an_rules_library_alias(const an_rules *r, const char *module, size_t mlen,
                            const char *name, size_t nlen, an_rules_pair *home)
{
    for (size_t i = 0; i < r->naliases; i++) {
        const alias_rule *a = &r->aliases[i];
        if (a->key_len == mlen + 1 + nlen && memcmp(a->key, module, mlen) == 0 &&
            a->key[mlen] == ':' && memcmp(a->key + mlen + 1, name, nlen) == 0) {
            home->module = a->home;
            home->module_len = a->home_mod;
            home->name = a->home + a->home_mod + 1;
            home->name_len = strlen(home->name);
            return true;
        }
    }
    return false;
}

bool an_rules_module_container(const an_rules *r, const char *module, size_t mlen,
                               const char *name, size_t nlen)
{
    return has_pair(r->sets[SET_MODULE_CONTAINER], module, mlen, name, nlen);
}

bool an_rules_library_class_attribute(const an_rules *r, const char *cls, const char *name,
                                      size_t len)
{
    char key[MAX_LINE];
    int n = snprintf(key, sizeof key, "%s:%.*s", cls, (int)len, name);
    return n < 0 || (size_t)n >= sizeof key ||
           an_strset_has(r->sets[SET_LIBRARY_CLASS_ATTRIBUTE], key, (size_t)n);
}

bool an_rules_library_attribute(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_LIBRARY_ATTRIBUTE], name, len) ||
           an_strset_has(r->sets[SET_LIBRARY_HELD_ATTRIBUTE], name, len);
}

bool an_rules_library_public_attribute(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_LIBRARY_ATTRIBUTE], name, len);
}

/* A generated list (the audits' output) asked of a name. A rules directory without the
 * list (an older copy) fails closed: every name counts as on it. */
static bool generated_has(const an_rules *r, int set, const char *name, size_t len)
{
    const an_strset *s = r->sets[set];
    return an_strset_count(s) == 0 || an_strset_has(s, name, len);
}

bool an_rules_library_property(const an_rules *r, const char *name, size_t len)
{
    return generated_has(r, SET_LIBRARY_PROPERTY, name, len);
}

bool an_rules_library_property_owner(const an_rules *r, const char *name, size_t len)
{
    return generated_has(r, SET_LIBRARY_PROPERTY_OWNER, name, len);
}

bool an_rules_library_private(const an_rules *r, const char *name, size_t len)
{
    return generated_has(r, SET_LIBRARY_PRIVATE, name, len);
}

bool an_rules_library_duck(const an_rules *r, const char *name, size_t len)
{
    return generated_has(r, SET_LIBRARY_DUCK, name, len);
}

bool an_rules_library_callable_class(const an_rules *r, const char *name, size_t len)
{
    return generated_has(r, SET_LIBRARY_CALLABLE, name, len);
}

/* The first row of rows[0..n) whose key is not below key (sorted by strcmp). */
static size_t first_row(const self_call *rows, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(rows[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool an_rules_self_call(const an_rules *r, const char *module, size_t mlen, const char *cls,
                        size_t clen, const char *name, size_t nlen, an_rules_op_fn reachable)
{
    if (r->nself_calls == 0)
        return true; /* without the measured list, every name (fail closed) */
    char key[MAX_LINE];
    size_t kl = mlen + clen + nlen + 2;
    if (kl >= sizeof key)
        return false; /* longer than any entry a rule line can hold */
    snprintf(key, sizeof key, "%.*s:%.*s:%.*s", (int)mlen, module, (int)clen, cls, (int)nlen,
             name);
    for (size_t i = first_row(r->self_calls, r->nself_calls, key);
         i < r->nself_calls && r->self_calls[i].key_len == kl &&
         memcmp(r->self_calls[i].key, key, kl) == 0;
         i++)
        if (reachable(r->self_calls[i].op, strlen(r->self_calls[i].op)))
            return true;
    return false;
}

bool an_rules_self_call_measured(const an_rules *r, const char *module, size_t mlen,
                                 const char *cls, size_t clen)
{
    char key[MAX_LINE];
    if (mlen + clen + 2 >= sizeof key || (mlen == 1 && module[0] == '*'))
        return false;
    int kl = snprintf(key, sizeof key, "%.*s:%.*s:", (int)mlen, module, (int)clen, cls);
    size_t i = first_row(r->self_calls, r->nself_calls, key);
    return i < r->nself_calls && strncmp(r->self_calls[i].key, key, (size_t)kl) == 0;
}

bool an_rules_self_calls_method(const an_rules *r, const char *module, size_t mlen,
                                const char *cls, size_t clen)
{
    char key[MAX_LINE];
    if (r->nself_calls == 0 || (mlen == 1 && module[0] == '*'))
        return true; /* unmeasured: fail closed */
    if (mlen + clen + 2 >= sizeof key)
        return true;
    int kl = snprintf(key, sizeof key, "%.*s:%.*s:", (int)mlen, module, (int)clen, cls);
    size_t i = first_row(r->self_calls, r->nself_calls, key);
    if (i >= r->nself_calls || strncmp(r->self_calls[i].key, key, (size_t)kl) != 0)
        return true; /* not measured: fail closed */
    for (; i < r->nself_calls && strncmp(r->self_calls[i].key, key, (size_t)kl) == 0; i++) {
        const char *name = r->self_calls[i].key + kl;
        size_t nl = r->self_calls[i].key_len - (size_t)kl;
        if (!(nl > 4 && name[0] == '_' && name[1] == '_' && name[nl - 1] == '_' &&
              name[nl - 2] == '_'))
            return true;
    }
    return false;
}

bool an_rules_held_call(const an_rules *r, const char *name, size_t nlen, bool calls_only,
                        an_rules_op_fn reachable, an_rules_owner_fn named, void *ctx)
{
    if (r->nheld_calls == 0)
        return true; /* without the measured list, every name (fail closed) */
    char key[MAX_LINE];
    if (nlen + 1 >= sizeof key)
        return false; /* longer than any entry a rule line can hold */
    snprintf(key, sizeof key, "%.*s:", (int)nlen, name);
    for (size_t i = first_row(r->held_calls, r->nheld_calls, key);
         i < r->nheld_calls && strncmp(r->held_calls[i].key, key, nlen + 1) == 0; i++) {
        const self_call *c = &r->held_calls[i];
        if ((!calls_only || !c->read) && reachable(c->op, strlen(c->op)) &&
            named(ctx, c->key + nlen + 1, c->key_len - nlen - 1))
            return true;
    }
    return false;
}

void an_rules_held_rows(const an_rules *r, const char *name, size_t nlen,
                        an_rules_row_fn fn, void *ctx)
{
    char key[MAX_LINE];
    if (nlen + 1 >= sizeof key)
        return;
    snprintf(key, sizeof key, "%.*s:", (int)nlen, name);
    for (size_t i = first_row(r->held_calls, r->nheld_calls, key);
         i < r->nheld_calls && strncmp(r->held_calls[i].key, key, nlen + 1) == 0; i++) {
        const self_call *c = &r->held_calls[i];
        if (!c->read)
            fn(ctx, c->op, c->key + nlen + 1, c->key_len - nlen - 1);
    }
}

bool an_rules_held_measured(const an_rules *r)
{
    return r->nheld_calls != 0;
}

bool an_rules_held_any_name(const an_rules *r, bool calls_only, an_rules_op_fn reachable,
                            an_rules_owner_fn named, void *ctx)
{
    if (r->nheld_calls == 0)
        return true; /* fail closed, as an_rules_held_call */
    for (size_t i = 0; i < r->nheld_calls; i++) {
        const self_call *c = &r->held_calls[i];
        const char *colon = memchr(c->key, ':', c->key_len);
        if (!colon)
            continue;
        size_t nlen = (size_t)(colon - c->key);
        bool dunder = nlen > 4 && memcmp(c->key, "__", 2) == 0 &&
                      memcmp(c->key + nlen - 2, "__", 2) == 0;
        if (!dunder && (!calls_only || !c->read) && reachable(c->op, strlen(c->op)) &&
            named(ctx, colon + 1, c->key_len - nlen - 1))
            return true;
    }
    return false;
}

bool an_rules_library_method(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_LIBRARY_METHOD], name, len);
}

bool an_rules_library_instance_method(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_LIBRARY_INSTANCE_METHOD], name, len);
}

bool an_rules_library_unbound(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_LIBRARY_UNBOUND], name, len);
}

bool an_rules_library_unbound_of(const an_rules *r, const char *cls, size_t clen,
                                 const char *name, size_t nlen)
{
    return has_pair(r->sets[SET_LIBRARY_UNBOUND_OF], cls, clen, name, nlen);
}

bool an_rules_library_unbound_class(const an_rules *r, const char *cls, size_t len)
{
    return an_strset_has(r->sets[SET_LIBRARY_UNBOUND_CLASS], cls, len);
}

an_rules_class an_rules_library_class(const an_rules *r, const char *module, size_t mlen,
                                      const char *name, size_t nlen)
{
    if (has_pair(r->sets[SET_LIBRARY_COPIES], module, mlen, name, nlen))
        return AN_CLASS_COPIES;
    if (has_pair(r->sets[SET_LIBRARY_HOLDS], module, mlen, name, nlen))
        return AN_CLASS_HOLDS;
    if (has_pair(r->sets[SET_LIBRARY_PASSES], module, mlen, name, nlen))
        return AN_CLASS_PASSES;
    return AN_CLASS_NONE;
}

bool an_rules_class_maker(const an_rules *r, const char *module, size_t mlen, const char *name,
                          size_t nlen)
{
    return has_pair(r->sets[SET_LIBRARY_CLASS_MAKER], module, mlen, name, nlen);
}

bool an_rules_decorator_only(const an_rules *r, const char *module, size_t mlen,
                             const char *name, size_t nlen)
{
    return has_pair(r->sets[SET_DECORATOR_ONLY], module, mlen, name, nlen);
}

bool an_rules_decorator_arg(const an_rules *r, const char *module, size_t mlen,
                            const char *name, size_t nlen)
{
    return has_pair(r->sets[SET_DECORATOR_ARG], module, mlen, name, nlen);
}

int an_rules_literal_names(const an_rules *r, const char *module, size_t mlen,
                           const char *name, size_t nlen)
{
    if (has_pair(r->sets[SET_LITERAL_NAMES], module, mlen, name, nlen))
        return 2;
    return has_pair(r->sets[SET_LITERAL_FIRST], module, mlen, name, nlen) ? 1 : 0;
}

bool an_rules_metaclass_only(const an_rules *r, const char *module, size_t mlen,
                             const char *name, size_t nlen)
{
    return has_pair(r->sets[SET_METACLASS_ONLY], module, mlen, name, nlen);
}

const char *an_rules_method_call(const an_rules *r, const char *name, size_t nlen)
{
    for (size_t i = 0; i < r->ncalls; i++) {
        const char *k = r->calls[i].key;
        if (r->calls[i].key_len == nlen && memcmp(k, name, nlen) == 0)
            return r->calls[i].spec;
    }
    return NULL;
}

const char *an_rules_call_only(const an_rules *r, const char *module, size_t mlen,
                               const char *name, size_t nlen)
{
    for (size_t i = 0; i < r->ncalls; i++) {
        const char *k = r->calls[i].key;
        if (r->calls[i].key_len == mlen + 1 + nlen && memcmp(k, module, mlen) == 0 &&
            k[mlen] == ':' &&
            memcmp(k + mlen + 1, name, nlen) == 0)
            return r->calls[i].spec;
    }
    return NULL;
}

bool an_rules_enum_class(const an_rules *r, const char *module, size_t mlen, const char *name,
                         size_t nlen)
{
    return has_pair(r->sets[SET_ENUM_CLASS], module, mlen, name, nlen);
}

bool an_rules_guarded(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_GUARDED], name, len);
}

bool an_rules_dunder_definable(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_DUNDER_DEFINE], name, len);
}

bool an_rules_dunder_readonly(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_DUNDER_READONLY], name, len);
}

int an_rules_each(const an_rules *r, an_rules_kind kind, an_strset_cb cb, void *ctx)
{
    if (kind == AN_RULES_METHOD_CALL) {
        for (size_t i = 0; i < r->ncalls; i++)
            if (!strchr(r->calls[i].key, ':') &&
                cb(ctx, r->calls[i].key, strlen(r->calls[i].key)))
                return 1;
        return 0;
    }
    static const int map[] = {
        [AN_RULES_ATTRIBUTE] = SET_ATTRIBUTE,
        [AN_RULES_FORMAT] = SET_FORMAT,
        [AN_RULES_LIBRARY_UNBOUND] = SET_LIBRARY_UNBOUND,
        [AN_RULES_LIBRARY_INSTANCE_METHOD] = SET_LIBRARY_INSTANCE_METHOD,
        [AN_RULES_LIBRARY_PYTHON_TEXT] = SET_LIBRARY_PYTHON_TEXT,
    };
    return an_strset_each(r->sets[map[kind]], cb, ctx);
}

bool an_rules_module_denies(const an_rules *r, const char *module, size_t mlen,
                            const char *name, size_t nlen)
{
    return has_pair(r->sets[SET_MODULE_DENY], module, mlen, name, nlen);
}

bool an_rules_star_denied(const an_rules *r, const char *module, size_t len)
{
    return an_strset_has(r->sets[SET_STAR_DENY], module, len);
}

bool an_rules_builtin(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_BUILTIN], name, len);
}

bool an_rules_name(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_NAME], name, len);
}

bool an_rules_dunder_allowed(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_DUNDER], name, len);
}

bool an_rules_attribute(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_ATTRIBUTE], name, len);
}

bool an_rules_format_method(const an_rules *r, const char *name, size_t len)
{
    return an_strset_has(r->sets[SET_FORMAT], name, len);
}

size_t an_rules_max_depth(const an_rules *r)
{
    return r->max_depth;
}

const an_syms *an_rules_syms(const an_rules *r)
{
    return &r->syms;
}

/* ---- the effective rule set as JSON (published as GET /rules) ---- */

typedef struct keylist {
    char **keys;
    size_t count, cap;
    bool oom;
} keylist;

static int collect_key(void *ctx, const char *key, size_t len)
{
    keylist *kl = ctx;
    char **nk = se_grow(kl->keys, kl->count, &kl->cap, sizeof *nk);
    if (!nk) {
        kl->oom = true;
        return 1;
    }
    kl->keys = nk;
    if (!(kl->keys[kl->count] = strndup(key, len))) {
        kl->oom = true;
        return 1;
    }
    kl->count++;
    return 0;
}

static void keylist_free(keylist *kl)
{
    for (size_t i = 0; i < kl->count; i++)
        free(kl->keys[i]);
    free(kl->keys);
}

/* All keys of a set, sorted; false when out of memory. */
static bool sorted_keys(const an_strset *set, keylist *kl)
{
    an_strset_each(set, collect_key, kl);
    if (!kl->oom)
        qsort(kl->keys, kl->count, sizeof *kl->keys, cmp_names);
    return !kl->oom;
}

/* The JSON text, unbounded. A failed append (out of memory) leaves the buffer as it
 * was, so later ones could succeed past the gap: oom marks the text as lost. */
typedef struct jbuf {
    se_buf b;
    bool oom;
} jbuf;

static void jput(jbuf *b, const char *s, size_t n)
{
    if (!b->oom && se_buf_append(&b->b, s, n) < 0)
        b->oom = true;
}

static void jstr(jbuf *b, const char *s)
{
    jput(b, s, strlen(s));
}

/* Rule entries are words of [A-Za-z0-9_.] (valid_word), so they need no escaping. */
static void jquoted(jbuf *b, const char *s, size_t n)
{
    jput(b, "\"", 1);
    jput(b, s, n);
    jput(b, "\"", 1);
}

static void jlist(jbuf *b, const keylist *kl)
{
    jput(b, "[", 1);
    for (size_t i = 0; i < kl->count; i++) {
        if (i)
            jput(b, ",", 1);
        jquoted(b, kl->keys[i], strlen(kl->keys[i]));
    }
    jput(b, "]", 1);
}

/* The names paired with module in a "module:name" list. */
static void jpairs(jbuf *b, const keylist *kl, const char *module)
{
    size_t mlen = strlen(module);
    bool first = true;
    jput(b, "[", 1);
    for (size_t i = 0; i < kl->count; i++) {
        const char *k = kl->keys[i];
        if (strncmp(k, module, mlen) != 0 || k[mlen] != ':')
            continue;
        if (!first)
            jput(b, ",", 1);
        first = false;
        jquoted(b, k + mlen + 1, strlen(k + mlen + 1));
    }
    jput(b, "]", 1);
}

char *an_rules_to_json(const an_rules *r, se_error *err)
{
    enum { K_IMPORT, K_ALLOW, K_DENY, K_DECO, K_LITN, K_LITF, K_META, K_ENUM, K_BUILTIN, K_GUARDED, K_NAME, K_DUNDER,
           K_READONLY, K_DEFINE, K_ATTRIBUTE, K_FORMAT, K_COUNT };
    static const int sets[K_COUNT] = {
        SET_IMPORT, SET_MODULE_ALLOW, SET_MODULE_DENY, SET_DECORATOR_ONLY, SET_LITERAL_NAMES,
        SET_LITERAL_FIRST, SET_METACLASS_ONLY, SET_ENUM_CLASS, SET_BUILTIN,
        SET_GUARDED, SET_NAME, SET_DUNDER, SET_DUNDER_READONLY, SET_DUNDER_DEFINE, SET_ATTRIBUTE,
        SET_FORMAT};
    keylist kl[K_COUNT] = {0};
    jbuf b = {SE_BUF_INIT(0), false};
    bool ok = true;
    for (int i = 0; i < K_COUNT && ok; i++)
        ok = sorted_keys(r->sets[sets[i]], &kl[i]);
    if (ok) {
        jstr(&b, "{\"modules\":{");
        for (size_t i = 0; i < kl[K_IMPORT].count; i++) {
            const char *m = kl[K_IMPORT].keys[i];
            if (i)
                jput(&b, ",", 1);
            jquoted(&b, m, strlen(m));
            jstr(&b, ":{\"facade\":");
            jstr(&b, an_strset_has(r->sets[SET_FACADE], m, strlen(m)) ? "true" : "false");
            jstr(&b, ",\"allowed_attributes\":");
            jpairs(&b, &kl[K_ALLOW], m);
            jstr(&b, ",\"denied_attributes\":");
            jpairs(&b, &kl[K_DENY], m);
            jstr(&b, ",\"decorator_only\":");
            jpairs(&b, &kl[K_DECO], m);
            jstr(&b, ",\"literal_name_arguments\":");
            jpairs(&b, &kl[K_LITN], m);
            jstr(&b, ",\"literal_first_argument\":");
            jpairs(&b, &kl[K_LITF], m);
            jstr(&b, ",\"metaclass_only\":");
            jpairs(&b, &kl[K_META], m);
            jstr(&b, ",\"enum_classes\":");
            jpairs(&b, &kl[K_ENUM], m);
            jstr(&b, ",\"call_only\":{");
            size_t mlen = strlen(m);
            bool firstc = true;
            for (size_t c = 0; c < r->ncalls; c++) {
                const char *k = r->calls[c].key;
                if (strncmp(k, m, mlen) != 0 || k[mlen] != ':')
                    continue;
                if (!firstc)
                    jput(&b, ",", 1);
                firstc = false;
                jquoted(&b, k + mlen + 1, strlen(k + mlen + 1));
                jput(&b, ":", 1);
                jquoted(&b, r->calls[c].spec, strlen(r->calls[c].spec));
            }
            jput(&b, "}", 1);
            jput(&b, "}", 1);
        }
        jstr(&b, "},\"refused_builtins\":");
        jlist(&b, &kl[K_BUILTIN]);
        jstr(&b, ",\"guarded_builtins\":");
        jlist(&b, &kl[K_GUARDED]);
        jstr(&b, ",\"refused_names\":");
        jlist(&b, &kl[K_NAME]);
        jstr(&b, ",\"allowed_dunders\":");
        jlist(&b, &kl[K_DUNDER]);
        jstr(&b, ",\"read_only_dunders\":");
        jlist(&b, &kl[K_READONLY]);
        jstr(&b, ",\"definable_dunders\":");
        jlist(&b, &kl[K_DEFINE]);
        jstr(&b, ",\"refused_attributes\":");
        jlist(&b, &kl[K_ATTRIBUTE]);
        jstr(&b, ",\"literal_only_methods\":");
        jlist(&b, &kl[K_FORMAT]);
        jstr(&b, ",\"method_calls\":{");
        bool firstm = true;
        for (size_t c = 0; c < r->ncalls; c++) {
            if (strchr(r->calls[c].key, ':'))
                continue;
            if (!firstm)
                jput(&b, ",", 1);
            firstm = false;
            jquoted(&b, r->calls[c].key, strlen(r->calls[c].key));
            jput(&b, ":", 1);
            jquoted(&b, r->calls[c].spec, strlen(r->calls[c].spec));
        }
        jput(&b, "}", 1);
        char lim[128];
        snprintf(lim, sizeof lim, ",\"limits\":{\"max_depth\":%zu,\"max_source_bytes\":%u}}",
                 r->max_depth, (unsigned)AN_MAX_SOURCE);
        jstr(&b, lim);
        ok = !b.oom;
    }
    for (int i = 0; i < K_COUNT; i++)
        keylist_free(&kl[i]);
    char *json = ok ? se_buf_take(&b.b, NULL) : NULL;
    se_buf_free(&b.b);
    if (!json)
        set_err(err, "out of memory");
    return json;
}
