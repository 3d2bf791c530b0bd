/*
 * runid.c - ULIDs for runs.
 *
 * How this works: the id is 128 bits, 48 of time and 80 random, written as 26
 * base32 digits, most significant first (the first digit carries only 3 bits). The
 * last id's bits are remembered: an id in the same millisecond (or a clock that went
 * back) reuses that time and adds one to the random part, so ids keep their order
 * without a second source of truth. Overflow of the 80 bits within one millisecond
 * would need 2^80 ids: not handled beyond wrapping into the time part.
 */
#define _DEFAULT_SOURCE /* getrandom */
#include "se_runid.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

static const char ALPHABET[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

static pthread_mutex_t last_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t last_ms;
static unsigned char last_bytes[16]; /* big-endian, time then randomness */

static int random_bytes(unsigned char *p, size_t n)
{
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}

static void encode(const unsigned char b[16], char out[SE_RUNID_LEN + 1])
{
    /* 128 bits as 26 digits of 5 bits: the first digit holds the top 3 bits. */
    for (int i = SE_RUNID_LEN - 1, bit = 0; i >= 0; i--, bit += 5) {
        unsigned v = 0;
        for (int k = 0; k < 5; k++) {
            int pos = bit + k; /* bit position counted from the least significant */
            if (pos < 128 && (b[15 - pos / 8] >> (pos % 8) & 1))
                v |= 1u << k;
        }
        out[i] = ALPHABET[v];
    }
    out[SE_RUNID_LEN] = '\0';
}

int se_runid_new_at(uint64_t ms, char out[SE_RUNID_LEN + 1])
{
    unsigned char b[16];
    int rc = 0;
    out[0] = '\0';
    pthread_mutex_lock(&last_lock);
    if (ms <= last_ms && last_ms != 0) {
        /* Same millisecond (or the clock went back): the last id plus one. */
        memcpy(b, last_bytes, sizeof b);
        for (int i = 15; i >= 0 && ++b[i] == 0; i--)
            ;
    } else {
        for (int i = 0; i < 6; i++)
            b[i] = (unsigned char)(ms >> (8 * (5 - i)));
        if (random_bytes(b + 6, 10) != 0) {
            rc = -1;
            goto out;
        }
        last_ms = ms;
    }
    memcpy(last_bytes, b, sizeof b);
    encode(b, out);
out:
    pthread_mutex_unlock(&last_lock);
    return rc;
}

int se_runid_new(char out[SE_RUNID_LEN + 1])
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t ms = (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
    return se_runid_new_at(ms, out);
}

static int digit(char c)
{
    const char *p = c ? strchr(ALPHABET, c) : NULL;
    return p ? (int)(p - ALPHABET) : -1;
}

bool se_runid_valid(const char *s, size_t len)
{
    if (!s || len != SE_RUNID_LEN || digit(s[0]) < 0 || digit(s[0]) > 7)
        return false;
    for (size_t i = 1; i < len; i++)
        if (digit(s[i]) < 0)
            return false;
    return true;
}

uint64_t se_runid_ms(const char *s, size_t len)
{
    if (!se_runid_valid(s, len))
        return 0;
    /* The first digit carries 3 bits and the next nine 45: the 48 bits of time. */
    uint64_t v = 0;
    for (int i = 0; i < 10; i++)
        v = v << 5 | (uint64_t)digit(s[i]);
    return v;
}
