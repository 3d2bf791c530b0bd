/*
 * fuzz_analyzer.c - libFuzzer target for an_check(): any bytes must come back as a
 * result (violations or none), never a crash, a leak or undefined behaviour.
 * Built by scripts/fuzz.sh (clang), and replayed over the kept corpus by ctest
 * through fuzz_replay.c.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "analyzer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static an_rules *rules;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rules) {
        se_error err;
        const char *dir = getenv("SAFE_EXEC_RULES");
        rules = an_rules_load(dir ? dir : SAFE_EXEC_RULES_DIR, &err);
        if (!rules) {
            fprintf(stderr, "fuzz: %s\n", err.message);
            abort();
        }
    }
    se_error err;
    an_result *res = an_check(rules, (const char *)data, size, &err);
    if (!res)
        abort(); /* only out-of-memory may fail, and the fuzzer caps memory */
    for (size_t i = 0; i < an_result_count(res); i++) {
        const an_violation *v = an_result_get(res, i);
        if (!v->rule || !v->message || v->line == 0 || v->column == 0 ||
            v->end_line < v->line)
            abort();
    }
    an_result_free(res);
    return 0;
}
