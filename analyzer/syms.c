#include "syms.h"

#include <stdlib.h>
#include <string.h>

static TSSymbol sym(const TSLanguage *lang, const char *name)
{
    return ts_language_symbol_for_name(lang, name, (uint32_t)strlen(name), true);
}

static int cmp_sym(const void *a, const void *b)
{
    TSSymbol x = *(const TSSymbol *)a, y = *(const TSSymbol *)b;
    return (x > y) - (x < y);
}

void an_syms_init(an_syms *s)
{
    const TSLanguage *l = tree_sitter_python();
    s->identifier = sym(l, "identifier");
    s->attribute = sym(l, "attribute");
    s->keyword_argument = sym(l, "keyword_argument");
    s->dotted_name = sym(l, "dotted_name");
    s->aliased_import = sym(l, "aliased_import");
    s->import_statement = sym(l, "import_statement");
    s->import_from_statement = sym(l, "import_from_statement");
    s->future_import_statement = sym(l, "future_import_statement");
    s->relative_import = sym(l, "relative_import");
    s->wildcard_import = sym(l, "wildcard_import");
    s->keyword_pattern = sym(l, "keyword_pattern");
    s->string = sym(l, "string");
    s->concatenated_string = sym(l, "concatenated_string");
    s->string_start = sym(l, "string_start");
    s->string_content = sym(l, "string_content");
    s->string_end = sym(l, "string_end");
    s->interpolation = sym(l, "interpolation");
    s->parenthesized_expression = sym(l, "parenthesized_expression");
    s->call = sym(l, "call");
    s->function_definition = sym(l, "function_definition");
    s->class_definition = sym(l, "class_definition");
    s->parameters = sym(l, "parameters");
    s->lambda_parameters = sym(l, "lambda_parameters");
    s->default_parameter = sym(l, "default_parameter");
    s->typed_parameter = sym(l, "typed_parameter");
    s->typed_default_parameter = sym(l, "typed_default_parameter");
    s->list_splat_pattern = sym(l, "list_splat_pattern");
    s->dictionary_splat_pattern = sym(l, "dictionary_splat_pattern");
    s->block = sym(l, "block");
    s->comment = sym(l, "comment");
    s->print_statement = sym(l, "print_statement");
    s->exec_statement = sym(l, "exec_statement");
    s->assignment = sym(l, "assignment");
    s->tuple = sym(l, "tuple");
    s->list = sym(l, "list");
    s->pattern_list = sym(l, "pattern_list");
    s->tuple_pattern = sym(l, "tuple_pattern");
    s->list_pattern = sym(l, "list_pattern");
    s->expression_list = sym(l, "expression_list");
    s->list_splat = sym(l, "list_splat");
    s->augmented_assignment = sym(l, "augmented_assignment");
    s->for_statement = sym(l, "for_statement");
    s->for_in_clause = sym(l, "for_in_clause");
    s->delete_statement = sym(l, "delete_statement");
    s->as_pattern = sym(l, "as_pattern");
    s->as_pattern_target = sym(l, "as_pattern_target");
    s->named_expression = sym(l, "named_expression");
    s->class_pattern = sym(l, "class_pattern");
    s->case_pattern = sym(l, "case_pattern");
    s->splat_pattern = sym(l, "splat_pattern");
    s->argument_list = sym(l, "argument_list");
    s->decorator = sym(l, "decorator");
    s->subscript = sym(l, "subscript");
    s->lambda = sym(l, "lambda");
    s->expression_statement = sym(l, "expression_statement");
    s->binary_operator = sym(l, "binary_operator");
    s->dictionary_splat = sym(l, "dictionary_splat");
    s->global_statement = sym(l, "global_statement");
    s->nonlocal_statement = sym(l, "nonlocal_statement");
    s->set = sym(l, "set");
    s->comparison_operator = sym(l, "comparison_operator");
    s->boolean_operator = sym(l, "boolean_operator");
    s->not_operator = sym(l, "not_operator");
    s->unary_operator = sym(l, "unary_operator");
    s->return_statement = sym(l, "return_statement");
    s->conditional_expression = sym(l, "conditional_expression");
    s->await = sym(l, "await");
    s->yield = sym(l, "yield");
    s->pair = sym(l, "pair");
    s->dictionary = sym(l, "dictionary");
    s->type = sym(l, "type");
    s->if_clause = sym(l, "if_clause");
    s->assert_statement = sym(l, "assert_statement");
    s->raise_statement = sym(l, "raise_statement");
    s->if_statement = sym(l, "if_statement");
    s->elif_clause = sym(l, "elif_clause");
    s->while_statement = sym(l, "while_statement");
    s->generator_expression = sym(l, "generator_expression");
    s->list_comprehension = sym(l, "list_comprehension");
    s->set_comprehension = sym(l, "set_comprehension");
    s->dictionary_comprehension = sym(l, "dictionary_comprehension");
    s->integer = sym(l, "integer");
    s->float_ = sym(l, "float");
    s->none = sym(l, "none");
    s->decorated_definition = sym(l, "decorated_definition");
    s->generic_type = sym(l, "generic_type");
    s->type_parameter = sym(l, "type_parameter");
    s->union_type = sym(l, "union_type");
    s->member_type = sym(l, "member_type");
    s->constrained_type = sym(l, "constrained_type");
    s->true_ = sym(l, "true");
    s->module = sym(l, "module");
    s->slice = sym(l, "slice");
    s->dict_pattern = sym(l, "dict_pattern");
    s->false_ = sym(l, "false");

    static const char *const containers[] = {
        "module", "block", "if_statement", "elif_clause", "else_clause", "for_statement",
        "while_statement", "try_statement", "except_clause", "except_group_clause",
        "finally_clause", "with_statement", "function_definition", "class_definition",
        "decorated_definition", "match_statement", "case_clause",
    };
    s->ncontainers = 0;
    for (size_t i = 0; i < sizeof containers / sizeof containers[0]; i++) {
        TSSymbol c = sym(l, containers[i]);
        if (c != 0)
            s->containers[s->ncontainers++] = c;
    }
    s->containers[s->ncontainers++] = (TSSymbol)-1; /* ERROR: may hide anything */
    qsort(s->containers, s->ncontainers, sizeof s->containers[0], cmp_sym);
    memset(s->container_bits, 0, sizeof s->container_bits);
    for (size_t i = 0; i < s->ncontainers; i++)
        if (s->containers[i] < 64 * 8) /* container_bits holds 8 words */
            s->container_bits[s->containers[i] / 64] |= UINT64_C(1) << (s->containers[i] % 64);
}

bool an_syms_holds_statements(const an_syms *s, TSSymbol sym_id)
{
    if (sym_id < 64 * 8)
        return s->container_bits[sym_id / 64] >> (sym_id % 64) & 1;
    return bsearch(&sym_id, s->containers, s->ncontainers, sizeof sym_id, cmp_sym) != NULL;
}
