/*
 * proxy.h - which client a request comes from when it arrives through a balancer.
 *
 * Behind haproxy (or any reverse proxy) every connection comes from the proxy: keyed on
 * the peer address, the rate limit would put all clients in one bucket. The proxy
 * names the client in X-Forwarded-For, but so can any client: the header is believed
 * only when the peer is one of the configured trusted proxies, and then only as far
 * as it was written by trusted hops. The list is walked from its right end (the entry
 * the nearest proxy appended) leftwards while the addresses are trusted proxies; the
 * first one that is not is the client. An entry that is not an address stops the
 * walk at the last trusted hop.
 *
 * Contract:
 * - http_proxies_parse() takes CIDRs ("10.0.0.0/8", "192.168.1.7", "fd00::/8")
 *   separated by commas or spaces; "" or NULL gives an empty list (nothing trusted).
 *   NULL and err filled on a malformed entry (the message names it) or no memory.
 * - Addresses are raw bytes: 4 (IPv4) or 16 (IPv6; an IPv4-mapped one counts as its
 *   IPv4 address). The list is immutable after parsing: safe from many threads.
 * - http_client_address() is a pure function of its arguments.
 */
#ifndef SAFE_EXEC_PROXY_H
#define SAFE_EXEC_PROXY_H

#include <stdbool.h>
#include <stddef.h>

#include "se_error.h"

typedef struct http_proxies http_proxies;

http_proxies *http_proxies_parse(const char *spec, se_error *err);
void http_proxies_free(http_proxies *tp);          /* accepts NULL */
size_t http_proxies_count(const http_proxies *tp); /* 0 for NULL */
bool http_proxies_contains(const http_proxies *tp, const unsigned char *addr, size_t len);

/* The client of a request from peer (len 4 or 16) carrying X-Forwarded-For xff (NULL:
 * none; several header lines joined by commas, in order). Writes the client's address
 * into out[16] and returns its length (4 or 16); the peer itself unless it is trusted. */
size_t http_client_address(const http_proxies *tp, const unsigned char *peer,
                           size_t peer_len, const char *xff, unsigned char out[16]);

#endif
