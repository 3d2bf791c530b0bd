/*
 * proxy.c - trusted proxies and X-Forwarded-For (see proxy.h for the rules).
 *
 * How this works: a list is an array of (bytes, length, prefix bits); an address
 * matches an entry of its own length whose first `bits` bits are equal. The header
 * is split on commas from its right end, each entry trimmed and parsed with
 * inet_pton; nothing is allocated per request.
 */
#include "proxy.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROXIES_MAX 64
#define ENTRY_TEXT_MAX 64   /* longest address text considered ("[...]" IPv6 fits) */

typedef struct cidr {
    unsigned char addr[16];
    size_t len;
    unsigned bits;
} cidr;

struct http_proxies {
    size_t n;
    cidr nets[PROXIES_MAX];
};

static const unsigned char V4_MAPPED[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

/* Text of one address into bytes; 0 when it is not one. IPv4-mapped becomes IPv4. */
static size_t parse_addr(const char *s, size_t n, unsigned char out[16])
{
    char text[ENTRY_TEXT_MAX];
    if (n >= 2 && s[0] == '[' && s[n - 1] == ']') {
        s++;
        n -= 2;
    }
    if (n == 0 || n >= sizeof text)
        return 0;
    memcpy(text, s, n);
    text[n] = '\0';
    if (inet_pton(AF_INET, text, out) == 1)
        return 4;
    if (inet_pton(AF_INET6, text, out) == 1) {
        if (memcmp(out, V4_MAPPED, sizeof V4_MAPPED) == 0) {
            memmove(out, out + 12, 4);
            return 4;
        }
        return 16;
    }
    return 0;
}

http_proxies *http_proxies_parse(const char *spec, se_error *err)
{
    http_proxies *tp = calloc(1, sizeof *tp);
    if (!tp) {
        se_error_set(err, 0, "out of memory");
        return NULL;
    }
    const char *p = spec ? spec : "";
    for (;;) {
        p += strspn(p, ", \t");
        if (!*p)
            break;
        size_t n = strcspn(p, ", \t");
        const char *slash = memchr(p, '/', n);
        size_t alen = slash ? (size_t)(slash - p) : n;
        cidr c = {0};
        c.len = parse_addr(p, alen, c.addr);
        c.bits = (unsigned)c.len * 8;
        if (c.len && slash) {
            char *end = NULL;
            char bits[8];
            size_t blen = n - alen - 1;
            if (blen == 0 || blen >= sizeof bits)
                c.len = 0;
            else {
                memcpy(bits, slash + 1, blen);
                bits[blen] = '\0';
                unsigned long b = strtoul(bits, &end, 10);
                if (*end || b > c.len * 8)
                    c.len = 0;
                else
                    c.bits = (unsigned)b;
            }
        }
        if (!c.len || tp->n == PROXIES_MAX) {
            se_error_set(err, 0, "trusted proxy \"%.*s\": %s", (int)(n > 80 ? 80 : n), p,
                         c.len ? "too many entries (at most 64)"
                               : "not an address or CIDR (such as 10.0.0.0/8 or fd00::/8)");
            free(tp);
            return NULL;
        }
        tp->nets[tp->n++] = c;
        p += n;
    }
    return tp;
}

void http_proxies_free(http_proxies *tp)
{
    free(tp);
}

size_t http_proxies_count(const http_proxies *tp)
{
    return tp ? tp->n : 0;
}

static bool in_net(const cidr *c, const unsigned char *a, size_t len)
{
    if (len != c->len)
        return false;
    unsigned full = c->bits / 8, rest = c->bits % 8;
    if (memcmp(a, c->addr, full) != 0)
        return false;
    if (rest == 0)
        return true;
    unsigned char mask = (unsigned char)(0xff << (8 - rest));
    return (a[full] & mask) == (c->addr[full] & mask);
}

bool http_proxies_contains(const http_proxies *tp, const unsigned char *addr, size_t len)
{
    unsigned char a[16];
    if (!tp || (len != 4 && len != 16))
        return false;
    if (len == 16 && memcmp(addr, V4_MAPPED, sizeof V4_MAPPED) == 0) {
        addr += 12;
        len = 4;
    }
    memcpy(a, addr, len);
    for (size_t i = 0; i < tp->n; i++)
        if (in_net(&tp->nets[i], a, len))
            return true;
    return false;
}

size_t http_client_address(const http_proxies *tp, const unsigned char *peer,
                           size_t peer_len, const char *xff, unsigned char out[16])
{
    size_t len = peer_len > 16 ? 16 : peer_len;
    memcpy(out, peer, len);
    if (!xff || !http_proxies_contains(tp, out, len))
        return len;
    /* The peer is trusted: believe the header from its right end while each hop it
     * names is trusted too. */
    size_t end = strlen(xff);
    while (end > 0) {
        size_t start = end;
        while (start > 0 && xff[start - 1] != ',')
            start--;
        size_t a = start, b = end;
        while (a < b && (xff[a] == ' ' || xff[a] == '\t'))
            a++;
        while (b > a && (xff[b - 1] == ' ' || xff[b - 1] == '\t'))
            b--;
        unsigned char hop[16];
        size_t hlen = parse_addr(xff + a, b - a, hop);
        if (!hlen)
            break;   /* not an address: the last trusted hop is all we know */
        memcpy(out, hop, hlen);
        len = hlen;
        if (!http_proxies_contains(tp, hop, hlen))
            break;   /* the client */
        end = start > 0 ? start - 1 : 0;
    }
    return len;
}
