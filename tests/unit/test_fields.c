/* Unit tests for analyzer/fields.c: the memo answers what tree-sitter answers, for
 * every node and every field of the grammar, the first time and again, across its
 * growth. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "fields.h"

const TSLanguage *tree_sitter_python(void);

static const char program[] =
    "import os as o\n"
    "class A(B, metaclass=M):\n"
    "    x: int = 1\n"
    "    def f(self, y=2, *a, **k) -> int:\n"
    "        self._v = [i for i in y if i]  # comment\n"
    "        for p, q in {1: 2}.items():\n"
    "            del p\n"
    "        return lambda z: z.w[1:2] if z else not z\n"
    "print(f'{A!r:>{3}}', A().f(1), key=lambda e: -e)\n";

/* Every node of the tree once, in pre-order, by a cursor walk. */
static void check_all(an_fields *m, TSTree *tree, uint32_t nfields, size_t *asked)
{
    TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(tree));
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        for (TSFieldId f = 0; f <= nfields; f++) {
            TSNode want = ts_node_child_by_field_id(n, f);
            assert_true(ts_node_eq(an_fields_get(m, n, f), want));
            (*asked)++;
        }
        if (ts_tree_cursor_goto_first_child(&cur))
            continue;
        bool more = true;
        while (more && !ts_tree_cursor_goto_next_sibling(&cur))
            more = ts_tree_cursor_goto_parent(&cur);
        if (!more)
            break;
    }
    ts_tree_cursor_delete(&cur);
}

static void test_same_answers(void **state)
{
    (void)state;
    TSParser *p = ts_parser_new();
    assert_true(ts_parser_set_language(p, tree_sitter_python()));
    TSTree *tree = ts_parser_parse_string(p, NULL, program, (uint32_t)strlen(program));
    assert_non_null(tree);
    uint32_t nfields = ts_language_field_count(tree_sitter_python());
    an_fields *m = an_fields_new();
    assert_non_null(m);
    size_t asked = 0;
    check_all(m, tree, nfields, &asked);
    assert_true(asked > 2048); /* past the first table's size: the memo grew */
    check_all(m, tree, nfields, &asked); /* every answer now from the memo */
    assert_true(ts_node_is_null(an_fields_get(m, (TSNode){0}, 1)));
    an_fields_free(m);
    an_fields_free(NULL);
    ts_tree_delete(tree);
    ts_parser_delete(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_answers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
