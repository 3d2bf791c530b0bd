/*
 * analyzer.c - an_check(): prepare the source, parse it, walk it. The entry point,
 * on top of the walk (walk.c); the result list (result.c) and the per-check arena
 * (arena.c) are leaves below it. Each check takes its own parser from the rule set's
 * pool, so any number of threads can check at once with one rule set.
 */
#include "analyzer.h"
#include "internal.h"
#include "parsers.h"
#include "rules.h"
#include "walk.h"

#include <stdio.h>
#include <stdlib.h>
#include <tree_sitter/api.h>

/* Past this the parser gives up (it is linear in practice; this bounds the worst). */
/* Honest 5000-character programs parse in about a millisecond; tree-sitter's error
 * recovery on some junk of that size takes half a second or more. The limit is
 * wall-clock time (tree-sitter's own clock), so it stays generous enough that a
 * heavily loaded machine does not turn honest code away. */
#define PARSE_TIMEOUT_US 1000000

an_result *an_check(const an_rules *rules, const char *src, size_t len, se_error *err)
{
    an_result *res = NULL;
    TSParser *parser = NULL;
    TSTree *tree = NULL;
    an_source source = {0};
    an_source_problem problem;
    bool ok = false;

    res = an_result_new();
    if (!res)
        goto out;
    /* The copy of the source goes into a buffer an earlier check used (parsers.h
     * says why). */
    source.text = an_parsers_take_text(an_rules_parsers(rules), &source.cap);
    int prep = an_source_prepare(src ? src : "", src ? len : 0, &source, &problem);
    if (prep < 0)
        goto out;
    if (prep > 0) {
        if (an_result_add(res, problem.rule, problem.line, problem.column, problem.line,
                          problem.column + 1, "%s", problem.message) < 0)
            goto out;
        ok = true;
        goto out;
    }
    if (source.len > AN_MAX_SOURCE) {
        if (an_result_add(res, "too_large", 1, 1, 1, 1,
                          "program is %zu bytes; the checker reads at most %u",
                          source.len, (unsigned)AN_MAX_SOURCE) < 0)
            goto out;
        ok = true;
        goto out;
    }
    parser = an_parsers_take(an_rules_parsers(rules));
    if (!parser)
        goto out;
    ts_parser_set_timeout_micros(parser, PARSE_TIMEOUT_US);
    tree = ts_parser_parse_string(parser, NULL, source.text, (uint32_t)source.len);
    if (!tree) {
        if (an_result_add(res, "too_deep", 1, 1, 1, 1,
                          "program too complex to check within the time limit") < 0)
            goto out;
        ok = true;
        goto out;
    }
    if (an_walk(rules, &source, tree, res) < 0)
        goto out;
    ok = true;
out:
    /* tree-sitter-python's scanner keeps a flag (inside an f-string) that
     * ts_parser_reset() does not clear; a parse that stops in the middle of a
     * string leaves it set and the next program on this parser loses its dedents.
     * A parser that saw an error or gave up is not pooled again. */
    if (parser && (!tree || ts_node_has_error(ts_tree_root_node(tree)))) {
        ts_parser_delete(parser);
        parser = NULL;
    }
    if (tree)
        ts_tree_delete(tree);
    an_parsers_put(an_rules_parsers(rules), parser);
    an_parsers_put_text(an_rules_parsers(rules), source.text, source.cap);
    if (!ok) {
        se_error_set(err, 0, "out of memory while checking");
        an_result_free(res);
        return NULL;
    }
    return res;
}
