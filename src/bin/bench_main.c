/*
 * analyzer-bench - times an_check() on a realistic 5000-character program.
 *
 *   analyzer-bench [--rules DIR] [ITERATIONS]
 *
 * Prints p50, p95 and p99 in microseconds. The program is built in, so runs on
 * different machines time the same work.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyzer.h"

static const char unit[] =
    "import math\n"
    "from collections import defaultdict, Counter\n"
    "\n"
    "class Account:\n"
    "    \"\"\"A bank account with a history.\"\"\"\n"
    "    def __init__(self, owner: str, balance: float = 0.0) -> None:\n"
    "        self.owner = owner\n"
    "        self._balance = balance\n"
    "        self._history = []\n"
    "\n"
    "    def deposit(self, amount):\n"
    "        if amount <= 0:\n"
    "            raise ValueError(f\"bad amount {amount!r}\")\n"
    "        self._balance += amount\n"
    "        self._history.append(('deposit', amount))\n"
    "\n"
    "    def __repr__(self):\n"
    "        return '{}({!r}, {:.2f})'.format(type(self).__name__, self.owner, self._balance)\n"
    "\n"
    "def primes(n):\n"
    "    sieve = [True] * (n + 1)\n"
    "    for i in range(2, int(math.sqrt(n)) + 1):\n"
    "        if sieve[i]:\n"
    "            sieve[i * i::i] = [False] * len(sieve[i * i::i])\n"
    "    return [i for i in range(2, n + 1) if sieve[i]]\n"
    "\n"
    "counts = Counter(w.lower() for w in 'the quick brown fox jumps over the lazy dog'.split())\n"
    "groups = defaultdict(list)\n"
    "for word, c in counts.items():\n"
    "    groups[c].append(word)\n"
    "print(sorted(groups.items()), primes(50)[:5])\n\n";

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const char *dir = SAFE_EXEC_RULES_DIR;
    int iters = 2000, argi = 1;
    if (argi + 1 < argc && strcmp(argv[argi], "--rules") == 0) {
        dir = argv[argi + 1];
        argi += 2;
    }
    if (argi < argc)
        iters = atoi(argv[argi]);
    if (iters < 10)
        iters = 10;

    char src[5001];
    size_t len = 0, ulen = sizeof unit - 1;
    while (len + ulen <= 5000) {
        memcpy(src + len, unit, ulen);
        len += ulen;
    }
    memset(src + len, '#', 5000 - len - 1); /* pad with a comment to exactly 5000 */
    src[4999] = '\n';
    len = 5000;

    se_error err;
    an_rules *rules = an_rules_load(dir, &err);
    if (!rules) {
        fprintf(stderr, "analyzer-bench: %s\n", err.message);
        return 2;
    }
    double *us = malloc((size_t)iters * sizeof *us);
    if (!us)
        return 2;
    size_t violations = 0;
    for (int i = 0; i < iters; i++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        an_result *res = an_check(rules, src, len, &err);
        clock_gettime(CLOCK_MONOTONIC, &b);
        if (!res) {
            fprintf(stderr, "analyzer-bench: %s\n", err.message);
            return 2;
        }
        violations = an_result_count(res);
        an_result_free(res);
        us[i] = (double)(b.tv_sec - a.tv_sec) * 1e6 + (double)(b.tv_nsec - a.tv_nsec) / 1e3;
    }
    qsort(us, (size_t)iters, sizeof *us, cmp);
    printf("analyzer: %zu-byte program, %d checks, %zu violations\n", len, iters, violations);
    printf("p50 %.1f us  p95 %.1f us  p99 %.1f us\n", us[iters / 2], us[iters * 95 / 100],
           us[iters * 99 / 100]);
    free(us);
    an_rules_free(rules);
    return violations == 0 ? 0 : 1;
}
