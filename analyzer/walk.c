/*
 * walk.c - the rule walk: the traversal, and what it takes to agree with CPython's
 * reading of the source (f-string bodies, blocks, indentation, error nodes).
 *
 * How this works: two iterative pre-order passes over the syntax tree laid out
 * flat (nodes.c: one cursor walk per check, which every later walk reuses) with an
 * explicit stack of ancestors (so no recursion on the tree's shape, and depth is
 * checked before it grows). The first pass records which names
 * import statements bind (names.c); the second dispatches every node to the part
 * that judges it: identifiers, attributes, subscripts and imports to names.c,
 * string literals and format fields to strings.c, class statements and class
 * patterns to classes.c. Every identifier is NFKC-normalised first (walker.c), as
 * CPython does, so lookalike letters cannot hide a name. The shared helpers are in
 * walker.c, below every part; the entry point (analyzer.c) is above this file.
 */
#include "walk.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "walker.h"

/* Python 3.11 ends an f-string at its closing quote before looking inside, and
 * refuses a backslash anywhere in an expression and '#' outside the expression's
 * own string literals. Tree-sitter's grammar is newer (PEP 701) and reads past such
 * quotes, so it could see code where CPython sees string, or the reverse: refuse
 * what 3.11 refuses. Only the expression is scanned: a format spec ({n:#x}) is
 * text, and its nested fields are interpolations of their own. */
static void on_interpolation(walker *w, TSNode n, size_t depth)
{
    TSNode s = wk_parent(w, depth);
    if (ts_node_is_null(s) || ts_node_symbol(s) != w->sym->string || ts_node_child_count(s) == 0)
        return;
    TSNode e = ts_node_child_by_field_name(n, "expression", 10);
    if (ts_node_is_null(e))
        return;
    str start = wk_text(w, wk_nth_child(w, s, 0));
    if (start.len == 0)
        return;
    char q = start.p[start.len - 1];
    bool triple = start.len >= 3 && start.p[start.len - 2] == q && start.p[start.len - 3] == q;
    str body = wk_text(w, e);
    char inner = 0;         /* quote of the nested literal we are in, or 0 */
    bool inner_triple = false;
    const char *what = NULL;
    for (size_t i = 0; i < body.len && !what; i++) {
        char c = body.p[i];
        bool three = i + 2 < body.len && body.p[i + 1] == c && body.p[i + 2] == c;
        if (c == '\\')
            what = "a backslash";
        else if (c == q && (!triple || three))
            what = "its own quote";
        else if (inner) {
            if (c == inner && (!inner_triple || three)) {
                inner = 0;
                i += inner_triple ? 2 : 0;
            }
        } else if (c == '\'' || c == '"') {
            inner = c;
            inner_triple = three;
            i += three ? 2 : 0;
        } else if (c == '#') {
            what = "'#'";
        }
    }
    if (what)
        wk_report(w, n, "syntax",
               "f-string expression contains %s, which Python 3.11 does not accept", what);
}

/* Only the first syntax error is reported: after one, tree-sitter's recovery makes
 * the rest guesswork. True the first time it is called. */
static bool first_syntax_error(walker *w)
{
    bool first = !w->syntax_reported;
    w->syntax_reported = true;
    return first;
}

/* CPython's tokenizer refuses a 100th indentation level; a block is one level
 * (one more only for a one-line body, which cannot nest further). Such a program
 * never runs, but the checker says so rather than judging code CPython refuses. */
#define MAX_INDENT 100

static void on_block(walker *w, const an_node *e, size_t depth)
{
    TSNode n = e->node;
    /* The grammar tolerates a compound statement whose body is missing (`if x:`
     * and nothing indented after it); CPython does not. The children are read
     * from the flat tree: wk_named_child(w, n, i) starts over at the first. */
    const an_node *t = an_nodes_get(w->nodes);
    uint32_t stmts = 0;
    for (size_t j = (size_t)(e - t) + 1; j < e->end; j = t[j].end)
        stmts += ts_node_is_named(t[j].node) && t[j].sym != w->sym->comment;
    if (stmts == 0 && first_syntax_error(w)) {
        TSNode p = wk_parent(w, depth);
        wk_report(w, ts_node_is_null(p) ? n : p, "syntax", "expected an indented block");
    }
    if (w->indent_reported)
        return;
    size_t blocks = 1;
    for (size_t i = 0; i < depth; i++)
        blocks += wk_stack_sym(w, i) == w->sym->block;
    if (blocks > MAX_INDENT) {
        w->indent_reported = true;
        wk_report(w, n, "too_deep", "more than %d levels of indentation, which Python does not accept",
               MAX_INDENT - 1);
    }
}

/* Where in an ERROR node to point: an opening bracket among its own tokens that
 * nothing closes (as CPython says "'(' was never closed"), else its start, which
 * is on the line CPython names. */
static void on_syntax_error(walker *w, TSNode n)
{
    if (!first_syntax_error(w))
        return;
    if (ts_node_is_missing(n)) {
        wk_report(w, n, "syntax", "invalid syntax: missing '%s'", ts_node_type(n));
        return;
    }
    uint32_t count = ts_node_child_count(n);
    TSNode open[64];
    size_t nopen = 0;
    for (uint32_t i = 0; i < count; i++) {
        TSNode c = wk_nth_child(w, n, i);
        if (ts_node_is_named(c))
            continue;
        const char *t = ts_node_type(c);
        if ((strcmp(t, "(") == 0 || strcmp(t, "[") == 0 || strcmp(t, "{") == 0) && nopen < 64)
            open[nopen++] = c;
        else if ((strcmp(t, ")") == 0 || strcmp(t, "]") == 0 || strcmp(t, "}") == 0) && nopen > 0)
            nopen--;
    }
    if (nopen > 0) {
        TSNode b = open[nopen - 1];
        wk_report(w, b, "syntax", "invalid syntax: '%s' was never closed", ts_node_type(b));
    } else {
        wk_report(w, n, "syntax", "invalid syntax");
    }
}

typedef enum { PASS_RECORD, PASS_CHECK, PASS_PRIVILEGED } pass_mode;

/* Which of the check pass's handlers a node of a symbol goes to, beside the syntax
 * checks and the store rule (which see every node, and every named one): most
 * nodes go to none of the others, and each test below was a chain of
 * comparisons per node. */
enum {
    D_MEMSAFE = 1, /* wk_memsafe_visit */
    D_CENSUS = 2,  /* wk_census_visit, while a census runs */
    D_PRIV = 4,    /* wk_priv_visit, while privileged methods are guarded */
    D_OWN = 8,     /* a case of visit()'s own chain */
};

static uint8_t dispatch_of(const an_syms *y, TSSymbol s)
{
    uint8_t d = 0;
    if (s == y->subscript || s == y->identifier || s == y->class_definition ||
        s == y->wildcard_import || s == y->string)
        d |= D_MEMSAFE;
    if (s == y->identifier || s == y->wildcard_import)
        d |= D_CENSUS;
    if (s == y->identifier || s == y->call || s == y->string)
        d |= D_PRIV;
    if (s == SYM_ERROR || s == y->identifier || s == y->attribute || s == y->subscript ||
        s == y->import_statement || s == y->import_from_statement || s == y->interpolation ||
        s == y->block || s == y->class_definition || s == y->class_pattern ||
        s == y->print_statement || s == y->exec_statement || s == y->dotted_name ||
        s == y->member_type || s == y->constrained_type || s == y->decorated_definition ||
        s == y->function_definition)
        d |= D_OWN;
    return d;
}

/* dispatch_of for the grammar's symbols below DISPATCH_SYMS (all but ERROR), as a
 * table made once per process: the symbol ids are the grammar's, the same for
 * every rule set (an_syms_init). */
#define DISPATCH_SYMS 512
static uint8_t dispatch_table[DISPATCH_SYMS];
static pthread_once_t dispatch_once = PTHREAD_ONCE_INIT;

static void init_dispatch(void)
{
    an_syms y;
    an_syms_init(&y);
    for (size_t s = 0; s < DISPATCH_SYMS; s++)
        dispatch_table[s] = dispatch_of(&y, (TSSymbol)s);
}

static uint8_t dispatch(const an_syms *y, TSSymbol s)
{
    return s < DISPATCH_SYMS ? dispatch_table[s] : dispatch_of(y, s);
}

/* Is the constrained_type at depth (`a: b`, `a: b: c` in tree-sitter's type
 * grammar) a slice in a subscript's brackets: below a type_parameter through
 * types and constrained_types alone? */
static bool in_type_slice(walker *w, size_t depth)
{
    size_t i = depth;
    while (i > 0 && (wk_stack_sym(w, i - 1) == w->sym->type ||
                     wk_stack_sym(w, i - 1) == w->sym->constrained_type))
        i--;
    return i > 0 && wk_stack_sym(w, i - 1) == w->sym->type_parameter;
}

static void visit(walker *w, const an_node *e, size_t depth, pass_mode mode)
{
    const an_syms *y = w->sym;
    TSNode n = e->node;
    TSSymbol s = e->sym;
    if (mode == PASS_PRIVILEGED) {
        wk_priv_visit(w, n, depth);
        return;
    }
    if (mode == PASS_RECORD) {
        if (s == y->expression_statement)
            wk_record_private_store(w, n, depth);
        else if (s == y->for_statement)
            wk_record_for_alias(w, n);
        else if (s == y->function_definition)
            wk_record_private_read(w, n, depth);
        else if (s == y->class_definition) {
            wk_record_enum_class(w, n);
            TSNode up = depth > 0 ? w->stack[depth - 1] : (TSNode){0};
            wk_record_class(w, n,
                            !ts_node_is_null(up) && ts_node_symbol(up) == y->decorated_definition
                                ? up
                                : (TSNode){0});
        }
        else if (s == y->import_statement)
            wk_import_statement(w, n, true);
        else if (s == y->import_from_statement)
            wk_import_from(w, n, true);
        return;
    }
    an_syntax_visit(w->syntax, w->nodes, w->stack, w->stack_sym, depth, s);
    /* The store rule reads named nodes only (stores.c, Contract): the anonymous
     * tokens, some two in five nodes, skip its chain of tests. */
    if (e->named)
        wk_stores_visit(w, n, s, depth);
    uint8_t d = dispatch(y, s);
    if (d & D_MEMSAFE)
        wk_memsafe_visit(w, n, depth);
    if ((d & D_CENSUS) && w->ncensus > 0)
        wk_census_visit(w, n, depth);
    if ((d & D_PRIV) && w->priv_to > 0)
        wk_priv_visit(w, n, depth);
    if (!(d & D_OWN) && !e->missing)
        return;
    if (s == SYM_ERROR || e->missing) {
        on_syntax_error(w, n);
    } else if (s == y->identifier) {
        wk_on_identifier(w, n, depth,
                         e->field ? ts_language_field_name_for_id(w->lang, e->field) : NULL);
    } else if (s == y->attribute) {
        wk_on_attribute(w, n, depth);
        wk_check_formatter_slot(w, n, depth);
    } else if (s == y->subscript) {
        wk_on_subscript(w, n, depth);
    } else if (s == y->import_statement || s == y->import_from_statement) {
        wk_check_import_scope(w, n, depth);
        if (s == y->import_statement)
            wk_import_statement(w, n, false);
        else
            wk_import_from(w, n, false);
    } else if (s == y->interpolation) {
        on_interpolation(w, n, depth);
    } else if (s == y->block) {
        on_block(w, e, depth);
    } else if (s == y->function_definition) {
        wk_check_class_body_nesting(w, n, depth);
    } else if (s == y->class_definition) {
        wk_check_class_body_nesting(w, n, depth);
        wk_on_class_definition(w, n);
        wk_check_enum_decorators(w, n, depth);
        wk_check_libclass_statement(w, n, depth);
    } else if (s == y->class_pattern) {
        wk_on_class_pattern(w, n);
    } else if (s == y->decorated_definition) {
        wk_check_decorator_stack(w, n);
    } else if ((s == y->print_statement || s == y->exec_statement) && first_syntax_error(w)) {
        wk_report(w, n, "syntax", "Python 2 '%s' statement: Python 3 calls it as a function",
                  s == y->print_statement ? "print" : "exec");
    } else if (s == y->member_type &&
               !(depth >= 2 && wk_stack_sym(w, depth - 2) == y->member_type)) {
        /* `A[B].c` in an annotation: tree-sitter's type grammar writes the
         * attribute read CPython evaluates as no attribute node, which every
         * attribute rule looks for */
        wk_report(w, n, "attribute",
                  "an attribute of a subscript in an annotation (A[B].c) is not judged by the "
                  "rules: annotate with a name, a dotted name (typing.List) or a subscript of "
                  "one (list[int])");
    } else if (s == y->constrained_type && !in_type_slice(w, depth) && first_syntax_error(w)) {
        /* `a: b` in a type is a slice inside a subscript's brackets (tuple[0:1]);
         * anywhere else (`x: int : str`) CPython refuses it */
        wk_report(w, n, "syntax", "invalid syntax");
    } else if (s == y->dotted_name) {
        TSNode p = wk_parent(w, depth);
        TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
        if (!ts_node_is_null(p) && ps != y->import_statement && ps != y->import_from_statement &&
            ps != y->future_import_statement && ps != y->aliased_import &&
            ps != y->relative_import)
            wk_on_pattern_dotted(w, n, depth);
    }
}

/* Reports the first ERROR or MISSING node of the tree no rule reported (CPython
 * compiles the program, or the syntax stage would have claimed it); for a
 * hidden one no child shows (a MISSING newline), at the first child that starts
 * on the line its sibling before ends on: the second of two statements tree-sitter
 * split one line into. */
static void report_first_error(walker *w)
{
    TSNode n = w->root;
    for (int guard = 0; guard < 100000; guard++) {
        TSNode next = {0}, same_line = {0};
        uint32_t count = ts_node_child_count(n);
        for (uint32_t i = 0; i < count && ts_node_is_null(next); i++) {
            TSNode c = ts_node_child(n, i);
            if (ts_node_symbol(c) == SYM_ERROR || ts_node_is_missing(c)) {
                n = c;
                goto found;
            }
            if (ts_node_has_error(c))
                next = c;
            else if (i > 0 && ts_node_is_null(same_line) && ts_node_is_named(c) &&
                     ts_node_start_point(c).row ==
                         ts_node_end_point(ts_node_child(n, i - 1)).row &&
                     ts_node_is_named(ts_node_child(n, i - 1)))
                same_line = c;
        }
        if (ts_node_is_null(next)) {
            if (!ts_node_is_null(same_line))
                n = same_line;
            break;
        }
        n = next;
    }
found:
    wk_report(w, n, "parser",
              "the checker's parser (tree-sitter) reads this line otherwise than Python does: it "
              "recovered from a form its grammar lacks, so the rules would judge another "
              "program; write the line another way (an annotation as a name, a dotted name or "
              "a subscript of one)");
}

/* One pre-order pass over the flat tree (nodes.h); record: collect module
 * bindings, else check. The node after entry i in the array is its first child, or
 * the node a cursor would reach next, so the order is a cursor walk's. */
static void pass(walker *w, pass_mode mode)
{
    bool record = mode == PASS_RECORD;
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t i = 0; i < count;) {
        size_t depth = t[i].depth;
        if (depth > w->max_depth) {
            w->too_deep = true;
            if (mode == PASS_CHECK)
                wk_report(w, t[i].node, "too_deep", "program nests deeper than %zu syntax levels",
                          w->max_depth);
            break;
        }
        w->stack[depth] = t[i].node;
        w->stack_sym[depth] = t[i].sym;
        if (!record && t[i].sym == w->sym->identifier) {
            str text = wk_text(w, t[i].node);
            w->text_id = t[i].node.id;
            w->text_of_id = text;
        }
        visit(w, &t[i], depth, mode);
        if (w->oom || an_result_full(w->res))
            break;
        /* Imports are statements: the recording pass only enters statement
         * containers, a small part of the tree. */
        bool enter = !record || an_syms_holds_statements(w->sym, t[i].sym);
        i = enter ? i + 1 : t[i].end;
    }
}

/* A comprehension's `for k in (A, B.C)` binds k as the statement does (the
 * recording pass enters statement containers only, and a comprehension is an
 * expression): one look at each node's symbol. */
static void record_comprehension_aliases(walker *w)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t i = 0; i < count && !w->oom; i++)
        if (t[i].sym == w->sym->for_in_clause)
            wk_record_for_alias(w, t[i].node);
}

/* Has text[0 .. len) no byte past 0x7f? Eight bytes at a time (a byte past 0x7f is
 * one with its top bit set): this reads the whole program on every check. */
static bool all_ascii(const char *text, size_t len)
{
    uint64_t top = 0;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t word;
        memcpy(&word, text + i, sizeof word);
        top |= word;
    }
    for (; i < len; i++)
        top |= (unsigned char)text[i];
    return (top & UINT64_C(0x8080808080808080)) == 0;
}

int an_walk(const an_rules *rules, const an_source *src, TSTree *tree, an_result *res)
{
    walker w = {
        .rules = rules,
        .sym = an_rules_syms(rules),
        .text = src->text,
        .len = src->len,
        .root = ts_tree_root_node(tree),
        .res = res,
        .max_depth = an_rules_max_depth(rules),
        .lang = ts_tree_language(tree),
    };
    int rc = -1;
    pthread_once(&dispatch_once, init_dispatch);
    w.ascii = all_ascii(w.text, w.len);
    wk_fields_init();
    w.arena = an_arena_new();
    w.stack = malloc((w.max_depth + 1) * sizeof *w.stack);
    w.stack_sym = malloc((w.max_depth + 1) * sizeof *w.stack_sym);
    /* Parser agreement with CPython (programs tree-sitter accepts and CPython
     * refuses): its tokenizer reads the text here, its tree checks ride on the
     * check pass (an_syntax_visit), and it reports at the end. */
    w.syntax = an_syntax_begin(src);
    /* Nodes whose grammar rules name no field of their children (tree-sitter-
     * python's node-types.json): the flat tree need not ask their children's. A
     * block's one field (a match statement's case clauses) is left to tree-sitter:
     * wk_child asks it whatever the flat tree does not find. */
    const an_syms *y = w.sym;
    const TSSymbol fieldless[] = {
        y->block, y->argument_list, y->parameters, y->lambda_parameters, y->string,
        y->expression_statement, y->list, y->tuple, y->set, y->return_statement,
        y->dotted_name, y->module, y->slice, y->parenthesized_expression, y->pattern_list,
        y->type, y->if_clause, y->dictionary, y->expression_list, y->decorator,
        y->concatenated_string, y->list_splat, y->dictionary_splat, y->tuple_pattern,
        y->list_pattern, y->await, y->delete_statement, y->assert_statement,
        y->global_statement};
    /* Nodes whose grammar rules put a token (an anonymous child) under a field
     * (node-types.json: the fields whose types include one not named): under any
     * other, a token's field is not asked, in a tree without an error. */
    const TSSymbol anon_fields[] = {y->augmented_assignment, y->binary_operator,
                                    y->boolean_operator,     y->comparison_operator,
                                    y->dict_pattern,         y->for_in_clause,
                                    y->unary_operator};
    w.nodes = an_nodes_new(tree, fieldless, sizeof fieldless / sizeof *fieldless, anon_fields,
                           sizeof anon_fields / sizeof *anon_fields);
    if (!w.arena || !w.stack || !w.stack_sym || !w.syntax || !w.nodes)
        goto out;
    /* The first pass stops silently at the depth limit; the second reports it. */
    pass(&w, PASS_RECORD);
    record_comprehension_aliases(&w);
    w.binds_done = true;
    w.reads_fields = wk_reads_dataclass_fields(&w);
    bool claimed = an_syntax_claims(w.syntax); /* one syntax error: the one CPython names */
    w.syntax_reported = claimed;
    /* Methods that set private attributes through self, found by the record pass,
     * are guarded during the check pass; any found only by the check pass (rarer
     * spellings of the store) take one more walk. */
    if (!w.oom && w.npriv > 0)
        wk_priv_prepare(&w, 0);
    size_t early = w.npriv;
    w.priv_checking = true;
    if (!w.oom)
        wk_census_prepare(&w);
    if (!w.oom)
        pass(&w, PASS_CHECK);
    /* tree-sitter recovered from an error no rule reported (a MISSING token: it
     * read `x: a[0].b["k"].c()`, one annotated assignment to CPython, as two
     * statements): the tree the rules judged is not the program CPython runs, a
     * parser disagreement of the checker's own (rule "parser", not "syntax") */
    bool broken = ts_node_has_error(w.root);
    if (!w.oom && !w.syntax_reported && broken)
        report_first_error(&w);
    /* The judges below read the whole tree as a program CPython would run. One
     * that tree-sitter could not read (an error inside) or that the walk left
     * unfinished (too deep) is refused already, and there each parent lookup walks
     * down from the root (nodes.h): a 2,000-link chain with a stray backslash took
     * minutes. */
    bool judged = !w.oom && !broken && !w.too_deep;
    if (judged)
        wk_judge_module_names(&w);
    if (judged && !w.oom)
        wk_judge_private_reads(&w);
    if (judged && !w.oom)
        wk_stores_judge(&w);
    if (judged && !w.oom)
        wk_judge_dispatch_sites(&w);
    if (judged && !w.oom)
        wk_judge_library_copies(&w);
    if (judged && !w.oom)
        wk_memsafe_judge(&w);
    /* Privilege is transitive (a method handing its self to a privileged one is
     * privileged): each late walk guards the methods the one before found, until
     * none is new. */
    size_t from = early;
    while (!w.oom && w.priv_late && wk_priv_prepare(&w, from) == 0) {
        w.priv_late = false;
        from = w.npriv;
        pass(&w, PASS_PRIVILEGED);
    }
    if (!w.oom && an_syntax_end(w.syntax, res, w.syntax_reported && !claimed) < 0)
        w.oom = true;
    w.syntax = NULL;
    rc = w.oom ? -1 : 0;
out:
    an_syntax_end(w.syntax, NULL, false);
    wk_stores_free(&w);
    wk_memsafe_free(&w);
    free(w.binds);
    free(w.privileged);
    free(w.privaliases);
    free(w.reads);
    free(w.exempt_annots);
    free(w.memo);
    free(w.enum_classes);
    free(w.dsites);
    free(w.stack);
    free(w.stack_sym);
    an_nodes_free(w.nodes);
    an_arena_free(w.arena);
    return rc;
}
