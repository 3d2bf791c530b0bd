/*
 * fuzz_api.c - libFuzzer target for the request parser, the server's seam for
 * untrusted bytes: api_parse_run() on any body, in both /run and /check modes.
 * Besides not crashing, an accepted request must respect the limits it was given,
 * and an error must carry an HTTP status and a message that renders as a body.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const api_limits lim = {.max_code_chars = 64, .max_stdin_bytes = 32,
                                   .max_timeout_s = 30};
    for (int check_only = 0; check_only < 2; check_only++) {
        api_run_request rq;
        se_error err;
        if (api_parse_run((const char *)data, size, &lim, check_only, &rq, &err) == 0) {
            if (rq.code_len == 0 || rq.code_chars > lim.max_code_chars ||
                rq.code_chars > rq.code_len || rq.stdin_len > lim.max_stdin_bytes ||
                rq.timeout_s < 0 || rq.timeout_s > lim.max_timeout_s || rq.code[rq.code_len])
                abort();
            /* What a run would answer, rendered from what was parsed. */
            sb_result r = {.status = SB_OK, .out = rq.code, .out_len = rq.code_len,
                           .err = rq.stdin_data, .err_len = rq.stdin_len};
            size_t len = 0;
            char *j = api_result_json(&r, "", &len);
            if (!j || len == 0 || j[len - 1] != '\n')
                abort();
            free(j);
            api_run_request_clear(&rq);
        } else {
            if (err.code < 400 || err.code > 599 || !err.message[0] || rq.code)
                abort();
            size_t len = 0;
            char *j = http_error_body((unsigned)err.code, err.message, false, &len);
            if (!j)
                abort();
            free(j);
        }
    }
    return 0;
}
