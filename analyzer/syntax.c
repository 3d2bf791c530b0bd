/*
 * syntax.c - parser agreement with CPython 3.11 (see syntax.h).
 *
 * tree-sitter-python is built to recover from errors and to read several Python
 * versions at once, so it accepts many programs CPython refuses, and some it reads
 * differently (a 3.11 f-string ends at its own quote; a dedent to a column no block
 * opened is a new statement to tree-sitter). The checker must judge the program that
 * runs; a program that does not compile does not run, so the safe answer to every
 * disagreement is to refuse it as CPython would, on CPython's line.
 *
 * Two stages, each stopping at its first error; the earlier of the two is reported:
 * 1. A tokenizer that follows CPython's Parser/tokenizer.c state machine on the
 *    text: indentation stack (tabs as CPython counts them, twice), brackets,
 *    numbers, string prefixes, escapes, bytes, f-string splitting, continuation
 *    lines, identifier characters. Its own knowledge of the layout also gives the
 *    two indentation errors the parser raises (unexpected indent, expected an
 *    indented block), which tree-sitter's grammar tolerates.
 * 2. A walk of the tree for what CPython's grammar refuses through its invalid_*
 *    rules and what its compiler refuses before running anything (symtable and
 *    compile.c), by category: targets of every binding form, call arguments,
 *    parameters, star expressions, statements out of place, patterns, and the
 *    syntax of later Pythons tree-sitter knows.
 * And for programs CPython compiles: the layout. Each logical line stage 1 read
 * must begin a statement of the tree at the block depth CPython gives it
 * (check_layout); reported only when neither stage found an error.
 */
#include "pystr.h"
#include "syntax.h"
#include "syms.h"

#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uniname.h>
#include <unistr.h>

/* ---- the one finding ---- */

typedef struct finding {
    bool set;
    size_t line, col; /* 1-based, col in code points */
    char msg[240];
} finding;

/* A logical line as CPython's tokenizer reads it: where its first token is and
 * how many blocks (INDENT tokens not yet closed) enclose it. */
typedef struct line_start {
    size_t off, line, bol;
    int depth;
} line_start;

typedef struct sx {
    const char *t;
    size_t len;
    finding f;   /* the earliest error */
    finding tok; /* the first error CPython's tokenizer itself raises */
    size_t hits; /* findings recorded so far */
    bool oom;
    finding layout;    /* the first line the two parsers lay out differently */
    line_start *lines; /* every logical line, in order (the layout check) */
    size_t nlines, cap_lines;
    size_t *conts; /* where each continuation line's first token is, in order */
    size_t nconts, cap_conts;
} sx;

/* Errors of CPython's tokenizer. */
static bool is_tokenizer_error(const char *msg)
{
    static const char *const prefixes[] = {
        "invalid character", "invalid non-printable", "invalid decimal literal",
        "invalid hexadecimal literal", "invalid octal literal", "invalid binary literal",
        "invalid imaginary literal", "invalid digit", "leading zeros", "unterminated ",
        "unexpected character after line continuation", "unexpected EOF", "unmatched '",
        "closing parenthesis", "too many nested parentheses", "unindent does not match",
        "inconsistent use of tabs"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(msg, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return strstr(msg, "' was never closed") != NULL;
}

/* The tokenizer errors CPython raises as exceptions (syntaxerror() in
 * tokenizer.c): after a parser error, _PyPegen_tokenize_full_source_to_check_
 * for_errors() reads the rest of the file and reports the first of these
 * instead. Indentation errors and an unclosed bracket are states, not
 * exceptions: they are reported only where the parser reaches them. */
static bool overrides(const char *msg)
{
    return is_tokenizer_error(msg) && strncmp(msg, "unindent", 8) != 0 &&
           strncmp(msg, "inconsistent", 12) != 0 && strncmp(msg, "unexpected EOF", 14) != 0 &&
           strstr(msg, "' was never closed") == NULL;
}

/* Records an error at byte off of line (whose first byte is bol), unless an
 * earlier one is already recorded. */
__attribute__((format(printf, 5, 6)))
static void flag(sx *x, size_t line, size_t bol, size_t off, const char *fmt, ...)
{
    char buf[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    size_t col = an_utf8_count(x->t, bol, off) + 1;
    if (!x->tok.set && overrides(buf)) {
        x->tok = (finding){.set = true, .line = line, .col = col};
        memcpy(x->tok.msg, buf, sizeof buf);
    }
    if (x->f.set && (x->f.line < line || (x->f.line == line && x->f.col <= col)))
        return;
    memcpy(x->f.msg, buf, sizeof buf);
    x->f.set = true;
    x->hits++;
    x->f.line = line;
    x->f.col = col;
}

/* What CPython reports: the first error, unless a tokenizer exception comes
 * anywhere in the file, which is reported instead (measured on 3.11: "1 = x"
 * then "0777" two lines below is refused for the 0777), but for "unexpected
 * indent", which stops it first. */
static const finding *reported(const sx *x)
{
    if (!x->tok.set)
        return &x->f;
    bool indent_first = x->f.set && strcmp(x->f.msg, "unexpected indent") == 0 &&
                        (x->f.line < x->tok.line ||
                         (x->f.line == x->tok.line && x->f.col < x->tok.col));
    return indent_first ? &x->f : &x->tok;
}

/* ---- stage 1: the tokenizer ---- */

#define MAXINDENT 100 /* CPython's; the rule walk reports too_deep past it */
#define MAXLEVEL 200  /* CPython's bracket nesting limit */
#define TABSIZE 8

typedef struct tok {
    sx *x;
    const char *t;
    size_t pos, end;
    size_t line, bol;
    int level;
    char paren[MAXLEVEL];
    size_t paren_line[MAXLEVEL], paren_bol[MAXLEVEL], paren_off[MAXLEVEL];
    int indstack[MAXINDENT + 1], altstack[MAXINDENT + 1];
    int indent;
    bool atbol;
    bool fexpr;           /* tokenizing an f-string expression (3.11 compiles it apart) */
    bool err;
    /* The logical line so far: its first token and whether its last was ':'. */
    bool line_empty;
    size_t head_off, head_len, head_line;
    bool ends_colon;
    bool line_colon; /* a ':' at bracket level 0 somewhere on the logical line */
    /* The previous logical line ended with ':' at bracket level 0. */
    bool want_block;
    size_t want_off, want_len, want_line;
    struct tok *sub; /* the tokenizer for f-string expressions inside, lazily made */
    /* the last token: its kind and where it starts */
    int prev_kind;
    size_t prev_off, prev_len, prev_line, prev_bol;
    size_t prev_off_before, prev_len_before, prev_line_before, prev_bol_before; /* the one before */
    int str_run; /* in a run of adjacent strings: 1 bytes, 0 str; else -1 */
    /* The simple statement being read (after a line start, ';' or ':'): its first
     * token, and for import statements where they are. */
    bool stmt_start;
    size_t stmt_off, stmt_len;
    int stmt_import; /* 0 none, 1 "import ...", 2 "from" before import, 3 after it */
} tok;

__attribute__((format(printf, 3, 4)))
static void tok_error(tok *k, size_t off, const char *fmt, ...)
{
    char buf[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    /* off is on the current line unless it is before bol (a token that began on
     * an earlier line reports its own start line through tok_error_at). */
    flag(k->x, k->line, k->bol, off < k->bol ? k->bol : off, "%s", buf);
    /* After an error of the parser's the tokenizer reads on, as CPython's does
     * after a plain "invalid syntax": an error of its own further down is what
     * CPython then reports. It stops at its own first error. */
    if (is_tokenizer_error(buf))
        k->err = true;
}

static int peek(const tok *k, size_t ahead)
{
    size_t i = k->pos + ahead;
    return i < k->end ? (unsigned char)k->t[i] : -1;
}

/* ASCII letters spelled out, as CPython's tokenizer does (Py_ISALPHA): isalpha()
 * asks the locale's table through a call, for every byte of every name. */
static bool ascii_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool id_char(int c)
{
    return c >= 0x80 || ascii_letter(c) || (c >= '0' && c <= '9') || c == '_';
}

static void newline_at(tok *k, size_t nl)
{
    k->line++;
    k->bol = nl + 1;
}

/* What a token is, as far as the layout and the adjacency checks care. */
enum { TK_NONE, TK_NAME, TK_KW, TK_END_KW, TK_NUM, TK_STR, TK_OPEN, TK_CLOSE, TK_OP, TK_COLON,
       TK_OK_OP, TK_SEMI };

static bool atom_end(int kind)
{
    return kind == TK_NAME || kind == TK_NUM || kind == TK_STR || kind == TK_CLOSE ||
           kind == TK_END_KW;
}

static bool word_is(const tok *k, size_t off, size_t len, const char *w)
{
    return strlen(w) == len && memcmp(k->t + off, w, len) == 0;
}

static bool stmt_word(const tok *k, const char *w)
{
    return word_is(k, k->stmt_off, k->stmt_len, w);
}

/* The end of a simple statement (';' or the line's end): a "from" with no
 * "import" is refused. */
static bool end_statement(tok *k)
{
    if (k->stmt_import == 2)
        flag(k->x, k->prev_line, k->prev_bol, k->prev_off, "invalid syntax");
    k->stmt_start = true;
    k->stmt_import = 0;
    return true;
}

/* What the grammar allows in a simple statement, token by token, at bracket level
 * 0, where tree-sitter's recovery is generous: a statement starts with no
 * binary operator; an import holds dotted names (a from-import's names are not
 * dotted), commas and 'as'; ':=' outside brackets only in an if, elif, while,
 * match or case header. Returns false after an error. */
static bool statement_token(tok *k, size_t off, size_t len, int kind)
{
    char c = k->t[off];
    if (k->stmt_start) {
        k->stmt_start = false;
        k->stmt_off = off;
        k->stmt_len = len;
        k->stmt_import = kind == TK_KW && word_is(k, off, len, "import") ? 1
                         : kind == TK_KW && word_is(k, off, len, "from") ? 2 : 0;
        if ((kind == TK_OP || kind == TK_OK_OP || kind == TK_SEMI || kind == TK_COLON) &&
            !strchr("+-~*@", c)) {
            tok_error(k, off, "invalid syntax");
            return false;
        }
        return true;
    }
    if (kind == TK_SEMI)
        return end_statement(k);
    if (kind == TK_COLON && !k->stmt_import)
        k->stmt_start = true; /* a one-line body, or an annotation: both simple */
    if (kind == TK_OP && c == ':' && !(stmt_word(k, "if") || stmt_word(k, "elif") ||
                                       stmt_word(k, "while") || stmt_word(k, "match") ||
                                       stmt_word(k, "case"))) {
        tok_error(k, off, "invalid syntax");
        return false;
    }
    bool ok = true;
    if (k->stmt_import == 1)
        ok = kind == TK_NAME || kind == TK_END_KW || (kind == TK_OP && c == '.') ||
             (kind == TK_OK_OP && c == ',') || (kind == TK_KW && word_is(k, off, len, "as"));
    else if (k->stmt_import == 2) {
        if (kind == TK_KW && word_is(k, off, len, "import"))
            k->stmt_import = 3;
        else
            ok = kind == TK_NAME || kind == TK_END_KW || (kind == TK_OP && c == '.');
    } else if (k->stmt_import == 3)
        ok = kind == TK_NAME || kind == TK_END_KW || kind == TK_OPEN || kind == TK_CLOSE ||
             (kind == TK_OK_OP && c == ',') || (kind == TK_KW && word_is(k, off, len, "as"));
    if (!ok) {
        tok_error(k, off, "invalid syntax");
        return false;
    }
    return true;
}

/* Every token goes through here. Two atoms in a row (a name, number, string or
 * closing bracket, then a name or number, or a string after anything but a
 * string) are what no rule of the grammar allows: CPython refuses them at the
 * second. tree-sitter's scanner drops a line end where a statement cannot end,
 * so a line continued by mistake reads to it as one statement. */
static void note_token(tok *k, size_t off, size_t len, int kind)
{
    int prev = k->prev_kind;
    k->prev_off_before = k->prev_off;
    k->prev_len_before = k->prev_len;
    k->prev_line_before = k->prev_line;
    k->prev_bol_before = k->prev_bol;
    k->prev_kind = kind;
    k->prev_off = off;
    k->prev_len = len;
    k->prev_line = k->line;
    k->prev_bol = k->bol;
    if (kind != TK_STR)
        k->str_run = -1;
    /* 'async' and 'await' are keywords: 'async' goes before def, for or with,
     * 'await' before an operand. tree-sitter also takes them as names. */
    if (prev == TK_KW && k->prev_len_before == 5) {
        const char *w = k->t + k->prev_off_before;
        bool bad = false;
        if (memcmp(w, "async", 5) == 0)
            bad = !(kind == TK_KW && (word_is(k, off, len, "def") || word_is(k, off, len, "for") ||
                                      word_is(k, off, len, "with")));
        else if (memcmp(w, "await", 5) == 0)
            bad = !(kind == TK_NAME || kind == TK_NUM || kind == TK_STR || kind == TK_OPEN ||
                    kind == TK_END_KW);
        if (bad) {
            tok_error(k, off, "invalid syntax");
            return;
        }
    }
    if (atom_end(prev) && prev != TK_END_KW &&
        (kind == TK_NAME || kind == TK_NUM || (kind == TK_STR && prev != TK_STR))) {
        /* Inside brackets CPython points at the first of the two. */
        if (k->level > 0) {
            flag(k->x, k->prev_line_before, k->prev_bol_before, k->prev_off_before,
                 "invalid syntax. Perhaps you forgot a comma?");
        } else {
            tok_error(k, off, "invalid syntax");
        }
        return;
    }
    if (k->level > 0 || k->fexpr)
        return;
    if (!statement_token(k, off, len, kind))
        return;
    if (k->line_empty) {
        k->line_empty = false;
        k->head_off = off;
        k->head_len = len;
        k->head_line = k->line;
    }
    k->ends_colon = kind == TK_COLON;
    k->line_colon |= kind == TK_COLON;
}

/* What CPython says a header opens: "'if' statement", "function definition". */
static void header_name(const tok *k, size_t off, size_t len, char *out, size_t cap)
{
    const char *p = k->t + off;
    if (len == 5 && memcmp(p, "async", 5) == 0) {
        size_t i = off + 5;
        while (i < k->end && (k->t[i] == ' ' || k->t[i] == '\t'))
            i++;
        size_t j = i;
        while (j < k->end && id_char((unsigned char)k->t[j]))
            j++;
        p = k->t + i;
        len = j - i;
    }
    if (len == 3 && memcmp(p, "def", 3) == 0)
        snprintf(out, cap, "function definition");
    else if (len == 5 && memcmp(p, "class", 5) == 0)
        snprintf(out, cap, "class definition");
    else
        snprintf(out, cap, "'%.*s' statement", (int)(len > 20 ? 20 : len), p);
}

/* A logical line ended (NEWLINE token at level 0). */
static void end_logical_line(tok *k)
{
    if (k->line_empty)
        return;
    /* A statement cannot end with an operator or most keywords: CPython refuses
     * the line; tree-sitter would read on into the next one. */
    if (k->prev_kind == TK_OP || k->prev_kind == TK_KW) /* at the line end, as CPython */
        flag(k->x, k->prev_line, k->prev_bol, k->prev_off + k->prev_len, "invalid syntax");
    end_statement(k);
    /* With their lengths: every logical line's first word is compared with them. */
#define WORD(s) {s, sizeof s - 1}
    static const struct {
        const char *p;
        size_t len;
    } compound[] = {WORD("if"), WORD("elif"), WORD("else"), WORD("for"), WORD("while"),
                    WORD("try"), WORD("except"), WORD("finally"), WORD("with"), WORD("def"),
                    WORD("class"), WORD("async"), WORD("match"), WORD("case")};
#undef WORD
    bool header = false;
    for (size_t i = 0; i < sizeof compound / sizeof *compound && !header; i++)
        header = compound[i].len == k->head_len &&
                 memcmp(k->t + k->head_off, compound[i].p, k->head_len) == 0;
    if (k->ends_colon && !header) /* "name:" and the like: only headers end so */
        flag(k->x, k->prev_line, k->prev_bol, k->prev_off, "invalid syntax");
    bool soft = word_is(k, k->head_off, k->head_len, "match") ||
                word_is(k, k->head_off, k->head_len, "case");
    if (header && !soft && !k->line_colon) /* "def f()" with nothing after */
        flag(k->x, k->prev_line, k->prev_bol, k->prev_off + k->prev_len, "expected ':'");
    k->line_colon = false;
    k->prev_kind = TK_NONE;
    k->want_block = k->ends_colon;
    k->want_off = k->head_off;
    k->want_len = k->head_len;
    k->want_line = k->head_line;
    k->line_empty = true;
    k->ends_colon = false;
}

static void expected_block(tok *k, size_t off)
{
    char what[64];
    header_name(k, k->want_off, k->want_len, what, sizeof what);
    if (off >= k->end) /* at the end of the file CPython points after the header */
        flag(k->x, k->prev_line, k->prev_bol, k->prev_off + k->prev_len,
             "expected an indented block after %s on line %zu", what, k->want_line);
    else
        tok_error(k, off, "expected an indented block after %s on line %zu", what,
                  k->want_line);
}

/* The indentation of a line that holds a token, as tok_get() computes it at the
 * beginning of a line; pos is at the first non-blank character. */
static void indentation(tok *k, int col, int altcol)
{
    size_t here = k->pos;
    if (col == k->indstack[k->indent]) {
        if (altcol != k->altstack[k->indent])
            return tok_error(k, here, "inconsistent use of tabs and spaces in indentation");
        if (k->want_block)
            expected_block(k, here);
    } else if (col > k->indstack[k->indent]) {
        if (k->indent + 1 >= MAXINDENT) {
            k->err = true; /* the rule walk says too_deep */
            return;
        }
        if (altcol <= k->altstack[k->indent])
            return tok_error(k, here, "inconsistent use of tabs and spaces in indentation");
        if (!k->want_block) /* the parser's error: the level opens all the same */
            tok_error(k, here, "unexpected indent");
        k->indent++;
        k->indstack[k->indent] = col;
        k->altstack[k->indent] = altcol;
    } else {
        while (k->indent > 0 && col < k->indstack[k->indent])
            k->indent--;
        if (col != k->indstack[k->indent])
            return tok_error(k, here, "unindent does not match any outer indentation level");
        if (altcol != k->altstack[k->indent])
            return tok_error(k, here, "inconsistent use of tabs and spaces in indentation");
        if (k->want_block)
            expected_block(k, here);
    }
    k->want_block = false;
}

/* Records the logical line starting at pos and its block depth, for the layout
 * check of the tree (check_layout). */
static void note_line(tok *k)
{
    sx *x = k->x;
    if (x->nlines == x->cap_lines) {
        size_t cap = x->cap_lines ? 2 * x->cap_lines : 64;
        line_start *p = realloc(x->lines, cap * sizeof *p);
        if (!p) {
            x->oom = true;
            k->err = true;
            return;
        }
        x->lines = p;
        x->cap_lines = cap;
    }
    x->lines[x->nlines++] = (line_start){.off = k->pos, .line = k->line, .bol = k->bol,
                                         .depth = k->indent};
}

/* Records a physical line that continues a logical one (inside brackets or
 * after a backslash) whose first token is at off: the only places, but after a
 * ';' or a header's ':', where tree-sitter could begin a statement CPython does
 * not (check_split). */
static void note_cont(tok *k, size_t off)
{
    sx *x = k->x;
    if (k->fexpr)
        return;
    if (x->nconts == x->cap_conts) {
        size_t cap = x->cap_conts ? 2 * x->cap_conts : 64;
        size_t *p = realloc(x->conts, cap * sizeof *p);
        if (!p) {
            x->oom = true;
            k->err = true;
            return;
        }
        x->conts = p;
        x->cap_conts = cap;
    }
    x->conts[x->nconts++] = off;
}

/* ---- numbers (tok_get's number branch, verify_end_of_number) ---- */

static bool lookahead(const tok *k, const char *rest)
{
    size_t n = strlen(rest);
    return k->pos + 1 + n <= k->end && memcmp(k->t + k->pos + 1, rest, n) == 0;
}

/* c = peek(k, 0) just past a number. False (error flagged) if it runs into a name. */
static bool end_of_number(tok *k, const char *kind)
{
    int c = peek(k, 0);
    bool kw = false;
    if (c == 'a')
        kw = lookahead(k, "nd");
    else if (c == 'e')
        kw = lookahead(k, "lse");
    else if (c == 'f')
        kw = lookahead(k, "or");
    else if (c == 'i')
        kw = peek(k, 1) == 'f' || peek(k, 1) == 'n' || peek(k, 1) == 's';
    else if (c == 'o')
        kw = lookahead(k, "r");
    else if (c == 'n')
        kw = lookahead(k, "ot");
    if (kw) {
        /* CPython 3.11 only warns here and splits the number before the keyword
         * ("0x1for x in g" is "0x1f or x in g"), where tree-sitter reads a name
         * character as part of the number and sees another program (a comprehension
         * binding x). CPython itself deprecates the spelling; refused so that the two
         * parsers never disagree on where a number ends. */
        tok_error(k, k->pos,
                  "invalid %s literal: a number is followed by a keyword with no space "
                  "between them; write a space after the number",
                  kind);
        return false;
    }
    if (c >= 0 && id_char(c)) {
        tok_error(k, k->pos, "invalid %s literal", kind);
        return false;
    }
    return true;
}

static bool isdig(int c) { return c >= '0' && c <= '9'; }

/* After a digit: more digits, single underscores between digits. */
static bool decimal_tail(tok *k)
{
    for (;;) {
        while (isdig(peek(k, 0)))
            k->pos++;
        if (peek(k, 0) != '_')
            return true;
        k->pos++;
        if (!isdig(peek(k, 0))) {
            tok_error(k, k->pos, "invalid decimal literal");
            return false;
        }
    }
}

static bool radix_digits(tok *k, int radix, const char *kind)
{
    do {
        if (peek(k, 0) == '_')
            k->pos++;
        int c = peek(k, 0);
        bool ok = radix == 16 ? (c >= 0 && isxdigit(c)) : (c >= '0' && c < '0' + radix);
        if (!ok) {
            if (radix != 16 && isdig(c))
                tok_error(k, k->pos, "invalid digit '%c' in %s literal", c, kind);
            else
                tok_error(k, k->pos, "invalid %s literal", kind);
            return false;
        }
        for (;;) {
            c = peek(k, 0);
            ok = radix == 16 ? (c >= 0 && isxdigit(c)) : (c >= '0' && c < '0' + radix);
            if (!ok)
                break;
            k->pos++;
        }
    } while (peek(k, 0) == '_');
    if (radix != 16 && isdig(peek(k, 0))) {
        tok_error(k, k->pos, "invalid digit '%c' in %s literal", peek(k, 0), kind);
        return false;
    }
    return end_of_number(k, kind);
}

static void exponent_and_imag(tok *k);

/* pos at the character after the '.' of a number */
static void fraction(tok *k)
{
    if (isdig(peek(k, 0)) && !decimal_tail(k))
        return;
    exponent_and_imag(k);
}

static void exponent_and_imag(tok *k)
{
    int c = peek(k, 0);
    if (c == 'e' || c == 'E') {
        size_t e = k->pos;
        k->pos++;
        c = peek(k, 0);
        if (c == '+' || c == '-') {
            k->pos++;
            if (!isdig(peek(k, 0)))
                return tok_error(k, k->pos, "invalid decimal literal");
        } else if (!isdig(c)) {
            k->pos = e; /* "1else": the number ends before the e */
            end_of_number(k, "decimal");
            return;
        }
        if (!decimal_tail(k))
            return;
        c = peek(k, 0);
    }
    if (c == 'j' || c == 'J') {
        k->pos++;
        end_of_number(k, "imaginary");
    } else {
        end_of_number(k, "decimal");
    }
}

static void number(tok *k)
{
    size_t start = k->pos;
    int c = peek(k, 0);
    if (c == '.') {
        k->pos++;
        return fraction(k);
    }
    if (c == '0') {
        k->pos++;
        c = peek(k, 0);
        if (c == 'x' || c == 'X') {
            k->pos++;
            radix_digits(k, 16, "hexadecimal");
            return;
        }
        if (c == 'o' || c == 'O') {
            k->pos++;
            radix_digits(k, 8, "octal");
            return;
        }
        if (c == 'b' || c == 'B') {
            k->pos++;
            radix_digits(k, 2, "binary");
            return;
        }
        bool nonzero = false;
        for (;;) {
            if (peek(k, 0) == '_') {
                k->pos++;
                if (!isdig(peek(k, 0)))
                    return tok_error(k, k->pos, "invalid decimal literal");
            }
            if (peek(k, 0) != '0')
                break;
            k->pos++;
        }
        if (isdig(peek(k, 0))) {
            nonzero = true;
            if (!decimal_tail(k))
                return;
        }
        c = peek(k, 0);
        if (c == '.') {
            k->pos++;
            return fraction(k);
        }
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
            return exponent_and_imag(k);
        if (nonzero)
            return tok_error(k, start,
                             "leading zeros in decimal integer literals are not permitted; "
                             "use an 0o prefix for octal integers");
        end_of_number(k, "decimal");
        return;
    }
    k->pos++;
    if (!decimal_tail(k))
        return;
    if (peek(k, 0) == '.') {
        k->pos++;
        return fraction(k);
    }
    exponent_and_imag(k);
}

/* ---- strings ---- */

/* Escapes in the literal text [a, b) of a str (or, bytes, a bytes) literal, as
 * the unicode_escape / bytes decoders judge them. Returns the offending offset or
 * (size_t)-1; *why says what. Unknown escapes are only warnings in 3.11. */
static size_t bad_escape(const char *t, size_t a, size_t b, bool bytes, const char **why)
{
    for (size_t i = a; i < b; i++) {
        if (t[i] != '\\')
            continue;
        if (i + 1 >= b)
            return (size_t)-1;
        char c = t[i + 1];
        size_t need = 0;
        if (c == 'x')
            need = 2;
        else if (!bytes && c == 'u')
            need = 4;
        else if (!bytes && c == 'U')
            need = 8;
        if (need) {
            unsigned long v = 0;
            for (size_t j = 0; j < need; j++) {
                int h = i + 2 + j < b ? an_pystr_hexval((unsigned char)t[i + 2 + j]) : -1;
                if (h < 0) {
                    *why = bytes ? "(value error) invalid \\x escape"
                           : c == 'x' ? "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape"
                           : c == 'u' ? "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\uXXXX escape"
                                      : "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\UXXXXXXXX escape";
                    return i;
                }
                v = v * 16 + (unsigned long)h;
            }
            if (v > 0x10FFFF) {
                *why = "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character";
                return i;
            }
            i += 1 + need;
            continue;
        }
        if (!bytes && c == 'N') {
            *why = "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape";
            if (i + 2 >= b || t[i + 2] != '{')
                return i;
            size_t j = i + 3;
            while (j < b && t[j] != '}')
                j++;
            if (j >= b || j == i + 3)
                return i;
            char name[128];
            size_t n = j - (i + 3);
            if (n >= sizeof name) {
                *why = "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name";
                return i;
            }
            for (size_t q = 0; q < n; q++)
                name[q] = (char)toupper((unsigned char)t[i + 3 + q]);
            name[n] = '\0';
            if (unicode_name_character(name) == UNINAME_INVALID) {
                *why = "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name";
                return i;
            }
            i = j;
            continue;
        }
        i++; /* any other escaped character, including a line end */
    }
    return (size_t)-1;
}

static void tokenize(tok *k);

/* Sets every field a run reads; the arrays are written before they are read. */
static void tok_init(tok *k, sx *x, size_t from, size_t to, size_t line, size_t bol, bool fexpr)
{
    k->x = x;
    k->t = x->t;
    k->pos = from;
    k->end = to;
    k->line = line;
    k->bol = bol;
    k->level = fexpr ? 1 : 0;
    k->paren[0] = '(';
    k->indstack[0] = k->altstack[0] = 0;
    k->indent = 0;
    k->atbol = !fexpr;
    k->fexpr = fexpr;
    k->err = false;
    k->line_empty = true;
    k->head_off = k->head_len = k->head_line = 0;
    k->ends_colon = false;
    k->line_colon = false;
    k->want_block = false;
    k->want_off = k->want_len = k->want_line = 0;
    k->prev_kind = TK_NONE;
    k->prev_off = k->prev_len = k->prev_line = k->prev_bol = 0;
    k->prev_off_before = k->prev_len_before = k->prev_line_before = k->prev_bol_before = 0;
    k->str_run = -1;
    k->stmt_start = true;
    k->stmt_off = k->stmt_len = 0;
    k->stmt_import = 0;
}

/* Runs the tokenizer on one 3.11 f-string expression [a, b) as CPython compiles
 * it: apart, inside parentheses. One tokenizer per nesting level, reused. */
static void sub_tokenize(tok *k, size_t a, size_t b, size_t line, size_t bol)
{
    if (!k->sub) {
        k->sub = malloc(sizeof *k->sub);
        if (!k->sub) {
            k->x->oom = true;
            k->err = true;
            return;
        }
        k->sub->sub = NULL;
    }
    tok *s = k->sub;
    tok_init(s, k->x, a, b, line, bol, true);
    tokenize(s);
    if (s->err)
        k->err = true;
}

static void tok_free_subs(tok *k)
{
    for (tok *s = k->sub, *next; s; s = next) {
        next = s->sub;
        free(s);
    }
    k->sub = NULL;
}

/* Line and line start of byte off, counting from the token start (line, bol). */
static void locate(const tok *k, size_t from, size_t line, size_t bol, size_t off,
                   size_t *oline, size_t *obol)
{
    for (size_t i = from; i < off; i++)
        if (k->t[i] == '\n') {
            line++;
            bol = i + 1;
        }
    *oline = line;
    *obol = bol;
}

__attribute__((format(printf, 6, 7)))
static void error_in_string(tok *k, size_t sline, size_t sbol, size_t from, size_t off,
                            const char *fmt, ...)
{
    char buf[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    size_t line, bol;
    locate(k, from, sline, sbol, off, &line, &bol);
    flag(k->x, line, bol, off, "%s", buf);
    if (is_tokenizer_error(buf))
        k->err = true;
}

/* A 3.11 f-string body [a, b): literal text with {{ }} escapes and fields
 * {expr[=][!c][:spec]}, the spec itself such a body one level down. Mirrors
 * fstring_find_literal / fstring_find_expr. Returns where it stopped (b, or at
 * lvl > 0 the '}' that ends the spec), or SIZE_MAX after an error. */
static size_t fstring_body(tok *k, size_t a, size_t b, int lvl, bool raw, size_t sline,
                           size_t sbol, size_t from)
{
    size_t i = a;
    while (i < b) {
        char c = k->t[i];
        if (c == '\\' && !raw && i + 1 < b) {
            char d = k->t[i + 1];
            if (d == 'N' && i + 2 < b && k->t[i + 2] == '{') {
                i += 3;
                while (i < b && k->t[i++] != '}')
                    ;
                continue;
            }
            i++;
            if (d != '{' && d != '}') {
                i++;
                continue;
            }
            c = d; /* "\{" still opens a field (after a warning) */
        }
        if (c == '}') {
            if (lvl > 0)
                return i;
            if (i + 1 < b && k->t[i + 1] == '}') {
                i += 2;
                continue;
            }
            error_in_string(k, sline, sbol, from, i, "f-string: single '}' is not allowed");
            return SIZE_MAX;
        }
        if (c != '{') {
            i++;
            continue;
        }
        if (lvl == 0 && i + 1 < b && k->t[i + 1] == '{') {
            i += 2;
            continue;
        }
        /* a field */
        if (lvl >= 2) {
            error_in_string(k, sline, sbol, from, i, "f-string: expressions nested too deeply");
            return SIZE_MAX;
        }
        size_t ea = i + 1, e = ea;
        char stack[MAXLEVEL];
        int depth = 0;
        char q = 0;
        bool q3 = false;
        for (; e < b; e++) {
            char ch = k->t[e];
            if (ch == '\\') {
                error_in_string(k, sline, sbol, from, e,
                                "f-string expression part cannot include a backslash");
                return SIZE_MAX;
            }
            if (q) {
                if (ch == q && (!q3 || (e + 2 < b && k->t[e + 1] == q && k->t[e + 2] == q))) {
                    e += q3 ? 2 : 0;
                    q = 0;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                q = ch;
                q3 = e + 2 < b && k->t[e + 1] == ch && k->t[e + 2] == ch;
                e += q3 ? 2 : 0;
                continue;
            }
            if (ch == '[' || ch == '(' || ch == '{') {
                if (depth >= MAXLEVEL) {
                    error_in_string(k, sline, sbol, from, e, "f-string: too many nested parenthesis");
                    return SIZE_MAX;
                }
                stack[depth++] = ch;
                continue;
            }
            if (ch == '#') {
                error_in_string(k, sline, sbol, from, e,
                                "f-string expression part cannot include '#'");
                return SIZE_MAX;
            }
            if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' ||
                               ch == '>')) {
                char next = e + 1 < b ? k->t[e + 1] : 0;
                if (next == '=' && ch != ':' && ch != '}') {
                    e++;
                    continue;
                }
                if (ch == '<' || ch == '>')
                    continue;
                break;
            }
            if (ch == ']' || ch == ')' || ch == '}') {
                if (depth == 0) {
                    error_in_string(k, sline, sbol, from, e, "f-string: unmatched '%c'", ch);
                    return SIZE_MAX;
                }
                char open = stack[--depth];
                if ((ch == ')' && open != '(') || (ch == ']' && open != '[') ||
                    (ch == '}' && open != '{')) {
                    error_in_string(k, sline, sbol, from, e,
                                    "f-string: closing parenthesis '%c' does not match "
                                    "opening parenthesis '%c'", ch, open);
                    return SIZE_MAX;
                }
            }
        }
        if (q) {
            error_in_string(k, sline, sbol, from, e, "f-string: unterminated string");
            return SIZE_MAX;
        }
        if (depth) {
            error_in_string(k, sline, sbol, from, e, "f-string: unmatched '%c'", stack[depth - 1]);
            return SIZE_MAX;
        }
        if (e >= b) {
            error_in_string(k, sline, sbol, from, e, "f-string: expecting '}'");
            return SIZE_MAX;
        }
        bool blank = true;
        for (size_t j = ea; j < e; j++)
            blank = blank && isspace((unsigned char)k->t[j]);
        if (blank) {
            error_in_string(k, sline, sbol, from, e, "f-string: empty expression not allowed");
            return SIZE_MAX;
        }
        size_t xline, xbol;
        locate(k, from, sline, sbol, ea, &xline, &xbol);
        sub_tokenize(k, ea, e, xline, xbol);
        if (k->err)
            return SIZE_MAX;
        if (k->t[e] == '=') {
            e++;
            while (e < b && isspace((unsigned char)k->t[e]))
                e++;
            if (e >= b) {
                error_in_string(k, sline, sbol, from, e, "f-string: expecting '}'");
                return SIZE_MAX;
            }
        }
        if (k->t[e] == '!') {
            e++;
            char cv = e < b ? k->t[e] : 0;
            if (e >= b) {
                error_in_string(k, sline, sbol, from, e, "f-string: expecting '}'");
                return SIZE_MAX;
            }
            if (cv != 's' && cv != 'r' && cv != 'a') {
                error_in_string(k, sline, sbol, from, e,
                                "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                return SIZE_MAX;
            }
            e++;
        }
        if (e < b && k->t[e] == ':') {
            e = fstring_body(k, e + 1, b, lvl + 1, raw, sline, sbol, from);
            if (e == SIZE_MAX)
                return SIZE_MAX;
        }
        if (e >= b || k->t[e] != '}') {
            error_in_string(k, sline, sbol, from, e < b ? e : b, "f-string: expecting '}'");
            return SIZE_MAX;
        }
        i = e + 1;
    }
    return b;
}

/* pos at the opening quote; the prefix is [pstart, pos). */
static void string(tok *k, size_t pstart)
{
    bool raw = false, bytes = false, fstr = false;
    for (size_t i = pstart; i < k->pos; i++) {
        char c = (char)tolower((unsigned char)k->t[i]);
        raw |= c == 'r';
        bytes |= c == 'b';
        fstr |= c == 'f';
    }
    size_t sline = k->line, sbol = k->bol;
    /* A parser error, not the tokenizer's: the literal is still read to its end (a
     * return here would leave pos where it is and the tokenizer reading it forever),
     * and a tokenizer error inside it is still the one CPython reports. */
    if (k->str_run >= 0 && k->str_run != (int)bytes)
        error_in_string(k, sline, sbol, pstart, pstart, "cannot mix bytes and nonbytes literals");
    else
        k->str_run = bytes;
    char q = k->t[k->pos];
    bool triple = peek(k, 1) == q && peek(k, 2) == q;
    k->pos += triple ? 3 : 1;
    size_t body = k->pos;
    for (;;) {
        int c = peek(k, 0);
        if (c < 0) {
            if (triple)
                error_in_string(k, sline, sbol, pstart, pstart,
                                "unterminated triple-quoted string literal (detected at line %zu)",
                                k->line);
            else
                error_in_string(k, sline, sbol, pstart, pstart,
                                "unterminated string literal (detected at line %zu)", k->line);
            return;
        }
        if (c == '\n') {
            if (!triple) {
                error_in_string(k, sline, sbol, pstart, pstart,
                                "unterminated string literal (detected at line %zu)", k->line);
                return;
            }
            newline_at(k, k->pos);
            k->pos++;
            continue;
        }
        if (c == '\\') {
            if (peek(k, 1) == '\n')
                newline_at(k, k->pos + 1);
            k->pos += peek(k, 1) >= 0 ? 2 : 1;
            continue;
        }
        if (c == q && (!triple || (peek(k, 1) == q && peek(k, 2) == q)))
            break;
        k->pos++;
    }
    size_t body_end = k->pos;
    k->pos += triple ? 3 : 1;
    if (bytes) {
        for (size_t i = body; i < body_end; i++)
            if ((unsigned char)k->t[i] >= 0x80) {
                error_in_string(k, sline, sbol, pstart, pstart,
                                "bytes can only contain ASCII literal characters");
                return;
            }
    }
    if (!raw) {
        const char *why = NULL;
        size_t bad = bad_escape(k->t, body, body_end, bytes, &why);
        if (bad != (size_t)-1) {
            error_in_string(k, sline, sbol, pstart, pstart, "%s", why);
            return;
        }
    }
    if (fstr)
        fstring_body(k, body, body_end, 0, raw, sline, sbol, pstart);
}

/* ---- names ---- */

/* Python's keywords: TK_KW for those no statement can end with, TK_END_KW for
 * those it can (and the soft keywords, which are names too); stmt: only a
 * statement starts with it. Looked up by first letter: this runs on every name. */
typedef struct keyword {
    const char *word;
    unsigned char len, kind;
    bool stmt;
} keyword;

static const keyword KWS[] = {
    {"False", 5, TK_END_KW, false}, {"None", 4, TK_END_KW, false},
    {"True", 4, TK_END_KW, false}, {"and", 3, TK_KW, false}, {"as", 2, TK_KW, false},
    {"assert", 6, TK_KW, true}, {"async", 5, TK_KW, false}, {"await", 5, TK_KW, false},
    {"break", 5, TK_END_KW, true}, {"case", 4, TK_END_KW, false},
    {"class", 5, TK_KW, true}, {"continue", 8, TK_END_KW, true},
    {"def", 3, TK_KW, true}, {"del", 3, TK_KW, true}, {"elif", 4, TK_KW, true},
    {"else", 4, TK_KW, false}, {"except", 6, TK_KW, true},
    {"finally", 7, TK_KW, true}, {"for", 3, TK_KW, false}, {"from", 4, TK_KW, false},
    {"global", 6, TK_KW, true}, {"if", 2, TK_KW, false}, {"import", 6, TK_KW, false},
    {"in", 2, TK_KW, false}, {"is", 2, TK_KW, false}, {"lambda", 6, TK_KW, false},
    {"match", 5, TK_END_KW, false}, {"nonlocal", 8, TK_KW, true},
    {"not", 3, TK_KW, false}, {"or", 2, TK_KW, false}, {"pass", 4, TK_END_KW, true},
    {"raise", 5, TK_END_KW, true}, {"return", 6, TK_END_KW, true},
    {"try", 3, TK_KW, true}, {"while", 5, TK_KW, true}, {"with", 4, TK_KW, true},
    {"yield", 5, TK_END_KW, false}};
#define NKWS (sizeof KWS / sizeof *KWS) /* sorted by first letter: one run each */

/* 1 + the index in KWS of the first keyword starting with byte c, 0 for none: filled
 * once (kw_index, from syms_init, before any tokenizer runs), so that a name goes
 * straight to its letter's run instead of passing the ones before it. */
static unsigned char kw_from[128];

static void kw_index(void)
{
    for (size_t i = NKWS; i-- > 0;)
        kw_from[(unsigned char)KWS[i].word[0]] = (unsigned char)(i + 1);
}

static const keyword *find_keyword(const char *p, size_t n)
{
    if (n < 2 || n > 8)
        return NULL;
    unsigned char c = (unsigned char)p[0];
    if (c >= 128 || kw_from[c] == 0)
        return NULL;
    for (size_t i = kw_from[c] - 1u; i < NKWS && KWS[i].word[0] == p[0]; i++)
        if (KWS[i].len == n && memcmp(KWS[i].word, p, n) == 0)
            return &KWS[i];
    return NULL;
}

static int keyword_kind(const char *p, size_t n)
{
    const keyword *kw = find_keyword(p, n);
    return kw ? kw->kind : TK_NAME;
}

static bool statement_keyword(const char *p, size_t n)
{
    const keyword *kw = find_keyword(p, n);
    return kw && kw->stmt;
}

static bool is_keyword(const char *p, size_t n)
{
    return keyword_kind(p, n) != TK_NAME;
}

/* CPython's string prefix automaton: b, u, r, f in the combinations it takes. */
static bool string_prefix(const char *p, size_t n)
{
    bool b = false, u = false, r = false, f = false;
    for (size_t i = 0; i < n; i++) {
        char c = (char)tolower((unsigned char)p[i]);
        if (c == 'b' && !(b || u || f))
            b = true;
        else if (c == 'u' && !(b || u || r || f))
            u = true;
        else if (c == 'r' && !(r || u))
            r = true;
        else if (c == 'f' && !(f || b || u))
            f = true;
        else
            return false;
    }
    return true;
}

/* verify_identifier(): a name with non-ASCII characters must be XID_Start
 * XID_Continue* (checked before NFKC, as CPython does). */
static void name(tok *k)
{
    size_t start = k->pos, at = k->pos;
    unsigned char any = 0; /* the bytes or'ed: past 0x7f when one is */
    while (at < k->end && id_char((unsigned char)k->t[at]))
        any |= (unsigned char)k->t[at++];
    k->pos = at;
    bool ascii = any < 0x80;
    int q = peek(k, 0);
    if (ascii && (q == '\'' || q == '"')) {
        size_t n = k->pos - start;
        if (string_prefix(k->t + start, n)) {
            note_token(k, start, n, TK_STR);
            return string(k, start);
        }
        if (!is_keyword(k->t + start, n)) {
            /* NAME STRING: the parser refuses it at the string, once the
             * tokenizer has read the string without an error of its own. */
            note_token(k, start, n, TK_NAME);
            size_t q0 = k->pos;
            string(k, k->pos);
            if (!k->err)
                tok_error(k, q0, "invalid syntax");
            return;
        }
    }
    if (!ascii) {
        const uint8_t *p = (const uint8_t *)k->t + start, *e = (const uint8_t *)k->t + k->pos;
        bool first = true;
        while (p < e) {
            ucs4_t uc;
            int n = u8_mbtouc(&uc, p, (size_t)(e - p));
            bool ok = first ? (uc == '_' || uc_is_property_xid_start(uc))
                            : uc_is_property_xid_continue(uc);
            if (!ok) {
                size_t off = (size_t)((const char *)p - k->t);
                if (uc_is_print(uc))
                    tok_error(k, off, "invalid character '%.*s' (U+%04X)", n, (const char *)p,
                              (unsigned)uc);
                else
                    tok_error(k, off, "invalid non-printable character U+%04X", (unsigned)uc);
                return;
            }
            first = false;
            p += n;
        }
    }
    size_t n = k->pos - start;
    bool for_kw = ascii && n == 3 && memcmp(k->t + start, "for", 3) == 0 && k->level == 0;
    if (ascii && (statement_keyword(k->t + start, n) || for_kw)) {
        /* Only a statement starts with these (and with 'for' outside brackets):
         * after a line start, ';', the ':' of a one-line block or 'async'.
         * Elsewhere tree-sitter has ended the statement before them on its own
         * (it does after a backslash). */
        bool at_start = k->level == 0 &&
                        (k->prev_kind == TK_NONE || k->prev_kind == TK_SEMI ||
                         k->prev_kind == TK_COLON ||
                         (k->prev_kind == TK_KW && k->prev_off + 5 <= k->end &&
                          memcmp(k->t + k->prev_off, "async", 5) == 0));
        if (!at_start)
            return tok_error(k, start, "invalid syntax");
    }
    note_token(k, start, n, ascii ? keyword_kind(k->t + start, n) : TK_NAME);
}

/* ---- the main loop (tok_get) ---- */

static void tokenize(tok *k)
{
    while (!k->err) {
        if (k->atbol && !k->fexpr) {
            k->atbol = false;
            int col = 0, altcol = 0, cont_col = 0;
            for (;;) {
                int c = peek(k, 0);
                if (c == ' ') {
                    col++;
                    altcol++;
                } else if (c == '\t') {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol = altcol + 1;
                } else if (c == '\f') {
                    col = altcol = 0;
                } else if (c == '\\' && peek(k, 1) == '\n') {
                    /* A backslash before anything else: the line goes on below,
                     * and the first one's column is the indentation. */
                    cont_col = cont_col ? cont_col : col;
                    newline_at(k, k->pos + 1);
                    k->pos++;
                } else {
                    break;
                }
                k->pos++;
            }
            if (cont_col)
                col = altcol = cont_col;
            int c = peek(k, 0);
            bool blank = c == '#' || c == '\n' || c == '\\' || c < 0;
            if (!blank && k->level == 0) {
                indentation(k, col, altcol);
                if (k->err)
                    return;
                note_line(k);
            } else if (!blank) {
                note_cont(k, k->pos);
            }
        }
        int c = peek(k, 0);
        if (c < 0)
            break;
        size_t start = k->pos;
        if (c == ' ' || c == '\t' || c == '\f') { /* the whole run: nothing else changes */
            do
                k->pos++;
            while (k->pos < k->end &&
                   (k->t[k->pos] == ' ' || k->t[k->pos] == '\t' || k->t[k->pos] == '\f'));
            continue;
        }
        if (c == '#') {
            const char *nl = memchr(k->t + k->pos, '\n', k->end - k->pos);
            k->pos = nl ? (size_t)(nl - k->t) : k->end;
            continue;
        }
        if (c == '\n') {
            if (k->level == 0)
                end_logical_line(k);
            newline_at(k, k->pos);
            k->pos++;
            k->atbol = true;
            continue;
        }
        if (c == '\\') {
            int d = peek(k, 1);
            if (d < 0)
                return tok_error(k, start, "unexpected EOF while parsing");
            if (d != '\n')
                return tok_error(k, start, "unexpected character after line continuation character");
            /* A backslash and line end at the very end is refused or not by
             * CPython depending on the line ends it came with, which are
             * normalised by now: left to tree-sitter's reading. */
            newline_at(k, k->pos + 1);
            k->pos += 2;
            size_t q = k->pos;
            while (q < k->end && (k->t[q] == ' ' || k->t[q] == '\t' || k->t[q] == '\f'))
                q++;
            if (q < k->end && k->t[q] != '\n' && k->t[q] != '#' && k->t[q] != '\\')
                note_cont(k, q);
            continue;
        }
        if (isdig(c) || (c == '.' && isdig(peek(k, 1)))) {
            number(k);
            if (!k->err)
                note_token(k, start, k->pos - start, TK_NUM);
            continue;
        }
        if (c >= 0x80 || ascii_letter(c) || c == '_') {
            name(k);
            continue;
        }
        if (c == '\'' || c == '"') {
            note_token(k, start, 1, TK_STR);
            string(k, start);
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (k->level >= MAXLEVEL)
                return tok_error(k, start, "too many nested parentheses");
            k->paren[k->level] = (char)c;
            k->paren_line[k->level] = k->line;
            k->paren_bol[k->level] = k->bol;
            k->paren_off[k->level] = start;
            note_token(k, start, 1, TK_OPEN);
            k->level++;
            k->pos++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (k->level == 0 || (k->fexpr && k->level == 1))
                return tok_error(k, start, "unmatched '%c'", c);
            int open = k->paren[k->level - 1];
            if ((c == ')' && open != '(') || (c == ']' && open != '[') ||
                (c == '}' && open != '{')) {
                if (k->paren_line[k->level - 1] != k->line)
                    return tok_error(k, start,
                                     "closing parenthesis '%c' does not match opening "
                                     "parenthesis '%c' on line %zu",
                                     c, open, k->paren_line[k->level - 1]);
                return tok_error(k, start,
                                 "closing parenthesis '%c' does not match opening parenthesis '%c'",
                                 c, open);
            }
            k->level--;
            k->pos++;
            note_token(k, start, 1, TK_CLOSE);
            continue;
        }
        if (c == '$' || c == '?' || c == '`' || (c == '!' && peek(k, 1) != '=') ||
            (c == '<' && peek(k, 1) == '>')) { /* Python 2's "<>": a token 3.11 refuses */
            tok_error(k, start, "invalid syntax");
            k->pos += c == '<' ? 2 : 1;
            continue;
        }
        if ((c < 0x20 && c != '\n') || c == 0x7f) {
            return tok_error(k, start, "invalid non-printable character U+%04X", (unsigned)c);
        }
        /* An operator, read a character at a time: what matters is whether a
         * statement may end with it (';', ',', '...', "import *") or a block
         * starts (':'). */
        if (c == '.' && peek(k, 1) == '.' && peek(k, 2) == '.') {
            k->pos += 3;
            note_token(k, start, 3, TK_END_KW);
            continue;
        }
        k->pos++;
        int kind = TK_OP;
        if (c == ':' && peek(k, 0) != '=')
            kind = TK_COLON;
        else if (c == ';')
            kind = TK_SEMI;
        else if (c == ',')
            kind = TK_OK_OP;
        else if (c == '*' && k->prev_kind == TK_KW && k->prev_off + 6 <= k->end &&
                 memcmp(k->t + k->prev_off, "import", 6) == 0)
            kind = TK_NAME; /* "from m import *": a name for what follows */
        note_token(k, start, 1, kind);
    }
    if (k->err || k->fexpr)
        return;
    if (k->level > 0) {
        int l = k->level - 1;
        flag(k->x, k->paren_line[l], k->paren_bol[l], k->paren_off[l], "'%c' was never closed",
             k->paren[l]);
        k->err = true;
        return;
    }
    end_logical_line(k);
    if (k->want_block)
        expected_block(k, k->end);
}

/* ---- stage 2: the tree ---- */

/* The grammar's symbols this stage dispatches on, looked up once (a lookup scans
 * the grammar's symbol table). */
typedef struct syms {
    TSSymbol identifier, attribute, subscript, call, argument_list, keyword_argument,
        list_splat, dictionary_splat, parenthesized_expression, tuple, list, expression_list,
        pattern_list, tuple_pattern, list_pattern, list_splat_pattern,
        dictionary_splat_pattern, assignment, augmented_assignment, delete_statement,
        for_statement, for_in_clause, with_statement, with_item, as_pattern,
        as_pattern_target, generator_expression, list_comprehension, set_comprehension,
        dictionary_comprehension, function_definition, lambda, lambda_parameters, parameters,
        default_parameter, typed_parameter, typed_default_parameter, keyword_separator,
        positional_separator, class_definition, return_statement, yield, await,
        break_statement, continue_statement, nonlocal_statement, while_statement, block,
        type_alias_statement, except_clause, raise_statement, comparison_operator,
        import_from_statement, wildcard_import, future_import_statement, class_pattern,
        keyword_pattern, case_pattern, case_clause, list_splat_in_pattern, splat_pattern,
        expression_statement, string, concatenated_string, module, if_clause, set,
        dictionary, pair, decorated_definition, comment, named_expression, except_group_clause,
        if_statement, try_statement, elif_clause, else_clause, finally_clause, decorator,
        line_continuation;
    TSSymbol comma, colon, async_kw, star, dstar;
    TSFieldId f_left, f_right, f_type, f_name, f_body, f_guard, f_type_parameters;
    /* interesting[sym]: visit_node() has something to say about this symbol */
    bool *interesting;
    uint32_t nsyms;
} syms;

static syms g_syms;
static pthread_once_t g_syms_once = PTHREAD_ONCE_INIT;

static TSSymbol sym(const TSLanguage *l, const char *name, bool named)
{
    return ts_language_symbol_for_name(l, name, (uint32_t)strlen(name), named);
}

static void syms_init(void)
{
    kw_index();
    const TSLanguage *l = tree_sitter_python();
    syms *y = &g_syms;
#define N(f) y->f = sym(l, #f, true)
    N(identifier); N(attribute); N(subscript); N(call); N(argument_list); N(keyword_argument);
    N(list_splat); N(dictionary_splat); N(parenthesized_expression); N(tuple); N(list);
    N(expression_list); N(pattern_list); N(tuple_pattern); N(list_pattern);
    N(list_splat_pattern); N(dictionary_splat_pattern); N(assignment);
    N(augmented_assignment); N(delete_statement); N(for_statement); N(for_in_clause);
    N(with_statement); N(with_item); N(as_pattern); N(as_pattern_target);
    N(generator_expression); N(list_comprehension); N(set_comprehension);
    N(dictionary_comprehension); N(function_definition); N(lambda); N(lambda_parameters);
    N(parameters); N(default_parameter); N(typed_parameter); N(typed_default_parameter);
    N(keyword_separator); N(positional_separator); N(class_definition); N(return_statement);
    N(yield); N(await); N(break_statement); N(continue_statement); N(nonlocal_statement);
    N(while_statement); N(block); N(type_alias_statement); N(except_clause);
    N(raise_statement); N(comparison_operator); N(import_from_statement); N(wildcard_import);
    N(future_import_statement); N(class_pattern); N(keyword_pattern); N(case_pattern);
    N(case_clause); N(splat_pattern); N(expression_statement); N(string);
    N(concatenated_string); N(module); N(if_clause); N(set); N(dictionary); N(pair);
    N(decorated_definition); N(comment); N(named_expression); N(except_group_clause);
    N(if_statement); N(try_statement); N(elif_clause); N(else_clause); N(finally_clause);
    N(decorator); N(line_continuation);
#undef N
    y->list_splat_in_pattern = y->splat_pattern;
    y->comma = sym(l, ",", false);
    y->colon = sym(l, ":", false);
    y->async_kw = sym(l, "async", false);
    y->star = sym(l, "*", false);
    y->dstar = sym(l, "**", false);
    y->f_left = ts_language_field_id_for_name(l, "left", 4);
    y->f_right = ts_language_field_id_for_name(l, "right", 5);
    y->f_type = ts_language_field_id_for_name(l, "type", 4);
    y->f_name = ts_language_field_id_for_name(l, "name", 4);
    y->f_body = ts_language_field_id_for_name(l, "body", 4);
    y->f_guard = ts_language_field_id_for_name(l, "guard", 5);
    y->f_type_parameters = ts_language_field_id_for_name(l, "type_parameters", 15);
    y->nsyms = ts_language_symbol_count(l);
    y->interesting = calloc(y->nsyms, sizeof *y->interesting);
    if (!y->interesting)
        return; /* walk_tree() then reports out of memory */
    const TSSymbol seen[] = {y->assignment, y->augmented_assignment, y->delete_statement,
        y->for_statement, y->for_in_clause, y->with_statement, y->as_pattern_target,
        y->as_pattern,
        y->argument_list, y->parameters, y->lambda_parameters, y->return_statement, y->yield,
        y->await, y->nonlocal_statement, y->break_statement, y->continue_statement,
        y->type_alias_statement, y->function_definition, y->class_definition,
        y->raise_statement, y->except_clause,
        y->import_from_statement, y->future_import_statement, y->class_pattern,
        y->keyword_pattern, y->list_pattern, y->tuple_pattern, y->block, y->named_expression};
    for (size_t i = 0; i < sizeof seen / sizeof *seen; i++)
        if (seen[i] < y->nsyms)
            y->interesting[seen[i]] = true;
}

typedef struct walk {
    sx *x;
    const syms *y;
    TSTreeCursor *cur; /* for children lists: one pass, where ts_node_child(i) is O(i) */
    bool *has_cur;
    const TSNode *stack; /* stack[0..depth]: ancestors of the current node, then it */
    const an_nodes *nodes; /* the tree, flat: where children are read (child_at) */
    size_t depth;
} walk;

/* ts_node_child(n, k) / ts_node_named_child(n, k), read from the flat tree (nodes.h):
 * tree-sitter 0.20 rebuilds the children from the first on every call. */
static TSNode child_at(const walk *w, TSNode n, uint32_t k, bool named)
{
    const TSNode *c = an_nodes_nth(w->nodes, &n, k, named);
    if (!c)
        return named ? ts_node_named_child(n, k) : ts_node_child(n, k);
    return *c;
}

/* ts_node_child_by_field_id(n, f), read from the flat tree under the same terms
 * as the rules' wk_child (walker.c says why): tree-sitter is asked for a node with
 * an error inside, a node the flat tree does not hold, and a field it finds
 * there under no child. */
static TSNode sx_field(const walk *w, TSNode n, TSFieldId f)
{
    if (!n.id || !f) /* ts_node_is_null; a field this grammar lacks */
        return ts_node_child_by_field_id(n, f);
    const TSNode *r = an_nodes_by_field(w->nodes, &n, f);
    if (!r)
        return ts_node_child_by_field_id(n, f);
#ifdef AN_NODES_CROSSCHECK
    TSNode want = ts_node_child_by_field_id(n, f);
    if (memcmp(&want, r, sizeof *r) != 0)
        abort();
#endif
    return *r;
}

static TSNode sx_child(const walk *w, TSNode n, uint32_t k)
{
    return child_at(w, n, k, false);
}

static TSNode sx_named_child(const walk *w, TSNode n, uint32_t k)
{
    return child_at(w, n, k, true);
}

__attribute__((format(printf, 3, 4)))
static void tflag(walk *w, TSNode n, const char *fmt, ...)
{
    char buf[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    TSPoint p = ts_node_start_point(n);
    uint32_t b = ts_node_start_byte(n);
    flag(w->x, p.row + 1, b - p.column, b, "%s", buf);
}

/* Is the 'type' that starts type alias statement n the 3.12 soft keyword, as
 * CPython decides: followed by a NAME (then '=' or '[', which the grammar
 * checked)? `type(self).x = 1` and `type[int].x = v` are expression
 * statements to CPython that tree-sitter's grammar also reads as aliases. */
static bool type_soft_keyword(walk *w, TSNode n)
{
    size_t i = ts_node_start_byte(n) + 4;
    while (i < w->x->len) {
        char c = w->x->t[i];
        if (c == ' ' || c == '\t' || c == '\f')
            i++;
        else if (c == '\\' && i + 2 < w->x->len && w->x->t[i + 1] == '\r' &&
                 w->x->t[i + 2] == '\n')
            i += 3; /* a line continuation */
        else if (c == '\\' && i + 1 < w->x->len &&
                 (w->x->t[i + 1] == '\n' || w->x->t[i + 1] == '\r'))
            i += 2;
        else
            break;
    }
    if (i >= w->x->len)
        return true;
    unsigned char c = (unsigned char)w->x->t[i];
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static bool first_child(walk *w, TSNode n)
{
    if (*w->has_cur) {
        ts_tree_cursor_reset(w->cur, n);
    } else {
        *w->cur = ts_tree_cursor_new(n);
        *w->has_cur = true;
    }
    return ts_tree_cursor_goto_first_child(w->cur);
}

/* The children lists below are read from the flat tree, which holds the children
 * a cursor steps through; the cursor is kept for a node it does not hold (of
 * another tree), where it was the answer before. */
static bool has_child_sym(walk *w, TSNode n, TSSymbol s)
{
    size_t i = an_nodes_find(w->nodes, n);
    if (i != AN_NODES_NONE) {
        const an_node *t = an_nodes_get(w->nodes);
        for (size_t j = i + 1; j < t[i].end; j = t[j].end)
            if (t[j].sym == s)
                return true;
        return false;
    }
    if (!first_child(w, n))
        return false;
    do {
        if (ts_node_symbol(ts_tree_cursor_current_node(w->cur)) == s)
            return true;
    } while (ts_tree_cursor_goto_next_sibling(w->cur));
    return false;
}

/* Lists judged element by element are read this far: beyond, a program that long
 * in one list is left to CPython's own refusal. */
#define KIDS 128

/* The named children of n, in order (comments and continuations left out), at most
 * KIDS. */
static uint32_t named_kids(walk *w, TSNode n, TSNode *out)
{
    uint32_t k = 0;
    size_t i = an_nodes_find(w->nodes, n);
    if (i != AN_NODES_NONE) {
        const an_node *t = an_nodes_get(w->nodes);
        for (size_t j = i + 1; j < t[i].end && k < KIDS; j = t[j].end)
            if (t[j].named && !ts_node_is_extra(t[j].node))
                out[k++] = t[j].node;
        return k;
    }
    if (!first_child(w, n))
        return 0;
    do {
        TSNode c = ts_tree_cursor_current_node(w->cur);
        if (ts_node_is_named(c) && !ts_node_is_extra(c)) /* not comments, line continuations */
            out[k++] = c;
    } while (k < KIDS && ts_tree_cursor_goto_next_sibling(w->cur));
    return k;
}

static bool is_async(const walk *w, TSNode n)
{
    return ts_node_child_count(n) > 0 &&
           ts_node_symbol(sx_child(w, n, 0)) == w->y->async_kw;
}

static bool same_text(const walk *w, TSNode a, TSNode b)
{
    uint32_t a0 = ts_node_start_byte(a), a1 = ts_node_end_byte(a);
    uint32_t b0 = ts_node_start_byte(b), b1 = ts_node_end_byte(b);
    return a1 - a0 == b1 - b0 && memcmp(w->x->t + a0, w->x->t + b0, a1 - a0) == 0;
}

/* What CPython calls an expression in "cannot assign to %s". */
static const char *expr_name(walk *w, TSNode n)
{
    const syms *y = w->y;
    TSSymbol s = ts_node_symbol(n);
    const char *t = ts_node_type(n);
    if (s == y->call)
        return "function call";
    if (s == y->string || s == y->concatenated_string) {
        uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
        for (uint32_t i = b; i < e && i < b + 3; i++)
            if (w->x->t[i] == 'f' || w->x->t[i] == 'F')
                return "f-string expression";
        return "literal";
    }
    if (!strcmp(t, "integer") || !strcmp(t, "float"))
        return "literal";
    if (!strcmp(t, "true"))
        return "True";
    if (!strcmp(t, "false"))
        return "False";
    if (!strcmp(t, "none"))
        return "None";
    if (!strcmp(t, "ellipsis"))
        return "ellipsis";
    if (!strcmp(t, "lambda"))
        return "lambda";
    if (!strcmp(t, "conditional_expression"))
        return "conditional expression";
    if (!strcmp(t, "comparison_operator"))
        return "comparison";
    if (s == y->await)
        return "await expression";
    if (s == y->yield)
        return "yield expression";
    if (s == y->named_expression)
        return "named expression";
    if (s == y->dictionary)
        return "dict literal";
    if (s == y->set)
        return "set display";
    if (s == y->list_comprehension)
        return "list comprehension";
    if (s == y->set_comprehension)
        return "set comprehension";
    if (s == y->dictionary_comprehension)
        return "dict comprehension";
    if (s == y->generator_expression)
        return "generator expression";
    return "expression";
}

enum target_ctx { T_ASSIGN, T_DEL, T_AUG };

/* A parenthesised single expression: tree-sitter reads "(a)" in a target as a
 * one-element tuple_pattern with no comma. */
static bool is_sequence(walk *w, TSNode n)
{
    TSSymbol s = ts_node_symbol(n);
    if (s == w->y->list || s == w->y->list_pattern)
        return true;
    if (s == w->y->tuple || s == w->y->tuple_pattern) {
        TSNode el[KIDS];
        return named_kids(w, n, el) != 1 || has_child_sym(w, n, w->y->comma);
    }
    return s == w->y->pattern_list || s == w->y->expression_list;
}

#define TARGET_STACK 256

/* Judges a binding target as CPython's grammar and compiler do: names,
 * attributes, subscripts, and (for = and del) sequences of targets; one starred
 * name per sequence, never alone and never deleted. Iterative, with a bounded
 * stack: deeper targets need more brackets than the tokenizer lets through. */
static void check_target(walk *w, TSNode root, enum target_ctx ctx)
{
    const syms *y = w->y;
    TSNode st[TARGET_STACK];
    size_t n = 0;
    st[n++] = root;
    bool top = true;
    while (n > 0 && !w->x->f.set) {
        TSNode t = st[--n];
        TSSymbol s = ts_node_symbol(t);
        bool was_top = top;
        top = false;
        if (ts_node_is_null(t) || ts_node_is_missing(t) || ts_node_has_error(t) ||
            ts_node_is_extra(t))
            continue;
        if (s == y->identifier || s == y->attribute || s == y->subscript)
            continue;
        if (s == y->parenthesized_expression || (!is_sequence(w, t) &&
                                                 (s == y->tuple || s == y->tuple_pattern))) {
            TSNode el[KIDS];
            if (named_kids(w, t, el) == 1 && n < TARGET_STACK) {
                st[n++] = el[0];
                top = was_top;
            }
            continue;
        }
        if (ctx == T_AUG) {
            const char *what = is_sequence(w, t)
                                   ? (s == y->list || s == y->list_pattern ? "list" : "tuple")
                                   : expr_name(w, t);
            tflag(w, t, "'%s' is an illegal expression for augmented assignment", what);
            return;
        }
        if (s == y->list_splat || s == y->list_splat_pattern) {
            if (ctx == T_DEL) {
                tflag(w, t, "cannot delete starred");
                return;
            }
            if (was_top) {
                tflag(w, t, "starred assignment target must be in a list or tuple");
                return;
            }
            TSNode el[KIDS];
            if (named_kids(w, t, el) == 1 && n < TARGET_STACK)
                st[n++] = el[0];
            continue;
        }
        if (is_sequence(w, t)) {
            TSNode el[KIDS];
            uint32_t c = named_kids(w, t, el);
            int stars = 0;
            for (uint32_t i = c; i-- > 0;) { /* pushed in reverse: popped in order */
                TSSymbol es = ts_node_symbol(el[i]);
                stars += es == y->list_splat || es == y->list_splat_pattern;
                if (n < TARGET_STACK)
                    st[n++] = el[i];
            }
            if (stars > 1 && ctx == T_ASSIGN) {
                tflag(w, t, "multiple starred expressions in assignment");
                return;
            }
            continue;
        }
        if (ctx == T_DEL)
            tflag(w, t, "cannot delete %s", expr_name(w, t));
        else
            tflag(w, t, "cannot assign to %s", expr_name(w, t));
        return;
    }
}

/* Call arguments (and class bases): positional, *x, then keywords and **x, in the
 * orders CPython's grammar allows; a bare generator only as the sole argument;
 * no keyword twice. */
/* Whether the text of n holds '=' or '*': a cheap test before the exact one. */
static bool text_has_eq_or_star(const walk *w, TSNode n)
{
    const char *t = w->x->t;
    for (uint32_t i = ts_node_start_byte(n), e = ts_node_end_byte(n); i < e; i++)
        if (t[i] == '=' || t[i] == '*')
            return true;
    return false;
}

static void check_arguments(walk *w, TSNode args)
{
    const syms *y = w->y;
    /* Only keywords and unpacking have an order: most calls have neither. */
    if (!text_has_eq_or_star(w, args))
        return;
    TSNode a[KIDS], names[KIDS];
    uint32_t c = named_kids(w, args, a);
    bool kw = false, dstar = false;
    for (uint32_t i = 0; i < c; i++) {
        TSSymbol s = ts_node_symbol(a[i]);
        names[i] = (TSNode){0};
        if (s == y->keyword_argument) {
            kw = true;
            TSNode name = names[i] = sx_field(w, a[i], y->f_name);
            for (uint32_t j = 0; j < i && !ts_node_is_null(name); j++) {
                TSNode other = names[j];
                if (!ts_node_is_null(other) && same_text(w, name, other)) {
                    uint32_t nb = ts_node_start_byte(name), ne = ts_node_end_byte(name);
                    tflag(w, a[i], "keyword argument repeated: %.*s", (int)(ne - nb),
                          w->x->t + nb);
                    return;
                }
            }
        } else if (s == y->dictionary_splat) {
            dstar = true;
        } else if (s == y->list_splat) {
            if (dstar) {
                tflag(w, a[i], "iterable argument unpacking follows keyword argument unpacking");
                return;
            }
        } else if (dstar) {
            tflag(w, a[i], "positional argument follows keyword argument unpacking");
            return;
        } else if (kw) {
            tflag(w, a[i], "positional argument follows keyword argument");
            return;
        }
    }
}

static TSNode param_name(const walk *w, TSNode p)
{
    const syms *y = w->y;
    TSSymbol s = ts_node_symbol(p);
    if (s == y->identifier)
        return p;
    if (s == y->default_parameter || s == y->typed_default_parameter)
        return sx_field(w, p, y->f_name);
    if (s == y->typed_parameter || s == y->list_splat_pattern || s == y->dictionary_splat_pattern) {
        uint32_t c = ts_node_named_child_count(p);
        for (uint32_t i = 0; i < c; i++) {
            TSNode k = sx_named_child(w, p, i);
            TSSymbol ks = ts_node_symbol(k);
            if (ks == y->identifier)
                return k;
            if (ks == y->list_splat_pattern || ks == y->dictionary_splat_pattern)
                return param_name(w, k); /* one level: typed *a / **a */
        }
    }
    return (TSNode){0};
}

/* Parameters of def and lambda: CPython's order (positional-only, /, ordinary,
 * *args or bare *, keyword-only, **kwargs), defaults, and distinct names. */
static void check_parameters(walk *w, TSNode ps)
{
    const syms *y = w->y;
    TSNode pv[KIDS];
    uint32_t c = named_kids(w, ps, pv);
    bool dflt = false, star = false, slash = false, bare = false, dstar = false, any = false;
    for (uint32_t i = 0; i < c; i++) {
        TSNode p = pv[i];
        TSSymbol s = ts_node_symbol(p);
        if (dstar) {
            tflag(w, p, "arguments cannot follow var-keyword argument");
            return;
        }
        if (s == y->tuple_pattern) {
            tflag(w, p, "Function parameters cannot be parenthesized");
            return;
        }
        if (s == y->positional_separator) {
            if (!any) {
                tflag(w, p, "at least one argument must precede /");
                return;
            }
            if (slash) {
                tflag(w, p, "/ may appear only once");
                return;
            }
            if (star) {
                tflag(w, p, "/ must be ahead of *");
                return;
            }
            slash = true;
            continue;
        }
        bool is_star = s == y->keyword_separator || s == y->list_splat_pattern;
        bool is_dstar = s == y->dictionary_splat_pattern;
        if (s == y->typed_parameter) {
            is_star = has_child_sym(w, p, y->list_splat_pattern);
            is_dstar = has_child_sym(w, p, y->dictionary_splat_pattern);
        }
        if (is_star) {
            if (star) {
                tflag(w, p, "* argument may appear only once");
                return;
            }
            star = true;
            bare = s == y->keyword_separator;
            any = true;
            continue;
        }
        if (is_dstar) {
            if (bare) {
                tflag(w, p, "named arguments must follow bare *");
                return;
            }
            dstar = true;
            any = true;
            continue;
        }
        bool has_default = s == y->default_parameter || s == y->typed_default_parameter;
        if (!star) {
            if (has_default)
                dflt = true;
            else if (dflt && (s == y->identifier || s == y->typed_parameter)) {
                tflag(w, p, "non-default argument follows default argument");
                return;
            }
        }
        bare = false;
        any = true;
    }
    if (bare) {
        tflag(w, ps, "named arguments must follow bare *");
        return;
    }
    /* symtable: "duplicate argument" */
    TSNode names[KIDS];
    for (uint32_t i = 0; i < c; i++) {
        TSNode a = names[i] = param_name(w, pv[i]);
        if (ts_node_is_null(a))
            continue;
        for (uint32_t j = 0; j < i; j++) {
            TSNode b = names[j];
            if (!ts_node_is_null(b) && same_text(w, a, b)) {
                uint32_t nb = ts_node_start_byte(a), ne = ts_node_end_byte(a);
                tflag(w, a, "duplicate argument '%.*s' in function definition", (int)(ne - nb),
                      w->x->t + nb);
                return;
            }
        }
    }
}

static bool is_comprehension(const syms *y, TSSymbol s)
{
    return s == y->list_comprehension || s == y->set_comprehension ||
           s == y->dictionary_comprehension || s == y->generator_expression;
}

/* The first for_in_clause's iterable is evaluated in the enclosing scope. */
static bool in_outer_iterable(const walk *w, size_t i)
{
    if (i + 2 > w->depth)
        return false;
    TSNode comp = w->stack[i], clause = w->stack[i + 1], below = w->stack[i + 2];
    if (ts_node_symbol(clause) != w->y->for_in_clause)
        return false;
    uint32_t c = ts_node_named_child_count(comp);
    for (uint32_t k = 0; k < c; k++) {
        TSNode first = sx_named_child(w, comp, k);
        if (ts_node_symbol(first) != w->y->for_in_clause)
            continue;
        if (!ts_node_eq(first, clause))
            return false;
        TSNode left = sx_field(w, clause, w->y->f_left);
        return ts_node_is_null(left) || !ts_node_eq(left, below);
    }
    return false;
}

/* The innermost scope around the current node: its index in the stack, or 0 for
 * the module. Comprehensions count as scopes when comp is true. */
static size_t scope_of(const walk *w, bool comp)
{
    const syms *y = w->y;
    for (size_t i = w->depth; i-- > 0;) {
        TSSymbol s = ts_node_symbol(w->stack[i]);
        if (s == y->function_definition || s == y->lambda || s == y->class_definition)
            return i;
        if (comp && is_comprehension(y, s) && !in_outer_iterable(w, i))
            return i;
    }
    return 0;
}

static const char *comp_name(const syms *y, TSSymbol s)
{
    return s == y->list_comprehension ? "list comprehension"
           : s == y->set_comprehension ? "set comprehension"
           : s == y->dictionary_comprehension ? "dict comprehension"
                                              : "generator expression";
}

/* break and continue: a loop body between here and the nearest scope. */
static void check_loop_exit(walk *w, TSNode n, const char *what)
{
    const syms *y = w->y;
    for (size_t i = w->depth; i-- > 0;) {
        TSSymbol s = ts_node_symbol(w->stack[i]);
        if (s == y->function_definition || s == y->lambda || s == y->class_definition)
            break;
        if (s == y->for_statement || s == y->while_statement) {
            TSNode body = sx_field(w, w->stack[i], y->f_body);
            if (!ts_node_is_null(body) && ts_node_eq(body, w->stack[i + 1]))
                return;
        }
    }
    if (what[0] == 'b')
        tflag(w, n, "'break' outside loop");
    else
        tflag(w, n, "'continue' not properly in loop");
}

/* Does the target t of a comprehension's for clause bind a name spelt like
 * identifier name (a name in it, however nested in tuples and lists; an
 * attribute or item target binds none)? */
static bool binds_name(walk *w, TSNode t, TSNode name, int budget)
{
    const syms *y = w->y;
    TSSymbol s = ts_node_symbol(t);
    if (s == y->identifier)
        return same_text(w, t, name);
    if (budget <= 0 || !(s == y->pattern_list || s == y->tuple_pattern || s == y->list_pattern ||
                         s == y->list_splat_pattern || s == y->expression_list ||
                         s == y->tuple || s == y->list || s == y->list_splat ||
                         s == y->parenthesized_expression))
        return false;
    uint32_t c = ts_node_named_child_count(t);
    for (uint32_t i = 0; i < c; i++)
        if (binds_name(w, sx_named_child(w, t, i), name, budget - 1))
            return true;
    return false;
}

/* symtable: an assignment expression binds in the scope around the
 * comprehensions it stands in, so it may not stand in a comprehension's
 * iterable (evaluated before that scope is known), rebind one of their
 * iteration variables, or make a class body that scope. */
static void check_named_expression(walk *w, TSNode n)
{
    const syms *y = w->y;
    TSNode target = sx_field(w, n, y->f_name);
    /* a scope opened inside an iterable (a lambda, a comprehension) inherits
     * the flag: anywhere under one is refused */
    for (size_t i = w->depth; i-- > 0;) {
        TSNode at = w->stack[i], below = i + 1 < w->depth ? w->stack[i + 1] : n;
        if (ts_node_symbol(at) != y->for_in_clause)
            continue;
        TSNode right = sx_field(w, at, y->f_right);
        if (!ts_node_is_null(right) && ts_node_eq(right, below)) {
            tflag(w, n, "assignment expression cannot be used in a comprehension iterable "
                        "expression");
            return;
        }
    }
    bool in_comp = false;
    for (size_t i = w->depth; i-- > 0;) {
        TSNode at = w->stack[i];
        TSSymbol s = ts_node_symbol(at);
        if (s == y->function_definition || s == y->lambda || s == y->module)
            return;
        if (s == y->class_definition) {
            if (in_comp)
                tflag(w, n, "assignment expression within a comprehension cannot be used in a "
                            "class body");
            return;
        }
        if (!is_comprehension(y, s))
            continue;
        in_comp = true;
        uint32_t c = ts_node_named_child_count(at);
        for (uint32_t k = 0; k < c && !ts_node_is_null(target); k++) {
            TSNode cl = sx_named_child(w, at, k);
            if (ts_node_symbol(cl) == y->for_in_clause &&
                binds_name(w, sx_field(w, cl, y->f_left), target, 16)) {
                uint32_t b = ts_node_start_byte(target), e = ts_node_end_byte(target);
                tflag(w, n, "assignment expression cannot rebind comprehension iteration "
                            "variable '%.*s'",
                      (int)(e - b), w->x->t + b);
                return;
            }
        }
    }
}

/* Statements and expressions only a function (or an async one) may hold. */
static void check_placement(walk *w, TSNode n, TSSymbol s)
{
    const syms *y = w->y;
    if (s == y->return_statement || s == y->nonlocal_statement) {
        size_t i = scope_of(w, false);
        TSSymbol sc = i ? ts_node_symbol(w->stack[i]) : y->module;
        if (s == y->return_statement && sc != y->function_definition)
            tflag(w, n, "'return' outside function");
        else if (s == y->nonlocal_statement && sc == y->module)
            tflag(w, n, "nonlocal declaration not allowed at module level");
        return;
    }
    if (s == y->yield) {
        size_t i = scope_of(w, true);
        TSSymbol sc = i ? ts_node_symbol(w->stack[i]) : y->module;
        if (is_comprehension(y, sc))
            tflag(w, n, "'yield' inside %s", comp_name(y, sc));
        else if (sc != y->function_definition && sc != y->lambda)
            tflag(w, n, "'yield' outside function");
        return;
    }
    if (s == y->await) {
        size_t i = scope_of(w, false);
        TSSymbol sc = i ? ts_node_symbol(w->stack[i]) : y->module;
        if (sc == y->function_definition && is_async(w, w->stack[i]))
            return;
        for (size_t k = w->depth; k-- > i;) /* an async generator expression may hold it */
            if (ts_node_symbol(w->stack[k]) == y->generator_expression)
                return;
        if (sc == y->function_definition || sc == y->lambda)
            tflag(w, n, "'await' outside async function");
        else
            tflag(w, n, "'await' outside function");
        return;
    }
    /* async for / async with statements */
    size_t i = scope_of(w, false);
    if (i && ts_node_symbol(w->stack[i]) == y->function_definition && is_async(w, w->stack[i]))
        return;
    tflag(w, n, s == y->for_statement ? "'async for' outside async function"
                                      : "'async with' outside async function");
}

static bool valid_future(const char *p, size_t n)
{
    static const char *const names[] = {"nested_scopes", "generators", "division",
        "absolute_import", "with_statement", "print_function", "unicode_literals",
        "barry_as_FLUFL", "generator_stop", "annotations"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == n && memcmp(names[i], p, n) == 0)
            return true;
    return false;
}

static void check_future(walk *w, TSNode n)
{
    const syms *y = w->y;
    TSNode parent = w->depth ? w->stack[w->depth - 1] : (TSNode){0};
    bool ok = !ts_node_is_null(parent) && ts_node_symbol(parent) == y->module;
    if (ok) {
        bool first = true;
        for (TSNode p = ts_node_prev_named_sibling(n); !ts_node_is_null(p);
             p = ts_node_prev_named_sibling(p)) {
            TSSymbol ps = ts_node_symbol(p);
            if (ps == y->comment || ps == y->future_import_statement)
                continue;
            /* only the docstring, the very first statement, may come before */
            bool doc = ps == y->expression_statement && ts_node_named_child_count(p) == 1 &&
                       (ts_node_symbol(sx_named_child(w, p, 0)) == y->string ||
                        ts_node_symbol(sx_named_child(w, p, 0)) == y->concatenated_string);
            TSNode before = ts_node_prev_named_sibling(p);
            while (!ts_node_is_null(before) && ts_node_symbol(before) == y->comment)
                before = ts_node_prev_named_sibling(before);
            if (!doc || !ts_node_is_null(before) || !first) {
                ok = false;
                break;
            }
            first = false;
        }
    }
    if (!ok) {
        tflag(w, n, "from __future__ imports must occur at the beginning of the file");
        return;
    }
    uint32_t c = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < c; i++) {
        TSNode d = sx_named_child(w, n, i);
        TSNode nm = sx_field(w, d, y->f_name); /* aliased_import */
        if (!ts_node_is_null(nm))
            d = nm;
        uint32_t b = ts_node_start_byte(d), e = ts_node_end_byte(d);
        if (e - b == 6 && memcmp(w->x->t + b, "braces", 6) == 0) {
            tflag(w, d, "not a chance");
            return;
        }
        if (!valid_future(w->x->t + b, e - b)) {
            tflag(w, d, "future feature %.*s is not defined", (int)(e - b), w->x->t + b);
            return;
        }
    }
}

static bool is_capture(const walk *w, TSNode pat, bool *wild, TSNode *name)
{
    /* case_pattern with no child is '_'; with one dotted_name of one part, a name */
    if (ts_node_symbol(pat) != w->y->case_pattern)
        return false;
    uint32_t c = ts_node_named_child_count(pat);
    if (c == 0) {
        *wild = true;
        return ts_node_child_count(pat) == 1;
    }
    TSNode d = sx_named_child(w, pat, 0);
    if (c != 1 || strcmp(ts_node_type(d), "dotted_name") != 0 || ts_node_named_child_count(d) != 1)
        return false;
    *wild = false;
    *name = sx_named_child(w, d, 0);
    return true;
}

static void check_match_block(walk *w, TSNode block)
{
    const syms *y = w->y;
    uint32_t c = ts_node_named_child_count(block);
    for (uint32_t i = 0; i < c; i++) {
        TSNode cl = sx_named_child(w, block, i);
        if (ts_node_symbol(cl) != y->case_clause)
            continue;
        bool later = false;
        for (uint32_t j = i + 1; j < c && !later; j++)
            later = ts_node_symbol(sx_named_child(w, block, j)) == y->case_clause;
        if (!later || !ts_node_is_null(sx_field(w, cl, y->f_guard)))
            continue;
        if (ts_node_named_child_count(cl) < 1)
            continue;
        TSNode pat = sx_named_child(w, cl, 0);
        if (ts_node_named_child_count(cl) > 2 && ts_node_symbol(sx_named_child(w, cl, 1)) ==
                                                     y->case_pattern)
            continue; /* case a, b: a sequence */
        bool wild = false;
        TSNode name = {0};
        if (is_capture(w, pat, &wild, &name)) {
            if (wild)
                tflag(w, pat, "wildcard makes remaining patterns unreachable");
            else {
                uint32_t b = ts_node_start_byte(name), e = ts_node_end_byte(name);
                tflag(w, pat, "name capture '%.*s' makes remaining patterns unreachable",
                      (int)(e - b), w->x->t + b);
            }
            return;
        }
    }
}

/* A class pattern's argument that is a keyword pattern. tree-sitter reads
 * C(k=P as x) as (k=P) as x where CPython's keyword_pattern is NAME '=' pattern and
 * binds x to the attribute: the as is looked through once (a chained as is refused
 * where the keyword pattern is placed). */
static bool is_keyword_arg(const walk *w, TSNode p)
{
    const syms *y = w->y;
    if (ts_node_symbol(p) != y->case_pattern || ts_node_named_child_count(p) != 1)
        return false;
    TSNode in = sx_named_child(w, p, 0);
    if (ts_node_symbol(in) == y->as_pattern) {
        p = sx_named_child(w, in, 0);
        if (ts_node_is_null(p) || ts_node_symbol(p) != y->case_pattern ||
            ts_node_named_child_count(p) != 1)
            return false;
        in = sx_named_child(w, p, 0);
    }
    return ts_node_symbol(in) == y->keyword_pattern;
}

/* CPython has keyword patterns only among a class pattern's arguments, and star
 * patterns only in sequences; tree-sitter takes both anywhere a pattern goes. */
static void check_keyword_pattern(walk *w, TSNode n)
{
    const syms *y = w->y;
    size_t d = w->depth;
    bool ok = d >= 2 && ts_node_symbol(w->stack[d - 1]) == y->case_pattern;
    if (ok && ts_node_symbol(w->stack[d - 2]) == y->as_pattern)
        ok = d >= 4 && ts_node_eq(sx_named_child(w, w->stack[d - 2], 0), w->stack[d - 1]) &&
             ts_node_symbol(w->stack[d - 3]) == y->case_pattern &&
             ts_node_symbol(w->stack[d - 4]) == y->class_pattern;
    else if (ok)
        ok = ts_node_symbol(w->stack[d - 2]) == y->class_pattern;
    if (!ok)
        tflag(w, n, "invalid syntax");
}

/* P as x in a pattern: P is an or-pattern or closed pattern (no bare P as y as x),
 * and x a name other than _ */
static void check_as_capture(walk *w, TSNode n)
{
    const syms *y = w->y;
    TSNode p = sx_named_child(w, n, 0);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == y->case_pattern &&
        ts_node_named_child_count(p) == 1 &&
        ts_node_symbol(sx_named_child(w, p, 0)) == y->as_pattern) {
        tflag(w, n, "invalid syntax");
        return;
    }
    uint32_t c = ts_node_named_child_count(n);
    TSNode t = c >= 2 ? sx_named_child(w, n, c - 1) : n;
    uint32_t b = ts_node_start_byte(t), e = ts_node_end_byte(t);
    if (c >= 2 && ts_node_symbol(t) == y->identifier && e - b == 1 && w->x->t[b] == '_')
        tflag(w, t, "cannot use '_' as a target");
}

static void check_class_pattern(walk *w, TSNode n)
{
    const syms *y = w->y;
    uint32_t c = ts_node_named_child_count(n);
    bool kw = false;
    for (uint32_t i = 0; i < c; i++) {
        TSNode p = sx_named_child(w, n, i);
        if (ts_node_symbol(p) != y->case_pattern)
            continue;
        if (ts_node_named_child_count(p) == 1 &&
            ts_node_symbol(sx_named_child(w, p, 0)) == y->splat_pattern) {
            tflag(w, p, "invalid syntax");
            return;
        }
        bool is_kw = is_keyword_arg(w, p);
        if (is_kw)
            kw = true;
        else if (kw) {
            tflag(w, p, "positional patterns follow keyword patterns");
            return;
        }
    }
}

static void check_sequence_pattern(walk *w, TSNode n)
{
    const syms *y = w->y;
    uint32_t c = ts_node_named_child_count(n);
    int stars = 0;
    for (uint32_t i = 0; i < c; i++) {
        TSNode p = sx_named_child(w, n, i);
        if (ts_node_symbol(p) == y->case_pattern && ts_node_named_child_count(p) == 1 &&
            ts_node_symbol(sx_named_child(w, p, 0)) == y->splat_pattern && ++stars > 1) {
            tflag(w, p, "multiple starred names in sequence pattern");
            return;
        }
    }
}

static bool is_star_expr(const syms *y, TSSymbol s)
{
    return s == y->list_splat;
}

/* Is stack[depth - up] a with-item's one parenthesized item, `with (c as x):`
 * (3.10's parenthesized context managers, which tree-sitter reads as a
 * parenthesized expression holding the as-pattern)? */
static bool paren_with_item(const walk *w, size_t up)
{
    const syms *y = w->y;
    if (w->depth < up + 1)
        return false;
    if (w->depth < up + 2)
        return false;
    TSNode p = w->stack[w->depth - up], clause = w->stack[w->depth - up - 2];
    /* `with (c as x), d:` is no such form: the parentheses hold every item */
    return ts_node_symbol(p) == y->parenthesized_expression &&
           ts_node_named_child_count(p) == 1 &&
           ts_node_symbol(w->stack[w->depth - up - 1]) == y->with_item &&
           ts_node_named_child_count(clause) == 1;
}

static void visit_node(walk *w, TSNode n, TSSymbol s)
{
    const syms *y = w->y;
    if (s == y->assignment || s == y->augmented_assignment) {
        /* left, then ':' type ['=' right] or '=' right or an operator and right:
         * positions are cheaper than field lookups on every assignment */
        uint32_t c = ts_node_child_count(n);
        if (c < 2)
            return;
        TSNode left = sx_child(w, n, 0), right = sx_child(w, n, c - 1);
        bool annotated = s == y->assignment && ts_node_symbol(sx_child(w, n, 1)) == y->colon;
        /* tree-sitter chains an annotated assignment with plain ones (`x = f: g(1)`,
         * `x: int = y = 5`); CPython's grammar has it only as a statement of its own */
        if (annotated && (ts_node_symbol(right) == y->assignment ||
                          ts_node_symbol(ts_node_parent(n)) == y->assignment)) {
            tflag(w, n, "invalid syntax: an annotated assignment is a statement of its own");
            return;
        }
        if (annotated && is_sequence(w, left)) {
            TSSymbol ls = ts_node_symbol(left);
            tflag(w, left, "only single target (not %s) can be annotated",
                  ls == y->list || ls == y->list_pattern ? "list" : "tuple");
            return;
        }
        check_target(w, left, s == y->assignment ? T_ASSIGN : T_AUG);
        if (is_star_expr(y, ts_node_symbol(right)))
            tflag(w, right, "can't use starred expression here");
    } else if (s == y->delete_statement) {
        uint32_t c = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < c; i++) {
            TSNode t = sx_named_child(w, n, i);
            if (ts_node_symbol(t) == y->expression_list) {
                uint32_t k = ts_node_named_child_count(t);
                for (uint32_t j = 0; j < k; j++)
                    check_target(w, sx_named_child(w, t, j), T_DEL);
            } else if (ts_node_symbol(t) != y->comment) {
                check_target(w, t, T_DEL);
            }
        }
    } else if (s == y->for_statement || s == y->for_in_clause) {
        TSNode left = sx_field(w, n, y->f_left);
        if (!ts_node_is_null(left))
            check_target(w, left, T_ASSIGN);
        TSNode first_right = s == y->for_in_clause ? sx_field(w, n, y->f_right)
                                                   : (TSNode){0};
        bool more = false; /* text after the iterable: maybe ", b" */
        if (!ts_node_is_null(first_right))
            for (uint32_t i = ts_node_end_byte(first_right); i < ts_node_end_byte(n) && !more; i++)
                more = w->x->t[i] == ',';
        if (more && has_child_sym(w, n, y->comma)) {
            TSNode parent = w->depth ? w->stack[w->depth - 1] : n;
            if (w->depth >= 2 && ts_node_symbol(parent) == y->generator_expression &&
                ts_node_symbol(w->stack[w->depth - 2]) == y->call)
                tflag(w, parent, "Generator expression must be parenthesized");
            else
                tflag(w, n, "invalid syntax");
            return;
        }
        if (s == y->for_statement && is_async(w, n))
            check_placement(w, n, s);
        else if (s == y->for_in_clause && is_async(w, n)) {
            size_t i = scope_of(w, false);
            bool ok = i && ts_node_symbol(w->stack[i]) == y->function_definition &&
                      is_async(w, w->stack[i]);
            TSNode comp = w->depth ? w->stack[w->depth - 1] : n;
            if (!ok && ts_node_symbol(comp) != y->generator_expression)
                tflag(w, comp, "asynchronous comprehension outside of an asynchronous function");
        }
    } else if (s == y->with_statement) {
        if (is_async(w, n))
            check_placement(w, n, s);
    } else if (s == y->as_pattern) {
        TSSymbol ps = w->depth ? ts_node_symbol(w->stack[w->depth - 1]) : 0;
        if (ps != y->with_item && ps != y->case_pattern && ps != y->case_clause &&
            ps != y->except_clause && ps != y->except_group_clause && !paren_with_item(w, 1))
            tflag(w, n, "invalid syntax");
        else if (ps == y->case_pattern)
            check_as_capture(w, n);
    } else if (s == y->as_pattern_target) {
        TSNode parent = w->depth ? w->stack[w->depth - 1] : n;
        TSNode gp = w->depth >= 2 ? w->stack[w->depth - 2] : n;
        if (ts_node_symbol(parent) == y->as_pattern &&
            (ts_node_symbol(gp) == y->with_item || paren_with_item(w, 2)) &&
            ts_node_named_child_count(n) == 1)
            check_target(w, sx_named_child(w, n, 0), T_ASSIGN);
    } else if (s == y->named_expression) {
        check_named_expression(w, n);
    } else if (s == y->argument_list) {
        check_arguments(w, n);
    } else if (s == y->parameters || s == y->lambda_parameters) {
        check_parameters(w, n);
    } else if (s == y->return_statement || s == y->yield || s == y->await ||
               s == y->nonlocal_statement) {
        check_placement(w, n, s);
        if (s == y->return_statement && ts_node_named_child_count(n) == 1 &&
            is_star_expr(y, ts_node_symbol(sx_named_child(w, n, 0))))
            tflag(w, sx_named_child(w, n, 0), "can't use starred expression here");
    } else if (s == y->break_statement) {
        check_loop_exit(w, n, "break");
    } else if (s == y->continue_statement) {
        check_loop_exit(w, n, "continue");
    } else if (s == y->type_alias_statement) {
        if (type_soft_keyword(w, n))
            tflag(w, n, "invalid syntax: the 'type' statement is Python 3.12; this is Python 3.11");
        else
            tflag(w, n,
                  "statement read differently by the checker's parser: it starts with the "
                  "name 'type' followed by '(' or '[', an expression to Python 3.11 and a "
                  "3.12 type alias to the checker's parser: start the statement otherwise "
                  "(bind the value first, t = type(x), or put the target in parentheses)");
    } else if (s == y->function_definition || s == y->class_definition) {
        if (!ts_node_is_null(sx_field(w, n, y->f_type_parameters)))
            tflag(w, n, "invalid syntax: type parameters are Python 3.12; this is Python 3.11");
    } else if (s == y->raise_statement) {
        uint32_t c = ts_node_named_child_count(n);
        if (c > 0 && ts_node_symbol(sx_named_child(w, n, 0)) == y->expression_list)
            tflag(w, n, "invalid syntax");
    } else if (s == y->except_clause) {
        if (has_child_sym(w, n, y->comma))
            tflag(w, n, "multiple exception types must be parenthesized");
    } else if (s == y->import_from_statement) {
        if (has_child_sym(w, n, y->wildcard_import)) {
            size_t i = scope_of(w, false);
            if (i && ts_node_symbol(w->stack[i]) != y->class_definition)
                tflag(w, n, "import * only allowed at module level");
        }
    } else if (s == y->future_import_statement) {
        check_future(w, n);
    } else if (s == y->class_pattern) {
        check_class_pattern(w, n);
    } else if (s == y->keyword_pattern) {
        check_keyword_pattern(w, n);
    } else if (s == y->list_pattern || s == y->tuple_pattern) {
        TSNode parent = w->depth ? w->stack[w->depth - 1] : n;
        if (ts_node_symbol(parent) == y->case_pattern)
            check_sequence_pattern(w, n);
    } else if (s == y->block) {
        TSNode parent = w->depth ? w->stack[w->depth - 1] : n;
        if (strcmp(ts_node_type(parent), "match_statement") == 0)
            check_match_block(w, n);
    }
}

/* ---- the layout: CPython's blocks against tree-sitter's ---- */

struct an_syntax {
    sx x;
    tok k;
    TSTreeCursor cur;
    bool has_cur;
    bool done; /* the tree can add nothing earlier than what is found */
    size_t tree_hits;
    size_t next_line; /* the first of x.lines no node has reached yet */
    size_t next_cont; /* and of x.conts */
    size_t next_stop; /* the smaller of their offsets: nodes before it need nothing */
    bool layout_on;   /* x.lines holds every logical line: the tokenizer read to the end */
};

/* Whether a node under parent p may begin a logical line: a statement of a
 * module or block, a decorator or the definition it decorates, or a clause of a
 * compound statement (elif, else, except, finally). Anything else would be a
 * line tree-sitter reads as part of the statement above it. */
static bool begins_line(const syms *y, TSSymbol p, TSSymbol s)
{
    if (p == y->module || p == y->block || p == y->decorated_definition)
        return true;
    if (p == y->if_statement || p == y->for_statement || p == y->while_statement ||
        p == y->try_statement)
        return s == y->elif_clause || s == y->else_clause || s == y->except_clause ||
               s == y->except_group_clause || s == y->finally_clause;
    return false;
}

/* Records the first layout disagreement. It is reported only when nothing else
 * is: in a program CPython refuses, tree-sitter's error recovery lays lines out
 * its own way, and CPython's error is the one to name. */
__attribute__((format(printf, 3, 4)))
static void layout_flag(sx *x, const line_start *ls, const char *fmt, ...)
{
    if (x->layout.set)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->layout.msg, sizeof x->layout.msg, fmt, ap);
    va_end(ap);
    x->layout.set = true;
    x->layout.line = ls->line;
    x->layout.col = an_utf8_count(x->t, ls->bol, ls->off) + 1;
}

/* Whether the statement at byte at follows a ';' or a header's ':' on the same
 * logical line (blanks and backslash continuations between). */
static bool after_separator(const char *t, size_t at)
{
    size_t i = at;
    while (i > 0) {
        char c = t[i - 1];
        if (c == ' ' || c == '\t' || c == '\f')
            i--;
        else if (c == '\n' && i >= 2 && t[i - 2] == '\\')
            i -= 2;
        else
            return c == ';' || c == ':';
    }
    return false;
}

/* The other direction: the outermost node at the first token of a continuation
 * line must not be a statement of the tree, unless it follows a ';' or a
 * header's ':' through a backslash, so tree-sitter splits no logical line in
 * two (its scanner ends a statement only after a line end). */
static void check_split(an_syntax *a, const TSNode *stack, const TSSymbol *stack_sym,
                        size_t depth, TSSymbol s, size_t at)
{
    const syms *y = &g_syms;
    sx *x = &a->x;
    if (depth == 0)
        return;
    TSSymbol p = stack_sym[depth - 1];
    TSNode n = stack[depth];
    /* not the ';' between statements, comments, line continuations, or what
     * tree-sitter's own error recovery made (reported by the rule walk) */
    if ((p != y->module && p != y->block) || s == (TSSymbol)-1 || !ts_node_is_named(n) ||
        ts_node_is_extra(n) || ts_node_is_missing(n) || after_separator(x->t, at))
        return;
    TSPoint pt = ts_node_start_point(n);
    line_start here = {.off = at, .line = pt.row + 1, .bol = at - pt.column};
    layout_flag(x, &here,
                "statements read differently by the checker's parser: it starts a statement "
                "on line %zu inside one CPython reads on; write the statement on a line of "
                "its own",
                here.line);
}

/* Every rule that depends on scope (closed classes, private reads through self,
 * class-body bindings, privileged methods) reads the block structure from
 * tree-sitter's tree, whose external scanner counts indentation its own way: a
 * tab adds 8 columns (CPython: to the next multiple of 8), a backslash before
 * the first token keeps counting into the next physical line (CPython: the first
 * line's column), levels are kept in one byte between scans (so 260 columns read
 * back as 4). So each logical line CPython reads must begin a statement (or a
 * clause) of the tree, inside as many blocks as CPython's INDENT tokens put it
 * in; equal depths on every line make the same nesting, since a line's block is
 * the one opened by the nearest line above it one level less deep. Called in
 * pre-order (start bytes never decrease) for the nodes at or past the next
 * line's first token: the first node there is the outermost one starting there. */
static void layout_step(an_syntax *a, const TSNode *stack, const TSSymbol *stack_sym,
                        size_t depth, TSSymbol s, size_t at)
{
    const syms *y = &g_syms;
    sx *x = &a->x;
    while (a->next_cont < x->nconts && x->conts[a->next_cont] < at)
        a->next_cont++; /* no node begins there: nothing split */
    if (a->next_cont < x->nconts && x->conts[a->next_cont] == at && s != y->block) {
        a->next_cont++;
        check_split(a, stack, stack_sym, depth, s, at);
    }
    if (a->next_line >= x->nlines || at < x->lines[a->next_line].off)
        return;
    const line_start *ls = &x->lines[a->next_line];
    if (at == ls->off && (s == y->module || s == y->block))
        return; /* the statement inside starts here too */
    a->next_line++;
    if (at > ls->off || depth == 0 || !begins_line(y, stack_sym[depth - 1], s)) {
        layout_flag(x, ls,
                    "statements read differently by the checker's parser: CPython starts a "
                    "statement on line %zu, the checker's parser reads it as part of the one "
                    "above; end the line above with ';' or begin this one otherwise",
                    ls->line);
        return;
    }
    int blocks = 0;
    for (size_t i = 1; i < depth; i++)
        blocks += stack_sym[i] == y->block;
    if (blocks != ls->depth)
        layout_flag(x, ls,
                    "indentation read differently by the checker's parser: line %zu is at "
                    "block depth %d for CPython, %d for the checker's parser; indent with "
                    "spaces only (or tabs only), with no backslash before a statement and no "
                    "level over 255 columns",
                    ls->line, ls->depth, blocks);
}

/* Where the next node with something to compare can begin: the next logical
 * line's first token or the next continuation line's, whichever comes first. */
static size_t layout_next_stop(const an_syntax *a)
{
    const sx *x = &a->x;
    if (!a->layout_on || x->layout.set)
        return SIZE_MAX;
    size_t c = a->next_cont < x->nconts ? x->conts[a->next_cont] : SIZE_MAX;
    size_t l = a->next_line < x->nlines ? x->lines[a->next_line].off : SIZE_MAX;
    return c < l ? c : l;
}

/* Called for the nodes at or past next_stop, the few the layout concerns; out of
 * line (as visit_checked), so that an_syntax_visit, run for every node, sets up
 * no frame for it. */
__attribute__((noinline))
static void check_layout(an_syntax *a, const TSNode *stack, const TSSymbol *stack_sym,
                         size_t depth, TSSymbol s, size_t at)
{
    layout_step(a, stack, stack_sym, depth, s, at);
    a->next_stop = layout_next_stop(a);
}

/* ---- entry ---- */

an_syntax *an_syntax_begin(const an_source *src)
{
    pthread_once(&g_syms_once, syms_init);
    if (!g_syms.interesting)
        return NULL;
    an_syntax *s = malloc(sizeof *s);
    if (!s)
        return NULL;
    s->x = (sx){.t = src->text, .len = src->len};
    s->done = false;
    s->has_cur = false;
    s->next_line = 0;
    s->next_cont = 0;
    s->k.sub = NULL;
    tok_init(&s->k, &s->x, 0, src->len, 1, 0, false);
    tokenize(&s->k);
    tok_free_subs(&s->k);
    if (s->x.oom) {
        free(s->x.lines);
        free(s->x.conts);
        free(s);
        return NULL;
    }
    /* The tokenizer stops early only at an error or past MAXINDENT: then there is
     * no layout to compare. */
    s->layout_on = !s->k.err;
    s->next_stop = layout_next_stop(s);
    s->tree_hits = s->x.hits;
    s->done = s->x.tok.set; /* nothing the tree finds would be reported */
    return s;
}

/* The checks of a node of interest, apart from an_syntax_visit, which runs for every
 * node and mostly returns at once: the frame the checks need (and its stack
 * protector's canary) is then set up only for the nodes they look at. */
__attribute__((noinline))
static void visit_checked(an_syntax *s, const an_nodes *nodes, const TSNode *stack,
                          size_t depth, TSSymbol sy)
{
    walk w = {.x = &s->x, .y = &g_syms, .cur = &s->cur, .has_cur = &s->has_cur,
              .stack = stack, .depth = depth, .nodes = nodes};
    visit_node(&w, stack[depth], sy);
    /* The walk is in source order: its first finding is the tree's earliest. */
    if (s->x.hits != s->tree_hits)
        s->done = true;
}

void an_syntax_visit(an_syntax *s, const an_nodes *nodes, const TSNode *stack,
                     const TSSymbol *stack_sym, size_t depth, TSSymbol sy)
{
    if (s->done)
        return;
    /* Past the tokenizer's finding, nothing earlier can be found. */
    if (s->x.f.set && ts_node_start_point(stack[depth]).row + 1 > s->x.f.line) {
        s->done = true;
        return;
    }
    size_t at = ts_node_start_byte(stack[depth]);
    if (at >= s->next_stop)
        check_layout(s, stack, stack_sym, depth, sy, at);
    if (sy >= g_syms.nsyms || !g_syms.interesting[sy])
        return;
    visit_checked(s, nodes, stack, depth, sy);
}

bool an_syntax_claims(const an_syntax *s)
{
    return s && s->x.f.set;
}

/* res NULL: only free (the walk failed before it could report). */
int an_syntax_end(an_syntax *s, an_result *res, bool reported_elsewhere)
{
    if (!s)
        return 0;
    int rc = 0;
    const finding *f = reported(&s->x);
    if (!f->set)
        f = &s->x.layout;
    if (res && f->set && !reported_elsewhere)
        rc = an_result_add(res, "syntax", f->line, f->col, f->line, f->col + 1, "%s", f->msg);
    if (s->has_cur)
        ts_tree_cursor_delete(&s->cur);
    free(s->x.lines);
    free(s->x.conts);
    free(s);
    return rc;
}
