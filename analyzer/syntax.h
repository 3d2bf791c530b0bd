/*
 * syntax.h - parser agreement: refuse what CPython 3.11 refuses to compile, where
 * tree-sitter's error-tolerant grammar would accept it. Internal to the analyzer.
 *
 * Contract:
 * - an_syntax_begin() reads the prepared source with a re-implementation of
 *   CPython's tokenizer (indentation, numbers, string prefixes and escapes, bytes,
 *   f-strings as 3.11 splits them, line continuations, brackets, identifiers).
 *   It returns NULL only when memory runs out.
 * - an_syntax_visit() is called by the rule walk for every node of the tree in
 *   pre-order, with the node's ancestors (stack[0] the root, stack[depth] the
 *   node, sym its symbol; stack_sym[i] the symbol of stack[i]) and the flat tree
 *   it reads children from (nodes.h); it
 *   makes the grammar's and the compiler's checks that tree-sitter does
 *   not make (targets, argument and parameter order, star expressions, statements
 *   out of place, patterns, 3.12-only syntax). It shares the rule walk's traversal
 *   because a second walk of the tree would cost the checker about 15%.
 * - The same walk compares the layout: each logical line the tokenizer read
 *   (its first token, its depth in CPython's INDENT/DEDENT stream) must begin a
 *   statement, decorator or clause of the tree inside as many blocks, and no
 *   continuation line may begin a statement of the tree (but after ';' or a
 *   header's ':'); the first line where the two differ is a "syntax" violation
 *   when nothing else is (tree-sitter's scanner counts tabs, backslash lines and
 *   deep levels its own way, and its grammar joins a few lines, so a program
 *   CPython compiles could be judged in other scopes). When the tokenizer stops
 *   early (an error, too many levels) there is no layout to compare.
 * - an_syntax_claims() says whether the tokenizer stage found an error; the
 *   rule walk then leaves syntax errors to this module (its reading is closer
 *   to CPython's than tree-sitter's error recovery), so one program gets one
 *   syntax violation.
 * - an_syntax_end() adds at most one violation, rule "syntax", on the line CPython
 *   names (its tokenizer's first error, else the earliest), with a message close
 *   to CPython's, unless reported_elsewhere (the rule walk reported tree-sitter's
 *   own error), and frees the state. Programs CPython compiles get none. Returns
 *   0, or -1 when out of memory. It accepts NULL.
 * - No recursion on the tree's shape; thread-safe (the symbol table is looked up
 *   once, under pthread_once, and never written again).
 */
#ifndef SAFE_EXEC_SYNTAX_H
#define SAFE_EXEC_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>
#include <tree_sitter/api.h>

#include "internal.h"
#include "nodes.h"

typedef struct an_syntax an_syntax;

an_syntax *an_syntax_begin(const an_source *src);
void an_syntax_visit(an_syntax *s, const an_nodes *nodes, const TSNode *stack,
                     const TSSymbol *stack_sym, size_t depth, TSSymbol sym);
bool an_syntax_claims(const an_syntax *s);
int an_syntax_end(an_syntax *s, an_result *res, bool reported_elsewhere);

#endif
