/*
 * syms.h - the tree-sitter symbol ids the walker dispatches on, looked up once per
 * rule set (a lookup scans the grammar's whole symbol table).
 */
#ifndef SAFE_EXEC_SYMS_H
#define SAFE_EXEC_SYMS_H

#include <stdbool.h>
#include <stdint.h>
#include <tree_sitter/api.h>

typedef struct an_syms {
    TSSymbol identifier, attribute, keyword_argument, dotted_name, aliased_import,
        import_statement, import_from_statement, future_import_statement, relative_import,
        wildcard_import, keyword_pattern, string, concatenated_string, string_start,
        string_content, string_end, interpolation, parenthesized_expression, call,
        function_definition, class_definition, parameters, lambda_parameters,
        default_parameter, typed_parameter, typed_default_parameter, list_splat_pattern,
        dictionary_splat_pattern, block, comment, print_statement, exec_statement, assignment,
        tuple, list, pattern_list, tuple_pattern, list_pattern, expression_list, list_splat,
        augmented_assignment, for_statement, for_in_clause, delete_statement, as_pattern,
        as_pattern_target, named_expression, class_pattern, case_pattern, splat_pattern,
        argument_list, decorator, subscript, lambda, expression_statement, binary_operator,
        dictionary_splat, global_statement, nonlocal_statement, true_, false_, none, integer, float_,
        set, comparison_operator, boolean_operator, not_operator, unary_operator,
        return_statement, conditional_expression, await, yield, pair, type, if_clause,
        assert_statement, raise_statement, if_statement, elif_clause, while_statement,
        generator_expression, list_comprehension, set_comprehension, dictionary_comprehension,
        decorated_definition,
        generic_type, type_parameter, union_type, member_type, constrained_type, dictionary,
        module, slice, dict_pattern;
    /* Nodes whose children can be statements (module, block, compound statements,
     * ERROR), sorted for bsearch; and those below 512 (all but ERROR in this
     * grammar) as a bit per symbol too, asked for every node the record pass
     * enters. */
    TSSymbol containers[32];
    size_t ncontainers;
    uint64_t container_bits[8];
} an_syms;

const TSLanguage *tree_sitter_python(void);
void an_syms_init(an_syms *s);
bool an_syms_holds_statements(const an_syms *s, TSSymbol sym);

#endif
