/* Unit tests for analyzer/nodes.c: the flat pre-order tree must be exactly what a
 * cursor walk sees (order, depth, subtree ends, fields), find a node again by
 * identity, and read children by position and by field as tree-sitter does. The
 * walk's passes, searches and child reads (walker.c) rely on each of these. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "nodes.h"

const TSLanguage *tree_sitter_python(void);

static TSTree *parse(const char *src)
{
    TSParser *p = ts_parser_new();
    assert_true(ts_parser_set_language(p, tree_sitter_python()));
    TSTree *tree = ts_parser_parse_string(p, NULL, src, (uint32_t)strlen(src));
    ts_parser_delete(p);
    assert_non_null(tree);
    return tree;
}

/* Compares the index of src's tree with an independent cursor walk. */
static void check_program(const char *src)
{
    TSTree *tree = parse(src);
    const TSLanguage *lang = tree_sitter_python();
    /* argument_list: its children have no field (given as fieldless: their
     * fields are not asked, and stay 0, as the cursor says too). */
    TSSymbol args = ts_language_symbol_for_name(lang, "argument_list", 13, true);
    /* The nodes whose grammar rules put a token under a field (node-types.json):
     * the tokens of any other have none, and are not asked. */
    static const char *const anon_names[] = {"augmented_assignment", "binary_operator",
                                             "boolean_operator",     "comparison_operator",
                                             "dict_pattern",         "for_in_clause",
                                             "unary_operator"};
    TSSymbol anon[sizeof anon_names / sizeof *anon_names];
    for (size_t k = 0; k < sizeof anon / sizeof *anon; k++)
        anon[k] = ts_language_symbol_for_name(lang, anon_names[k],
                                              (uint32_t)strlen(anon_names[k]), true);
    an_nodes *t = an_nodes_new(tree, &args, 1, anon, sizeof anon / sizeof *anon);
    assert_non_null(t);
    const an_node *a = an_nodes_get(t);
    size_t count = an_nodes_count(t), i = 0;

    TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(tree));
    uint32_t depth = 0;
    size_t missing = 0;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        assert_true(i < count);
        assert_true(ts_node_eq(a[i].node, n));
        assert_int_equal(a[i].sym, ts_node_symbol(n));
        assert_int_equal(a[i].depth, depth);
        assert_int_equal(a[i].field, ts_tree_cursor_current_field_id(&cur));
        assert_int_equal(a[i].named, ts_node_is_named(n));
        assert_int_equal(a[i].missing, ts_node_is_missing(n));
        missing += a[i].missing;
        assert_int_equal(an_nodes_find(t, n), i);
        i++;
        if (ts_tree_cursor_goto_first_child(&cur)) {
            depth++;
            continue;
        }
        bool more = true;
        while (more && !ts_tree_cursor_goto_next_sibling(&cur)) {
            more = ts_tree_cursor_goto_parent(&cur);
            depth -= more;
        }
        if (!more)
            break;
    }
    ts_tree_cursor_delete(&cur);
    assert_int_equal(i, count);
    /* tree-sitter inserts a token it found missing only into a tree with an error */
    if (missing > 0)
        assert_true(ts_node_has_error(a[0].node));

    /* A subtree is every following entry deeper than its root, and no more. */
    for (size_t k = 0; k < count; k++) {
        assert_true(a[k].end > k && a[k].end <= count);
        for (size_t j = k + 1; j < a[k].end; j++)
            assert_true(a[j].depth > a[k].depth);
        if (a[k].end < count)
            assert_true(a[a[k].end].depth <= a[k].depth);
    }
    assert_int_equal(a[0].end, count);
    assert_int_equal(an_nodes_find(t, (TSNode){0}), AN_NODES_NONE);

    /* Children by position, all of them and one past the last, as tree-sitter
     * numbers them; by field, what ts_node_child_by_field_id answers wherever the
     * index finds a child in a node with no error inside. */
    uint32_t nfields = ts_language_field_count(lang);
    size_t found = 0;
    for (size_t k = 0; k < count; k++) {
        TSNode n = a[k].node;
        for (int named = 0; named < 2; named++) {
            uint32_t c = named ? ts_node_named_child_count(n) : ts_node_child_count(n);
            for (uint32_t j = 0; j <= c; j++) {
                TSNode want = named ? ts_node_named_child(n, j) : ts_node_child(n, j);
                size_t got = an_nodes_child(t, k, j, named);
                if (j == c) {
                    assert_int_equal(got, AN_NODES_NONE);
                } else {
                    assert_true(got != AN_NODES_NONE);
                    assert_memory_equal(&a[got].node, &want, sizeof want);
                }
            }
        }
        for (TSFieldId f = 1; f <= nfields && !ts_node_has_error(n); f++) {
            size_t got = an_nodes_field(t, k, f);
            if (got != AN_NODES_NONE) {
                found++;
                TSNode want = ts_node_child_by_field_id(n, f);
                assert_memory_equal(&a[got].node, &want, sizeof want);
            }
        }
    }
    if (ts_node_named_child_count(a[0].node) > 1) /* a program of some statements */
        assert_true(found > 0);

    /* A node of another tree is not found, even at the same place. */
    TSTree *other = parse(src);
    assert_int_equal(an_nodes_find(t, ts_tree_root_node(other)), AN_NODES_NONE);
    ts_tree_delete(other);

    an_nodes_free(t);
    ts_tree_delete(tree);
}

static void test_program(void **state)
{
    (void)state;
    check_program("import os\n"
                  "class A(B, metaclass=M):\n"
                  "    x: int = 1\n"
                  "    def f(self, y=2, *a, **k):\n"
                  "        self._v = [i for i in y if i]  # comment\n"
                  "        return lambda z: z.w[1:2]\n"
                  "print(f'{A!r:>{3}}', A().f(1))\n"
                  "match A:\n"
                  "    case [a, *b] if a:\n"
                  "        x[1:2:3] = b\n"
                  "    case {'k': v, **r} | B(c=1):\n"
                  "        pass\n");
}

static void test_edge_trees(void **state)
{
    (void)state;
    /* tokens under fields: operators, comparisons, a negative key of a mapping
     * pattern, the commas of a comprehension's iterable */
    check_program("y = -a + b * c if a < b and not c else ~d\n"
                  "z += a is not b or a not in b\n"
                  "w = [i for i in 1, 2]\n"
                  "match q:\n"
                  "    case {-1: _, 'k': 2}:\n"
                  "        pass\n");
    check_program("");
    check_program("x");
    check_program("def f(:\n  pass\n"); /* an ERROR node and a missing one */
    char deep[2 * 300 + 2];
    memset(deep, '(', 300);
    memset(deep + 300, ')', 300);
    deep[600] = '\n';
    deep[601] = '\0';
    check_program(deep);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_program),
        cmocka_unit_test(test_edge_trees),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
