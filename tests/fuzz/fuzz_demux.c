/*
 * fuzz_demux.c - libFuzzer target for sb_demux_feed(), the parser of the bytes the
 * user's program writes (framed by the engine on the attach stream).
 *
 * The first input byte picks how the rest is cut into feeds (the demultiplexer must
 * give the same answer whatever the chunking); the rest is the attach stream, read
 * with a fixed nonce so that the corpus can hold whole, valid runs. Besides not
 * crashing, the demultiplexer must keep its promises: at most stream_cap bytes kept
 * per stream, never more kept than written, the same phase and bytes whether the
 * input comes in one feed or in pieces, a problem text exactly when BROKEN, and a
 * report only once DONE.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sb_proto.h"

#define NONCE "0123456789abcdef0123456789abcdef"
#define CAP 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_invariants(const sb_demux *d)
{
    size_t kept = 0;
    for (int s = 1; s <= 2; s++) {
        size_t len = 0;
        bool trunc = false;
        const char *p = sb_demux_stream(d, s, &len, &trunc);
        if (!p || len > CAP || (trunc && len != CAP))
            abort();
        kept += len;
    }
    if (kept > sb_demux_output_total(d))
        abort();
    sb_phase ph = sb_demux_phase(d);
    if ((ph == SB_PHASE_BROKEN) != (sb_demux_problem(d)[0] != '\0'))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    size_t step = (size_t)data[0] % 17 + 1;
    data++;
    size--;

    sb_demux *whole = sb_demux_new(NONCE, CAP);
    sb_demux *parts = sb_demux_new(NONCE, CAP);
    if (!whole || !parts)
        abort();
    sb_phase pw = sb_demux_feed(whole, data, size);
    sb_phase pp = sb_demux_phase(parts);
    for (size_t i = 0; i < size; i += step) {
        size_t k = size - i < step ? size - i : step;
        pp = sb_demux_feed(parts, data + i, k);
        check_invariants(parts);
    }
    check_invariants(whole);
    if (pw != pp || sb_demux_output_total(whole) != sb_demux_output_total(parts))
        abort();
    for (int s = 1; s <= 2; s++) {
        size_t lw = 0, lp = 0;
        const char *a = sb_demux_stream(whole, s, &lw, NULL);
        const char *b = sb_demux_stream(parts, s, &lp, NULL);
        if (lw != lp || (lw && memcmp(a, b, lw) != 0))
            abort();
    }
    sb_report r;
    if (sb_demux_report(whole, &r) == 0 && (pw == SB_PHASE_STARTING || pw == SB_PHASE_READY))
        abort();
    sb_demux_free(whole);
    sb_demux_free(parts);
    return 0;
}
