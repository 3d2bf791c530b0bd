/* Unit tests for analyzer/nodes.c: the flat pre-order tree must be exactly what a
 * cursor walk sees (order, depth, subtree ends, identifiers' fields), and find a
 * node again by identity. The walk's passes and searches rely on each of these. */
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
    TSSymbol ident = ts_language_symbol_for_name(lang, "identifier", 10, true);
    an_nodes *t = an_nodes_new(tree, ident);
    assert_non_null(t);
    const an_node *a = an_nodes_get(t);
    size_t count = an_nodes_count(t), i = 0;

    TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(tree));
    uint32_t depth = 0;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        assert_true(i < count);
        assert_true(ts_node_eq(a[i].node, n));
        assert_int_equal(a[i].sym, ts_node_symbol(n));
        assert_int_equal(a[i].depth, depth);
        TSFieldId f = ts_node_symbol(n) == ident ? ts_tree_cursor_current_field_id(&cur) : 0;
        assert_int_equal(a[i].field, f);
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
                  "print(f'{A!r:>{3}}', A().f(1))\n");
}

static void test_edge_trees(void **state)
{
    (void)state;
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
