/*
 * stores.c - which values a store may write into.
 *
 * A store (`X.a = v`, `X[k] = v`, del, augmented, setattr with a literal name) into
 * a value reached through a module writes into a namespace the standard library
 * shares: `json.JSONEncoder.encode = f` replaces json.dumps for everyone. names.c
 * refuses the direct forms at once (a module path, a name bound to one by a plain
 * assignment). This file follows every other expression form a value can travel
 * through inside the program's text, so the store is judged by where its value may
 * come from rather than by how the target is spelt:
 *   - names bound in any binding form (assignment and unpacking, augmented, walrus,
 *     for and comprehension targets, with ... as, match captures, parameter
 *     defaults, decorated definitions) to such a value; a function's (lambda's,
 *     comprehension's) variable is keyed by that scope (scopes.h: Python's rules,
 *     closures, global and nonlocal), so a read of it takes only its own
 *     bindings; a global, a class body's name and an attribute share the name's
 *     one key, which also keeps every binding for the questions about the whole
 *     program;
 *   - `from m import C` and the names a star import binds (the audit's list of the
 *     module's public names), which are module attributes under a bare name;
 *   - `X or Y`, `X if c else Y`, literal containers and comprehensions, `[X][0]`;
 *   - attributes: `K.E` and `self.E` when anything stores such a value under the
 *     name E (a class body's `E = ...`, `obj.E = ...`, setattr(obj, "E", ...)), and
 *     containers a method call or an item store puts such a value into
 *     (`items.append(X)`);
 *   - for attribute stores also calls: a method of such a value (a typing alias's
 *     copy_with() is an alias that forwards stores to its origin class), and any
 *     call given such a value as an argument (typing.cast, max, copy.deepcopy,
 *     contextlib.nullcontext return it). Item stores, mutating calls (append,
 *     heapq.heappush(R, x), ...) and `R += x` on a name follow the program's own
 *     code (its functions' returns, its hooks) and take the library's calls as
 *     new containers holding their arguments' parts (json.load(sys.stdin), a
 *     list built from sys.stdin), but accessors (d.get, next, max: call_mask0).
 *   - parameters the interpreter or the library fills (an operator's operand, a
 *     descriptor's value, copy's state, a library base calling an override) are
 *     sources; a parameter is a name of its own function (implicit_read).
 * Values cross function boundaries too (parameters, return values, generators,
 * callbacks handed to the standard library, operator methods: see "flows through
 * calls" below), what functions used as values return comes back out of the
 * calls that code the program does not contain answers ("functions that
 * escape"), and protocol methods' results (a property, __getitem__,
 * __iter__, __enter__, ...) flow as a call's return does into every read of their
 * kind: each step of iteration (for, with, unpacking at every level, spreads,
 * yield from, match), attribute and item reads, operators and comparisons, and
 * whatever the standard library hands back (next(), list(), a library base's
 * method calling an override: see take_hooks). A module's immutable data
 * (module-data: math.inf, sys.maxsize) is no namespace and counts for nothing.
 * CPython raises no audit event for a class attribute store, so for the statement
 * form this is the only wall.
 *
 * How: a value's mask says at which container depth it may hold such a value;
 * each name (or attribute name, or "()f" for what functions f return) gets the
 * union of its events' masks, at two levels (without and with following calls),
 * by a fixpoint after the check pass: a worklist that evaluates only the events
 * of keys the stores' judgement reads (and, transitively, what those read), and
 * re-evaluates one only when something it read has changed.
 *
 * Contract: wk_stores_visit sees every named node of the check pass (the symbols
 * it tests are all named: anonymous tokens are not passed); wk_stores_defer
 * queues a store (or reports one through an operator method's parameter at once);
 * wk_stores_judge, after the check pass, reports the queued stores whose target
 * may be such a value; wk_stores_free releases the arrays (se_grow), the rest
 * lives in the walker's arena.
 */
#include "walker.h"
#include "scopes.h"
#include "strset.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How an event's key takes its value's mask. Before the kind applies, the value
 * is iterated `iter` times (an event's iter): for, comprehension and with ... as
 * targets take an element of it (or, conservatively, the whole), each level of an
 * unpacking target one more, and every such step may also be what the program's
 * protocol methods hand out (see take_hooks). */
typedef enum {
    EV_VALUE,  /* the key is the value: `K = V` */
    EV_HOLD,   /* the key's value holds the value `shift` items down: K[i] = V, K.append(V) */
    EV_CALLEE, /* the key is what calling the value returns (a decorator) */
    EV_ANY,    /* the key may be anything: an exception caught (AttributeError.obj) */
    EV_ATTR,   /* the key is attribute `attr` of the value (any attribute when NULL) */
    EV_ESC,    /* the key may be what escaping functions return (escaped_mask) */
    EV_NONE,   /* nothing: the name is bound (a lambda's parameter), its values are scoped */
    EV_KEY,    /* the key takes key `attr`'s mask (a descriptor's __set__ value: SETVAL) */
    EV_ALIAS,  /* the key holds, `shift` items down, what key `attr` (a "#held" key)
                * holds `up` items down: a parameter's, or another name's that may be
                * the same object (plain_alias) */
    EV_JSON,   /* a json hook's parameter: one level in or deeper, what key `attr`
                * (the hooks' returns) may hold anywhere (json_hook_arg) */
    EV_HANDED, /* a method's parameter: anything the program handed library code
                * (HANDED; duck_method_events) */
    EV_RECORD, /* a record logging made and hands a hook: new, its attributes the
                * library's, holding what the program logged (LOGGED) */
} ev_kind;

/* The key of every value an attribute store writes (`x.a = v`, setattr, a
 * dataclass field's argument, vars(x).update): what a descriptor's __set__ and
 * a __setattr__ receive as the value. */
#define SETVAL ((str){"(setval)", 8})

/* The key of every value the program hands library code that may call the
 * program's methods by name with it (handed_arg). */
#define HANDED ((str){"(handed)", 8})

/* The key of what the program hands logging's calls that make or take a
 * record (a logger's message methods, handle): what a record holds. */
#define LOGGED ((str){"(logged)", 8})

#define ST(x) {x, sizeof x - 1}

/* The builtin and collections containers' methods that change their object
 * (mutating_method). */
static const str MUTATORS[] = {
    ST("append"), ST("extend"), ST("insert"), ST("remove"), ST("pop"), ST("clear"),
    ST("sort"), ST("reverse"), ST("update"), ST("setdefault"), ST("popitem"), ST("add"),
    ST("discard"), ST("difference_update"), ST("intersection_update"),
    ST("symmetric_difference_update"), ST("appendleft"), ST("extendleft"), ST("popleft"),
    ST("rotate"), ST("__setitem__"), ST("__delitem__"), ST("__iadd__"), ST("__isub__"),
    ST("__imul__"), ST("__ior__"), ST("__iand__"), ST("__ixor__"), ST("subtract"),
    ST("move_to_end"), ST("byteswap"), ST("frombytes"), ST("fromlist"),
    ST("fromunicode")};
#define NMUTATORS (sizeof MUTATORS / sizeof MUTATORS[0])

/* The library's methods besides those that keep their argument where a
 * library `get` hands it back (RawConfigParser's set, the queues' put and
 * put_nowait: plain_get; tests/checker/get_audit.py finds them by running). */
static const str KEEPERS[] = {ST("set"), ST("put"), ST("put_nowait")};
#define NKEEPERS (sizeof KEEPERS / sizeof KEEPERS[0])
static bool in_table(str m, const str *table, size_t n);

/* "(ret)name": what the program's protocol method `name` returns (proto_key). */
#define PROTO(lit) ((str){"(ret)" lit, sizeof "(ret)" lit - 1})
/* What the program's operator methods return, for aliases only (the masks read
 * "()__op"): aliased where they return, read where an operator's value is bound. */
#define OP_RETURNS PROTO("__op")
/* What the program's methods that library code calls by name on what it is
 * handed (library-duck-calls.txt) return, for aliases only: the text modules'
 * functions work by calling their arguments' methods and may hand that back
 * (re.escape(s) is s.translate(...), string.capwords(s, sep) is sep.join(...),
 * hashlib.file_digest(f, d) is d(); round 24b). */
#define DUCK_RETURNS PROTO("(duck)")
/* What any method of the program returns, as the masks take it: a function of
 * a text module may call an argument's method by any name and hand back what
 * it returned as it is (round 33b: string.capwords(s, sep) is sep.join(...)). */
#define METHOD_RETURNS ((str){"()(method)", 10})

typedef struct st_event {
    str key;      /* a name, or an attribute name (one namespace), or a function's
                   * variable "@<start>:name" (param_key, scoped_name) */
    TSNode value; /* the expression whose value the key may take */
    uint8_t kind, shift;
    uint8_t iter; /* how many times the value is iterated first (0..4) */
    uint32_t root; /* EV_HOLD into a name: its identifier's start byte + 1, to rescope */
    str attr;     /* EV_ATTR; with iter, a method whose results each step may be too */
    uint8_t into; /* a store into the key's container: noted under key#held too */
    uint8_t up;   /* EV_ALIAS: how many items down in attr's container the key's lies */
    uint8_t bind; /* a binding of the name key, its identifier at root - 1: kept
                   * under the name and its variable's key (scope_copies) */
    uint8_t plain; /* target's index: 0 not asked yet, 1 plain, 2 maybe a slice */
    TSNode target; /* an item target `R[k] = V` (no slice written): iter counts V's
                    * elements, which a slice object k stores; not when k is plain */
} st_event;

/* How a store writes: an attribute, an item (subscript, slice, del), a call of
 * a mutating method or function (`R.append(x)`, `heapq.heappush(R, x)`), or an
 * augmented assignment to a name (`R += [x]` extends a list in place). All but
 * the attribute are judged without following the library's calls (level 0). */
enum { SF_ATTR, SF_ITEM, SF_CALL, SF_AUG, SF_WRITER, SF_GIVE, SF_CLASS };
/* A factory handed to the library (factory_site), resolved after the pass into
 * stores into what it returns (SF_FACTORY0: item writes, level 0; SF_FACTORY1:
 * attribute writes, level 1) or nothing to judge (SF_SKIP). */
enum { SF_FSITE = SF_CLASS + 1, SF_FACTORY0, SF_FACTORY1, SF_SKIP };
/* SF_SELFW: a call of a method that writes its receiver's own attributes
 * (self_writer), judged on the receiver as the other calls are (level 0: the
 * shared objects are shared_call's results at every level). */
enum { SF_SELFW = SF_SKIP + 1 };
/* SF_FIRST: the first argument of a mutating method's call (obj; the argument
 * list when it is not written out), which the call writes when its receiver is
 * a container class held as a value (`L = list; L.append(R, x)`): judged as
 * SF_CALL only in a program that holds one so (class_values). */
enum { SF_FIRST = SF_SELFW + 1 };

/* SF_GIVE: a value handed to the library to hold or take back (give_site), which
 * the library's own code may write into: obj lies iter containers deep in what
 * is given. */
typedef struct st_store {
    TSNode at, obj;
    str name; /* the attribute stored, or the method called, for the message */
    uint8_t form;
    uint8_t iter;
    uint32_t cls; /* SF_GIVE: 1 + the index in classes of the class whose body holds it */
} st_store;

/* A value's mask: bit d set when what lies d containers deep in it (0: the value
 * itself, 1: its elements, ...; bit 3: three or more) may be a value reached
 * through a module. `dist = {n: sys.maxsize for n in g}` is 0b10: storing into dist
 * writes the program's dict; `[sys.argv][0]` is 0b1 again. */
/* A program-wide yes or no asked by name, kept for the last names asked (the
 * answer reads the whole tree; every call of a method asks). */
enum { NAME_MEMO = 32 };
typedef struct name_memo {
    struct {
        str name;
        bool yes;
    } slot[NAME_MEMO];
    size_t n;
} name_memo;
#define M_SELF 1u
#define M_ALL 15u
/* The high four bits, by depth as the low ones: what lies d containers deep may
 * be an object the library made (a library callable's result, `self` of a class
 * deriving from a library class). Such an object is new, but its attributes may
 * be the library's shared classes and objects (a TestLoader's suiteClass, a
 * Logger's manager, a ConfigParser's BOOLEAN_STATES): an attribute read of one
 * is a value reached through a module (attr_mask). */
#define M_MADE 16u
#define M_TOP (M_SELF | M_MADE) /* the value itself, of either kind */

static unsigned shl4(unsigned m)
{
    return ((m << 1) | (m & 8u)) & M_ALL;
}

static unsigned elems4(unsigned m)
{
    return (m & M_SELF) | (m >> 1) | (m & 8u);
}

/* Any depth of either kind a mask has anywhere: what a call may hand back of
 * values it was given, wherever they lay in them. */
static unsigned spread(unsigned m)
{
    return (m & M_ALL ? M_ALL : 0u) | (m & (M_ALL << 4) ? M_ALL << 4 : 0u);
}

static unsigned shl(unsigned m)
{
    return shl4(m & M_ALL) | shl4((m >> 4) & M_ALL) << 4;
}

/* An element, or a part, of a value with mask m. A part of a value reached
 * through a module is one too, and an item of a library-made object may be one
 * (a ConfigParser's section proxy, whose parser is the ConfigParser). */
static unsigned elems(unsigned m)
{
    return elems4(m & M_ALL) | elems4((m >> 4) & M_ALL) << 4;
}

typedef struct st_key {
    str name;
    uint8_t m[2];   /* its mask: [0] without following calls, [1] following them */
    uint32_t deps;  /* the events that read it: head of a list in edges (index + 1) */
    uint32_t stamp; /* the evaluation that last listed itself there */
    uint32_t evs;   /* its own events: head of a list in next_ev (index + 1) */
    bool needed;    /* read by a store's judgement, or by an event of a needed key */
} st_key;

/* One event that read a key (or the hooks, or every key), in a list. */
typedef struct st_edge {
    uint32_t ev, next; /* next: index + 1, 0 at the end */
} st_edge;

/* A list of the events that read something, for the worklist. */
typedef struct st_deps {
    uint32_t head;  /* index + 1 into edges, 0 when empty */
    uint32_t stamp; /* the evaluation that last listed itself */
} st_deps;

struct wk_stores {
    st_event *ev;
    size_t nev, capev;
    st_store *st;
    size_t nst, capst;
    str *stars; /* modules star-imported */
    size_t nstars, capstars;
    st_key *keys;
    size_t nkeys;
    uint32_t *slots; /* open addressing over keys: index + 1, 0 when free */
    size_t nslots;   /* a power of two, at least twice nkeys */
    uint32_t *evkey; /* each event's key (its index), for ev[0 .. nkeyed) */
    size_t nkeyed;
    /* The keys the hooks are taken from (hook_keys), found once the keys are
     * final: take_hooks runs again after every change the fixpoint makes, and
     * each find hashed a text built for it. hk[i][0] is "()name", hk[i][1] the
     * name, for HOOK_NAMES[i]; hk_esc and hk_lib "()name" of the escaped
     * functions and the library's methods. NULL where no such key is. */
    bool hk_found;
    st_key *hk[17][2];
    st_key **hk_esc, **hk_lib;
    unsigned hooks[6];  /* what protocol methods and escaping functions return (level 1) */
    unsigned hooks0[6]; /* the same, the library's calls taken as new values (level 0) */
    unsigned aug_hooks0[6]; /* hooks0 on the masks aug_masks makes */
    bool foreign;      /* a class of the program has a base it did not write */
    bool unimported;   /* the program imports no module (no_module_imported) */
    bool body_holds;   /* some class body binds a name: "(body)C" keys (class_holds_binding) */
    uint8_t csv_imported; /* csv_rows: 0 not asked yet, 1 no import of csv, 2 one */
    struct {           /* unpack_key's last answer */
        TSNode value;
        unsigned up;
        str key;
    } unpack_memo;
    bool futures;      /* the program has a future import (unimported_library_name) */
    int8_t deepcopy_text; /* does "deepcopy" occur in the text? 0: not yet asked */
    /* pristine_builtin's census answers, by the index of the name in
     * PRISTINE_NAMES: 0 not asked yet, 1 never bound by the program, 2 bound */
    int8_t pristine[10];
    /* fresh_container's answers for names */
    struct st_fresh {
        str name;
        bool ok;
    } fresh[16];
    size_t nfresh;
    /* fresh_container_call's answers during the judgement, by the call's callee
     * and argument list (a slot each, by the list's id; a clash takes the slot):
     * the fixpoint asks again for every evaluation of a call's mask. 0 not
     * asked, 1 a fresh container, 2 not. */
    struct st_fresh_call {
        const void *f, *args;
        int8_t ok;
    } fresh_calls[64];
    /* Answers kept per node (direct-mapped by the node's id; a clash only
     * recomputes): a callee's classify and classify_other and the name, and a
     * receiver's text_receiver and own_method_receiver, once s->marking (every
     * key and event made; they read no mask); an identifier's
     * enclosing_parameter (the tree alone) at any time. The masks' fixpoint
     * asks them again at every visit of a call. */
    struct st_callee_memo {
        const void *f;
        str name;
        int8_t ck, other;
    } callee_memo[256];
    struct st_node_memo {
        const void *id;
        const char *name; /* own_method_receiver's method name (its text) */
        int8_t ok;        /* 0: none kept; 1: true; 2: false */
    } text_memo[128], own_memo[128], param_memo[256];
    /* Reads of a method's receiver (`self`, `cls`: the first parameter of a def
     * written in a class body), with the index of that class statement in
     * classes; after the pass, those whose instance may derive from a library
     * class are kept (made_reads, sorted by start byte): a library-made object. */
    struct st_self_read {
        uint32_t at, cls;
        bool klass; /* a classmethod's cls */
    } *self_reads;
    size_t nself_reads, capself_reads;
    uint32_t *made_reads, *made_class_reads;
    size_t nmade_reads, nmade_class_reads;
    /* The methods (defs written directly in a class body) the walk is inside,
     * innermost last: their receiver's name, end byte and class (by index). */
    struct st_method {
        str recv;
        uint32_t end, cls;
        bool klass;
    } *methods;
    size_t nmethods, capmethods;
    bool *lib_classes; /* per class statement: its bases reach a library class */
    const an_rules *rules;
    TSNode *defs, *lambdas, *classes, *calls; /* for the flows through calls */
    TSNode *refs; /* identifiers read as values, not called: functions that escape */
    size_t nrefs, caprefs;
    str *escaped; /* the names of the functions that escape (escaped_functions) */
    size_t nescaped;
    str *escaped_bound; /* those named as values only as bound methods (bound_receiver) */
    str *escaped_valued; /* those named as values at all (not only decorated) */
    size_t nescaped_valued;
    size_t nescaped_bound;
    str *libdefs; /* the methods a library base may call (library_overrides) */
    size_t nlibdefs;
    bool libdefs_all; /* a base not placed: every function may be one */
    str *decorated; /* the names of decorated defs: bound to what a decorator made */
    size_t ndecorated, capdecorated;
    str *defnames, *classnames; /* their names, taken once the pass is over */
    size_t ndefs, capdefs, nlambdas, caplambdas, nclasses, capclasses, ncalls, capcalls;
    bool everything; /* a form too deep to follow: every store is suspect */
    /* Parameters the interpreter fills (implicit_def): a dunder bound in a class
     * body by assignment (`__eq__ = helper`), resolved once the defs are known;
     * and whether a protocol method may be a function the checker cannot name
     * (`__eq__ = staticmethod(f)`, a program decorator on a dunder def, what
     * `__getattr__` returns): then every function used as a value counts. */
    TSNode *dunder_vals;
    size_t ndunder_vals, capdunder_vals;
    TSNode *duck_vals; /* values bound to attributes named like duck hooks: duck_binding */
    size_t nduck_vals, capduck_vals;
    TSNode *lib_stores; /* attribute stores `x.a = v`: library_store */
    size_t nlib_stores, caplib_stores;
    TSNode *binops; /* binary operators: binop_events */
    size_t nbinops, capbinops;
    bool duck_field; /* a field named like a duck hook, set by a generated constructor */
    bool planted; /* an object put into a library object's attribute: planted_objects */
    str *firsts; /* the first parameter names of the defs (first_param_name), once */
    size_t nfirsts;
    bool firsts_made;
    bool implicit_opaque;
    bool opaque_callback; /* a value the checker cannot name handed to a library caller */
    bool handed;          /* some argument went to HANDED */
    /* Class statements with a base whose methods the program did not write, as
     * the check pass sees them (overriding_class): their methods are called by
     * that library code with its values. */
    TSNode *overriding;
    size_t noverriding, capoverriding;
    /* Per overriding class: OV_FULL, or, for one whose only bases the program
     * did not write are collections' containers, OV_LIMITED and the bits of
     * their CONTAINER_BASES entries: the library calls only the methods they
     * name with values of its own (coll_called). */
    uint32_t *overriding_limit;
    size_t capoverriding_limit;
    TSNode *setval_defs; /* __set__ and __setattr__ defs: setval_events */
    size_t nsetval_defs, capsetval_defs;
    TSNode *getattr_returns; /* what __getattr__ and __getattribute__ return */
    size_t ngetattr_returns, capgetattr_returns;
    /* The implicitly called functions seen so far (a dunder def, a lambda bound to
     * a dunder), and the reads of their parameters inside them (closures too), by
     * start byte: in document order, so sorted. */
    /* Names a string may fetch an attribute by (getattr's literal name or prefix,
     * attrgetter and methodcaller parts, class-pattern keywords): a method so
     * fetched from a class is a plain function (fetch_names). */
    str *fetched;
    size_t nfetched, capfetched;
    bool computed_fetch; /* getattr with a name computed whole (allowed on self only) */
    uint8_t operators; /* program_operators: 0 not asked, 1 no, 2 yes */
    uint8_t classes_written; /* classes_written: 0 not asked, 1 no, 2 yes */
    size_t getattr_calls; /* calls of getattr fetch_names recorded (fetched, computed_recv) */
    int8_t writers_bound; /* does a from-import bind a writer (writer_use)? 0: not yet known */
    int8_t getters_bound; /* does a from-import bind attrgetter or methodcaller? (issue13_call) */
    int8_t shared_thread; /* may the program reach a Thread the library shares? 0: not yet asked */
    int8_t cls_escape; /* may a class parameter be held otherwise than called? 0: not yet asked */
    int8_t *tc_family; /* per class statement: testcase_family's answer, 0 not asked yet */
    bool hidden_callback; /* a caller handed on, or a splat hiding the callable (round 26a) */
    uint8_t *fetched_prefix;
    size_t capfetched_prefix;
    TSNode *fetched_recv; /* getattr's object; null for attrgetter and the like */
    size_t capfetched_recv;
    TSNode *computed_recv; /* the objects of getattr with a name computed whole */
    size_t ncomputed_recv, capcomputed_recv;
    struct st_implicit *implicit;
    size_t nimplicit, capimplicit;
    uint32_t *open; /* the frames (indices into implicit) the walk is inside */
    size_t nopen, capopen;
    struct st_read *implicit_reads;
    size_t nimplicit_reads, capimplicit_reads;
    /* The worklist: while an event is evaluated (recording), every key, hook or
     * scan of all keys it reads lists it, so that a change re-queues only the
     * events that read what changed. A key's events are queued the first time
     * something needed reads it (marking): the stores' targets first. */
    st_edge *edges;
    size_t nedges, capedges;
    st_deps hook_deps, all_deps;
    uint32_t cur, stamp; /* the event evaluated, and a number for the evaluation */
    bool recording, edges_failed, marking, hooks_needed, all_needed;
    uint32_t *queue, *next_ev; /* the queue (a ring), each event's next of its key */
    uint8_t *queued;
    size_t qhead, qtail, qcap;
    /* The level-0 masks of the keys with augmented stores taken for what they
     * store anew (aug_masks), read instead of m[0] while aug_on (aug_judged). */
    uint8_t *aug;
    bool aug_on;
    /* Names bound to what may be the very object another name (or attribute,
     * or an item of one) holds: plain_alias. */
    struct st_alias {
        str a, x;        /* the name bound, and the name whose object it may be */
        uint32_t aroot, xroot; /* their identifiers' start bytes + 1, to rescope */
        uint8_t up, dx;  /* a's items `up` down are x's `dx` down; ALIAS_ANY: a
                          * may be any part of x's, at any depth */
        uint8_t callee;  /* x is a callee's name: dropped when a def or class binds it */
        TSNode at;
    } *aliases;
    size_t naliases, capaliases;
    /* names of plain methods that may run unbound (method_unbound) */
    str *unbound;
    size_t nunbound, capunbound;
    bool unbound_done, unbound_busy;
    name_memo inst_attrs; /* instance_attribute's answers */
    name_memo only_defs;  /* only_defs_bind_memo's answers */
    /* The keys of method names library code may call on what it is handed that
     * the program binds otherwise than by a def of a class body (duck_bound_keys),
     * or all of them (duck_open: a name may be bound by a computed one). */
    size_t *duck_keys;
    size_t nduck_keys;
    uint8_t duck_state; /* 0 not taken, 1 the list, 2 open */
    /* Which function's variable each name occurrence is (scopes.h); NULL when
     * there is no table (one key per name). */
    wk_scopes *scopes;
    size_t scoped_upto; /* the events scope_copies has seen */
    struct {
        uint32_t at, res; /* name_scope's recent answers, by byte + 1 */
    } scope_answers[256];
    struct {
        uint32_t at, res; /* builtin_operator's recent answers, by byte + 1 */
    } op_answers[64];
    uint8_t proto_named[16]; /* protocol_named's answers: 0 unknown, 1 yes, 2 no */
    uint8_t wrapper_named;   /* the program names a collections wrapper: 1 yes, 2 no */
    uint8_t slice_objects;   /* it may hold a slice object as a value: 1 yes, 2 no */
    uint8_t plain_get;       /* plain_get's answer: 1 yes, 2 no, 0 unasked */
    uint8_t plain_sort;      /* plain_sort's, alike */
    bool class_values; /* a container class is used as a value (class_value_use) */
    bool class_held;   /* a class of the program is so used (maybe_class) */
    uint8_t as_values; /* classes_as_values: 0 not asked, 1 no, 2 yes */
    bool containers_taken, containers_full; /* container_class_name's names: */
    str containers[16];                     /* the first 16, or all by census */
    size_t ncontainers;
    an_strset *inkeys; /* the parameters whose "#in" a caller feeds (in_key) */
    an_strset *fed; /* the returns keys ("()f") some event other than an alias feeds
                     * (fed_returns, taken before each turn of plain_alias_events) */
};

/* Symbols the shared table (syms.h) does not hold, looked up once. */
static TSSymbol sym_with_item, sym_match_statement, sym_case_clause, sym_dictionary,
    sym_dictionary_comprehension, sym_keyword_pattern, sym_except_clause, sym_except_group_clause,
    sym_yield,
    sym_dict_pattern, sym_float;
static pthread_once_t syms_once = PTHREAD_ONCE_INIT;

static TSSymbol lookup(const char *name)
{
    return ts_language_symbol_for_name(tree_sitter_python(), name, (uint32_t)strlen(name), true);
}

/* The symbols wk_stores_visit has a case for beside identifier and attribute, a
 * byte each below VISITED_SYMS (all of the grammar's but ERROR): the other named
 * nodes, most of those it sees, skip its chain of tests. Written by init_syms. */
#define VISITED_SYMS 512
static uint8_t visited[VISITED_SYMS];

static void init_visited(void)
{
    an_syms y;
    an_syms_init(&y);
    const TSSymbol kinds[] = {
        y.assignment,          y.augmented_assignment, y.named_expression,
        y.for_statement,       y.for_in_clause,        y.call,
        y.function_definition, y.lambda,               y.class_definition,
        y.return_statement,    sym_yield,              y.default_parameter,
        y.typed_default_parameter, y.decorated_definition, y.import_from_statement,
        sym_except_clause,     sym_with_item,          y.keyword_argument,
        sym_keyword_pattern,   sym_case_clause,        sym_except_group_clause,
        y.string,              y.concatenated_string,  y.binary_operator};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (kinds[i] < VISITED_SYMS)
            visited[kinds[i]] = 1;
}

static void init_syms(void)
{
    sym_with_item = lookup("with_item");
    sym_match_statement = lookup("match_statement");
    sym_case_clause = lookup("case_clause");
    sym_dictionary = lookup("dictionary");
    sym_dictionary_comprehension = lookup("dictionary_comprehension");
    sym_keyword_pattern = lookup("keyword_pattern");
    sym_except_clause = lookup("except_clause");
    sym_except_group_clause = lookup("except_group_clause");
    sym_yield = lookup("yield");
    sym_dict_pattern = lookup("dict_pattern");
    sym_float = lookup("float");
    init_visited();
}

/* Room for one more of n elements of size sz (se_grow); marks the walk out of
 * memory when there is none. Freed by wk_stores_free. */
static void *grow(walker *w, void *arr, size_t n, size_t *cap, size_t sz)
{
    void *na = se_grow(arr, n, cap, sz);
    if (!na)
        w->oom = true;
    return na;
}

/* The module an expression names (wk_resolve_module), without building the dotted
 * path when it is a name bound to a module: the judgement asks this of every
 * attribute and call in every round. */
static str module_of(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    TSSymbol k = ts_node_symbol(n);
    if (k == w->sym->identifier) {
        const binding *b = wk_bound_module(w, wk_ident(w, n));
        return b ? (str){b->module, b->module_len} : (str){NULL, 0};
    }
    if (k != w->sym->attribute)
        return (str){NULL, 0};
    return wk_resolve_module(w, n);
}

static struct wk_stores *state(walker *w)
{
    if (!w->stores) {
        pthread_once(&syms_once, init_syms);
        w->stores = an_arena_alloc(w->arena, sizeof *w->stores);
        if (!w->stores) {
            w->oom = true;
            return NULL;
        }
        memset(w->stores, 0, sizeof *w->stores);
        w->stores->scopes = wk_scopes_of(w);
    }
    return w->stores;
}

/* The slot of a direct-mapped memo of 2^bits entries for a node's id. */
static inline size_t memo_slot(const void *id, unsigned bits)
{
    return (size_t)(((uintptr_t)id * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - bits));
}

static void push_node(walker *w, TSNode **arr, size_t *n, size_t *cap, TSNode node)
{
    TSNode *na = grow(w, *arr, *n, cap, sizeof *na);
    if (!na)
        return;
    *arr = na;
    (*arr)[(*n)++] = node;
}

/* "()name": the key of what the functions called name return. */
static str returns_key(walker *w, str name)
{
    char *p = an_arena_alloc(w->arena, name.len + 3);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    p[0] = '(';
    p[1] = ')';
    memcpy(p + 2, name.p, name.len);
    p[name.len + 2] = '\0';
    return (str){p, name.len + 2};
}

/* Key takes value (kind, shift) after iterating it iter times; the event is
 * returned so that a caller may set its attr, NULL when none was added. */
static st_event *add_iter_event(walker *w, str key, TSNode value, ev_kind kind, unsigned shift,
                                unsigned iter)
{
    struct wk_stores *s = state(w);
    if (!s || !key.p || ts_node_is_null(value))
        return NULL;
    st_event *ev = grow(w, s->ev, s->nev, &s->capev, sizeof *ev);
    if (!ev)
        return NULL;
    s->ev = ev;
    s->ev[s->nev] = (st_event){key,
                               value,
                               (uint8_t)kind,
                               (uint8_t)(shift > 3 ? 3 : shift),
                               (uint8_t)(iter > 4 ? 4 : iter),
                               0,
                               {NULL, 0},
                               0,
                               0,
                               0,
                               0,
                               {{0, 0, 0, 0}, NULL, NULL}};
    return &s->ev[s->nev++];
}

static void add_event(walker *w, str key, TSNode value, ev_kind kind, unsigned shift)
{
    add_iter_event(w, key, value, kind, shift, 0);
}

/* A call's arguments node is an argument_list, or a lone generator expression
 * (`f(x for x in y)`), which is the call's one argument: the count and the
 * i-th argument for both (round 24c: a generator's call was linked to no
 * argument where only argument_list was read). */
static uint32_t call_nargs(walker *w, TSNode args)
{
    if (ts_node_is_null(args))
        return 0;
    TSSymbol k = ts_node_symbol(args);
    return k == w->sym->argument_list        ? ts_node_named_child_count(args)
           : k == w->sym->generator_expression ? 1
                                               : 0;
}

static TSNode call_arg(walker *w, TSNode args, uint32_t i)
{
    return ts_node_symbol(args) == w->sym->argument_list ? wk_named_child(w, args, i) : args;
}

/* ev binds its name key at the identifier at byte root - 1 (scope_copies). */
static void mark_binding(st_event *ev, uint32_t root)
{
    if (ev) {
        ev->root = root;
        ev->bind = 1;
    }
}

/* Is subscript e written with a slice (`R[a:b]`, `R[::2]`, `R[a:b, c]`)? */
static bool slice_subscript(walker *w, TSNode e)
{
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 1; i < n; i++) {
        TSNode c = wk_named_child(w, e, i);
        if (strcmp(ts_node_type(c), "slice") == 0)
            return true;
        if (ts_node_symbol(c) == w->sym->tuple || ts_node_symbol(c) == w->sym->expression_list)
            for (uint32_t j = 0; j < ts_node_named_child_count(c); j++)
                if (strcmp(ts_node_type(wk_named_child(w, c, j)), "slice") == 0)
                    return true;
    }
    return false;
}

/* May the program hold a slice object (wk_slice_objects), asked once. */
static bool slice_objects(walker *w)
{
    struct wk_stores *s = state(w);
    if (s && s->slice_objects)
        return s->slice_objects == 1;
    bool yes = wk_slice_objects(w);
    if (s)
        s->slice_objects = yes ? 1 : 2;
    return yes;
}

/* Is index expression k surely no slice object: a literal number, text, bool or
 * None, a negated number, or a tuple (whose own object is a tuple)? */
static bool surely_index(walker *w, TSNode k)
{
    const an_syms *y = w->sym;
    k = wk_unparen(w, k);
    if (ts_node_is_null(k))
        return false;
    TSSymbol ks = ts_node_symbol(k);
    if (ks == y->unary_operator) {
        TSNode a = wk_unparen(w, wk_child(w, k, "argument"));
        return !ts_node_is_null(a) &&
               (ts_node_symbol(a) == y->integer || ts_node_symbol(a) == sym_float);
    }
    return ks == y->integer || ks == sym_float || ks == y->string ||
           ks == y->concatenated_string || ks == y->true_ || ks == y->false_ || ks == y->none ||
           ks == y->tuple || ks == y->expression_list;
}

/* Is subscript e a level key_of_root counts as none (no slice written, but an
 * index that may be a slice object)? */
static bool loose_level(walker *w, TSNode e)
{
    return !slice_subscript(w, e) && ts_node_named_child_count(e) == 2 &&
           !surely_index(w, wk_child(w, e, "subscript")) && slice_objects(w);
}

/* The name a container is known by (`items` in items[k], self.items[k][j]), and in
 * *depth how many items down the target lies below it; *root is the start byte
 * + 1 of the name when it is one (0 for an attribute), to rescope it. A level
 * whose index may be a slice object (slice_objects, surely_index) is counted as
 * none: `box[k]` is then a new list of box's items, and every use of the depth
 * files a store (or an alias's stores) where it lands, so a shallower depth
 * only makes more values suspect; the reads (mask) count every level. */
static str key_of_root(walker *w, TSNode e, unsigned *depth, uint32_t *root)
{
    *depth = 0;
    *root = 0;
    for (int i = 0; i < 64; i++) {
        e = wk_unparen(w, e);
        TSSymbol k = ts_node_symbol(e);
        if (k == w->sym->identifier) {
            *root = ts_node_start_byte(e) + 1;
            return wk_ident(w, e);
        }
        if (k == w->sym->attribute)
            return wk_ident(w, wk_child(w, e, "attribute"));
        if (k != w->sym->subscript)
            return (str){NULL, 0};
        /* R[a:b] is a new container of R's items, where they lay: no level down
         * (round 24e: `box[:][0]` is box's item, not an item's item) */
        if (!slice_subscript(w, e) && !loose_level(w, e))
            (*depth)++;
        e = wk_child(w, e, "value");
    }
    return (str){NULL, 0};
}

static void too_deep(walker *w)
{
    struct wk_stores *s = state(w);
    if (s)
        s->everything = true;
}

/* Is name a dunder an operator, a comparison or an augmented assignment may call
 * (__add__, __radd__, __iadd__, __lt__, __neg__, __round__, ...), or one the
 * checker does not know? Not the protocols read through their own hooks (items,
 * iteration, attributes, context managers), nor those whose result the
 * interpreter checks or converts (__len__, __bool__, __str__, __hash__,
 * __index__, __contains__ ...), nor construction and copying: what those
 * return reaches operators only through the library (H_LIB), which takes every
 * dunder's. */
static bool operator_dunder(str name)
{
    static const char *const protocol[] = {
        "__getitem__",  "__setitem__",     "__delitem__",   "__missing__",  "__class_getitem__",
        "__iter__",     "__next__",        "__aiter__",     "__anext__",    "__enter__",
        "__aenter__",   "__exit__",        "__aexit__",     "__getattr__",  "__getattribute__",
        "__setattr__",  "__delattr__",     "__get__",       "__set__",      "__delete__",
        "__set_name__", "__init__",        "__new__",       "__post_init__", "__init_subclass__",
        "__repr__",     "__str__",         "__bytes__",     "__format__",   "__hash__",
        "__bool__",     "__len__",         "__length_hint__", "__sizeof__", "__index__",
        "__int__",      "__float__",       "__complex__",   "__contains__", "__reversed__",
        "__copy__",     "__deepcopy__",    "__setstate__",  "__getnewargs__", "__dir__",
        "__fspath__",   "__del__",         "__await__",     "__call__"};
    return wk_is_dunder(name) && !wk_eq_any(name, protocol, sizeof protocol / sizeof protocol[0]);
}

static void opaque_implicit(walker *w);
static bool def_keeping_decorator(walker *w, TSNode e);
static TSNode first_arg(walker *w, TSNode call);

/* Every name a target binds takes value (kind) iterated iter times; an attribute
 * target `X.E` binds the attribute name E; an item target `R[k]` puts it into R's
 * container. Each level of unpacking iterates the value once more: `(c,) = V`
 * runs V's __iter__, `for (c,) in V` V's and then its element's. */
static void give_site(walker *w, TSNode at, TSNode obj, str name, unsigned iter, uint32_t cls);

/* ---- plain aliases ----
 *
 * `a = d` makes a second name for d's object: what the program stores into it
 * through a (`a["k"] = keyword.kwlist`) is in d's (`d["k"].append(x)` then
 * extends the library's list). A value flows forward (a takes d's mask), so a
 * store through d is seen through a; the other way, every name (or attribute)
 * a binding may make the very object of another records an alias here, and
 * after the pass the other takes what the program put into the first
 * (EV_ALIAS from "a#held", which holds every store into a's container, and
 * into the other's "#held" too, so that chains of aliases carry it on). A
 * value may be another's object when it is a name, an attribute or an item of
 * one, through a conditional, `or`/`and`, a walrus or a chained assignment,
 * and as an element of a literal container or comprehension (`[d]`,
 * `a, b = d, d`, `for a in [d]`), and what the program's function returns
 * (its returns "()f" are aliased at each return). Extra aliases only make a
 * store's target suspect, never the other way. */

static str held_key(walker *w, str key);

#define ALIAS_ANY 255u

/* What any generator's send() (or asend()) passes in: what `yield` evaluates to. */
#define SENT ((str){"(sent)", 6})

static bool protocol_named(walker *w, struct wk_stores *s, str key);

static void add_alias(walker *w, str a, uint32_t aroot, str x, uint32_t xroot, unsigned up,
                      unsigned dx, bool any, TSNode at)
{
    struct wk_stores *s = state(w);
    if (!s || !a.p || !x.p || !protocol_named(w, s, a) || !protocol_named(w, s, x))
        return;
    struct st_alias *al = grow(w, s->aliases, s->naliases, &s->capaliases, sizeof *al);
    if (!al)
        return;
    s->aliases = al;
    s->aliases[s->naliases++] =
        (struct st_alias){a,
                          x,
                          aroot,
                          xroot,
                          (uint8_t)(any ? ALIAS_ANY : up > 3 ? 3 : up),
                          (uint8_t)(any ? 0 : dx > 3 ? 3 : dx),
                          0,
                          at};
}

static void iter_protocol_aliases(walker *w, str a, uint32_t aroot, unsigned iter, unsigned up,
                                  TSNode at);
static void wrapper_aliases(walker *w, str a, uint32_t aroot, unsigned up, unsigned dx, bool any,
                            TSNode at);
static void callable_binding(walker *w, str name, TSNode value);
static void protocol_part_aliases(walker *w, str a, uint32_t aroot, unsigned up, TSNode at);

/* What decorator dec names: its expression, or a decorator factory's callee
 * (`@f.register(T)` is f.register). */
static TSNode decorator_callee(walker *w, TSNode dec)
{
    TSNode e = wk_unparen(w, wk_named_child(w, dec, 0));
    if (ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    return e;
}

/* a's items `up` down may be what an item read answers: the program's
 * __getitem__, __missing__ or __class_getitem__ (`dx` items down in it). */
static void item_getter_aliases(walker *w, str a, uint32_t aroot, unsigned up, unsigned dx,
                                bool any, TSNode at)
{
    const str getters[] = {PROTO("__getitem__"), PROTO("__missing__"),
                           PROTO("__class_getitem__")};
    for (size_t i = 0; i < sizeof getters / sizeof *getters; i++)
        add_alias(w, a, aroot, getters[i], 0, up, dx, any, at);
}

static void alias_roots(walker *w, str a, uint32_t aroot, TSNode v, unsigned iter, unsigned up,
                        bool any, int depth);

/* What escaping functions return, for aliases only: the result of a call
 * whose callee may be any function value (a decorator factory's product, a
 * parameter, a library function handed the program's def) may be what any
 * def or lambda that escapes returns (escape_aliases links them). */
#define ESC_RET ((str){"(esc)", 5})

/* The attribute key attr (every object's `.attr`) may be what the program's
 * own code hands back for the read: a decorated def named attr (a property's
 * or a cached_property's getter: "(get)attr", linked where it returns), a
 * __getattr__ or __getattribute__ (`C(lst).foo.append(M)` with `foo` a
 * property returning lst puts M into lst); a descriptor's __get__ answers for
 * the names a class body binds (class_body_descriptor). Joined only where the
 * program defines them (returns_fed, protocol_named). */
static str getter_key(walker *w, str name);

static void attribute_getter_aliases(walker *w, str attr, TSNode at)
{
    const str getters[] = {PROTO("__getattr__"), PROTO("__getattribute__"),
                           PROTO("*")}; /* and what a computed setattr set */
    add_alias(w, attr, 0, getter_key(w, attr), 0, 0, 0, false, at);
    for (size_t i = 0; i < sizeof getters / sizeof *getters; i++)
        add_alias(w, attr, 0, getters[i], 0, 0, 0, false, at);
}

/* E.x (E.x[k]): besides the attribute by name, a part of E's object one level
 * down. A library object made from arguments keeps them as its attributes
 * (SimpleNamespace(x=d).x, ChainMap(d).maps[0], partial(f, d).args[0],
 * dataclasses.replace(o, x=d).x, a namedtuple's field, Exception(d).args): the
 * attribute read hands back an argument's object, which the attribute's key
 * by name never links to. E is a call, linked to each argument at any depth
 * (alias_roots), or a name, which takes what was bound to it (a call's
 * arguments at any depth again); one level down, as an item is, so that the
 * program's own objects do not take what is stored through every attribute
 * read of them at every depth. */
static void attr_object_aliases(walker *w, str a, uint32_t aroot, TSNode v, unsigned iter,
                                unsigned up, int depth)
{
    const an_syms *y = w->sym;
    for (int i = 0; i < 64 && ts_node_symbol(v) == y->subscript; i++) {
        v = wk_unparen(w, wk_child(w, v, "value"));
        iter++;
    }
    if (ts_node_symbol(v) != y->attribute)
        return;
    /* a module's attribute (sys.stdin) is judged as the module's value, and a
     * builtin's (str.split) is no object made from arguments */
    TSNode o = wk_unparen(w, wk_child(w, v, "object"));
    if (wk_module_path_only(w, o).p)
        return;
    if (ts_node_symbol(o) == y->identifier) {
        wk_census c = wk_take_census(w, wk_ident(w, o));
        if (c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, wk_ident(w, o)) &&
            !wk_bound_module(w, wk_ident(w, o)))
            return;
    }
    alias_roots(w, a, aroot, o, iter + 1, up, false, depth + 1);
    /* an enum member's value is the class body's value itself (E.A.value) */
    str an = wk_ident(w, wk_child(w, v, "attribute"));
    if (wk_eq(an, "value") || wk_eq(an, "_value_"))
        alias_roots(w, a, aroot, o, iter, up, false, depth + 1);
}

/* prefix + name, a key for aliases only: "(via)f", what a call of the name f
 * returns when f may be bound to anything but the program's undecorated defs
 * called f (escape_aliases links it to ESC_RET then); "(hand)f", what a
 * library function handed f may return (linked to "()f" when the program
 * defines f). */
static str prefixed_key(walker *w, const char *prefix, str name)
{
    size_t n = strlen(prefix);
    char *p = an_arena_alloc(w->arena, name.len + n + 1);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    memcpy(p, prefix, n);
    memcpy(p + n, name.p, name.len);
    p[name.len + n] = '\0';
    return (str){p, name.len + n};
}

static str via_key(walker *w, str name)
{
    return prefixed_key(w, "(via)", name);
}

/* A call's result by its callee's value, besides "()f" by name: a def reached
 * otherwise than by its own name (a decorator factory's inner function, a
 * closure a factory returns, a def bound to another name, an attribute or a
 * parameter) returns through a call of whatever holds it.
 * - a name the program binds: "(via)f", which takes what escaping functions
 *   return unless f names the program's undecorated defs (or classes) alone;
 * - a library function (a name bound by imports alone, or a builtin): what
 *   the defs it is handed by name return, at any depth (operator.call(f),
 *   reduce(f, xs), map(f, xs): the arguments themselves are linked by the
 *   caller); it never returns a def it was not handed;
 * - a method `R.m(...)`: a bound method is an attribute of R, which may hand
 *   back a part of R (dict(x=d).popitem(), a library object made from
 *   arguments): R at any depth, linked by the caller (receiver_aliases; this
 *   link was documented here before it was made); "(via).m", which takes what escaping
 *   functions return when the program binds an attribute m to a value
 *   (`self.cb = inner`); and the defs handed to it by name;
 * - anything else (`deco(1)(fn)`, `handlers[k](x)`): what escaping functions
 *   return (ESC_RET). */
static void callee_aliases(walker *w, str a, uint32_t aroot, TSNode call, unsigned iter,
                           unsigned up, bool any, int depth)
{
    const an_syms *y = w->sym;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol fk = ts_node_symbol(f);
    bool handed = false;
    if (fk == y->identifier) {
        str fn = wk_ident(w, f);
        wk_census c = wk_take_census(w, fn);
        if ((c.classdefs > 0 || c.other > 0) && !wk_import_only(w, fn)) {
            add_alias(w, a, aroot, via_key(w, fn), 0, up, iter, any, call);
            return;
        }
        handed = true;
    } else if (fk == y->attribute) {
        (void)depth;
        str m = wk_ident(w, wk_child(w, f, "attribute"));
        char *p = an_arena_alloc(w->arena, m.len + 1);
        if (!p) {
            w->oom = true;
            return;
        }
        p[0] = '.';
        memcpy(p + 1, m.p, m.len);
        add_alias(w, a, aroot, via_key(w, (str){p, m.len + 1}), 0, up, iter, any, call);
        handed = true;
    } else {
        add_alias(w, a, aroot, ESC_RET, 0, up, iter, any, call);
    }
    TSNode args = wk_child(w, call, "arguments");
    uint32_t na = !handed || ts_node_is_null(args) || ts_node_symbol(args) != y->argument_list
                      ? 0
                      : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < na; i++) {
        TSNode arg = wk_named_child(w, args, i);
        if (ts_node_symbol(arg) == y->keyword_argument)
            arg = wk_child(w, arg, "value");
        arg = wk_unparen(w, arg);
        if (!ts_node_is_null(arg) && ts_node_symbol(arg) == y->identifier)
            add_alias(w, a, aroot, prefixed_key(w, "(hand)", wk_ident(w, arg)), 0, up, iter,
                      true, call);
    }
}

/* `@E def name`: name is what calling E's value with the def returns (de: E,
 * or the callee of `@E(...)`, made). A factory's product (`@deco(x)`) or any
 * value but a name or a module's attribute (`@handlers[k]`, `@obj.wrap`) may
 * be any escaping function: ESC_RET. A name the program binds: "(via)E" (a
 * def's own returns are "()E", linked by the caller). A library decorator
 * returns the def itself, a wrapper whose calls are judged as calls of the
 * name (a decorated name is never def_only), or a library object; of the
 * standard library's functions that take one argument, operator.call alone
 * calls it and hands back its result: ESC_RET too. */
static void decorator_aliases(walker *w, str name, TSNode de, bool made, TSNode at)
{
    const an_syms *y = w->sym;
    TSSymbol k = ts_node_symbol(de);
    bool call = false;
    if (k == y->identifier) {
        str dn = wk_ident(w, de);
        const binding *b = wk_import_only(w, dn);
        wk_census c = wk_take_census(w, dn);
        if (!made && !b && (c.other > 0 || c.classdefs > 0)) {
            add_alias(w, name, 0, via_key(w, dn), 0, 0, 0, true, at);
            return;
        }
        call = b && wk_eq((str){b->module, b->module_len}, "operator") &&
               (wk_eq((str){b->attr, b->attr_len}, "call") ||
                wk_eq((str){b->attr, b->attr_len}, "__call__"));
    } else if (k == y->attribute) {
        str m = wk_module_path_only(w, wk_child(w, de, "object"));
        if (!m.p || made) {
            add_alias(w, name, 0, ESC_RET, 0, 0, 0, true, at);
            return;
        }
        str a = wk_ident(w, wk_child(w, de, "attribute"));
        call = wk_eq(m, "operator") && (wk_eq(a, "call") || wk_eq(a, "__call__"));
    }
    if (made || call || (k != y->identifier && k != y->attribute))
        add_alias(w, name, 0, ESC_RET, 0, 0, 0, true, at);
}

/* Is f a builtin the program never binds whose result is a new exact int,
 * float, complex, bool, str or None (len, ord, int, hash, hex, isinstance,
 * print, ...)? The interpreter converts what an argument's hooks return
 * (__int__, __index__, __float__, __complex__, __hash__, __len__ returning a
 * subclass are copied to the exact type; __bool__ must return a bool), so
 * nothing of an argument comes back and the result holds nothing a store can
 * change: no link. Not str/repr/format (a program __str__ may hand back its
 * own str subclass), abs/round/pow/divmod (what the operand's hooks return). */
static bool scalar_builtin(walker *w, TSNode f)
{
    static const char *const names[] = {
        "ascii", "len", "int", "float", "bool",  "complex",    "hash",       "id",      "ord",
        "chr",   "bin", "oct", "hex",   "print", "isinstance", "issubclass", "callable"};
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    if (!wk_eq_any(name, names, sizeof names / sizeof names[0]))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, name) &&
           !wk_bound_module(w, name);
}

/* The one argument of a call of the builtins that copy a container one level
 * (list, tuple, set, frozenset, sorted; never bound by the program): the new
 * container's items are the argument's elements, each the same object at the
 * same depth, so they alias the argument where they lay, not at any depth
 * (`c = list(coeffs)`, `self.coeffs = tuple(c)`). Null for any other call. */
static TSNode shallow_copy_arg(walker *w, TSNode call)
{
    static const char *const names[] = {"list", "tuple", "set", "frozenset", "sorted"};
    TSNode none = {0};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_symbol(f) != w->sym->identifier || ts_node_is_null(args) ||
        ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_named_child_count(args) != 1)
        return none;
    str name = wk_ident(w, f);
    TSNode arg = wk_named_child(w, args, 0);
    TSSymbol ak = ts_node_symbol(arg);
    if (!wk_eq_any(name, names, sizeof names / sizeof names[0]) ||
        ak == w->sym->keyword_argument || ak == w->sym->list_splat ||
        ak == w->sym->dictionary_splat)
        return none;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 0 || c.other != 0 || wk_bound_value(w, name) || wk_bound_module(w, name))
        return none;
    return arg;
}



/* enumerate(xs) and zip(xs, ys), the builtins never bound by the program,
 * and itertools.zip_longest(xs, ys, fillvalue=v) hand out new tuples of their
 * arguments' elements, each where it lay (and the fill value itself): an
 * element of the call iterated once is a tuple whose items are those
 * elements (`for t in zip(a, b)`), iterated twice one of them (`for i, x in
 * enumerate(xs)`). a links to each argument at that depth, not to any part
 * of it (round 24a's polynomial: `for j, b in enumerate(other.coeffs)`).
 * False for any other call, or a starred argument or another keyword. */
static void alias_roots(walker *w, str a, uint32_t aroot, TSNode v, unsigned iter, unsigned up,
                        bool any, int depth);
static bool module_function(walker *w, TSNode f, str *mod, str *fn);

static bool element_tuple_aliases(walker *w, str a, uint32_t aroot, TSNode call, unsigned iter,
                                  unsigned up, bool any, int depth)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    str mod, fn;
    bool longest = module_function(w, f, &mod, &fn) && wk_eq(mod, "itertools") &&
                   wk_eq(fn, "zip_longest");
    bool zip = longest, builtin = false;
    if (!longest && ts_node_symbol(f) == w->sym->identifier) {
        str name = wk_ident(w, f);
        zip = wk_eq(name, "zip");
        wk_census c = wk_take_census(w, name);
        builtin = (zip || wk_eq(name, "enumerate")) && c.classdefs == 0 && c.other == 0 &&
                  !wk_bound_value(w, name) && !wk_bound_module(w, name);
    }
    if (!longest && !builtin)
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode x = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(x);
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat ||
            (k == w->sym->keyword_argument &&
             !(longest && wk_eq(wk_ident(w, wk_child(w, x, "name")), "fillvalue"))))
            return false;
    }
    unsigned positional = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode x = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(x);
        if (k == w->sym->comment || (!zip && positional > 0))
            continue;
        if (k == w->sym->keyword_argument) { /* the fill value: an element itself */
            x = wk_child(w, x, "value");
            alias_roots(w, a, aroot, x, iter >= 2 ? iter - 2 : 0, iter >= 2 ? up : up + 1, any,
                        depth + 1);
            continue;
        }
        positional++;
        alias_roots(w, a, aroot, x, iter >= 2 ? iter - 1 : 1, iter >= 2 ? up : up + 1, any,
                    depth + 1);
    }
    return true;
}

/* Is f, called, a class of the program that makes a new instance of its own
 * and hands back nothing else: a name bound by its one undecorated class
 * statement alone, deriving from the program's classes and `object` only (no
 * metaclass: program_only_class), in a program that binds no `__new__` and
 * whose text names no `setattr`, `vars` or `__dict__` (round 24a: an
 * `__init__` that kept its argument through one of those kept it under no
 * alias)? The instance holds no item; what it keeps of the arguments it keeps
 * in attributes, which their own keys follow (`self.coeffs = c` aliases c),
 * and its items and operators are what its protocol methods return, linked
 * where they return; so `return Poly(*out)` links the arguments to no part
 * of the result. */
static bool program_only_class(walker *w, TSNode cls, int depth);
static TSNode up_decorated(walker *w, TSNode def);

static bool fresh_instance_call(walker *w, TSNode f)
{
    if (ts_node_symbol(f) != w->sym->identifier || wk_builtin_name(wk_ident(w, f)))
        return false;
    wk_census c = wk_take_census(w, wk_ident(w, f));
    if (c.classdefs != 1 || c.other != 0 || ts_node_is_null(c.classdef))
        return false;
    if (!ts_node_is_null(up_decorated(w, c.classdef)))
        return false;
    /* a class statement in a def or class body binds a name there only: a call
     * elsewhere reaches a builtin of that name (round 25d: a local `class max`
     * left the module's max([sys.argv]) unlinked) */
    TSNode stmt_parent = wk_parent_of(w, c.classdef);
    if (ts_node_is_null(stmt_parent) || ts_node_symbol(stmt_parent) != w->sym->module)
        return false;
    wk_census n = wk_take_census(w, (str){"__new__", 7});
    return n.classdefs == 0 && n.other == 0 && !wk_text_has(w, "setattr") && !wk_text_has(w, "vars") &&
           !wk_text_has(w, "__dict__") && program_only_class(w, c.classdef, 0);
}

/* R.m(...): a method called on R may hand back, at any depth, anything R
 * holds (copy, pop, popitem, popleft, values, items, __iter__, __next__, get,
 * ..., and the program's own methods, which may return self or a part of it),
 * so the result is linked to R at any depth, whatever m is; R may be a name,
 * an attribute, an item, a call (iter([d]).__next__(), dict(x=d).popitem())
 * or a display ({1: d}.values()), each walked as a value is. A for target, an
 * unpacking or a comprehension over the result iterates it: the any-depth link
 * covers them. Left out, as for arguments: a module (its functions are no
 * methods of a container the program made; what they return is judged forward
 * as the library's) and a name the program never binds (a builtin type's
 * method, `dict.fromkeys(ks, d)`: only its arguments can come back, and they
 * are linked by the caller). A receiver that is text or a number written in
 * the program roots in no name, so it adds no link by itself. */
static bool fresh_method(str name);

/* `self.m(...)` in a method of a class statement without bases, m no dunder
 * and no name of a builtin or collections container's method that hands back
 * a part of its object: self is the class's own instance (as own_self takes
 * it), so self.m is a def of the program's (its returns, "()m", are linked by
 * the caller), a value the program bound to the attribute (what a function
 * value returns: "(via).m") or one of object's methods (dunders). Linking the
 * receiver there made every attribute of self suspect once a method's result
 * computed from a library value was stored into one (`self.cache[k] =
 * self.fn(*args)`). Left to the reviewer: a subclass placing a library base
 * before the class in its MRO whose method of another name returns a part of
 * self. */
static bool plain_self_call(walker *w, TSNode recv, str m)
{
    static const char *const parts[] = {
        "copy",     "get",        "pop",      "popitem",  "popleft", "setdefault", "items",
        "values",   "keys",       "elements", "most_common", "new_child", "parents", "maps",
        "fromkeys", "union",      "intersection", "difference", "symmetric_difference",
        "next",     "send",       "result",   "cast",     "choice",  "reduce",  "data",
        "get_nowait", "peek"};
    const an_syms *y = w->sym;
    if (ts_node_symbol(recv) != y->identifier || !wk_eq(wk_ident(w, recv), "self") ||
        wk_is_dunder(m) || wk_eq_any(m, parts, sizeof parts / sizeof parts[0]))
        return false;
    TSNode n = wk_parent_of(w, recv);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == y->lambda || k == y->class_definition)
            return false;
        if (k != y->function_definition)
            continue;
        TSNode blk = wk_parent_of(w, n);
        TSNode cls = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
        if (ts_node_is_null(cls) || ts_node_symbol(blk) != y->block ||
            ts_node_symbol(cls) != y->class_definition)
            return false;
        /* no bases, and no class deriving from it at any remove has a library
         * base (closed): self.m() finds the program's defs, or a builtin data
         * class's method, whose parts-returning names are listed above */
        TSNode bases = wk_child(w, cls, "superclasses");
        if ((!ts_node_is_null(bases) && ts_node_named_child_count(bases) > 0) ||
            !wk_is_closed_class(w, cls))
            return false;
        TSNode ps = wk_child(w, n, "parameters");
        TSNode first = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
        return !ts_node_is_null(first) && ts_node_symbol(first) == y->identifier &&
               wk_eq(wk_ident(w, first), "self");
    }
    return false;
}

/* Does the program name any of names, or is there no census to ask (in doubt)? */
static bool names_any(walker *w, const char *const *names, size_t n)
{
    size_t k;
    for (size_t i = 0; i < n; i++)
        if (!wk_name_entries(w, (str){names[i], strlen(names[i])}, &k) || k)
            return true;
    return false;
}

/* Does a text literal of the program hold the word a (a name setattr or
 * namedtuple may make an attribute of)? */
static bool text_holds_word(walker *w, str a)
{
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = 1; j < an_nodes_count(w->nodes); j++)
        if ((t[j].sym == w->sym->string || t[j].sym == w->sym->concatenated_string) &&
            wk_string_has_word(w, t[j].node, a))
            return true;
    return false;
}

/* Is attribute node p, whose parent is pp (of kind ps), the target of a store
 * that is no plain assignment, or in doubt (a part of a target container)? */
static bool other_store_target(walker *w, TSNode p, TSNode pp, TSSymbol ps)
{
    const an_syms *y = w->sym;
    return ((ps == y->augmented_assignment || ps == y->for_statement ||
             ps == y->for_in_clause) &&
            wk_child_is(w, pp, "left", p)) ||
           ps == y->delete_statement || wk_target_container(w, ps) || ps == y->as_pattern_target;
}

/* Does the program name, as an attribute (`q.queue = deque([x])`, `u.data`,
 * `cm.maps`), the public storage a library `get` reads (queue.Queue's and
 * LifoQueue's queue, UserDict's and the weak dictionaries' data, ChainMap's
 * maps; tests/checker/get_audit.py finds them by running)? What is stored or
 * changed through it is no item of the object's as the holds take them, and
 * get hands it back (round 54a). The other storage is private (the parsers'
 * _sections, asyncio's _queue, SectionProxy's _parser). */
static bool storage_named(walker *w)
{
    static const char *const storage[] = {"queue", "data", "maps"};
    for (size_t i = 0; i < sizeof storage / sizeof *storage; i++) {
        size_t n;
        const uint32_t *occ = wk_name_entries(w, (str){storage[i], strlen(storage[i])}, &n);
        if (!occ)
            return true; /* no census: in doubt */
        const an_node *t = an_nodes_get(w->nodes);
        for (size_t j = 0; occ && j < n; j++) {
            TSNode nd = t[occ[j]].node, p = wk_parent_of(w, nd);
            if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->attribute &&
                wk_child_is(w, p, "attribute", nd))
                return true;
        }
    }
    return false;
}

/* Is `X.m` not called where it stands: a bound method taken as a value? */
static bool method_value(walker *w, TSNode nd)
{
    TSNode p = wk_parent_of(w, nd);
    if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->attribute ||
        !wk_child_is(w, p, "attribute", nd))
        return false;
    TSNode pp = wk_parent_of(w, p);
    return ts_node_is_null(pp) || ts_node_symbol(pp) != w->sym->call ||
           !wk_child_is(w, pp, "function", p);
}

/* Does the program take as a value a method that fills what a library `get`
 * reads (a container's mutator; RawConfigParser's set, a queue's put and
 * put_nowait: `st = p.set`, `partial(p.set, ...)`, `map(q.put, ...)`, round
 * 54a), or fetch attributes by a class pattern's keyword (`case
 * RawConfigParser(set=st)`)? Its calls keep their arguments where no hold
 * sees them. tests/checker/get_audit.py finds the feeders by running. */
static bool feeder_as_value(walker *w)
{
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = 1; j < an_nodes_count(w->nodes); j++)
        if (t[j].sym == sym_keyword_pattern)
            return true;
    for (size_t i = 0; i < NMUTATORS + NKEEPERS; i++) {
        str m = i < NMUTATORS ? MUTATORS[i] : KEEPERS[i - NMUTATORS];
        size_t n;
        const uint32_t *occ = wk_name_entries(w, m, &n);
        if (!occ)
            return true; /* no census: in doubt */
        for (size_t j = 0; j < n; j++)
            if (method_value(w, t[occ[j]].node))
                return true;
    }
    return false;
}

/* Is every `X.m` of the program, m named by name, a method the library
 * defines: the name bound nowhere (no def, class-body or attribute binding,
 * keyword or binding of any form: every identifier m is the attribute of a
 * read `X.m`), no text holding the word (setattr's, namedtuple's fields,
 * argparse's dests: the names rules let a library make an attribute name from
 * a literal only, and the text is read decoded), and no setattr,
 * __setattr__, __getattr__, __getattribute__, __dict__ or vars named? */
static bool library_only_method(walker *w, str name)
{
    static const char *const opening[] = {"setattr",          "__setattr__", "__getattr__",
                                          "__getattribute__", "__dict__",    "vars",
                                          "getattr",          "attrgetter",  "methodcaller"};
    size_t n;
    const uint32_t *occ = wk_name_entries(w, name, &n);
    if (!occ || names_any(w, opening, sizeof opening / sizeof *opening))
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode nd = t[occ[i]].node, p = wk_parent_of(w, nd);
        if (ts_node_is_null(p) || ts_node_symbol(p) != w->sym->attribute ||
            !wk_child_is(w, p, "attribute", nd))
            return false;
        TSNode pp = wk_parent_of(w, p);
        TSSymbol ps = ts_node_is_null(pp) ? 0 : ts_node_symbol(pp);
        if ((ps == w->sym->assignment && wk_child_is(w, pp, "left", p)) ||
            other_store_target(w, p, pp, ps))
            return false; /* a store, or in doubt */
    }
    return !text_holds_word(w, name);
}

/* library_only_method for get, and no storage a library get reads named, nor
 * a feeder of one taken as a value. Asked once per check. */
static bool plain_get(walker *w, struct wk_stores *s)
{
    if (s->plain_get)
        return s->plain_get == 1;
    bool yes = library_only_method(w, (str){"get", 3}) && !storage_named(w) && !feeder_as_value(w);
    s->plain_get = yes ? 1 : 2;
    return yes;
}

/* Is every `X.sort` of the program the library's: list.sort (a list
 * subclass's too: traceback.StackSummary, functools._HashedSeq), which calls
 * its key with the list's items alone and only compares the results, or
 * UserList.sort, which is its .data's (storage_named: a program that names
 * .data may have put anything there)? The allowed modules define no other
 * sort (tests/checker: the classes with one are found by running). Kept once
 * the census answers. */
static bool plain_sort(walker *w)
{
    struct wk_stores *s = state(w);
    if (s && s->plain_sort)
        return s->plain_sort == 1;
    if (!wk_census_indexed(w))
        return false;
    bool yes = library_only_method(w, (str){"sort", 4}) && !storage_named(w);
    if (s)
        s->plain_sort = yes ? 1 : 2;
    return yes;
}

/* R.m(...) hands back R's object or a part of it at any depth, unless m is a
 * library method known to do less (item: `R.get(k)` or `R.get(k, d)`,
 * positional_call). get hands back an item of R, found some levels below it,
 * or d, or None: on every class of the allowed modules that has the method
 * (dict and its subclasses, mappingproxy, ChainMap and the Mapping ABCs'
 * UserDict, the queues, RawConfigParser and SectionProxy, the weak
 * dictionaries), and through the program's hooks they call: a __getitem__ or
 * __missing__ (protocol_part_aliases, by the caller), a queue subclass's _get,
 * an Interpolation's before_get, whose returns are linked at any depth. Never R
 * itself or what holds R, so where the program's get is the library's
 * (plain_get) the result lies in R one level down (deeper items taken one
 * level down only make more suspect): a link at any depth made R any part of
 * what the result held, R's own object among them (precision corpus
 * 126_event_system: `handlers = self.handlers.get(event, [])` over a list of
 * pairs holding callbacks made the attribute a module's object). */
static void receiver_aliases(walker *w, str a, uint32_t aroot, TSNode call, TSNode recv, str m,
                             bool item, unsigned iter, unsigned up, bool any, int depth)
{
    static const char *const hooks[] = {"_get", "before_get"};
    const an_syms *y = w->sym;
    if (ts_node_is_null(recv) || wk_module_path_only(w, recv).p)
        return;
    /* the library's text methods (fresh_method, as the masks take them) and
     * its `format` methods (the classes on_call lists) answer new text, never
     * the receiver or a part of it; a program def of the name is linked by its
     * returns ("()m") by the caller */
    if (fresh_method(m) || wk_eq(m, "format"))
        return;
    if (plain_self_call(w, recv, m))
        return;
    if (ts_node_symbol(recv) == y->identifier) {
        wk_census c = wk_take_census(w, wk_ident(w, recv));
        if (c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, wk_ident(w, recv)) &&
            !wk_bound_module(w, wk_ident(w, recv)))
            return;
    }
    struct wk_stores *s = state(w);
    if (item && s && plain_get(w, s)) {
        alias_roots(w, a, aroot, recv, iter + 1, up, any, depth + 1);
        for (size_t i = 0; i < sizeof hooks / sizeof *hooks; i++)
            add_alias(w, a, aroot, returns_key(w, (str){hooks[i], strlen(hooks[i])}), 0, up,
                      iter, true, call);
        return;
    }
    alias_roots(w, a, aroot, recv, 0, up, true, depth + 1);
}

/* `R.setdefault(k, d)` hands back R's item at k or d itself: on every class of
 * the allowed modules that has the method (dict and its subclasses, ChainMap,
 * UserDict and the other MutableMappings, whose setdefault returns
 * `self[key]`, through the program's __getitem__ and __missing__ too),
 * and a program's own `setdefault` def is linked by its returns ("()name", by
 * the caller). So the result aliases R one level down and d, not both at any
 * depth (`groups.setdefault(key, []).append(x)` puts x two levels into
 * groups, not into key). False when the call is not such a one. The call is
 * `R.setdefault(k, d)` with two positional arguments, R no module (positional_call:
 * `R.m(...)` with lo to hi positional arguments, none a keyword, a splat or a
 * comment): */
static bool positional_call(walker *w, TSNode f, TSNode args, const char *m, uint32_t lo,
                            uint32_t hi)
{
    f = wk_unparen(w, f);
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    if (ts_node_symbol(f) != w->sym->attribute || !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), m) ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list || n < lo || n > hi)
        return false;
    for (uint32_t i = 0; i < n; i++) {
        TSSymbol k = ts_node_symbol(wk_named_child(w, args, i));
        if (k == w->sym->keyword_argument || k == w->sym->list_splat ||
            k == w->sym->dictionary_splat || k == w->sym->comment)
            return false;
    }
    return !wk_module_path_only(w, wk_child(w, f, "object")).p;
}

static bool setdefault_call(walker *w, TSNode f, TSNode args)
{
    return positional_call(w, f, args, "setdefault", 2, 2);
}

static bool setdefault_aliases(walker *w, str a, uint32_t aroot, TSNode call, unsigned iter,
                               unsigned up, bool any, int depth)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (!setdefault_call(w, f, args))
        return false;
    TSNode recv = wk_unparen(w, wk_child(w, f, "object"));
    alias_roots(w, a, aroot, recv, iter + 1, up, any, depth + 1);
    alias_roots(w, a, aroot, wk_named_child(w, args, 1), iter, up, any, depth + 1);
    item_getter_aliases(w, a, aroot, up, iter, any, call);
    return true;
}

/* A lambda handed to a call: a library function may call it and hand back
 * what it returns (operator.call(lambda: d), map, functools.reduce,
 * itertools.starmap, groupby's key, a defaultdict's factory), so the result is
 * linked to the lambda's body at any depth. The lambda's own value is no
 * container; its body is walked as a value, its parameters as names. */
static void lambda_arg_aliases(walker *w, str a, uint32_t aroot, TSNode lam, unsigned up,
                               int depth)
{
    alias_roots(w, a, aroot, wk_child(w, lam, "body"), 0, up, true, depth + 1);
}

static bool module_function(walker *w, TSNode f, str *mod, str *fn);
static bool text_module(str mod);
static an_rules_class library_class(walker *w, str mod, str fn);
/* Is call a function of a text module (text_module, hashlib, html, shlex)?
 * Such a function works by calling its arguments' methods (split, join,
 * translate, partition, update, a digest factory) and may hand back what one
 * returned (DUCK_RETURNS), besides an argument itself or an element of one
 * (urljoin("", x) is x, colorsys.rgb_to_hsv(r, g, b)[2] is max(r, g, b);
 * rounds 24a and 24b), which the link to each argument at any depth covers. */
static bool text_callee(walker *w, TSNode f)
{
    str mod, fn;
    return module_function(w, f, &mod, &fn) &&
           (text_module(mod) || wk_eq(mod, "json") || wk_eq(mod, "hashlib") ||
            wk_eq(mod, "html") || wk_eq(mod, "shlex"));
}

static bool text_call(walker *w, TSNode call)
{
    return text_callee(w, wk_child(w, call, "function"));
}

/* Are the arguments all literals (text without interpolation, numbers, True,
 * False, None), by position or keyword? No method of the program runs on
 * them (`re.compile(r"\\d+")`). */
static bool literal_args(walker *w, TSNode args)
{
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->comment)
            continue;
        if (k == w->sym->keyword_argument)
            a = wk_unparen(w, wk_child(w, a, "value"));
        k = ts_node_symbol(a);
        bool lit = k == w->sym->integer || k == w->sym->true_ || k == w->sym->false_ ||
                   k == w->sym->none || strcmp(ts_node_type(a), "float") == 0 ||
                   ((k == w->sym->string || k == w->sym->concatenated_string) &&
                    wk_string_value(w, a).p);
        if (!lit)
            return false;
    }
    return true;
}

static TSNode coroutine_run_arg(walker *w, TSNode f, TSNode args);
/* Is f a builtin that calls its argument's dunders and answers with what one
 * returns (round, abs, pow, divmod, sum's __radd__, dir's __dir__; never
 * bound by the program), or a function of math, cmath or operator
 * (math.floor, operator.neg)? Such a call answers with what the dunder returns:
 * the program's own when the argument is its object (round 24f). */
static bool dunder_dispatch(walker *w, TSNode f)
{
    str mod, fn;
    if (module_function(w, f, &mod, &fn))
        return wk_eq(mod, "math") || wk_eq(mod, "cmath") || wk_eq(mod, "operator");
    static const char *const builtins[] = {"round", "abs", "pow", "divmod", "sum", "dir"};
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    if (!wk_eq_any(name, builtins, sizeof builtins / sizeof *builtins))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, name) &&
           !wk_bound_module(w, name);
}


/* Records that a's items `up` down may be the object of each name value v
 * (iterated iter times) roots in, `dx` items down in it; any: a part of it at
 * any depth. */
static void alias_roots(walker *w, str a, uint32_t aroot, TSNode v, unsigned iter, unsigned up,
                        bool any, int depth)
{
    struct wk_stores *s = state(w);
    if (!s || !a.p || ts_node_is_null(v))
        return;
    if (depth > 64) {
        too_deep(w);
        return;
    }
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    TSSymbol k = ts_node_symbol(v);
    if (k == y->identifier || k == y->attribute || k == y->subscript) {
        unsigned d;
        uint32_t root;
        str x = key_of_root(w, v, &d, &root);
        add_alias(w, a, aroot, x, root, up, d + iter, any, v);
        if (k == y->identifier)
            return;
        if (x.p && !root) /* an attribute: what the program's getters hand back */
            attribute_getter_aliases(w, x, v);
        if (k == y->subscript) { /* box[k]: what box's __getitem__ returns too */
            unsigned n = 0;
            for (TSNode r = v; n < 64 && ts_node_symbol(r) == y->subscript;
                 r = wk_unparen(w, wk_child(w, r, "value")))
                n++;
            item_getter_aliases(w, a, aroot, up, n - 1 + iter, any, v);
        }
        if (x.p) {
            attr_object_aliases(w, a, aroot, v, iter, up, depth);
            return;
        }
        /* f()[0], f().x: a part of what the call returns */
        while (ts_node_symbol(v) == y->subscript || ts_node_symbol(v) == y->attribute)
            v = wk_unparen(w, wk_child(w, v, ts_node_symbol(v) == y->subscript ? "value"
                                                                                : "object"));
        any = true;
        k = ts_node_symbol(v);
    }
    if (k == y->call) {
        /* What the program's function returns may be its parameter's or a
         * global's object: its returns ("()f", by name as the masks take them)
         * are aliased at each return statement. Left: the library's calls that
         * hand back their receiver's or an argument's object or share its items
         * (d.get(k), next(it), list(xs)); aliasing their operands at any depth
         * over names whose scopes are ignored refused an honest program */
        TSNode f = wk_unparen(w, wk_child(w, v, "function"));
        TSSymbol fk = ts_node_symbol(f);
        if (scalar_builtin(w, f))
            return;
        TSNode coro = coroutine_run_arg(w, f, wk_child(w, v, "arguments"));
        if (!ts_node_is_null(coro)) { /* asyncio.run(c): what c returns */
            alias_roots(w, a, aroot, coro, iter, up, any, depth + 1);
            return;
        }
        if (iter > 0 && element_tuple_aliases(w, a, aroot, v, iter, up, any, depth))
            return;
        TSNode only = shallow_copy_arg(w, v);
        if (!ts_node_is_null(only)) { /* list(xs): xs's items, each where it lay, in
                                       * a new container (what is stored into one
                                       * is not in the other) */
            if (iter == 0)
                alias_roots(w, a, aroot, only, 1, up + 1, any, depth + 1);
            else /* an element of the copy is the argument's element itself */
                alias_roots(w, a, aroot, only, iter, up, any, depth + 1);
            if (iter == 0) /* or what the program's iteration methods hand out */
                iter_protocol_aliases(w, a, aroot, 1, up + 1, v);
            return;
        }
        str fname = fk == y->identifier ? wk_ident(w, f)
                    : fk == y->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                         : (str){NULL, 0};
        if (fname.p)
            add_alias(w, a, aroot, returns_key(w, fname), 0, up, iter, any, v);
        /* a part of a class's instance may be an object the class shares, its
         * body's or its bases' (class_holds_binding, class_holds_bases): what
         * the program stores into it the class then holds (round 30a: `inbox =
         * P()[0]` of a namedtuple base's default list, `inbox.append(sys.argv)`,
         * then `P()[0][0]`; a NamedTuple body's `x: list = []` alike) */
        if (fk == y->identifier && wk_take_census(w, fname).classdefs > 0)
            add_alias(w, a, aroot, prefixed_key(w, "(body)", fname), 0, up, iter, true, v);
        callee_aliases(w, a, aroot, v, iter, up, any, depth);
        if (setdefault_aliases(w, a, aroot, v, iter, up, any, depth))
            return;
        /* R.m(...), whatever m is: the receiver at any depth (receiver_aliases;
         * d.get(k), d.pop(k), d.setdefault(k, x) were the first of these) */
        if (fk == y->attribute)
            receiver_aliases(w, a, aroot, v, wk_unparen(w, wk_child(w, f, "object")), fname,
                             positional_call(w, f, wk_child(w, v, "arguments"), "get", 1, 2),
                             iter, up, any, depth);
        /* Any call may hand back one of its arguments' objects or a part of one
         * (max([d]), next(iter([d])), ChainMap(d), reduce(f, [d]), random.choice([d]),
         * itemgetter(0)([d]): the twenty-first red team): a link to each argument
         * at any depth. A lambda: to what its body returns (lambda_arg_aliases).
         * Not to a name the program never binds (a builtin: a function or a type,
         * no container; defaultdict(set) hands back no set). */
        TSNode args = wk_child(w, v, "arguments");
        uint32_t na = call_nargs(w, args);
        if (fresh_instance_call(w, f))
            return;
        bool textcall = text_call(w, v);
        for (uint32_t i = 0; i < na; i++) {
            TSNode arg = call_arg(w, args, i);
            TSSymbol as = ts_node_symbol(arg);
            if (as == y->keyword_argument)
                arg = wk_child(w, arg, "value");
            else if (as == y->list_splat || as == y->dictionary_splat)
                arg = wk_named_child(w, arg, 0);
            arg = wk_unparen(w, arg);
            if (ts_node_is_null(arg))
                continue;
            if (ts_node_symbol(arg) == y->lambda) {
                lambda_arg_aliases(w, a, aroot, arg, up, depth);
                continue;
            }
            if (ts_node_symbol(arg) == y->identifier) {
                wk_census c = wk_take_census(w, wk_ident(w, arg));
                if (c.classdefs == 0 && c.other == 0 && !wk_bound_value(w, wk_ident(w, arg)) &&
                    !wk_bound_module(w, wk_ident(w, arg)))
                    continue;
            }
            alias_roots(w, a, aroot, arg, 0, up, true, depth + 1);
        }
        if (na > 0) /* a part of an argument: what its protocol methods hand out */
            protocol_part_aliases(w, a, aroot, up, v);
        if (na > 0 && dunder_dispatch(w, f)) { /* round(x) is x.__round__(), sum([x], []) */
            add_alias(w, a, aroot, OP_RETURNS, 0, up, iter, true, v); /* [] + x's __radd__ */
            add_alias(w, a, aroot, returns_key(w, (str){"__dir__", 7}), 0, up, iter, true, v);
        }
        if (na > 0 && textcall && !literal_args(w, args)) /* it works by calling its */
            add_alias(w, a, aroot, DUCK_RETURNS, 0, up, iter, true, v); /* arguments' methods */
        /* a call of an object of the program's: what its __call__ returns */
        add_alias(w, a, aroot, PROTO("__call__"), 0, up, iter, true, v);
        if (fk != y->identifier && fk != y->attribute)
            alias_roots(w, a, aroot, f, 0, 0, true, depth + 1); /* (lambda: d)() */
        if (fk == y->identifier && wk_take_census(w, fname).other > 0 &&
            !wk_bound_value(w, fname) && !wk_bound_module(w, fname)) { /* f() with f a bound method however bound (a
                                            * for target, a parameter): any part of it */
            struct wk_stores *st = state(w);
            size_t before = st ? st->naliases : 0;
            add_alias(w, a, aroot, fname, ts_node_start_byte(f) + 1, up, 0, true, f);
            if (st && st->naliases > before)
                st->aliases[before].callee = 1;
        }
        return;
    }
    if (k == sym_yield) {
        /* `a = yield`: what a generator's send() passes in ("(sent)", aliased
         * at every send call); `a = yield from g()`: what g returns, too */
        add_alias(w, a, aroot, SENT, 0, up, iter, any, v);
        if (ts_node_named_child_count(v) > 0 && ts_node_child_count(v) > 1 &&
            strcmp(ts_node_type(wk_nth_child(w, v, 1)), "from") == 0)
            alias_roots(w, a, aroot, wk_named_child(w, v, 0), iter, up, any, depth + 1);
        return;
    }
    if (k == y->await) { /* what the awaited coroutine returns: its function's "()f" */
        alias_roots(w, a, aroot, wk_named_child(w, v, 0), iter, up, any, depth + 1);
        return;
    }
    if (k == y->lambda) {
        alias_roots(w, a, aroot, wk_child(w, v, "body"), 0, 0, true, depth + 1);
    } else if (k == y->binary_operator || k == y->unary_operator ||
               k == y->comparison_operator) {
        /* what the program's operator methods return (`It() + 1` is __add__'s,
         * `-It()` __neg__'s), linked where they return; and the builtin
         * containers' operators keep their operands' parts where they lay
         * (`([lst] * 2)[0]`, `(t + ())[0]`, `({"a": d} | {})["a"]`) */
        add_alias(w, a, aroot, OP_RETURNS, 0, up, iter, true, v);
        uint32_t n = ts_node_named_child_count(v); /* a new container: its items */
        for (uint32_t i = 0; i < n; i++)
            alias_roots(w, a, aroot, wk_named_child(w, v, i), iter ? iter : 1,
                        iter ? up : up + 1, any, depth + 1);
    } else if (k == y->named_expression) {
        alias_roots(w, a, aroot, wk_child(w, v, "name"), iter, up, any, depth + 1);
        alias_roots(w, a, aroot, wk_child(w, v, "value"), iter, up, any, depth + 1);
    } else if (k == y->assignment) { /* a = b = V */
        alias_roots(w, a, aroot, wk_child(w, v, "left"), iter, up, any, depth + 1);
        alias_roots(w, a, aroot, wk_child(w, v, "right"), iter, up, any, depth + 1);
    } else if (k == y->conditional_expression) {
        alias_roots(w, a, aroot, wk_named_child(w, v, 0), iter, up, any, depth + 1);
        alias_roots(w, a, aroot, wk_named_child(w, v, 2), iter, up, any, depth + 1);
    } else if (k == y->boolean_operator) {
        alias_roots(w, a, aroot, wk_child(w, v, "left"), iter, up, any, depth + 1);
        alias_roots(w, a, aroot, wk_child(w, v, "right"), iter, up, any, depth + 1);
    } else if (k == y->pair) {
        alias_roots(w, a, aroot, wk_child(w, v, "key"), iter, up, any, depth + 1);
        alias_roots(w, a, aroot, wk_child(w, v, "value"), iter, up, any, depth + 1);
    } else if (k == y->tuple || k == y->list || k == y->set || k == sym_dictionary ||
               k == y->expression_list || k == y->pattern_list || k == y->tuple_pattern ||
               k == y->list_pattern || k == y->list_comprehension || k == y->set_comprehension ||
               k == y->generator_expression || k == sym_dictionary_comprehension) {
        /* an element: one step of the iteration, or one item down in a */
        bool comp = k == y->list_comprehension || k == y->set_comprehension ||
                    k == y->generator_expression || k == sym_dictionary_comprehension;
        uint32_t n = comp ? 1 : ts_node_named_child_count(v);
        for (uint32_t i = 0; i < n; i++) {
            TSNode e = wk_named_child(w, v, i);
            TSSymbol es = ts_node_symbol(e);
            if (es == y->list_splat || es == y->dictionary_splat) /* [*xs]: xs's elements */
                alias_roots(w, a, aroot, wk_named_child(w, e, 0), iter ? iter : 1,
                            iter ? up : up + 1, any, depth + 1);
            else
                alias_roots(w, a, aroot, e, iter ? iter - 1 : 0, iter ? up : up + 1, any,
                            depth + 1);
        }
    }
}

/* "(ret)name": what the program's protocol method `name` returns, for aliases
 * only. The masks read "()name" (an item read takes what "()__getitem__"
 * holds), so the bindings that may take such a return through an implicit
 * call alias this key, which nothing but aliases reads. */
static const char *const PROTOCOL_RETURNS[] = {
    "__next__",    "__anext__",        "__getitem__", "__iter__",         "__aiter__",
    "__enter__",   "__aenter__",       "__getattr__", "__getattribute__", "__get__",
    "get",         "__missing__",      "__class_getitem__", "__call__",  "__reversed__",
    "__op"};
#define NPROTOCOL_RETURNS (sizeof PROTOCOL_RETURNS / sizeof *PROTOCOL_RETURNS)

static bool protocol_return(str name)
{
    return wk_eq_any(name, PROTOCOL_RETURNS, NPROTOCOL_RETURNS);
}

static void add_alias(walker *w, str a, uint32_t aroot, str x, uint32_t xroot, unsigned up,
                      unsigned dx, bool any, TSNode at);

/* a's items `up` down may be what the program's protocol methods return, at
 * any depth: a call may hand back a part of an argument (max(xs), next(it),
 * random.choice(seq), operator.getitem(box, 0)), and a part of a program
 * object is what its iteration and item methods hand out (`next(It())` is
 * It's __next__'s return, a list of the program's that other names hold);
 * ExitStack's enter_context(cm) hands back what cm's __enter__ returns, and an
 * attrgetter's or getattr's call what __getattr__, __getattribute__ or a
 * descriptor's __get__ does. */
static void protocol_part_aliases(walker *w, str a, uint32_t aroot, unsigned up, TSNode call)
{
    const str parts[] = {PROTO("__next__"), PROTO("__anext__"), PROTO("__iter__"),
                         PROTO("__aiter__")};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        add_alias(w, a, aroot, parts[i], 0, up, 0, true, call);
    item_getter_aliases(w, a, aroot, up, 0, true, call);
    /* reversed(x): what x's __reversed__ returns */
    add_alias(w, a, aroot, PROTO("__reversed__"), 0, up, 0, true, call);
    wrapper_aliases(w, a, aroot, up, 0, true, call);
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol fk = ts_node_symbol(f);
    str name = fk == w->sym->identifier  ? wk_ident(w, f)
               : fk == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                         : (str){NULL, 0};
    if (wk_eq(name, "enter_context") || wk_eq(name, "enter_async_context")) {
        add_alias(w, a, aroot, PROTO("__enter__"), 0, up, 0, true, call);
        add_alias(w, a, aroot, PROTO("__aenter__"), 0, up, 0, true, call);
    }
    if (fk == w->sym->call || wk_eq(name, "getattr") || wk_eq(name, "attrgetter")) {
        const str getters[] = {PROTO("__getattr__"), PROTO("__getattribute__"),
                               PROTO("__get__")};
        for (size_t i = 0; i < sizeof getters / sizeof *getters; i++)
            add_alias(w, a, aroot, getters[i], 0, up, 0, true, call);
    }
}

/* "(get)name": what a decorated def named name returns (a property's getter),
 * for aliases only. */
static str getter_key(walker *w, str name)
{
    return prefixed_key(w, "(get)", name);
}

static str proto_key(walker *w, str name)
{
    return prefixed_key(w, "(ret)", name);
}


/* The iteration protocols' methods of the program: what a step of an
 * iteration (a for target, an unpacking, a sequence pattern) hands out may be
 * what its __next__ (or, old style, __getitem__; async, __anext__) returns, or
 * an element of what its __iter__ (__aiter__) returns. */
static void iter_protocol_aliases(walker *w, str a, uint32_t aroot, unsigned iter, unsigned up,
                                  TSNode at)
{
    const str step[] = {PROTO("__next__"), PROTO("__anext__"), PROTO("__getitem__")};
    const str whole[] = {PROTO("__iter__"), PROTO("__aiter__")};
    bool any = iter > 1; /* an element of an element: any depth below them */
    for (size_t i = 0; i < sizeof step / sizeof *step; i++)
        add_alias(w, a, aroot, step[i], 0, up, iter - 1, any, at);
    for (size_t i = 0; i < sizeof whole / sizeof *whole; i++)
        add_alias(w, a, aroot, whole[i], 0, up, iter, any, at);
    wrapper_aliases(w, a, aroot, up, iter, any, at); /* a wrapper's data's elements */
}

/* In a program that names a collections wrapper (UserList, UserDict,
 * ChainMap) and spells a `.data` or `.maps` attribute or a "data" or "maps"
 * string (an attribute or a literal setattr: the ways the program puts its own
 * container there; a computed name on a library-based object is refused), a's
 * items `up` down may be a
 * wrapper's items, which are its `data`'s (dx down) or its `maps`' items' (one
 * more): the library's __getitem__, __iter__ and methods read them there
 * (rounds 24a and 24d). */
static void wrapper_aliases(walker *w, str a, uint32_t aroot, unsigned up, unsigned dx, bool any,
                            TSNode at)
{
    struct wk_stores *s = state(w);
    if (s && !s->wrapper_named)
        s->wrapper_named = (wk_text_has(w, "UserList") || wk_text_has(w, "UserDict") ||
                            wk_text_has(w, "ChainMap")) &&
                                   (wk_text_has(w, ".data") || wk_text_has(w, ".maps") ||
                                    wk_text_has(w, "\"data\"") || wk_text_has(w, "'data'") ||
                                    wk_text_has(w, "\"maps\"") || wk_text_has(w, "'maps'"))
                               ? 1
                               : 2;
    if (s && s->wrapper_named == 1) {
        add_alias(w, a, aroot, (str){"data", 4}, 0, up, dx, any, at);
        add_alias(w, a, aroot, (str){"maps", 4}, 0, up, dx + 1, any, at);
    }
}

/* An item of the object key names (key[k], one level down) may be what the
 * program's __getitem__, __missing__ or __class_getitem__ returns: what a
 * store puts into that item (`box[0].append(X)`, `box[0][1] = X`) lands in the
 * returned object, a container of the program's that other names hold
 * (`return lst`). Taken where a store or a binding reaches through an item. */
static void item_protocol_aliases(walker *w, str key, uint32_t root, TSNode at)
{
    item_getter_aliases(w, key, root, 1, 0, false, at);
    /* a collections wrapper's __getitem__ is the library's: an item of a
     * UserList or UserDict (a subclass's too) is its `data`'s, a ChainMap's
     * one of its `maps`' items' (the wrappers read as wrapped_mask does) */
    wrapper_aliases(w, key, root, 1, 1, false, at);
}

/* "(item@N)": the object of an item target whose root is no name nor
 * attribute (`f()["k"] = v`, `(a or b)[0] = v`), as if bound to a temporary
 * first: its stores are noted under it, and it aliases the root's value. */
static str temp_key_tagged(walker *w, const char *tag, TSNode at)
{
    char *p = an_arena_alloc(w->arena, 32);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    int n = snprintf(p, 32, "(%s@%u)", tag, (unsigned)ts_node_start_byte(at));
    return (str){p, n > 0 && n < 32 ? (size_t)n : 0};
}

static str temp_key(walker *w, TSNode at)
{
    return temp_key_tagged(w, "item", at);
}

static void bind_targets_up(walker *w, TSNode target, TSNode value, ev_kind kind, unsigned iter,
                            unsigned up, int depth);

static void alias_roots(walker *w, str a, uint32_t aroot, TSNode v, unsigned iter, unsigned up,
                        bool any, int depth);

static bool program_self(walker *w, TSNode o);

/* The key a store's target or receiver roots in (key_of_root, *d items down);
 * for one rooted in an expression that is no name or attribute (`f()[k] = X`,
 * `f().append(X)`, `K()[0].append(X)`), a key of its own for that object,
 * aliased to what the expression may hand out (alias_roots), so that the
 * store lands where the object came from. */
static str call_rooted_key(walker *w, TSNode target, unsigned *d, uint32_t *root)
{
    str key = key_of_root(w, target, d, root);
    TSNode base = wk_unparen(w, target);
    while (!ts_node_is_null(base) && ts_node_symbol(base) == w->sym->subscript)
        base = wk_unparen(w, wk_child(w, base, "value"));
    if (key.p && !*root && !ts_node_is_null(base) && ts_node_symbol(base) == w->sym->attribute) {
        /* E.x: what the program's getters hand back for .x, and, but on the
         * program's own self, a part of E's object (SimpleNamespace(x=d).x,
         * ValueError(d).args): the store goes to a key of its own for the
         * object, which both the attribute's key and those hold */
        attribute_getter_aliases(w, key, base);
        if (!program_self(w, wk_child(w, base, "object"))) {
            str attr = key;
            key = temp_key(w, target);
            add_alias(w, key, 0, attr, 0, 0, 0, false, base); /* each holds the */
            add_alias(w, attr, 0, key, 0, 0, 0, false, base); /* other's stores */
            attr_object_aliases(w, key, 0, base, 0, 0, 0);
        }
    }
    if (!key.p) {
        if (ts_node_is_null(base))
            return key;
        key = temp_key(w, target);
        alias_roots(w, key, 0, base, 0, 0, false, 0);
    }
    if (*d > 0)
        item_protocol_aliases(w, key, *root, target);
    return key;
}


/* Is `target = value` (value not iterated: iter 0) an unpacking of a tuple or
 * list display into as many targets, none starred on either side? Then CPython
 * binds the targets to the display's elements by position: the display builds a
 * new tuple or list of exactly those values, and UNPACK_SEQUENCE of a builtin
 * tuple or list reads its items without calling any code. A set or dict
 * display is not taken (its order is the hash's). Comments are no named
 * children in these nodes' counts that matter: both sides are counted alike. */
static bool display_pairs(walker *w, TSNode target, TSNode value, unsigned iter)
{
    const an_syms *y = w->sym;
    if (iter != 0 || ts_node_is_null(value))
        return false;
    TSSymbol tk = ts_node_symbol(target);
    if (tk != y->pattern_list && tk != y->tuple_pattern && tk != y->list_pattern)
        return false;
    TSNode v = wk_unparen(w, value);
    TSSymbol vk = ts_node_symbol(v);
    if (vk != y->tuple && vk != y->list && vk != y->expression_list)
        return false;
    uint32_t n = ts_node_named_child_count(target);
    if (n == 0 || n != ts_node_named_child_count(v))
        return false;
    for (uint32_t i = 0; i < n; i++) {
        TSSymbol a = ts_node_symbol(wk_named_child(w, target, i));
        TSSymbol b = ts_node_symbol(wk_named_child(w, v, i));
        if (a == y->list_splat_pattern || a == y->list_splat || a == y->comment ||
            strcmp(ts_node_type(wk_named_child(w, target, i)), "parenthesized_list_splat") == 0 ||
            b == y->list_splat ||
            b == y->dictionary_splat || b == y->comment ||
            strcmp(ts_node_type(wk_named_child(w, v, i)), "parenthesized_list_splat") == 0)
            return false;
    }
    return true;
}

/* The class statement whose body binds the name at identifier target (any
 * binding form: an assignment, an unpacking, a loop, a walrus, an except
 * alias), or a null node when a def, lambda or comprehension scope lies
 * between. */
static TSNode binding_class(walker *w, TSNode target)
{
    const an_syms *y = w->sym;
    for (TSNode n = wk_parent_of(w, target); !ts_node_is_null(n); n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == y->class_definition)
            return n;
        if (k == y->function_definition || k == y->lambda || k == y->list_comprehension ||
            k == y->set_comprehension || k == sym_dictionary_comprehension ||
            k == y->generator_expression)
            break;
    }
    return (TSNode){0};
}

static st_key *find_key(struct wk_stores *s, str name);
static unsigned read_key(struct wk_stores *s, st_key *k, int lvl);

/* A class body's binding is held by the class, one item down: the library hands
 * a class's body values out by more routes than the attribute's name (round
 * 29b: an Enum's `E["A"].value`, `E(v)`, `for m in E`, `E.__members__` are the
 * member whose value is the body's `A = sys.argv` itself), so a subscript, an
 * iteration or a library call given the class takes them as its parts. */
static void class_holds_binding(walker *w, TSNode target, TSNode value, ev_kind kind,
                                unsigned iter, unsigned up)
{
    TSNode cls = binding_class(w, target);
    if (ts_node_is_null(cls))
        return;
    TSNode cn = wk_child(w, cls, "name");
    struct wk_stores *s = state(w);
    if (ts_node_is_null(cn) || !s)
        return;
    /* a key of its own: a key by the class's name would make it a variable */
    str body = prefixed_key(w, "(body)", wk_ident(w, cn));
    add_iter_event(w, body, value, kind == EV_VALUE ? EV_HOLD : kind, up + 1, iter);
    s->body_holds = true;
    /* an Enum's call answers one of its members, the same object every time
     * (round 29c: `inbox = Box([1])` then `Box([1])[-1]` of `class Box(list,
     * Enum)`): what is stored into one call's result the class holds */
    if (wk_is_enum_class_name(w, wk_ident(w, cn))) {
        str via = via_key(w, wk_ident(w, cn));
        add_alias(w, via, 0, body, 0, 0, 0, true, cn);
        add_alias(w, body, 0, via, 0, 0, 0, true, cn);
    }
    /* and what later statements of the body put into the object bound
     * (round 29c: `x: list = []` then `x.append(sys.argv)` in a NamedTuple's) */
    if (ts_node_symbol(target) == w->sym->identifier)
        add_alias(w, wk_ident(w, target), ts_node_start_byte(target) + 1, body, 0, 0, 0, true,
                  target);
}

/* `K.x = V` on a class statement's name binds what the body's `x = V` would
 * (round 41a: `K.numerator = sys.argv` for `class K(int)`, then
 * fractions.Fraction(K()) copies the numerator it reads off its argument and
 * hands it back as as_integer_ratio()[0]): the class holds it, one item down. */
static void class_attribute_binding(walker *w, TSNode obj, TSNode value, ev_kind kind,
                                    unsigned iter, unsigned up)
{
    obj = wk_unparen(w, obj);
    struct wk_stores *s = state(w);
    if (!s || ts_node_is_null(obj) || ts_node_symbol(obj) != w->sym->identifier)
        return;
    str name = wk_ident(w, obj);
    if (wk_take_census(w, name).classdefs == 0)
        return;
    add_iter_event(w, prefixed_key(w, "(body)", name), value, kind == EV_VALUE ? EV_HOLD : kind,
                   up + 1, iter);
    s->body_holds = true;
}

/* What the class (or classes) named name holds of its body's values, read with
 * every read of the name: "(body)name". */
static unsigned body_mask(struct wk_stores *s, str name, int lvl)
{
    char buf[256];
    static const char pre[] = "(body)";
    if (!s->body_holds || name.len + sizeof pre > sizeof buf)
        return 0;
    memcpy(buf, pre, sizeof pre - 1);
    memcpy(buf + sizeof pre - 1, name.p, name.len);
    return read_key(s, find_key(s, (str){buf, sizeof pre - 1 + name.len}), lvl);
}

/* Does expression e make an object where it is evaluated that a repetition, a
 * cache or a library table may hand out at two places (round 29b: `[[]] * 2`,
 * `itertools.repeat([], 2)`; round 29c: `(UserList(),) * 2`): a list, set or
 * dict display or comprehension, or any call but the builtins and methods that
 * build containers of their arguments' parts where they lie (enumerate, zip,
 * sorted, `.items()`, `.split()`, ...), whose arguments are asked in turn? A
 * name, an attribute or a def's return are keys whose aliases link the targets
 * they give already. Too big: yes. */
static bool makes_mutable(walker *w, TSNode e, int *budget)
{
    static const char *const parts[] = {"enumerate", "zip",   "range", "reversed", "sorted",
                                        "divmod",    "len",   "abs",   "round",    "min",
                                        "max",       "sum",   "int",   "float",    "str",
                                        "repr",      "bool",  "ord",   "chr",      "isinstance",
                                        "iter"};
    static const char *const methods[] = {"items",      "keys",       "values", "split",
                                          "rsplit",     "partition",  "rpartition",
                                          "splitlines", "strip",      "lower",  "upper",
                                          "most_common", "get",       "index",  "count"};
    const an_syms *y = w->sym;
    if (--*budget < 0)
        return true;
    TSSymbol k = ts_node_symbol(e);
    if (k == y->list || k == y->set || k == sym_dictionary || k == y->list_comprehension ||
        k == y->set_comprehension || k == sym_dictionary_comprehension ||
        k == y->generator_expression || k == y->lambda)
        return true;
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, e, "function"));
        TSSymbol fk = ts_node_symbol(f);
        bool pass = (fk == y->identifier && wk_eq_any(wk_ident(w, f), parts,
                                                      sizeof parts / sizeof parts[0]) &&
                     wk_builtin_unbound(w, wk_ident(w, f))) ||
                    (fk == y->attribute &&
                     wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), methods,
                               sizeof methods / sizeof methods[0]));
        if (!pass)
            return true;
    }
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < n; i++)
        if (makes_mutable(w, wk_named_child(w, e, i), budget))
            return true;
    return false;
}

static TSNode nth_positional(walker *w, TSNode args, int i);

/* One object handed out many times by what no name shows (round 29e, after 29b
 * and 29c linked the targets of assignments, captures and the program's calls:
 * `functools.reduce(f, [[]] * 2)` and `g = f; g(*[[]] * 2)` gave a function one
 * list in two parameters): a sequence repeated by `*` whose element makes an
 * object (makes_mutable: `[[]] * 2`, `(UserList(),) * 2`), `itertools.repeat(X,
 * ...)` and `dict.fromkeys(ks, X)` of such an X. Refused: the element may be a
 * literal, a name or anything else that makes no object where it stands (`[0] *
 * n`, `[None] * n`, `[float("inf")] * n`, `[row] * 2`, whose name links its
 * uses); a comprehension makes one object per place (`[[] for _ in range(n)]`). */
static void repeated_object(walker *w, TSNode n)
{
    const an_syms *y = w->sym;
    TSNode x = {0};
    if (ts_node_symbol(n) == y->binary_operator) {
        TSNode op = wk_child(w, n, "operator");
        if (ts_node_is_null(op) || strcmp(ts_node_type(op), "*") != 0)
            return;
        const TSNode sides[2] = {wk_unparen(w, wk_child(w, n, "left")),
                                 wk_unparen(w, wk_child(w, n, "right"))};
        for (int i = 0; i < 2 && ts_node_is_null(x); i++)
            if (ts_node_symbol(sides[i]) == y->list || ts_node_symbol(sides[i]) == y->tuple)
                x = sides[i];
    } else {
        TSNode f = wk_unparen(w, wk_child(w, n, "function"));
        TSNode args = wk_child(w, n, "arguments");
        str mod, fn;
        if (ts_node_symbol(f) == y->attribute &&
            wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "fromkeys"))
            x = nth_positional(w, args, 1);
        else if (module_function(w, f, &mod, &fn) && wk_eq(mod, "itertools") &&
                 wk_eq(fn, "repeat"))
            x = nth_positional(w, args, 0);
        if (ts_node_is_null(x))
            return;
    }
    if (ts_node_is_null(x))
        return;
    /* `grid = [[0] * 3] * 3` (the aliasing lesson): one name, whose key every
     * read and store of its items goes through, holds the repeated object */
    TSNode up = wk_parent_of(w, n);
    while (!ts_node_is_null(up) && ts_node_symbol(up) == y->parenthesized_expression)
        up = wk_parent_of(w, up);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == y->assignment &&
        ts_node_symbol(wk_unparen(w, wk_child(w, up, "left"))) == y->identifier) {
        TSNode st = wk_parent_of(w, up);
        if (!ts_node_is_null(st) && ts_node_symbol(st) == y->expression_statement)
            return;
    }
    int budget = 256;
    uint32_t count = ts_node_symbol(x) == y->list || ts_node_symbol(x) == y->tuple
                         ? ts_node_named_child_count(x)
                         : 0;
    bool shared = count == 0 && makes_mutable(w, x, &budget);
    for (uint32_t i = 0; i < count && !shared; i++)
        shared = makes_mutable(w, wk_named_child(w, x, i), &budget);
    if (shared)
        wk_report(w, n, "store",
                  "this hands out one new object at many places (a repetition, "
                  "itertools.repeat, dict.fromkeys), which names no rule links then share: "
                  "make one per place, [[] for _ in range(n)], or repeat a literal or a name");
}

/* Target t (a name, an item or an attribute target, or a capture) takes a part of
 * value, which may hold one object at two places (makes_mutable): t's root and
 * "(unpack@N)", a key for the object unpacked that aliases value's roots as a
 * name bound to it would, may each be any part of the other, so that what the
 * program stores through one target the others hold (round 29b: `inbox, names =
 * [[]] * 2`; round 29c: `inbox, box[0] = ...`, `case [a, b]:`, `f(*[[]] * 2)`). */
/* The key for the object value unpacked, aliased to value's roots; a null key when
 * value repeats no object (makes_mutable). Made once for a value: every target,
 * capture or parameter it fills asks again (the last value's answer is kept). */
static str unpack_key(walker *w, TSNode value, unsigned up)
{
    struct wk_stores *s = state(w);
    if (!s)
        return (str){NULL, 0};
    if (s->unpack_memo.value.id == value.id && s->unpack_memo.up == up)
        return s->unpack_memo.key;
    int budget = 256;
    str tk = makes_mutable(w, value, &budget) ? temp_key_tagged(w, "unpack", value)
                                               : (str){NULL, 0};
    if (tk.p)
        alias_roots(w, tk, 0, value, 0, up, true, 0);
    s->unpack_memo.value = value;
    s->unpack_memo.up = up;
    s->unpack_memo.key = tk;
    return tk;
}

static void linked_key(walker *w, str key, uint32_t root, TSNode value, unsigned up, TSNode at)
{
    if (!key.p || ts_node_is_null(value))
        return;
    str tk = unpack_key(w, value, up);
    if (!tk.p)
        return;
    add_alias(w, key, root, tk, 0, 0, 0, true, at);
    add_alias(w, tk, 0, key, root, 0, 0, true, at);
}

static void linked_target(walker *w, TSNode t, TSNode value, unsigned up)
{
    t = wk_unparen(w, t);
    if (ts_node_is_null(t) || ts_node_is_null(value))
        return;
    str key;
    uint32_t root = 0;
    TSSymbol k = ts_node_symbol(t);
    if (k == w->sym->list_splat_pattern || k == w->sym->list_splat ||
        strcmp(ts_node_type(t), "parenthesized_list_splat") == 0)
        t = wk_unparen(w, wk_named_child(w, t, 0)), k = ts_node_symbol(t);
    if (k == w->sym->identifier) {
        key = wk_ident(w, t);
        root = ts_node_start_byte(t) + 1;
    } else if (k == w->sym->subscript || k == w->sym->attribute) {
        unsigned d;
        key = call_rooted_key(w, t, &d, &root);
    } else {
        return; /* a nested pattern links its own names */
    }
    linked_key(w, key, root, value, up, t);
}

/* `a, b = V` with V no display of as many values: each target is linked to the
 * others through the object unpacked (linked_target). */
static void unpacked_aliases(walker *w, TSNode target, TSNode value, unsigned iter, unsigned up)
{
    (void)iter;
    uint32_t n = ts_node_named_child_count(target);
    for (uint32_t i = 0; i < n; i++)
        linked_target(w, wk_named_child(w, target, i), value, up);
}

static void bind_targets(walker *w, TSNode target, TSNode value, ev_kind kind, unsigned iter,
                         int depth)
{
    bind_targets_up(w, target, value, kind, iter, 0, depth);
}

static bool in_class_body(walker *w, TSNode node);

/* Are def statements name's only bindings (round 39a: a def, then `P =
 * functools.partial(...)` rebinding it)? The census counts a def's name as a
 * binding, so its count is the defs'. */
/* How many def statements bind name (SIZE_MAX without a census to ask);
 * *decorated set when one of them is decorated. */
static size_t def_bindings(walker *w, str name, bool *decorated)
{
    size_t n, defs = 0;
    const uint32_t *occ = wk_name_entries(w, name, &n);
    if (!occ)
        return SIZE_MAX;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode p = wk_parent_of(w, t[occ[i]].node);
        if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->function_definition &&
            wk_child_is(w, p, "name", t[occ[i]].node)) {
            defs++;
            if (decorated && !ts_node_is_null(up_decorated(w, p)))
                *decorated = true;
        }
    }
    return defs;
}

static bool names_def(walker *w, str name)
{
    size_t defs = def_bindings(w, name, NULL);
    if (defs == SIZE_MAX)
        return false;
    wk_census c = wk_take_census(w, name);
    return defs > 0 && c.classdefs == 0 && c.other == defs;
}

/* A dunder bound otherwise than `NAME = V` or by an undecorated def (a for or
 * with target, an unpacking, a match capture, a decorator other than the ones
 * that hand the def back or call it): what the protocol, the operator and a call
 * of the name answer may be anything (round 38a: `for __floor__ in [partial(...)]`,
 * `@functools.partial(functools.partial, next, it)` over `def __floor__`). */
static void dunder_any(walker *w, str name, TSNode at)
{
    add_iter_event(w, (str){"()__", 4}, at, EV_ANY, 0, 0);
    add_iter_event(w, returns_key(w, name), at, EV_ANY, 0, 0);
    if (operator_dunder(name))
        add_iter_event(w, (str){"()__op", 6}, at, EV_ANY, 0, 0);
}

/* Is name bound once, by an assignment of text, a number or a display? */
static bool literal_bound_name(walker *w, str name)
{
    TSNode as = wk_sole_assignment(w, name);
    if (ts_node_is_null(as))
        return false;
    TSSymbol r = ts_node_symbol(wk_unparen(w, wk_child(w, as, "right")));
    const an_syms *y = w->sym;
    return r == y->string || r == y->concatenated_string || r == y->integer || r == sym_float ||
           r == y->true_ || r == y->false_ || r == y->none || r == y->dictionary ||
           r == y->list || r == y->set || r == y->tuple;
}

/* Is name surely no callable object: a builtin's name the program never binds,
 * a dunder (`__name__`), or a literal-bound name? A def's name, or a name bound
 * to a call's value (a partial, a cached_property: round 38a), may be one. */
static bool plain_data_name(walker *w, str name)
{
    return wk_is_dunder(name) || wk_builtin_unbound(w, name) || literal_bound_name(w, name);
}

/* May expression a, an argument of a call in a class body, be a function the
 * object the call makes calls later (a descriptor's getter, a partial's
 * callable): a lambda, a def's name, a call or a bound method (not a module's
 * data, a literal or another name)? */
static bool function_argument(walker *w, TSNode a)
{
    a = wk_unparen(w, a);
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        return function_argument(w, wk_child(w, a, "value"));
    if (k == w->sym->list_splat || k == w->sym->dictionary_splat || k == w->sym->lambda ||
        k == w->sym->call)
        return true;
    if (k == w->sym->identifier)
        return !plain_data_name(w, wk_ident(w, a));
    return k == w->sym->attribute && !wk_module_path_only(w, wk_child(w, a, "object")).p;
}

/* `name = V` in a class body with V a callable object other than a def or a
 * lambda (round 37b): a protocol method `__floor__ = functools.partial(next,
 * it)` answers what calling V returns, and an attribute bound to what a library
 * call made around a function (`x = functools.cached_property(f)`,
 * `enum.property(f)`) answers, when read, what that function returns. So what
 * calling V returns (EV_CALLEE: what the program's functions return, and what
 * a call's value holds, lifted) and what the escaping functions return (EV_ESC)
 * are what a call of the name, the protocol's and an operator's value, and a
 * read of the attribute may be. */
static void held_callable_binding(walker *w, TSNode target, str name, TSNode v)
{
    TSSymbol k = ts_node_symbol(v);
    if (k == w->sym->lambda || !in_class_body(w, target))
        return;
    bool dunder = wk_is_dunder(name);
    if (k == w->sym->identifier) {
        /* a def's name is followed by its returns; any other name may hold a
         * callable object (`P = partial(...)` then `__floor__ = P`: round 38a),
         * and a builtin bound as a dunder is called without self on the
         * operands (`__getitem__ = next`: round 39a), which no key follows */
        str vn = wk_ident(w, v);
        if (names_def(w, vn))
            return;
        if (dunder) {
            if (!literal_bound_name(w, vn))
                dunder_any(w, name, v);
            return;
        }
        if (plain_data_name(w, vn))
            return;
    } else if (!dunder) {
        TSNode args = k == w->sym->call ? wk_child(w, v, "arguments") : (TSNode){0};
        uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        bool fn = false;
        for (uint32_t i = 0; i < n && !fn; i++)
            fn = function_argument(w, wk_named_child(w, args, i));
        if (!fn)
            return;
    } else if (k != w->sym->call && k != w->sym->attribute && k != w->sym->subscript &&
               k != w->sym->conditional_expression && k != w->sym->boolean_operator) {
        return; /* text, a number, None, a display: nothing to call */
    }
    str keys[3] = {returns_key(w, name), {NULL, 0}, {NULL, 0}};
    if (dunder) {
        keys[1] = (str){"()__", 4};
        if (operator_dunder(name))
            keys[2] = (str){"()__op", 6};
    }
    for (size_t i = 0; i < 3; i++) {
        if (!keys[i].p)
            continue;
        add_iter_event(w, keys[i], v, EV_CALLEE, 0, 0);
        add_iter_event(w, keys[i], v, EV_ESC, 0, 0);
    }
}

/* Does the object chain of subscript or attribute target e end in a splat
 * (tree-sitter's reading of a starred target `*d["k"]` or `*o.v`, round 54b)? */
static bool starred_chain(walker *w, TSNode e)
{
    for (int i = 0; i < 64 && !ts_node_is_null(e); i++) {
        TSSymbol k = ts_node_symbol(e);
        if (k == w->sym->list_splat_pattern || k == w->sym->list_splat ||
            strcmp(ts_node_type(e), "parenthesized_list_splat") == 0)
            return true;
        if (k == w->sym->subscript)
            e = wk_unparen(w, wk_child(w, e, "value"));
        else if (k == w->sym->attribute)
            e = wk_unparen(w, wk_child(w, e, "object"));
        else
            return false;
    }
    return false;
}

/* up: how many items down in the bound name's object value's part lies (a
 * starred target is a new list of the elements: one). */
static void bind_targets_up(walker *w, TSNode target, TSNode value, ev_kind kind, unsigned iter,
                            unsigned up, int depth)
{
    if (ts_node_is_null(target))
        return;
    if (depth > 64) {
        too_deep(w);
        return;
    }
    target = wk_unparen(w, target);
    TSSymbol k = ts_node_symbol(target);
    if ((k == w->sym->subscript || k == w->sym->attribute) && starred_chain(w, target)) {
        /* `*d["k"], = V` parses as a subscript of a starred d: the tree is not
         * the target CPython binds (a new list of V's items into d["k"]) */
        wk_report(w, target, "store",
                  "a starred assignment target must be a plain name (`*rest, = v`): bind "
                  "the list to a name, then store it (d[\"k\"] = rest)");
        return;
    }
    if (k == w->sym->identifier) {
        str name = wk_ident(w, target);
        uint32_t root = ts_node_start_byte(target) + 1;
        /* *rest: the elements one down */
        mark_binding(add_iter_event(w, name, value, kind, up, iter), root);
        class_holds_binding(w, target, value, kind, iter, up);
        if (kind == EV_VALUE) {
            alias_roots(w, name, root, value, iter, up, false, 0);
            if (iter > 0)
                iter_protocol_aliases(w, name, root, iter, up, target);
            TSNode lam = wk_unparen(w, value); /* f = lambda a=d: a; f()[k] = v */
            if (iter == 0 && ts_node_symbol(lam) == w->sym->lambda)
                alias_roots(w, returns_key(w, name), 0, wk_child(w, lam, "body"), 0, up, false,
                            0);
            else if (iter == 0 && up == 0) /* f = box.pop, f = g: callable_binding */
                callable_binding(w, name, lam);
            else if (iter == 1 && up == 0 &&
                     (ts_node_symbol(lam) == w->sym->list || ts_node_symbol(lam) == w->sym->tuple ||
                      ts_node_symbol(lam) == w->sym->set)) /* for f in [g, box.pop] */
                for (uint32_t e = 0; e < ts_node_named_child_count(lam); e++)
                    callable_binding(w, name, wk_named_child(w, lam, e));
            /* `__next__ = lambda self: d`, `__enter__ = f`: what it returns */
            if (protocol_return(name) && ts_node_symbol(lam) == w->sym->lambda)
                alias_roots(w, proto_key(w, name), 0, wk_child(w, lam, "body"), 0, 0, true, 0);
            else if (protocol_return(name) && ts_node_symbol(lam) == w->sym->identifier)
                add_alias(w, proto_key(w, name), 0, returns_key(w, wk_ident(w, lam)), 0, 0, 0,
                          true, lam);
            else if (protocol_return(name)) /* `__getitem__ = box.__getitem__`: a bound */
                alias_roots(w, proto_key(w, name), 0, lam, 0, 0, true, 0); /* method's */
            if (operator_dunder(name)) /* `__neg__ = lst.copy`, `__add__ = f` */
                alias_roots(w, OP_RETURNS, 0, lam, 0, 0, true, 0);
            if (iter == 0 && up == 0)
                held_callable_binding(w, target, name, lam);
        }
        /* `__iter__ = lambda self: ...` or `= f` in a class body: a protocol
         * method too, whose value stands for what it returns */
        if (wk_is_dunder(name)) {
            /* bound by anything but `NAME = value` or `(NAME := value)`, whose
             * value implicit_assign reads (an unpacking, a for or with target,
             * an augmented assignment): a protocol method it cannot name */
            TSNode parent = wk_parent_of(w, value);
            if (depth > 0 || iter > 0 || kind != EV_VALUE || ts_node_is_null(parent) ||
                (ts_node_symbol(parent) != w->sym->assignment &&
                 ts_node_symbol(parent) != w->sym->named_expression)) {
                opaque_implicit(w);
                dunder_any(w, name, target);
            }
            add_iter_event(w, (str){"()__", 4}, value, kind, 0, iter);
            if (operator_dunder(name))
                add_iter_event(w, (str){"()__op", 6}, value, kind, 0, iter);
            /* `__mul__ = helper`: what helper returns, at level 0 too, where a
             * function's name as a value stands only for a container of its
             * results (`x = K() * 2; x.append(v)` wrote helper's library list) */
            TSNode fv = wk_unparen(w, value);
            if (kind == EV_VALUE && iter == 0 && ts_node_symbol(fv) == w->sym->identifier) {
                str fr = returns_key(w, wk_ident(w, fv));
                st_event *e1 = add_iter_event(w, (str){"()__", 4}, fv, EV_KEY, 0, 0);
                if (e1)
                    e1->attr = fr;
                st_event *e2 = operator_dunder(name)
                                   ? add_iter_event(w, (str){"()__op", 6}, fv, EV_KEY, 0, 0)
                                   : NULL;
                if (e2)
                    e2->attr = fr;
            }
        }
    } else if (k == w->sym->attribute) {
        /* up: a starred target's new list holds what is bound (`*o.v, = V`,
         * round 54b), as for a name */
        add_iter_event(w, wk_ident(w, wk_child(w, target, "attribute")), value, kind, up, iter);
        if (kind == EV_VALUE)
            alias_roots(w, wk_ident(w, wk_child(w, target, "attribute")), 0, value, iter, up,
                        false, 0);
        if (kind == EV_VALUE && iter > 0)
            iter_protocol_aliases(w, wk_ident(w, wk_child(w, target, "attribute")), 0, iter, up,
                                  target);
        add_iter_event(w, SETVAL, value, kind, up, iter);
        if (kind == EV_VALUE) /* the library may write into what its objects hold */
            give_site(w, target, value, wk_ident(w, wk_child(w, target, "attribute")), iter, 0);
        class_attribute_binding(w, wk_child(w, target, "object"), value, kind, iter, up);
    } else if (k == w->sym->subscript) {
        /* a slice target (`R[:] = V`) iterates V: counted for every item target */
        unsigned d;
        uint32_t root;
        str key = call_rooted_key(w, target, &d, &root);
        /* the target's own slice stores the value's elements one level down
         * (key_of_root counts no level for a slice it reads through) */
        bool sliced = slice_subscript(w, wk_unparen(w, target));
        /* the target's own level counts, whatever its index: an item store and
         * a slice store (`iter + 1` below) both put into R's items */
        if (sliced || loose_level(w, wk_unparen(w, target)))
            d++;
        st_event *ev = add_iter_event(w, key, value, EV_HOLD, d + up, iter + 1);
        if (ev) { /* up: a starred target (`*d["k"], = V`, round 54b) */
            ev->root = root;
            ev->into = 1;
            if (!sliced)
                ev->target = target;
        }
        /* R[k] = X: R's item is X's object; R[a:b] = X: X's elements (d counts
         * the target's own level already: `d[0] = h` puts h one level down,
         * where `d[0][0] = M` then writes into h) */
        bool loose = !sliced && loose_level(w, wk_unparen(w, target));
        if (kind == EV_VALUE && !sliced)
            alias_roots(w, key, root, value, iter, d + up, false, 0);
        if (kind == EV_VALUE && (sliced || loose)) /* `d[s] = V`, s maybe a slice object */
            alias_roots(w, key, root, value, iter + 1, d + up, false, 0);
        if (kind == EV_VALUE && iter > 0)
            iter_protocol_aliases(w, key, root, iter, d + up, target);
    } else if (k == w->sym->list_splat_pattern || k == w->sym->list_splat ||
               strcmp(ts_node_type(target), "parenthesized_list_splat") == 0) {
        /* `a, *rest = V`: rest is a new list of V's elements, one level up (a
         * starred subscript or attribute, `*d["k"], = V`, parses as list_splat:
         * round 54b) */
        bind_targets_up(w, wk_named_child(w, target, 0), value, kind, iter, up + 1, depth + 1);
    } else if (display_pairs(w, target, value, iter)) {
        /* `a, b = X, Y`: the tuple CPython builds holds exactly X and Y, and
         * unpacking a tuple or list runs no code, so a takes X and b takes Y */
        uint32_t n = ts_node_named_child_count(target);
        TSNode v = wk_unparen(w, value);
        for (uint32_t i = 0; i < n; i++)
            bind_targets_up(w, wk_named_child(w, target, i), wk_named_child(w, v, i), kind, 0,
                            up, depth + 1);
    } else {
        /* unpacking: each target takes an element (or, conservatively, the whole) */
        uint32_t n = ts_node_named_child_count(target);
        for (uint32_t i = 0; i < n; i++)
            bind_targets_up(w, wk_named_child(w, target, i), value, kind, iter + 1, up,
                            depth + 1);
        if (kind == EV_VALUE && n > 1)
            unpacked_aliases(w, target, value, iter, up);
    }
}

/* Captures of a match pattern: every identifier but class names and keyword names;
 * each is the subject, an element of it, or an attribute of it (under a class
 * pattern: the keyword's attribute, or for a positional sub-pattern any attribute
 * __match_args__ names). Each level of pattern may take an element (a sequence
 * pattern iterates, indexes through __getitem__ too; a mapping pattern calls the
 * subject's get method), so a capture iterates the subject once a level.
 * in_class: under a class pattern; attr: under a keyword; in_map: under a
 * mapping pattern. */
static void bind_captures(walker *w, TSNode pat, TSNode subject, int depth, bool in_class,
                          str attr, bool in_map, unsigned levels)
{
    if (depth > 64) {
        too_deep(w);
        return;
    }
    TSSymbol k = ts_node_symbol(pat);
    if (k == w->sym->identifier) {
        str name = wk_ident(w, pat);
        if (wk_is_dunder(name)) {
            opaque_implicit(w); /* a protocol method bound by a match capture */
            dunder_any(w, name, pat);
        }
        /* under a class or mapping pattern, as many steps as pattern levels
         * (more than it takes: an attribute's or a get's result may hold any) */
        st_event *ev = add_iter_event(w, name, subject, in_class ? EV_ATTR : EV_VALUE, 0,
                                      in_class || in_map ? (unsigned)depth + 1 : levels);
        mark_binding(ev, ts_node_start_byte(pat) + 1);
        if (ev && in_class)
            ev->attr = attr;
        else if (ev && in_map)
            ev->attr = (str){"get", 3};
        /* an Enum member bound by a capture in a class body (round 29c) */
        class_holds_binding(w, pat, subject, EV_VALUE,
                            in_class || in_map ? (unsigned)depth + 1 : levels, 0);
        /* `case [a, b]:` of a subject that repeats one object (round 29c) */
        if (levels > 0)
            linked_target(w, pat, subject, 0);
        return;
    }
    uint32_t n = ts_node_named_child_count(pat);
    /* a level of elements: a sequence or mapping pattern (`case a, b:` too);
     * a `*rest`/`**rest` is a new container of them, and a class pattern's
     * sub-pattern an attribute (EV_ATTR) of the object at this level */
    bool seq = k == w->sym->list_pattern || k == w->sym->tuple_pattern ||
               k == sym_dict_pattern || (k == w->sym->case_pattern && n > 1);
    for (uint32_t i = 0; i < n; i++) {
        if (i == 0 && (k == w->sym->class_pattern || k == sym_keyword_pattern))
            continue;
        str a = attr;
        if (k == sym_keyword_pattern)
            a = wk_ident(w, wk_named_child(w, pat, 0));
        else if (k == w->sym->class_pattern)
            a = (str){NULL, 0}; /* positional: whatever __match_args__ names */
        bind_captures(w, wk_named_child(w, pat, i), subject, depth + 1,
                      in_class || k == w->sym->class_pattern, a,
                      in_map || k == sym_dict_pattern, seq ? levels + 1 : levels);
        if (k == w->sym->tuple_pattern && n == 1) /* (p): a group, the same level */
            bind_captures(w, wk_named_child(w, pat, i), subject, depth + 1, in_class, a, in_map,
                          levels);
    }
}

/* A name bound, whole, to a callable value: calling the name returns what
 * calling the value does. "()name" (the returns key every call of the name is
 * linked to) is linked to "()V" for a name V (a def, or a name bound likewise,
 * through any chain), and to any part of R for a method R.m bound by value
 * (round 24b), whatever binds it: an assignment, a for target, a match capture
 * or as-pattern (round 24e: `match mk: case C:` made `C()` mk's return). */
static void callable_binding(walker *w, str name, TSNode value)
{
    value = wk_unparen(w, value);
    TSSymbol k = ts_node_symbol(value);
    if (k == w->sym->identifier)
        add_alias(w, returns_key(w, name), 0, returns_key(w, wk_ident(w, value)), 0, 0, 0, true,
                  value);
    else if (k == w->sym->attribute) {
        alias_roots(w, returns_key(w, name), 0, wk_child(w, value, "object"), 0, 0, true, 0);
        /* K().m: what the program's defs named m return */
        add_alias(w, returns_key(w, name), 0,
                  returns_key(w, wk_ident(w, wk_child(w, value, "attribute"))), 0, 0, 0, true,
                  value);
    }
}

/* The aliases a match pattern's captures make: a capture is the subject (a
 * plain capture, an as-pattern's name, an alternative), an element of it
 * (iter: how many sequence or mapping levels down; a `*rest` or `**rest` is a
 * new list or dict of them: up), or an attribute of it under a class pattern
 * (any depth of the subject, the attribute's key by name for a keyword, and
 * what a property or __getattr__ of that name returns). A sequence or mapping
 * pattern on an object of the program takes what its item and iteration
 * methods (and a `get`) return. */
static void capture_aliases(walker *w, TSNode pat, TSNode subject, unsigned iter, unsigned up,
                            bool any, str attr, int depth)
{
    const an_syms *y = w->sym;
    if (ts_node_is_null(pat))
        return;
    if (depth > 64) {
        too_deep(w);
        return;
    }
    TSSymbol k = ts_node_symbol(pat);
    if (k == y->identifier) {
        str name = wk_ident(w, pat);
        uint32_t root = ts_node_start_byte(pat) + 1;
        if (wk_eq(name, "_"))
            return;
        alias_roots(w, name, root, subject, iter, up, any, 0);
        if (iter == 0 && up == 0 && !any && !attr.p)
            callable_binding(w, name, subject);
        if (iter > 0)
            iter_protocol_aliases(w, name, root, iter, up, pat);
        if (iter > 0) /* a mapping pattern calls the subject's get */
            add_alias(w, name, root, PROTO("get"), 0, up, iter - 1, true, pat);
        if (attr.p) { /* the attribute by name, and what a property of it returns */
            add_alias(w, name, root, attr, 0, up, 0, false, pat);
            add_alias(w, name, root, returns_key(w, attr), 0, up, 0, false, pat);
        }
        if (any) {
            const str getters[] = {PROTO("__getattr__"), PROTO("__getattribute__"),
                                   PROTO("__get__")};
            for (size_t i = 0; i < sizeof getters / sizeof *getters; i++)
                add_alias(w, name, root, getters[i], 0, up, 0, true, pat);
        }
        return;
    }
    uint32_t n = ts_node_named_child_count(pat);
    if (k == y->dotted_name) { /* a capture, or a value pattern (Color.RED) */
        if (n == 1)
            capture_aliases(w, wk_named_child(w, pat, 0), subject, iter, up, any, attr,
                            depth + 1);
        return;
    }
    if (k == y->splat_pattern) {
        capture_aliases(w, wk_named_child(w, pat, 0), subject, iter, up + 1, any, attr,
                        depth + 1);
        return;
    }
    if (k == y->class_pattern || k == sym_keyword_pattern) {
        for (uint32_t i = 1; i < n; i++) { /* the class, the keyword: no captures */
            TSNode c = wk_named_child(w, pat, i);
            str a = k == sym_keyword_pattern ? wk_ident(w, wk_named_child(w, pat, 0))
                                             : (str){NULL, 0};
            capture_aliases(w, c, subject, iter, up, true, a, depth + 1);
        }
        return;
    }
    bool seq = k == y->list_pattern || k == y->tuple_pattern || k == sym_dict_pattern ||
               (k == y->case_pattern && n > 1);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, pat, i);
        TSSymbol cs = ts_node_symbol(c);
        if (k == sym_dict_pattern && cs != y->case_pattern && cs != y->splat_pattern)
            continue; /* a key: a literal or a value pattern */
        capture_aliases(w, c, subject, seq ? iter + 1 : iter, up, any, attr, depth + 1);
        if (k == y->tuple_pattern && n == 1) /* (p): a group, the same level */
            capture_aliases(w, c, subject, iter, up, any, attr, depth + 1);
    }
}

/* Is X a call of one of contextlib's managers whose __enter__ (__aenter__)
 * returns the manager itself, None, or what it was given (read under 3.11:
 * ExitStack, AsyncExitStack and AbstractContextManager return self, suppress and
 * chdir None, nullcontext, closing and aclosing their argument, the
 * _RedirectStream pair its new target), named by an import that is the name's
 * only binding? None of them calls another object's __enter__, so the target is
 * never what a program's __enter__ returns (threading.Condition's is: not here),
 * and the call's value links the target to the manager and its arguments. */
static bool self_entering_manager(walker *w, TSNode value)
{
    static const char *const names[] = {"ExitStack",   "AsyncExitStack", "suppress",
                                        "nullcontext", "closing",        "aclosing",
                                        "redirect_stdout", "redirect_stderr", "chdir"};
    value = wk_unparen(w, value);
    if (ts_node_symbol(value) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, value, "function"));
    str mod = {NULL, 0}, name = {NULL, 0};
    if (ts_node_symbol(f) == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, f));
        if (!b || !b->attr)
            return false;
        mod = (str){b->module, b->module_len};
        name = (str){b->attr, b->attr_len};
    } else if (ts_node_symbol(f) == w->sym->attribute) {
        mod = wk_module_path_only(w, wk_unparen(w, wk_child(w, f, "object")));
        name = wk_ident(w, wk_child(w, f, "attribute"));
    }
    return mod.p && name.p && wk_eq(mod, "contextlib") &&
           wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* `with X as T`: T is what X's __enter__ (__aenter__) returns, which may be X
 * itself (`return self`) or a part of it at any depth, or what the program's
 * own __enter__ returns: every name the target binds aliases those (but for a
 * manager of contextlib that returns itself or its argument, which the
 * program's __enter__ never answers for: self_entering_manager). */
static void enter_aliases(walker *w, TSNode target, TSNode value, int depth)
{
    if (ts_node_is_null(target))
        return;
    if (depth > 64) {
        too_deep(w);
        return;
    }
    target = wk_unparen(w, target);
    TSSymbol k = ts_node_symbol(target);
    if (k == w->sym->identifier || k == w->sym->attribute || k == w->sym->subscript) {
        unsigned d;
        uint32_t root;
        str key = key_of_root(w, target, &d, &root);
        if (!key.p)
            return;
        /* a call's result is the manager: what its __enter__ returns is
         * followed by name; `return self` makes the target the result itself */
        bool made = ts_node_symbol(wk_unparen(w, value)) == w->sym->call;
        alias_roots(w, key, root, value, 0, 0, !made, 0);
        if (made && self_entering_manager(w, value))
            return;
        add_alias(w, key, root, PROTO("__enter__"), 0, 0, 0, true, target);
        add_alias(w, key, root, PROTO("__aenter__"), 0, 0, 0, true, target);
        return;
    }
    uint32_t n = ts_node_named_child_count(target);
    for (uint32_t i = 0; i < n; i++)
        enter_aliases(w, wk_named_child(w, target, i), value, depth + 1);
}

/* Module path of a from-import's dotted name, parts normalised. */
static str dotted_path(walker *w, TSNode dn)
{
    str acc = {NULL, 0};
    uint32_t n = ts_node_named_child_count(dn);
    for (uint32_t i = 0; i < n; i++) {
        str part = wk_ident(w, wk_named_child(w, dn, i));
        acc = i == 0 ? part : wk_join(w, acc, part);
    }
    return acc;
}

/* vars(x).update(name=v, ...), x.__dict__.update({"name": v}), .setdefault("name",
 * v): each value becomes attribute `name` of x, bound as an attribute store's
 * would be (names.c judges the names, written out). True when call is one. */
static bool table_update(walker *w, TSNode recv, str m, TSNode args)
{
    recv = wk_unparen(w, recv);
    TSSymbol rs = ts_node_symbol(recv);
    bool table = (rs == w->sym->call &&
                  wk_eq(wk_ident(w, wk_child(w, recv, "function")), "vars")) ||
                 (rs == w->sym->attribute &&
                  wk_eq(wk_ident(w, wk_child(w, recv, "attribute")), "__dict__"));
    if (!table || !(wk_eq(m, "update") || wk_eq(m, "setdefault")))
        return false;
    uint32_t n = call_nargs(w, args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = call_arg(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->keyword_argument) {
            add_event(w, wk_ident(w, wk_child(w, a, "name")), wk_child(w, a, "value"), EV_VALUE,
                      0);
            add_event(w, SETVAL, wk_child(w, a, "value"), EV_VALUE, 0);
        } else if (wk_eq(m, "setdefault") && i == 0 && n > 1) {
            str key = wk_string_value(w, a);
            add_event(w, key.p ? key : (str){"*", 1}, wk_named_child(w, args, 1), EV_VALUE, 0);
            add_event(w, SETVAL, wk_named_child(w, args, 1), EV_VALUE, 0);
            break;
        } else if (ts_node_symbol(wk_unparen(w, a)) == sym_dictionary) {
            TSNode d = wk_unparen(w, a);
            uint32_t np = ts_node_named_child_count(d);
            for (uint32_t k = 0; k < np; k++) {
                TSNode pr = wk_named_child(w, d, k);
                if (ts_node_symbol(pr) != w->sym->pair)
                    continue;
                str key = wk_string_value(w, wk_child(w, pr, "key"));
                add_event(w, key.p ? key : (str){"*", 1}, wk_child(w, pr, "value"), EV_VALUE, 0);
                add_event(w, SETVAL, wk_child(w, pr, "value"), EV_VALUE, 0);
            }
        } else if (as != w->sym->comment) {
            add_iter_event(w, (str){"*", 1}, a, EV_VALUE, 0, 1); /* a mapping's values */
            add_iter_event(w, SETVAL, a, EV_VALUE, 0, 1);
        }
    }
    return true;
}

static bool mutating_method(str m);
static bool removing_method(str m);
static void mutator_bound(walker *w, TSNode at, TSNode recv, str m, bool exact);
static void mutator_by_name(walker *w, TSNode call, TSNode obj, TSNode nm, str lit);

/* The builtin and collections container classes (and array's, typing's). */
static const char *const CONTAINER_CLASSES[] = {
    "list",     "dict",     "set",     "bytearray", "deque",       "Counter",
    "OrderedDict", "defaultdict", "ChainMap", "UserDict", "UserList",  "array",
    "List",     "Dict",     "Set",     "DefaultDict", "Deque",     "MutableSequence",
    "MutableMapping", "MutableSet"};
#define NCONTAINER_CLASSES (sizeof CONTAINER_CLASSES / sizeof CONTAINER_CLASSES[0])

static bool container_class(walker *w, TSNode e);
static bool two_arg_super(walker *w, TSNode e);
static bool program_container(walker *w, str name, int depth);
static TSNode super_object(walker *w, TSNode e);
static str param_key(walker *w, TSNode fn, str name);

/* A receiver's key (call_rooted_key), its depth and its name's root. */
typedef struct st_recv {
    str key;
    unsigned d;
    uint32_t root;
} st_recv;

static st_recv call_rooted_recv(walker *w, TSNode recv)
{
    st_recv r = {{NULL, 0}, 0, 0};
    if (!ts_node_is_null(recv))
        r.key = call_rooted_key(w, recv, &r.d, &r.root);
    return r;
}

/* The receiver super_object found: a second argument of super's, keyed as
 * any receiver, or a def's first parameter, under its variable's key. */
static st_recv super_recv(walker *w, TSNode obj)
{
    TSNode ps = ts_node_parent(obj);
    TSNode def = ts_node_is_null(ps) ? ps : ts_node_parent(ps);
    if (ts_node_is_null(ps) || ts_node_symbol(ps) != w->sym->parameters || ts_node_is_null(def))
        return call_rooted_recv(w, obj);
    return (st_recv){param_key(w, def, wk_ident(w, obj)), 0, 0};
}

/* Is base expression b (a subscript's value taken) a builtin or collections
 * container class, a class the program defines, or one the checker cannot
 * name: a class whose constructor may keep its arguments as the instance's
 * items? A library class named by its import (logging.StreamHandler,
 * Exception) keeps them as attributes, which an instance with a library base
 * hands out as the library's (M_MADE). */
static bool container_base(walker *w, TSNode b)
{
    for (int i = 0; i < 8 && ts_node_symbol(b = wk_unparen(w, b)) == w->sym->subscript; i++)
        b = wk_child(w, b, "value");
    str mod, fn;
    if (container_class(w, b))
        return true;
    if (module_function(w, b, &mod, &fn))
        return wk_eq_any(fn, CONTAINER_CLASSES, NCONTAINER_CLASSES);
    if (ts_node_symbol(b) != w->sym->identifier)
        return true;
    wk_census c = wk_take_census(w, wk_ident(w, b));
    return c.classdefs > 0 || c.other > 0 || !wk_eq(wk_ident(w, b), "object");
}

/* Is `super().m(...)` (obj: the def's first parameter super_object found) an
 * __init__ of a class one of whose bases may be a container (container_base),
 * which then keeps the arguments as its items (`super().__init__(v[0])` in a
 * list subclass, round 25a)? */
static bool container_init(walker *w, TSNode obj, str m)
{
    if (!wk_eq(m, "__init__") && !wk_eq(m, "__new__"))
        return false;
    TSNode ps = ts_node_parent(obj);
    TSNode def = ts_node_is_null(ps) ? ps : ts_node_parent(ps);
    TSNode cls = def;
    for (int i = 0; i < 3 && !ts_node_is_null(cls) &&
                    ts_node_symbol(cls) != w->sym->class_definition;
         i++)
        cls = ts_node_parent(cls); /* the def, a decorated definition, the block */
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition)
        return true;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < n; i++) {
        TSNode b = wk_named_child(w, bases, i);
        TSSymbol bs = ts_node_symbol(b);
        if (bs == w->sym->comment || bs == w->sym->keyword_argument)
            continue;
        if (bs == w->sym->list_splat || bs == w->sym->dictionary_splat || container_base(w, b))
            return true;
    }
    return false;
}

/* Is e a display or comprehension of a list, tuple, set or dict? */
static bool container_display(walker *w, TSNode e)
{
    TSSymbol k = ts_node_symbol(e);
    const an_syms *y = w->sym;
    return k == y->list || k == y->tuple || k == y->set || k == sym_dictionary ||
           k == y->list_comprehension || k == y->set_comprehension ||
           k == sym_dictionary_comprehension;
}

/* One argument v of method m, iterated iter times, is kept in the object r
 * keys (keys: as a mapping whose keys() is asked, update's and extend's
 * argument); pairs: update's positional argument, whose pairs' values land too. */
static void hold_value(walker *w, st_recv r, TSNode v, str m, unsigned iter, bool keys,
                       bool pairs)
{
    str key = r.key;
    unsigned d = r.d;
    uint32_t root = r.root;
    st_event *ev = add_iter_event(w, key, v, EV_HOLD, d + 1, iter);
    if (!ev)
        return;
    if (keys)
        ev->attr = (str){"keys", 4};
    ev->root = root;
    ev->into = 1;
    /* R.append(X), R.extend([X]), R.set(s, o, X), R.put(X): an item of R is
     * X's object (what R.get hands back, round 54a); not for a removing
     * method (pop(k, dflt), remove(x), move_to_end(k), sort(key=f)), which
     * never puts its argument into R */
    if ((mutating_method(m) || in_table(m, KEEPERS, NKEEPERS)) && !removing_method(m))
        alias_roots(w, key, root, v, iter, d + 1, false, 0);
    if (wk_eq(m, "__setitem__")) { /* with a slice: the value's elements */
        add_iter_event(w, key, v, EV_HOLD, d + 1, iter + 1);
        alias_roots(w, key, root, v, iter + 1, d + 1, false, 0);
    }
    /* R.update(pairs): a pair's value becomes R's item, one level above
     * where it lay (`d.update([("a", X)])` makes d["a"] X; round 24c) */
    if (pairs && wk_eq(m, "update")) {
        st_event *pv = add_iter_event(w, key, v, EV_HOLD, d + 1, iter + 1);
        if (pv) {
            pv->root = root;
            pv->into = 1;
        }
        alias_roots(w, key, root, v, iter + 1, d + 1, false, 0);
    }
}

/* Method m called with args (but skip, the receiver given as one) keeps each
 * in the object r keys (spread: their elements, as extend and update take
 * them). What the callee receives is judged, not the argument's node: a
 * keyword's value (`d.update(k=X)` makes X an item itself, round 54a), a
 * splat's elements (`*xs`; `**kw`: its values, update's items), taken at
 * both levels where the method may read them either way. */
static void hold_args(walker *w, st_recv r, TSNode args, TSNode skip, str m, bool spread)
{
    uint32_t n = call_nargs(w, args);
    unsigned sp = spread ? 1 : 0;
    for (uint32_t i = 0; i < n && r.key.p; i++) {
        TSNode a = call_arg(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->comment || ts_node_eq(a, skip))
            continue;
        if (k == w->sym->keyword_argument) {
            TSNode v = wk_child(w, a, "value");
            hold_value(w, r, v, m, 0, false, false);
            if (spread)
                hold_value(w, r, v, m, 1, true, false);
        } else if (k == w->sym->dictionary_splat) {
            TSNode v = wk_named_child(w, a, 0);
            hold_value(w, r, v, m, 1, false, false);
            if (spread)
                hold_value(w, r, v, m, 2, true, false);
        } else if (k == w->sym->list_splat) {
            hold_value(w, r, wk_named_child(w, a, 0), m, sp + 1, spread, true);
        } else {
            hold_value(w, r, a, m, sp, spread, true);
        }
    }
}

/* Is receiver r `self`, the first parameter of the innermost function on the
 * stack, a def written directly in the body of a class without a library base
 * (overriding_class)? Then `self.fn(x)` keeps x nowhere in self: fn is the
 * program's own method (whose stores are tracked by name) or a value stored
 * on the instance; a container method of a builtin base (`self.append(x)`) is
 * a mutating method and keeps it. */
static bool own_self(walker *w, TSNode r, size_t depth)
{
    r = wk_unparen(w, r);
    if (ts_node_symbol(r) != w->sym->identifier || !wk_eq(wk_ident(w, r), "self"))
        return false;
    for (size_t d = depth; d-- > 0;) {
        TSSymbol k = wk_stack_sym(w, d);
        if (k == w->sym->lambda || k == w->sym->class_definition)
            return false;
        if (k != w->sym->function_definition)
            continue;
        size_t b = d;
        if (b > 0 && wk_stack_sym(w, b - 1) == w->sym->decorated_definition)
            return false;
        if (b < 2 || wk_stack_sym(w, b - 1) != w->sym->block ||
            wk_stack_sym(w, b - 2) != w->sym->class_definition)
            return false;
        TSNode ps = wk_child(w, w->stack[d], "parameters");
        TSNode first = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
        if (ts_node_is_null(first) || ts_node_symbol(first) != w->sym->identifier ||
            !wk_eq(wk_ident(w, first), "self"))
            return false;
        /* a class with a library base: a method of that base may keep it */
        const struct wk_stores *s = w->stores;
        for (size_t i = 0; s && i < s->noverriding; i++)
            if (ts_node_eq(s->overriding[i], w->stack[b - 2]))
                return false;
        return true;
    }
    return false;
}

static void on_call(walker *w, TSNode call, size_t depth)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    uint32_t n = call_nargs(w, args);
    if (n == 0)
        return;
    TSNode argv[3];
    size_t argc = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = call_arg(w, args, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (argc < 3)
            argv[argc] = a;
        argc++;
    }
    TSSymbol fk = ts_node_symbol(f);
    /* setattr(obj, "E", v), object.__setattr__(obj, "E", v), super().__setattr__("E", v) */
    if (fk == w->sym->identifier && wk_eq(wk_ident(w, f), "setattr") && argc == 3) {
        str lit = wk_string_value(w, argv[1]);
        /* a computed name may be any attribute: the key "*" is every one */
        add_event(w, lit.p ? lit : (str){"*", 1}, argv[2], EV_VALUE, 0);
        add_event(w, SETVAL, argv[2], EV_VALUE, 0);
        /* the attribute is v's object, as `obj.E = v` makes it (round 24a) */
        alias_roots(w, lit.p ? lit : PROTO("*"), 0, argv[2], 0, 0, false, 0);
        if (lit.p) /* as `obj.E = v` (a computed name on a library object is refused) */
            give_site(w, call, argv[2], lit, 0, 0);
        return;
    }
    if (fk != w->sym->attribute)
        return;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    TSNode recv = wk_child(w, f, "object");
    if (wk_eq(m, "__setattr__") && (argc == 2 || argc == 3)) {
        str lit = wk_string_value(w, argv[argc - 2]);
        add_event(w, lit.p ? lit : (str){"*", 1}, argv[argc - 1], EV_VALUE, 0);
        add_event(w, SETVAL, argv[argc - 1], EV_VALUE, 0);
        alias_roots(w, lit.p ? lit : PROTO("*"), 0, argv[argc - 1], 0, 0, false, 0);
        return;
    }
    /* A method call may keep its arguments in its receiver (items.append(X)). */
    if (module_of(w, recv).p)
        return;
    if (table_update(w, recv, m, args))
        return;
    /* extend/update iterate their argument (running its __iter__, or keys() and
     * __getitem__) and put what that hands out into the receiver */
    bool spread = wk_eq(m, "extend") || wk_eq(m, "update") || wk_eq(m, "extendleft") ||
                  wk_eq(m, "__iadd__") || wk_eq(m, "__ior__") || wk_eq(m, "__ixor__") ||
                  wk_eq(m, "symmetric_difference_update");
    /* No class of the allowed modules keeps what its `format` method is given
     * (issue 13, round 15; reviewed over their classes: logging's Handler,
     * Formatter, BufferingFormatter and PercentStyle, pprint.PrettyPrinter,
     * string.Formatter, UserString, traceback's StackSummary and
     * TracebackException answer text and store nothing into self), and a
     * program's own `format` def keeps what it stores, by name: `self.format
     * (record)` in a logging handler puts nothing into the handler. */
    if (m.len == 6 && memcmp(m.p, "format", 6) == 0)
        return;
    /* `self.fn(x)` in a method: the program's own instance keeps x only through
     * a method of a library base (s->foreign), a container method of a builtin
     * base, or the program's own methods (whose stores are tracked by name) */
    if (!mutating_method(m) && own_self(w, recv, depth))
        return;
    /* `R.get(k, dflt)` keeps neither argument in R: dict, mappingproxy, Context
     * and ContextVar (C), and every Python `get` of an allowed module's class
     * (reviewed under 3.11: Mapping, ChainMap, UserDict through Mapping,
     * configparser's RawConfigParser and SectionProxy, queue.Queue and
     * asyncio.Queue, weakref's two dictionaries, email's Message) only reads,
     * or runs `k in R` and `R[k]`, whose program hooks (__contains__,
     * __getitem__, __missing__) are judged as those forms are written. A
     * program's own `get` def is followed by the call flows as any method; a
     * `get` bound to a library function in a class body (`get = list.append`)
     * is refused where it is taken as a value. dflt comes back as the result,
     * which the result's own flows judge. */
    if (wk_eq(m, "get"))
        return;
    /* A logger's message methods keep nothing in the logger: the record they
     * make goes to the handlers, which hold what was logged (LOGGED,
     * logging_call). Reviewed under 3.11 over every class of the allowed
     * modules with a method of these names: Logger and LoggerAdapter;
     * ArgumentParser.error prints and exits; the futures' exception, the
     * tests' and suites' debug take no argument (honest29 p51:
     * `log.debug("%s", dict(vars(args)))` made every attribute of the logger
     * the Namespace's, `logger.handlers.clear()` a write into the library's) */
    static const char *const messages[] = {"debug",    "info",      "warning", "warn", "error",
                                           "critical", "exception", "fatal",   "log"};
    if (wk_eq_any(m, messages, sizeof messages / sizeof *messages))
        return;
    /* A removing method keeps no argument in R: the builtin containers' and
     * every Python one of an allowed module's class (reviewed under 3.11:
     * ChainMap, UserList, UserDict, Counter, the collections.abc mixins,
     * configparser's, WeakSet, the Events' clear) remove or reorder, handing a
     * key= on to sort; a program's own def of the name keeps what it stores by
     * name, through the call's flows (honest23 p29: `sort(key=f)`) */
    if (removing_method(m))
        return;
    /* the object the call writes: R of `R.m(X)`, and of `list.append(R, X)`,
     * `super().m(X)` (the method's first parameter) and `super(C, R).m(X)` or
     * `super(C, C).m(R, X)` (round 25a: the hold was keyed on the class or on
     * super(), so R never held X) */
    TSNode sup = super_object(w, recv), first = first_arg(w, call);
    if (container_class(w, recv) || two_arg_super(w, recv))
        hold_args(w, call_rooted_recv(w, first), args, first, m, spread);
    bool own = !ts_node_is_null(sup) && (mutating_method(m) || container_init(w, sup, m));
    if (own)
        hold_args(w, super_recv(w, sup), args, (TSNode){0}, m, spread);
    if (!own && !container_class(w, recv))
        hold_args(w, call_rooted_recv(w, recv), args, (TSNode){0}, m, spread);
}


/* it.send(X), it.asend(X): X becomes what a `yield` of the generator evaluates
 * to (any receiver: which generator it is is not followed). */
static void send_alias(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) != w->sym->attribute)
        return;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    if (!wk_eq(m, "send") && !wk_eq(m, "asend"))
        return;
    TSNode a = first_arg(w, call);
    if (ts_node_is_null(a)) {
        /* send(*xs), send(**kw), send(value=X): not followed, so anything */
        TSNode args = wk_child(w, call, "arguments");
        if (!ts_node_is_null(args) && ts_node_named_child_count(args) > 0)
            add_iter_event(w, SENT, args, EV_ANY, 0, 0);
        return;
    }
    alias_roots(w, SENT, 0, a, 0, 0, false, 0);
    /* and is what `x = yield` binds: the alias links what the two hold, the
     * value gives x the argument's own mask (a library list sent in is one) */
    add_event(w, SENT, a, EV_VALUE, 0);
}

/* A generator's send taken as a value (`snd = g.send`, map(g.send, xs)) or named
 * by a string (getattr(g, "send")): its arguments are not followed, so what
 * `x = yield` binds may then be anything. */
static void sent_value(walker *w, TSNode n, size_t depth)
{
    str m = {NULL, 0};
    if (ts_node_symbol(n) == w->sym->attribute) {
        m = wk_ident(w, wk_child(w, n, "attribute"));
        if (depth > 0 && ts_node_symbol(w->stack[depth - 1]) == w->sym->call &&
            wk_child_is(w, w->stack[depth - 1], "function", n))
            return; /* it.send(X): send_alias */
    } else {
        m = wk_string_value(w, n);
    }
    if (m.p && (wk_eq(m, "send") || wk_eq(m, "asend")))
        add_iter_event(w, SENT, n, EV_ANY, 0, 0);
}

/* Queues a store to be judged after the pass. */
static void queue_store(walker *w, TSNode at, TSNode obj, str name, unsigned form)
{
    struct wk_stores *s = state(w);
    if (!s || ts_node_is_null(obj))
        return;
    st_store *st = grow(w, s->st, s->nst, &s->capst, sizeof *st);
    if (!st)
        return;
    s->st = st;
    s->st[s->nst++] = (st_store){at, obj, name, (uint8_t)form, 0, 0};
}

/* A hook whose return the library's code may write into, in any class: copy's
 * (UserDict.copy updates what __copy__ returns) and a container's, whose class
 * the library takes as a type or factory (ConfigParser(dict_type=K) appends
 * continuation lines to what K.__getitem__ returns; defaultdict(K), json's
 * object_pairs_hook=K, OrderedDict subclasses). *iter: how many containers deep
 * in the return the value handed out lies (__iter__'s elements). */
static bool give_hook(str name, unsigned *iter)
{
    static const char *const self_hooks[] = {
        "__copy__", "__deepcopy__", "__getitem__", "__missing__", "get", "setdefault", "pop",
        "__next__",
    };
    static const char *const elem_hooks[] = {"__iter__", "__reversed__", "values"};
    *iter = 0;
    if (wk_eq_any(name, self_hooks, sizeof self_hooks / sizeof self_hooks[0]))
        return true;
    *iter = 1;
    return wk_eq_any(name, elem_hooks, sizeof elem_hooks / sizeof elem_hooks[0]);
}

/* A value given to the library where its own code will find it and may write
 * into it (give_judged decides after the pass): at, an attribute store target
 * (`self.filters = V`), a class body's binding (`filters = V`), a def's return
 * statement (`return V` in `__copy__`, a property, an overridden hook) or a
 * lambda in a class body; obj the value, iter how many containers deep in it the
 * given value lies (a for target). */
static void give_site(walker *w, TSNode at, TSNode obj, str name, unsigned iter, uint32_t cls)
{
    /* but for a copy hook's return, only a name a library class may hold: the
     * library's code reads no other (most stores are the program's own names) */
    unsigned hook_iter = 0;
    bool hook = ts_node_symbol(at) == w->sym->return_statement && give_hook(name, &hook_iter);
    if (hook)
        iter += hook_iter;
    if (!hook && !an_rules_library_attribute(w->rules, name.p, name.len))
        return;
    struct wk_stores *s = state(w);
    queue_store(w, at, obj, name, SF_GIVE);
    if (s && s->nst && ts_node_eq(s->st[s->nst - 1].at, at)) {
        s->st[s->nst - 1].iter = (uint8_t)(iter > 3 ? 3 : iter);
        s->st[s->nst - 1].cls = cls;
    }
}

/* `name = V` in a class body: V may be a descriptor, whose __get__ answers
 * every `.name` read of the class and its instances, so the attribute key name
 * may be what __get__ returns (a property made by a call, `name =
 * property(getter)`, is a descriptor too). */
static void class_body_descriptor(walker *w, TSNode left, TSNode right)
{
    right = wk_unparen(w, right);
    TSSymbol k = ts_node_symbol(right);
    if (ts_node_symbol(left) != w->sym->identifier ||
        (k != w->sym->call && k != w->sym->identifier && k != w->sym->attribute))
        return;
    add_alias(w, wk_ident(w, left), 0, PROTO("__get__"), 0, 0, 0, false, left);
}

/* Is stack[depth] in a class body itself, not in a function or lambda of it
 * (in_class_body, read off the walk's stack)? */
static int stack_in_class_body(walker *w, size_t depth)
{
    for (size_t i = depth; i-- > 0;) {
        TSSymbol k = ts_node_symbol(w->stack[i]);
        if (k == w->sym->class_definition)
            return 1;
        if (k == w->sym->function_definition || k == w->sym->lambda)
            return 0;
    }
    return 0;
}

/* For stack[i] a statement or def: 1 + the index in the class statements seen
 * so far of the class whose body holds it directly (through a decorated
 * definition), or 0. From the walk's stack: no parent lookups. */
static uint32_t stack_class(walker *w, size_t i)
{
    struct wk_stores *s = w->stores;
    if (!s || i == 0)
        return 0;
    if (ts_node_symbol(w->stack[i - 1]) == w->sym->decorated_definition)
        i--;
    if (i < 2 || ts_node_symbol(w->stack[i - 1]) != w->sym->block ||
        ts_node_symbol(w->stack[i - 2]) != w->sym->class_definition)
        return 0;
    for (size_t c = s->nclasses; c-- > 0;) /* the innermost: the last pushed */
        if (ts_node_eq(s->classes[c], w->stack[i - 2]))
            return (uint32_t)c + 1;
    return 0;
}

/* Methods of the builtin containers (list, dict, set, bytearray, deque) and of the
 * allowed modules' container classes (collections' Counter, OrderedDict, ChainMap,
 * UserDict, UserList; array.array) that change their receiver: on a value reached
 * through a module they write into the standard library's data
 * (`keyword.kwlist.append(x)`, `collections.Counter.subtract(B, keys)`), as an item
 * store does. Judged on any receiver: the checker does not know types, and a
 * program's own method of the same name on its own object is clean. The list is
 * audited by running every public method (and the in-place operator dunders) of a
 * fresh instance of each of those classes with a set of argument shapes and keeping
 * the names after which the instance differs (tenth red team, family M'); __init__
 * re-fills a container too, but a dunder read off a class is refused by name. */
/* The entry of table (n entries of size bytes each, each beginning with its name
 * as a str) named m, or NULL: the one search of the tables here, plain names
 * (in_table) and the entries that say more about a name (arg_writer_method,
 * writer_function). The lengths are known: no strlen per entry. */
static const void *find_named(const void *table, size_t n, size_t size, str m)
{
    const char *e = table;
    for (size_t i = 0; i < n && m.p; i++, e += size) {
        const str *name = (const str *)(const void *)e;
        if (name->len == m.len && memcmp(name->p, m.p, m.len) == 0)
            return e;
    }
    return NULL;
}
#define FIND_NAMED(table, m) find_named(table, sizeof table / sizeof table[0], sizeof table[0], m)

/* Is m one of the n names of table? */
static bool in_table(str m, const str *table, size_t n)
{
    return find_named(table, n, sizeof *table, m) != NULL;
}

static bool mutating_method(str m)
{
    return m.p && in_table(m, MUTATORS, NMUTATORS);
}

/* The first mutating method (mutating_method's names, by the same table) that a
 * name starting with pre may be, or a null str. */
static str mutating_prefix(str pre)
{
    static const char *const names[] = {
        "append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "update",
        "setdefault", "popitem", "add", "discard", "difference_update",
        "intersection_update", "symmetric_difference_update", "appendleft", "extendleft",
        "popleft", "rotate", "__setitem__", "__delitem__", "__iadd__", "__isub__",
        "__imul__", "__ior__", "__iand__", "__ixor__", "subtract", "move_to_end",
        "byteswap", "frombytes", "fromlist", "fromunicode"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t len = strlen(names[i]);
        if (len >= pre.len && memcmp(names[i], pre.p, pre.len) == 0 &&
            mutating_method((str){names[i], len}))
            return (str){names[i], len};
    }
    return (str){NULL, 0};
}

/* Classmethods of the allowed modules' classes that write into the class they
 * are called on (unittest.TestCase's class cleanups: addClassCleanup and
 * enterClassContext append to cls._class_cleanups, doClassCleanups sets
 * cls.tearDown_exceptions). Called on a library class, or on an instance of one
 * (a classmethod binds the instance's class), they write into the standard
 * library: `unittest.FunctionTestCase.addClassCleanup(f)` runs f after every
 * later FunctionTestCase. Audited by running every classmethod of every class
 * the allowed modules offer on the class itself and comparing its namespace
 * (tests/checker/classmethod_audit.py); each name found must be here. */
static bool class_writer(str m)
{
    static const str names[] = {ST("addClassCleanup"), ST("doClassCleanups"),
                                ST("enterClassContext")};
    return m.p && m.len >= 15 && in_table(m, names, sizeof names / sizeof names[0]);
}

/* Functions of the allowed modules that change their first argument in place
 * (heapq's heap functions, bisect's insort, random's shuffle, operator's
 * setitem, delitem and in-place operators), by name on any receiver or bound by
 * a from-import. */
static bool mutating_function(str m)
{
    static const str fast[] = {
        ST("heappush"), ST("heappop"), ST("heapify"), ST("heapreplace"), ST("heappushpop"),
        ST("insort"), ST("insort_left"), ST("insort_right"), ST("shuffle"), ST("setitem"),
        ST("delitem"), ST("iadd"), ST("iconcat"), ST("isub"), ST("imul"), ST("ior"),
        ST("iand"), ST("ixor")};
    return m.p && in_table(m, fast, sizeof fast / sizeof fast[0]);
}

/* The builtin container classes, whose methods called through the class take
 * the container as their first argument (`list.append(R, x)`). */
static bool container_class(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    str n = ts_node_symbol(e) == w->sym->identifier  ? wk_ident(w, e)
            : ts_node_symbol(e) == w->sym->attribute ? wk_ident(w, wk_child(w, e, "attribute"))
                                                     : (str){NULL, 0};
    return wk_eq_any(n, CONTAINER_CLASSES, NCONTAINER_CLASSES);
}

/* Is e a call `super(a, b)` with two arguments? With a class as b, its
 * methods are the base's plain functions (super(C, C).__setitem__(R, k, v)
 * writes into R). */
static bool two_arg_super(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    return ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "super") &&
           !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list &&
           ts_node_named_child_count(args) >= 2;
}

/* Is e a call of the builtin super (a name the program never binds)? Then the
 * object its proxy is bound to: the second argument of `super(C, obj)`, or for
 * `super()` written directly in a def, the def's first parameter; else none. */
static TSNode super_object(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) != w->sym->call)
        return (TSNode){0};
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "super") ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    wk_census c = wk_take_census(w, wk_ident(w, f));
    if (c.other || c.classdefs || wk_bound_value(w, wk_ident(w, f)))
        return (TSNode){0};
    uint32_t na = ts_node_named_child_count(args);
    if (na == 2)
        return ts_node_named_child(args, 1);
    if (na != 0)
        return (TSNode){0};
    TSNode up = wk_parent_of(w, e);
    while (!ts_node_is_null(up) && ts_node_symbol(up) != w->sym->function_definition) {
        TSSymbol us = ts_node_symbol(up);
        if (us == w->sym->lambda || us == w->sym->class_definition ||
            us == w->sym->list_comprehension || us == w->sym->set_comprehension ||
            us == w->sym->generator_expression || us == sym_dictionary_comprehension)
            return (TSNode){0};
        up = wk_parent_of(w, up);
    }
    TSNode ps = ts_node_is_null(up) ? up : wk_child(w, up, "parameters");
    TSNode obj = ts_node_is_null(ps) ? ps : ts_node_named_child(ps, 0);
    return !ts_node_is_null(obj) && ts_node_symbol(obj) == w->sym->identifier ? obj
                                                                               : (TSNode){0};
}

/* The first positional argument of a call, or a null node. */
static TSNode first_arg(walker *w, TSNode call)
{
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
            as == w->sym->dictionary_splat)
            return (TSNode){0};
        return a;
    }
    return (TSNode){0};
}

/* operator.methodcaller("append", x) is `lst.append` taken as a value (see
 * mutating_value) for whatever it is applied to, an argument the checker may
 * never see (`methodcaller("update", d)(Library.TABLE)`): a mutating method's
 * name there is refused. Its name is a literal (rules/facades.txt). */
static bool mutating_caller(walker *w, TSNode call, TSNode f)
{
    str mod = {NULL, 0};
    if (ts_node_symbol(f) == w->sym->attribute) {
        mod = module_of(w, wk_child(w, f, "object"));
    } else {
        /* from operator import methodcaller [as mc] */
        const binding *b = wk_bound_value(w, wk_ident(w, f));
        if (b && b->attr && b->attr_len == 12 && memcmp(b->attr, "methodcaller", 12) == 0)
            mod = (str){b->module, b->module_len};
    }
    if (!wk_eq(mod, "operator"))
        return false;
    TSNode a = first_arg(w, call);
    str name = ts_node_is_null(a) ? (str){NULL, 0} : wk_string_value(w, a);
    if (mutating_method(name) || class_writer(name))
        wk_report(w, call, "store",
                  "methodcaller('%.*s') changes what it is applied to, where the checker "
                  "cannot see what that is: call the method directly",
                  (int)name.len, name.p);
    return true;
}

/* A class-writing classmethod (class_writer) named by a string: getattr(X,
 * "addClassCleanup") is X.addClassCleanup, judged as such; attrgetter with such a
 * name hands it out for whatever it is applied to: refused. */
static TSNode positional_arg(walker *w, TSNode call, int i);

static void class_writer_by_name(walker *w, TSNode call, TSNode f, str m)
{
    TSSymbol fk = ts_node_symbol(f);
    if (fk == w->sym->identifier && wk_eq(m, "getattr") && !wk_bound_value(w, m)) {
        TSNode obj = positional_arg(w, call, 0);
        TSNode nm = positional_arg(w, call, 1);
        str lit = ts_node_is_null(nm) ? (str){NULL, 0} : wk_string_value(w, nm);
        if (class_writer(lit))
            queue_store(w, call, obj, lit, SF_CLASS);
        else
            mutator_by_name(w, call, obj, nm, lit);
        return;
    }
    str mod = {NULL, 0};
    if (fk == w->sym->attribute && wk_eq(m, "attrgetter")) {
        mod = module_of(w, wk_child(w, f, "object"));
    } else if (fk == w->sym->identifier) {
        const binding *b = wk_bound_value(w, m);
        if (b && b->attr && b->attr_len == 10 && memcmp(b->attr, "attrgetter", 10) == 0)
            mod = (str){b->module, b->module_len};
    }
    if (!wk_eq(mod, "operator"))
        return;
    for (int i = 0;; i++) {
        TSNode a = positional_arg(w, call, i);
        if (ts_node_is_null(a))
            return;
        str lit = wk_string_value(w, a);
        size_t k = lit.len;
        while (k > 0 && lit.p[k - 1] != '.')
            k--;
        str last = {lit.p ? lit.p + k : NULL, lit.len - k};
        if (class_writer(last))
            wk_report(w, call, "store",
                      "attrgetter('%.*s') hands out a classmethod that writes into its class, "
                      "for whatever it is applied to: call the method directly",
                      (int)lit.len, lit.p);
        else if (mutating_method(last))
            wk_report(w, call, "store",
                      "attrgetter('%.*s') hands out a method that changes what it is read "
                      "from, for whatever it is applied to: call the method directly",
                      (int)lit.len, lit.p);
    }
}

/* A call that writes into its receiver or its first argument is a store into
 * it (SF_CALL): `R.append(x)`, `list.append(R, x)`, `heapq.heappush(R, x)`. A
 * splat or keyword first is not followed: a container handed that way to a
 * mutating function is a value the store rule cannot see (none of the functions
 * above takes its container by keyword). */
/* Public methods of the Thread objects the library shares (shared_call: the main
 * and current thread, threading.enumerate()'s) that write the instance's own
 * attributes: a call is a store on the receiver, as `t.name = ...` is (fifteenth
 * red team, family W: `threading.main_thread().run()` deletes _target, _args and
 * _kwargs from the interpreter's main-thread object; setName and setDaemon are
 * the method spellings of the name and daemon stores). Not the bookkeeping the
 * library keeps consistent itself: is_alive and join mark a finished thread
 * stopped. Nor the methods of the shared loggers: setLevel stores a level number
 * only (_checkLevel refuses anything else), and addHandler and addFilter on the
 * root logger are what logging.basicConfig(handlers=...) does, allowed; a
 * handler's calls are section 3's. tests/checker/self_writer_audit.py finds
 * every public method of threading's Thread classes whose source writes an
 * attribute of self (directly or through another of its methods) and checks
 * each is here or named there as bookkeeping. */
static bool self_writer(str m)
{
    static const str names[] = {ST("run"), ST("setName"), ST("setDaemon")};
    return m.p && m.len >= 3 && in_table(m, names, sizeof names / sizeof names[0]);
}

/* Can the program hold a Thread object the library shares (the main thread, the
 * current one, a pool's worker)? threading hands them out only through
 * current_thread (currentThread), main_thread and enumerate, and keeps them in
 * private tables (_active, _limbo, _main_thread, _dangling); no other allowed
 * module hands out a Thread. A program that names none of these, as an
 * identifier (NFKC, as every identifier here) or as a string literal's value
 * (getattr's literal names; a computed name on a module is refused), holds only the Thread objects it made, whose own
 * attributes are its to write: `.run()` there is its own thread's, and
 * `unittest.TextTestRunner(...).run(suite)` or `suite.run(result)` no thread's at
 * all. `enumerate` counts unless it is the plain builtin: as an attribute, or
 * where the program binds the name (a from-import of threading's). */
static bool shared_thread_named(walker *w, struct wk_stores *s)
{
    static const char *const names[] = {"current_thread", "currentThread", "main_thread",
                                        "_active", "_limbo", "_main_thread", "_dangling",
                                        "enumerate"};
    const size_t k = sizeof names / sizeof names[0];
    if (s->shared_thread)
        return s->shared_thread > 0;
    bool found = false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t count = an_nodes_count(w->nodes);
    for (size_t i = 0; i < count && !found; i++) {
        if (t[i].sym == w->sym->identifier) {
            str id = wk_ident(w, t[i].node);
            for (size_t j = 0; j + 1 < k && !found; j++)
                found = wk_eq(id, names[j]);
            if (!found && wk_eq(id, "enumerate")) {
                TSNode up = wk_parent_of(w, t[i].node);
                found = ts_node_symbol(up) != w->sym->call ||
                        wk_take_census(w, id).other > 0;
            }
        } else if (t[i].sym == w->sym->string) {
            str v = wk_string_value(w, t[i].node); /* decoded: "main\x5fthread" too */
            for (size_t j = 0; j < k && !found && v.p; j++)
                found = wk_eq(v, names[j]);
        }
    }
    s->shared_thread = found ? 1 : -1;
    return found;
}

/* Is class statement cls (or a program class named as its base, ten deep) a
 * class deriving from a container class, whose methods called through the
 * class write their first argument (`class B(list)`, `B.append(R, x)`)? */
static bool container_derived(walker *w, TSNode cls, int depth)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < n && depth < 10; i++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, i));
        for (int j = 0; j < 8 && ts_node_symbol(b) == w->sym->subscript; j++)
            b = wk_unparen(w, wk_child(w, b, "value"));
        str mod, fn;
        if (ts_node_symbol(b) == w->sym->keyword_argument || ts_node_symbol(b) == w->sym->comment)
            continue;
        if (ts_node_symbol(b) == w->sym->list_splat || container_class(w, b) ||
            (module_function(w, b, &mod, &fn) &&
             wk_eq_any(fn, CONTAINER_CLASSES, NCONTAINER_CLASSES)))
            return true;
        if (ts_node_symbol(b) == w->sym->identifier && program_container(w, wk_ident(w, b), depth + 1))
            return true;
    }
    return false;
}

/* Does a class statement called name derive from a container class? */
static bool program_container(walker *w, str name, int depth)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++)
        if (t[i].sym == w->sym->class_definition &&
            wk_same(wk_ident(w, wk_child(w, t[i].node, "name")), name) &&
            container_derived(w, t[i].node, depth))
            return true;
    return false;
}

/* Is name a class statement's name whose class derives from a container
 * class? The names are gathered once a walk, from the flat tree. */
static bool container_class_name(walker *w, struct wk_stores *s, str name)
{
    if (!s->containers_taken) {
        s->containers_taken = true;
        const an_node *t = an_nodes_get(w->nodes);
        size_t total = t ? t[0].end : 0;
        for (size_t i = 0; i < total && s->ncontainers < 16; i++)
            if (t[i].sym == w->sym->class_definition && container_derived(w, t[i].node, 0))
                s->containers[s->ncontainers++] = wk_ident(w, wk_child(w, t[i].node, "name"));
        if (s->ncontainers == 16)
            s->containers_full = true;
    }
    if (s->containers_full)
        return wk_take_census(w, name).classdefs > 0 && program_container(w, name, 0);
    for (size_t i = 0; i < s->ncontainers; i++)
        if (wk_same(s->containers[i], name))
            return true;
    return false;
}

/* Is recv a name of a class of the program deriving from a container class? */
static bool class_receiver(walker *w, TSNode recv)
{
    recv = wk_unparen(w, recv);
    return ts_node_symbol(recv) == w->sym->identifier && wk_take_census(w, wk_ident(w, recv)).classdefs > 0 &&
           program_container(w, wk_ident(w, recv), 0);
}

/* Does call take class n among its positional arguments (in a tuple: in_tuple)
 * without handing it back: isinstance and issubclass, which test with it, or
 * the builtin map and filter and collections.defaultdict as their first
 * argument, which they call (defaultdict keeps it as its default_factory,
 * whose read is a library object's attribute)? The others may return it (max,
 * min, next, getattr, typing.cast, copy.deepcopy, functools.reduce, dict:
 * rounds 25f, 25g). */
static bool class_consumer(walker *w, TSNode call, TSNode n, bool in_tuple)
{
    static const char *const testers[] = {"isinstance", "issubclass"};
    static const char *const callers[] = {"map", "filter"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode first = first_arg(w, call);
    bool at_first = !in_tuple && !ts_node_is_null(first) && ts_node_eq(first, n);
    str mod, fn;
    str name = ts_node_symbol(f) == w->sym->identifier ? wk_ident(w, f) : (str){NULL, 0};
    if (name.p && wk_builtin_unbound(w, name))
        return wk_eq_any(name, testers, 2) || (at_first && wk_eq_any(name, callers, 2));
    return at_first && module_function(w, f, &mod, &fn) && wk_eq(fn, "defaultdict") &&
           wk_eq(mod, "collections");
}

/* Is keyword argument kw one whose class the library only calls: `key=` of the
 * builtin sorted, min or max, `default_factory=` of collections.defaultdict or
 * dataclasses.field? Any other callee may keep it and hand it back (`dict(key=
 * list)["key"]`, a partial's call of a def of the program's: round 25g). */
static bool class_consumer_keyword(walker *w, TSNode kw)
{
    static const char *const keyed[] = {"sorted", "min", "max"};
    str k = wk_ident(w, wk_child(w, kw, "name"));
    TSNode args = wk_parent_of(w, kw);
    TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str mod, fn;
    if (wk_eq(k, "key"))
        return ts_node_symbol(f) == w->sym->identifier &&
               wk_eq_any(wk_ident(w, f), keyed, 3) && wk_builtin_unbound(w, wk_ident(w, f));
    if (!wk_eq(k, "default_factory") || !module_function(w, f, &mod, &fn))
        return false;
    return (wk_eq(mod, "collections") && wk_eq(fn, "defaultdict")) ||
           (wk_eq(mod, "dataclasses") && wk_eq(fn, "field"));
}

/* Does string node e hold a field (an f-string's `{...}`)? */
static bool interpolated(walker *w, TSNode e)
{
    uint32_t count = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < count; i++)
        if (ts_node_symbol(wk_named_child(w, e, i)) == w->sym->interpolation)
            return true;
    return false;
}

/* Is comparison p, with class name n among its operands, one that hands n to no
 * code of the program: identity only (`is`, `is not`), or every other operand a
 * class (a class statement's or a builtin class's name, `type(x)` of the builtin
 * type), None, a number or a string, whose type's comparison is the
 * interpreter's? Any other operand's __eq__, __lt__ or __contains__ receives the
 * class (round 29c: `Probe() == Ratio` raised it out of Probe.__eq__). */
static bool inert_comparison(walker *w, TSNode p, TSNode n)
{
    const an_syms *y = w->sym;
    if (wk_identity_comparison(w, p))
        return true;
    for (uint32_t j = 0; j < ts_node_named_child_count(p); j++) {
        TSNode o = wk_unparen(w, wk_named_child(w, p, j));
        if (ts_node_eq(o, n))
            continue;
        TSSymbol k = ts_node_symbol(o);
        if (k == y->none || k == y->integer || k == y->true_ || k == y->false_ ||
            strcmp(ts_node_type(o), "float") == 0 || (k == y->string && !interpolated(w, o)))
            continue; /* not an f-string: a lone field is what __format__ returned (29e) */
        if (k == y->identifier) {
            str on = wk_ident(w, o);
            wk_census c = wk_take_census(w, on);
            if ((c.classdefs == 1 && c.other == 0) || (wk_builtin_unbound(w, on) &&
                                                       wk_eq_any(on, CONTAINER_CLASSES,
                                                                 NCONTAINER_CLASSES)))
                continue;
            return false;
        }
        if (k == y->call) {
            TSNode f = wk_unparen(w, wk_child(w, o, "function"));
            if (ts_node_symbol(f) == y->identifier && wk_eq(wk_ident(w, f), "type") &&
                wk_builtin_unbound(w, wk_ident(w, f)))
                continue;
        }
        return false;
    }
    return true;
}

/* Identifier n (at depth): a container class (a builtin or library one, or a
 * class of the program deriving from one) used as a value, which a name, an
 * item or a parameter may then hold and call its methods through, writing
 * their first argument (round 25d: `L = dict; L.update(loggerDict, ...)`,
 * `[list][0].append(kwlist, x)`)? Not as a callee, the receiver of a method
 * called on it directly, a base, isinstance's or issubclass's class, a
 * comparison's operand, or an argument of a library call (defaultdict(list),
 * map(list, xs): the library calls it, or keeps it where a read of it is a
 * library object's attribute). */
static void class_value_use(walker *w, TSNode n, size_t depth)
{
    struct wk_stores *s = state(w);
    if (!s || (s->class_values && s->class_held) || depth == 0)
        return;
    str name = wk_ident(w, n);
    TSNode p = w->stack[depth - 1];
    TSSymbol ps = ts_node_symbol(p);
    const an_syms *y = w->sym;
    if ((ps == y->call && wk_child_is(w, p, "function", n)) ||
        (ps == y->attribute && wk_child_is(w, p, "object", n)) ||
        (ps == y->attribute && wk_child_is(w, p, "attribute", n)) ||
        (ps == y->comparison_operator && inert_comparison(w, p, n)) ||
        ps == y->class_definition || ps == y->function_definition || ps == y->parameters ||
        ps == y->dotted_name || ps == y->aliased_import)
        return; /* and the names an import binds */
    if ((ps == y->type || ps == y->generic_type) && !wk_annotation_readers(w) &&
        wk_annotation_inert(w, w->stack, depth, n))
        return; /* an annotation no reader of the program's hands back, and that
                 * hands the class to no code (round 29b: `x: getter[K]`) */
    if (ps == y->keyword_argument && wk_child_is(w, p, "value", n) && class_consumer_keyword(w, p))
        return;
    size_t at = depth - 1; /* the argument list n is in, directly or in a tuple */
    if (ps == y->tuple && at > 0)
        at--;
    if (ts_node_symbol(w->stack[at]) == y->argument_list && at > 0) {
        TSNode call = w->stack[at - 1];
        if (ts_node_symbol(call) == y->class_definition)
            return; /* a base */
        if (ts_node_symbol(call) == y->call && class_consumer(w, call, n, ps == y->tuple))
            return;
    }
    if (!s->class_values &&
        (wk_eq_any(name, CONTAINER_CLASSES, NCONTAINER_CLASSES) || container_class_name(w, s, name)))
        s->class_values = true;
    if (!s->class_held && wk_take_census(w, name).classdefs > 0)
        s->class_held = true;
}

/* Is name bound by an import of a mutating function, under any name (round
 * 25f: `from operator import iadd as grow`)? */
static bool mutating_import(walker *w, str name)
{
    const binding *b = wk_bound_value(w, name);
    return b && (mutating_function(name) ||
                 (b->attr && mutating_function((str){b->attr, b->attr_len})));
}

/* The object a call that writes its first argument writes (`list.append(R, x)`,
 * `heapq.heappush(R, x)`): that argument, written out. In a splat or given by
 * keyword it is not located, and the call is refused (round 25d:
 * `list.append(*[sys.argv, x])` was judged on nothing). */
static TSNode written_first(walker *w, TSNode call, str m)
{
    TSNode a = first_arg(w, call);
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(a) && !ts_node_is_null(args) && call_nargs(w, args) > 0)
        wk_report(w, call, "store",
                  "'%.*s' writes into its first argument, which must be written out here "
                  "(not in a splat or by keyword): the checker judges the object it writes",
                  (int)m.len, m.p);
    return a;
}

static void mutating_call(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol fk = ts_node_symbol(f);
    str m = fk == w->sym->attribute    ? wk_ident(w, wk_child(w, f, "attribute"))
            : fk == w->sym->identifier ? wk_ident(w, f)
                                       : (str){NULL, 0};
    if (!m.p)
        return;
    if (wk_eq(m, "methodcaller") || fk == w->sym->identifier) {
        if (mutating_caller(w, call, f))
            return;
    }
    if (fk == w->sym->identifier || (m.len == 10 && m.p[0] == 'a'))
        class_writer_by_name(w, call, f, m); /* getattr, attrgetter or an alias */
    if (fk == w->sym->attribute && self_writer(m) && !module_of(w, wk_child(w, f, "object")).p &&
        shared_thread_named(w, state(w)))
        queue_store(w, call, wk_child(w, f, "object"), m, SF_SELFW);
    if (fk == w->sym->attribute && mutating_method(m) &&
        !module_of(w, wk_child(w, f, "object")).p) { /* operator.add is no method */
        TSNode recv = wk_child(w, f, "object");
        if (container_class(w, recv) || class_receiver(w, recv))
            queue_store(w, call, written_first(w, call, m), m, SF_CALL);
        if (!container_class(w, recv)) {
            queue_store(w, call, recv, m, SF_CALL);
            TSNode first = first_arg(w, call), args = wk_child(w, call, "arguments");
            if (!ts_node_is_null(first))
                queue_store(w, call, first, m, SF_FIRST);
            else if (!ts_node_is_null(args) && call_nargs(w, args) > 0)
                queue_store(w, call, args, m, SF_FIRST);
        }
        if (two_arg_super(w, recv)) /* super(C, C).m(R, ...): m's self is R */
            queue_store(w, call, written_first(w, call, m), m, SF_CALL);
    } else if (fk == w->sym->attribute ? mutating_function(m) : mutating_import(w, m)) {
        queue_store(w, call, written_first(w, call, m), m, SF_CALL);
    }
}

/* A mutating method or function taken as a value (`g = lst.append`,
 * `map(lst.append, xs)`, `f = heapq.heappush`) makes its calls where the rule
 * does not see them: judged as the call it will make, with arguments that may
 * be anything. Bound to a container of the program's, that is a store into the
 * container (SF_CALL, judged by where it may come from) that may put any value
 * into it; through a class (`list.append`), a module (`heapq.heappush`,
 * `operator.setitem`) or a from-import, the container is an argument the
 * checker never sees: refused. */
static void mutating_value(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth == 0)
        return;
    /* n is the node the walk visits, stack[depth]: the symbols are the stack's */
    TSNode p = w->stack[depth - 1];
    if (wk_stack_sym(w, depth - 1) == y->call && ts_node_start_byte(p) == ts_node_start_byte(n))
        return; /* the callee: a call mutating_call judges */
    TSSymbol k = wk_stack_sym(w, depth);
    str m;
    TSNode recv = {0};
    if (k == y->attribute) {
        /* the attribute's name is its last named child (a field lookup per
         * attribute node costs more than the rest of this) */
        uint32_t nc = ts_node_named_child_count(n);
        TSNode an = nc ? wk_named_child(w, n, nc - 1) : (TSNode){0};
        if (ts_node_is_null(an) || ts_node_symbol(an) != y->identifier)
            return;
        m = wk_ident(w, an);
        bool fn = mutating_function(m);
        if (!fn && !mutating_method(m))
            return;
        recv = wk_child(w, n, "object");
        bool mod = module_of(w, recv).p != NULL;
        if (!(mod ? fn : mutating_method(m)))
            return;
        /* an argparse.Namespace has no such method: `args.sort` is the dest of
         * a `--sort` option (honest30 p51), a value whose uses are judged where
         * they stand (a bound mutator put there by default=, const= or an
         * action was one taken as a value where it was written) */
        if (!mod && wk_namespace_name(w, recv))
            return;
        /* a generic alias forwards attribute reads to its origin: `list[str].append`
         * is list.append (round 27a) */
        TSNode cls = recv;
        for (int i = 0; i < 8 && ts_node_symbol(cls = wk_unparen(w, cls)) == y->subscript; i++)
            cls = wk_child(w, cls, "value");
        if (mod || container_class(w, cls)) {
            wk_report(w, n, "store",
                      "'%.*s' changes its first argument, and taken as a value it is called "
                      "where the checker cannot see with what: call it directly",
                      (int)m.len, m.p);
            return;
        }
    } else if (k == y->identifier) {
        m = wk_ident(w, n);
        if (m.len < 3 || !strchr("hisd", m.p[0])) /* no mutating function's name */
            return;
        TSSymbol ps = wk_stack_sym(w, depth - 1);
        if (ps == y->attribute || ps == y->dotted_name || ps == y->aliased_import ||
            ps == y->import_from_statement ||
            (ps == y->keyword_argument && ts_node_start_byte(p) == ts_node_start_byte(n)) ||
            !mutating_function(m) || !wk_bound_value(w, m))
            return;
        wk_report(w, n, "store",
                  "'%.*s' changes its first argument, and taken as a value it is called "
                  "where the checker cannot see with what: call it directly",
                  (int)m.len, m.p);
        return;
    } else {
        return;
    }
    mutator_bound(w, n, recv, m, true);
}

/* Mutating methods (mutating_method's names) that put nothing into their receiver
 * on any of the audited container classes that has one: they remove, reorder or
 * clear (list, dict, set, bytearray, deque, Counter, OrderedDict, defaultdict,
 * ChainMap, UserDict, UserList, array: pop and popitem hand an item out and
 * dict.pop's default is returned, never stored; remove and discard compare and
 * drop; sort calls its key on the items; move_to_end moves a key it has). Not
 * subtract (Counter.subtract inserts its argument's keys), nor the
 * intersection_update of a set (which may keep the argument's equal element). */
static bool removing_method(str m)
{
    static const str names[] = {ST("pop"),     ST("popitem"), ST("popleft"),     ST("remove"),
                                ST("discard"), ST("clear"),   ST("sort"),        ST("reverse"),
                                ST("rotate"),  ST("byteswap"), ST("move_to_end"), ST("__delitem__")};
    return m.p && in_table(m, names, sizeof names / sizeof names[0]);
}

/* recv.m, m a mutating method, held as a value (at: where): a store into recv
 * that may put any value into it (its flows see it filled with anything), unless
 * m is a removing method, which changes recv but never fills it: `pop` handed to
 * unittest's assertRaises or kept in a list of actions is judged as the store
 * into recv it is (a module's list stays read-only), and recv's items stay what
 * the program put there. A program's own method of that name taken as a value is
 * a function that escapes (its parameters and returns are the escape flows').
 * exact: m is the name itself, not the first mutating method a prefix may
 * complete to (`getattr(R, "s" + t)` may be `sort` or `setdefault`). */
static void mutator_bound(walker *w, TSNode at, TSNode recv, str m, bool exact)
{
    queue_store(w, at, recv, m, SF_CALL);
    if (exact && removing_method(m))
        return;
    unsigned d;
    uint32_t root;
    str key = call_rooted_key(w, recv, &d, &root);
    if (!key.p)
        return;
    st_event *ev = add_iter_event(w, key, at, EV_ANY, d + 1, 0);
    if (ev) {
        ev->root = root;
        ev->into = 1;
    }
}

/* The leftmost operand of a chain of binary operators ("do_" + cmd + "x": the
 * literal that is a computed name's prefix), or n itself. */
static TSNode leftmost_operand(walker *w, TSNode n)
{
    for (int i = 0; i < 64 && !ts_node_is_null(n); i++) {
        n = wk_unparen(w, n);
        if (ts_node_symbol(n) != w->sym->binary_operator)
            break;
        n = wk_child(w, n, "left");
    }
    return n;
}

/* A mutating method's name in the string a getattr reads (nm: the argument;
 * lit: its value when it is a literal): the name itself, or, for "app" + t, the
 * first mutating method the prefix may complete to. */
static str mutator_named(walker *w, TSNode nm, str lit)
{
    if (lit.p)
        return mutating_method(lit) ? lit : (str){NULL, 0};
    TSNode a = leftmost_operand(w, nm);
    str pre = ts_node_is_null(a) ? (str){NULL, 0} : wk_string_value(w, a);
    return pre.p && pre.len ? mutating_prefix(pre) : (str){NULL, 0};
}

/* getattr(R, "append"), getattr(R, "app" + t): R.append taken as a value
 * (mutating_value), whatever spells the name. */
static void mutator_by_name(walker *w, TSNode call, TSNode obj, TSNode nm, str lit)
{
    str m = ts_node_is_null(obj) || ts_node_is_null(nm) ? (str){NULL, 0}
                                                         : mutator_named(w, nm, lit);
    if (!m.p)
        return;
    if (module_of(w, obj).p || container_class(w, obj)) {
        wk_report(w, call, "store",
                  "getattr reads '%.*s', which changes its first argument, and taken as a "
                  "value it is called where the checker cannot see with what: call it "
                  "directly",
                  (int)m.len, m.p);
        return;
    }
    mutator_bound(w, call, obj, m, lit.p != NULL);
}

/* Library functions that write attributes onto what they are given (audited
 * over the allowed modules' sources, the module-level functions and what they
 * call with their parameters, frozen abc included): unittest's skip, skipIf,
 * skipUnless and expectedFailure; functools.total_ordering and update_wrapper
 * (and wraps(...), which calls it); typing's final, no_type_check,
 * runtime_checkable, dataclass_transform(...) and no_type_check_decorator(d),
 * whose result runs no_type_check on what d returns; abc.abstractmethod (also
 * re-exported by typing and numbers) and update_abstractmethods;
 * dataclasses.dataclass; enum.global_enum. `direct` is the positional argument
 * written by the call itself (skip(f) with a function writes into f at once;
 * skipIf(cond, f) passes f on to skip), -1 for none; `factory` when the call's
 * result is a decorator that writes into what it is applied to. */
typedef struct writer_fn {
    str name;
    int8_t direct;
    bool factory;
} writer_fn;
_Static_assert(offsetof(writer_fn, name) == 0, "find_named reads the name first");

static const writer_fn *writer_function(str name)
{
    static const writer_fn table[] = {
        {ST("skip"), 0, true},           {ST("skipIf"), 1, true},
        {ST("skipUnless"), 1, true},     {ST("expectedFailure"), 0, false},
        {ST("total_ordering"), 0, false}, {ST("update_wrapper"), 0, false},
        {ST("wraps"), -1, true},         {ST("final"), 0, false},
        {ST("no_type_check"), 0, false}, {ST("runtime_checkable"), 0, false},
        {ST("dataclass_transform"), -1, true}, {ST("no_type_check_decorator"), -1, true},
        {ST("abstractmethod"), 0, false}, {ST("update_abstractmethods"), 0, false},
        {ST("dataclass"), 0, true},      {ST("global_enum"), 0, false},
        {ST("abstractclassmethod"), 0, false}, {ST("abstractstaticmethod"), 0, false}};
    if (!name.p || name.len < 4 || !strchr("setuwfnradg", name.p[0]))
        return NULL;
    return FIND_NAMED(table, name);
}

/* The positional argument i of a call (no splat before it), or a null node. */
static TSNode positional_arg(walker *w, TSNode call, int i)
{
    TSNode args = wk_child(w, call, "arguments");
    if (i < 0 || ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t j = 0; j < n; j++) {
        TSNode a = wk_named_child(w, args, j);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
            as == w->sym->dictionary_splat)
            return (TSNode){0};
        if (i-- == 0)
            return a;
    }
    return (TSNode){0};
}

static bool module_function(walker *w, TSNode f, str *mod, str *fn);

/* Does any from-import bind a writer, under any name? Once a walk. */
static bool writers_bound(walker *w, struct wk_stores *s)
{
    if (s->writers_bound == 0) {
        s->writers_bound = -1;
        for (size_t i = 0; i < w->nbinds; i++)
            if (w->binds[i].kind == BIND_VALUE && w->binds[i].module && w->binds[i].attr &&
                writer_function((str){w->binds[i].attr, w->binds[i].attr_len}))
                s->writers_bound = 1;
    }
    return s->writers_bound > 0;
}

/* A library function that writes onto its argument (writer_function), named
 * at n (`typing.final`, or a from-import's name). Used as a decorator of the
 * program's def or class it writes into the program's own object. Called, it
 * is a store into the argument it writes (judged at the attribute level, by
 * where that argument may come from, as `x.a = v` is): `typing.final(C)`,
 * `unittest.skip("r")(C)`. Anywhere else (held in a name, handed to map, a
 * factory's decorator kept for later) it writes where the checker cannot see
 * into what: refused. */
static void writer_use(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth == 0)
        return;
    /* n is the node the walk visits, stack[depth]: the symbols are the stack's */
    TSNode p = w->stack[depth - 1];
    TSSymbol ps = wk_stack_sym(w, depth - 1);
    str name;
    if (wk_stack_sym(w, depth) == y->attribute) {
        uint32_t nc = ts_node_named_child_count(n);
        TSNode an = nc ? wk_named_child(w, n, nc - 1) : (TSNode){0};
        if (ts_node_is_null(an) || ts_node_symbol(an) != y->identifier)
            return;
        name = wk_ident(w, an);
        TSNode recv = wk_child(w, n, "object");
        if (class_writer(name) && !module_of(w, recv).p) {
            /* a classmethod writing into the receiver's class: called, or
             * taken as a value (it is bound to that class either way) */
            queue_store(w, n, recv, name, SF_CLASS);
            return;
        }
        if (wk_eq(name, "register") && !module_of(w, recv).p) {
            /* an ABC's register (ABCMeta.register) writes into the receiver's
             * registry: `collections.abc.Sequence.register(K)`, also as a
             * decorator or a value, changes isinstance for the whole process */
            queue_store(w, n, recv, name, SF_WRITER);
            return;
        }
        if (!writer_function(name) || !module_of(w, recv).p)
            return;
    } else {
        if (ps == y->attribute || ps == y->dotted_name || ps == y->aliased_import ||
            ps == y->import_from_statement || ps == y->keyword_argument ||
            ps == y->function_definition || ps == y->class_definition)
            return;
        struct wk_stores *s = state(w);
        if (!s || !writers_bound(w, s))
            return;
        const binding *b = wk_bound_value(w, wk_ident(w, n));
        if (!b || !b->module || !b->attr)
            return;
        name = (str){b->attr, b->attr_len};
    }
    const writer_fn *wf = writer_function(name);
    if (!wf)
        return;
    /* climb parentheses */
    size_t d = depth;
    TSNode at = n;
    while (d > 0 && wk_stack_sym(w, d - 1) == y->parenthesized_expression)
        at = w->stack[--d];
    if (d == 0)
        return;
    p = w->stack[d - 1];
    ps = wk_stack_sym(w, d - 1);
    if (ps == y->decorator)
        return; /* @typing.final over the program's def or class */
    if (ps == y->call && ts_node_start_byte(p) == ts_node_start_byte(at) &&
        ts_node_end_byte(wk_child(w, p, "function")) == ts_node_end_byte(at)) {
        TSNode direct = positional_arg(w, p, wf->direct);
        if (!ts_node_is_null(direct))
            queue_store(w, p, direct, name, SF_WRITER);
        if (!wf->factory)
            return;
        /* the decorator the factory made: applied at once, or as a decorator */
        size_t e = d - 1;
        TSNode made = p;
        while (e > 0 && wk_stack_sym(w, e - 1) == y->parenthesized_expression)
            made = w->stack[--e];
        if (e == 0)
            return;
        TSNode q = w->stack[e - 1];
        if (ts_node_symbol(q) == y->decorator)
            return;
        if (ts_node_symbol(q) == y->call && ts_node_start_byte(q) == ts_node_start_byte(made) &&
            ts_node_end_byte(wk_child(w, q, "function")) == ts_node_end_byte(made)) {
            TSNode target = positional_arg(w, q, 0);
            if (!ts_node_is_null(target))
                queue_store(w, q, target, name, SF_WRITER);
            else
                wk_report(w, q, "store",
                          "what '%.*s(...)' makes writes attributes onto its argument, given "
                          "here in a form the checker does not follow: pass it positionally",
                          (int)name.len, name.p);
            return;
        }
        wk_report(w, p, "store",
                  "what '%.*s(...)' makes writes attributes onto what it is applied to, and "
                  "kept as a value it is applied where the checker cannot see to what: use "
                  "it as a decorator, @%.*s(...), over your own def or class",
                  (int)name.len, name.p, (int)name.len, name.p);
        return;
    }
    wk_report(w, n, "store",
              "'%.*s' writes attributes onto its argument, and taken as a value it is called "
              "where the checker cannot see on what: use it as a decorator over your own def "
              "or class, or call it directly",
              (int)name.len, name.p);
}

/* Methods of the allowed modules' classes that write into an ARGUMENT, not their
 * receiver (issue 13, family W; scripts/audit-method-writers.py reads every
 * class's source for writes into a parameter): `ChainMap.new_child(m, **kw)`
 * runs `m.update(kw)`; an event loop's `call_exception_handler(context)` and
 * `default_exception_handler(context)` store into `context` (the loop is never
 * handed out, but a program class may define them). The checker does not type
 * receivers, so each is judged by its name on any receiver, as the store it
 * makes into that argument (SF_CALL: an item store or update, judged at level 0
 * as `m.update(...)` is). pos: the argument's positional index, kw its keyword
 * name. (`PrettyPrinter.format(object, context, ...)` stores into `context`
 * too: rule `format` allows `.format` on string literals and literal templates
 * only.) And with pos -1, logging's Manager methods that set what the registry
 * builds (issue 13, family L): `manager.setLoggerClass(K)` makes every logger
 * created after it, asyncio's own when it is imported later, an instance of the
 * program's class, and `setLogRecordFactory(f)` makes f build every record; the
 * manager is reached only through a logger (`.manager`, a library attribute),
 * so the call is judged as an attribute store into its receiver (SF_WRITER). */
/* Does any from-import bind operator's attrgetter or methodcaller, under any
 * name (`from operator import methodcaller as mc`)? Once a walk. */
static bool getters_bound(walker *w)
{
    struct wk_stores *s = state(w);
    if (!s)
        return false;
    if (s->getters_bound == 0) {
        s->getters_bound = -1;
        for (size_t i = 0; i < w->nbinds; i++) {
            const binding *b = &w->binds[i];
            if (b->kind == BIND_VALUE && b->attr &&
                ((b->attr_len == 10 && memcmp(b->attr, "attrgetter", 10) == 0) ||
                 (b->attr_len == 12 && memcmp(b->attr, "methodcaller", 12) == 0)))
                s->getters_bound = 1;
        }
    }
    return s->getters_bound > 0;
}

/* Might node n (an identifier, or an attribute: its name ends it) be named by one
 * of names? Read from the bytes that end n, with no child lookup (every call and
 * attribute passes here). In a program that is not all ASCII an identifier's
 * text is not its name (NFKC): the caller then takes the name. */
static bool maybe_name(const walker *w, TSNode n, const str *names, size_t count)
{
    if (ts_node_is_null(n))
        return false;
    if (!w->ascii)
        return true;
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    if (b < a + 7) /* every name is 7 bytes or more */
        return false;
    char z = w->text[b - 1]; /* and ends in one of these */
    if (z != 'd' && z != 'r' && z != 'y' && z != 's' && z != 'e')
        return false;
    for (size_t i = 0; i < count; i++) {
        size_t len = names[i].len;
        if (names[i].p[len - 1] != z || b - a < len ||
            memcmp(w->text + b - len, names[i].p, len) != 0)
            continue;
        char c = b - len > a ? w->text[b - len - 1] : '.';
        if (!(c == '_' || (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u))
            return true;
    }
    return false;
}

/* The names maybe_name looks for: the argument writers (arg_writer_method), the
 * factory keywords (factory_keyword), and the callees issue13_call judges. */
static const str writer_names[] = {ST("new_child"), ST("call_exception_handler"),
                                   ST("default_exception_handler"), ST("setLoggerClass"),
                                   ST("setLogRecordFactory")};
static const str factory_names[] = {ST("dict_type"), ST("resultclass")};
static const str call_names[] = {
    ST("new_child"),    ST("call_exception_handler"), ST("default_exception_handler"),
    ST("setLoggerClass"), ST("setLogRecordFactory"), ST("getattr"),
    ST("attrgetter"),   ST("methodcaller"),         ST("setattr"),
    ST("ConfigParser"), ST("RawConfigParser"),      ST("SafeConfigParser"),
    ST("TextTestRunner")};
#define NAMES(t) t, sizeof t / sizeof t[0]

str wk_stores_writer_completing(str pre)
{
    for (size_t i = 0; pre.p && i < sizeof writer_names / sizeof writer_names[0]; i++)
        if (pre.len <= writer_names[i].len && memcmp(writer_names[i].p, pre.p, pre.len) == 0)
            return writer_names[i];
    return (str){NULL, 0};
}

/* The identifier a callee or an attribute is named by (an attribute's name is its
 * last named child: a field lookup costs more), or a null node. */
static TSNode last_name(const walker *w, TSNode f)
{
    TSSymbol k = ts_node_symbol(f);
    if (k == w->sym->identifier)
        return f;
    if (k != w->sym->attribute)
        return (TSNode){0};
    uint32_t nc = ts_node_named_child_count(f);
    TSNode an = nc ? ts_node_named_child(f, nc - 1) : (TSNode){0};
    return !ts_node_is_null(an) && ts_node_symbol(an) == w->sym->identifier ? an : (TSNode){0};
}

typedef struct arg_writer {
    str name;
    int8_t pos;
    str kw;
} arg_writer;
_Static_assert(offsetof(arg_writer, name) == 0, "find_named reads the name first");

static const arg_writer *arg_writer_method(str name)
{
    static const arg_writer table[] = {{ST("new_child"), 0, ST("m")},
                                       {ST("call_exception_handler"), 0, ST("context")},
                                       {ST("default_exception_handler"), 0, ST("context")},
                                       {ST("setLoggerClass"), -1, ST("")},
                                       {ST("setLogRecordFactory"), -1, ST("")}};
    if (!name.p || name.len < 9 || !strchr("ncds", name.p[0]))
        return NULL;
    return FIND_NAMED(table, name);
}

/* A call of an argument writer (arg_writer_method) by name: a store into the
 * argument it writes. Given through a splat, that argument is out of sight:
 * refused. Named by a string (`getattr(x, "new_child")`, `attrgetter`,
 * `methodcaller`), the method is handed out for arguments the checker does not
 * see: refused (call it directly). */
static void arg_writer_call(walker *w, TSNode call, TSNode f, str m)
{
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    TSSymbol fk = ts_node_symbol(f);
    if ((m.len == 7 && wk_eq(m, "getattr")) || (m.len == 10 && m.p[0] == 'a') ||
        (m.len == 12 && m.p[0] == 'm') || (fk == w->sym->identifier && getters_bound(w))) {
        str mod, fn;
        bool by_string = fk == w->sym->identifier && wk_eq(m, "getattr") && !wk_bound_value(w, m);
        if (!by_string && module_function(w, f, &mod, &fn) && wk_eq(mod, "operator") &&
            (wk_eq(fn, "attrgetter") || wk_eq(fn, "methodcaller")))
            by_string = true;
        if (!by_string)
            return;
        TSNode a = positional_arg(w, call, wk_eq(m, "getattr") ? 1 : 0);
        str lit = ts_node_is_null(a) ? (str){NULL, 0} : wk_string_value(w, a);
        size_t k = lit.len; /* attrgetter("a.new_child"): the last part */
        while (k > 0 && lit.p[k - 1] != '.')
            k--;
        str last = {lit.p ? lit.p + k : NULL, lit.len - k};
        const arg_writer *aw = arg_writer_method(last);
        if (aw)
            wk_report(w, call, "store",
                      "'%.*s' writes into its argument or receiver (ChainMap.new_child(m, **kw) "
                      "runs m.update(kw)), and fetched by a string it is called where the "
                      "checker cannot see with what: call it directly, x.%.*s(...)",
                      (int)last.len, last.p, (int)last.len, last.p);
        return;
    }
    if (fk != w->sym->attribute)
        return;
    const arg_writer *aw = arg_writer_method(m);
    if (!aw)
        return;
    if (aw->pos < 0) {
        queue_store(w, call, wk_child(w, f, "object"), m, SF_WRITER);
        return;
    }
    TSNode pos = {0}, kw = {0};
    bool splat = false;
    int npos = 0;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->list_splat || as == w->sym->dictionary_splat) {
            splat = true;
        } else if (as == w->sym->keyword_argument) {
            str kn = wk_ident(w, wk_child(w, a, "name"));
            if (kn.p && kn.len == aw->kw.len && memcmp(kn.p, aw->kw.p, kn.len) == 0)
                kw = wk_child(w, a, "value");
        } else {
            if (npos == aw->pos && !splat)
                pos = a;
            npos++;
        }
    }
    TSNode target = !ts_node_is_null(kw) ? kw : pos;
    if (!ts_node_is_null(target)) {
        queue_store(w, call, target, m, SF_CALL);
        return;
    }
    if (splat)
        wk_report(w, call, "store",
                  "'%.*s' writes into its argument (ChainMap.new_child(m, **kw) runs "
                  "m.update(kw)), given here through a splat the checker does not follow: "
                  "pass it written out",
                  (int)m.len, m.p);
}

/* An argument writer taken as a value (`nc = cm.new_child`, a class pattern's
 * capture) is called where the checker cannot see with what: refused. */
static void arg_writer_value(walker *w, TSNode n, size_t depth)
{
    if (depth == 0)
        return;
    TSNode p = w->stack[depth - 1];
    if (wk_stack_sym(w, depth - 1) == w->sym->call &&
        ts_node_start_byte(p) == ts_node_start_byte(n))
        return; /* the callee: arg_writer_call judges the call */
    if (!maybe_name(w, n, NAMES(writer_names)))
        return;
    TSNode an = last_name(w, n);
    if (ts_node_is_null(an))
        return;
    str m = wk_ident(w, an);
    const arg_writer *aw = arg_writer_method(m);
    if (!aw)
        return;
    /* a store target is the store rule's; `x.new_child.__call__` is the method
     * taken as a value too */
    TSSymbol ps = wk_stack_sym(w, depth - 1);
    if ((ps == w->sym->assignment || ps == w->sym->augmented_assignment) &&
        ts_node_start_byte(p) == ts_node_start_byte(n))
        return;
    wk_report(w, n, "store",
              "'%.*s' writes into its argument or receiver (ChainMap.new_child(m, **kw) runs "
              "m.update(kw)), and taken as a value it is called where the checker cannot see "
              "with what: call it directly",
              (int)m.len, m.p);
}

/* Keywords (and attributes) by which the library is handed a callable whose
 * RETURN it writes into (issue 13, family F; the allowed modules' factory
 * parameters reviewed by hand, rules/README.md section 4): configparser's
 * `dict_type` (the parser builds its section tables, proxies and option dicts
 * with `dict_type()` and fills them: an item write, level 0) and unittest's
 * `resultclass` (TextTestRunner.run sets `failfast`, `buffer`, `tb_locals` on
 * what `resultclass(...)` returns: an attribute write, level 1). The other
 * factory parameters' returns are kept or read, never written into: json's
 * object_hook/object_pairs_hook, defaultdict's and field()'s default_factory
 * (the program's own writes through them are the store rule's), dataclasses'
 * dict_factory, Thread's target, contextmanager, cached_property. */
static bool factory_keyword(str name)
{
    return name.len > 8 && (wk_eq(name, "dict_type") || wk_eq(name, "resultclass"));
}

/* Queues a factory site (SF_FSITE): value v handed as factory `name`, resolved
 * after the pass (factory_sites). */
static void factory_site(walker *w, TSNode at, TSNode v, str name)
{
    queue_store(w, at, v, name, SF_FSITE);
}

/* The positional index of a library constructor's factory parameter, by the
 * class's name (ConfigParser(defaults, dict_type), TextTestRunner(stream,
 * descriptions, verbosity, failfast, buffer, resultclass)), or -1. */
static int factory_position(str cls, str *kw)
{
    static const char *const parsers[] = {"ConfigParser", "RawConfigParser", "SafeConfigParser"};
    if (wk_eq_any(cls, parsers, sizeof parsers / sizeof parsers[0])) {
        *kw = (str){"dict_type", 9};
        return 1;
    }
    if (wk_eq(cls, "TextTestRunner")) {
        *kw = (str){"resultclass", 11};
        return 5;
    }
    return -1;
}

/* A factory handed by keyword, on any call (the checker does not type callees;
 * a keyword of that name on the program's own call is rare), or by position to
 * the library classes by name, or setattr(x, "resultclass", f). */
static void factory_keyword_arg(walker *w, TSNode a)
{
    TSNode name = wk_child(w, a, "name");
    if (!maybe_name(w, name, NAMES(factory_names)))
        return;
    str kn = wk_ident(w, name);
    if (factory_keyword(kn))
        factory_site(w, a, wk_child(w, a, "value"), kn);
}

static void factory_call(walker *w, TSNode call, TSNode f, str cls)
{
    TSSymbol fk = ts_node_symbol(f);
    if (fk == w->sym->identifier && wk_eq(cls, "setattr") && !wk_bound_value(w, cls)) {
        TSNode nm = positional_arg(w, call, 1);
        str lit = ts_node_is_null(nm) ? (str){NULL, 0} : wk_string_value(w, nm);
        TSNode v = positional_arg(w, call, 2);
        if (factory_keyword(lit) && !ts_node_is_null(v))
            factory_site(w, call, v, lit);
        return;
    }
    str kw;
    int pos = factory_position(cls, &kw);
    TSNode v = pos < 0 ? (TSNode){0} : positional_arg(w, call, pos);
    if (!ts_node_is_null(v))
        factory_site(w, call, v, kw);
}

/* Is base expression b a class named where it stands: a builtin, a class
 * statement of the program, a library class by its module path or its
 * from-import (what it holds is judged where it is named), or one of those
 * subscripted (Generic[T], Mapping[str, int])? */
static bool named_class_base(walker *w, TSNode b)
{
    if (ts_node_is_null(b))
        return false;
    b = wk_unparen(w, b);
    TSSymbol k = ts_node_symbol(b);
    if (k == w->sym->subscript)
        return named_class_base(w, wk_child(w, b, "value"));
    if (k == w->sym->attribute)
        return module_of(w, wk_child(w, b, "object")).p != NULL;
    if (k != w->sym->identifier)
        return false;
    str name = wk_ident(w, b);
    if (wk_builtin_unbound(w, name) || wk_import_only(w, name))
        return true;
    wk_census c = wk_take_census(w, name);
    return c.classdefs > 0 && c.other == 0;
}

/* A class holds what its bases hold (round 30a/30b: `class P(namedtuple("P",
 * ["x"], defaults=[sys.argv]))`, or the namedtuple bound to a name first: every
 * P() shares the defaults, `P().x` is sys.argv): a base that is no class named
 * where it stands (named_class_base) but a call's result or a name bound
 * otherwise is held one item down, as a body's binding is ("(body)C",
 * body_parts), so what an instance may hand out includes its parts. */
static void class_holds_bases(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses"), cn = wk_child(w, cls, "name");
    struct wk_stores *s = state(w);
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    if (!s || ts_node_is_null(cn))
        return;
    str body = prefixed_key(w, "(body)", wk_ident(w, cn));
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        TSSymbol k = ts_node_symbol(b);
        if (k == w->sym->comment || k == w->sym->keyword_argument)
            continue;
        /* a program class base shares its objects with the subclass: what is
         * stored into a part of either's instance the other holds too (reads
         * take the bases' bodies: base_bodies) */
        if (k == w->sym->identifier && wk_take_census(w, wk_ident(w, b)).classdefs > 0) {
            str bb = prefixed_key(w, "(body)", wk_ident(w, b));
            add_alias(w, body, 0, bb, 0, 0, 0, true, b);
            add_alias(w, bb, 0, body, 0, 0, 0, true, b);
            s->body_holds = true;
        }
        if (named_class_base(w, b))
            continue;
        s->body_holds = true;
        /* a class a library function made (namedtuple, NamedTuple, Enum, ...),
         * where it stands or through the one assignment of its name, holds what
         * that call was given; anything else is held as it is */
        TSNode made = b;
        if (k == w->sym->identifier) {
            TSNode asg = wk_sole_assignment(w, wk_ident(w, b));
            TSNode right = ts_node_is_null(asg) ? asg : wk_child(w, asg, "right");
            if (!ts_node_is_null(right)) /* `Base: T` alone has none */
                made = wk_unparen(w, right);
        }
        str mod, fn;
        TSNode args = ts_node_symbol(made) == w->sym->call ? wk_child(w, made, "arguments")
                                                          : (TSNode){0};
        if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
            !module_function(w, wk_child(w, made, "function"), &mod, &fn)) {
            add_iter_event(w, body, b, EV_HOLD, 1, 0);
            continue;
        }
        uint32_t na = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < na; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol ak = ts_node_symbol(a);
            if (ak == w->sym->comment)
                continue;
            if (ak == w->sym->keyword_argument)
                a = wk_child(w, a, "value");
            else if (ak == w->sym->list_splat || ak == w->sym->dictionary_splat)
                a = wk_named_child(w, a, 0);
            add_iter_event(w, body, a, EV_HOLD, 1, 0);
        }
    }
}

/* A class statement with a base named like a library class with a factory
 * parameter by position: its calls are found after the pass (factory_sites),
 * which runs only when a store is queued, so a placeholder is (SF_SKIP). */
static void factory_base(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        TSSymbol bk = ts_node_symbol(b);
        str bn = bk == w->sym->attribute    ? wk_ident(w, wk_child(w, b, "attribute"))
                 : bk == w->sym->identifier ? wk_ident(w, b)
                                            : (str){NULL, 0};
        str kw;
        if (bn.p && bn.len >= 12 && factory_position(bn, &kw) >= 0) {
            queue_store(w, cls, b, kw, SF_SKIP);
            return;
        }
    }
}

/* `x.resultclass = f`, and `resultclass = f` in a class body (a TextTestRunner
 * subclass's class attribute): the factory the library will call. */
static void factory_assign(walker *w, TSNode n, size_t depth)
{
    TSNode left = wk_unparen(w, wk_child(w, n, "left"));
    if (ts_node_is_null(left) || !maybe_name(w, left, NAMES(factory_names)))
        return;
    TSNode right = wk_child(w, n, "right");
    if (ts_node_is_null(right))
        return;
    TSSymbol k = ts_node_symbol(left);
    str name = k == w->sym->attribute ? wk_ident(w, wk_child(w, left, "attribute"))
               : k == w->sym->identifier ? wk_ident(w, left)
                                         : (str){NULL, 0};
    if (!factory_keyword(name))
        return;
    if (k == w->sym->identifier &&
        (depth == 0 || ts_node_symbol(w->stack[depth - 1]) != w->sym->expression_statement ||
         !stack_class(w, depth - 1)))
        return;
    factory_site(w, n, right, name);
}

/* The calls families W and F judge, by the callee's name: filtered on its first
 * byte and length before the name is taken (every call of the program passes
 * here). */
static void issue13_call(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (!maybe_name(w, f, NAMES(call_names)) &&
        !(ts_node_symbol(f) == w->sym->identifier && getters_bound(w)))
        return;
    TSNode id = last_name(w, f);
    if (ts_node_is_null(id))
        return;
    str m = wk_ident(w, id);
    arg_writer_call(w, call, f, m);
    factory_call(w, call, f, m);
}

/* `T op= x` (+=, -=, *=, |=, &=, ^=) with any target T, a name, an item or an
 * attribute at any depth (`R += [x]`, `h[0] += [x]`, `b.s |= {...}`,
 * `g()[0] *= 0`): first an in-place call on the value T holds (a list, set or
 * dict changes in place: list.__iadd__, dict.__ior__), judged as `T.extend(x)`
 * would be by where that value may come from (SF_AUG); only then a store into
 * T's container, which the item and attribute rules judge on their own. */
/* Is e surely an exact int, float or bool (or raises)? An int or float
 * literal; a call of a builtin the program never binds that converts to an
 * exact number (scalar_builtin: len, ord, int, float, bool, hash, id,
 * isinstance, ...; not the text ones: `lst += chr(65)` extends a list); `not
 * x` (always a bool); and a unary or binary operator over such operands,
 * whose result the number types compute (an exact int or float runs no hook
 * of the program's). Not a comparison (a program __lt__ may return a list),
 * not a name, an attribute or an operand the checker cannot type. */
static bool surely_number(walker *w, TSNode e, int depth)
{
    static const char *const numeric[] = {"len",        "ord",        "int",     "float", "bool",
                                          "hash",       "id",         "isinstance",
                                          "issubclass", "callable"};
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || depth > 16)
        return false;
    TSSymbol k = ts_node_symbol(e);
    if (k == sym_float || k == w->sym->integer || k == w->sym->not_operator)
        return true;
    if (k == w->sym->unary_operator)
        return surely_number(w, wk_child(w, e, "argument"), depth + 1);
    if (k == w->sym->binary_operator)
        return surely_number(w, wk_child(w, e, "left"), depth + 1) &&
               surely_number(w, wk_child(w, e, "right"), depth + 1);
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    return !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->identifier &&
           !ts_node_is_null(args) && ts_node_symbol(args) == w->sym->argument_list &&
           wk_eq_any(wk_ident(w, f), numeric, sizeof numeric / sizeof numeric[0]) &&
           scalar_builtin(w, f);
}

static void augmented_name(walker *w, TSNode aug)
{
    TSNode left = wk_unparen(w, wk_child(w, aug, "left"));
    TSNode op = wk_child(w, aug, "operator");
    if (ts_node_is_null(left) || ts_node_is_null(op))
        return;
    /* `(b.s) += x`: the grammar reads a parenthesised target as a tuple pattern
     * of one; an augmented assignment has a single target (CPython refuses
     * `(a, b) += x`), so it is that target */
    while (ts_node_symbol(left) == w->sym->tuple_pattern &&
           ts_node_named_child_count(left) == 1)
        left = wk_unparen(w, wk_named_child(w, left, 0));
    if (ts_node_is_null(left))
        return;
    TSSymbol lk = ts_node_symbol(left);
    if (lk != w->sym->identifier && lk != w->sym->subscript && lk != w->sym->attribute)
        return;
    static const char *const ops[] = {"+=", "-=", "*=", "|=", "&=", "^="};
    str o = wk_text(w, op);
    /* a number on the right changes no container (`n += 1`, `i += len(s)`,
     * `b |= 1 << (k & 7)` with k a literal): list, dict, set, frozenset,
     * deque, Counter, OrderedDict, defaultdict, ChainMap, bytearray, array,
     * UserList, UserDict, the collections.abc mixins, the weakref containers
     * and os.environ raise TypeError (or AttributeError) before they change
     * for += -= |= &= ^= with an int, float or bool (python3 3.11; WeakSet's
     * -= &= ^= first drop entries already dead, which no reader can see).
     * The target itself is still judged as a store (an attribute's, an
     * item's). Not `*=`: `lst *= 0` empties a list, `lst *= 2` repeats it;
     * only a float there raises */
    TSNode r = wk_child(w, aug, "right");
    if (wk_eq(o, "*=")) {
        r = wk_unparen(w, r);
        while (!ts_node_is_null(r) && ts_node_symbol(r) == w->sym->unary_operator)
            r = wk_unparen(w, wk_child(w, r, "argument"));
        if (!ts_node_is_null(r) && ts_node_symbol(r) == sym_float)
            return;
    } else if (surely_number(w, r, 0)) {
        return;
    }
    if (!wk_eq_any(o, ops, sizeof ops / sizeof ops[0]))
        return;
    queue_store(w, aug, left, o, SF_AUG);
    /* R += X puts X's elements into R's object, as R.extend(X) does, and each
     * is then the same object in both (round 24f) */
    unsigned ad;
    uint32_t aroot;
    TSNode ar = wk_unparen(w, wk_child(w, aug, "right"));
    TSSymbol ark = ts_node_symbol(ar);
    str akey = call_rooted_key(w, left, &ad, &aroot);
    if (akey.p && ark != w->sym->binary_operator && ark != w->sym->unary_operator) {
        alias_roots(w, akey, aroot, ar, 1, ad + 1, false, 0);
    } else if (akey.p) {
        /* R += X op Y: the elements of what the operator hands back, that is of
         * what the program's operator methods return (and what their __iter__
         * hands out), or of a builtin container operator's result, which are
         * its operands' elements: an operand that is a display, or beside one
         * or beside an integer literal (`y += [lst] * 1`, `y += x * 2`, `y += x
         * + [z]`). Linked at that depth, not at any, and no name beside a name:
         * an arithmetic accumulator (`out[i + j] += a * b` in a __mul__ that
         * returns a new instance built from out) would join every operator
         * method's return and every operand's parts. */
        add_alias(w, akey, aroot, OP_RETURNS, 0, ad + 1, 1, false, ar);
        iter_protocol_aliases(w, akey, aroot, 1, ad + 1, ar);
        uint32_t n = ts_node_named_child_count(ar);
        for (uint32_t i = 0; i < n; i++) {
            TSNode opnd = wk_unparen(w, wk_named_child(w, ar, i));
            TSNode other = n == 2 ? wk_unparen(w, wk_named_child(w, ar, 1 - i)) : (TSNode){0};
            TSNode opn = wk_child(w, ar, "operator");
            bool times = !ts_node_is_null(opn) && wk_eq(wk_text(w, opn), "*");
            if (container_display(w, opnd) || !times ||
                (!ts_node_is_null(other) && (container_display(w, other) ||
                                             ts_node_symbol(other) == w->sym->integer)))
                alias_roots(w, akey, aroot, opnd, 1, ad + 1, false, 0);
        }
    }
    /* R += [x] puts x into R's object, which another name may share
     * (plain_alias): held by R's "#held" key (rescoped as R is), though R's own
     * mask takes only the result's (the aug event, bind_targets) */
    if (lk == w->sym->subscript) /* the item target's own hold is noted */
        return;
    bool id = lk == w->sym->identifier;
    str held = held_key(w, wk_ident(w, id ? left : wk_child(w, left, "attribute")));
    st_event *ev = add_iter_event(w, held, wk_child(w, aug, "right"), EV_HOLD, 1, 1);
    if (ev && id)
        ev->root = ts_node_start_byte(left) + 1;
}

/* Is node kw a `key=` keyword argument of a call other than itertools.groupby? The
 * key function's results are compared (min, max, sorted, heapq.nsmallest, bisect),
 * never handed back; groupby hands them out as the groups' keys. */
static bool names_library_function(walker *w, TSNode f, const char *mod, const char *fn);

/* The module functions whose key= is called with their other arguments or those
 * arguments' items alone, and whose key results are only compared (compared_key,
 * args_only_caller). */
static const struct {
    const char *mod, *fn;
} KEYED_CALLERS[] = {{"heapq", "nsmallest"},   {"heapq", "nlargest"},    {"heapq", "merge"},
                     {"bisect", "bisect"},     {"bisect", "bisect_left"}, {"bisect", "bisect_right"},
                     {"bisect", "insort"},     {"bisect", "insort_left"}, {"bisect", "insort_right"}};

static bool compared_key(walker *w, TSNode kw)
{
    static const char *const keyed[] = {"sorted", "min", "max"};
    if (ts_node_is_null(kw) || ts_node_symbol(kw) != w->sym->keyword_argument ||
        !wk_eq(wk_ident(w, wk_nth_child(w, kw, 0)), "key"))
        return false;
    TSNode call = wk_parent_of(w, wk_parent_of(w, kw));
    TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_is_null(f))
        return false;
    /* heapq's and bisect's key= too: their results are compared and dropped,
     * the items themselves are what the calls answer or insert */
    for (size_t i = 0; i < sizeof KEYED_CALLERS / sizeof *KEYED_CALLERS; i++)
        if (names_library_function(w, f, KEYED_CALLERS[i].mod, KEYED_CALLERS[i].fn))
            return true;
    /* the builtin's, or a list's sort in a program that binds no `sort` of its
     * own (round 25h: a def of the program's called with key=g keeps g) */
    if (ts_node_symbol(f) == w->sym->identifier)
        return wk_eq_any(wk_ident(w, f), keyed, 3) && wk_builtin_unbound(w, wk_ident(w, f));
    /* a list's sort: every sort of the program the library's (plain_sort), or
     * its receiver a list display, comprehension, or a call of the builtin list
     * or sorted (round 25i: a namedtuple's field `sort` names no identifier the
     * census counts; round 25j: an argparse dest "so\x72t" names it decoded) */
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "sort"))
        return false;
    if (plain_sort(w))
        return true;
    TSNode r = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_symbol(r) == w->sym->identifier) {
        TSNode as = wk_sole_assignment_of(w, r);
        r = ts_node_is_null(as) ? as : wk_unparen(w, wk_child(w, as, "right"));
    }
    if (ts_node_is_null(r))
        return false;
    if (ts_node_symbol(r) == w->sym->list || ts_node_symbol(r) == w->sym->list_comprehension)
        return true;
    TSNode rf = ts_node_symbol(r) == w->sym->call ? wk_unparen(w, wk_child(w, r, "function"))
                                                   : (TSNode){0};
    return (!ts_node_is_null(rf) && ts_node_symbol(rf) == w->sym->identifier &&
            (wk_eq(wk_ident(w, rf), "list") || wk_eq(wk_ident(w, rf), "sorted")) &&
            wk_builtin_unbound(w, wk_ident(w, rf)));
}

/* Is the dotted name at stack[pi] part of an import statement? */
static bool import_dotted(walker *w, size_t pi)
{
    for (size_t i = pi; i-- > 0 && i + 3 > pi;) {
        TSSymbol k = wk_stack_sym(w, i);
        if (k == w->sym->import_statement || k == w->sym->import_from_statement)
            return true;
    }
    return false;
}

/* Is p an `is` or `is not` comparison (identity: no method of either side)? */
static bool identity_test(walker *w, TSNode p)
{
    if (ts_node_symbol(p) != w->sym->comparison_operator)
        return false;
    for (uint32_t i = 0; i < ts_node_child_count(p); i++) {
        TSNode c = ts_node_child(p, i);
        if (ts_node_is_named(c))
            continue;
        const char *t = ts_node_type(c);
        if (strcmp(t, "is") != 0 && strcmp(t, "is not") != 0 && strcmp(t, "not") != 0)
            return false;
    }
    return true;
}

/* Is the callee f the standard library's module function mod.fn, named through
 * the module (`re.sub`) or by a from-import that is the name's only binding? */
static bool names_library_function(walker *w, TSNode f, const char *mod, const char *fn)
{
    str m = {NULL, 0}, n = {NULL, 0};
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->identifier && !wk_import_only(w, wk_ident(w, f)))
        return false;
    return module_function(w, f, &m, &n) && wk_eq(m, mod) && wk_eq(n, fn);
}

/* Is receiver o a compiled pattern: `re.compile(...)` itself, or a name whose
 * one binding (no class, def or import of it) is `NAME = re.compile(...)`? */
static bool compiled_pattern(walker *w, TSNode o)
{
    o = wk_unparen(w, o);
    if (ts_node_symbol(o) == w->sym->call)
        return names_library_function(w, wk_child(w, o, "function"), "re", "compile");
    if (ts_node_symbol(o) != w->sym->identifier)
        return false;
    TSNode p = wk_sole_assignment_of(w, o);
    if (ts_node_is_null(p))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, p, "right"));
    return !ts_node_is_null(v) && ts_node_symbol(v) == w->sym->call &&
           names_library_function(w, wk_child(w, v, "function"), "re", "compile");
}

/* A lambda at lam (its parent p) whose result the library only consumes and
 * never hands back, so what it returns joins no pool ("()<lambda>"):
 * functools.cmp_to_key's function, whose result the key objects only compare
 * with 0 (`mycmp(a, b) < 0`: what a comparison of a program object answers is
 * its dunder's, H_OP), and the repl of re.sub and re.subn (module functions,
 * or the methods of a pattern re.compile made: compiled_pattern), whose result
 * must be a str that is joined into the new exact str the call returns (a
 * str subclass is copied; an exact str holds nothing). Its parameters are
 * still what higher_order_arg makes them; only its return is dropped. */
static bool consumed_result(walker *w, TSNode lam, TSNode p)
{
    TSNode args = p, kw = (TSNode){0};
    if (ts_node_symbol(p) == w->sym->keyword_argument) {
        kw = p;
        args = wk_parent_of(w, p);
    }
    TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
    if (ts_node_is_null(call) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str kwname = ts_node_is_null(kw) ? (str){NULL, 0} : wk_ident(w, wk_nth_child(w, kw, 0));
    /* position among the positional arguments (kw: none) */
    int pos = -1;
    if (ts_node_is_null(kw)) {
        uint32_t n = ts_node_named_child_count(args);
        for (uint32_t i = 0, j = 0; i < n; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol as = ts_node_symbol(a);
            if (as == w->sym->comment)
                continue;
            if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
                as == w->sym->dictionary_splat)
                break;
            if (ts_node_eq(a, lam)) {
                pos = (int)j;
                break;
            }
            j++;
        }
        if (pos < 0)
            return false;
    }
    if (names_library_function(w, f, "functools", "cmp_to_key"))
        return pos == 0 || wk_eq(kwname, "mycmp");
    if (names_library_function(w, f, "re", "sub") || names_library_function(w, f, "re", "subn"))
        return pos == 1 || wk_eq(kwname, "repl");
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    return (wk_eq(m, "sub") || wk_eq(m, "subn")) && compiled_pattern(w, wk_child(w, f, "object")) &&
           (pos == 0 || wk_eq(kwname, "repl"));
}

/* Identifier n (stack[depth]) where it may name a function as a value handed on:
 * an argument, a value bound, returned, yielded or put in a display, an operand of
 * `or` or a conditional, a lambda's body, a decorator, a spread; the name of an
 * attribute read (`k.pick`) in such a place too. Not a callee, a receiver, a
 * target, a keyword's name, a definition's name, a parameter, an import, an
 * operand of a comparison or an arithmetic operator (nothing there keeps it), nor
 * a key= function (compared_key). Such a function escapes (escaped_functions). */
static void note_reference(walker *w, TSNode n, size_t depth)
{
    const an_syms *y = w->sym;
    if (depth == 0)
        return;
    /* Positions by where a node starts: a child lookup for every identifier costs
     * more than the rest of this. The callee, the receiver, a target, a keyword's
     * or a parameter's name are their parent's first child, which starts where
     * the parent does. */
    TSNode v = n, p = w->stack[depth - 1];
    size_t pi = depth - 1; /* p is stack[pi] */
    TSSymbol ps = wk_stack_sym(w, pi);
    if (ps == y->attribute) {
        if (ts_node_start_byte(p) == ts_node_start_byte(n) || depth < 2)
            return; /* a receiver (`self.x`, `f.cache_info()`) is not handed anywhere */
        v = p;
        p = w->stack[--pi];
        ps = wk_stack_sym(w, pi);
    }
    /* an annotation no reader of the program's hands back, and that hands the
     * value to no code (as class_value_use: honest37 p27, `other: Vector` on a
     * dunder made every container hook of Vector's one the library may call) */
    if ((ps == y->type || ps == y->generic_type) && ts_node_eq(v, n) &&
        !wk_annotation_readers(w) && wk_annotation_inert(w, w->stack, depth, n))
        return;
    bool first = ts_node_start_byte(p) == ts_node_start_byte(v);
    /* Every reference escapes but where it is proved not handed on (round 25h:
     * a comprehension's body, a match subject, a slice bound, an operand of an
     * operator or of `in` all handed a def on while the census listed only the
     * places that hand one): a callee, a binding's target or name, a statement
     * of its own, a truth test, `is`, and the builtin isinstance's and
     * issubclass's arguments and a `key=` the builtin sorted, min, max or a
     * list's sort only compares by (compared_key). */
    if (ps == y->keyword_argument || ps == y->assignment || ps == y->augmented_assignment ||
        ps == y->named_expression || ps == y->default_parameter ||
        ps == y->typed_default_parameter) {
        /* a target is bound, not handed on; an augmented one is read and handed
         * to the other operand's reflected method (round 25i: `g += P()`) */
        if ((first && ps != y->augmented_assignment) || compared_key(w, p))
            return;
    } else if (ps == y->argument_list) {
        /* isinstance(x, K), issubclass(C, K): compared, never called or kept */
        TSNode f = pi >= 1 ? wk_child(w, w->stack[pi - 1], "function") : (TSNode){0};
        if (!ts_node_is_null(f) && ts_node_symbol(f) == y->identifier &&
            (wk_eq(wk_ident(w, f), "isinstance") || wk_eq(wk_ident(w, f), "issubclass")) &&
            wk_builtin_unbound(w, wk_ident(w, f)))
            return;
    } else if ((ps == y->call && first) || ps == y->expression_statement ||
               ps == y->function_definition || ps == y->class_definition ||
               ps == y->parameters || ps == y->lambda_parameters || ps == y->dotted_name ||
               ps == y->aliased_import || ps == y->global_statement ||
               ps == y->nonlocal_statement || ps == y->delete_statement ||
               ps == y->not_operator ||
               (ps == y->assert_statement && ts_node_eq(wk_named_child(w, p, 0), v)) ||
               (ps == y->if_statement && first == false) || ps == y->while_statement ||
               ps == y->elif_clause || identity_test(w, p)) {
        /* not an annotation, which 3.11 evaluates and keeps in __annotations__,
         * nor a dotted name but an import's (a match pattern's value is handed
         * to the subject's get or __eq__): round 25j */
        if (ps != y->dotted_name || import_dotted(w, pi))
            return;
    }
    struct wk_stores *s = state(w);
    if (s)
        push_node(w, &s->refs, &s->nrefs, &s->caprefs, n);
}

/* A library decorator whose result is one object of its module, the same for every
 * def it decorates: `@typing.overload` binds the def's name to
 * typing._overload_dummy, so a store through that name writes into typing. */
static bool shared_result_decorator(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->identifier) {
        const binding *b = wk_bound_value(w, wk_ident(w, e));
        return b && wk_eq((str){b->module, b->module_len}, "typing") &&
               wk_eq((str){b->attr, b->attr_len}, "overload");
    }
    return ts_node_symbol(e) == w->sym->attribute &&
           wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "overload") &&
           wk_eq(wk_resolve_module(w, wk_child(w, e, "object")), "typing");
}

/* Is decorator d one that marks the def it is given and hands back that very
 * def, keeping nothing of it (read under 3.11: unittest.expectedFailure sets
 * __unittest_expecting_failure__, abc.abstractmethod __isabstractmethod__,
 * typing.final __final__, typing.no_type_check __no_type_check__)? Not
 * typing.overload, which keeps the def in a registry get_overloads answers. */
static bool marking_decorator(walker *w, TSNode d)
{
    static const char *const pairs[][2] = {{"unittest", "expectedFailure"},
                                           {"abc", "abstractmethod"},
                                           {"typing", "final"},
                                           {"typing", "no_type_check"}};
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
    for (size_t k = 0; !ts_node_is_null(e) && k < sizeof pairs / sizeof pairs[0]; k++)
        if (wk_library_callee(w, e, pairs[k][0], pairs[k][1]))
            return true;
    return false;
}

/* A def under decorators: its name is bound to what they made, and it escapes. */
static void note_decorated(walker *w, str name)
{
    struct wk_stores *s = state(w);
    if (!s)
        return;
    str *d = grow(w, s->decorated, s->ndecorated, &s->capdecorated, sizeof *d);
    if (!d)
        return;
    s->decorated = d;
    s->decorated[s->ndecorated++] = name;
}

static void implicit_def(walker *w, TSNode def);
static void library_class_decorators(walker *w, TSNode cls);
static bool overriding_class(walker *w, struct wk_stores *s, TSNode cls, uint32_t *names);
#define OV_FULL (1u << 31)
#define OV_LIMITED (1u << 30)
static void overriding_push(walker *w, struct wk_stores *s, TSNode cls, uint32_t limit);
static void implicit_assign(walker *w, TSNode left, TSNode right);
static void duck_binding(walker *w, TSNode left, TSNode right, int body);
static bool library_based_body(walker *w, TSNode node);
static bool program_only_class(walker *w, TSNode cls, int depth);
static void augmented_handed(walker *w, TSNode n);
static void operand_handed(walker *w, TSNode v);
static bool in_class_body(walker *w, TSNode node);
static void implicit_read(walker *w, TSNode n, size_t depth);
static void param_scope(walker *w, TSNode fn);

static void note_fetch(walker *w, str name, bool prefix, TSNode recv)
{
    struct wk_stores *s = state(w);
    if (!s || !name.p)
        return;
    TSNode *r = grow(w, s->fetched_recv, s->nfetched, &s->capfetched_recv, sizeof *r);
    if (!r)
        return;
    s->fetched_recv = r;
    s->fetched_recv[s->nfetched] = recv;
    str *f = grow(w, s->fetched, s->nfetched, &s->capfetched, sizeof *f);
    if (!f)
        return;
    s->fetched = f;
    uint8_t *p = grow(w, s->fetched_prefix, s->nfetched, &s->capfetched_prefix, sizeof *p);
    if (!p)
        return;
    s->fetched_prefix = p;
    s->fetched[s->nfetched] = name;
    s->fetched_prefix[s->nfetched++] = prefix;
}

/* Attribute names fetched by a string (see fetched): getattr(X, "m"),
 * getattr(X, "do_" + cmd) (a prefix), attrgetter("a.m"), methodcaller("m"). A
 * fully computed name is allowed only on self (a bound method). */
static void fetch_names(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    str fn = ts_node_symbol(f) == w->sym->identifier  ? wk_ident(w, f)
             : ts_node_symbol(f) == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                                      : (str){NULL, 0};
    if (wk_eq(fn, "getattr")) {
        if (state(w))
            w->stores->getattr_calls++;
        TSNode a = leftmost_operand(w, wk_named_child(w, args, 1));
        str lit = ts_node_is_null(a) ? (str){NULL, 0} : wk_string_value(w, a);
        if (lit.p)
            note_fetch(w, lit, !ts_node_eq(a, wk_named_child(w, args, 1)),
                       wk_named_child(w, args, 0));
        else if (state(w)) {
            struct wk_stores *s = w->stores;
            s->computed_fetch = true;
            TSNode *r = grow(w, s->computed_recv, s->ncomputed_recv, &s->capcomputed_recv,
                             sizeof *r);
            if (r) {
                s->computed_recv = r;
                s->computed_recv[s->ncomputed_recv++] = wk_named_child(w, args, 0);
            }
        }
    } else if (wk_eq(fn, "attrgetter") || wk_eq(fn, "methodcaller")) {
        uint32_t n = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n; i++) {
            str v = wk_string_value(w, wk_named_child(w, args, i));
            for (size_t st = 0, k = 0; v.p && k <= v.len; k++)
                if (k == v.len || v.p[k] == '.') {
                    note_fetch(w, (str){v.p + st, k - st}, false, (TSNode){0});
                    st = k + 1;
                }
            if (wk_eq(fn, "methodcaller"))
                break;
        }
    }
}

/* Records identifier n when it reads the receiver of a method: the first
 * parameter of the innermost def written directly in a class body (decorated
 * or not: a classmethod's cls is the class, whose attributes are its bases'
 * too), read there or in a closure or lambda inside it. Which class statements
 * may make it a library-made object is known after the pass (made_classes).
 * The methods the walk is inside are kept as frames (note_method), so that an
 * identifier costs a comparison with the innermost one's receiver. */
static bool same(str a, str b);

static void note_self_read(walker *w, TSNode n)
{
    struct wk_stores *s = w->stores;
    if (!s || !s->nmethods)
        return;
    uint32_t at = ts_node_start_byte(n);
    while (s->nmethods && s->methods[s->nmethods - 1].end <= at)
        s->nmethods--; /* methods the walk has left */
    /* the innermost method whose receiver has this name: a method of a class
     * nested in a method may read the outer receiver too */
    for (size_t i = s->nmethods; i-- > 0;) {
        const struct st_method *m = &s->methods[i];
        if ((w->ascii && wk_text(w, n).len != m->recv.len) ||
            !same(m->recv, wk_ident(w, n)))
            continue;
        struct st_self_read *r =
            grow(w, s->self_reads, s->nself_reads, &s->capself_reads, sizeof *r);
        if (!r)
            return;
        s->self_reads = r;
        s->self_reads[s->nself_reads++] = (struct st_self_read){at, m->cls, m->klass};
        return;
    }
}

/* A def written directly in a class body (the innermost class statement on the
 * stack, just pushed to classes): its first parameter is the receiver. */
static void note_method(walker *w, TSNode def, size_t depth)
{
    const an_syms *y = w->sym;
    struct wk_stores *s = state(w);
    if (!s || !s->nclasses)
        return;
    size_t b = depth;
    if (b > 0 && wk_stack_sym(w, b - 1) == y->decorated_definition)
        b--;
    if (b < 2 || wk_stack_sym(w, b - 1) != y->block ||
        wk_stack_sym(w, b - 2) != y->class_definition)
        return;
    TSNode ps = wk_child(w, def, "parameters");
    TSNode first = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
    if (ts_node_is_null(first))
        return;
    TSSymbol fk = ts_node_symbol(first);
    if (fk == y->typed_parameter || fk == y->default_parameter || fk == y->typed_default_parameter)
        first = wk_named_child(w, first, 0);
    if (ts_node_is_null(first) || ts_node_symbol(first) != y->identifier)
        return;
    TSNode cls = w->stack[b - 2];
    size_t ci = s->nclasses;
    while (ci-- > 0 && !ts_node_eq(s->classes[ci], cls)) {
    }
    if (ci >= s->nclasses)
        return;
    /* a classmethod's cls is the class; so may be the first parameter under
     * a decorator of the program's (which may hand it anything); a library
     * decorator (unittest.skip, functools.wraps) or property and
     * staticmethod keep it what it was */
    bool klass = false;
    if (b < depth) {
        TSNode dd = w->stack[b];
        uint32_t nd = ts_node_named_child_count(dd);
        for (uint32_t j = 0; j < nd; j++) {
            TSNode dec = wk_named_child(w, dd, j);
            if (ts_node_symbol(dec) != y->decorator)
                continue;
            TSNode e = decorator_callee(w, dec);
            if (ts_node_symbol(e) == y->attribute) {
                if (!module_of(w, wk_child(w, e, "object")).p)
                    klass = true;
            } else if (ts_node_symbol(e) == y->identifier) {
                str dn = wk_ident(w, e);
                if (!wk_import_only(w, dn) && !wk_eq(dn, "staticmethod") && !wk_eq(dn, "property"))
                    klass = true;
            } else {
                klass = true;
            }
        }
    }
    uint32_t at = ts_node_start_byte(def);
    while (s->nmethods && s->methods[s->nmethods - 1].end <= at)
        s->nmethods--;
    struct st_method *m = grow(w, s->methods, s->nmethods, &s->capmethods, sizeof *m);
    if (!m)
        return;
    s->methods = m;
    s->methods[s->nmethods++] =
        (struct st_method){wk_ident(w, first), ts_node_end_byte(def), (uint32_t)ci, klass};
}

void wk_stores_visit(walker *w, TSNode n, TSSymbol k, size_t depth)
{
    const an_syms *y = w->sym;
    if (!w->stores)
        pthread_once(&syms_once, init_syms); /* once a walk: state() follows */
    /* Identifiers and attributes first: they are half the named nodes. */
    if (k == y->identifier) {
        class_value_use(w, n, depth);
        note_reference(w, n, depth);
        note_self_read(w, n);
        mutating_value(w, n, depth);
        writer_use(w, n, depth);
        if (w->stores && w->stores->nopen)
            implicit_read(w, n, depth);
        return;
    }
    if (k == y->attribute) {
        sent_value(w, n, depth);
        mutating_value(w, n, depth);
        writer_use(w, n, depth);
        arg_writer_value(w, n, depth);
        return;
    }
    if (k < VISITED_SYMS && !visited[k])
        return;
    if (k == y->assignment || k == y->augmented_assignment) {
        TSNode right = wk_child(w, n, "right");
        if (!ts_node_is_null(right))
            bind_targets(w, wk_child(w, n, "left"), k == y->assignment ? right : n, EV_VALUE, 0,
                         0);
        uint32_t cls; /* `filters = V` in a class body: its objects hold V */
        if (k == y->assignment && !ts_node_is_null(right) && depth > 0 &&
            ts_node_symbol(w->stack[depth - 1]) == y->expression_statement &&
            (cls = stack_class(w, depth - 1)) != 0 &&
            ts_node_symbol(wk_child(w, n, "left")) == y->identifier)
            give_site(w, wk_child(w, n, "left"), right, wk_ident(w, wk_child(w, n, "left")), 0,
                      cls);
        if (k == y->assignment)
            factory_assign(w, n, depth);
        if (k == y->assignment) {
            implicit_assign(w, wk_child(w, n, "left"), right);
            duck_binding(w, wk_child(w, n, "left"), right, stack_in_class_body(w, depth));
            /* a class body's value: an Enum's member value, which enum hands
             * its hooks (_generate_next_value_, __init__) */
            if (!ts_node_is_null(right) && stack_in_class_body(w, depth)) {
                operand_handed(w, right);
                class_body_descriptor(w, wk_child(w, n, "left"), right);
            }
        } else {
            augmented_name(w, n);
            augmented_handed(w, n);
        }
    } else if (k == y->binary_operator) {
        struct wk_stores *st = state(w);
        if (st)
            push_node(w, &st->binops, &st->nbinops, &st->capbinops, n);
        repeated_object(w, n);
    } else if (k == y->named_expression) {
        bind_targets(w, wk_child(w, n, "name"), wk_child(w, n, "value"), EV_VALUE, 0, 0);
        implicit_assign(w, wk_child(w, n, "name"), wk_child(w, n, "value"));
    } else if (k == y->for_statement || k == y->for_in_clause) {
        bind_targets(w, wk_child(w, n, "left"), wk_child(w, n, "right"), EV_VALUE, 1, 0);
        uint32_t cls; /* `for filters in [V]:` in a class body */
        if (k == y->for_statement && (cls = stack_class(w, depth)) != 0 &&
            ts_node_symbol(wk_child(w, n, "left")) == y->identifier)
            give_site(w, wk_child(w, n, "left"), wk_child(w, n, "right"),
                      wk_ident(w, wk_child(w, n, "left")), 1, cls);
    } else if (k == y->string || k == y->concatenated_string) {
        sent_value(w, n, depth);
    } else if (k == y->call) {
        repeated_object(w, n);
        send_alias(w, n);
        on_call(w, n, depth);
        mutating_call(w, n);
        issue13_call(w, n);
        fetch_names(w, n);
        struct wk_stores *s = state(w);
        if (s)
            push_node(w, &s->calls, &s->ncalls, &s->capcalls, n);
    } else if (k == y->function_definition) {
        struct wk_stores *s = state(w);
        if (s)
            push_node(w, &s->defs, &s->ndefs, &s->capdefs, n);
        implicit_def(w, n);
        param_scope(w, n);
        note_method(w, n, depth);
    } else if (k == y->lambda) {
        struct wk_stores *s = state(w);
        if (s)
            push_node(w, &s->lambdas, &s->nlambdas, &s->caplambdas, n);
        param_scope(w, n);
        /* a lambda whose result the library only consumes returns to no call
         * the program sees: it joins neither "()*" nor "()<lambda>" */
        bool consumed = depth > 0 && consumed_result(w, n, w->stack[depth - 1]);
        if (!consumed)
            add_event(w, (str){"()*", 3}, wk_child(w, n, "body"), EV_VALUE, 0);
        if (depth == 0 || !(compared_key(w, w->stack[depth - 1]) || consumed)) {
            add_event(w, (str){"()<lambda>", 10}, wk_child(w, n, "body"), EV_VALUE, 0);
            /* a lambda is a value: any call of one may return its body */
            alias_roots(w, ESC_RET, 0, wk_child(w, n, "body"), 0, 0, false, 0);
        }
    } else if (k == y->class_definition) {
        struct wk_stores *s = state(w);
        if (s)
            push_node(w, &s->classes, &s->nclasses, &s->capclasses, n);
        library_class_decorators(w, n);
        class_holds_bases(w, n);
        uint32_t containers = 0;
        if (s && overriding_class(w, s, n, &containers))
            overriding_push(w, s, n, OV_FULL);
        else if (s && containers)
            overriding_push(w, s, n, OV_LIMITED | containers);
        factory_base(w, n);
    } else if (k == y->return_statement || k == sym_yield) {
        /* what a function returns (a generator holds what it yields) */
        TSNode v = wk_named_child(w, n, 0);
        for (size_t i = depth; i > 0 && !ts_node_is_null(v); i--) {
            TSSymbol fs = wk_stack_sym(w, i - 1);
            if (fs == y->lambda || fs == y->class_definition)
                break;
            if (fs != y->function_definition)
                continue;
            bool from = k == sym_yield && ts_node_child_count(n) > 1 &&
                        strcmp(ts_node_type(wk_nth_child(w, n, 1)), "from") == 0;
            /* a generator holds what it yields; `yield from X` X's elements,
             * which X's own __iter__ may hand out */
            ev_kind kind = k == sym_yield ? EV_HOLD : EV_VALUE;
            unsigned iter = from ? 1 : 0;
            str name = wk_ident(w, wk_child(w, w->stack[i - 1], "name"));
            add_iter_event(w, returns_key(w, name), v, kind, 1, iter);
            /* what f returns (a generator: hands out) may be v's object */
            alias_roots(w, returns_key(w, name), 0, v, iter, kind == EV_HOLD ? 1 : 0, false, 0);
            if (protocol_return(name)) /* what an implicit call of it hands out */
                alias_roots(w, proto_key(w, name), 0, v, iter, kind == EV_HOLD ? 1 : 0, false,
                            0);
            if (operator_dunder(name)) /* what an operator's value may be */
                alias_roots(w, OP_RETURNS, 0, v, iter, kind == EV_HOLD ? 1 : 0, false, 0);
            if (an_rules_library_duck(w->rules, name.p, name.len)) /* what library code */
                alias_roots(w, DUCK_RETURNS, 0, v, iter, kind == EV_HOLD ? 1 : 0, false, 0);
            size_t up = i >= 2 && ts_node_symbol(w->stack[i - 2]) == y->decorated_definition
                            ? i - 3
                            : i - 2; /* the method's block, when it is one */
            if (i >= 3 && up >= 1 && ts_node_symbol(w->stack[up]) == y->block &&
                ts_node_symbol(w->stack[up - 1]) == y->class_definition)
                add_iter_event(w, METHOD_RETURNS, v, kind, 1, iter);
            if (i >= 2 && ts_node_symbol(w->stack[i - 2]) == y->decorated_definition)
                alias_roots(w, getter_key(w, name), 0, v, iter, kind == EV_HOLD ? 1 : 0, false,
                            0); /* a property's getter: what `.name` reads */
            uint32_t cls = k == y->return_statement ? stack_class(w, i - 1) : 0;
            unsigned hook_iter;
            if (cls && (give_hook(name, &hook_iter) ||
                        (i >= 2 && ts_node_symbol(w->stack[i - 2]) == y->decorated_definition)))
                give_site(w, n, v, name, 0, cls); /* a copy hook, a property's getter */
            if (wk_eq(name, "__getattr__") || wk_eq(name, "__getattribute__")) {
                struct wk_stores *s = state(w); /* implicit_events judges them */
                if (s)
                    push_node(w, &s->getattr_returns, &s->ngetattr_returns,
                              &s->capgetattr_returns, v);
            }
            add_iter_event(w, (str){"()*", 3}, v, kind, 1, iter);
            if (wk_is_dunder(name)) /* what the library may hand out */
                add_iter_event(w, (str){"()__", 4}, v, kind, 1, iter);
            if (operator_dunder(name)) /* what operators may hand out */
                add_iter_event(w, (str){"()__op", 6}, v, kind, 1, iter);
            break;
        }
    } else if (k == y->default_parameter || k == y->typed_default_parameter) {
        bind_targets(w, wk_child(w, n, "name"), wk_child(w, n, "value"), EV_VALUE, 0, 0);
    } else if (k == y->decorated_definition) {
        TSNode def = wk_child(w, n, "definition");
        str name = ts_node_is_null(def) ? (str){NULL, 0} : wk_ident(w, wk_child(w, def, "name"));
        uint32_t count = ts_node_named_child_count(n);
        bool marked_only = true; /* the name is the def itself: it does not escape */
        for (uint32_t i = 0; i < count && name.p; i++) {
            TSNode d = wk_named_child(w, n, i);
            if (ts_node_symbol(d) != y->decorator)
                continue;
            marked_only = marked_only && marking_decorator(w, d);
            uint32_t root = ts_node_start_byte(wk_child(w, def, "name")) + 1;
            mark_binding(add_iter_event(w, name, wk_named_child(w, d, 0), EV_CALLEE, 0, 0), root);
            if (wk_is_dunder(name) && !def_keeping_decorator(w, wk_named_child(w, d, 0)))
                dunder_any(w, name, d);
            /* `@deco def f`: f is what deco returns; `@deco(x)`: what the
             * function deco returns returns, taken as deco's at any depth */
            TSNode de = wk_unparen(w, wk_named_child(w, d, 0));
            bool made = ts_node_symbol(de) == y->call;
            if (made)
                de = wk_unparen(w, wk_child(w, de, "function"));
            str dn = ts_node_symbol(de) == y->identifier  ? wk_ident(w, de)
                     : ts_node_symbol(de) == y->attribute ? wk_ident(w, wk_child(w, de, "attribute"))
                                                          : (str){NULL, 0};
            if (dn.p)
                add_alias(w, name, root, returns_key(w, dn), 0, 0, 0, made, d);
            decorator_aliases(w, name, de, made, d);
            /* `@functools.wraps(X)` copies X's __dict__ into the new function:
             * f.a is X.a, so f holds what X holds (as if it were X) */
            if (made && wk_eq(dn, "wraps")) {
                TSNode wa = wk_child(w, wk_unparen(w, wk_named_child(w, d, 0)), "arguments");
                TSNode x = ts_node_is_null(wa) ? wa : wk_named_child(w, wa, 0);
                if (!ts_node_is_null(x) && ts_node_symbol(x) == y->keyword_argument)
                    x = wk_child(w, x, "value");
                if (!ts_node_is_null(x))
                    mark_binding(add_iter_event(w, name, x, EV_VALUE, 0, 0), root);
            }
            if (shared_result_decorator(w, wk_named_child(w, d, 0)))
                mark_binding(add_iter_event(w, name, d, EV_ANY, 0, 0), root);
        }
        if (name.p && ts_node_symbol(def) == y->function_definition && !marked_only)
            note_decorated(w, name);
    } else if (k == y->import_from_statement) {
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count; i++)
            if (ts_node_symbol(wk_named_child(w, n, i)) == y->wildcard_import) {
                TSNode mod = wk_child(w, n, "module_name");
                struct wk_stores *s = state(w);
                if (!s || ts_node_is_null(mod) || ts_node_symbol(mod) != y->dotted_name)
                    return;
                str *stars = grow(w, s->stars, s->nstars, &s->capstars, sizeof *stars);
                if (!stars)
                    return;
                s->stars = stars;
                s->stars[s->nstars++] = dotted_path(w, mod);
            }
    } else if (k == sym_except_clause || k == sym_except_group_clause) {
        /* an exception caught may hold any value (AttributeError.obj is the object
         * whose lookup failed: a class of the standard library too); `except*`
         * binds a group whose members are such exceptions */
        TSNode alias = wk_child(w, n, "alias"); /* the grammar's older shape */
        if (!ts_node_is_null(alias))
            bind_targets(w, alias, alias, EV_ANY, 0, 0);
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count; i++) { /* except E as e: an as_pattern */
            TSNode c = wk_named_child(w, n, i);
            if (ts_node_symbol(c) == y->as_pattern)
                bind_targets(w, wk_child(w, c, "alias"), c, EV_ANY, 0, 0);
        }
    } else if (k == sym_with_item) {
        TSNode v = wk_named_child(w, n, 0);
        /* `with (c as x):`, 3.10's parenthesized form */
        if (!ts_node_is_null(v) && ts_node_symbol(v) == y->parenthesized_expression &&
            ts_node_named_child_count(v) == 1)
            v = wk_named_child(w, v, 0);
        if (!ts_node_is_null(v) && ts_node_symbol(v) == y->as_pattern) {
            bind_targets(w, wk_child(w, v, "alias"), wk_named_child(w, v, 0), EV_VALUE, 1, 0);
            enter_aliases(w, wk_child(w, v, "alias"), wk_named_child(w, v, 0), 0);
        }
    } else if (k == y->keyword_argument) {
        factory_keyword_arg(w, n);
    } else if (k == sym_keyword_pattern) { /* case type(m=f): getattr(subject, "m") */
        str kw = wk_ident(w, wk_named_child(w, n, 0));
        note_fetch(w, kw, false, (TSNode){0});
        const arg_writer *aw = arg_writer_method(kw);
        if (aw) /* a bound argument writer, captured for any use */
            wk_report(w, n, "store",
                      "a class pattern capturing '%.*s' hands out a method that writes into "
                      "its argument or receiver, for arguments the checker does not see: call "
                      "it directly",
                      (int)kw.len, kw.p);
        if (class_writer(kw)) /* the subject's classmethod, captured for any use */
            wk_report(w, n, "store",
                      "a class pattern capturing '%.*s' hands out a classmethod that writes "
                      "into its class, for whatever subject it matches: call the method "
                      "directly",
                      (int)kw.len, kw.p);
        else if (mutating_method(kw)) /* subject.append as a value: any subject */
            wk_report(w, n, "store",
                      "a class pattern capturing '%.*s' hands out a method that changes the "
                      "subject, whatever it is: capture the object and call the method on "
                      "it",
                      (int)kw.len, kw.p);
    } else if (k == sym_case_clause && depth >= 2 &&
               wk_stack_sym(w, depth - 2) == sym_match_statement) {
        TSNode match = w->stack[depth - 2];
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count; i++) {
            TSNode c = wk_named_child(w, n, i);
            if (ts_node_symbol(c) != y->case_pattern)
                continue;
            uint32_t ms = ts_node_named_child_count(match);
            for (uint32_t j = 0; j < ms; j++) { /* every subject */
                TSNode subj = wk_named_child(w, match, j);
                if (ts_node_symbol(subj) != y->block && ts_node_symbol(subj) != y->comment) {
                    bind_captures(w, c, subj, 0, false, (str){NULL, 0}, false, ms > 2 ? 1 : 0);
                    /* `match a, b:` is a tuple: its captures are elements */
                    capture_aliases(w, c, subj, ms > 2 ? 1 : 0, 0, ms > 2, (str){NULL, 0}, 0);
                }
            }
        }
    }
}

/* ---- judging ---- */

/* The slot a key's probe starts at. Inline and eight bytes a step: the judgement
 * looks keys up some two thousand times a check (names of a few bytes, where a
 * call and a byte loop were most of a lookup). Only lookups read the slots, so
 * the hash decides no order. */
static inline size_t key_slot(str name, size_t mask)
{
    uint64_t h = name.len * UINT64_C(0x9E3779B97F4A7C15), v;
    size_t i = 0;
    for (; i + 8 <= name.len; i += 8) {
        memcpy(&v, name.p + i, 8);
        h = (h ^ v) * UINT64_C(0xFF51AFD7ED558CCD);
        h ^= h >> 32;
    }
    for (v = 0; i < name.len; i++)
        v = v << 8 | (unsigned char)name.p[i];
    h = (h ^ v) * UINT64_C(0xC4CEB9FE1A85EC53);
    return (size_t)(h ^ h >> 29) & mask;
}

static st_key *find_key(struct wk_stores *s, str name)
{
    if (!s->nslots || !name.p)
        return NULL;
    size_t mask = s->nslots - 1;
    for (size_t h = key_slot(name, mask);; h = (h + 1) & mask) {
        uint32_t k = s->slots[h];
        if (!k)
            return NULL;
        st_key *key = &s->keys[k - 1];
        if (key->name.len == name.len && memcmp(key->name.p, name.p, name.len) == 0)
            return key;
    }
}

/* A name a star import binds: the module's public names, as the audit lists them
 * (a star import of a module with a facade is refused unless its names are in it). */
static bool star_bound(walker *w, struct wk_stores *s, str name)
{
    for (size_t i = 0; i < s->nstars; i++)
        if (s->stars[i].p && an_rules_module_allows(w->rules, s->stars[i].p, s->stars[i].len,
                                                    name.p, name.len))
            return true;
    return false;
}

/* A name a star import binds to immutable data only (math.pi), by the audit. */
static bool star_data(walker *w, struct wk_stores *s, str name)
{
    bool data = false;
    for (size_t i = 0; i < s->nstars; i++)
        if (s->stars[i].p && an_rules_module_allows(w->rules, s->stars[i].p, s->stars[i].len,
                                                    name.p, name.len)) {
            if (!an_rules_module_data(w->rules, s->stars[i].p, s->stars[i].len, name.p, name.len))
                return false;
            data = true;
        }
    return data;
}

static bool module_name(walker *w, struct wk_stores *s, str name)
{
    return wk_bound_module(w, name) || wk_bound_value(w, name) || star_bound(w, s, name);
}

/* Does the program start with a future import (CPython compiles one only before
 * every other statement, a docstring and comments aside)? Once a walk. */
static bool has_future_import(const walker *w)
{
    for (TSNode c = ts_node_named_child(w->root, 0); !ts_node_is_null(c);
         c = ts_node_next_named_sibling(c)) {
        TSSymbol k = ts_node_symbol(c);
        if (k == w->sym->future_import_statement)
            return true;
        if (k != w->sym->comment && k != w->sym->expression_statement)
            return false;
    }
    return false;
}

/* Is name bound to a library object though no import of the program's names a
 * module for it (issue 13, round 16b, family N)? site puts its `Quitter` objects
 * in builtins as `exit` and `quit` (the other site objects, `help`, `copyright`,
 * `credits`, `license`, are refused by name), and `from __future__ import X [as
 * Y]` binds the `__future__` module's own `_Feature` object, shared by every
 * program in the process. Both take attribute stores, so a store into them is a
 * namespace write: they are judged as module values (whatever the program binds
 * under the same name, which may be shadowed in one scope and not another). */
static bool unimported_library_name(walker *w, const struct wk_stores *s, str name)
{
    if (wk_eq(name, "exit") || wk_eq(name, "quit"))
        return true;
    if (!s->futures)
        return false;
    const an_syms *y = w->sym;
    for (TSNode c = ts_node_named_child(w->root, 0); !ts_node_is_null(c);
         c = ts_node_next_named_sibling(c)) {
        TSSymbol k = ts_node_symbol(c);
        if (k == y->comment || k == y->expression_statement)
            continue;
        if (k != y->future_import_statement)
            break;
        uint32_t nc = ts_node_named_child_count(c);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode f = wk_named_child(w, c, i);
            if (ts_node_symbol(f) == y->aliased_import)
                f = wk_child(w, f, "alias");
            else if (ts_node_symbol(f) == y->dotted_name)
                f = wk_named_child(w, f, 0);
            if (!ts_node_is_null(f) && ts_node_symbol(f) == y->identifier &&
                wk_ident(w, f).len == name.len && memcmp(wk_ident(w, f).p, name.p, name.len) == 0)
                return true;
        }
    }
    return false;
}

/* Is name bound to a module attribute that is immutable data (from math import pi),
 * which no store can write into? */
static bool data_name(walker *w, struct wk_stores *s, str name)
{
    const binding *b = wk_bound_value(w, name);
    if (b) /* the import must be the name's only binding: `pi = []` makes it a list */
        return wk_import_only(w, name) &&
               an_rules_module_data(w->rules, b->module, b->module_len, b->attr, b->attr_len) &&
               !wk_bound_module(w, name);
    return !wk_bound_module(w, name) && star_data(w, s, name);
}

static unsigned mask(walker *w, struct wk_stores *s, TSNode e, int lvl, int depth);
static unsigned returns_mask(struct wk_stores *s, str name);
static unsigned key_mask(struct wk_stores *s, str name, int lvl);
enum { H_ATTR, H_ITEM, H_OP, H_ELEM, H_LIB, H_ESC };

/* What the interpreter and the standard library hand back from the program's own
 * methods. Where the interpreter calls a protocol method and binds its result,
 * that result flows as a call's return does (level 1, calls followed: an
 * `__iter__` returning `iter([C])` hands out C), whatever the class, to every read
 * of its kind: attribute reads (__getattr__, __getattribute__, __get__; a
 * property by its name), items (__getitem__, __missing__, __class_getitem__),
 * operators and comparisons (any dunder), elements (__iter__'s elements,
 * __next__, __enter__, their async twins, and __getitem__, which iteration falls
 * back on). Code outside the program may call the program's protocol methods and
 * return what they return (next() calls __next__, list() __iter__, dict() keys
 * and __getitem__), and when a class of the program has a library base, any
 * method (a library method calls the hook a subclass overrides): H_LIB. A
 * function handed to it as a value (functools.reduce(g, ...)) is followed by
 * the value: a def's name stands for what it returns. And what the functions
 * that escape return (H_ESC: escaped_mask), for the calls and the parameters
 * code the program does not contain answers. Taken again after a key changes,
 * once something has read them. */
static unsigned returns_mask_at(struct wk_stores *s, str name, int lvl);
static unsigned escaped_mask_at(struct wk_stores *s, int lvl);
static unsigned override_mask_at(struct wk_stores *s, int lvl);

static unsigned proto_mask(struct wk_stores *s, const char *name, int lvl)
{
    /* what a def of that name returns, or what the value bound to the name
     * (`__iter__ = lambda self: ...`, `= f`) stands for */
    str n = {name, strlen(name)};
    return returns_mask_at(s, n, lvl) | key_mask(s, n, lvl);
}

/* The names take_hooks_at reads, in hk's order: the protocol methods (their
 * return and their name), then "__op", "__" (a return each) and "<lambda>",
 * "*" (returns, for override_mask_at and escaped_mask_at). */
enum { HK_GETATTR, HK_GETATTRIBUTE, HK_GET, HK_GETITEM, HK_MISSING, HK_CLASS_GETITEM,
       HK_ITER, HK_AITER, HK_NEXT, HK_ANEXT, HK_ENTER, HK_AENTER, HK_KEYS, HK_OP,
       HK_DUNDER, HK_LAMBDA, HK_STAR, HK_COUNT };
static const char *const HOOK_NAMES[HK_COUNT] = {
    "__getattr__", "__getattribute__", "__get__",   "__getitem__", "__missing__",
    "__class_getitem__", "__iter__",   "__aiter__", "__next__",    "__anext__",
    "__enter__",   "__aenter__",       "keys",      "__op",        "__",
    "<lambda>",    "*"};

static st_key *find_key(struct wk_stores *s, str name);
static str key_buf(char *buf, size_t cap, const char *prefix, str name);
static str global_key(char *buf, size_t cap, str name);

static st_key *returns_key_of(struct wk_stores *s, str name)
{
    char buf[256];
    str k = key_buf(buf, sizeof buf, "()", name);
    return k.p ? find_key(s, k) : NULL;
}

/* Finds the keys take_hooks reads, as proto_mask, returns_mask_at and key_mask
 * find them; once the keys are final (after the last make_keys), the hooks
 * then read the same keys without a find. */
static bool hook_keys(walker *w, struct wk_stores *s)
{
    _Static_assert(sizeof s->hk / sizeof s->hk[0] == HK_COUNT, "hk holds HOOK_NAMES");
    s->hk_esc = an_arena_alloc(w->arena, (s->nescaped + 1) * sizeof *s->hk_esc);
    s->hk_lib = an_arena_alloc(w->arena, (s->nlibdefs + 1) * sizeof *s->hk_lib);
    if (!s->hk_esc || !s->hk_lib) {
        w->oom = true;
        return false;
    }
    for (size_t i = 0; i < HK_COUNT; i++) {
        str n = {HOOK_NAMES[i], strlen(HOOK_NAMES[i])};
        s->hk[i][0] = returns_key_of(s, n);
        s->hk[i][1] = i < HK_OP ? find_key(s, n) : NULL;
    }
    for (size_t i = 0; i < s->nescaped; i++)
        s->hk_esc[i] = returns_key_of(s, s->escaped[i]);
    for (size_t i = 0; i < s->nlibdefs; i++)
        s->hk_lib[i] = returns_key_of(s, s->libdefs[i]);
    s->hk_found = true;
    return true;
}

static unsigned read_key(struct wk_stores *s, st_key *k, int lvl);

/* proto_mask of HOOK_NAMES[i], by the keys found */
static unsigned hk_mask(struct wk_stores *s, int i, int lvl)
{
    if (!s->hk_found)
        return proto_mask(s, HOOK_NAMES[i], lvl);
    return read_key(s, s->hk[i][0], lvl) | read_key(s, s->hk[i][1], lvl);
}

/* returns_mask_at of HOOK_NAMES[i], by the key found */
static unsigned hk_returns(struct wk_stores *s, int i, int lvl)
{
    if (!s->hk_found)
        return returns_mask_at(s, (str){HOOK_NAMES[i], strlen(HOOK_NAMES[i])}, lvl);
    return read_key(s, s->hk[i][0], lvl);
}

/* The hooks at one level: level 1 (h = s->hooks) with what every call returns,
 * level 0 (s->hooks0) with what the program's own code returns, the library's
 * calls taken as new values (item stores, mutating calls). */
static void take_hooks_at(struct wk_stores *s, unsigned *h, int lvl)
{
    memset(h, 0, sizeof s->hooks);
    h[H_ATTR] = hk_mask(s, HK_GETATTR, lvl) | hk_mask(s, HK_GETATTRIBUTE, lvl) |
                hk_mask(s, HK_GET, lvl);
    h[H_ITEM] = hk_mask(s, HK_GETITEM, lvl) | hk_mask(s, HK_MISSING, lvl) |
                hk_mask(s, HK_CLASS_GETITEM, lvl);
    h[H_OP] = hk_returns(s, HK_OP, lvl);
    h[H_ELEM] = elems(hk_mask(s, HK_ITER, lvl) | hk_mask(s, HK_AITER, lvl)) |
                hk_mask(s, HK_NEXT, lvl) | hk_mask(s, HK_ANEXT, lvl) |
                hk_mask(s, HK_ENTER, lvl) | hk_mask(s, HK_AENTER, lvl) | h[H_ITEM];
    h[H_LIB] = hk_returns(s, HK_DUNDER, lvl) | hk_mask(s, HK_KEYS, lvl) |
               (s->foreign ? spread(override_mask_at(s, lvl)) : 0);
    h[H_ESC] = escaped_mask_at(s, lvl);
}

static void take_hooks(struct wk_stores *s)
{
    take_hooks_at(s, s->hooks, 1);
    take_hooks_at(s, s->hooks0, 0);
}

static unsigned args_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                          int depth);
static unsigned lookup_args_mask(walker *w, struct wk_stores *s, TSNode args, int lvl,
                                 int depth);

/* ---- flows through calls: parameters and return values ----
 *
 * A call hands its arguments to the parameters of every function it may reach,
 * and takes its value from what they return (or, for a generator, hold). Which
 * functions: those named like the callee (f(...) every def f, obj.m(...) every def
 * m, with self as the first parameter, or as an argument too when the receiver may
 * be a class: K.m(C), cls.m(C)); a class's __init__, __new__ and _missing_, and
 * its annotated names (dataclass fields), for K(...); and when the callee is
 * anything else (a variable, an item, a call) every function and lambda of the
 * program. A function handed to the standard library (map(f, [C]),
 * Thread(target=f, args=(C,)), sorted(key=f)) may be called with any of the other
 * arguments' items. Operator methods (__eq__, __add__, __set__, ...) receive
 * whatever the operands are: their parameters but self may hold anything. */

static str key_buf(char *buf, size_t cap, const char *prefix, str name)
{
    size_t pl = strlen(prefix);
    if (pl + name.len >= cap)
        return (str){NULL, 0};
    memcpy(buf, prefix, pl);
    memcpy(buf + pl, name.p, name.len);
    return (str){buf, pl + name.len};
}

/* Lists the event being evaluated among the readers of something (a key, the
 * hooks, every key), once an evaluation. */
static void depend(struct wk_stores *s, uint32_t *head, uint32_t *stamp)
{
    if (!s->recording || *stamp == s->stamp)
        return;
    *stamp = s->stamp;
    st_edge *e = se_grow(s->edges, s->nedges, &s->capedges, sizeof *e);
    if (!e) {
        s->edges_failed = true;
        return;
    }
    s->edges = e;
    s->edges[s->nedges] = (st_edge){s->cur, *head};
    *head = (uint32_t)++s->nedges;
}

static void enqueue(struct wk_stores *s, uint32_t ev)
{
    if (!s->queued[ev]) {
        s->queued[ev] = 1;
        s->queue[s->qtail] = ev;
        s->qtail = (s->qtail + 1) % s->qcap;
    }
}

/* Key k is read by something needed: its events are to be evaluated. */
static void need(struct wk_stores *s, st_key *k)
{
    if (!s->marking || k->needed)
        return;
    k->needed = true;
    for (uint32_t e = k->evs; e; e = s->next_ev[e - 1])
        enqueue(s, e - 1);
}

/* Key k's mask at lvl (0 when there is no such key: the keys are all made
 * before the fixpoint), the read recorded; while an augmented store is judged
 * again (aug_judged), its level-0 mask on those terms. */
static unsigned read_key(struct wk_stores *s, st_key *k, int lvl)
{
    if (!k)
        return 0;
    need(s, k);
    depend(s, &k->deps, &k->stamp);
    if (s->aug_on && lvl == 0)
        return s->aug[k - s->keys];
    return k->m[lvl];
}

static void take_hooks(struct wk_stores *s);

/* Hook h at lvl (level 0 follows no calls, so no protocol method), the read
 * recorded; the first read needs the keys the hooks are made of. */
static unsigned hook(struct wk_stores *s, int lvl, int h)
{
    if (s->marking && !s->hooks_needed) {
        bool recording = s->recording, aug_on = s->aug_on;
        s->hooks_needed = true;
        s->recording = false;
        s->aug_on = false; /* the hooks are kept: taken on the whole masks */
        take_hooks(s);
        s->recording = recording;
        s->aug_on = aug_on;
    }
    depend(s, &s->hook_deps.head, &s->hook_deps.stamp);
    if (lvl == 0 && s->aug_on)
        return s->aug_hooks0[h];
    return lvl == 0 ? s->hooks0[h] : s->hooks[h];
}

/* What `t op= v` (v's mask vm) puts into t's object besides what t held: what
 * the program's operator methods return, or what the builtin in-place operator
 * takes from v. A list's += is extend, which iterates v (each step v's item,
 * or what the program's __iter__, __next__ or __getitem__ hand out), and a
 * dict's |= is update, which takes v's items or the values of v's pairs, one
 * level up (round 25a: `lst += P()`, `d |= [("a", sys.argv)]`); so v's parts
 * at their depth and one level up, and those hooks' results as t's items. */
static unsigned aug_parts(struct wk_stores *s, unsigned vm, int lvl)
{
    return hook(s, lvl, H_OP) | ((vm | elems(vm)) & ~M_TOP) |
           shl(hook(s, lvl, H_ELEM) | hook(s, lvl, H_ITEM) | hook(s, lvl, H_LIB));
}

static unsigned key_mask(struct wk_stores *s, str name, int lvl)
{
    return read_key(s, name.p ? find_key(s, name) : NULL, lvl);
}

static unsigned returns_mask_at(struct wk_stores *s, str name, int lvl)
{
    char buf[256];
    return key_mask(s, key_buf(buf, sizeof buf, "()", name), lvl);
}

static unsigned returns_mask(struct wk_stores *s, str name)
{
    return returns_mask_at(s, name, 1);
}


static bool same(str a, str b)
{
    return a.p && b.p && a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

/* The answer m keeps for name, or NULL. */
static const bool *memo_get(const name_memo *m, str name)
{
    for (size_t i = 0; i < m->n; i++)
        if (same(m->slot[i].name, name))
            return &m->slot[i].yes;
    return NULL;
}

/* Keeps yes for name (once full, over a slot chosen by the name's length). */
static bool memo_put(name_memo *m, str name, bool yes)
{
    size_t i = m->n < NAME_MEMO ? m->n++ : name.len % NAME_MEMO;
    m->slot[i].name = name;
    m->slot[i].yes = yes;
    return yes;
}

/* Is name among names[0..n) (the defs' or the classes' names)? */
static bool in_names(const str *names, size_t n, str name)
{
    for (size_t i = 0; i < n && name.p; i++)
        if (same(names[i], name))
            return true;
    return false;
}

/* The names of the defs and class statements, once. */
static bool take_names(walker *w, struct wk_stores *s)
{
    s->defnames = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->defnames);
    s->classnames = an_arena_alloc(w->arena, (s->nclasses + 1) * sizeof *s->classnames);
    if (!s->defnames || !s->classnames) {
        w->oom = true;
        return false;
    }
    for (size_t i = 0; i < s->ndefs; i++)
        s->defnames[i] = wk_ident(w, wk_child(w, s->defs[i], "name"));
    for (size_t i = 0; i < s->nclasses; i++)
        s->classnames[i] = wk_ident(w, wk_child(w, s->classes[i], "name"));
    return true;
}

typedef enum { CK_MODULE, CK_DEF, CK_CLASS, CK_METHOD, CK_OTHER_METHOD, CK_OPAQUE } callee_kind;

/* The statement a def is (its decorated_definition when decorated). */
static TSNode def_statement(walker *w, TSNode def)
{
    TSNode p = wk_parent_of(w, def);
    return !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->decorated_definition ? p : def;
}

/* Is def a method: a statement of a class body? It binds no name a plain
 * name elsewhere reads, only one of that class body itself. */
static bool method_def(walker *w, TSNode def)
{
    TSNode blk = wk_parent_of(w, def_statement(w, def));
    TSNode cls = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
    return !ts_node_is_null(cls) && ts_node_symbol(blk) == w->sym->block &&
           ts_node_symbol(cls) == w->sym->class_definition &&
           /* a def the program declares global binds the module's name */
           !wk_declared_shared(w, wk_ident(w, wk_child(w, def, "name")));
}

/* Is node in a class body itself, not in a function or lambda of it? */
static bool in_class_body(walker *w, TSNode node)
{
    TSNode n = wk_parent_of(w, node);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == w->sym->class_definition)
            return true;
        if (k == w->sym->function_definition || k == w->sym->lambda)
            return false;
    }
    return false;
}

/* May the plain name at node be one of the program's defs of that name? Not
 * when every such def is a method and node is outside any class body: a def
 * in a class body binds the name in that body's namespace only (its methods
 * and the module read the builtin, `next(iter([L]))` beside a class's
 * `def next`). In some class body it may be, whichever class: counted. */
static bool def_visible(walker *w, struct wk_stores *s, TSNode node, str name)
{
    bool in_body = false, body_known = false;
    for (size_t i = 0; i < s->ndefs && name.p; i++) {
        if (!same(s->defnames[i], name))
            continue;
        if (!method_def(w, s->defs[i]))
            return true;
        if (!body_known) {
            in_body = in_class_body(w, node);
            body_known = true;
        }
        if (in_body)
            return true;
    }
    return false;
}

/* Does the plain name at node surely name the program's def of that name, and
 * nothing else: the name's one binding in the program is that def, a statement
 * of the module itself (no scope of a function or class, no if or try around
 * it), before node in the text. Module code runs in order, so whatever runs
 * node runs after the def bound the name; no other statement (a method of the
 * same name, a parameter, an assignment, del, global) binds it anywhere. Else
 * the name may name the builtin, a variable or a module's function as well
 * (a def nested in a function binds the name in that function only), and a
 * call of it is judged both ways. */
static bool def_sure(walker *w, struct wk_stores *s, TSNode node, str name)
{
    TSNode def = {0};
    for (size_t i = 0; i < s->ndefs && name.p; i++) {
        if (!same(s->defnames[i], name))
            continue;
        if (!ts_node_is_null(def))
            return false;
        def = s->defs[i];
    }
    if (ts_node_is_null(def))
        return false;
    TSNode st = def_statement(w, def);
    TSNode mod = wk_parent_of(w, st);
    if (ts_node_is_null(mod) || !ts_node_is_null(wk_parent_of(w, mod)) ||
        ts_node_start_byte(st) >= ts_node_start_byte(node) || module_name(w, s, name) ||
        in_names(s->classnames, s->nclasses, name))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 1;
}

/* Is a call of name, wherever written, a call of a class statement's class: the
 * name bound by class statements alone, each at module level? One in a def or a
 * class body binds the name there only, and a call elsewhere reaches the
 * builtin or global of that name (round 25d: a local `class max` and the
 * module's max([sys.argv])). */
static bool class_sure(walker *w, str name)
{
    if (wk_builtin_name(name))
        return false; /* a call before the class statement runs reaches the builtin */
    wk_census c = wk_take_census(w, name);
    if (c.other != 0)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++) {
        if (t[i].sym != w->sym->class_definition ||
            !wk_same(wk_ident(w, wk_child(w, t[i].node, "name")), name))
            continue;
        TSNode up = wk_parent_of(w, t[i].node);
        if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
            up = wk_parent_of(w, up);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->module)
            return false;
    }
    return true;
}

/* What a plain-name callee is when it is no def of the program's. */
/* A class statement under a library decorator that does not hand the class back
 * (functools.cache, lru_cache, singledispatch, contextmanager, bare
 * @unittest.skip, ...): its name is a
 * wrapper whose calls return what earlier calls made (round 29c/29d: `@cache
 * class Box(list)`, `@lru_cache(maxsize=None) class T(tuple)` hand every call the
 * instance an equal argument made first), which no rule follows: refused. */
static void library_class_decorators(walker *w, TSNode cls)
{
    TSNode up = wk_parent_of(w, cls);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return;
    uint32_t k = ts_node_named_child_count(up);
    for (uint32_t i = 0; i < k; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) == w->sym->decorator && wk_is_library_decorator(w, d) &&
            !wk_class_returning_decorator(w, d))
            wk_report(w, d, "class",
                      "a library decorator over a class statement must hand the class back, "
                      "in the form that does (@dataclass or @dataclass(...) with keywords, "
                      "bare @functools.total_ordering, @enum.unique, @typing.final; called "
                      "@unittest.skip(\"why\"), @enum.verify(...)): this one makes a wrapper "
                      "or another object, whose calls may hand back what they are given or "
                      "what earlier calls made; decorate a function or a method instead");
    }
}

/* A callee name that is no def or class statement of the program's: a module's
 * function bound by its import alone, or a builtin the program never binds
 * (CK_MODULE); a name bound in any other way too (a parameter or a local beside
 * `from math import floor`, whose keys are scoped: round 32a) may be any
 * callable (CK_OPAQUE). */
static callee_kind module_or_opaque(walker *w, struct wk_stores *s, str name,
                                     bool beside_class)
{
    if (module_name(w, s, name) || !find_key(s, name)) {
        /* beside a class statement of the name, its other binding is asked:
         * the class statements are not counted (round 33a) */
        wk_census c = wk_take_census(w, name);
        if ((beside_class || c.classdefs == 0) &&
            (c.other == 0 || wk_import_only(w, name) || wk_module_only(w, name)))
            return CK_MODULE;
    }
    return CK_OPAQUE; /* a variable holding some callable */
}

static callee_kind classify_name(walker *w, struct wk_stores *s, str name)
{
    bool cls = false, itself = true;
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], name)) {
            cls = true;
            itself = itself && wk_class_bound_to_itself(w, s->classes[i]);
        }
    if (cls && itself)
        return CK_CLASS;
    if (cls)
        return CK_OPAQUE; /* what its decorator made */
    return module_or_opaque(w, s, name, false);
}

/* The second way to judge a call classify took for a call of the program's
 * def (CK_DEF), when the name may name something else there too; else ck
 * itself (one way only). */
static bool only_defs_bind_memo(walker *w, str f);

/* Is mod.attr one of the n (module, name) pairs? */
static bool pair_listed(str mod, str attr, const char *const (*pairs)[2], size_t n)
{
    for (size_t i = 0; mod.p && attr.p && i < n; i++)
        if (wk_eq(mod, pairs[i][0]) && wk_eq(attr, pairs[i][1]))
            return true;
    return false;
}

/* Is every decorator of the statement that decorator expression e belongs to a
 * bare library decorator that hands back the def or class it is given
 * (total_ordering, dataclass, abstractmethod, typing.final, enum.unique) or a
 * new wrapper of it (singledispatch, cache, lru_cache, contextmanager: reviewed
 * under 3.11)? The name is then no object of a module's: the program's own
 * def or class, or a function made for it. All of them, since an outer one is
 * given what the inner one made (never typing.overload, whose product is one
 * function the library shares). */
static bool own_product_decorators(walker *w, TSNode e)
{
    static const char *const pairs[][2] = {
        {"functools", "total_ordering"}, {"functools", "singledispatch"},
        {"functools", "cache"},          {"functools", "lru_cache"},
        {"dataclasses", "dataclass"},    {"abc", "abstractmethod"},
        {"typing", "final"},             {"enum", "unique"},
        {"contextlib", "contextmanager"}, {"contextlib", "asynccontextmanager"}};
    TSNode d = wk_parent_of(w, e);
    TSNode st = ts_node_is_null(d) ? d : wk_parent_of(w, d);
    if (ts_node_is_null(st) || ts_node_symbol(st) != w->sym->decorated_definition)
        return false;
    uint32_t count = ts_node_named_child_count(st);
    for (uint32_t i = 0; i < count; i++) {
        TSNode di = wk_named_child(w, st, i);
        if (ts_node_symbol(di) != w->sym->decorator)
            continue;
        TSNode x = wk_named_child(w, di, 0);
        bool listed = false;
        for (size_t k = 0; k < sizeof pairs / sizeof pairs[0] && !listed; k++)
            listed = wk_library_callee(w, x, pairs[k][0], pairs[k][1]);
        if (!listed)
            return false;
    }
    return true;
}

/* Is decorator d one whose product the caller's arguments reach in place: the
 * builtin staticmethod, classmethod or property (and a property's setter,
 * getter, deleter), or one of the library's that keep the signature (reviewed
 * under 3.11: functools' wraps, lru_cache, cache, cached_property,
 * total_ordering, singledispatch; contextlib's contextmanager and
 * asynccontextmanager; abc.abstractmethod; typing's final, overload,
 * no_type_check; dataclasses.dataclass; enum.unique; unittest's skip,
 * skipIf, skipUnless, expectedFailure)? Not functools.partial, whose product
 * calls what it was given with arguments it holds (round 25w). */
static bool transparent_decorator(walker *w, TSNode d)
{
    static const char *const pairs[][2] = {
        {"functools", "wraps"},          {"functools", "lru_cache"},
        {"functools", "cache"},          {"functools", "cached_property"},
        {"functools", "total_ordering"}, {"functools", "singledispatch"},
        {"contextlib", "contextmanager"}, {"contextlib", "asynccontextmanager"},
        {"abc", "abstractmethod"},       {"typing", "final"},
        {"typing", "overload"},          {"typing", "no_type_check"},
        {"dataclasses", "dataclass"},    {"enum", "unique"},
        {"unittest", "skip"},            {"unittest", "skipIf"},
        {"unittest", "skipUnless"},      {"unittest", "expectedFailure"}};
    TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
    TSNode args = {0};
    if (!ts_node_is_null(e) && ts_node_symbol(e) == w->sym->call) {
        args = wk_child(w, e, "arguments");
        e = wk_unparen(w, wk_child(w, e, "function"));
    }
    if (ts_node_is_null(e))
        return false;
    TSSymbol k = ts_node_symbol(e);
    str mod = {NULL, 0}, attr = {NULL, 0};
    /* called, a decorator keeps the signature only with arguments that are no
     * callable (lru_cache(maxsize=128)): `@functools.lru_cache(swap)` wraps
     * swap, and `@typing.final(swap)` is swap (round 25y); wraps(f) and
     * unittest's skips take any arguments, their product keeping the def */
    bool plain_args = ts_node_is_null(args) || wk_constant_args(w, args);
    if (k == w->sym->identifier) {
        str dn = wk_ident(w, e);
        if ((wk_eq(dn, "staticmethod") || wk_eq(dn, "classmethod") || wk_eq(dn, "property")) &&
            wk_builtin_unbound(w, dn))
            return ts_node_is_null(args);
        const binding *b = wk_import_only(w, dn);
        if (!b || !b->attr)
            return false;
        mod = (str){b->module, b->module_len};
        attr = (str){b->attr, b->attr_len};
    } else if (k == w->sym->attribute) {
        attr = wk_ident(w, wk_child(w, e, "attribute"));
        mod = wk_module_path_only(w, wk_child(w, e, "object"));
        if (!mod.p) /* `@x.setter` of a property */
            return wk_eq(attr, "setter") || wk_eq(attr, "getter") || wk_eq(attr, "deleter");
    }
    /* factories keep the def only called (bare, `@wraps` decorates with itself);
     * lru_cache and dataclass either way; the others only bare (round 25z) */
    static const char *const factories[] = {"wraps", "skip", "skipIf", "skipUnless"};
    static const char *const either[] = {"lru_cache", "dataclass"};
    if (!pair_listed(mod, attr, pairs, sizeof pairs / sizeof pairs[0]))
        return false;
    return wk_eq_any(attr, factories, 4) ? !ts_node_is_null(args)
           : wk_eq_any(attr, either, 2)  ? plain_args
                                          : ts_node_is_null(args);
}

/* Is some def named name under a decorator that is neither the library's (an
 * imported name or a module's attribute, called or not) nor the builtin
 * staticmethod or classmethod? The name is bound to what that decorator
 * returned, which a call then reaches with its arguments (round 25v: a wrapper
 * that swaps them, or writes into one, before calling the def). */
static bool program_decorated_name(walker *w, struct wk_stores *s, str name)
{
    for (size_t i = 0; i < s->ndefs; i++) {
        if (!same(s->defnames[i], name))
            continue;
        TSNode up = wk_parent_of(w, s->defs[i]);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
            continue;
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t j = 0; j < n; j++) {
            TSNode d = wk_named_child(w, up, j);
            if (ts_node_symbol(d) == w->sym->decorator && !transparent_decorator(w, d))
                return true;
        }
    }
    return false;
}

/* Is some class statement called name under a decorator that neither keeps
 * the signature-keeping list's terms (transparent_decorator) nor is the
 * library's class-keeping kind with constant arguments? */
static bool decorated_class_opaque(walker *w, struct wk_stores *s, str name)
{
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!same(s->classnames[i], name))
            continue;
        TSNode up = wk_parent_of(w, s->classes[i]);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
            continue;
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t j = 0; j < n; j++) {
            TSNode d = wk_named_child(w, up, j);
            if (ts_node_symbol(d) == w->sym->decorator && !transparent_decorator(w, d) &&
                !wk_is_library_decorator(w, d))
                return true;
        }
    }
    return false;
}

static callee_kind classify_other(walker *w, struct wk_stores *s, TSNode f, callee_kind ck,
                                  str name)
{
    f = wk_unparen(w, f);
    if ((ck == CK_DEF || ck == CK_METHOD) && name.p && program_decorated_name(w, s, name))
        return CK_OPAQUE;
    /* a class statement under a decorator that may not keep the class binds
     * that decorator's product (round 25y: `@typing.final(wrap)`) */
    if (ck == CK_CLASS && name.p && decorated_class_opaque(w, s, name))
        return CK_OPAQUE;
    if (ck == CK_CLASS && ts_node_symbol(f) == w->sym->identifier && !class_sure(w, name))
        return module_or_opaque(w, s, name, true);
    /* `self.g = f` beside `def g`: x.g may be any function stored so */
    if (ck == CK_METHOD && name.p && !only_defs_bind_memo(w, name))
        return CK_OPAQUE;
    if (ck != CK_DEF || ts_node_symbol(f) != w->sym->identifier || def_sure(w, s, f, name))
        return ck;
    return classify_name(w, s, name);
}

static callee_kind classify0(walker *w, struct wk_stores *s, TSNode f, str *name);

/* What a callee is, and the name it calls by (classify0), and (other, when
 * not NULL) classify_other's second judgement of it. Both read the names the
 * program binds, its keys, the census and the tree, all settled once the
 * judgement runs (s->marking), so their answers for a callee are kept from
 * then on. */
static callee_kind classify_both(walker *w, struct wk_stores *s, TSNode f, str *name,
                                 callee_kind *other)
{
    struct st_callee_memo *m = s->marking && f.id ? &s->callee_memo[memo_slot(f.id, 8)] : NULL;
    if (m && m->f == f.id) {
        *name = m->name;
        if (other)
            *other = (callee_kind)m->other;
        return (callee_kind)m->ck;
    }
    callee_kind ck = classify0(w, s, f, name);
    if (!m && !other)
        return ck;
    callee_kind ot = classify_other(w, s, f, ck, *name);
    if (m)
        *m = (struct st_callee_memo){f.id, *name, (int8_t)ck, (int8_t)ot};
    if (other)
        *other = ot;
    return ck;
}

static inline callee_kind classify(walker *w, struct wk_stores *s, TSNode f, str *name)
{
    return classify_both(w, s, f, name, NULL);
}

static callee_kind classify0(walker *w, struct wk_stores *s, TSNode f, str *name)
{
    f = wk_unparen(w, f);
    TSSymbol k = ts_node_symbol(f);
    *name = (str){NULL, 0};
    if (k == w->sym->identifier) {
        *name = wk_ident(w, f);
        if (in_names(s->defnames, s->ndefs, *name) && def_visible(w, s, f, *name))
            return CK_DEF;
        return classify_name(w, s, *name);
    }
    if (k == w->sym->attribute) {
        *name = wk_ident(w, wk_child(w, f, "attribute"));
        if (wk_module_path_only(w, wk_child(w, f, "object")).p)
            return CK_MODULE;
        if (in_names(s->defnames, s->ndefs, *name))
            return CK_METHOD;
        if (find_key(s, *name))
            return CK_OPAQUE; /* a callable stored under that attribute name */
        return CK_OTHER_METHOD;
    }
    return CK_OPAQUE;
}

/* The parameters of a def or lambda: positional ones, *args, keyword-only ones,
 * **kwargs. */
typedef struct params {
    str pos[32], kw[32];
    size_t npos, nkw;
    size_t nposonly; /* the first nposonly of pos are positional-only (before `/`) */
    bool more;       /* more parameters than pos or kw holds */
    str star, dstar;
} params;

static str param_name(walker *w, TSNode p)
{
    for (int i = 0; i < 4 && !ts_node_is_null(p); i++) {
        if (ts_node_symbol(p) == w->sym->identifier)
            return wk_ident(w, p);
        TSNode n = wk_child(w, p, "name");
        p = ts_node_is_null(n) ? wk_named_child(w, p, 0) : n;
    }
    return (str){NULL, 0};
}

static params read_params(walker *w, TSNode fn)
{
    params ps;
    memset(&ps, 0, sizeof ps);
    TSNode list = wk_child(w, fn, "parameters");
    uint32_t n = ts_node_is_null(list) ? 0 : ts_node_named_child_count(list);
    bool kwonly = false;
    for (uint32_t i = 0; i < n; i++) {
        TSNode p = wk_named_child(w, list, i);
        TSNode inner =
            ts_node_symbol(p) == w->sym->typed_parameter ? wk_named_child(w, p, 0) : p;
        TSSymbol k = ts_node_symbol(inner);
        const char *t = ts_node_type(p);
        if (k == w->sym->list_splat_pattern) {
            ps.star = param_name(w, wk_named_child(w, inner, 0));
            kwonly = true;
        } else if (k == w->sym->dictionary_splat_pattern) {
            ps.dstar = param_name(w, wk_named_child(w, inner, 0));
        } else if (strcmp(t, "keyword_separator") == 0) {
            kwonly = true;
        } else if (strcmp(t, "positional_separator") == 0) {
            ps.nposonly = ps.npos;
        } else if (k == w->sym->identifier || k == w->sym->default_parameter ||
                   k == w->sym->typed_default_parameter || !ts_node_eq(p, inner)) {
            str name = param_name(w, p);
            if (!name.p)
                continue;
            if (kwonly && ps.nkw < 32)
                ps.kw[ps.nkw++] = name;
            else if (!kwonly && ps.npos < 32)
                ps.pos[ps.npos++] = name;
            else
                ps.more = true;
        }
    }
    return ps;
}

/* Every parameter of fn from first on may take an element of value (what its
 * __iter__ hands out too): a function handed to the standard library with an
 * iterable (first 1: a bound method, `k.pick`, whose self is k). */
static str param_key(walker *w, TSNode fn, str name);

static void alias_back_up(walker *w, TSNode fn, str pname, TSNode a, unsigned down,
                          unsigned up);

static void taint_params_elems(walker *w, TSNode fn, TSNode value, size_t first)
{
    params ps = read_params(w, fn);
    for (size_t i = first; i < ps.npos; i++) /* map(f, [d]): f's parameter is d */
        alias_back_up(w, fn, ps.pos[i], value, 1, 0);
    for (size_t i = 0; i < ps.nkw; i++)
        alias_back_up(w, fn, ps.kw[i], value, 1, 0);
    alias_back_up(w, fn, ps.star, value, 1, 1);
    alias_back_up(w, fn, ps.dstar, value, 1, 1);
    for (size_t i = first; i < ps.npos; i++)
        add_iter_event(w, param_key(w, fn, ps.pos[i]), value, EV_VALUE, 0, 1);
    for (size_t i = 0; i < ps.nkw; i++)
        add_iter_event(w, param_key(w, fn, ps.kw[i]), value, EV_VALUE, 0, 1);
    add_iter_event(w, param_key(w, fn, ps.star), value, EV_HOLD, 1, 1);
    add_iter_event(w, param_key(w, fn, ps.dstar), value, EV_HOLD, 1, 1);
}

static str rescoped(walker *w, struct wk_stores *s, str key, uint32_t root);

/* "<key>#held": what a function puts into its parameter key (a hold, an
 * alias of a callee's), apart from what its callers hand it. */
static str held_key(walker *w, str key)
{
    char *p = an_arena_alloc(w->arena, key.len + 6);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    memcpy(p, key.p, key.len);
    memcpy(p + key.len, "#held", 6);
    return (str){p, key.len + 5};
}

/* "<key>#in": what the callers store into parameter key's objects through
 * their own names (alias_back_up), noted in s->inkeys so that the aliases of
 * the parameter inside its function read it (plain_alias_events_from). */
static str in_key(walker *w, struct wk_stores *s, str key)
{
    if (!key.p)
        return key;
    if (!s->inkeys && !(s->inkeys = an_strset_new())) {
        w->oom = true;
        return (str){NULL, 0};
    }
    char *p = an_arena_alloc(w->arena, key.len + 4);
    if (!p || an_strset_add(s->inkeys, key.p, key.len) < 0) {
        w->oom = true;
        return (str){NULL, 0};
    }
    memcpy(p, key.p, key.len);
    memcpy(p + key.len, "#in", 4);
    return (str){p, key.len + 3};
}

/* Adds ev, a store into its key's container, again under key#held (rescoped):
 * what a parameter's function puts into it, what a name puts into an object
 * another may share (plain_alias). */
static void note_held(walker *w, struct wk_stores *s, size_t i)
{
    if (!s->ev[i].key.p)
        return;
    st_event copy = s->ev[i];
    st_event *ev = add_iter_event(w, held_key(w, copy.key), copy.value, (ev_kind)copy.kind,
                                  copy.shift, copy.iter);
    if (ev)
        ev->attr = copy.attr;
}

/* Argument a of a call is the very object fn's parameter pname names: what fn
 * puts into its parameter (`box.append(c)`, `box[k] = c`) lands in a, a
 * container the caller reads afterwards (`put(b, C); b[0]`). a's root name (or
 * attribute) holds, as many items down as a lies below it, what the parameter
 * holds below its top because fn put it there (key#held, EV_ALIAS); what other
 * callers hand the parameter stays theirs. */
static void alias_back_up(walker *w, TSNode fn, str pname, TSNode a, unsigned down,
                          unsigned up);

static void alias_back(walker *w, TSNode fn, str pname, TSNode a)
{
    alias_back_up(w, fn, pname, a, 0, 0);
}

/* The same for a parameter `up` items above a's object (`*args`, `**kw`: a new
 * tuple or dict of the arguments), or `down` items inside it (`f(*xs)`: an
 * element of xs). */
static void alias_back_up(walker *w, TSNode fn, str pname, TSNode a, unsigned down,
                          unsigned up)
{
    struct wk_stores *s = w->stores;
    if (!s || !pname.p || ts_node_is_null(a))
        return;
    unsigned d;
    uint32_t root;
    str key = key_of_root(w, a, &d, &root);
    if (!key.p) { /* g(*[d]), map(f, [d]), g(x or d): the names it roots in */
        alias_roots(w, param_key(w, fn, pname), 0, a, down, up, false, 0);
        return;
    }
    key = rescoped(w, s, key, root);
    /* and the parameter is the argument's object: what the caller stores into
     * that object through its own names is in the parameter too ("#in"), and
     * so reaches whatever the function aliased the parameter to (round 54b:
     * `def put(x, v): x.append(v)`, `put(d, holder)`, then `d[0].append(M)`
     * is a store into holder). Apart from "#held", which every caller takes
     * back: one caller's stores are no other caller's. */
    str pin = in_key(w, s, param_key(w, fn, pname)), aheld = held_key(w, key);
    /* (and what the caller's callers stored, when the argument is a variable
     * of the caller's, its parameter perhaps: `def put2(x, v): put(x, v)`) */
    str from_in[2] = {aheld, key.len && key.p[0] == '@' ? in_key(w, s, key) : (str){NULL, 0}};
    for (int j = 0; j < 2 && pin.p && from_in[j].p; j++) {
        st_event *rev = add_iter_event(w, pin, a, EV_ALIAS, up, 0);
        if (rev) {
            rev->attr = from_in[j];
            rev->up = (uint8_t)(d + down > 3 ? 3 : d + down);
        }
    }
    str from = held_key(w, param_key(w, fn, pname));
    st_event *ev = add_iter_event(w, key, a, EV_ALIAS, d + down, 0);
    if (ev) {
        ev->attr = from;
        ev->up = (uint8_t)(up > 3 ? 3 : up);
    }
    if (ev) { /* a parameter of the caller, or a name another may share: held by it too */
        ev = add_iter_event(w, held_key(w, key), a, EV_ALIAS, d + down, 0);
        if (ev) {
            ev->attr = from;
            ev->up = (uint8_t)(up > 3 ? 3 : up);
        }
    }
}

/* The arguments of call (an argument_list, or a lone generator) go to fn's
 * parameters, the first positional one being parameter `offset`. */
static void map_args(walker *w, TSNode fn, TSNode args, size_t offset)
{
    params ps = read_params(w, fn);
    if (ts_node_is_null(args))
        return;
    if (ts_node_symbol(args) != w->sym->argument_list) { /* f(x for x in y) */
        if (offset < ps.npos) {
            add_event(w, param_key(w, fn, ps.pos[offset]), args, EV_VALUE, 0);
            alias_back(w, fn, ps.pos[offset], args); /* its elements are the caller's */
        } else if (ps.star.p) {
            add_event(w, param_key(w, fn, ps.star), args, EV_HOLD, 1);
            alias_back_up(w, fn, ps.star, args, 0, 1);
        }
        return;
    }
    size_t i = offset;
    bool starred = false; /* past a `*xs`: a positional argument's place is unknown */
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t k = 0; k < n; k++) {
        TSNode a = wk_named_child(w, args, k);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (starred && as != w->sym->keyword_argument && as != w->sym->list_splat &&
            as != w->sym->dictionary_splat) {
            /* `run(*[0, 0], v)`: v lands in any positional parameter from its
             * own place on, or in *args (round 25u) */
            for (size_t j = i; j < ps.npos; j++) {
                alias_back(w, fn, ps.pos[j], a);
                add_event(w, param_key(w, fn, ps.pos[j]), a, EV_VALUE, 0);
            }
            add_event(w, param_key(w, fn, ps.star), a, EV_HOLD, 1);
            alias_back_up(w, fn, ps.star, a, 0, 1);
            i++;
            continue;
        }
        if (as == w->sym->list_splat)
            starred = true;
        if (as == w->sym->keyword_argument) {
            str kn = wk_ident(w, wk_child(w, a, "name"));
            bool found = false;
            /* never a positional-only parameter: `run(0, x=v)` of `def run(x, /,
             * **kw)` puts v into kw (round 25u) */
            for (size_t j = ps.nposonly; j < ps.npos && !found; j++)
                found = ps.pos[j].len == kn.len && memcmp(ps.pos[j].p, kn.p, kn.len) == 0;
            for (size_t j = 0; j < ps.nkw && !found; j++)
                found = ps.kw[j].len == kn.len && memcmp(ps.kw[j].p, kn.p, kn.len) == 0;
            if (found) {
                add_event(w, param_key(w, fn, kn), wk_child(w, a, "value"), EV_VALUE, 0);
                alias_back(w, fn, kn, wk_child(w, a, "value"));
            }
            else { /* g(a=d) into **kw: kw's item is d's object */
                add_event(w, param_key(w, fn, ps.dstar), wk_child(w, a, "value"), EV_HOLD, 1);
                alias_back_up(w, fn, ps.dstar, wk_child(w, a, "value"), 0, 1);
            }
        } else if (as == w->sym->list_splat || as == w->sym->dictionary_splat) {
            /* its items may land in any parameter (the splat's mask is its items) */
            /* a ** splat fills parameters by name, never the bound receiver */
            TSNode xs = wk_named_child(w, a, 0);
            /* and the parameters a splat fills may be one object (round 29c:
             * `f(*[[]] * 2)`, `f(**dict.fromkeys(names, []))`): linked_key */
            for (size_t j = as == w->sym->list_splat ? i : offset; j < ps.npos; j++) {
                add_event(w, param_key(w, fn, ps.pos[j]), a, EV_VALUE, 0);
                alias_back_up(w, fn, ps.pos[j], xs, 1, 0);
                linked_key(w, param_key(w, fn, ps.pos[j]), 0, xs, 0, a);
            }
            for (size_t j = 0; j < ps.nkw && as == w->sym->dictionary_splat; j++) {
                add_event(w, param_key(w, fn, ps.kw[j]), a, EV_VALUE, 0);
                alias_back_up(w, fn, ps.kw[j], xs, 1, 0);
                linked_key(w, param_key(w, fn, ps.kw[j]), 0, xs, 0, a);
            }
            str rest = as == w->sym->list_splat ? ps.star : ps.dstar;
            add_event(w, param_key(w, fn, rest), a, EV_HOLD, 1);
            alias_back_up(w, fn, rest, xs, 0, 0); /* g(*xs): args's items are xs's */
        } else if (i < ps.npos) {
            alias_back(w, fn, ps.pos[i], a);
            add_event(w, param_key(w, fn, ps.pos[i++]), a, EV_VALUE, 0);
        } else { /* g(d) into *args: args's item is d's object */
            add_event(w, param_key(w, fn, ps.star), a, EV_HOLD, 1);
            alias_back_up(w, fn, ps.star, a, 0, 1);
            i++;
        }
    }
}

/* ---- functions that escape ----
 *
 * A function the program only calls by its name returns into those calls, which
 * the flows above follow. One used as a value may be called by code the checker
 * does not read (map, functools.reduce, itertools.starmap, iter(f, sentinel),
 * Executor.submit(...).result(), asyncio.to_thread, a defaultdict's
 * default_factory set by an attribute store), and what it returns comes back out
 * of that code: from any call whose callee is not a function of the program known
 * by name, from any object such a call made (a Future's result(), a map's
 * iteration, a defaultdict's items), and from a call of a decorated def's name,
 * which is bound to what its decorator made (a singledispatch function runs the
 * implementations registered on it). So the union of what the escaping
 * functions return (escaped_mask, a hook) flows into every such call's value
 * (call_mask). A function escapes when it is a lambda, a
 * decorated def (its decorator gets it as a value), or a def or method whose name
 * is read anywhere but as a callee (note_reference: `map(one, xs)`,
 * `submit(k.pick)`, `f = one`, `return inner`); a key= function's results are
 * only compared, so it does not count (compared_key). Methods the library finds
 * by name on the objects it is handed (protocol methods, keys(), a library base's
 * overridden hooks) are the protocol flows' (take_hooks). The library code a
 * function is handed to as an argument may pass it anything it holds (a
 * filter gets a LogRecord holding another call's arguments, a done callback
 * the Task): its parameters may be anything (higher_order_arg, EV_ANY), but
 * for callers known to pass only their own other arguments and what
 * escaping functions returned (functools.reduce and itertools.accumulate pass
 * the last result back in): args_only_caller, EV_ESC. */

/* Every parameter of fn from the first-th positional one on (keyword-only and
 * starred ones too) takes an event of kind. */
static void params_event(walker *w, TSNode fn, size_t first, ev_kind kind)
{
    params ps = read_params(w, fn);
    for (size_t i = first; i < ps.npos; i++)
        add_event(w, param_key(w, fn, ps.pos[i]), fn, kind, 0);
    for (size_t i = 0; i < ps.nkw; i++)
        add_event(w, param_key(w, fn, ps.kw[i]), fn, kind, 0);
    add_event(w, param_key(w, fn, ps.star), fn, kind, 0);
    add_event(w, param_key(w, fn, ps.dstar), fn, kind, 0);
}

/* Every parameter of fn from first on may take what escaping functions return
 * (EV_ESC). */
static void taint_params(walker *w, TSNode fn, size_t first)
{
    params_event(w, fn, first, EV_ESC);
}

/* ---- parameters the interpreter fills ----
 *
 * A method the interpreter or the standard library calls implicitly (an operator
 * or comparison, a descriptor's __set__, __missing__, __class_getitem__,
 * __contains__, __exit__, copy's __setstate__ and __deepcopy__, a callable's
 * __call__, __init_subclass__, ...: every dunder a program may define but
 * __init__ and __post_init__, whose arguments are the constructor calls' the
 * flows above map) receives values no call site in the program binds: the
 * other operand may be a class of the standard library, a container holding one,
 * the state copy hands back. So its parameters are sources, as an exception
 * caught is: each may be anything (EV_ANY), and every value derived from one
 * (an alias, an item, a loop variable, a method's result, a closure's return)
 * carries that through the flows that follow. Not the first parameter (self,
 * or cls), which is the program's own object; for a descriptor's __get__,
 * __set__, __delete__ and __set_name__ not the second either (the instance or
 * class of the program's own class that holds it); under @staticmethod every
 * one. A protocol method the checker cannot name (a dunder bound in a class body
 * to anything but a def's name or a lambda, a dunder def under a decorator of
 * the program, what __getattr__ or __getattribute__ hands to copy's lookups of
 * __setstate__ and __deepcopy__) makes every function used as a value such a
 * method, from its first parameter (implicit_events). */

static void taint_params_any(walker *w, TSNode fn, size_t first)
{
    params_event(w, fn, first, EV_ANY);
}

/* A function whose parameters are read through scopes (implicit_read): every
 * def and lambda. A parameter is a name of its own function: what a call hands
 * it is kept under a key of that function ("@<start>:name", param_key) and
 * read only inside it (closures, lambdas and comprehensions in it too), not by
 * every name and attribute so spelt anywhere (`pad = lambda c: ...` called
 * with `o.c` says nothing of `self.c`; what one method's self holds, nothing
 * of another's). The plain name stays bound (EV_NONE), and a parameter
 * rebound in the body reads the name's key too. For an implicitly called
 * function, its parameters but the excluded ones are sources. */
struct st_implicit {
    TSNode fn;
    uint32_t exclude; /* positional parameters that are no sources (bit i: the i-th) */
    params ps;
    bool implicit;
};

/* A read of such a parameter: the identifier's start byte, in document order. */
struct st_read {
    uint32_t at, fn; /* fn: the function's start byte */
    bool implicit;
};

static void register_scope(walker *w, TSNode fn, uint32_t exclude, bool implicit)
{
    struct wk_stores *s = state(w);
    if (!s)
        return;
    if (s->nimplicit && ts_node_eq(s->implicit[s->nimplicit - 1].fn, fn))
        return; /* an implicit one, registered just before */
    struct st_implicit *im = grow(w, s->implicit, s->nimplicit, &s->capimplicit, sizeof *im);
    if (!im)
        return;
    s->implicit = im;
    s->implicit[s->nimplicit++] = (struct st_implicit){fn, exclude, read_params(w, fn), implicit};
}

static void implicit_scope(walker *w, TSNode fn, uint32_t exclude)
{
    register_scope(w, fn, exclude, true);
}

/* Writes "@<at>:" (at in decimal) at buf, which has room for 12 bytes, and returns
 * its length: snprintf did the same at some 750 instructions a key, and the
 * fixpoint builds a scoped key for every read of a parameter it evaluates. */
static int scope_prefix(char *buf, uint32_t at)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = (char)('0' + at % 10);
        at /= 10;
    } while (at);
    buf[0] = '@';
    for (int i = 0; i < n; i++)
        buf[1 + i] = digits[n - 1 - i];
    buf[n + 1] = ':';
    return n + 2;
}

/* "@<at>:name": the key of a variable of the function-like scope (def, lambda,
 * comprehension) whose node starts at byte at; a parameter's too (param_key). */
static str scoped_name(walker *w, uint32_t at, str name)
{
    char buf[32];
    int pl = scope_prefix(buf, at);
    char *p = an_arena_alloc(w->arena, (size_t)pl + name.len + 1);
    if (!p) {
        w->oom = true;
        return name;
    }
    memcpy(p, buf, (size_t)pl);
    memcpy(p + pl, name.p, name.len);
    p[(size_t)pl + name.len] = '\0';
    return (str){p, (size_t)pl + name.len};
}

/* Which scope's variable name, occurring as the identifier at byte at, is
 * (wk_scopes_resolve): a function-like scope's start byte + 1, 0 for a global, a
 * class body's name or a builtin (the one key per name), UINT32_MAX when the
 * scopes are unknown (the older answers: parameters only, see implicit_read). */
static inline uint32_t name_scope(walker *w, struct wk_stores *s, uint32_t at, str name)
{
    (void)w;
    if (!s->scopes)
        return UINT32_MAX;
    /* the fixpoint asks again for every evaluation of a read */
    unsigned slot = (at * 2654435761u) >> 24;
    if (s->scope_answers[slot].at == at + 1)
        return s->scope_answers[slot].res;
    uint32_t r = wk_scopes_resolve(s->scopes, at, name);
    s->scope_answers[slot].at = at + 1;
    s->scope_answers[slot].res = r;
    return r;
}

/* The key a parameter of fn (a def or a lambda) is bound under: "@<start>:name". */
static str param_key(walker *w, TSNode fn, str name)
{
    if (!name.p || ts_node_is_null(fn))
        return name;
    char buf[32];
    int pl = scope_prefix(buf, ts_node_start_byte(fn));
    if (pl <= 0)
        return name;
    char *p = an_arena_alloc(w->arena, (size_t)pl + name.len + 1);
    if (!p) {
        w->oom = true;
        return (str){NULL, 0};
    }
    memcpy(p, buf, (size_t)pl);
    memcpy(p + pl, name.p, name.len);
    p[(size_t)pl + name.len] = '\0';
    return (str){p, (size_t)pl + name.len};
}

/* A def or lambda seen by the check pass: its parameters are its own names
 * (their plain names stay bound, so that a call through one is a call of a
 * variable); the walk is inside it until its end. */
static void param_scope(walker *w, TSNode fn)
{
    register_scope(w, fn, 0, false);
    /* the flows name at most 32 positional and 32 keyword-only parameters: a
     * later one would take no caller's value (session 20) */
    if (read_params(w, fn).more)
        wk_report(w, fn, "too_deep",
                  "more than 32 positional or 32 keyword-only parameters: the checker follows "
                  "32 of each; take the rest as **options or a dict");
    struct wk_stores *s = w->stores;
    if (!s || !s->nimplicit || !ts_node_eq(s->implicit[s->nimplicit - 1].fn, fn))
        return;
    uint32_t *o = grow(w, s->open, s->nopen, &s->capopen, sizeof *o);
    if (!o)
        return;
    s->open = o;
    s->open[s->nopen++] = (uint32_t)(s->nimplicit - 1);
    params ps = s->implicit[s->nimplicit - 1].ps;
    for (size_t i = 0; i < ps.npos; i++)
        add_event(w, ps.pos[i], fn, EV_NONE, 0);
    for (size_t i = 0; i < ps.nkw; i++)
        add_event(w, ps.kw[i], fn, EV_NONE, 0);
    add_event(w, ps.star, fn, EV_NONE, 0);
    add_event(w, ps.dstar, fn, EV_NONE, 0);
}

/* Is name a parameter of ps, and not an excluded positional one? -1 when it is
 * no parameter, 0 when excluded, 1 otherwise. */
static int param_index(const params *ps, str name, uint32_t exclude)
{
    for (size_t i = 0; i < ps->npos; i++)
        if (same(ps->pos[i], name))
            return i < 32 && (exclude >> i & 1u) ? 0 : 1;
    for (size_t i = 0; i < ps->nkw; i++)
        if (same(ps->kw[i], name))
            return 1;
    if (same(ps->star, name) || same(ps->dstar, name))
        return 1;
    return -1;
}

/* Identifier n (stack[depth]): a read of an implicitly called function's
 * parameter when the innermost function on the stack that has a parameter of
 * that name is such a function (a closure, a lambda or a comprehension inside
 * it reads it too; Python's scopes, without local rebinding: a rebound
 * parameter stays a source). Recorded for mask(). */
static void implicit_read(walker *w, TSNode n, size_t depth)
{
    (void)depth;
    struct wk_stores *s = w->stores;
    uint32_t at = ts_node_start_byte(n);
    while (s->nopen && ts_node_end_byte(s->implicit[s->open[s->nopen - 1]].fn) <= at)
        s->nopen--; /* functions the walk has left */
    str name = wk_ident(w, n);
    for (size_t i = s->nopen; i-- > 0;) {
        const struct st_implicit *fr = &s->implicit[s->open[i]];
        int found = param_index(&fr->ps, name, fr->implicit ? fr->exclude : 0);
        if (found < 0)
            continue;
        struct st_read *r = grow(w, s->implicit_reads, s->nimplicit_reads,
                                 &s->capimplicit_reads, sizeof *r);
        if (!r)
            return;
        s->implicit_reads = r;
        /* an excluded one (the receiver) is a plain parameter of its own */
        s->implicit_reads[s->nimplicit_reads++] =
            (struct st_read){at, ts_node_start_byte(fr->fn), fr->implicit && found == 1};
        return;
    }
}

static const struct st_read *scoped_read_at(const struct wk_stores *s, uint32_t at);

/* The key a hold into the name key (its identifier at root - 1) is kept under:
 * the parameter's own key when the name is a function's parameter there. */
static str rescoped(walker *w, struct wk_stores *s, str key, uint32_t root)
{
    if (!root || !key.p)
        return key;
    const char *held = memchr(key.p, '#', key.len); /* "x#held": x's */
    uint32_t sc = name_scope(w, s, root - 1, (str){key.p, held ? (size_t)(held - key.p) : key.len});
    if (sc != UINT32_MAX)
        return sc ? scoped_name(w, sc - 1, key) : key;
    const struct st_read *rd = scoped_read_at(s, root - 1);
    if (!rd)
        return key;
    char buf[32];
    int pl = scope_prefix(buf, rd->fn);
    char *p = pl > 0 ? an_arena_alloc(w->arena, (size_t)pl + key.len + 1) : NULL;
    if (!p) {
        w->oom = true;
        return key;
    }
    memcpy(p, buf, (size_t)pl);
    memcpy(p + pl, key.p, key.len);
    p[(size_t)pl + key.len] = '\0';
    return (str){p, (size_t)pl + key.len};
}

/* The read implicit_read found at identifier e, or NULL. */
static const struct st_read *scoped_read(const struct wk_stores *s, TSNode e)
{
    return scoped_read_at(s, ts_node_start_byte(e));
}

static const struct st_read *scoped_read_at(const struct wk_stores *s, uint32_t at)
{
    size_t lo = 0, hi = s->nimplicit_reads;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->implicit_reads[mid].at < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->nimplicit_reads && s->implicit_reads[lo].at == at ? &s->implicit_reads[lo]
                                                                      : NULL;
}

static bool referenced(walker *w, struct wk_stores *s, str name);

static void opaque_implicit(walker *w)
{
    struct wk_stores *s = state(w);
    if (s)
        s->implicit_opaque = true;
}

static str decorator_name(walker *w, TSNode e);

/* A decorator that hands the def back or a wrapper that calls it, so that what
 * the name answers is what the def returns: staticmethod, classmethod,
 * abc.abstractmethod, functools.cache and lru_cache, functools.wraps(...),
 * typing.overload and final (by the name the expression ends with). */
static bool def_keeping_decorator(walker *w, TSNode e)
{
    static const char *const keep[] = {"staticmethod", "classmethod", "abstractmethod",
                                       "cache",        "lru_cache",   "wraps",
                                       "overload",     "final"};
    if (!wk_eq_any(decorator_name(w, e), keep, sizeof keep / sizeof keep[0]))
        return false;
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_symbol(e) == w->sym->attribute) /* the library's, by its module */
        return wk_module_path_only(w, wk_child(w, e, "object")).p != NULL;
    if (ts_node_symbol(e) != w->sym->identifier)
        return false;
    str n = wk_ident(w, e); /* the builtin, or the one import of the name */
    return wk_builtin_unbound(w, n) || wk_import_only(w, n) != NULL;
}

/* The name a decorator expression ends with (`staticmethod`, `abc.abstractmethod`,
 * `functools.wraps` of `functools.wraps(f)`). */
static str decorator_name(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->call)
        e = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_symbol(e) == w->sym->attribute)
        return wk_ident(w, wk_child(w, e, "attribute"));
    if (ts_node_symbol(e) == w->sym->identifier)
        return wk_ident(w, e);
    return (str){NULL, 0};
}

/* A def seen by the check pass: if the interpreter may call it implicitly, its
 * parameters (but the receiver) may be anything. */
/* Library classes a base list may name without making the class's instances
 * library-made: typing's and abc's markers, enum's bases, as "module.Name". A
 * base is one of them only when it resolves to it (base_resolves), never by its
 * spelling: `from configparser import RawConfigParser as Enum` is no enum. */
static const char *const INERT_BASES[] = {
    "abc.ABC",     "typing.Generic", "typing.Protocol", "typing.NamedTuple", "typing.TypedDict",
    "enum.Enum",   "enum.IntEnum",   "enum.StrEnum",    "enum.Flag",         "enum.IntFlag",
    "enum.ReprEnum"};

/* Is mod.attr on INERT_BASES? */
static bool inert_pair(str mod, str attr)
{
    if (!mod.p || !attr.p)
        return false;
    for (size_t i = 0; i < sizeof INERT_BASES / sizeof INERT_BASES[0]; i++) {
        const char *e = INERT_BASES[i];
        size_t n = strlen(e);
        if (n == mod.len + 1 + attr.len && memcmp(e, mod.p, mod.len) == 0 && e[mod.len] == '.' &&
            memcmp(e + mod.len + 1, attr.p, attr.len) == 0)
            return true;
    }
    return false;
}

/* The containers of collections whose code calls a subclass's own non-dunder
 * methods with arguments only under these names (no arguments: OrderedDict's
 * and defaultdict's repr and reduce call items() and keys(), Counter's repr
 * most_common(); a call without arguments hands a method nothing): copy and
 * deepcopy, pickling, repr, the comparisons and operators, and every public
 * method, with several argument shapes, run on a subclass that logs its
 * methods' calls (tests/checker/self_call_audit.py). What they make with
 * type(self)(...) (copy, |, +) calls the subclass's constructor with the
 * program's own data (self, its items, the factory, maxlen): library_made's
 * constructor rule. A name with a leading underscore (Counter's
 * _keep_positive, UserList's mangled __cast) is taken as called too. */
static const struct {
    const char *cls;
    const char *names[3];
} CONTAINER_BASES[] = {{"OrderedDict", {"fromkeys"}},
                       {"defaultdict", {"fromkeys"}},
                       {"deque", {"append"}},
                       {"Counter", {"fromkeys", "get", "update"}},
                       {"UserDict", {"fromkeys", "update"}},
                       {"UserList", {NULL}},
                       {"UserString", {NULL}}};

/* The index of collections.attr on CONTAINER_BASES, or -1. */
static int coll_index(str mod, str attr)
{
    if (!wk_eq(mod, "collections"))
        return -1;
    for (size_t i = 0; i < sizeof CONTAINER_BASES / sizeof CONTAINER_BASES[0]; i++)
        if (wk_eq(attr, CONTAINER_BASES[i].cls))
            return (int)i;
    return -1;
}

static bool coll_pair(str mod, str attr)
{
    return coll_index(mod, attr) >= 0;
}

static bool plain_module(str mod);
static bool rebound(const struct wk_stores *s, str name);

/* random.Random or random.SystemRandom: classes whose instances keep public
 * state their methods read back (gauss_next). */
static bool random_generator(str mod, str attr)
{
    return wk_eq(mod, "random") && (wk_eq(attr, "Random") || wk_eq(attr, "SystemRandom"));
}

/* A class of a module whose classes carry no shared state (plain_module); not
 * random's generators, whose methods read back public state an instance keeps
 * (gauss_next: round 39b, `class R(random.Random)`). */
static bool plain_pair(str mod, str attr)
{
    return mod.p && plain_module(mod) && !random_generator(mod, attr);
}

/* Does base b (as base_at gives it, name its name or last attribute) resolve
 * to a module's class ok accepts: an attribute whose object is a module
 * (`enum.Enum`, `typing.Generic[T]`), or a name that every binding of the
 * program binds by a from-import of such a class (`from enum import Enum as
 * E`) and nothing else binds (an assignment, a def, a loop: s's events so
 * far)? All bindings of the name are asked, since scopes are not told apart:
 * the spelling alone never makes a base inert (`from configparser import
 * RawConfigParser as Enum`, `Box.Enum`). */
static bool base_resolves(walker *w, struct wk_stores *s, TSNode b, TSSymbol bs, str name,
                          bool (*ok)(str mod, str attr))
{
    if (bs == w->sym->attribute)
        return ok(module_of(w, wk_child(w, b, "object")), name);
    if (bs != w->sym->identifier || (s && (rebound(s, name) || star_bound(w, s, name))) ||
        !wk_import_only(w, name))
        return false;
    bool any = false;
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *v = &w->binds[i];
        if (v->name_len != name.len || memcmp(v->name, name.p, name.len) != 0)
            continue;
        if (v->kind != BIND_VALUE || !v->module || !v->attr ||
            !ok((str){v->module, v->module_len}, (str){v->attr, v->attr_len}))
            return false;
        any = true;
    }
    return any;
}

/* Base j of a class statement's superclasses: false for a comment or a keyword
 * (metaclass=...), which name no base. Else *b is the base (Generic[T] read as
 * Generic), *bs its symbol and *name its name or last attribute, name->p NULL
 * when it is neither (a call, a subscript of one). */
static bool base_at(walker *w, TSNode bases, uint32_t j, TSNode *b, TSSymbol *bs, str *name)
{
    *b = wk_unparen(w, wk_named_child(w, bases, j));
    *bs = ts_node_symbol(*b);
    if (*bs == w->sym->comment || *bs == w->sym->keyword_argument)
        return false;
    if (*bs == w->sym->subscript) /* Generic[T], Protocol[T] */
        *b = wk_unparen(w, wk_child(w, *b, "value"));
    *bs = ts_node_symbol(*b);
    *name = *bs == w->sym->identifier  ? wk_ident(w, *b)
            : *bs == w->sym->attribute ? wk_ident(w, wk_child(w, *b, "attribute"))
                                       : (str){NULL, 0};
    return true;
}

/* The collections container base b resolves to (coll_index), or -1: its
 * class name through the module's path, or the one from-import of the name. */
static int coll_base(walker *w, struct wk_stores *s, TSNode b, TSSymbol bs, str name)
{
    if (!base_resolves(w, s, b, bs, name, coll_pair))
        return -1;
    if (bs == w->sym->attribute)
        return coll_index(module_of(w, wk_child(w, b, "object")), name);
    const binding *v = wk_bound_value(w, name);
    return v && v->module && v->attr ? coll_index((str){v->module, v->module_len},
                                                       (str){v->attr, v->attr_len})
                                     : -1;
}

/* Has class statement cls, as the check pass sees it, a base whose methods the
 * program did not write and whose code calls the methods a subclass overrides
 * with values of its own (json.JSONEncoder calls default(o) with every object
 * it cannot encode, a logging.Handler emit(record) with the arguments the
 * program logged)? A base that is an attribute (a module's class), a name a
 * from-import binds, or any name that is no class statement seen before it and
 * no builtin class. Not abc.ABC, typing's Generic, Protocol, NamedTuple and
 * TypedDict (no code of theirs calls the subclass's methods), nor enum's
 * classes (which call _missing_ and _generate_next_value_ with the values the
 * program's own calls and class bodies give). Nor collections' containers
 * (CONTAINER_BASES): *names gets the bits of those among its bases, which call
 * only the methods the table names. */
static bool overriding_class(walker *w, struct wk_stores *s, TSNode cls, uint32_t *names)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    *names = 0;
    for (uint32_t j = 0; j < n; j++) {
        TSNode b;
        TSSymbol bs;
        str name;
        if (!base_at(w, bases, j, &b, &bs, &name))
            continue;
        if (!name.p)
            return true;
        if (bs == w->sym->attribute || wk_bound_value(w, name)) {
            int c = coll_base(w, s, b, bs, name);
            if (c >= 0) {
                *names |= 1u << c;
                continue;
            }
            if (!base_resolves(w, s, b, bs, name, inert_pair))
                return true;
            continue;
        }
        bool program = wk_builtin_base_ok(name);
        for (size_t i = 0; i + 1 < s->nclasses && !program; i++) /* the last is cls */
            program = same(wk_ident(w, wk_child(w, s->classes[i], "name")), name);
        if (!program)
            return true;
    }
    return false;
}

/* Records class statement cls as overriding, with its limit (OV_FULL, or
 * OV_LIMITED and CONTAINER_BASES bits). */
static void overriding_push(walker *w, struct wk_stores *s, TSNode cls, uint32_t limit)
{
    size_t n = s->noverriding;
    push_node(w, &s->overriding, &s->noverriding, &s->capoverriding, cls);
    if (s->noverriding == n)
        return;
    uint32_t *m = grow(w, s->overriding_limit, n, &s->capoverriding_limit, sizeof *m);
    if (!m) {
        s->noverriding = n;
        return;
    }
    s->overriding_limit = m;
    m[n] = limit;
}

/* May the library base of an overriding class of limit lim (OV_FULL, or
 * OV_LIMITED and CONTAINER_BASES bits) call its method dn with values of its
 * own: any, or one a container names, or a name with a leading underscore? */
static bool coll_called(uint32_t lim, str dn)
{
    if (lim & OV_FULL || !(lim & OV_LIMITED) || (dn.len && dn.p[0] == '_'))
        return true;
    for (size_t i = 0; i < sizeof CONTAINER_BASES / sizeof CONTAINER_BASES[0]; i++)
        for (size_t j = 0; (lim >> i & 1u) && j < 3 && CONTAINER_BASES[i].names[j]; j++)
            if (wk_eq(dn, CONTAINER_BASES[i].names[j]))
                return true;
    return false;
}

/* Is def written directly in the body of a class statement overriding_class
 * found, and may its library base call it by its name (coll_called)? */
static bool overriding_method(walker *w, struct wk_stores *s, TSNode def)
{
    if (!s->noverriding)
        return false;
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        up = wk_parent_of(w, up);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->block)
        return false;
    up = wk_parent_of(w, up);
    for (size_t i = 0; i < s->noverriding && !ts_node_is_null(up); i++)
        if (ts_node_eq(s->overriding[i], up))
            return coll_called(s->overriding_limit[i], wk_ident(w, wk_child(w, def, "name")));
    return false;
}

/* Is def written directly in the body of a closed class (classes.c)? */
static bool closed_owner(walker *w, TSNode def)
{
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        up = wk_parent_of(w, up);
    TSNode cls = ts_node_is_null(up) ? up : wk_parent_of(w, up);
    return !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition &&
           wk_is_closed_class(w, cls);
}

/* The decorated_definition around def, or a null node. */
static TSNode up_decorated(walker *w, TSNode def)
{
    TSNode up = wk_parent_of(w, def);
    return !ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition
               ? up
               : (TSNode){0};
}

/* The module a base expression names its class from: `logging.Filter`'s
 * path, or the module a from-import of the name came from; {NULL, 0} for
 * anything else. */
static str base_module(walker *w, TSNode b)
{
    b = wk_unparen(w, b);
    if (ts_node_symbol(b) == w->sym->attribute)
        return wk_module_path_only(w, wk_child(w, b, "object"));
    if (ts_node_symbol(b) == w->sym->identifier) {
        const binding *v = wk_import_only(w, wk_ident(w, b));
        return v ? (str){v->module, v->module_len} : (str){NULL, 0};
    }
    return (str){NULL, 0};
}

/* Is def written directly in the body of a class statement whose every base
 * is logging's (`logging.Filter`, or a name imported from logging)? */
static bool logging_subclass(walker *w, TSNode def)
{
    TSNode blk = wk_parent_of(w, def);
    TSNode cls = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition)
        return false;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    bool any = false;
    for (uint32_t j = 0; j < n; j++) {
        TSNode b = wk_named_child(w, bases, j);
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        if (!wk_eq(base_module(w, b), "logging"))
            return false;
        any = true;
    }
    return any;
}

static void implicit_def(walker *w, TSNode def)
{
    str name = wk_ident(w, wk_child(w, def, "name"));
    if (wk_eq(name, "__init__") || wk_eq(name, "__post_init__"))
        return;
    /* enum's hooks, which it looks up on the class and calls with a value (or a
     * member's name) first: undecorated, the first parameter takes it, whatever
     * class holds the def (round 25q: `Color(sys.argv)` ran a mixin's plain
     * `_missing_(self)` with self = sys.argv) */
    bool by_class = wk_eq(name, "_missing_") || wk_eq(name, "_generate_next_value_");
    /* a function unittest looks up by name in the main module and calls with
     * its own objects (`load_tests(loader, tests, pattern)`: loader is the
     * shared defaultTestLoader, round 25r): every parameter takes them */
    TSNode in = wk_parent_of(w, def);
    bool module_hook = wk_eq(name, "load_tests") && !ts_node_is_null(in) &&
                       ts_node_symbol(in) == w->sym->module;
    /* a dunder, or a method a library base may call (its __init__ is the
     * constructor calls', as for any class) */
    if (!by_class && !module_hook && !wk_is_dunder(name) &&
        !(w->stores && overriding_method(w, w->stores, def)))
        return;
    /* Not sources: the receiver; a descriptor's instance and owner (objects of
     * the program's own class that holds it), __set_name__'s owner and name (the
     * class being made, a name its body binds); __set__'s and __setattr__'s
     * value, which is what an attribute store wrote (SETVAL), but only where the
     * program's stores are the only ones: in a class that is not closed the
     * library's own code stores its private objects through __setattr__
     * (asyncio's `self._loop = loop`), and through a descriptor's __set__ when any
     * class may be such a class; there the value is a source (and hooks.c judges
     * what __setattr__ does with it). */
    uint32_t exclude = 1u;
    bool setval = false;
    if (wk_eq(name, "__get__") || wk_eq(name, "__set_name__"))
        exclude = 7u;
    else if (wk_eq(name, "__set__") && wk_any_open_class(w))
        exclude = 3u;
    else if (wk_eq(name, "__set__"))
        exclude = 7u, setval = true;
    else if (wk_eq(name, "__delete__"))
        exclude = 3u;
    else if (wk_eq(name, "__setattr__") && !closed_owner(w, def))
        exclude = 1u;
    else if (wk_eq(name, "__setattr__"))
        exclude = 5u, setval = true;
    else if (by_class || module_hook) /* a classmethod's cls is the class: excluded below */
        exclude = 0u;
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition) {
        /* a library decorator (a module's function, a from-import, the
         * builtins) calls the def with the implicit call's arguments; one of
         * the program may hand them to a function of its own */
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t i = 0; i < n; i++) {
            TSNode d = wk_named_child(w, up, i);
            if (ts_node_symbol(d) != w->sym->decorator)
                continue;
            TSNode e = decorator_callee(w, d);
            str dn = decorator_name(w, e);
            bool library = (ts_node_symbol(e) == w->sym->attribute &&
                            module_of(w, wk_child(w, e, "object")).p) ||
                           (ts_node_symbol(e) == w->sym->identifier &&
                            (wk_import_only(w, dn) || wk_eq(dn, "staticmethod") ||
                             wk_eq(dn, "classmethod") || wk_eq(dn, "property"))) ||
                           (ts_node_symbol(e) == w->sym->attribute &&
                            (wk_eq(dn, "setter") || wk_eq(dn, "getter") ||
                             wk_eq(dn, "deleter"))); /* a property's */
            if (wk_eq(dn, "staticmethod"))
                exclude = 0, setval = false;
            else if (by_class && wk_eq(dn, "classmethod") && wk_builtin_unbound(w, dn))
                exclude = 1u;
            else if (!library)
                opaque_implicit(w);
        }
    }
    /* a logging class's hook taking a record (Filter.filter, Handler.emit,
     * Handler.handle, Formatter.format, Formatter.formatMessage): its record is
     * one logging made (EV_RECORD), not any value */
    static const char *const record_hooks[] = {"filter", "emit", "handle", "format",
                                               "formatMessage"};
    if (exclude == 1u && wk_eq_any(name, record_hooks, sizeof record_hooks / sizeof record_hooks[0]) &&
        logging_subclass(w, def) && ts_node_is_null(up_decorated(w, def))) {
        params ps = read_params(w, def);
        if (ps.npos == 2 && !ps.star.p && !ps.dstar.p && ps.nkw == 0) {
            exclude |= 2u;
            add_event(w, param_key(w, def, ps.pos[1]), def, EV_RECORD, 0);
        }
    }
    implicit_scope(w, def, exclude);
    struct wk_stores *s = state(w);
    if (setval && s) /* resolved once the classes are known (implicit_events) */
        push_node(w, &s->setval_defs, &s->nsetval_defs, &s->capsetval_defs, def);
}

/* The value __set__ or __setattr__ receives (its third parameter): what an
 * attribute store wrote. For a descriptor class C whose instances are made only
 * as class-body bindings `name = C(...)` (C never used as a value, no class
 * derives from it), what is stored under those attribute names; otherwise, and
 * for __setattr__, what any attribute store writes (SETVAL). */
static void setval_events(walker *w, struct wk_stores *s, TSNode def)
{
    params ps = read_params(w, def);
    if (ps.npos < 3)
        return;
    str key = param_key(w, def, ps.pos[2]);
    TSNode up = wk_parent_of(w, def);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        up = wk_parent_of(w, up);
    TSNode cls = ts_node_is_null(up) ? up : wk_parent_of(w, up);
    bool named = wk_eq(wk_ident(w, wk_child(w, def, "name")), "__set__") &&
                 !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition;
    str cname = named ? wk_ident(w, wk_child(w, cls, "name")) : (str){NULL, 0};
    named = named && cname.p && !referenced(w, s, cname);
    for (size_t i = 0; i < s->nclasses && named; i++) { /* no subclass */
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n && named; j++)
            named = !same(wk_ident(w, wk_named_child(w, bases, j)), cname);
    }
    size_t first = s->nev;
    for (size_t c = 0; c < s->ncalls && named; c++) {
        TSNode f = wk_unparen(w, wk_child(w, s->calls[c], "function"));
        if (ts_node_symbol(f) != w->sym->identifier || !same(wk_ident(w, f), cname))
            continue;
        TSNode a = wk_parent_of(w, s->calls[c]);
        TSNode st = ts_node_is_null(a) ? a : wk_parent_of(w, a);
        TSNode body = ts_node_is_null(st) ? st : wk_parent_of(w, st);
        TSNode owner = ts_node_is_null(body) ? body : wk_parent_of(w, body);
        TSNode left = ts_node_is_null(a) ? a : wk_unparen(w, wk_child(w, a, "left"));
        named = !ts_node_is_null(owner) && ts_node_symbol(a) == w->sym->assignment &&
                ts_node_eq(wk_child(w, a, "right"), s->calls[c]) &&
                ts_node_symbol(owner) == w->sym->class_definition &&
                ts_node_symbol(left) == w->sym->identifier;
        st_event *ev = named ? add_iter_event(w, key, def, EV_KEY, 0, 0) : NULL;
        if (ev)
            ev->attr = wk_ident(w, left);
    }
    if (!named) {
        s->nev = first; /* the names found so far: SETVAL holds them */
        st_event *ev = add_iter_event(w, key, def, EV_KEY, 0, 0);
        if (ev)
            ev->attr = SETVAL;
    }
}

/* `__eq__ = VALUE` (a dunder bound by assignment, in a class body or anywhere:
 * scopes are ignored): a lambda's parameters but the first may be anything; a
 * name is resolved once the defs are known (implicit_events); data (a string, a
 * number, None, a display: __slots__, __match_args__, __hash__ = None) calls
 * nothing; anything else is a protocol method the checker cannot name. */
static void implicit_assign(walker *w, TSNode left, TSNode right)
{
    left = wk_unparen(w, left);
    if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->identifier ||
        !wk_is_dunder(wk_ident(w, left)))
        return;
    for (int i = 0; i < 64 && !ts_node_is_null(right); i++) {
        right = wk_unparen(w, right);
        if (ts_node_symbol(right) != w->sym->assignment)
            break;
        right = wk_child(w, right, "right"); /* __eq__ = __ne__ = f */
    }
    if (ts_node_is_null(right))
        return;
    TSSymbol k = ts_node_symbol(right);
    const an_syms *y = w->sym;
    if (k == y->lambda) {
        implicit_scope(w, right, 1u);
    } else if (k == y->identifier) {
        struct wk_stores *s = state(w);
        if (s)
            push_node(w, &s->dunder_vals, &s->ndunder_vals, &s->capdunder_vals, right);
    } else if (k != y->string && k != y->integer && k != sym_float && k != y->none &&
               k != y->true_ && k != y->false_ && k != y->tuple && k != y->list &&
               k != y->set && k != sym_dictionary && k != y->concatenated_string) {
        opaque_implicit(w);
    }
}

static bool fresh_method(str name);

/* Is what e evaluates to surely no function? Literals, text, displays and
 * comprehensions, `not`, and calls of text methods (`name.upper()`) that no
 * def of the program is named like. What __getattr__ returns may otherwise be
 * a function that copy calls as __deepcopy__ or __setstate__. */
static bool no_function(walker *w, struct wk_stores *s, TSNode e)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    TSSymbol k = ts_node_symbol(e);
    if (k == y->string || k == y->concatenated_string || k == y->integer || k == sym_float ||
        k == y->true_ || k == y->false_ || k == y->none || k == y->tuple || k == y->list ||
        k == y->set || k == sym_dictionary || k == y->list_comprehension ||
        k == y->set_comprehension || k == sym_dictionary_comprehension ||
        k == y->not_operator)
        return true;
    if (k != y->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_symbol(f) != y->attribute)
        return false;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    return fresh_method(m) && !in_names(s->defnames, s->ndefs, m);
}

static bool property_def(walker *w, const struct wk_stores *s, TSNode def);

/* Is `on` of `@on.setter` over decorated (a decorated definition) the property
 * bound just above it in the same class body: the class-scope variable is bound
 * by that body's defs alone, the last one before decorated a property's? (Read
 * before any binding in the body, `on` would be the global of that name.) */
static bool property_above(walker *w, const struct wk_stores *s, TSNode decorated, TSNode on)
{
    TSNode block = wk_parent_of(w, decorated);
    if (ts_node_is_null(block) || ts_node_symbol(block) != w->sym->block)
        return false;
    TSNode cls = wk_parent_of(w, block);
    if (ts_node_is_null(cls) || ts_node_symbol(cls) != w->sym->class_definition)
        return false;
    str name = wk_ident(w, on);
    size_t defs = 0;
    bool above = false;
    uint32_t start = ts_node_start_byte(decorated);
    for (uint32_t i = 0; i < ts_node_named_child_count(block); i++) {
        TSNode c = ts_node_named_child(block, i), d = c;
        if (ts_node_symbol(c) == w->sym->decorated_definition)
            d = wk_child(w, c, "definition");
        if (ts_node_is_null(d) || ts_node_symbol(d) != w->sym->function_definition ||
            !same(wk_ident(w, wk_child(w, d, "name")), name))
            continue;
        defs++;
        if (ts_node_start_byte(c) < start)
            above = property_def(w, s, d);
    }
    wk_census c = wk_take_variable_census(w, on);
    return above && c.classdefs == 0 && c.other == defs;
}

/* A def under @property (and its setter, getter, deleter) only: reached as a
 * property, whose accessor functions are refused attributes, never called with
 * arguments the program does not give. `property` is the builtin (never bound
 * by the program), and `N.setter` is on the property bound just above in the
 * same class body (property_above), so no program object's `setter` hands the
 * def back as a plain function. */
static bool property_def(walker *w, const struct wk_stores *s, TSNode def)
{
    TSNode up = wk_parent_of(w, def);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t n = ts_node_named_child_count(up);
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        TSSymbol es = ts_node_symbol(e);
        if (es == w->sym->identifier) {
            if (!wk_eq(wk_ident(w, e), "property") || !wk_builtin_unbound(w, wk_ident(w, e)))
                return false;
            continue;
        }
        str dn = decorator_name(w, e);
        if (es != w->sym->attribute ||
            (!wk_eq(dn, "setter") && !wk_eq(dn, "getter") && !wk_eq(dn, "deleter")))
            return false;
        TSNode on = wk_unparen(w, wk_child(w, e, "object"));
        if (ts_node_symbol(on) != w->sym->identifier || !property_above(w, s, up, on))
            return false;
    }
    return true;
}

/* Is def fn decorated only by decorators that bind its name to the function
 * itself or to a descriptor the class's attribute reads unwrap
 * (`abc.abstractmethod`, `staticmethod`, `classmethod`, `typing.final`,
 * `typing.overload`, a property's)? Reached so, it is a value only where its
 * name is read as one (escaped_valued). */
static bool transparent_decorators(walker *w, TSNode fn)
{
    static const char *const plain[] = {"abstractmethod", "staticmethod", "classmethod",
                                        "final",          "overload",     "property",
                                        "setter",         "getter",       "deleter"};
    TSNode up = wk_parent_of(w, fn);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t n = ts_node_named_child_count(up);
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) == w->sym->decorator &&
            !wk_eq_any(decorator_name(w, wk_named_child(w, d, 0)), plain,
                       sizeof plain / sizeof plain[0]))
            return false;
    }
    return true;
}

/* Is name fetched by a string (getattr(X, "m"), attrgetter("m"),
 * methodcaller("m"), or a prefix of one): the def so named is then a value
 * the library may hand on, bound (note_fetch)? */
static bool fetched_name(const struct wk_stores *s, str name)
{
    for (size_t f = 0; f < s->nfetched; f++) {
        str fn = s->fetched[f];
        if (s->fetched_prefix[f] ? fn.len <= name.len && memcmp(fn.p, name.p, fn.len) == 0
                                 : same(fn, name))
            return true;
    }
    return false;
}

/* How a def reached as `x.m` takes its first parameter: RB_BOUND, the receiver
 * (an undecorated method: unless x may be a class); RB_CLASS, the receiver's
 * class, whatever x is (a classmethod); RB_STATIC, as the first argument (a
 * staticmethod); RB_UNSURE, either (any other decorator may return a
 * staticmethod, and a plain def becomes a method by a class-body binding
 * `f = g`). Only the builtin staticmethod and classmethod, by names the program
 * never binds, are known. */
enum { RB_BOUND, RB_STATIC, RB_UNSURE, RB_CLASS };
static int receiver_binding(walker *w, TSNode def);
static bool maybe_class(walker *w, struct wk_stores *s, TSNode r);

/* From which parameter a def fetched by a string takes the caller's values: 1
 * when every fetch that may name it reads a receiver proved an instance and it
 * is a plain method or classmethod (opaque_reach's bound answer), else 0 (round
 * 25w: `map(getattr(A, "push"), [sys.argv])` hands the plain function on). */
static size_t fetch_first(walker *w, struct wk_stores *s, size_t j)
{
    int rb = receiver_binding(w, s->defs[j]);
    if (!method_def(w, s->defs[j]) || (rb != RB_BOUND && rb != RB_CLASS))
        return 0;
    str name = s->defnames[j];
    for (size_t f = 0; f < s->nfetched; f++) {
        str fn = s->fetched[f];
        if ((s->fetched_prefix[f] ? fn.len <= name.len && memcmp(fn.p, name.p, fn.len) == 0
                                  : same(fn, name)) &&
            (ts_node_is_null(s->fetched_recv[f]) || maybe_class(w, s, s->fetched_recv[f])))
            return 0;
    }
    for (size_t f = 0; f < s->ncomputed_recv && s->computed_fetch; f++)
        if (maybe_class(w, s, s->computed_recv[f]))
            return 0;
    return 1;
}

/* Every function used as a value and every lambda may be called where the
 * checker cannot see by whom: its parameters (but self of one named only as a
 * bound method) may be anything. */
static bool cls_escapes(walker *w, struct wk_stores *s);

static void taint_escaping(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->nescaped; i++) {
        /* a name that escapes only by transparent decorators is no value */
        bool value = in_names(s->escaped_valued, s->nescaped_valued, s->escaped[i]);
        for (size_t j = 0; j < s->ndefs && !value; j++)
            value = same(s->defnames[j], s->escaped[i]) &&
                    ts_node_symbol(def_statement(w, s->defs[j])) == w->sym->decorated_definition &&
                    !transparent_decorators(w, s->defs[j]);
        for (size_t j = 0; j < s->ndefs && value; j++)
            if (same(s->defnames[j], s->escaped[i]) && !property_def(w, s, s->defs[j]))
                taint_params_any(
                    w, s->defs[j],
                    in_names(s->escaped_bound, s->nescaped_bound, s->escaped[i]) ? 1 : 0);
    }
    /* but a lambda written as a compared key= (sorted, min, max, a list's sort,
     * heapq's and bisect's): that call alone holds it, and calls it with its
     * other arguments or their items (`max(a, b, key=f)` calls f(a); fan_arg
     * and higher_order_arg give the parameters both) */
    for (size_t i = 0; i < s->nlambdas; i++)
        if (!compared_key(w, wk_parent_of(w, s->lambdas[i])))
            taint_params_any(w, s->lambdas[i], 0);
    /* a class used as a value is a callable too: its constructors take
     * anything after the new instance (round 26a: `map(*[K, [v]])`) */
    for (size_t i = 0; i < s->nclasses && s->hidden_callback; i++) {
        if (!referenced(w, s, s->classnames[i]) && !cls_escapes(w, s))
            continue;
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t b = 0; b < nb; b++) {
            TSNode st = wk_named_child(w, body, b);
            if (ts_node_symbol(st) == w->sym->decorated_definition)
                st = wk_child(w, st, "definition");
            if (ts_node_is_null(st) || ts_node_symbol(st) != w->sym->function_definition)
                continue;
            str dn = wk_ident(w, wk_child(w, st, "name"));
            if (wk_eq(dn, "__init__") || wk_eq(dn, "__new__") || wk_eq(dn, "__post_init__") ||
                wk_eq(dn, "_missing_"))
                taint_params_any(w, st, 1);
        }
    }
    /* a method fetched by a string is handed on: bound only from a proved
     * instance (fetch_first) */
    for (size_t j = 0; j < s->ndefs; j++)
        if (fetched_name(s, s->defnames[j]) && !property_def(w, s, s->defs[j]))
            taint_params_any(w, s->defs[j], fetch_first(w, s, j));
}

/* Every parameter of fn from first on is a record the library made
 * (EV_RECORD). */
static void record_params(walker *w, TSNode fn, size_t first)
{
    params_event(w, fn, first, EV_RECORD);
}

/* The value parameter of a property's setter (the second: after self) takes
 * what attribute stores write (SETVAL): `d.x = v` runs the setter with v. */
static void setter_param(walker *w, TSNode fn, size_t index)
{
    params ps = read_params(w, fn);
    str name = index < ps.npos ? ps.pos[index] : ps.star;
    if (!name.p)
        return;
    struct wk_stores *s = state(w);
    size_t before = s ? s->nev : 0;
    add_event(w, param_key(w, fn, name), fn, EV_KEY, 0);
    if (s && s->nev > before)
        s->ev[s->nev - 1].attr = SETVAL;
}

/* Defs a property runs as its setter: one under `@NAME.setter`, and the
 * setter a `property(...)` call or a `.setter(f)` call is given (its second
 * positional argument or fset=; the setter call's first): a def of the
 * program's by name or a lambda; anything else is a function the checker
 * cannot name (opaque_callback). */
static void setter_events(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->ndefs; i++) {
        TSNode up = wk_parent_of(w, s->defs[i]);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
            continue;
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t j = 0; j < n; j++) {
            TSNode d = wk_named_child(w, up, j);
            if (ts_node_symbol(d) == w->sym->decorator &&
                wk_eq(decorator_name(w, wk_named_child(w, d, 0)), "setter"))
                setter_param(w, s->defs[i], 1);
        }
    }
    for (size_t c = 0; c < s->ncalls; c++) {
        TSNode f = wk_unparen(w, wk_child(w, s->calls[c], "function"));
        TSNode args = wk_child(w, s->calls[c], "arguments");
        bool prop = ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "property");
        bool set = ts_node_symbol(f) == w->sym->attribute &&
                   wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "setter");
        if ((!prop && !set) || ts_node_is_null(args) ||
            ts_node_symbol(args) != w->sym->argument_list)
            continue;
        TSNode fset = (TSNode){0};
        uint32_t n = ts_node_named_child_count(args), pos = 0;
        for (uint32_t j = 0; j < n; j++) {
            TSNode a = wk_named_child(w, args, j);
            TSSymbol k = ts_node_symbol(a);
            if (k == w->sym->comment)
                continue;
            if (k == w->sym->keyword_argument) {
                if (wk_eq(wk_ident(w, wk_child(w, a, "name")), "fset"))
                    fset = wk_child(w, a, "value");
            } else if (k == w->sym->list_splat || k == w->sym->dictionary_splat) {
                s->opaque_callback = true;
            } else if (pos++ == (prop ? 1u : 0u)) {
                fset = a;
            }
        }
        fset = ts_node_is_null(fset) ? fset : wk_unparen(w, fset);
        if (ts_node_is_null(fset) || ts_node_symbol(fset) == w->sym->none)
            continue;
        if (ts_node_symbol(fset) == w->sym->lambda) {
            setter_param(w, fset, 1);
            continue;
        }
        bool named = false;
        str name = ts_node_symbol(fset) == w->sym->identifier ? wk_ident(w, fset) : (str){NULL, 0};
        for (size_t i = 0; i < s->ndefs && name.p; i++)
            if (same(s->defnames[i], name)) {
                setter_param(w, s->defs[i], 1);
                named = true;
            }
        if (!named || in_names(s->decorated, s->ndecorated, name))
            s->opaque_callback = true;
    }
}

/* Methods the allowed modules call by name on any object they are handed,
 * with values of their own (duck-typed protocols, no base class needed):
 * logging's Filterer calls a filter's `filter(record)` (`hasattr(f,
 * 'filter')`), a logger its handlers' `handle(record)`, a handler its
 * formatter's `format(record)` (its own `emit(record)` is a Handler
 * subclass's hook, a library base's), a LoggerAdapter its
 * logger's `log(level, msg, *args)`; a test calls its result's
 * `startTest(test)`, `addError(test, err)` and the rest. A record holds what
 * other calls handed the library (a logger call's args and msg). Found by
 * reading those modules, and by the handed-values audit's probes (which
 * record every method the library calls on an object it is given). */
static const char *const DUCK_HOOKS[] = {
    "filter",    "handle",   "format",     "log",
    "startTest", "stopTest", "addError",   "addFailure", "addSuccess",
    "addSkip",   "addSubTest", "addExpectedFailure", "addUnexpectedSuccess"};

static bool classes_as_values(walker *w, struct wk_stores *s);

/* May library code call a method of this name on an object it is handed?
 * The hooks above, and every name the library-duck audit lists. */
static bool duck_name(walker *w, str name)
{
    return name.p && !wk_is_dunder(name) &&
           (wk_eq_any(name, DUCK_HOOKS, sizeof DUCK_HOOKS / sizeof DUCK_HOOKS[0]) ||
            an_rules_library_duck(w->rules, name.p, name.len));
}

/* `filter = impl` or `filter = staticmethod(impl)` in a class body, `self.filter
 * = impl`, `SimpleNamespace(filter=impl)`, `setattr(o, "filter", impl)`: a
 * method so named may be a function the checker cannot name, which library
 * code may call with anything it holds: unless the value surely is no
 * function (maybe_function, once the names are known), every function used
 * as a value may be so called (opaque_callback). */
static bool module_callee(walker *w, struct wk_stores *s, TSNode f);

/* Is name the first parameter of some def of the program? Asked before the
 * ancestor walks of program_self and library_self, which it spares for every
 * other name. */
static bool first_param_name(walker *w, str name)
{
    struct wk_stores *s = w->stores;
    if (!s || !s->defs)
        return true;
    if (!s->firsts_made) {
        s->firsts_made = true;
        s->firsts = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->firsts);
        for (size_t i = 0; s->firsts && i < s->ndefs; i++) {
            params ps = read_params(w, s->defs[i]);
            if (ps.npos)
                s->firsts[s->nfirsts++] = ps.pos[0];
        }
    }
    return !s->firsts || in_names(s->firsts, s->nfirsts, name);
}

/* Is o the first parameter of a method of a class with a base the program
 * did not write? */
/* The def whose first parameter identifier o is, o written in its body
 * itself (not in a nested function or lambda, nor a class); a null node
 * otherwise. */
static TSNode first_param_owner(walker *w, TSNode o)
{
    if (!first_param_name(w, wk_ident(w, o)))
        return (TSNode){0};
    TSNode n = wk_parent_of(w, o);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == w->sym->lambda || k == w->sym->class_definition)
            return (TSNode){0};
        if (k != w->sym->function_definition)
            continue;
        TSNode ps = wk_child(w, n, "parameters");
        TSNode p0 = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
        if (ts_node_is_null(p0) || ts_node_symbol(p0) != w->sym->identifier ||
            !same(wk_ident(w, p0), wk_ident(w, o)))
            return (TSNode){0};
        return n;
    }
    return (TSNode){0};
}

static bool library_self(walker *w, TSNode o)
{
    TSNode fn = first_param_owner(w, o);
    return !ts_node_is_null(fn) && library_based_body(w, fn);
}

/* Is node in the body of a class statement with a base the program did not
 * write? */
static bool library_based_body(walker *w, TSNode node)
{
    TSNode n = wk_parent_of(w, node);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        if (ts_node_symbol(n) == w->sym->class_definition)
            return !program_only_class(w, n, 0);
        if (ts_node_symbol(n) == w->sym->function_definition || ts_node_symbol(n) == w->sym->lambda)
            return false;
    }
    return false;
}

/* Is o surely an object of the library's: what a library callable returns
 * (json.JSONEncoder(), reprlib.Repr()), a module's attribute, an attribute or
 * method result of such an object, or a name bound once to one of those? */
static bool library_object(walker *w, struct wk_stores *s, TSNode o, int depth)
{
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(o);
    if (module_callee(w, s, o))
        return true;
    if (k == w->sym->identifier) {
        str name = wk_ident(w, o);
        if (wk_bound_module(w, name))
            return true;
        /* a program class with a library base (M.set_seq2 = g), or the self
         * of its method (self.set_seq2 = g): the base's code looks it up */
        for (size_t i = 0; i < s->nclasses; i++)
            if (same(s->classnames[i], name) && !program_only_class(w, s->classes[i], 0))
                return true;
        if (library_self(w, o))
            return true;
        TSNode as = wk_sole_assignment(w, name);
        return !ts_node_is_null(as) && library_object(w, s, wk_child(w, as, "right"), depth + 1);
    }
    if (k == w->sym->attribute)
        return library_object(w, s, wk_child(w, o, "object"), depth + 1);
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, o, "function"));
    return module_callee(w, s, f) ||
           (ts_node_symbol(f) == w->sym->attribute &&
            library_object(w, s, wk_child(w, f, "object"), depth + 1));
}

/* Does class statement cls derive, at any remove, from the program's classes,
 * `object` and the inert bases only (no library code of a base looks its
 * attributes up, holds its instances or makes them: wk_inert_base)? */
static bool program_only_class(walker *w, TSNode cls, int depth)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) == w->sym->comment || wk_inert_base(w, b))
            continue;
        if (ts_node_symbol(b) != w->sym->identifier || depth > 8)
            return false;
        str bn = wk_ident(w, b);
        wk_census c = wk_take_census(w, bn);
        if (wk_eq(bn, "object") && c.other == 0 && c.classdefs == 0)
            continue;
        /* a base named like a builtin is the builtin where the class statement
         * runs before the program's own of that name (round 25f: `class
         * C(list)` above `class list`) */
        /* a decorated class statement binds what its decorator returned
         * (round 25h: `@deco class B` with deco returning deque) */
        if (c.other != 0 || c.classdefs != 1 || ts_node_is_null(c.classdef) ||
            wk_builtin_name(bn) || !ts_node_is_null(up_decorated(w, c.classdef)) ||
            !program_only_class(w, c.classdef, depth + 1))
            return false;
    }
    return true;
}

/* Is o the first parameter of the method it is written in (directly, not in a
 * nested function or lambda), of a class whose bases are the program's own?
 * Its attributes are then the program's instance's, which only the program's
 * code looks up by name. */
static bool program_self(walker *w, TSNode o)
{
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || ts_node_symbol(o) != w->sym->identifier)
        return false;
    TSNode fn = first_param_owner(w, o);
    if (ts_node_is_null(fn))
        return false;
    TSNode st = def_statement(w, fn), blk = wk_parent_of(w, st);
    TSNode cls = ts_node_is_null(blk) ? blk : wk_parent_of(w, blk);
    return !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition &&
           program_only_class(w, cls, 0);
}

static void duck_binding(walker *w, TSNode left, TSNode right, int body)
{
    left = ts_node_is_null(left) ? left : wk_unparen(w, left);
    if (ts_node_is_null(left))
        return;
    if (ts_node_is_null(right)) {
        /* `get: object` in a class body: a dataclass's or NamedTuple's field,
         * which the generated constructor sets from any argument */
        if (ts_node_symbol(left) == w->sym->identifier && duck_name(w, wk_ident(w, left)) &&
            (body < 0 ? in_class_body(w, left) : body)) {
            struct wk_stores *s = state(w);
            if (s)
                s->duck_field = true;
        }
        return;
    }
    TSSymbol k = ts_node_symbol(left);
    str name = k == w->sym->identifier  ? wk_ident(w, left)
               : k == w->sym->attribute ? wk_ident(w, wk_child(w, left, "attribute"))
               : k == w->sym->string    ? wk_string_value(w, left)
                                        : (str){NULL, 0};
    /* any attribute of an object that may be the library's: its code may
     * call what it holds by that name (`enc.default = f`, a reprlib.Repr's
     * `repr_list = f`, found by getattr(self, "repr_" + ...)) */
    if (!duck_name(w, name)) {
        struct wk_stores *s = state(w);
        if (s && k == w->sym->attribute)
            push_node(w, &s->lib_stores, &s->nlib_stores, &s->caplib_stores, left);
        /* a class body's binding in a class with a library base: the base's
         * code calls it by name like an override (`set_seq2 = g`) */
        if (s && k == w->sym->identifier && (body < 0 ? in_class_body(w, left) : body) && library_based_body(w, left))
            push_node(w, &s->duck_vals, &s->nduck_vals, &s->capduck_vals, right);
        return;
    }
    if (k == w->sym->identifier && !(body < 0 ? in_class_body(w, left) : body))
        return; /* a plain name outside a class body binds no attribute */
    struct wk_stores *s = state(w);
    if (s)
        push_node(w, &s->duck_vals, &s->nduck_vals, &s->capduck_vals, right);
}

/* Is def fn under `@f.register` or `@f.register(T)`, f the given name? A
 * singledispatch function f runs it with the arguments f is called with. */
static bool registered_under(walker *w, TSNode fn, str f)
{
    TSNode up = wk_parent_of(w, fn);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t n = ts_node_named_child_count(up);
    for (uint32_t j = 0; j < n; j++) {
        TSNode d = wk_named_child(w, up, j);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = decorator_callee(w, d);
        if (ts_node_symbol(e) != w->sym->attribute ||
            !wk_eq(wk_ident(w, wk_child(w, e, "attribute")), "register"))
            continue;
        TSNode o = wk_unparen(w, wk_child(w, e, "object"));
        if (ts_node_symbol(o) == w->sym->identifier && same(wk_ident(w, o), f))
            return true;
    }
    return false;
}

static bool transparent_decorator(walker *w, TSNode d);

static TSNode cls_param_class(walker *w, struct wk_stores *s, TSNode id);
static bool derives_directly(walker *w, struct wk_stores *s, size_t i, size_t j);
static void class_call(walker *w, struct wk_stores *s, TSNode cls, TSNode args, TSNode skip,
                       int callback, int depth);

/* One flag a class statement (s->classes), set for those named as class
 * statement c is and every one deriving from them by name, at any remove;
 * malloc'd, the caller frees it. NULL when out of memory. */
static bool *class_and_subclasses(walker *w, struct wk_stores *s, TSNode c)
{
    size_t n = s->nclasses;
    bool *mark = calloc(n + 1, sizeof *mark);
    if (!mark) {
        w->oom = true;
        return NULL;
    }
    str cn = wk_ident(w, wk_child(w, c, "name"));
    for (size_t i = 0; i < n; i++)
        mark[i] = same(s->classnames[i], cn);
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && !mark[i]; j++)
                if (mark[j] && j != i && derives_directly(w, s, i, j))
                    mark[i] = changed = true;
    }
    return mark;
}

/* `cls(v)` with cls a class parameter (cls_param_class) of class statement C
 * makes C or a class deriving from it: each one's constructors take v (session
 * 20: a classmethod's `cls(v)` ran `__init__(self, v)` unseen). */
static void cls_call(walker *w, struct wk_stores *s, TSNode f, TSNode args)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->identifier)
        return;
    TSNode c = cls_param_class(w, s, f);
    if (ts_node_is_null(c))
        return;
    size_t n = s->nclasses;
    bool *mark = class_and_subclasses(w, s, c);
    if (!mark)
        return;
    for (size_t i = 0; i < n && !w->oom; i++)
        if (mark[i])
            class_call(w, s, s->classes[i], args, (TSNode){0}, 0, 0);
    free(mark);
}

static void duck_hook_events(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->ndefs; i++) {
        if (!wk_eq_any(s->defnames[i], DUCK_HOOKS, sizeof DUCK_HOOKS / sizeof DUCK_HOOKS[0]) ||
            !method_def(w, s->defs[i]))
            continue;
        /* a class handed over as a filter or handler is called unbound */
        int rb = receiver_binding(w, s->defs[i]);
        size_t first = rb == RB_CLASS || (rb == RB_BOUND && !classes_as_values(w, s)) ? 1 : 0;
        if (wk_eq_any(s->defnames[i], DUCK_HOOKS, 4)) /* logging's: a record */
            record_params(w, s->defs[i], first);
        else /* a test result's: a test and its error, which may be anything */
            taint_params_any(w, s->defs[i], first);
    }
}

/* After the pass, before the keys are made: the dunders bound to a name (a def's
 * parameters but the first, or, for any other name, a function the checker
 * cannot name), and when the program has such a protocol method every function
 * used as a value and every lambda, from the first parameter. */
static void implicit_events(walker *w, struct wk_stores *s)
{
    duck_hook_events(w, s);
    for (size_t i = 0; i < s->ndunder_vals; i++) {
        str name = wk_ident(w, s->dunder_vals[i]);
        bool def = false;
        for (size_t j = 0; j < s->ndefs; j++)
            if (same(s->defnames[j], name)) {
                taint_params_any(w, s->defs[j], 1);
                def = true;
            }
        if (!def)
            s->implicit_opaque = true;
    }
    for (size_t i = 0; i < s->nsetval_defs; i++)
        setval_events(w, s, s->setval_defs[i]);
    for (size_t i = 0; i < s->ngetattr_returns && !s->implicit_opaque; i++)
        s->implicit_opaque = !no_function(w, s, s->getattr_returns[i]);
    if (s->implicit_opaque)
        taint_escaping(w, s);
}

static bool chain_binds_new(walker *w, struct wk_stores *s, TSNode cls, int depth);

/* Is every occurrence of name under n but the parameter par a read: the
 * object of an attribute (`self.x`) or an argument? Not a target, a walrus, a
 * nested function's parameter, a global or nonlocal statement, a del. Counted
 * within a budget; past it, no. */
static bool only_read(walker *w, TSNode n, str name, TSNode par, int *budget)
{
    if (--*budget < 0)
        return false;
    if (ts_node_symbol(n) == w->sym->identifier) {
        if (!same(wk_ident(w, n), name) || ts_node_eq(n, par))
            return true;
        TSNode p = wk_parent_of(w, n);
        return !ts_node_is_null(p) &&
               ((ts_node_symbol(p) == w->sym->attribute && wk_child_is(w, p, "object", n)) ||
                ts_node_symbol(p) == w->sym->argument_list);
    }
    uint32_t k = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < k; i++)
        if (!only_read(w, wk_named_child(w, n, i), name, par, budget))
            return false;
    return true;
}

/* The def whose own name (not a lambda's or class body's) node is read in. */
static TSNode enclosing_def(walker *w, TSNode node)
{
    TSNode n = wk_parent_of(w, node);
    for (int i = 0; i < 256 && !ts_node_is_null(n); i++, n = wk_parent_of(w, n)) {
        TSSymbol k = ts_node_symbol(n);
        if (k == w->sym->function_definition)
            return n;
        if (k == w->sym->lambda || k == w->sym->class_definition)
            return (TSNode){0};
    }
    return (TSNode){0};
}

/* Is def an __init__ whose first parameter surely is an instance, and stays
 * the name's only value: written undecorated in the body of a closed class
 * (wk_is_closed_class: every class deriving from it is the program's, none
 * from `type`, so no instance of it is a class), its first parameter never
 * rebound in it (only_read). Whether the interpreter alone calls it, with a
 * new instance, is init_called_bound's. */
static bool init_self_def(walker *w, TSNode def, str *self)
{
    if (ts_node_is_null(def) || !wk_eq(wk_ident(w, wk_child(w, def, "name")), "__init__") ||
        !method_def(w, def) || !ts_node_eq(def_statement(w, def), def))
        return false;
    TSNode cls = wk_parent_of(w, wk_parent_of(w, def));
    params ps = read_params(w, def);
    if (!ps.npos || !wk_is_closed_class(w, cls))
        return false;
    TSNode plist = wk_child(w, def, "parameters");
    TSNode par = ts_node_is_null(plist) ? plist : wk_named_child(w, plist, 0);
    if (ts_node_is_null(par) || ts_node_symbol(par) != w->sym->identifier ||
        !same(wk_ident(w, par), ps.pos[0]))
        return false;
    int budget = 20000;
    if (!only_read(w, wk_child(w, def, "body"), ps.pos[0], par, &budget))
        return false;
    *self = ps.pos[0];
    return true;
}

/* Is every __init__ of the program run only with an instance for its first
 * parameter: the name __init__ spelt nowhere but as a def's name and as
 * `super().__init__(...)` (super with no arguments) called in an __init__ of
 * init_self_def's kind (whose self is an instance, so super() binds one), no
 * __init__ fetched by a string and no computed fetch? Then an __init__ runs
 * from a constructor call (type.__call__ hands it the new instance) or from
 * such a chain, never as `K.__init__(x)` with any x, and no plain function
 * of one is a value. */
static bool init_called_bound(walker *w, struct wk_stores *s)
{
    if (s->computed_fetch)
        return false;
    str init = {"__init__", 8};
    for (size_t f = 0; f < s->nfetched; f++) {
        str fn = s->fetched[f];
        if (s->fetched_prefix[f] ? fn.len <= init.len && memcmp(fn.p, init.p, fn.len) == 0
                                 : same(fn, init))
            return false;
    }
    const an_node *t = an_nodes_get(w->nodes);
    size_t n = an_nodes_count(w->nodes);
    for (size_t j = 0; j < n; j++) {
        if (t[j].sym != w->sym->identifier || !wk_eq(wk_ident(w, t[j].node), "__init__"))
            continue;
        TSNode id = t[j].node, p = wk_parent_of(w, id);
        if (ts_node_is_null(p))
            return false;
        if (ts_node_symbol(p) == w->sym->function_definition && wk_child_is(w, p, "name", id))
            continue;
        TSNode call = wk_parent_of(w, p);
        TSNode o = ts_node_symbol(p) == w->sym->attribute ? wk_child(w, p, "object") : (TSNode){0};
        if (ts_node_is_null(o) || !wk_child_is(w, p, "attribute", id) ||
            ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
            !wk_child_is(w, call, "function", p) || ts_node_symbol(o) != w->sym->call)
            return false;
        TSNode sf = wk_child(w, o, "function"), sa = wk_child(w, o, "arguments");
        str self;
        if (ts_node_symbol(sf) != w->sym->identifier || !wk_eq(wk_ident(w, sf), "super") ||
            ts_node_is_null(sa) || ts_node_named_child_count(sa) != 0 ||
            !init_self_def(w, enclosing_def(w, call), &self))
            return false;
        wk_census c = wk_take_census(w, (str){"super", 5});
        if (c.classdefs || c.other)
            return false; /* super rebound: any callable */
    }
    return true;
}

/* Is receiver o (of `o.m` read as a value) surely an instance, never a class,
 * so that `o.m`, if it is a def m of the program at all, is that def bound to
 * o? A name bound once in the whole program, by `o = K(...)`, K a closed class
 * named only by its class statements (wk_fresh_new_class) none of whose chain
 * binds __new__ (so object's makes the new instance; closed: no metaclass
 * but abc.ABCMeta, whose __call__ is type's); or the first parameter of an
 * __init__ (init_self_def, init_called_bound: *inits, worked out once). A
 * plain function of a def m comes only from a read of it through its class or
 * a subclass (`K.m`, `type(o).m`, `cls.m`, super() of a class-bound kind), its
 * name read plainly, a fetch by a string, a decorator, or a class or instance
 * attribute that one of these stored: each a reference that is not bound. */
static bool bound_receiver(walker *w, struct wk_stores *s, TSNode o, TSNode ref, int *inits)
{
    o = wk_unparen(w, o);
    if (ts_node_symbol(o) != w->sym->identifier)
        return false;
    str name = wk_ident(w, o);
    TSNode def = enclosing_def(w, ref);
    str self;
    if (!ts_node_is_null(def) && init_self_def(w, def, &self) && same(self, name)) {
        if (*inits == 0)
            *inits = init_called_bound(w, s) ? 1 : 2;
        return *inits == 1;
    }
    wk_census c = wk_take_census(w, name);
    if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
        return false;
    TSNode asg = wk_parent_of(w, c.binder);
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != w->sym->assignment ||
        !wk_child_is(w, asg, "left", c.binder) || !ts_node_is_null(wk_child(w, asg, "type")))
        return false;
    TSNode r = wk_unparen(w, wk_child(w, asg, "right"));
    if (ts_node_is_null(r) || ts_node_symbol(r) != w->sym->call)
        return false;
    TSNode k = wk_unparen(w, wk_child(w, r, "function"));
    if (ts_node_symbol(k) != w->sym->identifier)
        return false;
    str kn = wk_ident(w, k);
    if (!in_names(s->classnames, s->nclasses, kn) || !wk_fresh_new_class(w, kn))
        return false;
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], kn) &&
            (!wk_is_closed_class(w, s->classes[i]) || chain_binds_new(w, s, s->classes[i], 0)))
            return false;
    return true;
}

/* Which defs escape: once, after the pass. A def named as a value only as a
 * bound method (`self.take` in a dict, `mailer.on_shipped` handed on) escapes
 * too, for what it returns, but bound (escaped_bound): a caller gives its
 * parameters after the first, which is the instance (opaque_reach). */
static bool escaped_functions(walker *w, struct wk_stores *s)
{
    s->escaped = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->escaped);
    if (!s->escaped) {
        w->oom = true;
        return false;
    }
    bool *named = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *named);
    if (!named) {
        w->oom = true;
        return false;
    }
    s->escaped_bound = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->escaped_bound);
    s->escaped_valued = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *s->escaped_valued);
    uint8_t *how = an_arena_alloc(w->arena, s->ndefs + 1); /* 1 bound refs only, 2 any */
    if (!s->escaped_bound || !s->escaped_valued || !how) {
        w->oom = true;
        return false;
    }
    memset(named, 0, (s->ndefs + 1) * sizeof *named);
    memset(how, 0, s->ndefs + 1);
    int inits = 0;
    for (size_t r = 0; r < s->nrefs; r++) {
        TSNode ref = s->refs[r];
        str name = wk_ident(w, ref);
        TSNode p = wk_parent_of(w, ref);
        int kind = 0; /* worked out for the first def so named only */
        int body = -1; /* is a plain name ref in a class body: asked once, for a method */
        /* a variable's read: no attribute's name, no part of a dotted name (a
         * match value pattern `case {K.meth: _}` reads K.meth, round 25j), no
         * class pattern's keyword (an attribute of the subject) */
        TSSymbol pk = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
        bool plain = pk != w->sym->attribute && pk != w->sym->dotted_name &&
                     pk != sym_keyword_pattern;
        for (size_t i = 0; i < s->ndefs; i++) {
            if (how[i] == 2 || !same(s->defnames[i], name))
                continue;
            /* a plain name outside a class body never names a method (def_visible:
             * `Graph(set)` reads the builtin beside a class's `def set`) */
            if (plain && method_def(w, s->defs[i])) {
                if (body < 0)
                    body = in_class_body(w, ref);
                if (!body)
                    continue;
            }
            if (!kind)
                kind = !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->attribute &&
                               wk_child_is(w, p, "attribute", ref) &&
                               bound_receiver(w, s, wk_child(w, p, "object"), ref, &inits)
                           ? 1
                           : 2;
            named[i] = true;
            how[i] = (uint8_t)kind;
        }
    }
    for (size_t i = 0; i < s->ndefs; i++) {
        bool deco = in_names(s->decorated, s->ndecorated, s->defnames[i]);
        if (!named[i] && !deco)
            continue;
        s->escaped[s->nescaped++] = s->defnames[i];
        if (named[i])
            s->escaped_valued[s->nescaped_valued++] = s->defnames[i];
        if (!deco && how[i] == 1)
            s->escaped_bound[s->nescaped_bound++] = s->defnames[i];
    }
    return true;
}

/* What a library base's code may hand back from the program's methods it calls
 * (part of H_LIB: take_hooks): what the methods of the classes library_overrides
 * found return, what lambdas return (one bound in such a class's body is a
 * method too), and what escaping functions return (a def bound to a class or
 * instance attribute by name is named as a value). */
static unsigned override_mask_at(struct wk_stores *s, int lvl)
{
    /* a function bound as a class or instance attribute (raw_decode = f,
     * self.hook = make()) was named as a value: it escapes */
    unsigned m = hk_returns(s, HK_LAMBDA, lvl) | escaped_mask_at(s, lvl);
    if (s->libdefs_all)
        return m | hk_returns(s, HK_STAR, lvl);
    for (size_t i = 0; i < s->nlibdefs && m != M_ALL; i++)
        m |= s->hk_found ? read_key(s, s->hk_lib[i], lvl)
                         : returns_mask_at(s, s->libdefs[i], lvl);
    return m;
}

/* What the escaping functions return (a hook, H_ESC: take_hooks). */
static unsigned escaped_mask_at(struct wk_stores *s, int lvl)
{
    unsigned m = hk_returns(s, HK_LAMBDA, lvl);
    for (size_t i = 0; i < s->nescaped && m != M_ALL; i++)
        m |= s->hk_found ? read_key(s, s->hk_esc[i], lvl)
                         : returns_mask_at(s, s->escaped[i], lvl);
    return m;
}

/* Is a class statement called name under a decorator (its name is then bound
 * to what the decorator returned, any object)? */
static bool decorated_class(walker *w, str name)
{
    const an_node *t = an_nodes_get(w->nodes);
    size_t total = t ? t[0].end : 0;
    for (size_t i = 0; i < total; i++)
        if (t[i].sym == w->sym->class_definition &&
            wk_same(wk_ident(w, wk_child(w, t[i].node, "name")), name) &&
            !ts_node_is_null(up_decorated(w, t[i].node)))
            return true;
    return false;
}

/* The bases of the class statements called name, one after another (keyword
 * arguments included: metaclass= is the caller's to judge); a null node after
 * the last. it starts zeroed. */
typedef struct base_iter {
    size_t cls;
    uint32_t base;
} base_iter;

static TSNode next_base(walker *w, struct wk_stores *s, str name, base_iter *it)
{
    for (; it->cls < s->nclasses; it->cls++, it->base = 0) {
        if (!same(s->classnames[it->cls], name))
            continue;
        TSNode bases = wk_child(w, s->classes[it->cls], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        while (it->base < n) {
            TSNode b = wk_named_child(w, bases, it->base++);
            if (ts_node_symbol(b) != w->sym->comment)
                return wk_unparen(w, b);
        }
    }
    return (TSNode){0};
}

/* Is name bound by class statements of the program and nothing else (round 31a:
 * `B = collections.ChainMap; class K(B)` beside a `class B` elsewhere, even in a
 * def never called, made K's base the program's)? */
static bool program_class_name(walker *w, struct wk_stores *s, str name)
{
    if (!in_names(s->classnames, s->nclasses, name))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs > 0 && c.other == 0;
}

/* Are the bases of every class statement called name the program's own classes
 * whose bases are in turn (or none)? Transitively (round 30a: `class B(A)` with
 * `class A(collections.ChainMap)`, `class Q(P)` with a namedtuple base under P:
 * the grandchild's instance writes through, or hands out, what the library base
 * holds). */
static bool program_bases_at(walker *w, struct wk_stores *s, str name, int depth);

static bool program_bases(walker *w, struct wk_stores *s, str name)
{
    return program_bases_at(w, s, name, 0);
}

static bool program_bases_at(walker *w, struct wk_stores *s, str name, int depth)
{
    if (depth > 8)
        return false;
    base_iter it = {0, 0};
    for (TSNode b; !ts_node_is_null(b = next_base(w, s, name, &it));) {
        /* a base named like a builtin may be the builtin (the class statement
         * runs before the program's own of that name) */
        if (ts_node_symbol(b) != w->sym->identifier ||
            (!wk_eq(wk_ident(w, b), "object") &&
             (!program_class_name(w, s, wk_ident(w, b)) || wk_builtin_name(wk_ident(w, b)) ||
              decorated_class(w, wk_ident(w, b)) ||
              !program_bases_at(w, s, wk_ident(w, b), depth + 1))))
            return false;
    }
    return true;
}

/* Has class statement cls a base whose methods the program did not write, one
 * that may call a method the class overrides and hand back what it returns? Not
 * the builtin data and exception classes (their methods call no overridable
 * hook but type-checked dunders), nor abc.ABC. */
static bool library_base(walker *w, struct wk_stores *s, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode b = wk_named_child(w, bases, j);
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        if (ts_node_symbol(b) != w->sym->identifier)
            return true;
        str name = wk_ident(w, b);
        const binding *v = wk_import_only(w, name);
        if (v && wk_eq((str){v->module, v->module_len}, "abc") &&
            wk_eq((str){v->attr, v->attr_len}, "ABC") && !find_key(s, name))
            continue;
        if (module_name(w, s, name) || find_key(s, name))
            return true; /* a library class, or a name rebound to anything */
        if (!in_names(s->classnames, s->nclasses, name) && !wk_builtin_base_ok(name))
            return true;
    }
    return false;
}

/* Does a base of class statement i name class statement j (by name: a class
 * name bound twice is either)? */
static bool derives_directly(walker *w, struct wk_stores *s, size_t i, size_t j)
{
    TSNode bases = wk_child(w, s->classes[i], "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t k = 0; k < n; k++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, k));
        if (ts_node_symbol(b) == w->sym->identifier && same(wk_ident(w, b), s->classnames[j]))
            return true;
    }
    return false;
}

/* Widens limit *to by from (OV_FULL wins; container bits join): did it change? */
static bool widen_limit(uint32_t *to, uint32_t from)
{
    uint32_t w = (*to & OV_FULL) || (from & OV_FULL) ? OV_FULL : *to | from;
    if (w == *to)
        return false;
    *to = w;
    return true;
}

/* The methods a library base may call, beyond the class statements the pass
 * found overriding (a library base named directly): those of a class deriving
 * from one at any remove (`class A(json.JSONEncoder)`, `class K(A)` with K's
 * `default(self, o)`), and of every class such a class derives from (a mixin
 * `class M` with `default`, then `class K(M, json.JSONEncoder)`): the library's
 * code finds them on the instance by name and hands them its own values. Their
 * parameters (but the receiver) are then sources, as implicit_def makes those of
 * an overriding class's defs: the reads the pass recorded in them are flipped. */
static void inherited_hooks(walker *w, struct wk_stores *s)
{
    size_t n = s->nclasses;
    if (!n || !s->noverriding || w->oom)
        return;
    /* per class: 0, or its limit (OV_FULL, or OV_LIMITED and container bits),
     * the widest of the overriding classes it derives from or is a base of */
    uint32_t *ov = calloc(2 * n, sizeof *ov);
    if (!ov) {
        w->oom = true;
        return;
    }
    uint32_t *direct = ov + n;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < s->noverriding && !direct[i]; k++)
            if (ts_node_eq(s->classes[i], s->overriding[k]))
                direct[i] = s->overriding_limit[k];
    memcpy(ov, direct, n * sizeof *ov);
    for (bool changed = true; changed;) { /* derives from one */
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && !(ov[i] & OV_FULL); j++)
                if (ov[j] && j != i && derives_directly(w, s, i, j) &&
                    widen_limit(&ov[i], ov[j]))
                    changed = true;
    }
    for (bool changed = true; changed;) { /* a base of one */
        changed = false;
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n && !(ov[j] & OV_FULL); i++)
                if (ov[i] && i != j && derives_directly(w, s, i, j) &&
                    widen_limit(&ov[j], ov[i]))
                    changed = true;
    }
    for (size_t i = 0; i < n; i++) {
        if (!ov[i] || direct[i])
            continue;
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t b = 0; b < nb; b++) {
            TSNode def = ts_node_named_child(body, b);
            bool stat = false;
            if (ts_node_symbol(def) == w->sym->decorated_definition) {
                uint32_t nd = ts_node_named_child_count(def);
                for (uint32_t d = 0; d < nd; d++) {
                    TSNode dec = ts_node_named_child(def, d);
                    if (ts_node_symbol(dec) != w->sym->decorator)
                        continue;
                    TSNode e = wk_unparen(w, ts_node_named_child(dec, 0));
                    stat = stat || (ts_node_symbol(e) == w->sym->identifier &&
                                    wk_eq(wk_ident(w, e), "staticmethod"));
                }
                def = wk_child(w, def, "definition");
            }
            if (ts_node_is_null(def) || ts_node_symbol(def) != w->sym->function_definition)
                continue;
            str name = wk_ident(w, wk_child(w, def, "name"));
            if (wk_is_dunder(name) || /* implicit_def made them sources already */
                !coll_called(ov[i], name))
                continue;
            TSNode ps = wk_child(w, def, "parameters");
            TSNode first = ts_node_is_null(ps) ? ps : ts_node_named_child(ps, 0);
            str recv = !stat && !ts_node_is_null(first) &&
                               ts_node_symbol(first) == w->sym->identifier
                           ? wk_ident(w, first)
                           : (str){NULL, 0};
            uint32_t at = ts_node_start_byte(def), end = ts_node_end_byte(def);
            for (size_t r = 0; r < s->nimplicit_reads; r++) {
                struct st_read *rd = &s->implicit_reads[r];
                if (rd->fn != at || rd->at >= end)
                    continue;
                if (recv.p && rd->at + recv.len <= w->len &&
                    memcmp(w->text + rd->at, recv.p, recv.len) == 0 &&
                    (rd->at + recv.len == w->len ||
                     !(isalnum((unsigned char)w->text[rd->at + recv.len]) ||
                       w->text[rd->at + recv.len] == '_' ||
                       (unsigned char)w->text[rd->at + recv.len] >= 0x80)))
                    continue; /* the receiver */
                rd->implicit = true;
            }
        }
    }
    free(ov);
}

static bool plain_module(str mod);

/* Is name bound by anything but a class statement (an assignment, a loop, a
 * decorator...)? Holds into it (`Account.__init__(self, ...)` keeps its
 * arguments in its receiver for the store rule) bind nothing. */
static bool rebound(const struct wk_stores *s, str name)
{
    for (size_t i = 0; i < s->nev; i++)
        if (s->ev[i].kind != EV_HOLD && s->ev[i].kind != EV_ALIAS && s->ev[i].kind != EV_NONE &&
            same(s->ev[i].key, name))
            return true;
    return false;
}

/* Has class statement cls a base that is a library class (through a module
 * path or a from-import) or a name the checker cannot tell is a class of the
 * program or a builtin one? typing's Generic and Protocol, abc.ABC, enum's
 * bases and the typed tuples and dicts carry no shared public state an instance
 * reaches (an enum member's attributes are the program's values). */
static bool made_base(walker *w, struct wk_stores *s, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode b;
        TSSymbol bs;
        str name;
        if (!base_at(w, bases, j, &b, &bs, &name))
            continue;
        if (!name.p)
            return true;
        if (bs == w->sym->attribute || wk_bound_value(w, name)) {
            if (!base_resolves(w, s, b, bs, name, inert_pair) &&
                !base_resolves(w, s, b, bs, name, plain_pair))
                return true;
            continue;
        }
        if (rebound(s, name))
            return true; /* a name rebound to anything */
        if (!wk_builtin_base_ok(name) && !in_names(s->classnames, s->nclasses, name))
            return true;
    }
    return false;
}

/* Is class statement cls under a decorator that is not the library's (a module
 * path, a from-import, a builtin)? The program's decorator may bind the name
 * to anything, a library class too: its calls are then library-made. */
static bool program_decorated(walker *w, TSNode cls)
{
    TSNode up = wk_parent_of(w, cls);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return false;
    uint32_t nd = ts_node_named_child_count(up);
    for (uint32_t j = 0; j < nd; j++) {
        TSNode dec = wk_named_child(w, up, j);
        if (ts_node_symbol(dec) != w->sym->decorator)
            continue;
        TSNode e = decorator_callee(w, dec);
        if (ts_node_symbol(e) == w->sym->attribute && module_of(w, wk_child(w, e, "object")).p)
            continue;
        if (ts_node_symbol(e) == w->sym->identifier && wk_import_only(w, wk_ident(w, e)))
            continue;
        return true;
    }
    return false;
}

/* Which receivers' reads are library-made objects (made_reads): `self` in a
 * method of class A is an instance of A or of any class deriving from A at any
 * remove, through any other base too (a mixin of the program combined with
 * unittest.TestLoader); so A's receiver is library-made when a class statement
 * whose bases reach a library class (library_base, at any remove through the
 * program's classes) derives from A or is A. */
static void made_classes(walker *w, struct wk_stores *s)
{
    size_t n = s->nclasses;
    if (!n)
        return;
    bool *lib = an_arena_alloc(w->arena, 2 * n * sizeof *lib);
    uint32_t *out = an_arena_alloc(w->arena, (s->nself_reads + 1) * sizeof *out);
    uint32_t *outc = an_arena_alloc(w->arena, (s->nself_reads + 1) * sizeof *outc);
    if (!lib || !out || !outc) {
        w->oom = true;
        return;
    }
    bool *up = lib + n;
    for (size_t i = 0; i < n; i++)
        lib[i] = made_base(w, s, s->classes[i]) || program_decorated(w, s->classes[i]);
    for (bool changed = true; changed;) { /* derives from one that does */
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && !lib[i]; j++)
                if (lib[j] && j != i && derives_directly(w, s, i, j))
                    lib[i] = changed = true;
    }
    s->lib_classes = lib;
    memcpy(up, lib, n * sizeof *up);
    for (bool changed = true; changed;) { /* a base of one that does */
        changed = false;
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n && !up[j]; i++)
                if (up[i] && i != j && derives_directly(w, s, i, j))
                    up[j] = changed = true;
    }
    size_t m = 0, mc = 0;
    for (size_t i = 0; i < s->nself_reads; i++) { /* in document order: sorted */
        if (!up[s->self_reads[i].cls])
            continue;
        if (s->self_reads[i].klass)
            outc[mc++] = s->self_reads[i].at;
        else
            out[m++] = s->self_reads[i].at;
    }
    s->made_reads = out;
    s->nmade_reads = m;
    s->made_class_reads = outc;
    s->nmade_class_reads = mc;
}

/* Is an instance of the class named name library-made (some class statement of
 * that name reaches a library class through its bases)? */
static bool made_class(const struct wk_stores *s, str name)
{
    for (size_t i = 0; s->lib_classes && i < s->nclasses; i++)
        if (s->lib_classes[i] && same(s->classnames[i], name))
            return true;
    return false;
}

/* Is at (an identifier's start byte) among the n sorted reads? */
/* Is every base of class statement c a class statement of the program (its
 * name bound by nothing else) or unittest.TestCase? */
static bool testcase_bases(walker *w, TSNode c)
{
    TSNode bases = wk_child(w, c, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t k = 0; k < n; k++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, k));
        if (ts_node_symbol(b) == w->sym->comment || wk_names_library(w, b, "unittest", "TestCase"))
            continue;
        if (ts_node_symbol(b) != w->sym->identifier)
            return false; /* a keyword (metaclass=), another library class, a call */
        wk_census cs = wk_take_census(w, wk_ident(w, b));
        if (cs.classdefs == 0 || cs.other != 0)
            return false;
    }
    return true;
}

/* Is unittest.TestCase the only library base in the family of class statement
 * ci: the classes named as it is and those deriving from them at any remove
 * (self in its methods may be an instance of any of them), and every class
 * those derive from? Kept per class. */
static bool testcase_family(walker *w, struct wk_stores *s, size_t ci)
{
    if (!s->tc_family) {
        s->tc_family = an_arena_alloc(w->arena, s->nclasses + 1);
        if (!s->tc_family) {
            w->oom = true;
            return false;
        }
        memset(s->tc_family, 0, s->nclasses + 1);
    }
    if (s->tc_family[ci])
        return s->tc_family[ci] == 1;
    bool *mark = class_and_subclasses(w, s, s->classes[ci]);
    if (!mark)
        return false;
    size_t n = s->nclasses;
    for (bool changed = true; changed;) { /* and what they derive from */
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && mark[i]; j++)
                if (!mark[j] && j != i && derives_directly(w, s, i, j))
                    mark[j] = changed = true;
    }
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++)
        ok = !mark[i] || testcase_bases(w, s->classes[i]);
    free(mark);
    s->tc_family[ci] = ok ? 1 : 2;
    return ok;
}

/* `self.x` where self is a made read (its class's family reaches a library
 * class) and that library class is unittest.TestCase alone, whose instances
 * hold no attribute x of the library's (library-class-attribute, generated):
 * x is the program's own, as on a class with no library base (a fixture set
 * in setUp, `self.stack.pop()` in a test; honest29 p52). */
static bool testcase_own_attribute(walker *w, struct wk_stores *s, TSNode obj, str an)
{
    if (ts_node_symbol(obj) != w->sym->identifier || !an.p ||
        an_rules_library_class_attribute(s->rules, "unittest.TestCase", an.p, an.len))
        return false;
    uint32_t at = ts_node_start_byte(obj);
    size_t lo = 0, hi = s->nself_reads;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->self_reads[mid].at < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->nself_reads && s->self_reads[lo].at == at && !s->self_reads[lo].klass &&
           testcase_family(w, s, s->self_reads[lo].cls);
}

static bool made_read(const uint32_t *reads, size_t n, uint32_t at)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (reads[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && reads[lo] == at;
}

/* Every argument of a call (keyword values included). */
static void each_arg(walker *w, TSNode args, TSNode skip, void (*fn)(walker *, TSNode, void *),
                     void *ctx)
{
    if (ts_node_is_null(args))
        return;
    if (ts_node_symbol(args) != w->sym->argument_list) {
        fn(w, args, ctx);
        return;
    }
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t k = 0; k < n; k++) {
        TSNode a = wk_named_child(w, args, k);
        if (ts_node_symbol(a) == w->sym->comment || ts_node_eq(a, skip))
            continue;
        fn(w, a, ctx);
    }
}

/* The arguments of a call that its callback a may be given: every other
 * argument, but for a caller that calls a with the positional arguments after
 * it alone (after_only_caller), not those before it: `assertRaises(E, f, x)`
 * calls f(x), never with E. Keywords and splats go to the callback wherever
 * they stand. */
static void each_passed_arg(walker *w, TSNode args, TSNode a, bool after_only,
                            void (*fn)(walker *, TSNode, void *), void *ctx)
{
    if (!after_only || ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list) {
        each_arg(w, args, a, fn, ctx);
        return;
    }
    bool seen = false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t k = 0; k < n; k++) {
        TSNode x = wk_named_child(w, args, k);
        TSSymbol sx = ts_node_symbol(x);
        if (sx == w->sym->comment)
            continue;
        if (ts_node_eq(x, a)) {
            seen = true;
            continue;
        }
        if (seen || sx == w->sym->keyword_argument || sx == w->sym->list_splat ||
            sx == w->sym->dictionary_splat)
            fn(w, x, ctx);
    }
}

typedef struct fanout {
    struct wk_stores *s;
    TSNode fn;    /* the function whose parameters take every argument */
    size_t first; /* from this parameter on (1 for a bound method) */
} fanout;

static void fan_arg(walker *w, TSNode a, void *ctx)
{
    fanout *f = ctx;
    /* a caller of a known kind passes its other arguments as they are
     * (submit(f, x), partial(f, x), addCleanup(f, x), by keyword too), their
     * elements (map, Thread's args=) or their elements' elements (starmap(f,
     * [(x,)])): each of those; the keyword's or splat's value, never its node,
     * which no link follows (round 56: `submit(store, x=holder)`) */
    if (ts_node_symbol(a) == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (ts_node_symbol(a) == w->sym->list_splat || ts_node_symbol(a) == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0);
    if (ts_node_is_null(a))
        return;
    taint_params_elems(w, f->fn, a, f->first);
    params ps = read_params(w, f->fn);
    for (size_t i = f->first; i < ps.npos; i++) /* the argument itself (taint_params_elems: */
        alias_back_up(w, f->fn, ps.pos[i], a, 0, 0); /* its elements) */
    for (size_t i = 0; i < ps.nkw; i++)
        alias_back_up(w, f->fn, ps.kw[i], a, 0, 0);
    for (unsigned it = 0; it <= 2; it += 2) {
        for (size_t i = f->first; i < ps.npos; i++)
            add_iter_event(w, param_key(w, f->fn, ps.pos[i]), a, EV_VALUE, 0, it);
        for (size_t i = 0; i < ps.nkw; i++)
            add_iter_event(w, param_key(w, f->fn, ps.kw[i]), a, EV_VALUE, 0, it);
        add_iter_event(w, param_key(w, f->fn, ps.star), a, EV_HOLD, 1, it);
        add_iter_event(w, param_key(w, f->fn, ps.dstar), a, EV_HOLD, 1, it);
    }
    /* what the function puts into a parameter lands where the parameter's object
     * lies in a: an element's element for starmap (round 30a: `starmap(f,
     * [(x, x)])` then x[0]); and the parameters one call fills from a may be one
     * object a repeats (round 30a: `starmap(f, product([[]], repeat=2))`,
     * combinations_with_replacement, cycle, reduce over operator.mul([[]], 2)),
     * which no repetition rule sees: linked through a's key (linked_key) */
    for (size_t i = f->first; i < ps.npos; i++)
        linked_key(w, param_key(w, f->fn, ps.pos[i]), 0, a, 0, a);
    for (size_t i = 0; i < ps.nkw; i++)
        linked_key(w, param_key(w, f->fn, ps.kw[i]), 0, a, 0, a);
}

/* The same for a call of a callee that is not found by name (`h = g; h(x)`,
 * `(lambda d: ...)(x)`, `make()(x)`, `table[k](x)`): any escaping function
 * may be it, and any of its parameters may be the very object a is. What the
 * function puts into that parameter then lands in a (alias_back), as for a
 * callee found by name; a is a positional or a keyword argument alike. */
static void fan_arg_back(walker *w, TSNode a, void *ctx)
{
    fanout *f = ctx;
    fan_arg(w, a, ctx);
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0); /* f(*xs): a parameter is an element of xs */
    if (ts_node_is_null(a))
        return;
    unsigned down = k == w->sym->list_splat || k == w->sym->dictionary_splat ? 1 : 0;
    params ps = read_params(w, f->fn);
    for (size_t i = f->first; i < ps.npos; i++)
        alias_back_up(w, f->fn, ps.pos[i], a, down, 0);
    for (size_t i = 0; i < ps.nkw; i++)
        alias_back_up(w, f->fn, ps.kw[i], a, down, 0);
    alias_back_up(w, f->fn, ps.star, a, down, 1);
    alias_back_up(w, f->fn, ps.dstar, a, down, 1);
}

static bool every_binding(walker *w, struct wk_stores *s, TSNode id, str name, str *seen,
                          int depth,
                          bool (*ok)(walker *, struct wk_stores *, const st_event *, str, str *,
                                     int));
static bool instance_event(walker *w, struct wk_stores *s, const st_event *ev, str name,
                           str *seen, int depth);
static bool instance_call(walker *w, struct wk_stores *s, TSNode call);
static bool instance_variable(walker *w, struct wk_stores *s, TSNode id);
static bool zero_arg_super(walker *w, TSNode x);
static TSNode super_second(walker *w, TSNode x);
static TSNode self_param_def(walker *w, struct wk_stores *s, TSNode id);
static bool method_unbound(walker *w, struct wk_stores *s, str m);
static bool plain_method(walker *w, TSNode def);
static void find_unbound_methods(walker *w, struct wk_stores *s);
static bool instance_attribute(walker *w, struct wk_stores *s, str a);
static bool instance_attribute_now(walker *w, struct wk_stores *s, str a);
/* What a binding's value is proved to be: an instance (instance_call) or a new
 * builtin container (VT_INSTANCE), or a new builtin dict (VT_MAPPING). */
enum { VT_INSTANCE, VT_MAPPING };
static bool value_is(walker *w, struct wk_stores *s, TSNode v, int vt);

/* Does the program name classmethod, whose first parameter, and super() in it,
 * are the class (round 25m)? */
static bool classmethods(walker *w, size_t *n)
{
    return !wk_name_entries(w, (str){"classmethod", 11}, n) || *n;
}

/* Is name written anywhere but as the name of a call's keyword argument? A
 * keyword names the callee's parameter, never the builtin or the hook
 * (honest36 p24: argparse's `add_argument("-n", type=int)` is no `type`). In
 * doubt (no census index), yes. */
static bool named_beyond_keywords(walker *w, str name)
{
    size_t n;
    const uint32_t *at = wk_name_entries(w, name, &n);
    if (!at)
        return true;
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t i = 0; i < n; i++) {
        TSNode id = t[at[i]].node;
        TSNode kw = wk_parent_of(w, id);
        TSNode args = ts_node_is_null(kw) ? kw : wk_parent_of(w, kw);
        TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
        if (ts_node_is_null(call) || ts_node_symbol(kw) != w->sym->keyword_argument ||
            !wk_child_is(w, kw, "name", id) || ts_node_symbol(args) != w->sym->argument_list ||
            ts_node_symbol(call) != w->sym->call)
            return true;
    }
    return false;
}

/* May the program hold a class of its own as a value, which a name, a call's
 * result or an item may then be: a class name used otherwise than called,
 * subclassed, tested or read through (class_value_use); any `type` or `__class__`
 * named (type(x) is x's class), or `__mro__` or `__bases__` (round 28b:
 * `Ratio.__mro__[0]` is Ratio); a hook the interpreter hands a class to
 * (`__init_subclass__`, `__set_name__`'s owner, a metaclass's); a class statement
 * under a decorator of the program's (round 25n)? */
static bool classes_as_values(walker *w, struct wk_stores *s)
{
    static const char *const handed[] = {
        "type",     "__class__",         "__init_subclass__", "__set_name__", "__class_getitem__",
        "__new__",  "__prepare__",       "__mro_entries__",   "metaclass",    "__mro__",
        "__bases__", "__get__",          "__subclasscheck__", "__subclasshook__",
        "__instancecheck__"}; /* __get__'s owner (round 29c); the checks' classes */
    size_t n;
    if (s->class_held || classmethods(w, &n))
        return true;
    for (size_t i = 0; i < sizeof handed / sizeof *handed; i++)
        if (named_beyond_keywords(w, (str){handed[i], strlen(handed[i])}))
            return true;
    if (wk_text_has(w, "__class__"))
        return true;
    /* a class statement under a decorator of the program's: handed the class */
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = 1; j < an_nodes_count(w->nodes); j++) {
        if (t[j].sym != w->sym->decorated_definition ||
            ts_node_symbol(wk_child(w, t[j].node, "definition")) != w->sym->class_definition)
            continue;
        uint32_t k = ts_node_named_child_count(t[j].node);
        for (uint32_t i = 0; i < k; i++) {
            TSNode d = wk_named_child(w, t[j].node, i);
            if (ts_node_symbol(d) == w->sym->decorator && !wk_is_library_decorator(w, d))
                return true;
        }
    }
    return false;
}

/* classes_as_values, once the walk has seen every use (class_held). */
static bool classes_held(walker *w, struct wk_stores *s)
{
    if (!s->as_values) {
        s->as_values = classes_as_values(w, s) ? 2 : 1;
        /* a class whose call may make a class (an Enum's functional API:
         * K("E", "A B"), round 25r) hands classes out as values */
        for (size_t i = 0; i < s->nclasses && s->as_values == 1; i++)
            if (!wk_class_makes_instances(w, s->classes[i]))
                s->as_values = 2;
    }
    return s->as_values == 2;
}

/* May receiver r of r.m(...) be a class, so that the call is unbound (K.m(C))? */
static bool maybe_class(walker *w, struct wk_stores *s, TSNode r)
{
    if (ts_node_is_null(r))
        return true; /* no receiver written (`getattr()`): in doubt */
    r = wk_unparen(w, r);
    /* a program that holds none of its classes as a value reaches one only by
     * its name (honest24 p21: `self.by_area[k].add(x)`, an item of a
     * defaultdict(set), was taken for a class and ran a method `add` of the
     * program's unbound, x as its self) */
    if (!classes_held(w, s)) {
        TSSymbol rs = ts_node_symbol(r);
        str rn = rs == w->sym->identifier  ? wk_ident(w, r)
                 : rs == w->sym->attribute ? wk_ident(w, wk_child(w, r, "attribute"))
                                           : (str){NULL, 0};
        return rn.p && in_names(s->classnames, s->nclasses, rn);
    }
    str name = {NULL, 0};
    if (ts_node_symbol(r) == w->sym->identifier)
        name = wk_ident(w, r);
    else if (ts_node_symbol(r) == w->sym->attribute)
        name = wk_ident(w, wk_child(w, r, "attribute"));
    else if (ts_node_symbol(r) != w->sym->call)
        return true;
    else /* K().m, super().m are bound; another call may return a class */
        return !instance_call(w, s, r);
    if (wk_eq(name, "cls") || in_names(s->classnames, s->nclasses, name))
        return true;
    /* x = K: a name an event binds to a class's name */
    for (size_t i = 0; i < s->nev; i++) {
        const st_event *ev = &s->ev[i];
        /* the name, or a lambda's parameter of that name ("@<start>:name") */
        bool scoped = ev->key.len > name.len && ev->key.p[0] == '@' &&
                      ev->key.p[ev->key.len - name.len - 1] == ':' &&
                      memcmp(ev->key.p + ev->key.len - name.len, name.p, name.len) == 0;
        if (!scoped && (ev->key.len != name.len || memcmp(ev->key.p, name.p, name.len) != 0))
            continue;
        TSNode v = wk_unparen(w, ev->value);
        if (ts_node_symbol(v) == w->sym->identifier &&
            in_names(s->classnames, s->nclasses, wk_ident(w, v)))
            return true;
    }
    /* a name bound by a call, a loop, an item (round 25m: `for k in [K]: k.g(x)`,
     * `mk().g(x)`; round 25n: a class a decorator, __init_subclass__ or
     * __set_name__ handed on): unless every binding makes an instance */
    if (ts_node_symbol(r) == w->sym->identifier) {
        /* a plain method's first parameter: an instance unless the method may run
         * with another first argument (round 25o: `K.m(K, x)`, `f = K.m`) */
        TSNode d = self_param_def(w, s, r);
        if (!ts_node_is_null(d))
            return method_unbound(w, s, wk_ident(w, wk_child(w, d, "name")));
        str seen[8];
        return !every_binding(w, s, r, name, seen, 0, instance_event) &&
               !instance_variable(w, s, r);
    }
    /* an attribute (round 25n: `h.k = mk()`, `for h.k in [K]`): unless every store
     * of an attribute so named makes an instance */
    return !instance_attribute(w, s, name);
}

/* Does an attribute named a only ever hold an instance made by instance_call, or a
 * new builtin container (wk_builtin_container_value)? Every
 * occurrence of the name is an attribute's: read, or a plain `X.a = C(...)`; no
 * other store (augmented, unpacking, for, with, del target), no binding of the
 * name itself (a keyword, a class-body name), no text holding the word (setattr's,
 * namedtuple's fields), no setattr, `__setattr__`, `__getattribute__`, `__dict__`
 * or vars named, and no builtin or library object keeps data under the name
 * (partial's `func`, a library attribute). Answers kept per name. */
static bool instance_attribute(walker *w, struct wk_stores *s, str a)
{
    const bool *kept = memo_get(&s->inst_attrs, a);
    return kept ? *kept : memo_put(&s->inst_attrs, a, instance_attribute_now(w, s, a));
}

static bool attribute_holds(walker *w, struct wk_stores *s, str a, int vt);

static bool instance_attribute_now(walker *w, struct wk_stores *s, str a)
{
    return attribute_holds(w, s, a, VT_INSTANCE);
}

/* Is every store of attribute a, anywhere, an assignment of a value vt proves,
 * with no other way to set it (setattr, __dict__, vars, a library base's code,
 * text holding its name)? */
static bool attribute_holds(walker *w, struct wk_stores *s, str a, int vt)
{
    const an_syms *y = w->sym;
    static const char *const opening[] = {"setattr", "__setattr__", "__getattribute__",
                                          "__dict__", "vars"};
    if (!a.p || wk_is_dunder(a) || wk_builtin_data_attribute(a) ||
        an_rules_library_attribute(w->rules, a.p, a.len) ||
        (a.p[0] == '_' && an_rules_library_private(w->rules, a.p, a.len) &&
         wk_any_open_class(w)))
        return false; /* a library base's code may set it on self */
    size_t n;
    if (names_any(w, opening, sizeof opening / sizeof *opening))
        return false;
    const uint32_t *occ = wk_name_entries(w, a, &n);
    if (!occ)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t good = 0;
    for (size_t i = 0; i < n; i++) {
        TSNode nd = t[occ[i]].node, p = wk_parent_of(w, nd);
        if (ts_node_is_null(p) || ts_node_symbol(p) != y->attribute ||
            !wk_child_is(w, p, "attribute", nd))
            return false;
        TSNode pp = wk_parent_of(w, p);
        TSSymbol ps = ts_node_is_null(pp) ? 0 : ts_node_symbol(pp);
        if (ps == y->assignment && wk_child_is(w, pp, "left", p)) {
            if (!value_is(w, s, wk_unparen(w, wk_child(w, pp, "right")), vt))
                return false;
            good++;
            continue;
        }
        if (other_store_target(w, p, pp, ps))
            return false; /* a store of another form, or in doubt */
    }
    return good > 0 && !text_holds_word(w, a);
}

/* Is identifier id a variable every binding of which is `id = C(...)` making an
 * instance (instance_call), or a new builtin container? Its own variable's bindings alone (the name's key
 * holds every scope's: a lambda's parameter x is another variable). */
static bool value_is(walker *w, struct wk_stores *s, TSNode v, int vt)
{
    if (vt == VT_MAPPING)
        return wk_builtin_mapping_value(w, v);
    return wk_builtin_container_value(w, v) ||
           (!ts_node_is_null(v) && ts_node_symbol(v) == w->sym->call && instance_call(w, s, v));
}

static bool variable_holds(walker *w, struct wk_stores *s, TSNode id, int vt);

static bool instance_variable(walker *w, struct wk_stores *s, TSNode id)
{
    return variable_holds(w, s, id, VT_INSTANCE);
}

/* Is every binding of identifier id's variable an assignment of a value vt
 * proves? */
static bool variable_holds(walker *w, struct wk_stores *s, TSNode id, int vt)
{
    wk_census c = wk_take_variable_census(w, id);
    if (c.classdefs != 0 || c.other == 0 || c.other > 64)
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes), good = 0;
    for (size_t j = 1; j < all; j++) {
        if (t[j].sym != w->sym->assignment)
            continue;
        TSNode left = wk_child(w, t[j].node, "left");
        if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->identifier ||
            !wk_same_variable(w, left, id))
            continue;
        if (!value_is(w, s, wk_unparen(w, wk_child(w, t[j].node, "right")), vt))
            return false;
        good++;
    }
    return good == c.other;
}

static void class_call(walker *w, struct wk_stores *s, TSNode cls, TSNode args, TSNode skip,
                       int callback, int depth);
static bool deepcopy_memo(walker *w, TSNode f, TSNode args);

/* A function handed to the standard library may be called with the other
 * arguments' items. */
typedef struct ho_ctx {
    struct wk_stores *s;
    TSNode args;
    TSNode call; /* the call args belongs to (asking the tree for a parent costs a walk) */
} ho_ctx;

/* A def of the program named as a hook of a json decoding call
 * (`json.loads(text, object_hook=f)`; json.load, json.JSONDecoder; object_hook,
 * object_pairs_hook, parse_float, parse_int, parse_constant: issue 13, round 15,
 * honest14b p54). json calls it with what it builds from the text, never with
 * the call's other arguments' items or with what other functions of the program
 * return: a new dict (a list of pairs, a str) whose values are strings, numbers,
 * None, new lists and dicts of those, and what this call's hooks returned for
 * the objects nested in it. So its parameters hold, one level in or deeper,
 * whatever json's hooks may return (key "()json", fed by the hooks named at every
 * such call), and the value itself is new. Only while the program cannot call
 * the hook itself (json_hook_reachable). Returns false when a is no such hook:
 * the flows of any function handed to the library apply. */
/* Does [p, p + len) hold the bytes of s anywhere? */
static bool holds_bytes(const char *p, size_t len, const char *s, size_t sl)
{
    for (size_t i = 0; sl && i + sl <= len; i++)
        if (memcmp(p + i, s, sl) == 0)
            return true;
    return false;
}

/* Can the program itself call a hook handed to json call `call` (issue 13, round
 * 16b)? json.loads and json.load hand their keywords to cls(**kw): a cls= or a
 * keyword splat may give them to a class of the program. A JSONDecoder keeps each
 * hook as a public attribute (dec.object_hook, dec.parse_float, ...): a program
 * that names one anywhere, but as a keyword, or spells it in a string (getattr's
 * literal, decoded), may call it with any value. */
static bool json_hook_reachable(walker *w, TSNode call, str fn,
                                const char *const *hooks, size_t nhooks)
{
    const an_syms *y = w->sym;
    TSNode args = wk_child(w, call, "arguments");
    uint32_t k = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < k; i++) {
        TSNode c = wk_named_child(w, args, i);
        if (ts_node_symbol(c) == y->dictionary_splat || ts_node_symbol(c) == y->list_splat)
            return true;
        if (ts_node_symbol(c) == y->keyword_argument &&
            wk_eq(wk_ident(w, wk_child(w, c, "name")), "cls"))
            return true;
    }
    if (!wk_eq(fn, "JSONDecoder"))
        return false;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all; j++) {
        TSNode nd = t[j].node;
        if (t[j].sym == y->string || t[j].sym == y->concatenated_string) {
            uint32_t b = ts_node_start_byte(nd), e = ts_node_end_byte(nd);
            str v = wk_string_value(w, nd);
            for (size_t h = 0; h < nhooks; h++) {
                size_t hl = strlen(hooks[h]);
                if (holds_bytes(w->text + b, e - b, hooks[h], hl) ||
                    (v.p && holds_bytes(v.p, v.len, hooks[h], hl)))
                    return true;
            }
            continue;
        }
        if (t[j].sym != y->identifier || !wk_eq_any(wk_ident(w, nd), hooks, nhooks))
            continue;
        TSNode p = wk_parent_of(w, nd);
        if (ts_node_is_null(p) || ts_node_symbol(p) != y->keyword_argument ||
            !wk_child_is(w, p, "name", nd))
            return true;
    }
    return false;
}

static bool json_hook_arg(walker *w, struct wk_stores *s, TSNode args, TSNode a)
{
    static const char *const hooks[] = {"object_hook", "object_pairs_hook", "parse_float",
                                        "parse_int", "parse_constant"};
    if (ts_node_symbol(a) != w->sym->keyword_argument)
        return false;
    str kw = wk_ident(w, wk_child(w, a, "name"));
    if (kw.len < 9 || (kw.p[0] != 'o' && kw.p[0] != 'p') || !wk_eq_any(kw, hooks, 5))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, a, "value"));
    if (ts_node_symbol(v) != w->sym->identifier ||
        in_names(s->classnames, s->nclasses, wk_ident(w, v)) ||
        !in_names(s->defnames, s->ndefs, wk_ident(w, v)))
        return false;
    TSNode call = wk_parent_of(w, args);
    str mod, fn;
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call ||
        !module_function(w, wk_child(w, call, "function"), &mod, &fn) || !wk_eq(mod, "json") ||
        !(wk_eq(fn, "loads") || wk_eq(fn, "load") || wk_eq(fn, "JSONDecoder")) ||
        json_hook_reachable(w, call, fn, hooks, 5))
        return false;
    str key = {"()json", 6}, name = wk_ident(w, v);
    add_event(w, key, v, EV_VALUE, 0); /* what the def returns (mask of its name) */
    for (size_t i = 0; i < s->ndefs; i++) {
        if (!same(s->defnames[i], name))
            continue;
        params ps = read_params(w, s->defs[i]);
        str keys[64];
        size_t nk = 0;
        for (size_t j = 0; j < ps.npos && nk < 62; j++)
            keys[nk++] = ps.pos[j];
        for (size_t j = 0; j < ps.nkw && nk < 62; j++)
            keys[nk++] = ps.kw[j];
        keys[nk++] = ps.star;
        keys[nk++] = ps.dstar;
        for (size_t j = 0; j < nk; j++) {
            st_event *ev =
                add_iter_event(w, param_key(w, s->defs[i], keys[j]), s->defs[i], EV_JSON, 0, 0);
            if (ev)
                ev->attr = key;
        }
    }
    return true;
}

/* Library callers whose callback gets only elements of the call's own other
 * arguments (fan_arg maps those) and, for reduce and accumulate, what it
 * returned before (EV_ESC): the builtins map, filter, sorted, min and max;
 * itertools' lazy filters and folds; functools.reduce; a threading.Thread's or
 * Timer's target, called with args= and kwargs= only; asyncio.to_thread and an
 * executor's or pool's submit, map and starmap (fn with the given arguments, in
 * a worker), and a TestCase's assertRaises family; iter(f, sentinel), which calls f with none; property(f), which
 * calls f with an instance of the class whose body binds it (a program object);
 * staticmethod, classmethod, typing.final and
 * functools.total_ordering, which call nothing (the dunders total_ordering
 * adds are implicit_def's). Every other library call
 * (a module's function, a method of a library-made object) may call what it is
 * handed with anything the library holds, its own objects and what the program
 * gave it before: a LogRecord's args and msg for a filter given to addFilter,
 * a Task for a done callback. A list's sort(key=) hands out the receiver's
 * elements (sort_key_elems). */
static bool args_only_caller(walker *w, struct wk_stores *s, TSNode call)
{
    static const char *const builtins[] = {"map",      "filter",       "sorted",     "min", "max",
                                           "iter",     "property",     "staticmethod",
                                           "classmethod"};
    /* an executor's or a process pool's: fn(*args) in a worker; a TestCase's
     * assertRaises family: callable(*args, **kwargs); addCleanup and
     * ExitStack.callback: fn(*args, **kwargs) (not a singledispatch function's
     * register: the function it keys is called with whatever the dispatching
     * function is, by the library too) */
    static const char *const pool[] = {"submit",           "map",          "starmap",
                                       "assertRaises",     "assertRaisesRegex",
                                       "assertWarns",      "assertWarnsRegex",
                                       "addCleanup",       "callback"};
    /* module functions that call what they are given with the other
     * arguments only, or with the arguments of the program's own calls of
     * what they return (decorators and wrappers), or with none */
    static const struct {
        const char *mod, *fn;
    } library[] = {
        {"itertools", "groupby"},        {"itertools", "starmap"},
        {"itertools", "filterfalse"},    {"itertools", "takewhile"},
        {"itertools", "dropwhile"},      {"itertools", "accumulate"},
        {"functools", "reduce"},         {"functools", "total_ordering"},
        {"functools", "partial"},        {"functools", "partialmethod"},
        {"functools", "wraps"},          {"functools", "lru_cache"},
        {"functools", "cache"},          {"functools", "cached_property"},
        {"functools", "singledispatch"}, {"contextlib", "contextmanager"},
        {"contextlib", "asynccontextmanager"},
        {"dataclasses", "dataclass"},    {"dataclasses", "field"},
        {"collections", "defaultdict"},  {"abc", "abstractmethod"},
        {"typing", "final"},             {"typing", "overload"},
        {"enum", "unique"},              {"atexit", "register"},
        {"asyncio", "to_thread"},        {"threading", "Thread"},
        {"threading", "Timer"},
    };
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (module_function(w, f, &mod, &fn)) {
        for (size_t i = 0; i < sizeof library / sizeof library[0]; i++)
            if (wk_eq(mod, library[i].mod) && wk_eq(fn, library[i].fn))
                return true;
        /* key= of these: called with the other arguments or their items alone
         * (insort's x itself; fan_arg passes both) */
        for (size_t i = 0; i < sizeof KEYED_CALLERS / sizeof *KEYED_CALLERS; i++)
            if (wk_eq(mod, KEYED_CALLERS[i].mod) && wk_eq(fn, KEYED_CALLERS[i].fn))
                return true;
        return false;
    }
    if (ts_node_symbol(f) == w->sym->attribute) /* a library-made object's method */
        return wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), pool,
                         sizeof pool / sizeof pool[0]);
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    if (module_name(w, s, name) || find_key(s, name)) /* the program's own name */
        return false;
    return wk_eq_any(name, builtins, sizeof builtins / sizeof builtins[0]);
}

/* `xs.sort(key=k)`: k gets the elements of xs, the receiver (no argument). */
static TSNode sort_receiver(walker *w, TSNode call)
{
    TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_is_null(f) || ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "sort"))
        return (TSNode){0};
    return wk_child(w, f, "object");
}

/* `X.register(K)` with a class: an ABC's register records a virtual subclass,
 * singledispatch's returns a decorator keyed by K, atexit's and codecs' call K
 * with the given arguments or a string: none hands K's constructor a value
 * of the library's own (a def handed to register is not covered: a
 * singledispatch function calls it with what its callers pass). */
static bool class_register(walker *w, TSNode call)
{
    TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
    return !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->attribute &&
           wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "register");
}

static bool module_callee(walker *w, struct wk_stores *s, TSNode f);
static bool module_function(walker *w, TSNode f, str *mod, str *fn);

/* Is v operator.call (or operator.__call__), named as a value? */
/* Is argument a of call the first of `functools.partial(C, f, ...)`, whose
 * callable slot f the partial fills: `partial(reduce, operator.mul)` calls
 * operator.mul alone, whatever it is later given (honest23 p37). */
static bool slot_bound(walker *w, TSNode call, TSNode a)
{
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (ts_node_is_null(call) || ts_node_symbol(call) != w->sym->call)
        return false; /* a class statement's bases */
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode args = wk_child(w, call, "arguments");
    if (ts_node_is_null(f) || !module_function(w, f, &mod, &fn) || !wk_eq(mod, "functools") || !wk_eq(fn, "partial") ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    uint32_t n = ts_node_named_child_count(args), pos = 0;
    bool first = false;
    for (uint32_t i = 0; i < n; i++) {
        TSNode x = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(x);
        if (k == w->sym->comment)
            continue;
        if (k == w->sym->keyword_argument || k == w->sym->list_splat ||
            k == w->sym->dictionary_splat)
            return false; /* a splat may fill no slot; keywords bind none */
        if (pos == 0)
            first = ts_node_eq(x, a);
        pos++;
    }
    /* the callable is C's first positional parameter only for these: reduce's
     * function, map's; not nsmallest's key, the third (round 25z) */
    static const char *const first_slot[] = {"reduce", "map", "filter", "starmap",
                                             "filterfalse", "takewhile", "dropwhile", "call"};
    str cm = {NULL, 0}, cf = {NULL, 0};
    TSNode av = wk_unparen(w, a);
    bool known = (ts_node_symbol(av) == w->sym->identifier &&
                  wk_eq_any(wk_ident(w, av), first_slot, 2) && wk_builtin_unbound(w, wk_ident(w, av))) ||
                 (module_function(w, av, &cm, &cf) && cf.p &&
                  wk_eq_any(cf, first_slot, sizeof first_slot / sizeof *first_slot));
    return first && pos >= 2 && known;
}

static bool names_operator_call(walker *w, TSNode v);

/* Library callables that call or bind a callable they are handed, later, with
 * values they are handed too (names_operator_call, caller_values): the
 * (module, name) pairs, and the builtins. Not sorted, max, min: their key= is
 * keyword-only, which no positional caller passes. */
static const char *const CALLERS[][2] = {
    {"operator", "call"},          {"operator", "__call__"},
    {"functools", "partial"},      {"functools", "partialmethod"},
    {"functools", "reduce"},       {"functools", "cmp_to_key"},
    {"itertools", "starmap"},      {"itertools", "filterfalse"},
    {"itertools", "takewhile"},    {"itertools", "dropwhile"},
    {"itertools", "accumulate"},   {"itertools", "groupby"},
    {"threading", "Thread"},       {"threading", "Timer"},
    {"contextlib", "contextmanager"}, {"asyncio", "to_thread"},
    /* round 25z: a callable among their positional parameters (reviewed
     * under 3.11 by signature over the allowed modules) */
    {"heapq", "nsmallest"},        {"heapq", "nlargest"},
    {"concurrent.futures", "ThreadPoolExecutor"}, {"threading", "Barrier"},
    {"re", "sub"},                 {"re", "subn"},
    {"textwrap", "indent"},        {"unittest", "FunctionTestCase"},
    {"unittest", "addModuleCleanup"}, {"functools", "singledispatch"},
    {"functools", "lru_cache"},    {"functools", "cache"},
    {"operator", "methodcaller"},  {"asyncio", "Handle"},
    {"asyncio", "TimerHandle"},    {"logging", "setLogRecordFactory"},
    {"contextlib", "asynccontextmanager"}};
#define NCALLERS (sizeof CALLERS / sizeof CALLERS[0])
static const char *const CALLER_BUILTINS[] = {"map", "filter"};
#define NCALLER_BUILTINS (sizeof CALLER_BUILTINS / sizeof CALLER_BUILTINS[0])

/* Is a library callable that calls or binds what it is handed (names_operator_call)
 * used as a value anywhere, by any spelling: handed on, bound to a name, in a
 * conditional (round 25y: `p = functools.partial; map(p, [run], [sys.argv])`)?
 * Not as a call's callee, a decorator, or `partial(C, f, ...)`'s first argument
 * with the slot filled (slot_bound). */
static bool caller_values(walker *w, struct wk_stores *s)
{
    (void)s;
    /* the callers' names, as any spelling of them reads (CALLERS, CALLER_BUILTINS) */
    str names[NCALLERS + NCALLER_BUILTINS];
    size_t nnames = 0;
    for (size_t i = 0; i < NCALLERS; i++)
        names[nnames++] = (str){CALLERS[i][1], strlen(CALLERS[i][1])};
    for (size_t i = 0; i < NCALLER_BUILTINS; i++)
        names[nnames++] = (str){CALLER_BUILTINS[i], strlen(CALLER_BUILTINS[i])};
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    /* and the names `from M import X as A` binds to them (round 25z) */
    str alias[16];
    size_t nalias = 0;
    for (size_t j = 1; j < all && nalias < 16; j++) {
        if (t[j].sym != w->sym->aliased_import)
            continue;
        TSNode dn = wk_child(w, t[j].node, "name"), an = wk_child(w, t[j].node, "alias");
        uint32_t k = ts_node_is_null(dn) ? 0 : ts_node_named_child_count(dn);
        str last = k ? wk_ident(w, ts_node_named_child(dn, k - 1)) : (str){NULL, 0};
        if (last.p && !ts_node_is_null(an) && in_names(names, nnames, last))
            alias[nalias++] = wk_ident(w, an);
    }
    if (nalias == 16)
        return true; /* more than are followed: in doubt */
    for (size_t i = 0; i < nnames + nalias; i++) {
        size_t n;
        str nm = i < nnames ? names[i] : alias[i - nnames];
        const uint32_t *occ = wk_name_entries(w, nm, &n);
        if (!occ) /* no index: in doubt, when written (the table's names are C strings) */
            return i < NCALLERS     ? wk_text_has(w, CALLERS[i][1])
                   : i < nnames     ? wk_text_has(w, CALLER_BUILTINS[i - NCALLERS])
                                    : true;
        for (size_t j = 0; j < n; j++) {
            if (occ[j] >= all)
                continue;
            TSNode id = t[occ[j]].node, v = id, p = wk_parent_of(w, id);
            /* `functools.partial`: the attribute node is the value */
            if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->attribute) {
                if (!wk_child_is(w, p, "attribute", id))
                    continue; /* a module's name, `partial.func`: no caller */
                v = p;
                p = wk_parent_of(w, p);
            }
            while (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->parenthesized_expression)
                v = p, p = wk_parent_of(w, p);
            if (ts_node_is_null(p) || !names_operator_call(w, v))
                continue;
            TSSymbol k = ts_node_symbol(p);
            if ((k == w->sym->call && wk_child_is(w, p, "function", v)) || k == w->sym->decorator)
                continue;
            if (k == w->sym->argument_list && slot_bound(w, wk_parent_of(w, p), v))
                continue;
            if (k == w->sym->import_from_statement || k == w->sym->dotted_name ||
                k == w->sym->aliased_import)
                continue;
            return true;
        }
    }
    return false;
}

static bool names_operator_call(walker *w, TSNode v)
{
    /* a library callable that calls or binds a callable it is handed, later,
     * with values it is handed too: handed on itself, the checker cannot see
     * with what (round 25w: map(functools.partial, [run], [sys.argv]),
     * partial(partial, x=v)(run), Thread(target=reduce, args=(run, [v], 0))) */
    str mod = {NULL, 0}, fn = {NULL, 0};
    v = ts_node_is_null(v) ? v : wk_unparen(w, v);
    if (ts_node_is_null(v))
        return false;
    if (ts_node_symbol(v) == w->sym->identifier &&
        wk_eq_any(wk_ident(w, v), CALLER_BUILTINS, NCALLER_BUILTINS) &&
        wk_builtin_unbound(w, wk_ident(w, v)))
        return true;
    return module_function(w, v, &mod, &fn) &&
           pair_listed(mod, fn, CALLERS, NCALLERS);
}

/* Methods of the builtin containers, text types and a few library objects
 * (a logger's message methods, random's draws, a pattern's matching, a
 * TestCase's subTest) that call none of their arguments and keep none for
 * library code to hand back (may_call_back, may_call_methods). */
static const char *const CONTAINER_METHODS[] = {
        "append", "extend", "insert", "remove", "pop", "index", "count", "add", "discard",
        "update", "setdefault", "get", "copy", "union", "intersection", "difference",
        "symmetric_difference", "issubset", "issuperset", "isdisjoint", "join", "split",
        "rsplit", "strip", "lstrip", "rstrip", "replace", "startswith", "endswith", "find",
        "rfind", "format", "ljust", "rjust", "center", "zfill", "encode", "decode",
        "appendleft", "extendleft", "rotate", "most_common", "subtract", "elements",
        "fromkeys", "debug", "info", "warning", "warn", "error", "exception", "critical",
        "put", "put_nowait", "write", "writelines", "writerow", "writerows", "print",
        "choice", "choices", "sample", "shuffle", "randint", "uniform", "move_to_end",
        "match", "fullmatch", "search", "findall", "finditer", "enter_context",
        "popleft", "reverse", "clear", "keys", "values", "subTest", "randrange",
        "random", "gauss", "expovariate", "normalvariate", "triangular", "seed",
        "dispatch", "add_argument", "send", "throw", "close",
        "items"};

/* May the callee of call keep or call a function it is handed? Not a builtin
 * function (those that call one are args_only_caller's), nor a method of the
 * builtin containers and text types, which call none of their arguments
 * (a mapping's keys() aside, a hook of its own), nor a logger's message
 * methods, which format their arguments (their dunders, judged as such). */
/* Methods of the allowed modules' classes that call a callable they are given
 * (reviewed under 3.11): ExitStack's and AsyncExitStack's callback, push and
 * push_async_callback, TestCase's cleanups and assertRaises/assertWarns, a
 * Future's add_done_callback, an event loop's call_* and run_in_executor, an
 * executor's submit and map. */
static bool callback_method(str m)
{
    static const char *const names[] = {
        "callback", "push", "push_async_callback", "push_async_exit", "add_done_callback",
        "addCleanup", "addClassCleanup", "addAsyncCleanup", "enterContext",
        "assertRaises", "assertRaisesRegex", "assertWarns", "assertWarnsRegex", "call_soon",
        "call_soon_threadsafe", "call_later", "call_at", "run_in_executor", "submit", "map",
        "enter_context", "enter_async_context"};
    return wk_eq_any(m, names, sizeof names / sizeof *names);
}

static bool may_call_back(walker *w, struct wk_stores *s, TSNode call)
{

    /* the allowed modules' functions and classes that keep a callable they
     * are handed and call it later with values of the library's own */
    static const struct {
        const char *mod, *fn;
    } keepers[] = {{"logging", "setLogRecordFactory"}, {"weakref", "ref"},
                   {"weakref", "WeakMethod"},           {"weakref", "finalize"},
                   {"weakref", "WeakKeyDictionary"},    {"weakref", "WeakValueDictionary"}};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol k = ts_node_symbol(f);
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (module_function(w, f, &mod, &fn)) {
        for (size_t i = 0; i < sizeof keepers / sizeof keepers[0]; i++)
            if (wk_eq(mod, keepers[i].mod) && wk_eq(fn, keepers[i].fn))
                return true;
        /* any other module function may call what it is given at once
         * (heapq.nlargest(key=f), operator.call(f, x), json.dumps(default=f)):
         * judged by argument (module_callable_arg) */
        return true;
    }
    if (k == w->sym->identifier) /* a builtin, or a from-import module_function missed */
        return module_callee(w, s, f);
    if (k != w->sym->attribute)
        return true;
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    /* a method reached through a library class takes its receiver first; one
     * that calls back does so as the bound one does (round 26d:
     * ExitStack.callback(es, f, x), TestCase.addCleanup(tc, f, x),
     * Future.add_done_callback(fut, f)); the others (datetime.strptime) keep
     * nothing */
    if (module_callee(w, s, wk_child(w, f, "object")))
        return callback_method(m);
    static const char *const raisers[] = {"assertRaises", "assertRaisesRegex", "assertWarns",
                                          "assertWarnsRegex"};
    if (m.len > 6 && memcmp(m.p, "assert", 6) == 0 && !wk_eq_any(m, raisers, 4))
        return false; /* a TestCase's checks compare and format; assertRaises(E, f, x) calls f */
    return !wk_eq_any(m, CONTAINER_METHODS, sizeof CONTAINER_METHODS / sizeof CONTAINER_METHODS[0]);
}

static bool plain_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen);
static bool unshadowed(walker *w, struct wk_stores *s, str name);

/* Are the instances of the class statement(s) named name callable by a base
 * the program did not write (`class K(functools.partial)`: calling one runs
 * library code that calls what it holds)? A base of the library's counts when
 * its name is a class with callable instances (library-callable-class); any
 * base the checker cannot name (a call, a subscript, a metaclass keyword)
 * counts; a program base, by its own bases. */
static bool library_callable(walker *w, struct wk_stores *s, str name, int depth)
{
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!same(s->classnames[i], name))
            continue;
        if (depth > 8)
            return true;
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n; j++) {
            TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
            TSSymbol k = ts_node_symbol(b);
            if (k == w->sym->comment)
                continue;
            str bn = k == w->sym->identifier  ? wk_ident(w, b)
                     : k == w->sym->attribute ? wk_ident(w, wk_child(w, b, "attribute"))
                                              : (str){NULL, 0};
            if (!bn.p)
                return true;
            /* a base named like a builtin may be the builtin: the class
             * statement may run before the program's own (round 25f: `class
             * C(staticmethod)` above `class staticmethod`) */
            if (k == w->sym->identifier && in_names(s->classnames, s->nclasses, bn) &&
                !wk_builtin_name(bn)) {
                if (library_callable(w, s, bn, depth + 1))
                    return true;
                continue;
            }
            const binding *v = k == w->sym->identifier ? wk_bound_value(w, bn) : NULL;
            if (v && v->attr)
                bn = (str){v->attr, v->attr_len};
            if (an_rules_library_callable_class(w->rules, bn.p, bn.len) ||
                (k == w->sym->identifier && !v && !wk_builtin_base_ok(bn)))
                return true;
        }
    }
    return false;
}

/* May calling the class statement(s) named name run a def of the program's
 * with the arguments: a constructor of its own or of a program base
 * (`__init__`, `__new__`, `__post_init__`), or one a decorator or annotated
 * fields make (a dataclass's `__init__` stores its arguments)? A class whose
 * constructors are all the library's makes an instance the library filled,
 * an object the library made to the store rule (M_MADE). */
static bool own_constructor(walker *w, struct wk_stores *s, str name, int depth)
{
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!same(s->classnames[i], name))
            continue;
        TSNode cls = s->classes[i], up = wk_parent_of(w, cls);
        if (depth > 8 || (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition))
            return true;
        TSNode body = wk_child(w, cls, "body");
        uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t j = 0; j < n; j++) {
            TSNode st = wk_named_child(w, body, j);
            if (ts_node_symbol(st) == w->sym->decorated_definition)
                st = wk_child(w, st, "definition");
            if (ts_node_symbol(st) == w->sym->function_definition) {
                str dn = wk_ident(w, wk_child(w, st, "name"));
                if (wk_eq(dn, "__init__") || wk_eq(dn, "__new__") || wk_eq(dn, "__post_init__"))
                    return true;
            } else if (ts_node_symbol(st) == w->sym->expression_statement) {
                TSNode a = wk_named_child(w, st, 0);
                if (ts_node_symbol(a) == w->sym->assignment && !ts_node_is_null(wk_child(w, a, "type")))
                    return true; /* an annotated field */
            }
        }
        TSNode bases = wk_child(w, cls, "superclasses");
        uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < nb; j++) {
            TSNode b = wk_named_child(w, bases, j);
            if (ts_node_symbol(b) == w->sym->keyword_argument)
                return true; /* a metaclass, or __init_subclass__'s keywords */
            if (ts_node_symbol(b) == w->sym->identifier &&
                in_names(s->classnames, s->nclasses, wk_ident(w, b)) &&
                own_constructor(w, s, wk_ident(w, b), depth + 1))
                return true;
        }
    }
    return false;
}

/* Does name read a builtin: the program binds it nowhere (no assignment,
 * def, class, parameter, import)? */
static bool builtin_name(walker *w, struct wk_stores *s, str name)
{
    if (module_name(w, s, name) || in_names(s->defnames, s->ndefs, name) ||
        in_names(s->classnames, s->nclasses, name))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.other == 0 && c.classdefs == 0;
}

static bool maybe_function(walker *w, struct wk_stores *s, TSNode v, int depth);
static bool program_self(walker *w, TSNode o);
static bool program_only_class(walker *w, TSNode cls, int depth);
static bool library_object(walker *w, struct wk_stores *s, TSNode o, int depth);

static void any_arg_function(walker *w, TSNode a, void *ctx)
{
    void **c = ctx;
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0);
    if (!*(bool *)c[2] && !ts_node_is_null(a))
        *(bool *)c[2] = maybe_function(w, c[0], a, *(int *)c[1] + 1);
}

/* May v be, or hold, a function of the program's, or a library object that
 * calls one (a partial, a cached or dispatching function, a list of them)?
 * Not a literal, text or arithmetic of those, a library value (a module, a
 * module's attribute, a from-import), a display or a library callable's
 * result none of whose parts or arguments may be one (random.choice([f]) and
 * abc.abstractmethod(f) hand f back), a new instance of a class of the
 * program's with no base the program did not write (called, it runs its own
 * __call__, a dunder whose parameters are sources), or a name whose one
 * binding is `NAME = value` with value none of those. */
/* Is identifier id bound where it stands: a def's name, an assignment's,
 * walrus's, for's or with's target (through unpacking), an as-pattern's? */
static bool binding_name(walker *w, TSNode id)
{
    const an_syms *y = w->sym;
    TSNode c = id, p = wk_parent_of(w, id);
    for (int i = 0; i < 16 && !ts_node_is_null(p); i++) {
        TSSymbol k = ts_node_symbol(p);
        if (k == y->function_definition || k == y->class_definition)
            return wk_child_is(w, p, "name", c);
        if (k == y->named_expression)
            return wk_child_is(w, p, "name", c);
        if (k == y->assignment || k == y->augmented_assignment || k == y->for_statement ||
            k == y->for_in_clause)
            return wk_child_is(w, p, "left", c);
        if (k == y->as_pattern_target || strcmp(ts_node_type(p), "with_item") == 0)
            return true;
        if (k != y->pattern_list && k != y->tuple_pattern && k != y->list_pattern &&
            k != y->tuple && k != y->list && k != y->parenthesized_expression &&
            k != y->as_pattern && k != y->list_splat_pattern)
            return false;
        c = p;
        p = wk_parent_of(w, p);
    }
    return false;
}

static bool duck_name(walker *w, str name);

static bool none_value(walker *w, TSNode v, void *ctx)
{
    (void)ctx;
    return ts_node_symbol(wk_unparen(w, v)) == w->sym->none;
}

/* Is id the name of an undecorated def whose own scope returns no value and
 * yields none? Its call answers None, whoever makes it. */
static bool def_returns_none(walker *w, TSNode id)
{
    TSNode def = wk_parent_of(w, id);
    if (ts_node_is_null(def) || ts_node_symbol(def) != w->sym->function_definition ||
        !wk_child_is(w, def, "name", id))
        return false;
    TSNode up = wk_parent_of(w, def);
    return (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition) &&
           wk_own_returns(w, def, none_value, NULL);
}

static bool no_interpolation(walker *w, TSNode e);

/* Is v a display (or a literal) whose every part is a literal or a tuple of
 * such, at any depth: nothing in it can be written? */
static bool immutable_parts(walker *w, TSNode v, int depth)
{
    const an_syms *y = w->sym;
    v = wk_unparen(w, v);
    if (ts_node_is_null(v) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(v);
    if (k == y->integer || k == sym_float || k == y->true_ || k == y->false_ || k == y->none ||
        ((k == y->string || k == y->concatenated_string) && no_interpolation(w, v)))
        return true;
    if (depth > 0 && k != y->tuple && k != y->pair)
        return false; /* a list, dict or set inside may be filled */
    if (k != y->tuple && k != y->list && k != y->set && k != sym_dictionary && k != y->pair)
        return false;
    uint32_t n = ts_node_named_child_count(v);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, v, i);
        if (ts_node_symbol(c) != y->comment && !immutable_parts(w, c, depth + 1))
            return false;
    }
    return true;
}

/* Is identifier id the target of `id = value` with value a display of
 * literals (immutable_parts): a class's data, which nobody calls? */
static bool constant_binding(walker *w, TSNode id)
{
    TSNode p = wk_parent_of(w, id);
    return !ts_node_is_null(p) && ts_node_symbol(p) == w->sym->assignment &&
           wk_child_is(w, p, "left", id) && immutable_parts(w, wk_child(w, p, "right"), 0);
}

/* Is identifier id bound in the body of class statement cls itself (in any
 * block of it), not in a def or lambda inside it? A def's name counts where
 * the def stands. */
static bool class_level(walker *w, TSNode id, TSNode cls)
{
    TSNode p = wk_parent_of(w, id);
    if (!ts_node_is_null(p) && ts_node_symbol(p) == w->sym->function_definition &&
        wk_child_is(w, p, "name", id))
        p = wk_parent_of(w, p);
    for (; !ts_node_is_null(p); p = wk_parent_of(w, p)) {
        TSSymbol k = ts_node_symbol(p);
        if (k == w->sym->class_definition)
            return ts_node_eq(p, cls);
        if (k == w->sym->function_definition || k == w->sym->lambda)
            return false;
    }
    return false;
}

/* Does class statement cls, or a program class it derives from at any
 * remove, bind a method whose result reaches its caller unchecked: a dunder
 * but the fixed-type ones (__len__, __bool__, __hash__, __index__, __int__,
 * __float__, __str__, __repr__, __init__...), a method named as one library
 * code calls on an object it is handed (duck_name: datetime.now(tz) returns
 * what tz.fromutc returns, round 26f), or any method of a class with a
 * library base (whose code calls the subclass's overrides by its own names)? */
static bool chain_value_dunder(walker *w, struct wk_stores *s, TSNode cls, int depth)
{
    static const char *const fixed[] = {
        "__init__", "__len__", "__bool__", "__hash__", "__index__", "__int__", "__float__",
        "__complex__", "__str__", "__repr__", "__format__", "__bytes__", "__sizeof__",
        "__del__", "__setitem__", "__delitem__", "__setattr__", "__delattr__", "__set__",
        "__delete__", "__set_name__", "__init_subclass__", "__contains__", "__length_hint__",
        "__post_init__", "__instancecheck__", "__subclasscheck__"};
    if (depth > 16)
        return true;
    bool lib = library_base(w, s, cls);
    /* any such name bound anywhere in the class body: a def, any binding form,
     * in any nested block (round 26e: under `if`, `try`, `with`, a walrus, a
     * chained assignment) */
    TSNode body = wk_child(w, cls, "body");
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    uint32_t from = ts_node_is_null(body) ? 0 : ts_node_start_byte(body),
             to = ts_node_is_null(body) ? 0 : ts_node_end_byte(body);
    for (size_t j = 1; j < all && from < to; j++) {
        if (t[j].sym != w->sym->identifier)
            continue;
        uint32_t at = ts_node_start_byte(t[j].node);
        if (at < from || at >= to)
            continue;
        str dn = wk_ident(w, t[j].node);
        bool dunder = wk_is_dunder(dn), duck = !dunder && duck_name(w, dn);
        bool out = dunder ? !wk_eq_any(dn, fixed, sizeof fixed / sizeof *fixed) : lib || duck;
        if (out && binding_name(w, t[j].node) && !def_returns_none(w, t[j].node) &&
            (dunder || duck ||
             (!constant_binding(w, t[j].node) && class_level(w, t[j].node, cls))))
            return true;
    }
    /* every base the class statement names (B[0] as B, whose
     * __class_getitem__ decides the base); one the checker cannot name (a
     * call) is in doubt */
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode b;
        TSSymbol bs;
        str bn;
        if (!base_at(w, bases, j, &b, &bs, &bn))
            continue;
        if (!bn.p)
            return true;
        if (bs != w->sym->identifier)
            continue; /* a module's class */
        for (size_t i = 0; i < s->nclasses; i++)
            if (same(s->classnames[i], bn) && !ts_node_eq(s->classes[i], cls) &&
                chain_value_dunder(w, s, s->classes[i], depth + 1))
                return true;
    }
    return false;
}

static bool class_hands_out(walker *w, struct wk_stores *s, str name, bool called);

/* Does any class of the program bind a dunder that hands out what it returns
 * (chain_value_dunder): self handed to library code runs it? */
static bool chain_value_dunder(walker *w, struct wk_stores *s, TSNode cls, int depth);

static bool any_class_hands_out(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->nclasses; i++)
        if (chain_value_dunder(w, s, s->classes[i], 0))
            return true;
    return false;
}

/* Does a class statement called name (or a program base of it) bind member
 * where it stands (binding_name), in any block of its body? */
static bool binding_name(walker *w, TSNode id);

static bool class_binds_at(walker *w, struct wk_stores *s, str name, const char *member,
                           int depth)
{
    if (depth > 16)
        return true; /* deeper than followed: in doubt */
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!same(s->classnames[i], name))
            continue;
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t from = ts_node_is_null(body) ? 0 : ts_node_start_byte(body),
                 to = ts_node_is_null(body) ? 0 : ts_node_end_byte(body);
        for (size_t j = 1; j < all && from < to; j++)
            if (t[j].sym == w->sym->identifier && ts_node_start_byte(t[j].node) >= from &&
                ts_node_start_byte(t[j].node) < to &&
                wk_eq(wk_ident(w, t[j].node), member) && binding_name(w, t[j].node))
                return true;
        /* and its bases of the program's */
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t b = 0; b < nb; b++) {
            TSNode bn = wk_named_child(w, bases, b);
            if (ts_node_symbol(bn) == w->sym->identifier && !same(wk_ident(w, bn), name) &&
                class_binds_at(w, s, wk_ident(w, bn), member, depth + 1))
                return true;
        }
    }
    return false;
}

static bool class_binds(walker *w, struct wk_stores *s, str name, const char *member)
{
    return class_binds_at(w, s, name, member, 0);
}

static bool class_binds(walker *w, struct wk_stores *s, str name, const char *member);

/* Is name bound in some class body otherwise than by a def (an assignment, a
 * walrus, any target): `pick = lambda self: run`, `pick = staticmethod(f)`? */
static bool class_body_binds(walker *w, struct wk_stores *s, str name)
{
    char m[128];
    if (name.len >= sizeof m)
        return true;
    memcpy(m, name.p, name.len);
    m[name.len] = '\0';
    for (size_t i = 0; i < s->nclasses; i++)
        if (class_binds(w, s, s->classnames[i], m))
            return true;
    return false;
}

/* Are the bases of every class statement called name, and theirs at any
 * remove, the program's own classes (or none)? Then no constructor of the
 * library's keeps what the call was given (round 26d: `class K(B)` with
 * `class B(list)`). */
static bool program_chain(walker *w, struct wk_stores *s, str name, int depth)
{
    if (depth > 16 || !program_bases(w, s, name))
        return false;
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!same(s->classnames[i], name))
            continue;
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n; j++) {
            TSNode b = wk_named_child(w, bases, j);
            if (ts_node_symbol(b) == w->sym->identifier && !wk_eq(wk_ident(w, b), "object") &&
                !program_chain(w, s, wk_ident(w, b), depth + 1))
                return false;
        }
    }
    return true;
}

/* Does the program store, outside a class body, a value that may hold
 * something into an attribute of one of its classes (`K.f = [run]`; round
 * 26l: every instance then reads it)? `K.count += 1` stores a number. */
static bool classes_written(walker *w, struct wk_stores *s)
{
    if (s->classes_written)
        return s->classes_written == 2;
    s->classes_written = 1;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all && s->classes_written == 1; j++) {
        if (t[j].sym != w->sym->assignment && t[j].sym != w->sym->augmented_assignment)
            continue;
        TSNode left = wk_unparen(w, wk_child(w, t[j].node, "left"));
        if (ts_node_is_null(left) || ts_node_symbol(left) != w->sym->attribute)
            continue;
        TSNode o = wk_unparen(w, wk_child(w, left, "object"));
        str seen[8];
        TSNode v = wk_child(w, t[j].node, "right");
        if (!ts_node_is_null(o) && ts_node_symbol(o) == w->sym->identifier &&
            in_names(s->classnames, s->nclasses, wk_ident(w, o)) &&
            !immutable_parts(w, v, 0) && !plain_expr(w, s, v, seen, 0))
            s->classes_written = 2;
    }
    return s->classes_written == 2;
}

/* May code read attribute a of an object by a name the program did not write
 * as `.a`: library code (a library attribute's name, a duck hook's), or a
 * lookup by text (a string holding the word: attrgetter("a"), getattr(o, "a"),
 * a prefix getattr(o, "op_" + k) of it, or a name computed whole)? */
static bool read_by_name(walker *w, struct wk_stores *s, str a)
{
    /* and what reads every attribute: vars(), __dict__, a dataclass's asdict
     * and astuple */
    if (!a.p || s->computed_fetch || duck_name(w, a) ||
        an_rules_library_attribute(w->rules, a.p, a.len) || wk_text_has(w, "vars") ||
        wk_text_has(w, "__dict__") || wk_text_has(w, "asdict") || wk_text_has(w, "astuple"))
        return true;
    for (size_t f = 0; f < s->nfetched; f++)
        if (s->fetched_prefix[f] ? s->fetched[f].len <= a.len &&
                                       memcmp(s->fetched[f].p, a.p, s->fetched[f].len) == 0
                                 : same(s->fetched[f], a))
            return true;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all; j++) {
        if (t[j].sym != w->sym->string && t[j].sym != w->sym->concatenated_string)
            continue;
        TSNode p = wk_parent_of(w, t[j].node);
        if ((ts_node_is_null(p) || ts_node_symbol(p) != w->sym->expression_statement) &&
            wk_string_has_word(w, t[j].node, a))
            return true; /* but a docstring */
    }
    return false;
}

/* Does class statement cls, or a program class it derives from at any remove,
 * store into an attribute or an item, anywhere in its body (its methods'
 * `self.f = run`, `self.items[k] = v`), a value that may hold something? An
 * instance then holds it, and library code handed the instance reads it back
 * by name (`operator.attrgetter("f")`). A literal, a plain number or text
 * holds nothing. */
static bool chain_stores_values(walker *w, struct wk_stores *s, TSNode cls, int depth)
{
    if (depth > 16)
        return true;
    TSNode body = wk_child(w, cls, "body");
    size_t b = ts_node_is_null(body) ? AN_NODES_NONE : an_nodes_find(w->nodes, body);
    const an_node *t = an_nodes_get(w->nodes);
    for (size_t j = b; b != AN_NODES_NONE && j < t[b].end; j++) {
        if (t[j].sym != w->sym->assignment && t[j].sym != w->sym->augmented_assignment)
            continue;
        TSNode left = wk_unparen(w, wk_child(w, t[j].node, "left"));
        if (ts_node_is_null(left))
            continue;
        if (ts_node_symbol(left) == w->sym->subscript) {
            /* `self.f[k] = v` fills what f holds; `self[k] = v` the instance */
            left = wk_unparen(w, wk_child(w, left, "value"));
            if (ts_node_is_null(left))
                return true;
            if (ts_node_symbol(left) == w->sym->identifier &&
                ts_node_is_null(self_param_def(w, s, left)))
                continue; /* a local container of a method */
        } else if (ts_node_symbol(left) != w->sym->attribute) {
            continue; /* a local name, an unpacking of them */
        }
        if (ts_node_symbol(left) == w->sym->attribute &&
            !read_by_name(w, s, wk_ident(w, wk_child(w, left, "attribute"))))
            continue; /* read back only as the program's own `.name` */
        str seen[8];
        TSNode v = wk_child(w, t[j].node, "right");
        if (!immutable_parts(w, v, 0) && !plain_expr(w, s, v, seen, 0))
            return true;
    }
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        TSNode bn = wk_named_child(w, bases, j);
        if (ts_node_symbol(bn) != w->sym->identifier)
            continue; /* a module's class, or one chain_value_dunder holds in doubt */
        for (size_t i = 0; i < s->nclasses; i++)
            if (same(s->classnames[i], wk_ident(w, bn)) && !ts_node_eq(s->classes[i], cls) &&
                chain_stores_values(w, s, s->classes[i], depth + 1))
                return true;
    }
    return false;
}

/* Does a class statement called name, or a program class it derives from,
 * bind a method whose result library code handed the object passes on
 * (chain_value_dunder: the dunders but the fixed-type ones, the names library
 * code calls, any method of a class with a library base; and the mapping
 * methods C's dict(x) and update call by name), or (called: the value itself
 * is asked about) __call__? Bindings, not mentions: `self.known.items()` in a
 * test's body binds no `items`. */
static bool class_hands_out(walker *w, struct wk_stores *s, str name, bool called)
{
    if (called)
        return class_binds(w, s, name, "__call__");
    if (classes_written(w, s))
        return true;
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], name) && chain_stores_values(w, s, s->classes[i], 0))
            return true;
    static const char *const mapping[] = {"keys", "values", "items", "get", "pop"};
    for (size_t j = 0; j < sizeof mapping / sizeof *mapping; j++)
        if (class_binds(w, s, name, mapping[j]))
            return true;
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], name) && chain_value_dunder(w, s, s->classes[i], 0))
            return true;
    return false;
}

/* Does the program bind an operator or comparison method (any dunder that is
 * no protocol method: operator_dunder), by a def or any other binding form
 * (round 26g: `__lt__ = lambda self, o: run` in a class body, `__eq__ = f`)? */
static bool program_operators(walker *w, struct wk_stores *s)
{
    if (!s->operators) {
        const an_node *t = an_nodes_get(w->nodes);
        size_t all = an_nodes_count(w->nodes);
        s->operators = 1;
        for (size_t j = 1; j < all && s->operators == 1; j++)
            if (t[j].sym == w->sym->identifier && operator_dunder(wk_ident(w, t[j].node)) &&
                binding_name(w, t[j].node))
                s->operators = 2;
    }
    return s->operators == 2;
}

/* Does identifier id, an occurrence of a name bound to a new container, only
 * read the object there: an item read, a non-mutating method's receiver, an
 * operand of a test, an iteration, a field of an f-string, an argument of a
 * builtin that makes new values of its items (len, print, sorted, list...), a
 * binding target, `global`/`nonlocal`? Anything else may hand the object to
 * another name (`g = h`, a parameter, a display, an attribute, a return, a
 * library call that may hand it back, ChainMap(h)) that fills it unseen (round
 * 26h). */
static bool reads_only(walker *w, struct wk_stores *s, TSNode id, bool consts, int depth);

/* Does argument list args of builtin fn hand id (one of its arguments) to no
 * other argument? The other arguments are literals written as keywords
 * (`reverse=True`, `start=1`, `strict=True`), never `key=` (sorted calls it with
 * each element: round 26j), no splat; print and zip take any other positional
 * argument (print makes text of each alone, zip pairs without calling), and
 * isinstance a class or a tuple of them (a metaclass is refused). */
static bool lone_argument(walker *w, TSNode args, TSNode id, str fn)
{
    const an_syms *y = w->sym;
    uint32_t n = ts_node_named_child_count(args);
    bool many = wk_eq(fn, "print") || wk_eq(fn, "zip") || wk_eq(fn, "isinstance");
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == y->comment || ts_node_eq(a, id))
            continue;
        if (k == y->list_splat || k == y->dictionary_splat)
            return false;
        if (k == y->keyword_argument) {
            TSNode v = wk_unparen(w, wk_child(w, a, "value"));
            if (ts_node_is_null(v))
                return false;
            TSSymbol vk = ts_node_symbol(v);
            if (wk_eq(wk_ident(w, wk_child(w, a, "name")), "key") ||
                !(vk == y->integer || vk == y->true_ || vk == y->false_ || vk == y->none ||
                  ((vk == y->string || vk == y->concatenated_string) && no_interpolation(w, v))))
                return wk_eq(fn, "print"); /* print's sep, end and file take text */
            continue;
        }
        if (!many)
            return false;
    }
    return true;
}

/* Does every occurrence of every name target t binds (a loop's target: a name,
 * or a tuple or list of them) but t's own only read what it holds? */
static bool targets_read_only(walker *w, struct wk_stores *s, TSNode t, int depth)
{
    const an_syms *y = w->sym;
    t = wk_unparen(w, t);
    if (ts_node_is_null(t) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(t);
    if (k == y->pattern_list || k == y->tuple_pattern || k == y->list_pattern || k == y->tuple ||
        k == y->list) {
        uint32_t n = ts_node_named_child_count(t);
        for (uint32_t i = 0; i < n; i++)
            if (!targets_read_only(w, s, wk_named_child(w, t, i), depth))
                return false;
        return true;
    }
    if (k != y->identifier)
        return false;
    size_t n;
    const uint32_t *occ = wk_name_entries(w, wk_ident(w, t), &n);
    if (!occ)
        return false;
    const an_node *nodes = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 0; j < n; j++)
        if (occ[j] >= all ||
            (!ts_node_eq(nodes[occ[j]].node, t) &&
             !reads_only(w, s, nodes[occ[j]].node, false, depth + 1)))
            return false;
    return true;
}

static bool reads_only(walker *w, struct wk_stores *s, TSNode id, bool consts, int depth)
{
    /* builtins whose value holds none of their argument's parts */
    static const char *const scalar[] = {"len",  "print", "str",  "repr", "any", "all",
                                         "bool", "isinstance", "id", "hash", "type"};
    /* builtins whose value is a new container of their argument's elements */
    static const char *const copiers[] = {"sorted", "list", "set", "frozenset", "dict",
                                          "enumerate", "zip", "reversed"};
    const an_syms *y = w->sym;
    TSNode p = wk_parent_of(w, id);
    if (ts_node_is_null(p) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(p);
    /* an item, or what a method call answers, may be a container inside it:
     * judged where it goes (`g = h[0]; g[0] = run` fills h), unless every part
     * of the binding's display is a literal (consts) */
    if (k == y->subscript)
        return wk_child_is(w, p, "value", id) && (consts || reads_only(w, s, p, consts, depth + 1));
    if (k == y->attribute) {
        str an = wk_ident(w, wk_child(w, p, "attribute"));
        if (!wk_child_is(w, p, "object", id) || mutating_method(an) || wk_is_dunder(an))
            return false; /* `h.__init__(...)` may refill it too */
        TSNode c = wk_parent_of(w, p);
        if (!ts_node_is_null(c) &&
            (ts_node_symbol(c) == y->assignment || ts_node_symbol(c) == y->augmented_assignment) &&
            wk_child_is(w, c, "left", p)) {
            /* a store on the object fills it, as an item store does (round 26l:
             * `h.f = run` read back by attrgetter("f")), but with a value that
             * holds nothing (`loader.testMethodPrefix = "test"`) */
            str seen[8];
            TSNode v = wk_child(w, c, "right");
            return immutable_parts(w, v, 0) || plain_expr(w, s, v, seen, 0);
        }
        bool called = !ts_node_is_null(c) && ts_node_symbol(c) == y->call &&
                      wk_child_is(w, c, "function", p);
        return reads_only(w, s, called ? c : p, consts, depth + 1);
    }
    if (k == y->comparison_operator || k == y->not_operator || k == y->interpolation ||
        k == y->expression_statement || k == y->global_statement ||
        k == y->nonlocal_statement || k == y->if_statement || k == y->while_statement ||
        k == y->elif_clause || k == y->delete_statement)
        return true;
    /* `h or x` is h itself; `h + []`, `-h` a new value that may share its
     * parts (round 26i) */
    if (k == y->boolean_operator || k == y->binary_operator || k == y->unary_operator)
        return reads_only(w, s, p, consts, depth + 1);
    /* the loop's target takes each element: another name for it, judged as h
     * is wherever it is used (round 26i: `for g in h: g[0] = run`) */
    if (k == y->for_statement || k == y->for_in_clause)
        return wk_child_is(w, p, "right", id) &&
               (consts || targets_read_only(w, s, wk_child(w, p, "left"), depth + 1));
    /* a binding of the name alone; in a chain (`h = z = {}`) every target is
     * the same object (round 26k) */
    if (k == y->assignment) {
        TSNode up = wk_parent_of(w, p), r = wk_unparen(w, wk_child(w, p, "right"));
        return wk_child_is(w, p, "left", id) && ts_node_symbol(id) == y->identifier &&
               (ts_node_is_null(up) || ts_node_symbol(up) != y->assignment) &&
               (ts_node_is_null(r) || ts_node_symbol(r) != y->assignment);
    }
    if (k == y->argument_list) {
        TSNode call = wk_parent_of(w, p);
        TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
        if (ts_node_is_null(f) || ts_node_symbol(f) != y->identifier ||
            !unshadowed(w, s, wk_ident(w, f)))
            return false;
        str fn = wk_ident(w, f);
        bool scalar_fn = wk_eq_any(fn, scalar, sizeof scalar / sizeof scalar[0]);
        if ((!scalar_fn && !wk_eq_any(fn, copiers, sizeof copiers / sizeof copiers[0])) ||
            !lone_argument(w, p, id, fn))
            return false;
        return scalar_fn || consts || reads_only(w, s, call, consts, depth + 1);
    }
    return false;
}

/* Is name (bound once, to value) written as the container of an item or slice
 * store, or the receiver of a mutating method call, anywhere, or used where
 * another name may come to hold its object (reads_only)? The occurrence asked
 * about is the library caller's own argument, which the caller only calls or
 * reads. */
static bool name_filled(walker *w, struct wk_stores *s, str name, TSNode value, TSNode asked)
{
    /* a display whose parts are literals or tuples of them: immutable, so only
     * the object itself can be filled through another name (`[{}]` holds a
     * dict: round 26i) */
    bool consts = immutable_parts(w, value, 0);
    size_t n;
    const uint32_t *occ = wk_name_entries(w, name, &n);
    if (!occ)
        return true;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 0; j < n; j++) {
        if (occ[j] >= all)
            continue;
        TSNode id = t[occ[j]].node, p = wk_parent_of(w, id);
        if (ts_node_is_null(p))
            continue;
        TSSymbol k = ts_node_symbol(p);
        if (k == w->sym->subscript && wk_child_is(w, p, "value", id)) {
            TSNode q = wk_parent_of(w, p);
            if (!ts_node_is_null(q) && ts_node_symbol(q) != w->sym->call &&
                ts_node_symbol(q) != w->sym->argument_list && ts_node_symbol(q) != w->sym->attribute)
                return true; /* in doubt: a target (assignment, unpacking, for, del) */
        } else if (k == w->sym->attribute && wk_child_is(w, p, "object", id) &&
                   mutating_method(wk_ident(w, wk_child(w, p, "attribute")))) {
            return true;
        }
        if (!ts_node_eq(id, asked) && !reads_only(w, s, id, consts, 0))
            return true;
    }
    return false;
}

static bool decorated_class_opaque(walker *w, struct wk_stores *s, str name);
static bool any_class_hands_out(walker *w, struct wk_stores *s);
static bool class_body_binds(walker *w, struct wk_stores *s, str name);
static bool class_hands_out(walker *w, struct wk_stores *s, str name, bool called);

static bool exact_number_class(walker *w, TSNode f);

static bool maybe_function(walker *w, struct wk_stores *s, TSNode v, int depth)
{
    v = wk_unparen(w, v);
    if (ts_node_is_null(v))
        return false;
    TSSymbol k = ts_node_symbol(v);
    const an_syms *y = w->sym;
    if (depth > 8)
        return true;
    if (module_callee(w, s, v) || plain_expr(w, s, v, NULL, 0))
        return false;
    if (k == y->identifier) {
        str name = wk_ident(w, v);
        if (wk_bound_module(w, name) || builtin_name(w, s, name))
            return false; /* a module, or a builtin */
        /* self of the program's class, or a class of its own: library code
         * handed it runs its hooks, which may hand back anything (round 26e:
         * operator.getitem(K, 0) runs __class_getitem__, operator.neg(self)) */
        if (program_self(w, v))
            return any_class_hands_out(w, s);
        wk_census c = wk_take_census(w, name);
        if (c.classdefs > 0 && c.other == 0 && !in_names(s->defnames, s->ndefs, name) &&
            !own_constructor(w, s, name, 0) && !decorated_class_opaque(w, s, name))
            /* its constructors are the library's; but library code handed the
             * class may make an instance and call its hooks (round 26f:
             * json.loads(s, cls=D) answers D(...).decode(s)) */
            return class_binds(w, s, name, "__class_getitem__") ||
                   class_hands_out(w, s, name, false);
        TSNode as = wk_sole_assignment(w, name);
        /* a container filled after its binding (`a[0] = run`, a slice store, a
         * mutating call) holds what was put in (round 26b) */
        if (ts_node_is_null(as))
            return true;
        /* an exact Decimal or Fraction holds no item and no attribute */
        TSNode right = wk_unparen(w, wk_child(w, as, "right"));
        bool number = !ts_node_is_null(right) && ts_node_symbol(right) == y->call &&
                      exact_number_class(w, wk_child(w, right, "function"));
        return (!number && name_filled(w, s, name, right, v)) ||
               maybe_function(w, s, right, depth + 1);
    }
    /* an operator may run a program dunder, which may return a function
     * (round 26b: `-K()`, `K() < 1`) */
    if ((k == y->binary_operator || k == y->unary_operator || k == y->comparison_operator) &&
        program_operators(w, s))
        return true;
    if (k == y->tuple || k == y->list || k == y->set || k == sym_dictionary ||
        k == y->binary_operator || k == y->unary_operator || k == y->boolean_operator ||
        k == y->conditional_expression || k == y->pair || k == y->expression_list) {
        uint32_t n = ts_node_named_child_count(v);
        for (uint32_t i = 0; i < n; i++) {
            TSNode c = wk_named_child(w, v, i);
            if (ts_node_symbol(c) != y->comment && maybe_function(w, s, c, depth + 1))
                return true;
        }
        return false;
    }
    if (k == y->string || k == y->concatenated_string || k == y->integer || k == sym_float ||
        k == y->true_ || k == y->false_ || k == y->none || k == y->not_operator ||
        k == y->comparison_operator)
        return false;
    if (k != y->call)
        return true; /* an attribute, an item, a comprehension, a lambda, ... */
    TSNode f = wk_unparen(w, wk_child(w, v, "function"));
    TSSymbol fk = ts_node_symbol(f);
    if (fk == y->identifier) {
        str name = wk_ident(w, f);
        wk_census cc = wk_take_census(w, name);
        if (in_names(s->classnames, s->nclasses, name) && !in_names(s->defnames, s->ndefs, name) &&
            !module_name(w, s, name) && !library_callable(w, s, name, 0) && cc.other == 0 &&
            !decorated_class_opaque(w, s, name)) {
            /* an instance of the program's class: a function only through
             * what it holds, when library code reads it back (round 26c:
             * operator.getitem(K([run]), 0) of `class K(list)`, a program
             * __getitem__ or __iter__) */
            if (class_hands_out(w, s, name, depth == 0))
                return true;
            if (program_chain(w, s, name, 0))
                return false;
            bool any = false;
            void *ctx[3] = {s, &depth, &any};
            each_arg(w, wk_child(w, v, "arguments"), (TSNode){0}, any_arg_function, ctx);
            return any;
        }
    }
    /* a callable of the library's (a module's function or class, a method of
     * a library value or of what a library callable made: Decimal(x).ln()):
     * what it returns may be what it was handed */
    bool library = module_callee(w, s, f);
    /* a method the program defines returns what its defs return, which may
     * be a function (round 26b: `es.callback(K().pick(), v)`) */
    if (fk == y->attribute && (in_names(s->defnames, s->ndefs, wk_ident(w, wk_child(w, f, "attribute"))) ||
                               class_body_binds(w, s, wk_ident(w, wk_child(w, f, "attribute")))))
        return true;
    if (!library && fk == y->attribute) {
        /* but one that hands back what the object holds, which the program
         * may have put in (an OrderedDict's get, a deque's pop) */
        static const char *const element_methods[] = {
            "get",    "pop",     "popitem",  "popleft",     "setdefault", "get_nowait",
            "values", "items",   "copy",     "most_common", "elements",   "maps",
            "parents", "new_child", "result", "pop_all",    "__getitem__"};
        if (wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), element_methods,
                      sizeof element_methods / sizeof element_methods[0]))
            return true;
        TSNode o = wk_unparen(w, wk_child(w, f, "object"));
        library = module_callee(w, s, o) ||
                  (ts_node_symbol(o) == y->identifier && !maybe_function(w, s, o, depth + 1)) ||
                  (ts_node_symbol(o) == y->call && !maybe_function(w, s, o, depth + 1));
    }
    if (!library)
        return true;
    /* what these make calls the callable it holds with nothing, or with the
     * arguments the program gave with it: a FunctionTestCase its test
     * function, a Thread or Timer its target, a defaultdict or a field its
     * factory */
    static const char *const holds_only[] = {"FunctionTestCase", "Thread", "Timer",
                                             "defaultdict", "field"};
    str mod = {NULL, 0}, fn = {NULL, 0};
    /* a reader by name handed on (round 26m: operator.call(attrgetter("f"), h),
     * map(methodcaller("f"), [h])): whoever calls it gets what the object
     * binds, holds or answers under that name, whatever its class */
    static const char *const readers[] = {"attrgetter", "itemgetter", "methodcaller"};
    if (depth > 0 && module_function(w, f, &mod, &fn) && wk_eq(mod, "operator") &&
        wk_eq_any(fn, readers, sizeof readers / sizeof readers[0]))
        return true;
    if (module_function(w, f, &mod, &fn) &&
        wk_eq_any(fn, holds_only, sizeof holds_only / sizeof holds_only[0])) {
        /* a defaultdict holds its other arguments' values as items (round
         * 26c: defaultdict(None, {"k": run})) */
        if (!wk_eq(fn, "defaultdict"))
            return false;
        bool any = false;
        void *ctx[3] = {s, &depth, &any};
        each_arg(w, wk_child(w, v, "arguments"), first_arg(w, v), any_arg_function, ctx);
        return any;
    }
    bool any = false;
    void *ctx[3] = {s, &depth, &any};
    each_arg(w, wk_child(w, v, "arguments"), (TSNode){0}, any_arg_function, ctx);
    return any;
}

/* Is argument a of a known caller where it takes the callable it calls with
 * its other arguments: key= of sorted, min, max, groupby; target= of a
 * Thread; the first positional argument of the others that call it (map,
 * filter, reduce, starmap, partial, submit, to_thread, addCleanup, ...), not
 * of those that only wrap or mark it (wraps, dataclass, property, ...)? */
static bool program_chain(walker *w, struct wk_stores *s, str name, int depth);

/* Is attribute callee f `C.m` with C a library class named through a module
 * path or a from-import (`contextlib.ExitStack.callback`), not a module's
 * function nor a bound method? */
static bool through_library_class(walker *w, TSNode f)
{
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_is_null(o) || wk_module_path_only(w, o).p)
        return false; /* a module's function */
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (module_function(w, o, &mod, &fn))
        return an_rules_library_class(w->rules, mod.p, mod.len, fn.p, fn.len) != AN_CLASS_NONE;
    /* a program class deriving from a library class at any remove (round
     * 26e: `class S(contextlib.ExitStack)`, `S.callback(es, f, x)`) */
    struct wk_stores *s = w->stores;
    return s && ts_node_symbol(o) == w->sym->identifier &&
           in_names(s->classnames, s->nclasses, wk_ident(w, o)) &&
           !program_chain(w, s, wk_ident(w, o), 0);
}

static bool callable_position(walker *w, TSNode call, TSNode args, TSNode a)
{
    static const char *const key_only[] = {"sorted", "min", "max"};
    static const char *const no_call[] = {
        "wraps",          "total_ordering", "dataclass", "field",    "abstractmethod",
        "final",          "overload",       "unique",    "cached_property", "property",
        "staticmethod",   "classmethod",    "defaultdict", "singledispatch", "contextmanager",
        "asynccontextmanager", "lru_cache", "cache"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str fn = ts_node_symbol(f) == w->sym->identifier  ? wk_ident(w, f)
             : ts_node_symbol(f) == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                                      : (str){NULL, 0};
    if (wk_eq_any(fn, no_call, sizeof no_call / sizeof no_call[0]))
        return false;
    if (ts_node_symbol(a) == w->sym->keyword_argument) {
        str k = wk_ident(w, wk_child(w, a, "name"));
        return wk_eq(k, "key") || wk_eq(k, "target") || wk_eq(k, "func") ||
               wk_eq(k, "function") || wk_eq(k, "fn") || wk_eq(k, "callback");
    }
    /* sorted, min and max call only key=; the others take their callable
     * first, but for these (Timer(0, f, [x]), Thread(None, f, None, (x,)),
     * groupby(xs, f), accumulate(xs, f), assertRaises(E, f, x),
     * assertRaisesRegex(E, "r", f, x)) */
    static const struct {
        const char *fn;
        uint32_t at;
    } later[] = {{"Timer", 1},        {"Thread", 1},           {"groupby", 1},
                 {"accumulate", 1},   {"assertRaises", 1},     {"assertWarns", 1},
                 {"assertRaisesRegex", 2}, {"assertWarnsRegex", 2}};
    if (wk_eq_any(fn, key_only, sizeof key_only / sizeof key_only[0]))
        return false;
    if (wk_eq(fn, "iter") && ts_node_named_child_count(args) < 2)
        return false; /* iter(xs) calls nothing; iter(f, sentinel) calls f */
    uint32_t at = 0;
    for (size_t i = 0; i < sizeof later / sizeof later[0]; i++)
        if (wk_eq(fn, later[i].fn))
            at = later[i].at;
    /* through a library class the receiver comes first (round 26d:
     * ExitStack.callback(es, f, x), TestCase.assertRaises(tc, E, f, x)) */
    if (ts_node_symbol(f) == w->sym->attribute && through_library_class(w, f))
        at++;
    uint32_t n = ts_node_named_child_count(args), pos = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(c);
        if (k == w->sym->comment || k == w->sym->keyword_argument)
            continue;
        if (k == w->sym->list_splat)
            return true; /* *fs: any position */
        if (ts_node_eq(c, a))
            return at ? pos == at : pos == 0;
        pos++;
    }
    return false;
}

/* Does v, a display (list, tuple, set, dict) or a name whose one binding is
 * `NAME = display`, hold a function as written: a lambda, the name of a def
 * of the program's, a method read off an object (`H().go`), at any depth? */
static bool display_value(walker *w, TSNode v, int depth)
{
    v = ts_node_is_null(v) ? v : wk_unparen(w, v);
    if (ts_node_is_null(v) || depth > 6)
        return false;
    TSSymbol k = ts_node_symbol(v);
    struct wk_stores *s = w->stores;
    if (k == w->sym->identifier) {
        str name = wk_ident(w, v);
        if (s && in_names(s->defnames, s->ndefs, name))
            return true;
        TSNode as = wk_sole_assignment(w, name);
        return !ts_node_is_null(as) && display_value(w, wk_child(w, as, "right"), depth + 1);
    }
    if (k == w->sym->lambda)
        return true;
    if (k == w->sym->attribute)
        return s && in_names(s->defnames, s->ndefs, wk_ident(w, wk_child(w, v, "attribute")));
    if (k != w->sym->list && k != w->sym->tuple && k != w->sym->set && k != sym_dictionary &&
        k != w->sym->pair)
        return false;
    uint32_t n = ts_node_named_child_count(v);
    for (uint32_t i = 0; i < n; i++)
        if (display_value(w, wk_named_child(w, v, i), depth + 1))
            return true;
    return false;
}

/* For a module function's call, is argument a where such functions take a
 * callable: a keyword named for one (key=, default=, object_hook=, ...), or
 * any argument of operator's call? For any other call, yes. */
static bool module_callable_arg(walker *w, TSNode call, TSNode a)
{
    static const char *const kws[] = {
        "key",        "default",         "object_hook",   "object_pairs_hook", "parse_float",
        "parse_int",  "parse_constant",  "func",          "function",          "fn",
        "callback",   "target",          "initializer",   "factory",           "default_factory",
        "onerror",    "isjunk",          "linejunk",      "charjunk",          "action",
        "type",       "repl",            "filter",        "handler",           "hook",
        "dict_factory", "tuple_factory", "cls"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (!module_function(w, f, &mod, &fn))
        return true;
    /* a display, or a name bound once to one, holds callables by position or
     * key (converters={'x': g}): any argument */
    TSNode v = ts_node_symbol(a) == w->sym->keyword_argument ? wk_child(w, a, "value") : a;
    if (display_value(w, v, 0))
        return true;
    if (ts_node_symbol(a) == w->sym->keyword_argument)
        return wk_eq_any(wk_ident(w, wk_child(w, a, "name")), kws, sizeof kws / sizeof kws[0]);
    if (ts_node_symbol(a) == w->sym->list_splat || ts_node_symbol(a) == w->sym->dictionary_splat)
        return true;
    /* a method reached through a library class (`ExitStack.callback(es, f, x)`,
     * `TestCase.addCleanup(tc, f, x)`): its receiver comes first and its
     * callable slot is unknown here, so any positional argument (round 26d) */
    if (ts_node_symbol(f) == w->sym->attribute && through_library_class(w, f))
        return callback_method(wk_ident(w, wk_child(w, f, "attribute")));
    /* positional: operator.call(f, x), and the callable parameters the
     * allowed modules' signatures take by position (reviewed under 3.11 by
     * parameter name: isjunk, initializer, repl, key, target, ...; round 26c:
     * `difflib.SequenceMatcher(fs[0], "", [p])`) */
    static const struct {
        const char *mod, *fn;
        unsigned at;
    } slots[] = {
        {"operator", "call", 0},          {"asyncio", "Handle", 0},
        {"asyncio", "TimerHandle", 1},    {"asyncio", "to_thread", 0},
        {"concurrent.futures", "ThreadPoolExecutor", 2},
        {"contextlib", "contextmanager", 0}, {"contextlib", "asynccontextmanager", 0},
        {"dataclasses", "Field", 1},      {"difflib", "Differ", 0},
        {"difflib", "Differ", 1},         {"difflib", "HtmlDiff", 2},
        {"difflib", "HtmlDiff", 3},       {"difflib", "SequenceMatcher", 0},
        {"difflib", "ndiff", 2},          {"difflib", "ndiff", 3},
        {"functools", "cache", 0},        {"functools", "cached_property", 0},
        {"functools", "partial", 0},      {"functools", "partialmethod", 0},
        {"functools", "reduce", 0},       {"functools", "cmp_to_key", 0},
        {"functools", "lru_cache", 0},    {"functools", "singledispatch", 0},
        {"heapq", "nlargest", 2},         {"heapq", "nsmallest", 2},
        {"itertools", "accumulate", 1},   {"itertools", "dropwhile", 0},
        {"itertools", "filterfalse", 0},  {"itertools", "groupby", 1},
        {"itertools", "starmap", 0},      {"itertools", "takewhile", 0},
        {"logging", "setLogRecordFactory", 0}, {"re", "sub", 1},
        {"re", "subn", 1},                {"textwrap", "indent", 2},
        {"threading", "Barrier", 1},      {"threading", "Thread", 1},
        {"threading", "Timer", 1},        {"types", "new_class", 3},
        {"unittest", "FunctionTestCase", 0}, {"unittest", "FunctionTestCase", 1},
        {"unittest", "FunctionTestCase", 2}, {"unittest", "addModuleCleanup", 0}};
    TSNode args = wk_child(w, call, "arguments");
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args), at = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode x = wk_named_child(w, args, i);
        if (ts_node_symbol(x) == w->sym->comment || ts_node_symbol(x) == w->sym->keyword_argument)
            continue;
        if (ts_node_eq(x, a))
            break;
        at++;
    }
    for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++)
        if (wk_eq(mod, slots[i].mod) && wk_eq(fn, slots[i].fn) && at == slots[i].at)
            return true;
    return false;
}

/* The other arguments of a known caller, at every depth (fan_arg), to every
 * function used as a value and every lambda: which one it calls the checker
 * cannot name. */
static void fan_to_escaping(walker *w, struct wk_stores *s, TSNode args, TSNode skip)
{
    for (size_t i = 0; i < s->nescaped; i++)
        for (size_t j = 0; j < s->ndefs; j++) {
            if (!same(s->defnames[j], s->escaped[i]) || property_def(w, s, s->defs[j]))
                continue;
            fanout f = {s, s->defs[j],
                        in_names(s->escaped_bound, s->nescaped_bound, s->escaped[i]) ? 1 : 0};
            each_arg(w, args, skip, fan_arg, &f);
        }
    for (size_t i = 0; i < s->nlambdas; i++) {
        fanout f = {s, s->lambdas[i], 0};
        each_arg(w, args, skip, fan_arg, &f);
    }
    for (size_t j = 0; j < s->ndefs; j++) {
        /* a name computed whole may fetch any method (round 25w) */
        if (!(fetched_name(s, s->defnames[j]) || (s->computed_fetch && method_def(w, s->defs[j]))) ||
            property_def(w, s, s->defs[j]))
            continue;
        fanout f = {s, s->defs[j], fetch_first(w, s, j)};
        each_arg(w, args, skip, fan_arg, &f);
    }
}

static bool may_call_back(walker *w, struct wk_stores *s, TSNode call);

/* A `*X` or `**X` argument of a library call that may call what it is handed
 * hides which argument is the callable: when X may hold a function value, it
 * may be called with X's other elements (round 26a: `es.callback(*[run, v])`,
 * `map(*[run, [v]])`, `Thread(**{"target": run, "args": (v,)})`, a `*args`
 * forwarder). Every function value then takes anything. */
static bool splat_callback(walker *w, struct wk_stores *s, TSNode call, TSNode a)
{
    static const char *const keyed[] = {"sorted", "min", "max", "map", "filter", "iter"};
    TSSymbol k = ts_node_symbol(a);
    if (k != w->sym->list_splat && k != w->sym->dictionary_splat)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    bool caller = may_call_back(w, s, call) || names_operator_call(w, f) ||
                  (ts_node_symbol(f) == w->sym->identifier &&
                   wk_eq_any(wk_ident(w, f), keyed, sizeof keyed / sizeof *keyed) &&
                   wk_builtin_unbound(w, wk_ident(w, f)));
    /* what X hands out is its elements (its __iter__, keys() and __getitem__
     * too: program code): only a display is judged by its elements (round 26b) */
    TSNode x = wk_unparen(w, wk_named_child(w, a, 0));
    TSSymbol xk = ts_node_is_null(x) ? 0 : ts_node_symbol(x);
    bool display = xk == w->sym->list || xk == w->sym->tuple || xk == w->sym->set ||
                   xk == sym_dictionary;
    return caller && (!display || maybe_function(w, s, x, 0));
}

/* A library-made object's method that calls the callable it is given with the
 * positional arguments written after it (and the keywords) alone: a TestCase's
 * assertRaises family (`assertRaises(E, f, *args)`, `assertRaisesRegex(E, r,
 * f, *args)`), addCleanup and ExitStack.callback (`callback(f, *args)`), an
 * executor's submit, map and starmap (`submit(f, *args)`). What stands before
 * the callable is an exception class, a pattern or nothing. */
static bool after_only_caller(walker *w, TSNode call)
{
    static const char *const methods[] = {"assertRaises", "assertRaisesRegex", "assertWarns",
                                          "assertWarnsRegex", "addCleanup", "callback",
                                          "submit", "map", "starmap"};
    TSNode f = ts_node_is_null(call) ? call : wk_unparen(w, wk_child(w, call, "function"));
    return !ts_node_is_null(f) && ts_node_symbol(f) == w->sym->attribute &&
           wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), methods,
                     sizeof methods / sizeof *methods);
}

static void higher_order_arg(walker *w, TSNode a, void *ctx)
{
    ho_ctx *h = ctx;
    struct wk_stores *s = h->s;
    if (splat_callback(w, s, h->call, a))
        s->opaque_callback = s->hidden_callback = true;
    if (json_hook_arg(w, s, h->args, a))
        return;
    TSNode v = wk_unparen(w, ts_node_symbol(a) == w->sym->keyword_argument ? wk_child(w, a, "value") : a);
    TSSymbol k = ts_node_symbol(v);
    str name = {NULL, 0};
    /* what the library passes back in: for a caller of a known kind, what
     * escaping functions return (but to a key= function, whose results are
     * only compared); for any other, anything at all */
    TSNode call = h->call;
    /* operator.call handed on calls whatever it is later given (map(call,
     * [g], [x]), Thread(target=call, args=(g, x))): which, the checker
     * cannot name */
    if (names_operator_call(w, v) && !slot_bound(w, call, a))
        s->opaque_callback = s->hidden_callback = true;
    bool known = args_only_caller(w, s, call);
    bool after = known && after_only_caller(w, call);
    TSNode recv = sort_receiver(w, call);
    bool back = !compared_key(w, a);
    if (k == w->sym->lambda) {
        fanout f = {s, v, 0};
        each_passed_arg(w, h->args, a, after, fan_arg, &f);
        if (!ts_node_is_null(recv) && !back)
            taint_params_elems(w, v, recv, 0);
        else if (!known)
            taint_params_any(w, v, 0);
        else if (back)
            taint_params(w, v, 0);
        return;
    }
    /* `k.pick` is a bound method: the library's arguments fill the parameters
     * after self (k itself), unless k may be a class (`K.pick`) */
    size_t first = 0;
    if (k == w->sym->identifier) {
        name = wk_ident(w, v);
    } else if (k == w->sym->attribute) {
        name = wk_ident(w, wk_child(w, v, "attribute"));
        first = maybe_class(w, s, wk_child(w, v, "object")) ? 0 : 1;
    }
    /* a class handed to the library is called by it (map(K, xs), key=K,
     * object_hook=K): its constructors are callbacks */
    bool reg = class_register(w, call), named = false;
    for (size_t i = 0; i < s->nclasses && name.p && k == w->sym->identifier; i++)
        if (same(s->classnames[i], name)) {
            class_call(w, s, s->classes[i], h->args, a, known || reg ? 1 : 2, 0);
            named = true;
        }
    int body = -1; /* is v in a class body: asked once, when a def matches */
    for (size_t i = 0; i < s->ndefs && name.p; i++) {
        if (!same(s->defnames[i], name))
            continue;
        /* a plain name outside a class body never names a method */
        if (k == w->sym->identifier && method_def(w, s->defs[i])) {
            if (body < 0)
                body = in_class_body(w, v);
            if (!body)
                continue;
        }
        named = true;
        /* `x.total` of a property is what its getter returned, no function;
         * of a class, the property object, which no library calls (its fget,
         * fset and fdel are refused attributes) */
        if (k == w->sym->attribute && property_def(w, s, s->defs[i]))
            continue;
        /* a staticmethod's first parameter takes the library's first value */
        int rb = receiver_binding(w, s->defs[i]);
        size_t from = rb == RB_CLASS || (first && rb == RB_BOUND) ? 1 : 0;
        fanout f = {s, s->defs[i], from};
        each_passed_arg(w, h->args, a, after, fan_arg, &f);
        if (!ts_node_is_null(recv) && !back)
            taint_params_elems(w, s->defs[i], recv, from);
        else if (!known)
            taint_params_any(w, s->defs[i], from);
        else if (back)
            taint_params(w, s->defs[i], from);
    }
    /* a def bound to what its decorators made may call others in turn (a
     * singledispatch function the defs registered on it) */
    if (named && k == w->sym->identifier && in_names(s->decorated, s->ndecorated, name))
        named = false;
    /* a value the checker cannot name (a parameter, an item, an attribute, a
     * call's result) may be any function of the program's, a lambda, a bound
     * method, a partial: when the caller may call it with anything, so may
     * every function used as a value be called */
    if (!known && !named && may_call_back(w, s, call) && module_callable_arg(w, call, a) &&
        maybe_function(w, s, v, 0))
        s->opaque_callback = true;
    /* and when the caller is of a known kind (map(fs[0], [x]), Thread(target=
     * cb, args=(x,))), every function used as a value may be the one it calls
     * with its other arguments */
    if (known && !named && callable_position(w, call, h->args, a) && maybe_function(w, s, v, 0))
        fan_to_escaping(w, s, h->args, a);
}

static bool operator_method(str name)
{
    return wk_is_dunder(name) && !wk_eq(name, "__init__") && !wk_eq(name, "__new__") &&
           !wk_eq(name, "__post_init__") && !wk_eq(name, "__init_subclass__");
}

typedef struct field_ctx {
    str field;
    bool elems; /* a callback's: an element of each argument */
} field_ctx;

static void field_arg(walker *w, TSNode a, void *ctx)
{
    field_ctx *f = ctx;
    add_iter_event(w, f->field, a, EV_VALUE, 0, f->elems ? 1 : 0);
    add_iter_event(w, SETVAL, a, EV_VALUE, 0, f->elems ? 1 : 0);
}

/* A call of class cls with args: its body's constructor defs (__init__, __new__,
 * _missing_, __post_init__) take the arguments, and its annotated names
 * (dataclass fields) may hold them; and so do those of the program classes it
 * derives from by name (an __init__ it inherits). As a callback handed to the
 * library (map(K, xs), key=K, object_hook=K: callback set), they may take an
 * element of each other argument (skip: the class's own) and what escaping
 * functions return. */
static unsigned opaque_reach(walker *w, struct wk_stores *s, size_t i);
static bool program_decorated_name(walker *w, struct wk_stores *s, str name);

/* A call of a function the checker cannot name: each argument may be any
 * parameter of any def that may be a value (opaque_reach) and of any lambda. */
static void opaque_fan(walker *w, struct wk_stores *s, TSNode args)
{
    for (size_t i = 0; i < s->ndefs && !w->oom; i++) {
        unsigned reach = opaque_reach(w, s, i);
        if (!reach)
            continue;
        fanout fo = {s, s->defs[i], reach == 2 ? 0 : 1};
        each_arg(w, args, (TSNode){0}, fan_arg_back, &fo);
    }
    for (size_t i = 0; i < s->nlambdas && !w->oom; i++) {
        fanout fo = {s, s->lambdas[i], 0};
        each_arg(w, args, (TSNode){0}, fan_arg_back, &fo);
    }
}

static void class_call(walker *w, struct wk_stores *s, TSNode cls, TSNode args, TSNode skip,
                       int callback, int depth)
{
    if (depth > 8)
        return;
    TSNode body = wk_child(w, cls, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n; i++) {
        TSNode st = wk_named_child(w, body, i);
        if (ts_node_symbol(st) == w->sym->decorated_definition)
            st = wk_child(w, st, "definition");
        if (ts_node_symbol(st) == w->sym->function_definition) {
            str dn = wk_ident(w, wk_child(w, st, "name"));
            if (!wk_eq(dn, "__init__") && !wk_eq(dn, "__new__") && !wk_eq(dn, "_missing_") &&
                !wk_eq(dn, "__post_init__"))
                continue;
            /* a constructor under a decorator of the program's is what that
             * decorator returned: a call of an unknown function (round 25v) */
            if (program_decorated_name(w, s, dn))
                opaque_fan(w, s, args);
            /* a dataclass's __post_init__ takes its InitVar fields alone, in
             * field order: any argument may land in any of its parameters
             * (round 25v: D(0, sys.argv) ran __post_init__(self, b=sys.argv)) */
            if (!callback && wk_eq(dn, "__post_init__")) {
                fanout fo = {s, st, 1};
                each_arg(w, args, skip, fan_arg_back, &fo);
                continue;
            }
            if (!callback) {
                map_args(w, st, args, 1);
                continue;
            }
            fanout fo = {s, st, 1};
            each_arg(w, args, skip, fan_arg, &fo);
            if (callback == 2)
                taint_params_any(w, st, 1);
            else
                taint_params(w, st, 1);
        } else if (ts_node_symbol(st) == w->sym->expression_statement) {
            TSNode a = wk_named_child(w, st, 0);
            if (ts_node_symbol(a) == w->sym->assignment &&
                !ts_node_is_null(wk_child(w, a, "type"))) {
                field_ctx fc = {param_name(w, wk_child(w, a, "left")), callback != 0};
                if (fc.field.p)
                    each_arg(w, args, skip, field_arg, &fc);
            }
        }
    }
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) != w->sym->identifier)
            continue;
        str bn = wk_ident(w, b);
        for (size_t i = 0; i < s->nclasses; i++)
            if (same(s->classnames[i], bn) && !ts_node_eq(s->classes[i], cls))
                class_call(w, s, s->classes[i], args, skip, callback, depth + 1);
    }
}

/* Is f a module's function (m.f, or bound by `from m import f`), not a builtin? */
static bool module_callee(walker *w, struct wk_stores *s, TSNode f)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->attribute)
        return module_of(w, wk_child(w, f, "object")).p != NULL;
    if (ts_node_symbol(f) == w->sym->identifier) {
        str name = wk_ident(w, f);
        return wk_bound_value(w, name) || star_bound(w, s, name);
    }
    return false;
}

/* A module none of whose functions and classes puts one argument into another
 * (reviewed under CPython 3.11): itertools' iterators hold their arguments and
 * hand out their elements, math, cmath and statistics compute numbers,
 * textwrap and unicodedata text, json's functions build text or new values
 * (dump hands its file only text, by fp.write: a program file's write is a
 * method the library calls, handed_arg's). Their callbacks (accumulate's
 * func, groupby's key, json's hooks and cls) are followed as every callback
 * is. */
static bool storeless_module(str m)
{
    static const char *const mods[] = {"itertools", "math",     "cmath",     "statistics",
                                       "textwrap",  "unicodedata", "json"};
    return m.p && wk_eq_any(m, mods, sizeof mods / sizeof mods[0]);
}

/* A module's function may put one argument, or its elements, into another
 * (heapq.heappush(heap, x), bisect.insort, operator.setitem(d, k, x),
 * operator.iadd(a, b)): each named positional argument may hold the others
 * and their elements, and holds their objects. */
static TSNode plain_arg(walker *w, TSNode a, unsigned *iter);
static bool plain_callable_name(walker *w, TSNode e);

static void module_call_holds(walker *w, TSNode args)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        unsigned ai;
        TSNode a = plain_arg(w, wk_named_child(w, args, i), &ai);
        if (ts_node_is_null(a) || (!ts_node_eq(a, wk_named_child(w, args, i)) && plain_callable_name(w, a)))
            continue;
        unsigned d;
        uint32_t root;
        str key = key_of_root(w, a, &d, &root);
        key = rescoped(w, w->stores, key, root);
        d += ai; /* a splat's elements hold */
        str held = key.p ? held_key(w, key) : (str){NULL, 0};
        for (uint32_t j = 0; j < n && key.p; j++) {
            unsigned bi = 0;
            TSNode b = j == i ? (TSNode){0} : plain_arg(w, wk_named_child(w, args, j), &bi);
            if (ts_node_is_null(b))
                continue;
            /* the argument whole, or its elements (operator.iadd(a, b) and
             * iconcat, ior, setitem with a slice extend a; round 24f), each
             * then the same object in both */
            for (unsigned it = 0; it < 2; it++) {
                add_iter_event(w, key, b, EV_HOLD, d + 1, it + bi);
                add_iter_event(w, held, b, EV_HOLD, d + 1, it + bi);
                alias_roots(w, key, root, b, it + bi, d + 1, false, 0);
            }
        }
    }
}

/* Is e a name bound only by undecorated def and class statements: a function
 * or class, which no module function fills by item (`json.dumps(x,
 * cls=Encoder)`, `json.loads(t, object_hook=hook)` hand them in to be
 * called)? */
static bool plain_callable_name(walker *w, TSNode e)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) != w->sym->identifier)
        return false;
    str name = wk_ident(w, e);
    bool decorated = false;
    size_t defs = def_bindings(w, name, &decorated);
    if (defs == SIZE_MAX || decorated)
        return false;
    wk_census c = wk_take_census(w, name);
    if (c.other != defs || (defs == 0 && c.classdefs == 0))
        return false;
    return c.classdefs == 0 || (c.classdefs == 1 && !ts_node_is_null(c.classdef) &&
                                ts_node_is_null(up_decorated(w, c.classdef)));
}

/* What a call's argument node a hands the callee: a keyword's value
 * (`bisect.insort(lst, x=X)` inserts X, round 54a), a splat's operand with
 * *iter 1 (its elements, or a mapping's values), the node itself otherwise;
 * null for a comment. */
static TSNode plain_arg(walker *w, TSNode a, unsigned *iter)
{
    TSSymbol k = ts_node_symbol(a);
    *iter = 0;
    if (k == w->sym->comment)
        return (TSNode){0};
    if (k == w->sym->keyword_argument)
        return wk_child(w, a, "value");
    if (k == w->sym->list_splat || k == w->sym->dictionary_splat) {
        *iter = 1;
        return wk_named_child(w, a, 0);
    }
    return a;
}

/* Is name (a class's) read as a value somewhere (`cls = K`, `map(K, xs)`)? */
static bool referenced(walker *w, struct wk_stores *s, str name)
{
    for (size_t r = 0; r < s->nrefs; r++)
        if (same(wk_ident(w, s->refs[r]), name))
            return true;
    return false;
}


/* Is identifier id the first parameter of a def that the interpreter hands its
 * class (a classmethod, __init_subclass__, __class_getitem__), read in that
 * def's own scope and never rebound? Then it holds that class or one deriving
 * from it: the class statement is returned (null otherwise). Not __new__'s:
 * `C.__new__(D)` hands it any class. */
static TSNode cls_param_class(walker *w, struct wk_stores *s, TSNode id)
{
    TSNode none = {0};
    str name = wk_ident(w, id);
    if (!s->scopes || !wk_scopes_ok(s->scopes))
        return none;
    uint32_t r = wk_scopes_resolve(s->scopes, ts_node_start_byte(id), name);
    if (!r || r == UINT32_MAX)
        return none;
    static const char *const hooks[] = {"__init_subclass__", "__class_getitem__"};
    for (size_t i = 0; i < s->ndefs; i++) {
        TSNode d = s->defs[i];
        if (ts_node_start_byte(d) + 1 != r)
            continue;
        str dn = wk_ident(w, wk_child(w, d, "name"));
        params ps = read_params(w, d);
        /* the census last: it is the dear question, asked of every occurrence */
        if (!ps.npos || !same(ps.pos[0], name) ||
            (receiver_binding(w, d) != RB_CLASS && !wk_eq_any(dn, hooks, 2)) ||
            wk_take_variable_census(w, id).other != 1)
            return none;
        return wk_def_class(w, d);
    }
    return none;
}

/* Is identifier id read in def's own scope (its variable is def's)? */
static bool enclosing_def_is(walker *w, TSNode id, TSNode def)
{
    struct wk_stores *s = w->stores;
    if (!s->scopes || !wk_scopes_ok(s->scopes))
        return true; /* in doubt, yes */
    uint32_t r = wk_scopes_resolve(s->scopes, ts_node_start_byte(id), wk_ident(w, id));
    return r == ts_node_start_byte(def) + 1;
}

/* May a class parameter (cls_param_class) be held otherwise than called or read
 * through (`cls(v)`, `cls.attr`): returned, stored, handed on? Then a call
 * through any variable may make any class of the program. */
static bool cls_escapes(walker *w, struct wk_stores *s)
{
    if (s->cls_escape)
        return s->cls_escape == 2;
    s->cls_escape = 1;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    str *firsts = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *firsts);
    size_t nfirsts = 0;
    if (!firsts) {
        w->oom = true;
        return true;
    }
    for (size_t i = 0; i < s->ndefs && s->cls_escape == 1; i++) {
        params ps = read_params(w, s->defs[i]);
        if (!ps.npos)
            continue;
        /* the occurrences of a name are judged once (every method's self), but
         * for __new__, whose own occurrences are judged apart */
        if (!wk_eq(s->defnames[i], "__new__")) {
            if (in_names(firsts, nfirsts, ps.pos[0]))
                continue;
            firsts[nfirsts++] = ps.pos[0];
        }
        size_t n;
        const uint32_t *occ = wk_name_entries(w, ps.pos[0], &n);
        if (!occ) { /* no index: every identifier */
            n = all;
        }
        for (size_t j = 0; j < n && s->cls_escape == 1; j++) {
            size_t e = occ ? occ[j] : j;
            if (e >= all || t[e].sym != w->sym->identifier || !same(wk_ident(w, t[e].node), ps.pos[0]))
                continue;
            TSNode id = t[e].node, p = wk_parent_of(w, id);
            if (ts_node_is_null(p))
                continue;
            TSSymbol k = ts_node_symbol(p);
            if (ts_node_is_null(cls_param_class(w, s, id))) {
                /* __new__'s cls may be any class: any use but a read through it */
                if (wk_eq(s->defnames[i], "__new__") && enclosing_def_is(w, id, s->defs[i]) &&
                    !(k == w->sym->attribute && wk_child_is(w, p, "object", id)) &&
                    k != w->sym->parameters)
                    s->cls_escape = 2;
                continue;
            }
            if ((k == w->sym->call && wk_child_is(w, p, "function", id)) ||
                (k == w->sym->attribute && wk_child_is(w, p, "object", id)) ||
                k == w->sym->parameters)
                continue;
            s->cls_escape = 2;
        }
    }
    return s->cls_escape == 2;
}

/* How a call through a variable may reach def i: 0 not at all (a function only
 * ever called by its name is never the value of a variable), 1 bound (its self
 * is an instance: a method fetched with a computed name on self, an __init__ of
 * a class used as a value, a __call__), 2 as a plain function from its first
 * parameter on (a def or method used as a value: `f = K.m`, `K.m` or `pick` as
 * an argument, note_reference; a decorated one; one a string fetches by a
 * literal name or prefix: `getattr(K, "m")` is the plain function). */
static unsigned opaque_reach(walker *w, struct wk_stores *s, size_t i)
{
    str name = s->defnames[i];
    TSNode up = wk_parent_of(w, s->defs[i]);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        return 2;
    /* fetched by a string: from a receiver proved an instance, a bound method
     * (`getattr(self, "op_" + op)(arg)` in a plain method: honest24 p02);
     * else the plain function may be too */
    bool bound_fetch = false;
    for (size_t f = 0; f < s->nfetched; f++) {
        str fn = s->fetched[f];
        if (!(s->fetched_prefix[f] ? fn.len <= name.len && memcmp(fn.p, name.p, fn.len) == 0
                                   : same(fn, name)))
            continue;
        TSNode r = s->fetched_recv[f];
        int rb = receiver_binding(w, s->defs[i]);
        if (ts_node_is_null(r) || maybe_class(w, s, r) || (rb != RB_BOUND && rb != RB_CLASS))
            return 2;
        bound_fetch = true;
    }
    /* named as a value only bound to an instance (escaped_functions): its
     * first parameter is that instance, never a caller's argument */
    if (in_names(s->escaped, s->nescaped, name))
        return in_names(s->escaped_bound, s->nescaped_bound, name) ? 1 : 2;
    TSNode cls = ts_node_is_null(up) ? up : wk_parent_of(w, up);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->block || ts_node_is_null(cls) ||
        ts_node_symbol(cls) != w->sym->class_definition)
        return 0; /* a plain def only ever called by its name */
    if (wk_eq(name, "__call__"))
        return 1;
    /* a name computed whole may fetch any method: bound from a receiver proved
     * an instance, else the plain function (round 25u: `getattr(A, k)(sys.argv)`
     * over a loop's names) */
    if (s->computed_fetch) {
        int rb = receiver_binding(w, s->defs[i]);
        if (rb != RB_BOUND && rb != RB_CLASS)
            return 2;
        for (size_t f = 0; f < s->ncomputed_recv; f++)
            if (maybe_class(w, s, s->computed_recv[f]))
                return 2;
        return 1;
    }
    /* a constructor, when a class may be called through a variable: its name
     * used as a value, or a class parameter held otherwise than called (a
     * classmethod's `cls(v)` itself reaches its class's constructors: call_events) */
    if ((wk_eq(name, "__init__") || wk_eq(name, "__new__") || wk_eq(name, "__post_init__") ||
         wk_eq(name, "_missing_")) &&
        (referenced(w, s, wk_ident(w, wk_child(w, cls, "name"))) || cls_escapes(w, s)))
        return 1;
    return bound_fetch ? 1 : 0;
}

static bool typed_builtin(walker *w, struct wk_stores *s, TSNode f);

/* Is def under @staticmethod (k.sm(C) hands C to its first parameter)? */
/* wk_only_defs_bind, remembered for the last names asked (it reads the whole
 * tree; every call of a method asks) */
static bool only_defs_bind_memo(walker *w, str f)
{
    const bool *kept = memo_get(&w->stores->only_defs, f);
    return kept ? *kept : memo_put(&w->stores->only_defs, f, wk_only_defs_bind(w, f));
}

static int receiver_binding(walker *w, TSNode def)
{
    if (!method_def(w, def))
        return RB_UNSURE; /* `class K: f = g` makes a plain def a method */
    /* `g = staticmethod(g)` after the def, `K.g = ...`, `self.g = f` (an instance's
     * attribute is no method): x.g may be another object than the def */
    if (!only_defs_bind_memo(w, wk_ident(w, wk_child(w, def, "name"))))
        return RB_UNSURE;
    TSNode up = wk_parent_of(w, def);
    if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
        return RB_BOUND;
    uint32_t n = ts_node_named_child_count(up);
    int how = -1;
    for (uint32_t i = 0; i < n; i++) {
        TSNode d = wk_named_child(w, up, i);
        if (ts_node_symbol(d) != w->sym->decorator)
            continue;
        TSNode e = wk_unparen(w, wk_named_child(w, d, 0));
        str dn = ts_node_symbol(e) == w->sym->identifier ? wk_ident(w, e) : (str){NULL, 0};
        int this = !dn.p || !wk_builtin_unbound(w, dn) ? RB_UNSURE
                   : wk_eq(dn, "staticmethod")         ? RB_STATIC
                   : wk_eq(dn, "classmethod")          ? RB_CLASS
                                                       : RB_UNSURE;
        if (how >= 0 && how != this)
            return RB_UNSURE;
        how = this;
    }
    return how < 0 ? RB_BOUND : how;
}

/* ---- what a class's methods put into self ----
 *
 * A method links what it puts into its receiver (`self[k] = v`, self.append(v),
 * self.update(m): the parameter's "#held") back to the object only where a call
 * names it (`k.put(v)`, call_events' alias_back). The interpreter and the
 * library call most methods by no such call: a dunder (`k[x]` runs __getitem__ or
 * __missing__, `a + b` __add__, a for loop __iter__, `with` __exit__, a dict key
 * __hash__ and __eq__), __init__ (a constructor call), a library base's hook. So
 * every instance of a class holds, below its top, what any method of the class or
 * of a program class it derives from (by name) puts into its first parameter: the
 * value of a call of the class (key "(inst)K", read by call_mask), of a method
 * called on the class by name (K.fromkeys), and of a call the checker cannot
 * resolve (`cls()`, `type(self)()`, `object.__new__(K)`: "()*"). What a dunder's
 * other parameters hold is anything already (implicit_def), so a key the program
 * subscripts with, an operand, a value a `with` raises, lands in every instance
 * and is judged when the program reads it back (k.get(0), k.values()). */
static str inst_key(char *buf, size_t cap, str name)
{
    return key_buf(buf, cap, "(inst)", name);
}

/* Key holds (and "()*" too) what function fn puts into its first parameter. */
static void receiver_held(walker *w, str key, TSNode cls, TSNode fn)
{
    params ps = read_params(w, fn);
    if (!ps.npos)
        return;
    str from = held_key(w, param_key(w, fn, ps.pos[0]));
    static const str sinks[2] = {{NULL, 0}, {"()*", 3}};
    for (size_t k = 0; k < 2 && from.p; k++) {
        st_event *ev = add_iter_event(w, k ? sinks[k] : key, cls, EV_ALIAS, 0, 0);
        if (ev) {
            ev->attr = from;
            ev->up = 0;
        }
    }
}

/* A method bound in a class body otherwise than by its def: `__missing__ =
 * fill` (every def so named, wherever it is), `m = lambda self, k: ...`. Any
 * other value (a decorator's result, staticmethod(f), partialmethod(f)) is a
 * method the checker cannot name: implicit_opaque then, for which every escaping
 * def and every lambda counts as a method of every class (instance_events). */
static void assigned_methods(walker *w, struct wk_stores *s, str key, TSNode cls, TSNode st)
{
    TSNode a = wk_named_child(w, st, 0);
    for (int i = 0; i < 64 && !ts_node_is_null(a); i++) {
        a = wk_unparen(w, a);
        if (ts_node_symbol(a) != w->sym->assignment)
            break;
        TSNode r = wk_unparen(w, wk_child(w, a, "right"));
        if (ts_node_is_null(r))
            break;
        if (ts_node_symbol(r) == w->sym->lambda) {
            receiver_held(w, key, cls, r);
        } else if (ts_node_symbol(r) == w->sym->identifier) {
            str rn = wk_ident(w, r);
            for (size_t j = 0; j < s->ndefs; j++)
                if (same(s->defnames[j], rn))
                    receiver_held(w, key, cls, s->defs[j]);
        }
        a = r; /* a = b = f */
    }
}

static void class_held_events(walker *w, struct wk_stores *s, str key, TSNode cls, int depth)
{
    if (depth > 8)
        return;
    TSNode body = wk_child(w, cls, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n && !w->oom; i++) {
        TSNode st = wk_named_child(w, body, i);
        if (ts_node_symbol(st) == w->sym->expression_statement) {
            assigned_methods(w, s, key, cls, st);
            continue;
        }
        if (ts_node_symbol(st) == w->sym->decorated_definition)
            st = wk_child(w, st, "definition");
        if (ts_node_is_null(st) || ts_node_symbol(st) != w->sym->function_definition ||
            receiver_binding(w, st) == RB_STATIC)
            continue;
        receiver_held(w, key, cls, st);
    }
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) == w->sym->keyword_argument)
            continue;
        /* a base named by attribute (m.K) or computed is no class of the
         * program's, or one reached by name through its last identifier */
        str bn = ts_node_symbol(b) == w->sym->attribute ? wk_ident(w, wk_child(w, b, "attribute"))
                                                         : wk_ident(w, b);
        for (size_t i = 0; bn.p && i < s->nclasses; i++)
            if (same(s->classnames[i], bn) && !ts_node_eq(s->classes[i], cls))
                class_held_events(w, s, key, s->classes[i], depth + 1);
    }
}

static void instance_events(walker *w, struct wk_stores *s)
{
    size_t n = s->nclasses;
    for (size_t i = 0; i < n && !w->oom; i++) {
        char buf[256];
        str k = inst_key(buf, sizeof buf, s->classnames[i]);
        if (!k.p)
            continue; /* inst_mask answers anything for such a name */
        char *p = an_arena_alloc(w->arena, k.len + 1);
        if (!p) {
            w->oom = true;
            return;
        }
        memcpy(p, k.p, k.len);
        p[k.len] = '\0';
        class_held_events(w, s, (str){p, k.len}, s->classes[i], 0);
        for (size_t j = 0; j < s->nescaped && s->implicit_opaque; j++)
            for (size_t d = 0; d < s->ndefs; d++)
                if (same(s->defnames[d], s->escaped[j]))
                    receiver_held(w, (str){p, k.len}, s->classes[i], s->defs[d]);
        for (size_t j = 0; j < s->nlambdas && s->implicit_opaque; j++)
            receiver_held(w, (str){p, k.len}, s->classes[i], s->lambdas[j]);
    }
}

/* What an instance of the program's class name holds below its top. */
static unsigned inst_mask(struct wk_stores *s, str name, int lvl)
{
    char buf[256];
    str k = inst_key(buf, sizeof buf, name);
    return k.p ? key_mask(s, k, lvl) & ~M_TOP : M_ALL & ~M_TOP;
}

/* A method called on a program class by name (K.fromkeys(xs), K.make()) may
 * hand back an instance of it, made where the checker does not look. */
static unsigned class_method_inst(walker *w, struct wk_stores *s, TSNode f, int ck, int lvl)
{
    if (ck != CK_METHOD && ck != CK_OTHER_METHOD)
        return 0;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_is_null(o) || ts_node_symbol(o) != w->sym->identifier)
        return 0;
    str name = wk_ident(w, o);
    return in_names(s->classnames, s->nclasses, name) ? inst_mask(s, name, lvl) : 0;
}

/* Does node n name __new__ otherwise than as an attribute read (`K.__new__`):
 * a def, an assignment, any binding? Counted within a budget; past it, yes. */
static bool binds_new(walker *w, TSNode n, int *budget)
{
    if (--*budget < 0)
        return true;
    if (ts_node_symbol(n) == w->sym->identifier)
        return wk_eq(wk_ident(w, n), "__new__");
    bool attr = ts_node_symbol(n) == w->sym->attribute;
    uint32_t k = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < k; i++) {
        TSNode c = wk_named_child(w, n, i);
        if (attr && wk_child_is(w, n, "attribute", c))
            continue;
        if (binds_new(w, c, budget))
            return true;
    }
    return false;
}

/* Does a class statement of cls's chain (cls, its bases of the program, by
 * name, every statement so named) bind __new__ in its body, or name a builtin
 * base other than object? Then C.__new__ may be other than object's. */
static bool chain_binds_new(walker *w, struct wk_stores *s, TSNode cls, int depth)
{
    int budget = 20000;
    if (depth > 16 || binds_new(w, wk_child(w, cls, "body"), &budget))
        return true;
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        if (ts_node_symbol(b) != w->sym->identifier)
            continue; /* abc.ABC, Generic[T], metaclass=: closed bases */
        str bn = wk_ident(w, b);
        if (!wk_eq(bn, "object") && !in_names(s->classnames, s->nclasses, bn))
            return true; /* a builtin base (int, dict, an exception) has its own */
        for (size_t i = 0; i < s->nclasses; i++)
            if (same(s->classnames[i], bn) && chain_binds_new(w, s, s->classes[i], depth + 1))
                return true;
    }
    return false;
}

/* Is call f(args) `C.__new__(C)`, C a closed class of the program (a name
 * bound only by its class statements, whose instances and subclasses the
 * program defines, wk_fresh_new_class) none of whose class statements up its
 * chain binds __new__ or names a builtin base but object (chain_binds_new)?
 * Then the lookup finds object.__new__, which makes a new, empty instance of
 * C: no library value and no hook's result (C's metaclass is none or
 * abc.ABCMeta, whose __new__ builds classes and is not what C.__new__ reads;
 * abc.ABC and typing.Generic define none). So the value is what an instance of C holds
 * (inst_mask), as for `C()` without its __init__. A __new__ bound later
 * (`C.__new__ = f`, setattr) is a store of a dunder the attribute rules
 * refuse. Not `cls.__new__(cls)` nor `C.__new__(D)`: cls may be a subclass,
 * D any class. The name of C goes to *cls. */
static bool fresh_new_call(walker *w, struct wk_stores *s, TSNode f, TSNode args, str *cls)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->attribute || ts_node_is_null(args) ||
        ts_node_symbol(args) != w->sym->argument_list ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__new__"))
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_symbol(o) != w->sym->identifier || ts_node_named_child_count(args) != 1)
        return false;
    TSNode a = wk_unparen(w, wk_named_child(w, args, 0));
    str name = wk_ident(w, o);
    if (ts_node_symbol(a) != w->sym->identifier || !same(wk_ident(w, a), name) ||
        !in_names(s->classnames, s->nclasses, name) || !wk_fresh_new_class(w, name))
        return false;
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], name) &&
            (!wk_is_closed_class(w, s->classes[i]) || chain_binds_new(w, s, s->classes[i], 0)))
            return false;
    *cls = name;
    return true;
}

/* After the pass: the events every call makes. */
/* Does call hand its arguments to library code that may call a method of
 * the program's by name with them or with what it keeps (bisect.insort calls
 * a.insert(i, x), a DictWriter rowdict.get(key, restval), a logger its
 * filters' filter(record) whose args are another call's)? A module's callable
 * or a method of anything but the builtin containers and text types (which
 * call none but a mapping's keys(), a hook of its own). Builtin functions call
 * only dunders, judged as the protocols'. */
/* Is o surely a builtin container or text: a display, a comprehension, a
 * string, a call of the builtin list, dict, set, str, sorted, ..., or a name
 * whose one binding is `NAME = o` with o one of those? */
static bool builtin_container(walker *w, struct wk_stores *s, TSNode o, int depth)
{
    static const char *const makers[] = {"list", "dict", "set", "frozenset", "tuple", "str",
                                         "sorted", "bytearray", "bytes", "reversed"};
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 4)
        return false;
    TSSymbol k = ts_node_symbol(o);
    const an_syms *y = w->sym;
    if (k == y->list || k == y->set || k == sym_dictionary || k == y->tuple || k == y->string ||
        k == y->concatenated_string || k == y->list_comprehension || k == y->set_comprehension ||
        k == sym_dictionary_comprehension)
        return true;
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, o, "function"));
        return ts_node_symbol(f) == y->identifier &&
               wk_eq_any(wk_ident(w, f), makers, sizeof makers / sizeof makers[0]) &&
               builtin_name(w, s, wk_ident(w, f));
    }
    if (k != y->identifier)
        return false;
    TSNode as = wk_sole_assignment_of(w, o);
    return !ts_node_is_null(as) && builtin_container(w, s, wk_child(w, as, "right"), depth + 1);
}

/* Is the plain name called a builtin, a def of the program's (bound by its
 * def statements only), or a class of the program's whose bases are, at any
 * remove, its own classes and `object`: no library code runs on the call's
 * arguments but the dunders? */
static bool plain_callee(walker *w, struct wk_stores *s, str name, int depth)
{
    if (depth > 8)
        return false;
    if (builtin_name(w, s, name))
        return true;
    wk_census c = wk_take_census(w, name);
    if (in_names(s->defnames, s->ndefs, name) && c.classdefs == 0 && !module_name(w, s, name) &&
        !find_key(s, name))
        return true;
    if (c.classdefs == 0 || c.other != 0 || in_names(s->defnames, s->ndefs, name))
        return false;
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!same(s->classnames[i], name))
            continue;
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n; j++) {
            TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
            if (ts_node_symbol(b) == w->sym->comment)
                continue;
            if (ts_node_symbol(b) != w->sym->identifier)
                return false;
            str bn = wk_ident(w, b);
            if (!(wk_eq(bn, "object") && builtin_name(w, s, bn)) && !plain_callee(w, s, bn, depth + 1))
                return false;
        }
    }
    return true;
}

static bool may_call_methods(walker *w, struct wk_stores *s, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol k = ts_node_symbol(f);
    if (module_callee(w, s, f)) /* copy.copy(x): a module's, not a list's copy */
        return true;
    if (k == w->sym->identifier) /* W = csv.DictWriter; class W(csv.DictWriter) */
        return !plain_callee(w, s, wk_ident(w, f), 0);
    if (k != w->sym->attribute)
        return true;
    /* a logger's message methods keep their arguments in the record its
     * filters, handlers and formatters are called with */
    static const char *const logger[] = {"debug", "info",      "warning", "warn",
                                         "error", "exception", "critical", "log"};
    str m = wk_ident(w, wk_child(w, f, "attribute"));
    if (m.len > 6 && memcmp(m.p, "assert", 6) == 0)
        return false; /* a TestCase's checks compare and format */
    if (wk_eq_any(m, logger, sizeof logger / sizeof logger[0]))
        return true;
    /* a container's method calls nothing on a builtin container or text, but
     * a library object so named may hand its argument to an object the
     * program put in it (`q.queue = P(); q.put(x)` is P.append(x), as a
     * UserList's append is its data's) */
    return !wk_eq_any(m, CONTAINER_METHODS, sizeof CONTAINER_METHODS / sizeof CONTAINER_METHODS[0]) ||
           (s->planted && !builtin_container(w, s, wk_child(w, f, "object"), 0));
}

/* Does the program put an object of its own where a library wrapper keeps
 * the object it forwards to: a store `x.queue = v`, `x.data[i] = v`, or
 * `x.maps.append(v)` (slot_name), v anything but text, a number, a display or
 * a builtin container? Then a library object's container method may be that
 * object's (planted). */
/* The attributes where the library's wrapper classes keep the object their
 * methods forward to with the caller's arguments: a Queue's queue (put is
 * queue.append(x)), a UserList's, UserDict's or UserString's data, a
 * ChainMap's maps (|= is maps[0].update(x)). */
static bool slot_name(str name)
{
    return wk_eq(name, "queue") || wk_eq(name, "data") || wk_eq(name, "maps");
}

static bool library_slot(walker *w, TSNode n)
{
    n = wk_unparen(w, n);
    return ts_node_symbol(n) == w->sym->attribute &&
           slot_name(wk_ident(w, wk_child(w, n, "attribute")));
}

static bool plants(walker *w, struct wk_stores *s, TSNode v)
{
    v = wk_unparen(w, v);
    return !ts_node_is_null(v) && !builtin_container(w, s, v, 0) && !plain_expr(w, s, v, NULL, 0);
}

static void planted_objects(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->nst && !s->planted; i++) {
        const st_store *st = &s->st[i];
        if (!(st->form == SF_ATTR && slot_name(st->name)) &&
            !(st->form == SF_ITEM && library_slot(w, st->obj)))
            continue;
        TSNode up = wk_parent_of(w, st->at);
        TSNode asg = ts_node_is_null(up) ? up : wk_parent_of(w, up);
        TSNode v = !ts_node_is_null(asg) && ts_node_symbol(asg) == w->sym->assignment
                       ? wk_child(w, asg, "right")
                       : (TSNode){0};
        s->planted = ts_node_is_null(v) || plants(w, s, v);
    }
    for (size_t c = 0; c < s->ncalls && !s->planted; c++) {
        TSNode f = wk_unparen(w, wk_child(w, s->calls[c], "function"));
        if (ts_node_symbol(f) != w->sym->attribute || !library_slot(w, wk_child(w, f, "object")))
            continue;
        TSNode args = wk_child(w, s->calls[c], "arguments");
        uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n && !s->planted; i++)
            s->planted = plants(w, s, wk_named_child(w, args, i));
    }
}


/* May v hold data a method could change? Not a builtin's name (a builtin
 * type, function or exception class, none of which takes attributes), nor the
 * name of the program's own def or class (bound only by its statement: what
 * calling it does is the callbacks' rule's, higher_order_arg), nor a display
 * of those and of literals. */
static bool maybe_data(walker *w, struct wk_stores *s, TSNode v)
{
    v = wk_unparen(w, v);
    TSSymbol k = ts_node_symbol(v);
    if (k == w->sym->identifier) {
        str name = wk_ident(w, v);
        /* site's exit, quit, help, copyright, credits, license are objects with
         * attributes, shared by the whole interpreter */
        static const char *const site[] = {"exit", "quit", "help", "copyright", "credits",
                                           "license"};
        if (builtin_name(w, s, name) && !wk_eq_any(name, site, sizeof site / sizeof site[0]))
            return false;
        if (!in_names(s->defnames, s->ndefs, name) && !in_names(s->classnames, s->nclasses, name))
            return true;
        wk_census c = wk_take_census(w, name);
        return c.other > 0 && c.other != c.classdefs; /* a def counts among other */
    }
    if (k == w->sym->list || k == w->sym->tuple || k == w->sym->set) {
        uint32_t n = ts_node_named_child_count(v);
        for (uint32_t i = 0; i < n; i++) {
            TSNode c = wk_named_child(w, v, i);
            if (ts_node_symbol(c) != w->sym->comment && maybe_data(w, s, c) &&
                !plain_expr(w, s, c, NULL, 0))
                return true;
        }
        return false;
    }
    return true;
}

static void handed_arg(walker *w, TSNode a, void *ctx)
{
    struct wk_stores *s = ctx;
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0);
    if (ts_node_is_null(a))
        return;
    /* text, numbers, a function's name: nothing a method could change */
    TSNode v = wk_unparen(w, a);

    if (plain_expr(w, s, v, NULL, 0))
        return;
    /* a builtin's name (no binding of the program's, no import): a builtin
     * type, function or exception class, none of which takes attributes; a
     * lambda, the program's own function (what calling it does is the
     * callbacks' rule's, higher_order_arg) */
    if (ts_node_symbol(v) == w->sym->lambda || !maybe_data(w, s, v))
        return;
    if (add_iter_event(w, HANDED, a, EV_VALUE, 0, 0))
        s->handed = true;
}

/* `x |= v`, `x += v`: a library object's operator may hand v to an object
 * the program put in it (ChainMap's |= is its first map's update(v)), so v
 * joins what the program hands library code (HANDED), unless it is plain. */
/* An operand of a binary operator, or a class body's value: a library
 * object's operator (ChainMap's |, UserList's +, a Set's |) hands it to the
 * program's objects and constructors (maps[0].update(x), self.__class__(x)),
 * so it joins HANDED unless it is plain. */
static void operand_handed(walker *w, TSNode v)
{
    struct wk_stores *s = state(w);
    v = ts_node_is_null(v) ? v : wk_unparen(w, v);
    if (!s || ts_node_is_null(v))
        return;
    TSSymbol k = ts_node_symbol(v);
    if (k == w->sym->integer || k == sym_float || k == w->sym->string ||
        k == w->sym->concatenated_string || k == w->sym->true_ || k == w->sym->false_ ||
        k == w->sym->none || k == w->sym->binary_operator || k == w->sym->lambda ||
        k == w->sym->comparison_operator)
        return; /* literals; a nested operator's operands are its own */
    if (add_iter_event(w, HANDED, v, EV_VALUE, 0, 0))
        s->handed = true;
}

static void augmented_handed(walker *w, TSNode n)
{
    struct wk_stores *s = state(w);
    TSNode v = wk_child(w, n, "right");
    if (!s || ts_node_is_null(v))
        return;
    TSSymbol k = ts_node_symbol(wk_unparen(w, v));
    if (k == w->sym->integer || k == sym_float || k == w->sym->string ||
        k == w->sym->concatenated_string || k == w->sym->true_ || k == w->sym->false_ ||
        k == w->sym->none)
        return;
    if (add_iter_event(w, HANDED, v, EV_VALUE, 0, 0))
        s->handed = true;
}

/* `operator.methodcaller("m", *args)` calls m on whatever it is applied to
 * with args: the parameters of every def named m (but self) take them, as a
 * known caller's callback takes its other arguments (fan_arg). */
static void methodcaller_events(walker *w, struct wk_stores *s, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (module_function(w, f, &mod, &fn) && wk_eq(mod, "dataclasses") && wk_eq(fn, "replace")) {
        /* dataclasses.replace(obj, x=v) makes obj's class anew with x=v: the
         * field x holds v, as a constructor's argument (field_arg) */
        TSNode args = wk_child(w, call, "arguments");
        uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSSymbol k = ts_node_symbol(a);
            TSNode v = k == w->sym->keyword_argument                                    ? wk_child(w, a, "value")
                       : k == w->sym->dictionary_splat || k == w->sym->list_splat ? wk_named_child(w, a, 0)
                                                                                    : (TSNode){0};
            if (ts_node_is_null(v))
                continue;
            if (k == w->sym->keyword_argument)
                add_iter_event(w, wk_ident(w, wk_child(w, a, "name")), v, EV_VALUE, 0, 0);
            add_iter_event(w, SETVAL, v, EV_VALUE, 0, k == w->sym->dictionary_splat ? 1 : 0);
        }
        return;
    }
    if (!wk_eq(mod, "operator") || !wk_eq(fn, "methodcaller"))
        return;
    TSNode args = wk_child(w, call, "arguments");
    TSNode name = ts_node_is_null(args) ? args : wk_named_child(w, args, 0);
    str m = ts_node_is_null(name) ? (str){NULL, 0} : wk_string_value(w, name);
    /* arguments given with the name reach whatever callable the name finds:
     * not only a def so named but `__call__` of any function value, a class
     * body's alias of a def, a staticmethod of one, `K.f = run` (round 26n):
     * every def that may be a value, and every lambda, from its first
     * parameter or its second */
    bool extra = false;
    uint32_t na = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t k = 0; k < na && !extra; k++) {
        TSNode a = wk_named_child(w, args, k);
        extra = !ts_node_eq(a, name) && ts_node_symbol(a) != w->sym->comment;
    }
    for (size_t i = 0; i < s->ndefs; i++) {
        bool named = !m.p || same(s->defnames[i], m); /* a computed name: every def */
        if (!named && !(extra && opaque_reach(w, s, i)))
            continue;
        /* applied to a class, or on a staticmethod, the first argument
         * fills the first parameter (round 25w) */
        fanout fo = {s, s->defs[i], 0};
        each_arg(w, args, name, fan_arg, &fo);
        if (!named) {
            fanout bound = {s, s->defs[i], 1};
            each_arg(w, args, name, fan_arg, &bound);
        }
    }
    for (size_t i = 0; i < s->nlambdas && extra; i++) {
        fanout fo = {s, s->lambdas[i], 0};
        each_arg(w, args, name, fan_arg, &fo);
    }
}

/* May o be an object whose operators are the library's Python code: a
 * library object, or an instance of a program class with a base the program
 * did not write (a UserList or ChainMap subclass)? */
static bool library_operand(walker *w, struct wk_stores *s, TSNode o, int depth)
{
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 8)
        return false;
    if (library_object(w, s, o, 0))
        return true;
    TSSymbol k = ts_node_symbol(o);
    if (k == w->sym->identifier) {
        TSNode as = wk_sole_assignment(w, wk_ident(w, o));
        return ts_node_is_null(as) ? !plain_expr(w, s, o, NULL, 0) && !builtin_container(w, s, o, 0) &&
                                         !program_self(w, o)
                                   : library_operand(w, s, wk_child(w, as, "right"), depth + 1);
    }
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, o, "function"));
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], name) && !program_only_class(w, s->classes[i], 0))
            return true;
    return false;
}

/* `a | b` where either may be such an object: a library object's operator
 * (ChainMap's |, UserList's +, a Set's |, and the reflected ones) hands the
 * other operand to the program's objects and constructors (maps[0].update(x),
 * self.__class__(x)), so both join HANDED. */
static void binop_events(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->nbinops; i++) {
        TSNode l = wk_child(w, s->binops[i], "left"), r = wk_child(w, s->binops[i], "right");
        if (library_operand(w, s, l, 0) || library_operand(w, s, r, 0)) {
            operand_handed(w, l);
            operand_handed(w, r);
        }
    }
}

/* Does call give logging what records take besides the logged message: a level
 * name (addLevelName), a logger's name (Logger, RootLogger, getLogger, getChild),
 * a record's fields (LogRecord), by any spelling of the callee? */
static bool record_field_call(walker *w, TSNode call)
{
    static const char *const names[] = {"addLevelName", "Logger", "RootLogger", "LogRecord",
                                        "getLogger", "getChild", "makeLogRecord"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSSymbol k = ts_node_symbol(f);
    str n = k == w->sym->attribute    ? wk_ident(w, wk_child(w, f, "attribute"))
            : k == w->sym->identifier ? wk_ident(w, f)
                                      : (str){NULL, 0};
    return n.p && wk_eq_any(n, names, sizeof names / sizeof names[0]);
}

/* Does call hand logging what a record will hold: a logger's message
 * methods (`lg.warning(msg, *args, extra=...)`), and the methods that take a
 * record the program may pass by hand (`lg.handle(r)`, `h.emit(r)`), on any
 * receiver but text (`"{}".format(x)`)? */
static bool logging_call(walker *w, TSNode call)
{
    static const char *const names[] = {"debug",   "info",   "warning", "warn",
                                        "error",   "exception", "critical", "log",
                                        "handle",  "callHandlers", "emit", "filter",
                                        "format",  "formatMessage", "makeRecord"};
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    TSSymbol ok = ts_node_symbol(o);
    if (ok == w->sym->string || ok == w->sym->concatenated_string)
        return false;
    return wk_eq_any(wk_ident(w, wk_child(w, f, "attribute")), names,
                     sizeof names / sizeof names[0]);
}

/* Does logging call `call` put the exception being handled (or one given)
 * into its record: `exception(...)`, or an `exc_info=` but False or None,
 * or a `**` splat that may hold one? */
static bool logs_exception(walker *w, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "exception"))
        return true;
    TSNode args = wk_child(w, call, "arguments");
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->dictionary_splat)
            return true;
        if (ts_node_symbol(a) != w->sym->keyword_argument ||
            !wk_eq(wk_ident(w, wk_child(w, a, "name")), "exc_info"))
            continue;
        TSSymbol v = ts_node_symbol(wk_unparen(w, wk_child(w, a, "value")));
        if (v != w->sym->false_ && v != w->sym->none)
            return true;
    }
    return false;
}

static void logged_arg(walker *w, TSNode a, void *ctx)
{
    struct wk_stores *s = ctx;
    TSSymbol k = ts_node_symbol(a);
    if (k == w->sym->keyword_argument)
        a = wk_child(w, a, "value");
    else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
        a = wk_named_child(w, a, 0);
    if (!ts_node_is_null(a) && !plain_expr(w, s, a, NULL, 0))
        add_iter_event(w, LOGGED, a, EV_VALUE, 0, 0);
}

/* Every method of the program may be called by library code with what the
 * program handed it: library code calls methods by name on the objects it is
 * given (a duck-typed stream's write, a sequence's insert, a mapping's get, a
 * filter's filter, a result's addError), whatever their class's bases. So a
 * method's parameters but self (all of a staticmethod's) take anything
 * handed to such a call, at any depth (EV_HANDED): nothing, in a program that
 * hands library code no value reached through a module, and for a class whose
 * instances the library never holds (wk_instances_escape). Dunders take
 * anything already (implicit_events); a property's getter takes no argument. */
/* Has class statement cls a base of enum's (by its module's name, or a name
 * imported from it)? */
static bool enum_class(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < n; j++) {
        if (wk_eq(base_module(w, wk_named_child(w, bases, j)), "enum"))
            return true;
    }
    return false;
}

/* An Enum's __init__ gets each member's value, or its items (`A = (1, 2)`
 * is __init__(self, 1, 2)): the values its body binds, not what the program
 * hands library code elsewhere. */
static void enum_member_values(walker *w, TSNode cls, TSNode fn)
{
    params ps = read_params(w, fn);
    TSNode body = wk_child(w, cls, "body");
    uint32_t n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t i = 0; i < n; i++) {
        TSNode st = wk_named_child(w, body, i);
        TSNode a = ts_node_symbol(st) == w->sym->expression_statement ? wk_named_child(w, st, 0)
                                                                       : (TSNode){0};
        if (ts_node_is_null(a) || ts_node_symbol(a) != w->sym->assignment)
            continue;
        TSNode v = wk_child(w, a, "right");
        if (ts_node_is_null(v))
            continue;
        for (size_t j = 1; j < ps.npos; j++)
            for (unsigned it = 0; it <= 1; it++)
                add_iter_event(w, param_key(w, fn, ps.pos[j]), v, EV_VALUE, 0, it);
        add_iter_event(w, param_key(w, fn, ps.star), v, EV_HOLD, 1, 1);
    }
}

/* Is every base of class statement cls a class of logging or unittest (by
 * its module's name, or a name imported from one)? */
static bool logging_or_unittest_bases(walker *w, TSNode cls)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    bool any = false;
    for (uint32_t j = 0; j < n; j++) {
        TSNode b = wk_named_child(w, bases, j);
        if (ts_node_symbol(b) == w->sym->comment)
            continue;
        str mod = base_module(w, b);
        if (!wk_eq(mod, "logging") && !wk_eq(mod, "unittest"))
            return false;
        any = true;
    }
    return any;
}

/* May library code make an instance of class statement cls with values of
 * its own: the class is decorated (a dataclass, which dataclasses.replace
 * rebuilds), has a base the program did not write (a UserList's operators, a
 * ChainMap's new_child, an Enum's members: self.__class__(...)), or its name
 * is read as a value (json.dumps(cls=K))? */
static bool library_made(walker *w, struct wk_stores *s, TSNode cls)
{
    TSNode up = wk_parent_of(w, cls);
    if (!ts_node_is_null(up) && ts_node_symbol(up) == w->sym->decorated_definition)
        return true;
    /* logging's and unittest's classes make a subclass's instances only with
     * text (a logger's name, a test method's name) */
    if (!program_only_class(w, cls, 0) && !logging_or_unittest_bases(w, cls))
        return true;
    str name = wk_ident(w, wk_child(w, cls, "name"));
    for (size_t r = 0; r < s->nrefs; r++)
        if (same(wk_ident(w, s->refs[r]), name))
            return true;
    return false;
}

static void duck_method_events(walker *w, struct wk_stores *s)
{
    bool duck_property = false;
    /* per class statement: 0 not asked yet, 1 held by none, 2 may escape */
    uint8_t *esc = an_arena_alloc(w->arena, s->nclasses + 1);
    if (!esc) {
        w->oom = true;
        return;
    }
    memset(esc, 0, s->nclasses + 1);
    for (size_t i = 0; i < s->ndefs && !w->oom; i++) {
        TSNode fn = s->defs[i];
        /* logging's record hooks take its records (duck_hook_events); other
         * dunders take anything already, but the constructors, which library
         * code also calls (self.__class__(x), cls(x), dataclasses.replace, an
         * enum's members) */
        str dn = s->defnames[i];
        bool ctor = wk_eq(dn, "__init__") || wk_eq(dn, "__post_init__");
        if ((wk_is_dunder(dn) && !ctor) || !method_def(w, fn))
            continue;
        /* what any method returns, library code holding its object may hand
         * another method of the program's (round 42a: StreamHandler.emit
         * writes `self.format(record) + self.terminator`, the program's
         * formatter's return, to the program's stream); whether the object
         * escapes is not asked, which would cost a walk per class */
        if (!ctor) {
            st_event *ret = add_iter_event(w, HANDED, fn, EV_KEY, 0, 0);
            if (ret)
                ret->attr = returns_key(w, dn);
        }
        if (wk_eq_any(dn, DUCK_HOOKS, 4) ||
            (!ctor && !an_rules_library_duck(w->rules, dn.p, dn.len)))
            continue;
        if (property_def(w, s, fn)) {
            /* the library calls what the property answers (round 47b ok_02: a
             * `get` property returning a module-level def): every function
             * used as a value may be that callable */
            duck_property = true;
            continue;
        }
        /* an instance the library never holds is never so called */
        TSNode cls = wk_parent_of(w, wk_parent_of(w, def_statement(w, fn)));
        /* a constructor: only where library code may make the instance */
        if (ctor && !library_made(w, s, cls))
            continue;
        size_t c = 0;
        while (c < s->nclasses && !ts_node_eq(s->classes[c], cls))
            c++;
        if (c == s->nclasses || !esc[c])
            esc[c] = wk_instances_escape(w, cls) ? 2 : 1;
        if (esc[c] == 1)
            continue;
        if (ctor && enum_class(w, cls)) {
            enum_member_values(w, cls, fn);
            continue;
        }
        int rb = receiver_binding(w, fn);
        params_event(w, fn, rb == RB_BOUND || rb == RB_CLASS ? 1 : 0, EV_HANDED);
    }
    for (size_t i = 0; duck_property && i < s->ndefs && !w->oom; i++)
        if (in_names(s->escaped, s->nescaped, s->defnames[i]))
            params_event(w, s->defs[i], 0, EV_HANDED);
    for (size_t i = 0; duck_property && i < s->nlambdas && !w->oom; i++)
        params_event(w, s->lambdas[i], 0, EV_HANDED);
}

/* A call that binds an attribute named like a duck hook: a keyword
 * (`SimpleNamespace(filter=impl)`, a dataclass field), or setattr's literal
 * name (duck_binding). */
/* The arguments of a decorator call that is not transparent may reach the def
 * it is applied to (`@functools.partial(functools.partial, x=v)` binds x to v,
 * round 25w): each one any of its parameters. */
static void decorator_args(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->ndefs && !w->oom; i++) {
        TSNode up = wk_parent_of(w, s->defs[i]);
        if (ts_node_is_null(up) || ts_node_symbol(up) != w->sym->decorated_definition)
            continue;
        uint32_t n = ts_node_named_child_count(up);
        for (uint32_t j = 0; j < n; j++) {
            TSNode d = wk_named_child(w, up, j);
            TSNode e = ts_node_symbol(d) == w->sym->decorator ? wk_unparen(w, wk_named_child(w, d, 0))
                                                              : (TSNode){0};
            if (ts_node_is_null(e) || ts_node_symbol(e) != w->sym->call || transparent_decorator(w, d))
                continue;
            fanout fo = {s, s->defs[i], 0};
            each_arg(w, wk_child(w, e, "arguments"), (TSNode){0}, fan_arg_back, &fo);
        }
    }
}

/* Does a string literal under n (a field list) hold a word named like a duck
 * hook ('get', 'x get', 'x,get')? */
static bool duck_word_in_strings(walker *w, TSNode n, int depth)
{
    if (ts_node_is_null(n) || depth > 16)
        return false;
    if (ts_node_symbol(n) == w->sym->string) {
        str v = wk_string_value(w, n);
        for (size_t i = 0; v.p && i < v.len;) {
            size_t j = i;
            while (j < v.len && (v.p[j] == '_' || (v.p[j] >= 'a' && v.p[j] <= 'z') ||
                                 (v.p[j] >= 'A' && v.p[j] <= 'Z') || (v.p[j] >= '0' && v.p[j] <= '9')))
                j++;
            if (j > i && duck_name(w, (str){v.p + i, j - i}))
                return true;
            i = j + 1;
        }
        return !v.p; /* a string the checker cannot read */
    }
    uint32_t c = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < c; i++)
        if (duck_word_in_strings(w, wk_named_child(w, n, i), depth + 1))
            return true;
    return false;
}

static void duck_call_bindings(walker *w, TSNode f, TSNode args)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return;
    uint32_t n = ts_node_named_child_count(args);
    f = wk_unparen(w, f);
    /* namedtuple('T', 'get'), NamedTuple('T', [('get', object)]): fields
     * the constructor sets from its arguments */
    str callee = ts_node_symbol(f) == w->sym->identifier  ? wk_ident(w, f)
                 : ts_node_symbol(f) == w->sym->attribute ? wk_ident(w, wk_child(w, f, "attribute"))
                                                          : (str){NULL, 0};
    if ((wk_eq(callee, "namedtuple") || wk_eq(callee, "NamedTuple") ||
         wk_eq(callee, "make_dataclass") || wk_eq(callee, "SimpleNamespace")) &&
        duck_word_in_strings(w, args, 0)) {
        struct wk_stores *s = state(w);
        if (s)
            s->duck_field = true;
    }
    bool set = ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "setattr");
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->keyword_argument)
            duck_binding(w, wk_child(w, a, "name"), wk_child(w, a, "value"), 0);
        else if (set && i == 1 && i + 1 < n)
            duck_binding(w, a, wk_named_child(w, args, i + 1), 0);
    }
}

static void planted_objects(walker *w, struct wk_stores *s);
static bool plain_callee(walker *w, struct wk_stores *s, str name, int depth);
static void handed_arg(walker *w, TSNode a, void *ctx);
static void methodcaller_events(walker *w, struct wk_stores *s, TSNode call);

static void binop_events(walker *w, struct wk_stores *s);

static TSNode enclosing_def(walker *w, TSNode node);

/* The class statement C of `super().m(...)` (f the callee) written directly in a
 * def directly in C's body, when C is closed (wk_is_closed_class: it and every
 * class deriving from it are the program's, defined once, with known bases), so
 * that the classes super() may reach are known; else a null node. */
static TSNode super_class(walker *w, TSNode f)
{
    TSNode none = {0};
    f = wk_unparen(w, f);
    if (ts_node_is_null(f) || ts_node_symbol(f) != w->sym->attribute)
        return none;
    TSNode recv = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_is_null(recv) || !zero_arg_super(w, recv))
        return none;
    TSNode def = enclosing_def(w, recv);
    TSNode cls = ts_node_is_null(def) ? none : wk_def_class(w, def);
    /* wk_class_derives answers "yes" past 16 removes: with at most 16 class
     * statements no chain is that long, and its answers are exact */
    return !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition &&
                   w->stores->nclasses <= 16 && wk_is_closed_class(w, cls)
               ? cls
               : none;
}

/* May super() in class statement C (closed: super_class) reach def, a method of
 * class statement D: D comes after C in the MRO of C or of a class deriving from
 * C, so D is no class deriving from C (those come first) and some class
 * deriving from C (or C) derives from D? A def outside a class body: in doubt. */
static bool super_reaches(walker *w, struct wk_stores *s, TSNode c, TSNode def)
{
    TSNode d = wk_def_class(w, def);
    if (ts_node_is_null(d))
        return true;
    if (wk_class_derives(w, d, c))
        return false; /* C itself, or a class before it */
    for (size_t i = 0; i < s->nclasses; i++)
        if (wk_class_derives(w, s->classes[i], c) && wk_class_derives(w, s->classes[i], d))
            return true;
    return false;
}

/* Is f `X.__new__` of a builtin data class X the program never binds
 * (object, float, tuple...)? Its code makes a new object and calls nothing of
 * the program's by that name. */
static bool builtin_new_call(walker *w, TSNode f)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "__new__"))
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    if (ts_node_symbol(o) != w->sym->identifier)
        return false;
    str x = wk_ident(w, o);
    return wk_builtin_name(x) && wk_builtin_unbound(w, x) && wk_fresh_new_class(w, x);
}

static void call_events(walker *w, struct wk_stores *s)
{
    planted_objects(w, s);
    binop_events(w, s);
    uint8_t *opaque_first = an_arena_alloc(w->arena, s->ndefs + 1);
    if (!opaque_first) {
        w->oom = true;
        return;
    }
    /* Each callee is classified once, for both loops below: classify reads only
     * what stays fixed while the calls' events are added (the keys, made before
     * this; the names of the defs and classes; the import bindings). */
    size_t nkinds = s->ncalls;
    callee_kind *kinds = an_arena_alloc(w->arena, (nkinds + 1) * sizeof *kinds);
    str *knames = an_arena_alloc(w->arena, (nkinds + 1) * sizeof *knames);
    if (!kinds || !knames) {
        w->oom = true;
        return;
    }
    bool any_opaque = false;
    for (size_t c = 0; c < nkinds; c++) {
        TSNode f = wk_child(w, s->calls[c], "function");
        kinds[c] = classify(w, s, f, &knames[c]);
        any_opaque = any_opaque || kinds[c] == CK_OPAQUE ||
                     classify_other(w, s, f, kinds[c], knames[c]) == CK_OPAQUE;
    }
    for (size_t i = 0; i < s->ndefs && any_opaque; i++)
        opaque_first[i] = (uint8_t)opaque_reach(w, s, i);
    size_t ncalls = s->ncalls;
    for (size_t c = 0; c < ncalls && !w->oom; c++) {
        TSNode call = s->calls[c];
        TSNode f = wk_child(w, call, "function"), args = wk_child(w, call, "arguments");
        duck_call_bindings(w, f, args);
        str name = c < nkinds ? knames[c] : (str){NULL, 0};
        callee_kind ck = c < nkinds ? kinds[c] : classify(w, s, f, &name);
        /* a name that may not be the program's def there (a builtin as well)
         * makes the events of both */
        callee_kind other = classify_other(w, s, f, ck, name);
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                if (other == ck)
                    break;
                ck = other;
            }
            if (ck == CK_DEF || ck == CK_METHOD) {
                bool unbound = ck == CK_METHOD &&
                               maybe_class(w, s, wk_child(w, wk_unparen(w, f), "object"));
                TSNode sup = ck == CK_METHOD ? super_class(w, f) : (TSNode){0};
                if (ck == CK_METHOD && builtin_new_call(w, f))
                    continue; /* float.__new__(cls, v) runs float's, never the program's */
                /* f(x) of a singledispatch f: its registered defs take x too */
                for (size_t i = 0; ck == CK_DEF && i < s->ndefs; i++)
                    if (registered_under(w, s->defs[i], name))
                        map_args(w, s->defs[i], args, 0); /* register hands back the plain function (round 25w) */
                for (size_t i = 0; i < s->ndefs; i++) {
                    if (!same(s->defnames[i], name) ||
                        (!ts_node_is_null(sup) && !super_reaches(w, s, sup, s->defs[i])))
                        continue;
                    /* a staticmethod called through an instance binds no self;
                     * a def the checker cannot tell of, either way */
                    int rb = ck == CK_METHOD ? receiver_binding(w, s->defs[i]) : RB_STATIC;
                    bool bound = rb != RB_STATIC;
                    map_args(w, s->defs[i], args, bound ? 1 : 0);
                    if (rb == RB_UNSURE)
                        map_args(w, s->defs[i], args, 0);
                    if (bound) { /* self is the receiver: what the method puts into it */
                        params ps = read_params(w, s->defs[i]);
                        alias_back(w, s->defs[i], ps.npos ? ps.pos[0] : (str){NULL, 0},
                                   wk_child(w, wk_unparen(w, f), "object"));
                    }
                    if (unbound && rb == RB_BOUND) /* a classmethod binds its class */
                        map_args(w, s->defs[i], args, 0);
                }
            } else if (ck == CK_CLASS) {
                for (size_t i = 0; i < s->nclasses; i++)
                    if (same(s->classnames[i], name))
                        class_call(w, s, s->classes[i], args, (TSNode){0}, 0, 0);
                /* a class with a library base runs the library's constructor
                 * and methods on what it is given (class W(csv.DictWriter)) */
                if (!plain_callee(w, s, name, 0))
                    each_arg(w, args, (TSNode){0}, handed_arg, s);
            } else if (ck == CK_OPAQUE) {
                /* a callee the checker cannot name may be a library class
                 * (W = csv.DictWriter) */
                each_arg(w, args, (TSNode){0}, handed_arg, s);
                cls_call(w, s, f, args);
                for (size_t i = 0; i < s->ndefs; i++) {
                    if (!opaque_first[i])
                        continue; /* never the value of a variable */
                    fanout fo = {s, s->defs[i], opaque_first[i] == 2 ? 0 : 1};
                    each_arg(w, args, (TSNode){0}, fan_arg_back, &fo);
                }
                for (size_t i = 0; i < s->nlambdas; i++) {
                    fanout fo = {s, s->lambdas[i], 0};
                    each_arg(w, args, (TSNode){0}, fan_arg_back, &fo);
                }
            } else if (!typed_builtin(w, s, f)) { /* isinstance(x, K) calls no K */
                ho_ctx h = {s, args, call};
                each_arg(w, args, (TSNode){0}, higher_order_arg, &h);
                if (may_call_methods(w, s, call))
                    each_arg(w, args, (TSNode){0}, handed_arg, s);
                methodcaller_events(w, s, call);
                if (record_field_call(w, call))
                    each_arg(w, args, (TSNode){0}, logged_arg, s);
                if (logging_call(w, call)) {
                    each_arg(w, args, (TSNode){0}, logged_arg, s);
                    /* `lg.exception(...)`, `exc_info=...`: the record holds the
                     * exception being handled, which may be anything */
                    if (logs_exception(w, call))
                        add_event(w, LOGGED, call, EV_ANY, 0);
                }
                /* deepcopy(x, memo) in a __deepcopy__ hook writes the memo (the
                 * copy's own table), never x (hook_memo_call) */
                if (ck == CK_MODULE && module_callee(w, s, f) && !deepcopy_memo(w, f, args) &&
                    !storeless_module(base_module(w, f)))
                    module_call_holds(w, args);
            }
        }
    }
    /* A class statement's keywords go to __init_subclass__ of its bases as a bound
     * call's go to a method's parameters (`class Sub(Base, target=json.JSONEncoder)`;
     * cls is the new class). Its positional bases are no arguments; mapped as such
     * they only make the judgement stricter. */
    for (size_t c = 0; c < s->nclasses && !w->oom; c++) {
        TSNode bases = wk_child(w, s->classes[c], "superclasses");
        if (ts_node_is_null(bases))
            continue;
        for (size_t i = 0; i < s->ndefs; i++)
            if (wk_eq(s->defnames[i], "__init_subclass__"))
                map_args(w, s->defs[i], bases, 1);
    }
}


/* Builtins whose result is a new value of a fixed type, made or converted by
 * the interpreter (int() copies what __int__ returns into a plain int). Not str,
 * repr and format: they hand back what __str__, __repr__ and __format__ return
 * when it is a str, a subclass's instance too (a member of a library StrEnum). */
static bool typed_builtin(walker *w, struct wk_stores *s, TSNode f)
{
    static const char *const names[] = {
        "ascii", "len", "int", "float", "bool",  "complex",    "hash",       "id",      "ord",
        "chr",   "bin", "oct", "hex",   "print", "isinstance", "issubclass", "callable",
        "all",   "any"}; /* all and any answer True or False, whatever the items */
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    if (module_name(w, s, name) || find_key(s, name))
        return false;
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* A function of math or cmath (m.f, or bound by `from math import f`), or the
 * builtins abs, round, pow, divmod: each
 * converts its arguments to numbers (__float__, __index__, __complex__) and
 * returns a number, a bool or a tuple of numbers, or (floor, ceil, trunc) what
 * the argument's own __floor__, __ceil__, __trunc__ return: so what the
 * program's operator methods return, never an argument. Not prod, which
 * multiplies with `*` and may return its start times a list. */
static bool number_function(walker *w, struct wk_stores *s, TSNode f)
{
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (!module_function(w, f, &mod, &fn))
        mod = fn = (str){NULL, 0};
    if (ts_node_symbol(f) == w->sym->identifier && !mod.p) {
        /* the builtins that hand back a number or what __abs__, __round__,
         * __pow__, __divmod__ return */
        static const char *const names[] = {"abs", "round", "pow", "divmod"};
        str name = wk_ident(w, f);
        return wk_eq_any(name, names, sizeof names / sizeof names[0]) &&
               !module_name(w, s, name) && !find_key(s, name) &&
               !in_names(s->defnames, s->ndefs, name);
    }
    return (wk_eq(mod, "math") || wk_eq(mod, "cmath")) && fn.p && !wk_eq(fn, "prod");
}

/* Methods that, on an object of the standard library, return new text or data
 * (a file's read and readlines, str's split and strip), never the object, a part
 * of it or one forwarding to it: `sys.stdin.readlines()` is the program's own
 * list. What their arguments or the program's hooks hand back still counts. */
static bool fresh_method(str name)
{
    static const char *const names[] = {
        "read",       "readline", "readlines",  "getvalue", "split",   "rsplit",
        "splitlines", "strip",    "lstrip",     "rstrip",   "lower",   "upper",
        "casefold",   "title",    "capitalize", "swapcase", "encode",  "decode",
        "startswith", "endswith", "isdigit",    "isalpha",  "isalnum", "isspace",
        "zfill",      "center",   "ljust",      "rjust"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* str, repr, format, ascii (never rebound): text, which holds nothing an item
 * store or a mutating call could change (a str subclass's instance from a
 * __str__ is still immutable text); at level 1 they stay calls like others. */
static bool text_builtin(walker *w, struct wk_stores *s, TSNode f)
{
    static const char *const names[] = {"str", "repr", "format", "ascii"};
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    return wk_eq_any(name, names, sizeof names / sizeof names[0]) && !module_name(w, s, name) &&
           !find_key(s, name) && !in_names(s->defnames, s->ndefs, name);
}

/* Calls that hand back an argument, or an element of one or of their
 * receiver, rather than a new value: a container's get, pop, popitem,
 * setdefault, popleft; next, max, min, typing.cast, functools.reduce,
 * random.choice, a future's result. */
static bool accessor(str name)
{
    static const char *const names[] = {"get",    "pop",    "popitem", "setdefault",
                                        "popleft", "next",  "max",     "min",
                                        "cast",   "reduce", "choice",  "result"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* The module and function a callee names, by a module path bound by nothing but
 * the module's import or a from-import that is the name's only binding. The
 * judgements that grant "new" on this answer (builds_new, number_function,
 * csv_rows, wraps_arguments, class_holds_bases, ...) must not take the program's
 * function for the library's (rounds 31a and 32a: `from csv import reader` then
 * `def reader`; a parameter `floor` or `escape` holding a lambda beside `from math
 * import floor`, `from re import escape`). */
/* The module and name of the library function or class f names, taken back to
 * its home when it is another allowed module's object (library-alias:
 * statistics.groupby is itertools.groupby, round 42b), as the tables name it. */
static bool module_function0(walker *w, TSNode f, str *mod, str *fn)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->attribute) {
        *mod = wk_module_path_only(w, wk_child(w, f, "object"));
        *fn = wk_ident(w, wk_child(w, f, "attribute"));
        return mod->p != NULL;
    }
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    const binding *b = wk_import_only(w, wk_ident(w, f));
    if (!b || !b->module || !b->attr)
        return false;
    *mod = (str){b->module, b->module_len};
    *fn = (str){b->attr, b->attr_len};
    return true;
}

static bool module_function(walker *w, TSNode f, str *mod, str *fn)
{
    if (!module_function0(w, f, mod, fn))
        return false;
    an_rules_pair home;
    if (fn->p && an_rules_library_alias(w->rules, mod->p, mod->len, fn->p, fn->len, &home)) {
        *mod = (str){home.module, home.module_len};
        *fn = (str){home.name, home.name_len};
    }
    return true;
}

/* A Random keeps the third part of what setstate is given as gauss_next,
 * which gauss hands back (`mu + z * sigma`: `random.gauss((), 1)` is the tuple
 * itself) and getstate returns (round 40b: `random.setstate((3,
 * random.getstate()[1], (sys.argv,)))`). Where the program may call setstate in
 * any form (its text names it), a gauss or getstate method's value may be
 * anything a module holds, at any depth; the module's functions: shared_call. */
static unsigned random_state_mask(walker *w, str name)
{
    return (wk_eq(name, "gauss") || wk_eq(name, "getstate")) && wk_text_has(w, "setstate")
               ? M_ALL
               : 0;
}

/* A library function that hands back an object the library shares rather than
 * one it builds for the caller: the root logger or a logger of a name the
 * library logs under (a named logger is created on first request and shared by
 * name: one the program names, by a literal no allowed module's name starts, or
 * `__name__`, is the program's), the main or current thread, the event loop and
 * its tasks. Reviewed by hand over the allowed modules; every other library
 * call builds a new object (its attributes may still be shared: M_MADE).
 * Returns the mask the call's value takes on that account. */
static unsigned shared_call(walker *w, TSNode f, TSNode args, str name)
{
    str mod, fn;
    if (random_state_mask(w, name) && module_function(w, f, &mod, &fn) && wk_eq(mod, "random"))
        return M_ALL;
    /* by the name called first (a from-import may rename it): most calls are
     * none of these */
    if (ts_node_symbol(wk_unparen(w, f)) == w->sym->attribute &&
        (name.len < 8 || !strchr("gmceaREFf", name.p[0])) && !wk_eq(name, "fields"))
        return 0;
    if (!module_function(w, f, &mod, &fn))
        return 0;
    /* a dataclass's Field objects, which @dataclass reads again for every
     * subclass and whose .name it pastes into the source it compiles: the
     * tuple is new, its elements are the class's own */
    if (wk_eq(mod, "dataclasses") && wk_eq(fn, "fields"))
        return shl(M_SELF);
    /* what another call of the module kept (round 28a: addLevelName(99, sys.argv)
     * then getLevelName(99) was sys.argv, taken for a new value; so was
     * getstate()[2] after setstate((v, s, sys.argv)); round 28c: a key of
     * getLevelNamesMapping() after addLevelName(77, Key([sys.argv]))): the pairs
     * tests/checker/keeper_audit.py finds */
    if ((wk_eq(mod, "logging") &&
         (wk_eq(fn, "getLevelName") || wk_eq(fn, "getLevelNamesMapping"))) ||
        (wk_eq(mod, "random") && wk_eq(fn, "getstate")) ||
        (wk_eq(mod, "calendar") && wk_eq(fn, "firstweekday")))
        return M_SELF | shl(M_SELF);
    if (wk_eq(mod, "logging") && wk_eq(fn, "getLogger")) {
        TSNode a0 = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                        ? (TSNode){0}
                        : wk_named_child(w, args, 0);
        if (ts_node_is_null(a0) || ts_node_named_child_count(args) != 1)
            return M_SELF; /* the root logger, or a name given another way */
        a0 = wk_unparen(w, a0);
        if (ts_node_symbol(a0) == w->sym->identifier && wk_eq(wk_ident(w, a0), "__name__"))
            return 0; /* "__main__": never bound by the program (dunder-readonly) */
        str lit = wk_string_value(w, a0);
        if (!lit.p || lit.len == 0 || wk_eq(lit, "root"))
            return M_SELF;
        size_t head = 0;
        while (head < lit.len && lit.p[head] != '.')
            head++;
        str top = {lit.p, head};
        if (head == 0 || wk_eq(top, "py") || wk_eq(top, "root") ||
            an_rules_import_allowed(w->rules, top.p, top.len))
            return M_SELF; /* py.warnings, asyncio, concurrent.futures, ... */
        return 0;
    }
    if (wk_eq(mod, "threading") &&
        (wk_eq(fn, "main_thread") || wk_eq(fn, "current_thread") || wk_eq(fn, "currentThread")))
        return M_SELF;
    if (wk_eq(mod, "threading") && wk_eq(fn, "enumerate"))
        return shl(M_SELF);
    if (wk_eq(mod, "asyncio") &&
        (wk_eq(fn, "get_event_loop") || wk_eq(fn, "get_running_loop") ||
         wk_eq(fn, "current_task") || wk_eq(fn, "get_event_loop_policy")))
        return M_SELF;
    if (wk_eq(mod, "asyncio") && wk_eq(fn, "all_tasks"))
        return shl(M_SELF);
    /* an enum class called with a value hands back its member, the module's own
     * object (`re.RegexFlag(2)` is re.IGNORECASE): the allowed modules' enum
     * classes with members (tests/checker/shared_audit.py finds them) */
    if ((wk_eq(mod, "re") && wk_eq(fn, "RegexFlag")) ||
        (wk_eq(mod, "enum") && (wk_eq(fn, "EnumCheck") || wk_eq(fn, "FlagBoundary"))))
        return M_SELF;
    return 0;
}

/* Modules whose functions and classes answer numbers, builtin containers,
 * containers and iterators of their arguments' parts (tracked as arguments:
 * an OrderedDict's items, a ChainMap's maps, a deque), or objects whose public
 * attributes are their arguments (partial's func, args, keywords; types, whose
 * facade offers SimpleNamespace alone, call-only: its attributes are the keywords
 * written at the call), with no shared public state of their own (reviewed: no
 * class attribute of theirs is a mutable container, a class or a shared object;
 * urllib.parse's results are namedtuples of text whose public attributes are
 * their fields and properties computing text or numbers, its one class-valued
 * class attribute private). */
static bool plain_module(str mod)
{
    static const char *const plain[] = {"itertools", "functools", "operator", "heapq",
                                        "bisect",    "math",      "cmath",    "statistics",
                                        "random",    "collections", "collections.abc", "types",
                                        "urllib.parse"};
    return wk_eq_any(mod, plain, sizeof plain / sizeof plain[0]);
}

/* Methods that answer plain data (numbers, text, bools) on whatever library
 * object has them: a method of a library-made object is library-made too
 * (logger.getChild, config["s"].parser), but for these. */
static bool data_method(str name)
{
    static const char *const names[] = {
        "randint",   "randrange",     "random",      "uniform",   "gauss",
        "getrandbits", "count",       "index",       "total",     "hexdigest",
        "digest",    "isoformat",     "strftime",    "timestamp", "total_seconds",
        "is_alive",  "isEnabledFor",  "getEffectiveLevel", "wasSuccessful",
        "countTestCases", "format_help", "format_usage", "done", "cancelled",
        "getint",    "getfloat",      "getboolean",  "has_option", "has_section",
        "qsize",     "empty",         "full",        "locked",    "is_set"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]) || fresh_method(name);
}

/* May a call builds_new trusts put one of its arguments itself one level into
 * the value it builds? The functions of the modules text_module trusts were never
 * audited for it (colorsys.hls_to_rgb(h, l, 0) is (l, l, l); datetime.combine
 * keeps its tzinfo), and of the methods builds_new names, a match's groups and
 * groupdict hand back their default, str.partition its separator, replace its
 * tzinfo. Not csv's functions, whose readers' rows are new lists of new strings
 * (csv_rows) and whose writers keep no argument where a read reaches it. The
 * builtins, the audited classes (library-copies: no argument found
 * in an instance), copy, itertools, heapq and collections' functions, and the
 * other methods (copies, set algebra, keys, join) hold their arguments' parts
 * where they lie. */
static bool nests_arguments(walker *w, TSNode f, str name, callee_kind ck)
{
    static const char *const methods[] = {"groups", "groupdict", "partition", "rpartition",
                                          "replace"};
    if (ck == CK_METHOD || ck == CK_OTHER_METHOD)
        return wk_eq_any(name, methods, sizeof methods / sizeof *methods);
    str mod, fn;
    return ck == CK_MODULE && module_function(w, f, &mod, &fn) &&
           library_class(w, mod, fn) == AN_CLASS_NONE && text_module(mod) && !wk_eq(mod, "csv");
}

static bool library_class_named(walker *w, TSNode e, str *mod, str *fn);

/* Is f a sealed class of the library (sealed-class: datetime.date), or one of
 * its classmethods (sealed-maker: date.today, datetime.strptime), the class
 * named by its import alone? What they build holds numbers, text and what they
 * were given, none of the library's state. */
static bool sealed_class_call(walker *w, TSNode f)
{
    str mod, cls;
    f = wk_unparen(w, f);
    if (library_class_named(w, f, &mod, &cls) &&
        an_rules_sealed_class(w->rules, mod.p, mod.len, cls.p, cls.len))
        return true;
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    str an = wk_ident(w, wk_child(w, f, "attribute"));
    TSNode o = wk_child(w, f, "object");
    return library_class_named(w, o, &mod, &cls) &&
           an_rules_sealed_maker(w->rules, mod.p, mod.len, cls.p, cls.len, an.p, an.len);
}

/* Is `obj.an` a library class's immutable data (class-data: datetime.min), the
 * class named by its import alone? The program cannot store into a library
 * class, so the value is what the audit saw. */
static bool class_data_read(walker *w, TSNode obj, str an)
{
    str mod, cls;
    return library_class_named(w, obj, &mod, &cls) &&
           an_rules_class_data(w->rules, mod.p, mod.len, cls.p, cls.len, an.p, an.len);
}

/* Does calling f make an object of the library's whose attributes may be the
 * library's (M_MADE)? A module's function or class, and super() and type()
 * (their attributes are a class's); not the other builtins, whose results are
 * builtin data, iterators and containers with no shared public state, nor an
 * accessor, which hands back what it was given. */
static bool makes_library_object(walker *w, TSNode f, str name)
{
    str mod, fn;
    if (accessor(name) || sealed_class_call(w, f))
        return false;
    if (module_function(w, f, &mod, &fn)) /* random's generators keep public state */
        return !plain_module(mod) || random_generator(mod, fn);
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->attribute)
        return true;
    return wk_eq(name, "super") || wk_eq(name, "type");
}

/* Classes of the allowed modules whose instances write through to an object they
 * were given or hold in a public attribute (tenth red team, family V), reviewed over
 * the allowed modules: ChainMap's item stores, update, setdefault, pop, clear and del
 * write into its first map (and .parents, new_child are views again); a configparser
 * SectionProxy writes into its parser; UserDict, UserList (and UserString's .data)
 * write into .data, which the program may rebind; types.GenericAlias (re-exported by
 * difflib, functools, graphlib and typing) hands every attribute read on to its
 * origin, so its methods are its first argument's (round 42b). Their result is its arguments
 * themselves, not a new container holding their parts, and whatever any `.data` or
 * `.maps` store of the program puts there (wrapped_mask). types.MappingProxyType and
 * weakref's proxies would be the others; neither module is allowed. */
static bool view_name(str fn)
{
    static const char *const views[] = {"ChainMap", "UserDict", "UserList", "UserString",
                                        "SectionProxy", "GenericAlias"};
    return wk_eq_any(fn, views, sizeof views / sizeof views[0]);
}

static bool view_class(str mod, str fn)
{
    static const char *const views[] = {"ChainMap", "UserDict", "UserList", "UserString"};
    return (wk_eq(mod, "collections") && wk_eq_any(fn, views, sizeof views / sizeof views[0])) ||
           (wk_eq(mod, "configparser") && wk_eq(fn, "SectionProxy")) ||
           (wk_eq(mod, "types") && wk_eq(fn, "GenericAlias"));
}

/* What a wrapper's item stores and mutating methods may write into: anything the
 * program stores under .data, anywhere (User*'s data is what they write), and the
 * elements of anything under .maps (a ChainMap writes into maps[0]). At level 1,
 * which judges attribute stores, the wrapper itself stays a new object (`u.data =
 * ...` writes the wrapper's own attribute): what it wraps lies one level in or
 * deeper there, so that level 0 is evaluated too. */
static unsigned wrapped_mask(struct wk_stores *s, int lvl)
{
    unsigned m = key_mask(s, (str){"data", 4}, lvl) |
                 elems(key_mask(s, (str){"maps", 4}, lvl));
    return lvl == 0 ? m : (m | shl(m)) & ~M_TOP;
}

/* Modules whose functions answer text, bytes, numbers, dates, match objects
 * or containers of new values (or of their arguments' parts at the same depth:
 * random.sample, difflib.get_close_matches), whatever they are given by
 * keyword (re's flags, csv's dialect, a callable whose result is text). */
static bool text_module(str mod)
{
    static const char *const text[] = {"re",       "csv",         "textwrap",  "string",
                                       "difflib",  "unicodedata", "base64",    "binascii",
                                       "zlib",     "hashlib",     "struct",    "datetime",
                                       "time",     "calendar",    "math",      "cmath",
                                       "fractions", "decimal",    "colorsys",  "random",
                                       "secrets",  "pprint",      "reprlib",   "keyword",
                                       "urllib.parse"};
    return wk_eq_any(mod, text, sizeof text / sizeof text[0]);
}

/* The positional argument i of an argument list, or a null node (after a
 * splat or a keyword: none). */
static TSNode nth_positional(walker *w, TSNode args, int i)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (TSNode){0};
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t j = 0; j < n; j++) {
        TSNode a = wk_named_child(w, args, j);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as == w->sym->keyword_argument || as == w->sym->list_splat ||
            as == w->sym->dictionary_splat)
            return (TSNode){0};
        if (i-- == 0)
            return a;
    }
    return (TSNode){0};
}

/* A callable handed to map, starmap or accumulate whose results are new or
 * followed already: a def or lambda of the program (its returns are tracked;
 * a def only where it is surely what the name names, def_sure: a method named
 * max leaves max the builtin), a builtin converting to a number or text, or a text method through str. Any
 * other (operator.getitem, max, a bound method) may hand back a part of the
 * items it is given, deeper than the items themselves. */
static bool plain_callable(walker *w, struct wk_stores *s, TSNode a)
{
    static const char *const conv[] = {"int", "float", "str",  "bool", "len", "ord", "chr",
                                       "repr", "abs",  "round", "ascii", "hex", "oct", "bin"};
    a = wk_unparen(w, a);
    if (ts_node_is_null(a))
        return true;
    if (ts_node_symbol(a) == w->sym->lambda)
        return true;
    if (ts_node_symbol(a) == w->sym->identifier) {
        str n = wk_ident(w, a);
        if (in_names(s->defnames, s->ndefs, n) && def_sure(w, s, a, n))
            return true;
        return wk_eq_any(n, conv, sizeof conv / sizeof conv[0]) && !module_name(w, s, n) &&
               !find_key(s, n) && !wk_bound_value(w, n);
    }
    if (ts_node_symbol(a) == w->sym->attribute) {
        TSNode o = wk_unparen(w, wk_child(w, a, "object"));
        return ts_node_symbol(o) == w->sym->identifier && wk_eq(wk_ident(w, o), "str") &&
               !find_key(s, (str){"str", 3}) &&
               fresh_method(wk_ident(w, wk_child(w, a, "attribute")));
    }
    return false;
}

/* Is the callable at position i of args plain (none given: yes)? After a splat
 * the positions are unknown: any argument may be the callable (round 40b:
 * `groupby(*[[0], [sys.argv].pop])`). */
static bool plain_callable_at(walker *w, struct wk_stores *s, TSNode args, int i)
{
    uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
    for (uint32_t j = 0; j < n; j++) {
        TSSymbol k = ts_node_symbol(wk_named_child(w, args, j));
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
            return false;
    }
    return plain_callable(w, s, nth_positional(w, args, i));
}

/* Functions of the modules builds_new trusts that hand back an argument or a
 * part of one all the same (tests/checker/builds_new_audit.py runs them):
 * calendar's repeat (itertools.repeat, imported there), math.prod of one item
 * (`t * 1` is t), unicodedata's decimal, digit, numeric and name (their
 * default), random.triangular (low, when the arguments' differences divide by
 * zero), hashlib.file_digest (what its digest callable returns), urllib.parse's
 * urljoin without a base, to_bytes and splitnport, unicodedata.normalize (text
 * already normal, a str subclass's object included: round 45b), and urlunsplit and urlunparse
 * (a false path among empty fields: round 34a), unquote (text with no '%',
 * untouched: round 41b), reprlib.recursive_repr (its fill value, on re-entry:
 * round 39b). They pass
 * their arguments on, as any library call not listed. (The modules' classes,
 * named tuples included, are the class audit's: rules/library-classes.txt.) */
static bool hands_back(str mod, str fn)
{
    static const struct {
        const char *mod, *fn;
    } table[] = {{"calendar", "repeat"},
                 {"math", "prod"},
                 {"unicodedata", "decimal"},
                 {"unicodedata", "digit"},
                 {"unicodedata", "numeric"},
                 {"unicodedata", "name"},
                 {"unicodedata", "normalize"},
                 {"random", "triangular"},
                 {"hashlib", "file_digest"},
                 {"urllib.parse", "urljoin"},
                 {"urllib.parse", "urlunsplit"},
                 {"urllib.parse", "urlunparse"},
                 {"urllib.parse", "to_bytes"},
                 {"urllib.parse", "splitnport"},
                 {"urllib.parse", "unquote"},
                 {"reprlib", "recursive_repr"}};
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (wk_eq(mod, table[i].mod) && wk_eq(fn, table[i].fn))
            return true;
    return false;
}

/* Constructors that take (key, value) pairs: a pair's value, one level down in
 * the argument, is an item of the result (`dict([("k", v)])["k"]` is v). */
static bool pairs_constructor(str name)
{
    static const char *const names[] = {"dict", "OrderedDict", "defaultdict"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

/* The audit's verdict on mod.fn as a class of the allowed modules (none: a
 * function, or no class the audit saw). */
static an_rules_class library_class(walker *w, str mod, str fn)
{
    return an_rules_library_class(w->rules, mod.p, mod.len, fn.p, fn.len);
}

/* `copy.deepcopy(x, memo)` written in `def __deepcopy__(self, memo)` with that
 * hook's own memo (issue 13, round 15, honest14b p41): the facade allows no other
 * two-argument form, and the memo appears nowhere but as that argument (rules
 * README, section 1, family S), so x is never the memo itself and what the call
 * hands back is what `copy.deepcopy(x)` would: a new copy of x, or the copy of x
 * made earlier in the same pass (memo[id(x)]; the originals kept alive lie under
 * id(memo), which no x has). */
static bool hook_memo_call(walker *w, TSNode args)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_named_child_count(args) != 2)
        return false;
    TSNode m = wk_unparen(w, wk_named_child(w, args, 1));
    if (ts_node_symbol(wk_named_child(w, args, 0)) == w->sym->keyword_argument ||
        ts_node_symbol(m) != w->sym->identifier)
        return false;
    for (TSNode p = wk_parent_of(w, args); !ts_node_is_null(p); p = wk_parent_of(w, p)) {
        TSSymbol k = ts_node_symbol(p);
        if (k == w->sym->lambda || k == w->sym->class_definition)
            return false;
        if (k != w->sym->function_definition)
            continue;
        if (!wk_eq(wk_ident(w, wk_child(w, p, "name")), "__deepcopy__"))
            return false;
        params ps = read_params(w, p);
        return ps.npos == 2 && same(ps.pos[1], wk_ident(w, m));
    }
    return false;
}

/* Does an import bind module copy or one of its names? */
static bool copy_imported(const walker *w)
{
    for (size_t i = 0; i < w->nbinds; i++)
        if (w->binds[i].kind != BIND_ALIAS && w->binds[i].module_len == 4 &&
            memcmp(w->binds[i].module, "copy", 4) == 0)
            return true;
    return w->nstar > 0;
}


/* `copy.deepcopy(x, memo)` with a __deepcopy__ hook's own memo (hook_memo_call),
 * told by the callee's name first: asked of every call the masks evaluate. */
__attribute__((noinline))
static bool deepcopy_memo_call(walker *w, TSNode f, TSNode args)
{
    struct wk_stores *s = w->stores;
    if (!s->deepcopy_text) /* once: most programs never import copy */
        s->deepcopy_text = copy_imported(w) && wk_text_has(w, "deepcopy") ? 1 : -1;
    if (s->deepcopy_text < 0)
        return false;
    uint32_t end = ts_node_end_byte(f); /* most callees end otherwise: no name built */
    if (end < 8 || memcmp(w->text + end - 8, "deepcopy", 8) != 0)
        return false;
    f = wk_unparen(w, f);
    TSSymbol k = ts_node_symbol(f);
    str name = k == w->sym->attribute    ? wk_ident(w, wk_child(w, f, "attribute"))
               : k == w->sym->identifier ? wk_ident(w, f)
                                          : (str){NULL, 0};
    str mod, fn;
    return name.len == 8 && wk_eq(name, "deepcopy") && module_function(w, f, &mod, &fn) &&
           wk_eq(mod, "copy") && wk_eq(fn, "deepcopy") && hook_memo_call(w, args);
}

static inline bool deepcopy_memo(walker *w, TSNode f, TSNode args)
{
    return w->stores && w->stores->deepcopy_text >= 0 && deepcopy_memo_call(w, f, args);
}

/* Is the one argument of args a module's list, dict or set exactly, named by
 * its path (keyword.kwlist, `from keyword import kwlist`)? */
static bool module_container_arg(walker *w, TSNode args)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        ts_node_named_child_count(args) != 1)
        return false;
    str mod, attr;
    TSNode a = wk_unparen(w, wk_named_child(w, args, 0));
    return module_function(w, a, &mod, &attr) &&
           an_rules_module_container(w->rules, mod.p, mod.len, attr.p, attr.len);
}

/* What a Rational's constructor reads off its argument (round 41a:
 * fractions.Fraction(x) of any numbers.Rational copies x.numerator and
 * x.denominator, and hands them back as as_integer_ratio()): whatever the
 * program binds under those names, one item in. Taken for fractions.Fraction
 * and for every class with a library base (a Fraction subclass's). */
static unsigned attr_mask(struct wk_stores *s, str attr, unsigned objm, int lvl);
static unsigned rational_reads(struct wk_stores *s, int lvl)
{
    return shl(attr_mask(s, (str){"numerator", 9}, 0, lvl) |
               attr_mask(s, (str){"denominator", 11}, 0, lvl));
}

static bool fraction_call(walker *w, TSNode f)
{
    str mod, fn;
    return module_function(w, f, &mod, &fn) && wk_eq(mod, "fractions") && wk_eq(fn, "Fraction");
}

/* Is f copy.copy or copy.deepcopy? */
static bool copy_call(walker *w, TSNode f)
{
    str mod, fn;
    return module_function(w, f, &mod, &fn) && wk_eq(mod, "copy") &&
           (wk_eq(fn, "copy") || wk_eq(fn, "deepcopy"));
}

/* Library calls known to build a new value that holds at most their arguments'
 * (and receiver's) parts at the same depth (`list(xs)`, `sorted(xs)`,
 * `copy.deepcopy(x)`, `csv.reader(f)`, `json.loads(t)`, a class's instance):
 * the one list the level-0 rule trusts. Every other library call may hand back
 * its arguments or any part of them (operator.getitem, heapq.heappop,
 * typing.assert_type, statistics.median_low, contextlib.closing, ExitStack's
 * push, itertools.repeat, chain.from_iterable, a queue's get_nowait): reviewed
 * by module, so that a function nobody listed passes its arguments on. */
static bool builds_new(walker *w, struct wk_stores *s, TSNode f, TSNode args, str name,
                       callee_kind ck)
{
    if (ck == CK_OTHER_METHOD || ck == CK_METHOD) {
        /* a copy, plain data, or text (str's and bytes' methods); a ChainMap's
         * new_child is its receiver's and argument's view (call_mask0's own case) */
        static const char *const made[] = {
            "copy",       "__new__",    "new_child",  "join",       "replace",      "partition",  "rpartition",
            "translate",  "expandtabs", "removeprefix", "removesuffix", "find",
            "rfind",      "rindex",     "hex",          "group",      "groups",
            "groupdict",  "span",       "start",        "end",        "keys",
            "values",     "items",      "most_common",  "elements",
            "union",      "intersection", "difference", "symmetric_difference"};
        return data_method(name) || wk_eq_any(name, made, sizeof made / sizeof made[0]);
    }
    if (ck != CK_MODULE)
        return false;
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->identifier && !module_name(w, s, name) &&
        !wk_bound_value(w, name)) {
        /* a builtin: the constructors and iterators over their argument */
        static const char *const builtins[] = {
            "list", "tuple", "set",    "frozenset", "dict", "bytearray", "bytes", "sorted",
            "reversed", "enumerate", "zip", "map",   "filter", "iter",   "range", "dir"};
        if (wk_eq(name, "map"))
            return plain_callable_at(w, s, args, 0);
        /* iter(f, sentinel) yields what f returns (round 36b: iter([sys.argv].pop,
         * None) yields sys.argv itself); with a splat, the form is unknown */
        if (wk_eq(name, "iter") && (!ts_node_is_null(nth_positional(w, args, 1)) ||
                                    ts_node_is_null(nth_positional(w, args, 0))))
            return plain_callable_at(w, s, args, 0) &&
                   !ts_node_is_null(nth_positional(w, args, 0));
        return wk_eq_any(name, builtins, sizeof builtins / sizeof builtins[0]);
    }
    str mod, fn;
    if (!module_function(w, f, &mod, &fn) || hands_back(mod, fn))
        return false;
    if (wk_eq(mod, "itertools") && wk_eq(fn, "starmap"))
        return plain_callable_at(w, s, args, 0);
    if (wk_eq(mod, "itertools") && wk_eq(fn, "accumulate"))
        return plain_callable_at(w, s, args, 1);
    /* groupby's key results are the groups' keys (round 40b: the key given by
     * position, as by keyword) */
    if (wk_eq(mod, "itertools") && wk_eq(fn, "groupby"))
        return plain_callable_at(w, s, args, 1);
    /* a class of the allowed modules, by what the audit found an instance holds
     * (rules/library-classes.txt): new, holding its arguments' parts
     * (library-copies), or its arguments themselves one level in
     * (library-holds: call_mask0 adds them); one that may hand an argument or
     * an argument's part back lifted, or that no marker built, passes them on.
     * Not ChainMap and the other views, whose items are what they wrap */
    an_rules_class lc = library_class(w, mod, fn);
    if (lc != AN_CLASS_NONE)
        return lc != AN_CLASS_PASSES && !view_name(fn);
    /* copy.deepcopy(x, memo) hands back what memo holds for x, but for the
     * hook's own memo (hook_memo_call) */
    if (wk_eq(mod, "copy"))
        return (ts_node_named_child_count(args) == 1 &&
                !ts_node_is_null(nth_positional(w, args, 0))) ||
               (wk_eq(fn, "deepcopy") && hook_memo_call(w, args));
    if (text_module(mod) || wk_eq(mod, "json"))
        return true;
    /* itertools' iterators (classes: the audit's) keep their arguments' parts
     * at the depth they had, but tee, which hands out its argument's iterator */
    if (wk_eq(mod, "itertools"))
        return !wk_eq(fn, "repeat") && !wk_eq(fn, "tee");
    static const char *const made[] = {"namedtuple", "nlargest", "nsmallest", "merge"};
    return (wk_eq(mod, "collections") || wk_eq(mod, "heapq")) &&
           wk_eq_any(fn, made, sizeof made / sizeof made[0]);
}

/* Is a logger of this dotted name one the library shares (getLogger's rule in
 * shared_call): the root, or a name whose first part is `py`, `root` or an
 * allowed module's (asyncio, concurrent.futures, py.warnings)? */
static bool library_logger_name(walker *w, str name)
{
    size_t head = 0;
    while (head < name.len && name.p[head] != '.')
        head++;
    str top = {name.p, head};
    return name.len == 0 || head == 0 || wk_eq(name, "root") || wk_eq(top, "py") ||
           wk_eq(top, "root") || an_rules_import_allowed(w->rules, top.p, top.len);
}

/* The full name of the logger expression e, when the checker can tell it:
 * `logging.getLogger()` (the root: "", its children are named by their suffix
 * alone), `logging.getLogger("x")`, `logging.getLogger(__name__)` ("__main__"),
 * `logging.Logger("x")` (unregistered, but its getChild asks the registry for
 * "x.suffix"), `L.getChild("y")` of one of these. Else {NULL, 0}. */
static str logger_path(walker *w, TSNode e, int depth)
{
    e = wk_unparen(w, e);
    if (depth > 8 || ts_node_symbol(e) != w->sym->call)
        return (str){NULL, 0};
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    TSNode args = wk_child(w, e, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return (str){NULL, 0};
    uint32_t na = ts_node_named_child_count(args);
    TSNode a0 = na == 1 ? wk_unparen(w, wk_named_child(w, args, 0)) : (TSNode){0};
    if (!ts_node_is_null(a0) && ts_node_symbol(a0) == w->sym->keyword_argument) {
        if (!wk_eq(wk_ident(w, wk_child(w, a0, "name")), "name"))
            return (str){NULL, 0};
        a0 = wk_unparen(w, wk_child(w, a0, "value"));
    }
    str lit = ts_node_is_null(a0) ? (str){NULL, 0} : wk_string_value(w, a0);
    if (!lit.p && !ts_node_is_null(a0) && ts_node_symbol(a0) == w->sym->identifier &&
        wk_eq(wk_ident(w, a0), "__name__"))
        lit = (str){"__main__", 8};
    str mod, fn;
    if (module_function(w, f, &mod, &fn) && wk_eq(mod, "logging")) {
        if (wk_eq(fn, "getLogger") && na == 0)
            return (str){"", 0};
        if (wk_eq(fn, "getLogger") || wk_eq(fn, "Logger"))
            return lit.p && !wk_eq(lit, "root") ? lit : (str){NULL, 0};
        return (str){NULL, 0};
    }
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "getChild") || !lit.p)
        return (str){NULL, 0};
    str parent = logger_path(w, wk_child(w, f, "object"), depth + 1);
    if (!parent.p)
        return parent;
    return parent.len == 0 ? lit : wk_join(w, parent, lit);
}

/* Does a call hand back an object the library shares, beyond shared_call's
 * functions? `getChild(suffix)` on any receiver (a Logger, made or
 * fetched) is `manager.getLogger(name + "." + suffix)`: the registry's logger,
 * judged by its full name as getLogger's is (shared when the name cannot be
 * told); calling a library enum class (`re.RegexFlag(2)`) looks up a member the
 * enum's module holds. Returns M_SELF for those: the value is reached through a
 * module. */
static unsigned shared_result(walker *w, TSNode f, TSNode args, str name, callee_kind ck)
{
    /* on any receiver: a logger reached through a lambda or a parameter is one too
     * (round 62), and a program's own getChild is judged as the library's */
    if ((ck == CK_METHOD || ck == CK_OTHER_METHOD) && wk_eq(name, "getChild")) {
        TSNode call = ts_node_is_null(args) ? args : wk_parent_of(w, args);
        str full = ts_node_is_null(call) ? (str){NULL, 0} : logger_path(w, call, 0);
        return !full.p || library_logger_name(w, full) ? M_SELF : 0;
    }
    if (ck == CK_MODULE) {
        /* the allowed modules' enum classes with members (public, module
         * level), by a scan of their classes */
        static const char *const enums[] = {"re.RegexFlag", "enum.EnumCheck",
                                            "enum.FlagBoundary"};
        str mod, fn;
        if (!module_function(w, f, &mod, &fn) || fn.len == 0 || fn.p[0] < 'A' || fn.p[0] > 'Z')
            return 0;
        for (size_t i = 0; i < sizeof enums / sizeof enums[0]; i++) {
            size_t n = strlen(enums[i]);
            if (n == mod.len + 1 + fn.len && memcmp(enums[i], mod.p, mod.len) == 0 &&
                enums[i][mod.len] == '.' && memcmp(enums[i] + mod.len + 1, fn.p, fn.len) == 0)
                return M_SELF;
        }
    }
    return 0;
}

static unsigned mask(walker *w, struct wk_stores *s, TSNode n, int lvl, int depth);

static bool referenced(walker *w, struct wk_stores *s, str name);

/* Is the first parameter of def (a classmethod's cls) only ever called in its body
 * (`return cls([...])`, issue 13, round 15: honest15 p08's `Matrix.identity`)? It is
 * then never handed on, bound or read through: the classmethod makes an instance
 * and gives the library no class to instantiate. */
static bool cls_only_called(walker *w, TSNode def)
{
    const an_syms *y = w->sym;
    TSNode ps = wk_child(w, def, "parameters");
    TSNode p0 = ts_node_is_null(ps) ? ps : wk_named_child(w, ps, 0);
    if (ts_node_is_null(p0) || ts_node_symbol(p0) != y->identifier)
        return false;
    str name = wk_ident(w, p0);
    const an_node *t = an_nodes_get(w->nodes);
    size_t b = an_nodes_find(w->nodes, wk_child(w, def, "body"));
    if (b == AN_NODES_NONE)
        return false;
    for (size_t i = b; i < t[b].end; i++) {
        if (t[i].sym != y->identifier)
            continue;
        str n = wk_ident(w, t[i].node);
        if (n.len != name.len || memcmp(n.p, name.p, name.len) != 0)
            continue;
        TSNode up = wk_parent_of(w, t[i].node);
        if (ts_node_is_null(up) || ts_node_symbol(up) != y->call ||
            !ts_node_eq(wk_child(w, up, "function"), t[i].node))
            return false;
    }
    return true;
}

/* Does class statement ci, or a program class deriving from it, reach the library
 * as a type the library instantiates itself (ConfigParser(dict_type=K),
 * defaultdict(K), object_pairs_hook=K)? Its name is read as a value somewhere
 * (note_reference: an argument, a binding, a display), or one of the family has
 * a method whose first parameter is the class (a classmethod, __new__,
 * __init_subclass__, __class_getitem__), which may hand it on. Only a class whose
 * container hook returns a suspect value asks, so the cost stays with those. */
static bool family_given(walker *w, struct wk_stores *s, size_t ci)
{
    size_t n = s->nclasses;
    if (ci >= n || !s->classnames)
        return true;
    bool *in = calloc(n, sizeof *in);
    if (!in) {
        w->oom = true;
        return true;
    }
    in[ci] = true;
    for (bool grew = true; grew;) { /* the subclasses, by their bases' names */
        grew = false;
        for (size_t i = 0; i < n; i++) {
            TSNode bases = wk_child(w, s->classes[i], "superclasses");
            uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
            for (uint32_t j = 0; j < nb && !in[i]; j++) {
                TSNode b = wk_named_child(w, bases, j);
                if (ts_node_symbol(b) != w->sym->identifier)
                    continue;
                for (size_t k = 0; k < n && !in[i]; k++)
                    if (in[k] && same(s->classnames[k], wk_ident(w, b)))
                        grew = in[i] = true;
            }
        }
    }
    static const char *const cls_first[] = {"__new__", "__init_subclass__", "__class_getitem__"};
    bool given = false;
    for (size_t i = 0; i < n && !given; i++) {
        if (!in[i])
            continue;
        given = referenced(w, s, s->classnames[i]);
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t nc = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t j = 0; j < nc && !given; j++) {
            TSNode d = wk_named_child(w, body, j);
            if (ts_node_symbol(d) == w->sym->function_definition) {
                given = wk_eq_any(wk_ident(w, wk_child(w, d, "name")), cls_first,
                                  sizeof cls_first / sizeof cls_first[0]);
                continue;
            }
            if (ts_node_symbol(d) != w->sym->decorated_definition)
                continue;
            for (uint32_t k = 0; k < ts_node_named_child_count(d) && !given; k++) {
                TSNode e = wk_named_child(w, d, k);
                if (ts_node_symbol(e) == w->sym->decorator) {
                    TSNode x = wk_unparen(w, wk_named_child(w, e, 0));
                    TSNode def = wk_child(w, d, "definition");
                    given = ts_node_symbol(x) == w->sym->identifier &&
                            wk_eq(wk_ident(w, x), "classmethod") &&
                            !(ts_node_named_child_count(d) == 2 && !ts_node_is_null(def) &&
                              ts_node_symbol(def) == w->sym->function_definition &&
                              cls_only_called(w, def));
                } else if (ts_node_symbol(e) == w->sym->function_definition) {
                    given = wk_eq_any(wk_ident(w, wk_child(w, e, "name")), cls_first,
                                      sizeof cls_first / sizeof cls_first[0]);
                }
            }
        }
    }
    free(in);
    return given;
}

/* Adds a store of form `form` for every `return V` in node's body, not in
 * nested functions or classes (what a factory def returns). */
static void factory_returns(walker *w, TSNode node, str name, unsigned form, int depth)
{
    if (depth > 64) {
        too_deep(w);
        return;
    }
    uint32_t n = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = ts_node_named_child(node, i);
        TSSymbol k = ts_node_symbol(c);
        if (k == w->sym->function_definition || k == w->sym->lambda ||
            k == w->sym->class_definition || k == w->sym->decorated_definition)
            continue;
        if (k == w->sym->return_statement) {
            TSNode v = wk_named_child(w, c, 0);
            if (!ts_node_is_null(v) && ts_node_symbol(v) != w->sym->comment)
                queue_store(w, c, v, name, form);
            continue;
        }
        factory_returns(w, c, name, form, depth + 1);
    }
}

/* Does class statement ci derive, by its bases' names at any remove through the
 * program's classes, from a library class with a factory parameter by
 * position (factory_position)? Then its calls hand that argument on. */
static int factory_class(walker *w, struct wk_stores *s, size_t ci, str *kw, int depth)
{
    TSNode bases = wk_child(w, s->classes[ci], "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t j = 0; j < nb && depth < 16; j++) {
        TSNode b = wk_unparen(w, wk_named_child(w, bases, j));
        TSSymbol bk = ts_node_symbol(b);
        str bn = bk == w->sym->attribute    ? wk_ident(w, wk_child(w, b, "attribute"))
                 : bk == w->sym->identifier ? wk_ident(w, b)
                                            : (str){NULL, 0};
        int pos = factory_position(bn, kw);
        if (pos >= 0)
            return pos;
        for (size_t k = 0; k < s->nclasses && bk == w->sym->identifier; k++)
            if (k != ci && same(s->classnames[k], bn) &&
                (pos = factory_class(w, s, k, kw, depth + 1)) >= 0)
                return pos;
    }
    return -1;
}

/* Resolves the factory sites (SF_FSITE) once the defs and classes are known:
 * a lambda's body, or every `return` of the defs of that name, becomes a
 * store the library makes into what the factory returns (SF_FACTORY0 for
 * dict_type's item writes, SF_FACTORY1 for resultclass's attribute writes),
 * judged by where it may come from; a class is given to the library as a type
 * (its container hooks are give_hook's, family H'), as is a library class or
 * `dict`, `list`, `set`; any other callable (a library function, a variable,
 * a bound method, a call's result, a decorated def or one also bound
 * otherwise) is one the checker cannot see through: refused. */
static void factory_sites(walker *w, struct wk_stores *s)
{
    size_t nst = s->nst;
    bool any = false;
    for (size_t i = 0; i < nst && !any; i++)
        any = s->st[i].form == SF_FSITE;
    /* calls of the program's subclasses, with the factory by position */
    for (size_t ci = 0; ci < s->nclasses && s->classnames; ci++) {
        str kw;
        int pos = factory_class(w, s, ci, &kw, 0);
        for (size_t c = 0; pos >= 0 && c < s->ncalls; c++) {
            TSNode f = wk_unparen(w, wk_child(w, s->calls[c], "function"));
            if (ts_node_symbol(f) != w->sym->identifier ||
                !same(wk_ident(w, f), s->classnames[ci]))
                continue;
            TSNode v = positional_arg(w, s->calls[c], pos);
            if (!ts_node_is_null(v))
                factory_site(w, s->calls[c], v, kw);
        }
    }
    if (!any && s->nst == nst)
        return;
    nst = s->nst;
    for (size_t i = 0; i < nst && !w->oom; i++) {
        if (s->st[i].form != SF_FSITE)
            continue;
        str name = s->st[i].name;
        unsigned form = name.p[0] == 'd' ? SF_FACTORY0 : SF_FACTORY1;
        TSNode v = wk_unparen(w, s->st[i].obj);
        TSSymbol k = ts_node_symbol(v);
        s->st[i].form = SF_SKIP;
        if (k == w->sym->lambda) {
            s->st[i].form = (uint8_t)form;
            s->st[i].obj = wk_child(w, v, "body");
            continue;
        }
        str vn = k == w->sym->identifier ? wk_ident(w, v) : (str){NULL, 0};
        if (vn.p && in_names(s->classnames, s->nclasses, vn))
            continue; /* the program's class: its hooks are family_given's */
        /* the defs of that name, and nothing else binding it (the census counts
         * each def as one binding) */
        size_t nd = 0;
        for (size_t d = 0; vn.p && d < s->ndefs; d++)
            nd += same(s->defnames[d], vn);
        wk_census c = {0};
        if (vn.p)
            c = wk_take_census(w, vn);
        if (nd && c.classdefs == 0 && c.other <= nd &&
            !in_names(s->decorated, s->ndecorated, vn)) {
            for (size_t d = 0; d < s->ndefs; d++)
                if (same(s->defnames[d], vn))
                    factory_returns(w, wk_child(w, s->defs[d], "body"), name, form, 0);
            continue;
        }
        str mod, fn;
        if ((k == w->sym->attribute ||
             (k == w->sym->identifier && wk_import_only(w, wk_ident(w, v)))) &&
            module_function(w, v, &mod, &fn) && library_class(w, mod, fn) != AN_CLASS_NONE)
            continue; /* a library class (a name bound by its import alone): a new
                       * instance each call */
        static const char *const builtin[] = {"dict", "list", "set"};
        if (vn.p && wk_eq_any(vn, builtin, 3) && nd == 0 && c.other == 0 && c.classdefs == 0 &&
            !wk_bound_value(w, vn))
            continue;
        wk_report(w, s->st[i].at, "store",
                  "'%.*s' is a callable whose return the library writes into (ConfigParser "
                  "fills the dicts dict_type() makes, TextTestRunner sets attributes on what "
                  "resultclass(...) returns), and the checker cannot see what this one returns: "
                  "pass a class (dict, collections.OrderedDict, a class of your own), or a def "
                  "or lambda that returns a new object",
                  (int)name.len, name.p);
    }
}

/* Is recv, the receiver of an attribute store of name, an object whose
 * attributes a library class's code may read and write into, though nothing
 * makes it library-made (made_classes leaves out collections, a plain module,
 * whose classes hold no shared state)? The wrappers of collections (UserList,
 * UserDict, UserString, ChainMap) keep what the program stores under .data or
 * .maps and their methods write into it: `self.data = keyword.kwlist;
 * self.append(x)` in a UserList subclass, or in a base-less class C when
 * `class E(C, UserList)` puts the wrapper after C in the MRO. So: the receiver
 * (`self`, a classmethod's `cls`) of a method of a class that is not closed
 * (wk_is_closed_class: a class of the library, a variable base, may be in the
 * MRO of its instances); and, for the wrappers' own attributes, any receiver
 * once the program has a class that is not closed (`o = self; o.data = V`). */
static bool open_receiver(walker *w, struct wk_stores *s, TSNode recv, str name)
{
    recv = wk_unparen(w, recv);
    if (ts_node_is_null(recv))
        return false;
    if ((wk_eq(name, "data") || wk_eq(name, "maps")) && wk_any_open_class(w))
        return true;
    if (ts_node_symbol(recv) != w->sym->identifier)
        return false;
    uint32_t at = ts_node_start_byte(recv);
    size_t lo = 0, hi = s->nself_reads; /* in document order: sorted */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->self_reads[mid].at < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= s->nself_reads || s->self_reads[lo].at != at)
        return false;
    uint32_t cls = s->self_reads[lo].cls;
    return cls >= s->nclasses || !wk_is_library_free_class(w, s->classes[cls]);
}

/* Is give_site's store st a value reached through a module handed to library
 * code that may write into it? The value (iter containers deep) may be one,
 * and the library finds it: an attribute a library class may hold (listed in
 * library-attributes.txt), set on a library-made object or bound in the body
 * of a class whose bases reach a library class, or answered by a decorated def
 * of that name written in such a class body (a property's getter); what `__copy__`
 * or `__deepcopy__` returns in any class (UserDict.copy updates it, argparse
 * appends to it). Every mask is taken, whatever decides, so that the keys it
 * reads are marked for the fixpoint. The other hooks a library base calls are
 * not judged here: their parameters may be anything (the library's values,
 * what every hook returns), so what they return would be judged on the
 * library's own values (`return sorted(o)` in JSONEncoder.default). */
static bool enclosing_parameter(walker *w, TSNode e);
static bool view_class(str mod, str fn);

/* Is recv an instance a class of the allowed modules made: a call of one
 * (`random.Random()`, `configparser.ConfigParser()`), or a name bound once to
 * such a call? Not a wrapper (ChainMap, the User* classes): what it wraps is read
 * back through wrapped_mask. */
static bool library_instance(walker *w, TSNode recv)
{
    recv = wk_unparen(w, recv);
    if (ts_node_symbol(recv) == w->sym->identifier && !enclosing_parameter(w, recv)) {
        TSNode as = wk_sole_assignment(w, wk_ident(w, recv));
        recv = ts_node_is_null(as) ? as : wk_unparen(w, wk_child(w, as, "right"));
    }
    if (ts_node_is_null(recv) || ts_node_symbol(recv) != w->sym->call)
        return false;
    str mod, fn; /* not a wrapper, whose items are read as what .data holds */
    return module_function(w, wk_child(w, recv, "function"), &mod, &fn) &&
           library_class(w, mod, fn) != AN_CLASS_NONE && !view_class(mod, fn);
}

/* Does recv name a class statement whose attributes library code may read: a
 * class reaching a library class, or one that is not closed (a builtin base's
 * or a wrapper's methods, a variable base)? */
static bool library_read_class_name(walker *w, struct wk_stores *s, TSNode recv)
{
    recv = wk_unparen(w, recv);
    if (ts_node_is_null(recv) || ts_node_symbol(recv) != w->sym->identifier)
        return false;
    str name = wk_ident(w, recv);
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], name) &&
            ((s->lib_classes && s->lib_classes[i]) ||
             !wk_is_library_free_class(w, s->classes[i])))
            return true;
    return false;
}

static bool give_judged(walker *w, struct wk_stores *s, const st_store *st)
{
    unsigned vm = mask(w, s, st->obj, 0, 0) >> st->iter;
    bool given = vm & M_SELF;
    TSSymbol k = ts_node_symbol(st->at);
    if (k == w->sym->attribute || k == w->sym->call) { /* obj.E = v, setattr(obj, "E", v) */
        TSNode args = k == w->sym->call ? wk_child(w, st->at, "arguments") : (TSNode){0};
        TSNode recv = k == w->sym->attribute ? wk_child(w, st->at, "object")
                                             : wk_named_child(w, args, 0);
        bool made = mask(w, s, recv, 1, 0) & M_MADE;
        /* an object a library class made, however it is reached (a parameter,
         * self of a subclass: round 40a): the library reads what it holds under
         * a name of its own and hands parts of it back (round 38b: getboolean
         * answers BOOLEAN_STATES[value], Random's gauss answers gauss_next *
         * sigma), so a module's value at any depth of it is given */
        if (made || library_instance(w, recv)) {
            made = true;
            given = vm & M_ALL;
        }
        /* `K.x = V` on a class statement's name is judged as the body's `x = V`
         * (round 41a: `K.numerator = sys.argv` for `class K(int)`) */
        if (!made && library_read_class_name(w, s, recv))
            made = true;
        if (!made && open_receiver(w, s, recv, st->name)) {
            made = true;
            /* a ChainMap writes into maps[0]: the elements are handed over */
            if (wk_eq(st->name, "maps"))
                given = vm & (M_SELF | shl(M_SELF));
        }
        return given && made && an_rules_library_attribute(s->rules, st->name.p, st->name.len);
    }
    if (!given)
        return false;
    unsigned hook_iter;
    if (k != w->sym->identifier && give_hook(st->name, &hook_iter))
        /* a copy hook's return, in any class; a container hook's, in a class the
         * library may instantiate itself */
        return wk_eq(st->name, "__copy__") || wk_eq(st->name, "__deepcopy__") || !st->cls ||
               family_given(w, s, st->cls - 1);
    /* a class body's binding, or a decorated def's return there: in a class
     * reaching a library class, or one that is not closed (a wrapper of
     * collections, a plain module's class, may sit in its MRO and find it) */
    return st->cls && st->cls <= s->nclasses &&
           ((s->lib_classes && s->lib_classes[st->cls - 1]) ||
            !wk_is_library_free_class(w, s->classes[st->cls - 1])) &&
           an_rules_library_attribute(s->rules, st->name.p, st->name.len);
}

/* Is f the builtin super (never rebound), called in args? Then *m is what the
 * proxy stands for: the object it is bound to (the enclosing def's first
 * parameter for `super()` written directly in a def, the second argument of
 * `super(C, obj)`), library-made (its attributes are a base's). Its methods act
 * on that object (`super().__setitem__(k, v)` in a UserDict subclass writes
 * self's data), and it is no value a library hook returned. */
static bool super_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl, int depth,
                       unsigned *m)
{
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "super") ||
        ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    str name = wk_ident(w, f);
    if (module_name(w, s, name) || find_key(s, name) || in_names(s->defnames, s->ndefs, name) ||
        wk_bound_value(w, name))
        return false;
    uint32_t na = ts_node_named_child_count(args);
    TSNode obj = {0};
    if (na == 2) {
        obj = ts_node_named_child(args, 1);
    } else if (na == 0) {
        TSNode up = wk_parent_of(w, args); /* the call */
        while (!ts_node_is_null(up) && ts_node_symbol(up) != w->sym->function_definition) {
            TSSymbol us = ts_node_symbol(up);
            if (us == w->sym->lambda || us == w->sym->class_definition ||
                us == w->sym->list_comprehension || us == w->sym->set_comprehension ||
                us == w->sym->generator_expression ||
                strcmp(ts_node_type(up), "dictionary_comprehension") == 0)
                return false;
            up = wk_parent_of(w, up);
        }
        TSNode ps = ts_node_is_null(up) ? up : wk_child(w, up, "parameters");
        obj = ts_node_is_null(ps) ? ps : ts_node_named_child(ps, 0);
        if (ts_node_is_null(obj) || ts_node_symbol(obj) != w->sym->identifier)
            return false; /* no plain first parameter: as before */
    } else {
        return false;
    }
    if (ts_node_is_null(obj) || ts_node_symbol(obj) == w->sym->keyword_argument ||
        ts_node_symbol(obj) == w->sym->list_splat || ts_node_symbol(obj) == w->sym->comment)
        return false;
    *m = mask(w, s, obj, lvl, depth + 1) | M_MADE;
    return true;
}

/* What a library method of this name hands back as it is of an attribute it
 * reads, on its receiver or on an object reached from it: Logger's
 * getEffectiveLevel answers the first true `.level` up the `.parent` chain, and
 * the program may set a parent of its own whose level is anything (round 40a).
 * So its value is a read of that attribute: what the program binds under the
 * name anywhere, and a library-made receiver's own. */
static unsigned attr_mask(struct wk_stores *s, str attr, unsigned objm, int lvl);
static unsigned getter_attr_mask(struct wk_stores *s, str name, unsigned objm, int lvl)
{
    if (!wk_eq(name, "getEffectiveLevel"))
        return 0;
    return attr_mask(s, (str){"level", 5}, objm, lvl);
}

/* What a library method of this name reads back and hands out: an attribute
 * (getter_attr_mask) or random's kept state (random_state_mask). */
static unsigned read_back_mask(walker *w, struct wk_stores *s, str name, unsigned objm, int lvl)
{
    return getter_attr_mask(s, name, objm, lvl) | random_state_mask(w, name);
}

/* Is f collections.defaultdict (under any allowed module's name for it)? */
static bool defaultdict_call(walker *w, TSNode f)
{
    str mod, fn;
    return module_function(w, f, &mod, &fn) && wk_eq(fn, "defaultdict") &&
           library_class(w, mod, fn) != AN_CLASS_NONE;
}

/* What a defaultdict(factory, items...) holds, reviewed by hand (the audit
 * finds it lifts: `defaultdict(None, [("k", X)])["k"]` is X, as dict(pairs)):
 * its items are what the factory returns, and its other positional arguments'
 * items, or their pairs' values one level up. The factory itself is held as an
 * attribute (default_factory): a class of the allowed modules there makes a new
 * instance for each missing key (none of them answers a call without arguments
 * with a shared object), so it counts as a library-made item; any other
 * callable's value is held one level in (a def's or lambda's results come back
 * through what functions used as values return). Keywords are handed on
 * (call_mask0's keyword rule). */
static unsigned defaultdict_mask(walker *w, struct wk_stores *s, TSNode args, int depth)
{
    uint32_t n = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                     ? 0
                     : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        if (ts_node_symbol(ts_node_named_child(args, i)) != w->sym->list_splat)
            continue;
        unsigned all = 0; /* a splat: anything goes anywhere */
        for (uint32_t j = 0; j < n; j++)
            all |= mask(w, s, ts_node_named_child(args, j), 0, depth + 1);
        return spread(all);
    }
    unsigned m = 0;
    for (int i = 0;; i++) {
        TSNode a = nth_positional(w, args, i);
        if (ts_node_is_null(a))
            break;
        unsigned am = mask(w, s, a, 0, depth + 1);
        str mod, fn;
        if (i > 0)
            m |= ((am | elems(am)) & ~M_TOP);
        else if (module_function(w, a, &mod, &fn) && library_class(w, mod, fn) != AN_CLASS_NONE)
            m |= shl(M_MADE);
        else
            m |= shl(am) | (am & ~M_TOP);
    }
    return m;
}

/* What calling f may return at level 0 (item stores and mutating calls: a
 * container a library call returns is new, `list(sys.argv)`, `sorted(xs)`,
 * `d.copy()`, and holds at most its arguments' and receiver's parts, at the
 * same depth): what the program's own functions return (a def, a method, a
 * lambda or def through a variable, a class's __new__), what the library
 * hands back from the program's hooks and from functions used as values, and
 * for an accessor an argument or an element. A subset of call_mask's answer
 * at every step (the fixpoint evaluates level 0 only where level 1 is set). */
static bool fresh_container_call(walker *w, struct wk_stores *s, TSNode f, TSNode args);

/* dataclasses.field(default=D, default_factory=F, ...) in a class body (the only
 * place names.c lets it stand): under @dataclass the class attribute becomes D,
 * or is deleted when only F is given, and each instance's attribute starts as D
 * or as what the generated __init__'s F() returns; without @dataclass the
 * attribute is the Field itself, an object the library made (M_MADE: what its
 * attributes hold, D, F and metadata among them, counts as reached through a
 * module when read). So the value is D's as it is, and F's result: a class of
 * the allowed modules (named by its import alone) called without arguments
 * makes a new instance (none answers with a shared object: defaultdict_mask's
 * review) that is library-made;
 * any other F (a module function such as logging.getLogger may hand back a
 * shared object, a partial its arguments) keeps what it is given anywhere, as
 * every library call's arguments do. field() takes keywords only; its other
 * keywords (init, repr, hash, compare, metadata, kw_only) are kept in the Field,
 * never made the attribute's value. A positional argument or a splat is judged
 * as any library call's argument (handed back, any part of it). */
static bool dataclass_field(walker *w, TSNode f)
{
    str mod, fn;
    return module_function(w, f, &mod, &fn) && wk_eq(fn, "field") && wk_eq(mod, "dataclasses");
}

/* The module and name of a library class e names by its import alone (a name
 * the program binds again holds the program's object) or through a module
 * path bound by module imports alone. */
static bool library_class_named(walker *w, TSNode e, str *mod, str *fn)
{
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == w->sym->attribute) {
        *mod = wk_module_path_only(w, wk_child(w, e, "object"));
        *fn = wk_ident(w, wk_child(w, e, "attribute"));
        return mod->p != NULL;
    }
    if (ts_node_symbol(e) != w->sym->identifier)
        return false;
    const binding *b = wk_import_only(w, wk_ident(w, e));
    if (!b || !b->module || !b->attr)
        return false;
    *mod = (str){b->module, b->module_len};
    *fn = (str){b->attr, b->attr_len};
    return true;
}

/* Does a dataclasses.field(...) call with these arguments hand its attribute a
 * value some code of the program or the library made? Not when it has only
 * keywords and its default_factory, if any, is a builtin class the program does
 * not rebind (list, dict, set, ...: a new empty value) or a library class named
 * by its import alone: the Field, D and that new value are all field_mask
 * counts (honest23 p15, `tags: set = field(default_factory=set)`). Otherwise
 * F() may be what an escaping function or a library hook returns. */
static bool field_runs_code(walker *w, struct wk_stores *s, TSNode args)
{
    static const char *const fresh[] = {"list",  "dict",      "set",   "frozenset", "tuple",
                                        "bytearray", "str",   "bytes", "int",       "float",
                                        "complex",   "bool",  "object"};
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return !ts_node_is_null(args); /* a lone generator */
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == w->sym->comment)
            continue;
        if (ts_node_symbol(a) != w->sym->keyword_argument)
            return true;
        if (!wk_eq(wk_ident(w, wk_child(w, a, "name")), "default_factory"))
            continue;
        TSNode v = wk_unparen(w, wk_child(w, a, "value"));
        str mod, fn;
        if (ts_node_symbol(v) == w->sym->identifier &&
            wk_eq_any(wk_ident(w, v), fresh, sizeof fresh / sizeof fresh[0]) &&
            unshadowed(w, s, wk_ident(w, v)))
            continue;
        if (!(library_class_named(w, v, &mod, &fn) &&
              library_class(w, mod, fn) != AN_CLASS_NONE))
            return true;
    }
    return false;
}

static unsigned field_mask(walker *w, struct wk_stores *s, TSNode args, int lvl, int depth)
{
    /* the Field object itself stays only in a class @dataclass does not
     * process; under @dataclass alone the attribute is D or F's result */
    TSNode cls = args;
    while (!ts_node_is_null(cls) && ts_node_symbol(cls) != w->sym->class_definition &&
           ts_node_symbol(cls) != w->sym->function_definition)
        cls = wk_parent_of(w, cls);
    unsigned m = !ts_node_is_null(cls) && ts_node_symbol(cls) == w->sym->class_definition &&
                         wk_class_is_dataclass(w, cls)
                     ? 0
                     : M_MADE;
    uint32_t n = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                     ? 0
                     : ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol as = ts_node_symbol(a);
        if (as == w->sym->comment)
            continue;
        if (as != w->sym->keyword_argument) {
            m |= spread(mask(w, s, a, lvl, depth + 1));
            continue;
        }
        str kw = wk_ident(w, wk_child(w, a, "name"));
        TSNode v = wk_child(w, a, "value");
        str mod, fn;
        if (wk_eq(kw, "default"))
            m |= mask(w, s, v, lvl, depth + 1);
        else if (!wk_eq(kw, "default_factory"))
            continue;
        else if (library_class_named(w, v, &mod, &fn) && library_class(w, mod, fn) != AN_CLASS_NONE)
            m |= M_MADE;
        else
            m |= spread(mask(w, s, v, lvl, depth + 1));
    }
    return m;
}

/* Is string node e free of fields (an f-string's interpolation), in its parts too? */
static bool no_interpolation(walker *w, TSNode e)
{
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < n; i++) {
        TSNode c = wk_named_child(w, e, i);
        TSSymbol ck = ts_node_symbol(c);
        if (ck == w->sym->interpolation ||
            ((ck == w->sym->string || ck == w->sym->concatenated_string) &&
             !no_interpolation(w, c)))
            return false;
    }
    return true;
}

/* A method called on a string or bytes literal without fields: an exact str or
 * bytes (an f-string's lone field may be any str subclass __format__ made, with
 * methods of the program's). CPython builds these methods' values for the
 * call: new text or bytes, or the receiver itself or join's one item when that
 * is an exact str (unicode_result_unchanged, PyUnicode_CheckExact: immutable
 * text, holding no namespace), a number, a bool, or a new list of new text.
 * What the arguments' hooks hand in (join's items, a fill character) is
 * copied into the result. So the value holds nothing reached through a module
 * at any depth. The public methods of str and bytes in python3 3.11 but those
 * that may hand back an object they were given or a hook made: maketrans keeps
 * its table's values (`"".maketrans({"a": re.I})[97]` is re.I), partition and
 * rpartition put their separator object itself into the tuple, format and
 * format_map return a lone field's __format__ result as it is (any str
 * subclass), translate writes what the table's __getitem__ answers, and
 * encode and decode what an error handler answers. */
static bool exact_text_method(str name)
{
    static const char *const names[] = {
        "capitalize", "casefold",   "center",       "count",     "endswith",     "expandtabs",
        "find",       "fromhex",    "hex",          "index",     "isalnum",      "isalpha",
        "isascii",    "isdecimal",  "isdigit",      "isidentifier", "islower",   "isnumeric",
        "isprintable", "isspace",   "istitle",      "isupper",   "join",         "ljust",
        "lower",      "lstrip",     "removeprefix", "removesuffix", "replace",   "rfind",
        "rindex",     "rjust",      "rsplit",       "rstrip",    "split",        "splitlines",
        "startswith", "strip",      "swapcase",     "title",     "upper",        "zfill"};
    return wk_eq_any(name, names, sizeof names / sizeof names[0]);
}

static bool literal_text_method(walker *w, TSNode f)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object"));
    TSSymbol k = ts_node_symbol(o);
    return (k == w->sym->string || k == w->sym->concatenated_string) && no_interpolation(w, o) &&
           exact_text_method(wk_ident(w, wk_child(w, f, "attribute")));
}

static bool unbound_builtin(walker *w, str name);

/* `str.maketrans(x, y[, z])` (or through a text literal): a new dict of code
 * points to code points or None, read from text without running code; the
 * one-argument form hands its dict's values back and is not this. */
static bool maketrans_call(walker *w, TSNode f, TSNode args)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->attribute ||
        !wk_eq(wk_ident(w, wk_child(w, f, "attribute")), "maketrans"))
        return false;
    TSNode o = wk_unparen(w, wk_child(w, f, "object")), argv[3];
    TSSymbol k = ts_node_symbol(o);
    if (!(k == w->sym->identifier && wk_eq(wk_ident(w, o), "str") && unbound_builtin(w, wk_ident(w, o))) &&
        !((k == w->sym->string || k == w->sym->concatenated_string) && no_interpolation(w, o)))
        return false;
    size_t argc = 0;
    return wk_plain_args(w, args, argv, 3, &argc) && argc >= 2;
}

static bool immutable_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen);

/* Is receiver o surely an exact str or bytes, or another exact immutable
 * builtin value (immutable_expr: literals without interpolation, names every
 * binding of which is one, their operators), or such text's exact-text method
 * called on one (`line.strip().split()`)? Only then does a text method's name
 * (fresh_method) say what the call does: any other object may bind `split` or
 * `decode` to its own callable (SimpleNamespace(split=f), a JSONDecoder's
 * decode returning its object_hook's result). */
static bool text_receiver0(walker *w, struct wk_stores *s, TSNode o, int depth);

/* text_receiver0 from the top (depth 0, where the answer is the node's alone):
 * what it reads (the tree, the census, the keys' events, no mask) is settled
 * once the judgement runs (s->marking), so it is kept from then on. */
static bool text_receiver(walker *w, struct wk_stores *s, TSNode o)
{
    struct st_node_memo *m = s->marking && o.id ? &s->text_memo[memo_slot(o.id, 7)] : NULL;
    if (m && m->ok && m->id == o.id)
        return m->ok == 1;
    bool ok = text_receiver0(w, s, o, 0);
    if (m)
        *m = (struct st_node_memo){o.id, NULL, ok ? 1 : 2};
    return ok;
}

static bool text_receiver0(walker *w, struct wk_stores *s, TSNode o, int depth)
{
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 8)
        return false;
    if (ts_node_symbol(o) == w->sym->call) {
        TSNode f = wk_unparen(w, wk_child(w, o, "function"));
        if (ts_node_symbol(f) == w->sym->attribute &&
            exact_text_method(wk_ident(w, wk_child(w, f, "attribute"))))
            return text_receiver0(w, s, wk_child(w, f, "object"), depth + 1);
    }
    str seen[8];
    return immutable_expr(w, s, o, seen, 0);
}

static unsigned attr_mask(struct wk_stores *s, str attr, unsigned objm, int lvl);

/* Is name a builtin's (bound by no statement of the program: its census)? */
static bool unbound_builtin(walker *w, str name)
{
    static const char *const builtins[] = {"list", "dict", "set", "int", "str", "float", "tuple",
                                           "frozenset", "bool", "bytes", "object", "type"};
    if (!wk_eq_any(name, builtins, sizeof builtins / sizeof builtins[0]))
        return false;
    wk_census c = wk_take_census(w, name);
    return c.classdefs == 0 && c.other == 0;
}

static bool pristine_builtin(walker *w, struct wk_stores *s, str name);

/* Is `obj.an` a class's __name__ or __qualname__, with obj surely a class: a
 * call of the builtin type with one argument, or an attribute `x.__class__`? */
static bool class_name_read(walker *w, TSNode obj, str an)
{
    if (!wk_eq(an, "__name__") && !wk_eq(an, "__qualname__"))
        return false;
    obj = wk_unparen(w, obj);
    TSSymbol k = ts_node_symbol(obj);
    if (k == w->sym->attribute) /* a __getattribute__ of the program's answers it too */
        return wk_eq(wk_ident(w, wk_child(w, obj, "attribute")), "__class__") &&
               !wk_text_has(w, "__getattribute__");
    if (k != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, obj, "function"));
    TSNode args = wk_child(w, obj, "arguments");
    return ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "type") &&
           unbound_builtin(w, wk_ident(w, f)) && !ts_node_is_null(args) &&
           ts_node_named_child_count(args) == 1 &&
           ts_node_symbol(wk_named_child(w, args, 0)) != w->sym->list_splat &&
           ts_node_symbol(wk_named_child(w, args, 0)) != w->sym->dictionary_splat;
}

/* Is receiver o surely an object whose method `name` is the builtin's or the
 * library class's own: an exact list, dict, set, tuple or frozenset (a display
 * or comprehension, a call of one of those builtins never bound by the
 * program), a builtin class named by its unbound name (`object.__new__(cls)`,
 * `dict.copy(d)`), for new_child a collections.ChainMap(...) (its instances
 * hold only .maps; an attribute the program stores on one is attr_mask's), or
 * a name the whole program binds once, by `name = V` with V one of these? An
 * exact builtin container has no instance attributes. Not collections' other
 * classes: an OrderedDict or a Counter takes attributes (`c.copy = f`). */
static bool own_method_receiver0(walker *w, struct wk_stores *s, TSNode o, str name, int depth);


static unsigned all_keys(struct wk_stores *s, int lvl);

/* Is every argument of the list exact text or another immutable builtin value
 * (text_receiver): nothing whose methods are the program's? */
static bool text_args(walker *w, struct wk_stores *s, TSNode args)
{
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->comment)
            continue;
        if (k == w->sym->keyword_argument)
            a = wk_child(w, a, "value");
        else if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
            return false;
        if (!text_receiver(w, s, a))
            return false;
    }
    return true;
}

/* The keys of the names library code calls as methods of what it is handed
 * (library-duck-calls.txt: the calls with arguments; the text modules' functions
 * hand back as it is no other method's result, `bs.decode()` in
 * urllib.parse.quote_from_bytes being the one without arguments) that the program
 * binds otherwise than by a def of a class body: a class body's `translate = f`,
 * `K.m = f`, `self.join = partial(...)`, a keyword or a field name. Taken once;
 * open when a name may be bound by a computed one (setattr, __getattribute__). */
static void duck_bound_keys(walker *w, struct wk_stores *s)
{
    if (s->duck_state)
        return;
    s->duck_state = 1;
    size_t cap = 0;
    for (size_t i = 0; i < s->nkeys && s->duck_state == 1; i++) {
        str k = s->keys[i].name;
        if (!k.len || !(isalpha((unsigned char)k.p[0]) || k.p[0] == '_') ||
            !an_rules_library_duck(w->rules, k.p, k.len) ||
            only_defs_bind_memo(w, k))
            continue;
        s->duck_keys = grow(w, s->duck_keys, s->nduck_keys + 1, &cap, sizeof *s->duck_keys);
        if (!s->duck_keys) {
            s->duck_state = 2;
            break;
        }
        s->duck_keys[s->nduck_keys++] = i;
    }
    if (wk_text_has(w, "setattr") || wk_text_has(w, "__getattribute__") ||
        wk_text_has(w, "__dict__") || wk_text_has(w, "vars"))
        s->duck_state = 2;
}

/* What a function of a text module may hand back, as it is, of a method of the
 * program's it calls on an argument (round 33b: string.capwords(s, sep) is
 * sep.join(...), re.escape(s) is s.translate(...)): what any method of a class
 * body returns, or what a callable the method's name holds does (round 34a:
 * `translate = tr`, a lambda, `K.join = f`, an instance's partial, a property's
 * or a decorator's function): the escaping functions' returns, and the values
 * bound under those names, lifted as a callee's. None when every argument is
 * exact text or a number. */
static unsigned method_returns_mask(walker *w, struct wk_stores *s, TSNode args, unsigned argm,
                                    int lvl)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        text_args(w, s, args))
        return 0;
    unsigned m = spread(argm & ~M_TOP & M_ALL) | spread(key_mask(s, METHOD_RETURNS, lvl)) |
                 spread(hook(s, lvl, H_ESC));
    duck_bound_keys(w, s);
    if (s->duck_state == 2)
        return m | spread(all_keys(s, lvl));
    for (size_t i = 0; i < s->nduck_keys && m != M_ALL; i++)
        m |= spread(key_mask(s, s->keys[s->duck_keys[i]].name, lvl));
    return m;
}

/* own_method_receiver0 from the top, kept per receiver and name text once the
 * judgement runs (as text_receiver: it reads no mask). */
static bool own_method_receiver(walker *w, struct wk_stores *s, TSNode o, str name)
{
    struct st_node_memo *m = s->marking && o.id ? &s->own_memo[memo_slot(o.id, 7)] : NULL;
    if (m && m->ok && m->id == o.id && m->name == name.p)
        return m->ok == 1;
    bool ok = own_method_receiver0(w, s, o, name, 0);
    if (m)
        *m = (struct st_node_memo){o.id, name.p, ok ? 1 : 2};
    return ok;
}

static bool own_method_receiver0(walker *w, struct wk_stores *s, TSNode o, str name, int depth)
{
    static const char *const builtins[] = {"dict", "list", "set", "tuple", "frozenset"};
    const an_syms *y = w->sym;
    o = wk_unparen(w, o);
    if (ts_node_is_null(o) || depth > 8)
        return false;
    TSSymbol k = ts_node_symbol(o);
    if (k == y->list || k == y->set || k == sym_dictionary || k == y->tuple ||
        k == y->list_comprehension || k == y->set_comprehension ||
        k == sym_dictionary_comprehension)
        return true;
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, o, "function"));
        TSSymbol fk = ts_node_symbol(f);
        if (fk == y->identifier &&
            wk_eq_any(wk_ident(w, f), builtins, sizeof builtins / sizeof builtins[0]))
            return pristine_builtin(w, s, wk_ident(w, f));
        str mod, fn;
        bool only = fk == y->identifier
                        ? wk_import_only(w, wk_ident(w, f)) && !find_key(s, wk_ident(w, f))
                        : fk == y->attribute &&
                              wk_module_path_only(w, wk_child(w, f, "object")).p != NULL;
        return wk_eq(name, "new_child") && only && module_function(w, f, &mod, &fn) &&
               wk_eq(mod, "collections") && wk_eq(fn, "ChainMap");
    }
    if (k != y->identifier)
        return false;
    str id = wk_ident(w, o);
    if (unbound_builtin(w, id))
        return true;
    if (module_name(w, s, id) || in_names(s->defnames, s->ndefs, id) ||
        in_names(s->classnames, s->nclasses, id))
        return false;
    wk_census c = wk_take_census(w, id);
    TSNode p = c.other == 1 && c.classdefs == 0 ? wk_parent_of(w, c.binder) : (TSNode){0};
    if (ts_node_is_null(p) || ts_node_symbol(p) != y->assignment ||
        !ts_node_eq(wk_child(w, p, "left"), c.binder))
        return false;
    TSNode v = wk_unparen(w, wk_child(w, p, "right"));
    return !ts_node_is_null(v) && ts_node_symbol(v) != y->identifier &&
           own_method_receiver0(w, s, v, name, depth + 1);
}

static unsigned call_mask0_as(walker *w, struct wk_stores *s, TSNode f, TSNode args, int depth,
                              int as);
/* A call judged as classify takes it, and (classify_other) as the name's other
 * meaning when it may not be the program's def there. */
/* Is identifier f a variable whose one binding is `f = M.a.b` with M a module
 * (`input = sys.stdin.readline`, fast input)? Then calling f calls M.a.b, the
 * same object (modules are read-only): that attribute chain, else null. A
 * builtin's name only in the function that binds it (elsewhere, or before the
 * binding at module level, the name is the builtin). */
static TSNode module_alias_callee(walker *w, TSNode f)
{
    const an_syms *y = w->sym;
    if (ts_node_symbol(f) != y->identifier)
        return (TSNode){0};
    wk_census c = wk_take_variable_census(w, f);
    if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
        return (TSNode){0};
    TSNode asg = wk_parent_of(w, c.binder);
    if (ts_node_is_null(asg) || ts_node_symbol(asg) != y->assignment ||
        !wk_child_is(w, asg, "left", c.binder))
        return (TSNode){0};
    TSNode right = wk_unparen(w, wk_child(w, asg, "right")), root = right;
    if (ts_node_is_null(right) || ts_node_symbol(right) != y->attribute)
        return (TSNode){0};
    while (ts_node_symbol(root) == y->attribute)
        root = wk_unparen(w, wk_child(w, root, "object"));
    if (ts_node_symbol(root) != y->identifier || !wk_bound_module(w, wk_ident(w, root)))
        return (TSNode){0};
    /* the builtin input answers new text, as every module method a program
     * binds the name to at worst does: wherever a read finds the builtin, the
     * method's answer covers it (`input = sys.stdin.readline` at module level) */
    if (wk_builtin_name(wk_ident(w, f)) && !wk_eq(wk_ident(w, f), "input")) {
        /* a global or nonlocal declaration makes the binder's variable another
         * scope's, which a read may find before the binding runs */
        if (wk_text_has(w, "global") || wk_text_has(w, "nonlocal"))
            return (TSNode){0};
        TSNode fb = c.binder, fr = f;
        while (!ts_node_is_null(fb) && ts_node_symbol(fb) != y->function_definition &&
               ts_node_symbol(fb) != y->lambda && ts_node_symbol(fb) != y->class_definition)
            fb = wk_parent_of(w, fb);
        while (!ts_node_is_null(fr) && ts_node_symbol(fr) != y->function_definition &&
               ts_node_symbol(fr) != y->lambda && ts_node_symbol(fr) != y->class_definition)
            fr = wk_parent_of(w, fr);
        if (ts_node_is_null(fb) || ts_node_symbol(fb) != y->function_definition ||
            !ts_node_eq(fb, fr))
            return (TSNode){0};
    }
    return right;
}

static unsigned call_mask0(walker *w, struct wk_stores *s, TSNode f, TSNode args, int depth)
{
    TSNode mf = module_alias_callee(w, f);
    if (!ts_node_is_null(mf))
        f = mf;
    str name;
    callee_kind other;
    callee_kind ck = classify_both(w, s, f, &name, &other);
    return call_mask0_as(w, s, f, args, depth, (int)ck) |
           (other != ck ? call_mask0_as(w, s, f, args, depth, (int)other) : 0);
}

/* The coroutine argument of asyncio.run(coro): the call hands back exactly
 * what coro returns (it refuses anything but a coroutine), as `await coro`
 * does, not any part of its arguments. Null for any other call. */
static TSNode coroutine_run_arg(walker *w, TSNode f, TSNode args)
{
    TSNode none = {0};
    str mod, fn;
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        !module_function(w, f, &mod, &fn) || !wk_eq(mod, "asyncio") || !wk_eq(fn, "run"))
        return none;
    TSNode a = wk_named_child(w, args, 0);
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 1; i < n; i++) { /* debug=... only */
        TSNode k = wk_named_child(w, args, i);
        if (ts_node_symbol(k) != w->sym->keyword_argument ||
            !wk_eq(wk_ident(w, wk_child(w, k, "name")), "debug"))
            return none;
    }
    TSSymbol ak = ts_node_is_null(a) ? 0 : ts_node_symbol(a);
    return ts_node_is_null(a) || ak == w->sym->keyword_argument || ak == w->sym->list_splat ||
                   ak == w->sym->dictionary_splat
               ? none
               : a;
}

/* The value of `cls(...)` with cls a class parameter (cls_param_class) of class
 * C: an instance of C or of a class deriving from it, new when each of them
 * makes its own instances (no __new__ named anywhere, no library class in its
 * MRO): what each instance holds below its top (honest24 p59: a classmethod's
 * `cls(w, x, y, z)`). False when the call is no such call. */
static bool cls_call_mask(walker *w, struct wk_stores *s, TSNode f, int lvl, unsigned *out)
{
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    TSNode c = cls_param_class(w, s, f);
    size_t nnew = 0, n = s->nclasses;
    if (ts_node_is_null(c) || !wk_name_entries(w, (str){"__new__", 7}, &nnew) || nnew)
        return false;
    bool *mark = class_and_subclasses(w, s, c), ok = true;
    if (!mark)
        return false;
    unsigned m = 0;
    for (size_t i = 0; i < n && ok; i++) {
        if (!mark[i])
            continue;
        ok = wk_class_makes_instances(w, s->classes[i]) &&
             program_bases(w, s, s->classnames[i]);
        m |= inst_mask(s, s->classnames[i], lvl) | (made_class(s, s->classnames[i]) ? M_MADE : 0);
    }
    free(mark);
    *out = m;
    return ok;
}

/* Do instances of the program's class cn answer m by the program's def: cn
 * bound by its class statements alone, only the program's classes as bases,
 * each making its own instances (no __new__ named in the program), its chain
 * binding m, a name only defs bind (no instance attribute, setattr or
 * __getattribute__ answers it otherwise)? */
static bool own_class_def(walker *w, struct wk_stores *s, str cn, str name)
{
    /* a __new__ may answer K(x) with anything (round 47a near_02: `return x`) */
    size_t nnew = 0;
    if (!name.p || name.len >= 128 || !in_names(s->classnames, s->nclasses, cn) ||
        !wk_name_entries(w, (str){"__new__", 7}, &nnew) || nnew ||
        !class_sure(w, cn) || !program_bases(w, s, cn) || !only_defs_bind_memo(w, name))
        return false;
    char m[128];
    memcpy(m, name.p, name.len);
    m[name.len] = '\0';
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], cn) && (!wk_class_makes_instances(w, s->classes[i]) ||
                                            !wk_class_chain_has(w, s->classes[i], NULL, m)))
            return false;
    return true;
}

/* Is f `K.m` (own_method: `K(...).m`) with K such a class (own_class_def)? The
 * call is then the program's def, never a library method of that name, which
 * might return what the program's hooks do or hand back any part of its
 * arguments (honest24 p59: `Quaternion.from_axis_angle(...)`; honest25 p33:
 * `Order(note="rush").add(p, 10)`, an `add` returning self). */
static bool own_class_method_at(walker *w, struct wk_stores *s, TSNode f, str name, bool made)
{
    if (ts_node_symbol(f) != w->sym->attribute)
        return false;
    TSNode r = wk_unparen(w, wk_child(w, f, "object"));
    if (made) {
        if (ts_node_symbol(r) != w->sym->call)
            return false;
        r = wk_unparen(w, wk_child(w, r, "function"));
    }
    return ts_node_symbol(r) == w->sym->identifier && own_class_def(w, s, wk_ident(w, r), name);
}

static bool own_class_method(walker *w, struct wk_stores *s, TSNode f, str name)
{
    return own_class_method_at(w, s, f, name, false);
}

static bool own_instance_method(walker *w, struct wk_stores *s, TSNode f, str name)
{
    return own_class_method_at(w, s, f, name, true);
}

/* May an item store or a mutating method on an instance of the program's class
 * name write into an object its call was given (round 30a: `class
 * C(collections.ChainMap)`, then `C(sys.argv)[slice(1, 1)] = [...]` writes
 * sys.argv, ChainMap's __setitem__ writing maps[0])? Yes when a base, or a base
 * of a program class it derives from, is one of the library's wrappers
 * (view_class: ChainMap, the User* classes, SectionProxy), as for a call of that
 * class itself, or a base the program computes (a call's result, a name bound
 * otherwise). The builtin classes copy (list(x), dict(x)); the library's other
 * classes write through no item store or mutating method of their own into
 * what they were given (a handler's stream is written by emit, a deque copies). */
static bool wraps_arguments(walker *w, struct wk_stores *s, str name, int depth)
{
    if (depth > 8)
        return true;
    base_iter it = {0, 0};
    for (TSNode b; !ts_node_is_null(b = next_base(w, s, name, &it));) {
        TSSymbol k = ts_node_symbol(b);
        str mod, fn;
        if (k == w->sym->keyword_argument)
            continue;
        if (module_function(w, b, &mod, &fn)) {
            if (view_class(mod, fn))
                return true;
        } else if (k == w->sym->identifier && program_class_name(w, s, wk_ident(w, b))) {
            if (wraps_arguments(w, s, wk_ident(w, b), depth + 1))
                return true;
        } else if (k != w->sym->identifier || !wk_builtin_unbound(w, wk_ident(w, b))) {
            return true; /* a call's result, a name bound otherwise */
        }
    }
    return false;
}

/* What the program classes class name derives from hold of their bodies and
 * bases ("(body)B" of each base B, transitively): a subclass's instance hands
 * them out as B's would (round 30a: `class Q(P)` with a namedtuple base under P
 * holding its defaults). */
static unsigned base_bodies(walker *w, struct wk_stores *s, str name, int lvl, int depth)
{
    unsigned m = 0;
    if (depth > 8 || !s->body_holds)
        return depth > 8 ? M_ALL : 0;
    base_iter it = {0, 0};
    for (TSNode b; !ts_node_is_null(b = next_base(w, s, name, &it));)
        if (ts_node_symbol(b) == w->sym->identifier &&
            in_names(s->classnames, s->nclasses, wk_ident(w, b)) && !same(wk_ident(w, b), name))
            m |= body_mask(s, wk_ident(w, b), lvl) |
                 base_bodies(w, s, wk_ident(w, b), lvl, depth + 1);
    return m;
}

/* What an instance of class f with a library base may hold of its class body's
 * values and its bases' (class_holds_binding, class_holds_bases: the class holds
 * them one item down): a
 * NamedTuple's class-body defaults are the generated constructor's, so
 * `P()[0]` is the body's `x: list = V` itself (round 29a). */
static unsigned body_parts(walker *w, struct wk_stores *s, TSNode f, int lvl, int depth)
{
    /* and an Enum's call is a lookup answering a member, which is the body's value
     * or, with a data type mixed in, a copy holding its parts (round 29d:
     * `E((Probe(),))[0]` of `class E(tuple, Enum): A = (sys.argv,)`) */
    unsigned m = mask(w, s, f, lvl, depth + 1);
    f = wk_unparen(w, f);
    if (ts_node_symbol(f) == w->sym->identifier)
        m |= base_bodies(w, s, wk_ident(w, f), lvl, 0);
    return (m | elems(m)) & ~M_TOP;
}

/* Is this `json.loads(...)` or `json.load(...)` with no `cls=` and no splat,
 * every hook given by keyword (object_hook, object_pairs_hook, parse_float,
 * parse_int, parse_constant) a def of the program's, bound by that def alone?
 * It builds new values from the text and calls those hooks alone: what it
 * hands back (*m, at level lvl) is what they return, at any depth, in a new
 * value parsed from the text (no part of an argument: load reads its file's
 * text), never what other escaping functions or the library's overridden
 * methods return. */
static bool def_only(walker *w, struct wk_stores *s, str name);

static bool json_loads_hooked(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                              unsigned *m)
{
    static const char *const hooks[] = {"object_hook", "object_pairs_hook", "parse_float",
                                        "parse_int", "parse_constant"};
    str mod, fn;
    unsigned r = 0;
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list ||
        !module_function(w, f, &mod, &fn) || !wk_eq(mod, "json") ||
        !(wk_eq(fn, "loads") || wk_eq(fn, "load")))
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat)
            return false;
        if (k != w->sym->keyword_argument)
            continue;
        str kw = wk_ident(w, wk_child(w, a, "name"));
        if (wk_eq(kw, "cls"))
            return false;
        if (!wk_eq_any(kw, hooks, sizeof hooks / sizeof *hooks))
            continue;
        TSNode v = wk_unparen(w, wk_child(w, a, "value"));
        if (ts_node_symbol(v) != w->sym->identifier || !def_only(w, s, wk_ident(w, v)) ||
            in_names(s->classnames, s->nclasses, wk_ident(w, v)))
            return false;
        r |= returns_mask_at(s, wk_ident(w, v), lvl);
    }
    /* a hook's result may be the whole value (loads("NaN"), the top object)
     * or lie at any depth in it */
    *m = r | shl(r) | shl(shl(r)) | shl(shl(shl(r)));
    return true;
}

static unsigned call_mask0_as(walker *w, struct wk_stores *s, TSNode f, TSNode args, int depth,
                              int as)
{
    str name;
    f = wk_unparen(w, f);
    if (literal_text_method(w, f) || maketrans_call(w, f, args))
        return 0;
    TSNode coro = coroutine_run_arg(w, f, args);
    if (!ts_node_is_null(coro))
        return mask(w, s, coro, 0, depth + 1);
    unsigned sm;
    if (super_mask(w, s, f, args, 0, depth, &sm))
        return sm;
    str fresh_cls;
    if (fresh_new_call(w, s, f, args, &fresh_cls))
        return inst_mask(s, fresh_cls, 0) | (made_class(s, fresh_cls) ? M_MADE : 0);
    unsigned argm = ts_node_is_null(args)            ? 0
                    : deepcopy_memo(w, f, args) /* the hook's memo is not copied */
                        ? mask(w, s, wk_named_child(w, args, 0), 0, depth + 1)
                        : args_mask(w, s, f, args, 0, depth);
    unsigned lib = hook(s, 0, H_LIB);
    (void)classify(w, s, f, &name); /* the name; the kind is as */
    callee_kind ck = (callee_kind)as;
    if (ck == CK_MODULE && dataclass_field(w, f))
        return (field_runs_code(w, s, args) ? lib | spread(hook(s, 0, H_ESC)) : 0) |
               field_mask(w, s, args, 0, depth);
    bool acc = accessor(name);
    /* what functions used as values return comes back out of the library: as
     * it is from an accessor (reduce, a future's result), else inside a new
     * container (a map, a future) */
    unsigned esc = spread(hook(s, 0, H_ESC)) & (acc ? ~0u : ~M_TOP);
    unsigned rm = 0; /* the receiver's parts */
    bool text = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && fresh_method(name) &&
                text_receiver(w, s, wk_child(w, f, "object"));
    if ((ck == CK_METHOD || ck == CK_OTHER_METHOD) && !text)
        rm = mask(w, s, wk_child(w, f, "object"), 0, depth + 1);
    unsigned part = (argm | rm) & ~M_TOP;
    /* a name builds_new trusts for methods (text, data, copy, keys, join,
     * group ...) on what may be no exact text or builtin container: the
     * library's objects' methods of these names answer new data or what a hook
     * they hold returns (a JSONDecoder's decode, its object_hook's result), and
     * any object may hold a callable of its own under the name
     * (SimpleNamespace(count=f), a Namespace's partial under `--copy`, a
     * namedtuple's field `index`, a bound [L].pop stored as `copy`): what its
     * parts hold, lifted as a callee's */
    unsigned planted = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && !acc && !text &&
                               (rm & ~M_TOP) && builds_new(w, s, f, args, name, ck) &&
                               (fresh_method(name) ||
                                !(text_receiver(w, s, wk_child(w, f, "object")) ||
                                  own_method_receiver(w, s, wk_child(w, f, "object"), name)))
                           ? spread(rm & ~M_TOP)
                           : 0;
    bool inv = false; /* part is what a library call not known to build anew passes on */
    if (acc && (ck == CK_METHOD || ck == CK_OTHER_METHOD)) {
        /* an item of the receiver, or any argument or an element of one: the
         * receiver's class decides which (d.get(k, default), a ConfigParser's
         * get(s, o, fallback=x), Random().choice(seq)), and a call through a
         * class (dict.get(d, k, x), list.pop([x])) is a function's, whose
         * receiver is argument 0 */
        unsigned given_m =
            wk_eq(name, "get") ? lookup_args_mask(w, s, args, 0, depth) : (unsigned)argm;
        part = elems(rm) | (setdefault_call(w, f, args)
                                ? mask(w, s, wk_named_child(w, args, 1), 0, depth + 1)
                                : given_m | elems(given_m));
    } else if (acc) {
        part = argm | elems(argm);
    } else if (ck == CK_MODULE && wk_eq(name, "defaultdict") && defaultdict_call(w, f)) {
        part = defaultdict_mask(w, s, args, depth);
    } else if ((ck == CK_MODULE || ck == CK_OTHER_METHOD || ck == CK_METHOD) &&
               !builds_new(w, s, f, args, name, ck)) {
        inv = true;
        if (ck == CK_MODULE && ts_node_symbol(f) == w->sym->identifier && wk_eq(name, "sum") &&
            !module_name(w, s, name) && !wk_bound_value(w, name)) {
            /* sum(xs, start): start itself when xs is empty, else start + x + ...,
             * a new value holding start's and the items' parts */
            unsigned start = 0;
            uint32_t na = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                              ? 0
                              : ts_node_named_child_count(args);
            for (uint32_t i = 0; i < na; i++) {
                TSNode a = wk_named_child(w, args, i);
                if (ts_node_symbol(a) == w->sym->keyword_argument ||
                    ts_node_symbol(a) == w->sym->list_splat ||
                    ts_node_symbol(a) == w->sym->dictionary_splat || i == 1)
                    start |= mask(w, s, a, 0, depth + 1);
            }
            part = ((argm | elems(argm)) & ~M_TOP) | start;
        } else {
            /* a library call not known to build a new value may hand back its
             * arguments, any part of them, or an element of its receiver; and a
             * method name any object may bind to a callable it holds (a
             * namedtuple's field, a namespace's keyword: round 37a, `T([L].pop)`
             * then `.a()`) anything the receiver holds, lifted as a callee's */
            unsigned held = rm & ~M_TOP & M_ALL;
            bool own = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && held &&
                       own_method_receiver(w, s, wk_child(w, f, "object"), name);
            part = spread(argm) | ((rm & ~M_TOP) ? elems(rm & ~M_TOP) | rm : 0) |
                   (held && !own ? spread(held) : 0);
        }
    } else if (nests_arguments(w, f, name, ck)) {
        /* a call that builds a new value may still put an argument itself one
         * level in (round 31b: `m.groups(default)` and `m.groupdict(default)`
         * answer the default for every group that did not match,
         * `colorsys.hls_to_rgb(h, l, 0)` is `(l, l, l)`) */
        part |= shl(argm);
    }
    /* copy hands back an atomic value as it is: a function, a class, a builtin's
     * bound method (round 40b: `copy.deepcopy([sys.argv].pop)()` is sys.argv);
     * a module's list, dict or set it makes anew (module-container) */
    if (ck == CK_MODULE && copy_call(w, f) && !module_container_arg(w, args))
        part |= argm & M_SELF;
    /* what a method of the program an argument is returned, as it is (round
     * 33b: string.capwords(s, sep) is sep.join(...)) */
    if (ck == CK_MODULE && text_callee(w, f))
        part |= method_returns_mask(w, s, args, argm, 0);
    /* plain data, or an argument itself: a SectionProxy's getint(o, fallback)
     * hands fallback back when the option is missing */
    unsigned given = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && data_method(name) &&
                             !fresh_method(name)
                         ? argm
                         : 0;
    part |= given;
    str kmod = {NULL, 0}, kfn = {NULL, 0};
    an_rules_class kc = !acc && !inv && ck == CK_MODULE && module_function(w, f, &kmod, &kfn)
                            ? library_class(w, kmod, kfn)
                            : AN_CLASS_NONE;
    if (kc == AN_CLASS_HOLDS) /* an instance holds its arguments themselves (a namedtuple) */
        part |= shl(argm);
    if (!acc && !inv && (ck == CK_MODULE || ck == CK_OTHER_METHOD) && !ts_node_is_null(args) &&
        ts_node_symbol(args) == w->sym->argument_list &&
        !(kmod.p && kc == AN_CLASS_NONE && text_module(kmod))) {
        /* a new value holds its positional arguments' parts at the same depth;
         * what is given by keyword may be kept deeper or handed back (dict(a=x),
         * zip_longest's fillvalue, accumulate's initial), and dict(), OrderedDict
         * and defaultdict take the values of their pairs one level up */
        uint32_t na = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < na; i++) {
            TSNode a = wk_named_child(w, args, i);
            TSNode v = ts_node_symbol(a) == w->sym->keyword_argument ? wk_child(w, a, "value")
                       : ts_node_symbol(a) == w->sym->dictionary_splat ? wk_named_child(w, a, 0)
                                                                        : (TSNode){0};
            /* a class the audit built with each keyword (library-copies,
             * library-holds) keeps it one level in or deeper, never as the
             * instance (issue 13, round 15: `TextTestRunner(stream=sys.stdout)
             * .run(suite)` is no call on sys.stdout) */
            if (!ts_node_is_null(v))
                part |= spread(mask(w, s, v, 0, depth + 1)) &
                        (kc == AN_CLASS_COPIES || kc == AN_CLASS_HOLDS ? ~M_SELF : ~0u);
        }
        if (ck == CK_MODULE && pairs_constructor(name))
            part |= elems(argm) & ~M_TOP;
    }
    /* a method of a library-made object (or of a shared one) may hand out
     * another: logger.getChild(...), parser.parse_args() */
    unsigned made = rm & M_TOP && !data_method(name) && !sealed_class_call(w, f) ? M_MADE : 0;
    made |= shared_result(w, f, args, name, ck); /* getChild, an enum's member */
    made |= class_method_inst(w, s, f, ck, 0);
    switch (ck) {
    case CK_DEF:
        /* a decorated def's name is what its decorator made, whose call may
         * return what any escaping function returns, as it is: a
         * singledispatch function answers with what the function registered
         * for the argument's class returns (`f.register(int, lambda x:
         * sys.argv)`; `f(1)` is sys.argv), a wrapper with what it calls */
        /* and what it made may keep the call's arguments (round 29c: a
         * contextmanager's product holds them as .args and .kwds) */
        return returns_mask_at(s, name, 0) |
               (in_names(s->decorated, s->ndecorated, name)
                    ? spread(hook(s, 0, H_ESC)) | spread(argm)
                    : 0);
    case CK_CLASS: /* a library base may be a wrapper (class L(collections.UserList)) */
        return (program_bases(w, s, name)
                    ? 0
                    : shl(argm | lib) | ((argm | elems(argm)) & ~M_TOP) | esc |
                          wrapped_mask(s, 0) | body_parts(w, s, f, 0, depth) |
                          (wraps_arguments(w, s, name, 0) ? argm : 0) | rational_reads(s, 0)) |
               (made_class(s, name) ? M_MADE : 0) | returns_mask_at(s, (str){"__new__", 7}, 0) |
               inst_mask(s, name, 0);
    case CK_METHOD:
        /* a program method's name may also be a library object's method, on
         * any receiver that may not be the program's instance (whether or not
         * a class has a library base): Counter(...).total() or Random().gauss(mu,
         * 1) adds what the program's operators return; a ChainMap's
         * new_child(m) writes into m, then into its maps */
    {
        /* on a new instance of the program's class, the program's def */
        bool mine = own_instance_method(w, s, f, name);
        return returns_mask_at(s, name, 0) |
               (mine || own_class_method(w, s, f, name) ? 0 : lib) |
               ((acc || inv) && !mine ? part : rm & ~M_TOP) | made | given | planted |
               (wk_eq(name, "new_child") ? argm | rm : 0) | read_back_mask(w, s, name, rm, 0);
    }
    case CK_OTHER_METHOD: /* a function value among the arguments holds its results */
        /* and the callee itself: a holder the program planted by a computed
         * name (setattr(self, n, partial(min, [L]))) or __getattr__ returned,
         * lifted as an opaque callee's; not the receiver's parts (rm) */
        {
            unsigned fm = attr_mask(s, name, 0, 0);
            return lib | part | made | planted | fm | spread(fm & M_ALL) |
                   (wk_eq(name, "new_child") ? argm | rm : 0) | read_back_mask(w, s, name, rm, 0);
        }
    case CK_MODULE:
        if (number_function(w, s, f))
            return hook(s, 0, H_OP);
        if (typed_builtin(w, s, f) || text_builtin(w, s, f))
            return 0;
        {
            str vm, vf;
            /* by the name called first (most calls are none of these); a
             * from-import may rename one */
            if ((ts_node_symbol(f) != w->sym->attribute || view_name(name)) &&
                module_function(w, f, &vm, &vf) && view_class(vm, vf))
                part |= argm | shl(argm) | wrapped_mask(s, 0); /* one in: its .maps */
        }
        {
            unsigned jm;
            if (json_loads_hooked(w, s, f, args, 0, &jm))
                return jm;
        }
        /* a container made from inert arguments runs no hook of the program */
        return (fresh_container_call(w, s, f, args) ? 0 : lib | esc) | part |
               (makes_library_object(w, f, name) ? M_MADE : 0) | shared_call(w, f, args, name) |
               made | (fraction_call(w, f) ? rational_reads(s, 0) : 0);
    case CK_OPAQUE:
        /* a variable holding a callable: a bound accessor (`g = d.get`) hands
         * out the parts of what it holds, `operator.itemgetter(0)(x)` an
         * element of its argument */
        {
            unsigned cm;
            if (cls_call_mask(w, s, f, 0, &cm))
                return cm;
            /* what it holds of a module's, at any depth, it may hand back as the
             * value itself: a partial keeps its arguments (`partial(min, [L])()`
             * is L), whether the callee is a name, an item or a call; what a
             * library object made it from stays where it lies */
            unsigned fm = mask(w, s, f, 0, depth + 1);
            bool dunder = (ts_node_symbol(f) == w->sym->attribute &&
                           wk_is_dunder(wk_ident(w, wk_child(w, f, "attribute")))) ||
                          (ts_node_symbol(f) == w->sym->identifier &&
                           unbound_builtin(w, wk_ident(w, f))); /* tuple(x): a class */
            return key_mask(s, (str){"()*", 3}, 0) | argm | elems(argm) |
                   shl(argm) | /* a class a library factory made holds them */
                   (ts_node_symbol(f) == w->sym->call ? 0 : fm) |
                   (dunder ? 0 : spread(fm & M_ALL)); /* object.__new__(cls): judged apart */
        }
    }
    return M_ALL;
}

/* What calling f may return, whatever its arguments (argmask: theirs), and (esc)
 * what the functions that escape return, wherever code the checker does not read
 * may hand it back: from a module's function or a builtin, a class with a base
 * the program did not write, a decorated def's name; a method of an object such
 * a call made takes it through the receiver's mask, as does a parameter of a
 * function handed to one (higher_order_arg). So: a program
 * function what it returns; a class of the program an instance holding them; a
 * method of a value reached through a module may return it, or one forwarding to
 * it (a typing alias's copy_with); a module's own function, a builtin or another
 * method may return an argument or a part of one, or what any function of the
 * program returns (next() calls __next__, functools.reduce its callback, a
 * library method the hook a subclass overrides); a variable holding a callable
 * any of that. */
static unsigned call_mask_as(walker *w, struct wk_stores *s, TSNode f, TSNode args,
                             unsigned argmask, int depth, int as);

static unsigned call_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args,
                          unsigned argmask, int depth)
{
    TSNode mf = module_alias_callee(w, f);
    if (!ts_node_is_null(mf))
        f = mf;
    str name;
    callee_kind other;
    callee_kind ck = classify_both(w, s, f, &name, &other);
    return call_mask_as(w, s, f, args, argmask, depth, (int)ck) |
           (other != ck ? call_mask_as(w, s, f, args, argmask, depth, (int)other) : 0);
}

static unsigned call_mask_as(walker *w, struct wk_stores *s, TSNode f, TSNode args,
                             unsigned argmask, int depth, int as)
{
    str name;
    f = wk_unparen(w, f);
    if (literal_text_method(w, f) || maketrans_call(w, f, args))
        return 0;
    TSNode coro = coroutine_run_arg(w, f, args);
    if (!ts_node_is_null(coro))
        return mask(w, s, coro, 1, depth + 1);
    str fresh_cls;
    if (fresh_new_call(w, s, f, args, &fresh_cls))
        return inst_mask(s, fresh_cls, 1) | (made_class(s, fresh_cls) ? M_MADE : 0);
    unsigned any_arg = spread(argmask);
    unsigned lib = hook(s, 1, H_LIB);
    unsigned esc = spread(hook(s, 1, H_ESC)); /* what escaping functions return */
    (void)classify(w, s, f, &name); /* the name; the kind is as */
    /* a method named get hands back no key it was given (lookup_args_mask) */
    unsigned lookup_any = wk_eq(name, "get") && ts_node_symbol(f) == w->sym->attribute
                              ? spread(lookup_args_mask(w, s, args, 1, depth))
                              : any_arg;
    callee_kind ck = (callee_kind)as;
    if (ck == CK_MODULE && dataclass_field(w, f))
        return (field_runs_code(w, s, args) ? lib | esc : 0) | field_mask(w, s, args, 1, depth);
    /* a method of a library-made object may hand out another (made_of) */
    bool fresh = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && fresh_method(name);
    bool text = fresh && text_receiver(w, s, wk_child(w, f, "object"));
    unsigned rm = (ck == CK_METHOD || ck == CK_OTHER_METHOD) && !text
                      ? mask(w, s, wk_child(w, f, "object"), 1, depth + 1)
                      : 0;
    unsigned made = rm & M_TOP && !data_method(name) && !sealed_class_call(w, f) ? M_MADE : 0;
    made |= shared_result(w, f, args, name, ck); /* getChild, an enum's member */
    made |= class_method_inst(w, s, f, ck, 1);
    /* a text method of what may be no text: as call_mask0's planted */
    unsigned recv = fresh ? (text ? 0 : spread(rm & ~M_TOP) | esc) : rm & M_ALL ? M_ALL : 0;
    switch (ck) {
    case CK_DEF:
        return returns_mask(s, name) |
               (in_names(s->decorated, s->ndecorated, name) ? esc | any_arg : 0);
    case CK_CLASS:
        /* an instance of the program's own class is new; what its __init__ keeps
         * is tracked under the attribute names it sets. One whose bases are not
         * all the program's may keep its arguments anywhere (a list or dict
         * subclass their items, as its own: L([x])[0] is x; a dict subclass
         * the values of pairs one level up: R([("a", x)])["a"] is x, round
         * 25a), and what the hooks
         * its library base calls return, and what escaping functions return;
         * it is library-made (its attributes may be its library base's). */
        return (program_bases(w, s, name)
                    ? 0
                    : shl(argmask | lib) | ((argmask | elems(argmask)) & ~M_TOP) | esc |
                          wrapped_mask(s, 1) | body_parts(w, s, f, 1, depth) |
                          rational_reads(s, 1)) |
               (made_class(s, name) ? M_MADE : 0) | returns_mask(s, (str){"__new__", 7}) |
               inst_mask(s, name, 1);
    case CK_METHOD:
        /* on what may be no instance of the program's (a library object, or
         * one of a class with a library base), a library method of that name
         * may return what the program's hooks it calls do; on a container, an
         * accessor its argument (d.get(k, C)) */
        return returns_mask(s, name) |
               (own_class_method(w, s, f, name) || own_instance_method(w, s, f, name) ? 0 : lib) |
               (accessor(name) || wk_eq(name, "new_child") ? lookup_any : 0) | recv | made |
               read_back_mask(w, s, name, recv, 1);
    case CK_OTHER_METHOD: /* and the callee itself, as call_mask0 */
    {
        unsigned fm = attr_mask(s, name, 0, 1);
        return lookup_any | lib | recv | made | fm | spread(fm & M_ALL) |
               read_back_mask(w, s, name, recv, 1);
    }
    case CK_MODULE:
        if (number_function(w, s, f))
            return hook(s, 1, H_OP);
        if (typed_builtin(w, s, f))
            return 0;
        {
            str vm, vf;
            if ((ts_node_symbol(f) != w->sym->attribute || view_name(name)) &&
                module_function(w, f, &vm, &vf) && view_class(vm, vf))
                any_arg |= wrapped_mask(s, 1);
        }
        /* what a method of the program an argument is returned (round 33b) */
        if (text_callee(w, f))
            any_arg |= method_returns_mask(w, s, args, 0, 1);
        {
            unsigned jm;
            if (json_loads_hooked(w, s, f, args, 1, &jm))
                return jm;
        }
        return any_arg | lib | esc | (makes_library_object(w, f, name) ? M_MADE : 0) |
               shared_call(w, f, args, name) | made |
               (fraction_call(w, f) ? rational_reads(s, 1) : 0);
    case CK_OPAQUE: {
        unsigned cm;
        if (cls_call_mask(w, s, f, 1, &cm))
            return cm;
        return key_mask(s, (str){"()*", 3}, 1) | any_arg |
               spread(mask(w, s, f, 1, depth + 1));
    }
    }
    return M_ALL;
}

/* Any attribute (or name) the program binds: for reads by a computed name. */
static unsigned all_keys(struct wk_stores *s, int lvl)
{
    if (s->marking && !s->all_needed) {
        s->all_needed = true;
        for (size_t i = 0; i < s->nkeys; i++)
            need(s, &s->keys[i]);
    }
    depend(s, &s->all_deps.head, &s->all_deps.stamp);
    unsigned m = 0;
    for (size_t i = 0; i < s->nkeys; i++)
        m |= s->keys[i].m[lvl];
    return m;
}

/* Attribute attr (any when NULL) of a value with mask objm: an attribute of such
 * a value, or whatever the program stores under that attribute name, or (level 1)
 * what a property of that name, __getattr__ or a descriptor's __get__ returns. */
/* What an attribute named attr may hold: the name's key, but where a function
 * binds a variable of that name too, the key without those bindings ("@g:",
 * global_copies). A function's variable is no attribute of any object: no
 * allowed name hands out a frame, its locals or a closure's cells (`locals`,
 * argless `vars` and the dunders are refused), so `handlers = self.handlers[k]`
 * in a method says nothing of what the attribute holds (precision corpus
 * 126_event_system: the attribute took its own item). What the variable and
 * the attribute share is kept by the aliases alias_roots adds, which are no
 * binding. */
static unsigned attribute_key_mask(struct wk_stores *s, str attr, int lvl)
{
    char buf[256];
    str g = global_key(buf, sizeof buf, attr);
    st_key *k = g.p ? find_key(s, g) : NULL;
    return k && k->evs ? read_key(s, k, lvl) : key_mask(s, attr, lvl);
}

static unsigned attr_mask(struct wk_stores *s, str attr, unsigned objm, int lvl)
{
    unsigned named = attr.p ? attribute_key_mask(s, attr, lvl) : all_keys(s, lvl);
    /* a bound getter (`g = lg.getEffectiveLevel`) holds what calling it answers */
    if (attr.p)
        named |= shl(getter_attr_mask(s, attr, objm, lvl));
    unsigned hooks = hook(s, lvl, H_ATTR) | (attr.p ? returns_mask_at(s, attr, lvl) : 0);
    /* an attribute of a library-made object may be a shared library object:
     * any name a library class may hold (before the program's own store of that
     * name runs, the lookup finds the library's); another name is the
     * program's own or none */
    unsigned shared = objm & M_MADE && (!attr.p || an_rules_library_attribute(s->rules, attr.p, attr.len))
                          ? M_SELF
                          : 0;
    /* a decimal Context's traps is its own signal dict (its items take bools
     * only: the thread's settings, written by design), keyed by the module's
     * signal classes (round 43b: `for k in ctx.traps: k.x = v` wrote into
     * decimal.Overflow). Not flags, which string.Template holds as a RegexFlag */
    /* A Filterer's (a logger's, a handler's) handlers and filters are its
     * own lists, made by its __init__ (logger.handlers.clear() on a logger of
     * the program's own name; the root and the library's loggers are shared
     * objects, whose parts are the library's through elems); what they hold
     * may be the library's handlers */
    static const char *const own_lists[] = {"traps", "handlers", "filters"};
    if (shared && attr.p && wk_eq_any(attr, own_lists, sizeof own_lists / sizeof *own_lists))
        shared = shl(M_SELF);
    /* a namedtuple's _field_defaults is its class's dict, shared by every
     * instance: the library's for the namedtuples its plain modules hand out
     * too (statistics.linear_regression), whose results are not M_MADE */
    if (attr.p && wk_eq(attr, "_field_defaults"))
        shared = M_SELF;
    return named | key_mask(s, (str){"*", 1}, lvl) | hooks | elems(objm) | shared;
}

/* Calls that read attributes by name: getattr(X, "E"), attrgetter("E")(X),
 * methodcaller("m")(X), dataclasses.astuple/asdict(X). Sets *m and returns true
 * when call is one. */
static bool by_name_call(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                         int depth, unsigned *m)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    TSNode a0 = wk_named_child(w, args, 0), a1 = wk_named_child(w, args, 1);
    if (ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "getattr") &&
        !in_names(s->defnames, s->ndefs, (str){"getattr", 7}) &&
        !find_key(s, (str){"getattr", 7}) && !ts_node_is_null(a1)) {
        str lit = wk_string_value(w, a1);
        *m = attr_mask(s, lit, mask(w, s, a0, lvl, depth + 1), lvl);
        if (ts_node_named_child_count(args) > 2) /* the default */
            *m |= mask(w, s, wk_named_child(w, args, 2), lvl, depth + 1);
        return true;
    }
    /* the module function a callee names, if any */
    str mod = {NULL, 0}, fn = {NULL, 0};
    TSNode g = ts_node_symbol(f) == w->sym->call ? wk_unparen(w, wk_child(w, f, "function")) : f;
    if (ts_node_symbol(g) == w->sym->attribute) {
        mod = module_of(w, wk_child(w, g, "object"));
        fn = wk_ident(w, wk_child(w, g, "attribute"));
    } else if (ts_node_symbol(g) == w->sym->identifier) {
        const binding *b = wk_bound_value(w, wk_ident(w, g));
        if (b) {
            mod = (str){b->module, b->module_len};
            fn = (str){b->attr, b->attr_len};
        }
    }
    if (!mod.p)
        return false;
    if (ts_node_symbol(f) == w->sym->call && wk_eq(mod, "operator") &&
        (wk_eq(fn, "attrgetter") || wk_eq(fn, "methodcaller"))) {
        unsigned objm = ts_node_is_null(a0) ? 0 : mask(w, s, a0, lvl, depth + 1);
        *m = elems(objm);
        TSNode names = wk_child(w, f, "arguments");
        uint32_t n = ts_node_is_null(names) ? 0 : ts_node_named_child_count(names);
        for (uint32_t i = 0; i < n; i++) {
            str v = wk_string_value(w, wk_named_child(w, names, i));
            for (size_t st = 0, k = 0; v.p && k <= v.len; k++)
                if (k == v.len || v.p[k] == '.') {
                    str part = {v.p + st, k - st};
                    *m |= attr_mask(s, part, objm, lvl) | returns_mask(s, part) |
                          (wk_eq(fn, "methodcaller")
                               ? read_back_mask(w, s, part, objm, lvl)
                               : 0);
                    st = k + 1;
                }
            if (!v.p && i == 0) /* methodcaller's other arguments are not names */
                *m |= all_keys(s, lvl);
            if (wk_eq(fn, "methodcaller"))
                break; /* the method's name only */
        }
        /* applied, methodcaller("m")(X) is X.m(...): a callable bound under m
         * otherwise than by a def so named (a class body's alias, `K.m = f`, a
         * partial, `__call__` of any function value) answers what a call the
         * checker cannot resolve answers, and a partial what it holds (round
         * 26p) */
        if (wk_eq(fn, "methodcaller") && n > 0) {
            str mn = wk_string_value(w, wk_named_child(w, names, 0));
            if (!mn.p || wk_is_dunder(mn) || !only_defs_bind_memo(w, mn)) {
                unsigned fm = mn.p ? attr_mask(s, mn, objm, lvl) : all_keys(s, lvl);
                *m |= key_mask(s, (str){"()*", 3}, lvl) | spread(hook(s, lvl, H_ESC)) |
                      spread(fm);
            }
        }
        /* methodcaller's other arguments go to the method, which may answer
         * them or what holds them (round 26o: methodcaller("__call__", [L])
         * (list)[0] is L, dict.fromkeys's value, get's default) */
        for (uint32_t i = 1; wk_eq(fn, "methodcaller") && i < n; i++) {
            TSNode a = wk_named_child(w, names, i);
            if (ts_node_symbol(a) == w->sym->comment)
                continue;
            if (ts_node_symbol(a) == w->sym->keyword_argument)
                a = wk_child(w, a, "value");
            else if (ts_node_symbol(a) == w->sym->list_splat ||
                     ts_node_symbol(a) == w->sym->dictionary_splat)
                a = wk_named_child(w, a, 0);
            if (!ts_node_is_null(a))
                *m |= spread(mask(w, s, a, lvl, depth + 1));
        }
        return true;
    }
    if (wk_eq(mod, "dataclasses") && (wk_eq(fn, "astuple") || wk_eq(fn, "asdict"))) {
        *m = shl(all_keys(s, lvl) | (ts_node_is_null(a0) ? 0 : mask(w, s, a0, lvl, depth + 1)));
        return true;
    }
    return false;
}

/* The instance table of a value with mask objm (vars(x), x.__dict__; issue 13,
 * round 16a, family D): a dict the interpreter keeps, whose values are x's
 * attributes. Each item, get(), values()/items() element, iteration, copy
 * (dict(...), {**...}, list(...values())) or unpacking of it hands out what
 * `x.attr` would for some attr: whatever the program stores under any
 * attribute name (all_keys), or an attribute of x itself. */
static unsigned table_mask(struct wk_stores *s, unsigned objm, int lvl)
{
    return shl(attr_mask(s, (str){NULL, 0}, objm, lvl));
}

/* vars(x), and vars() (the names of the scope, as a table too). */
static bool table_call(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                       int depth, unsigned *m)
{
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "vars") ||
        in_names(s->defnames, s->ndefs, (str){"vars", 4}) || find_key(s, (str){"vars", 4}) ||
        module_name(w, s, (str){"vars", 4}))
        return false;
    TSNode a0 = ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list
                    ? (TSNode){0}
                    : wk_named_child(w, args, 0);
    unsigned objm = ts_node_is_null(a0) ? 0 : mask(w, s, a0, lvl, depth + 1);
    *m = table_mask(s, objm, lvl) | objm;
    return true;
}

static unsigned children_mask(walker *w, struct wk_stores *s, TSNode e, int lvl, int depth)
{
    unsigned m = 0;
    uint32_t n = ts_node_named_child_count(e);
    for (uint32_t i = 0; i < n && m != M_ALL; i++)
        m |= mask(w, s, wk_named_child(w, e, i), lvl, depth + 1);
    return m;
}

/* The arguments' masks of call e. A key= function's results are compared, not
 * returned, by the callers compared_key knows (min, max, sorted, heapq.nsmallest,
 * bisect), so it does not count there; anywhere else key= is an argument like
 * any (round 34b: `dict(key=sys.argv)["key"]`; itertools.groupby hands its
 * key's results out). */
static unsigned args_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args, int lvl,
                          int depth)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return mask(w, s, args, lvl, depth + 1);
    (void)f; /* the keyword's own call (compared_key) */
    unsigned m = 0;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n && m != M_ALL; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (compared_key(w, a))
            continue;
        m |= mask(w, s, a, lvl, depth + 1);
    }
    return m;
}

/* args_mask without a mapping lookup's key: `get(k)` and `get(k, d)` hand back
 * an item of the receiver or d (dict's, ChainMap's, a ConfigParser's fallback or
 * vars), never k itself (a program key's __hash__ and __eq__ answer to the
 * lookup). Everything when a splat may stand first. */
static unsigned lookup_args_mask(walker *w, struct wk_stores *s, TSNode args, int lvl,
                                 int depth)
{
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return mask(w, s, args, lvl, depth + 1);
    unsigned m = 0;
    bool keyed = false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n && m != M_ALL; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->comment)
            continue;
        if (!keyed && k != w->sym->keyword_argument) {
            keyed = true;
            if (k != w->sym->list_splat && k != w->sym->dictionary_splat)
                continue;
        }
        m |= mask(w, s, a, lvl, depth + 1);
    }
    return m;
}

/* What an operator's value may be, given its operands' mask: a new value that may
 * hold their parts (`[C] + xs`), the builtin types' arithmetic making a new object;
 * but at the attribute level an operand reached through a module may answer with
 * one of the library's own objects (enum.Flag's `re.I | re.I` is re.I, `re.I |
 * re.M` a member the class caches and hands out again): through Flag's
 * operators the result stays reached through a module there. Item stores (level 0) judge builtin containers, which
 * no operator hands back but anew (`keyword.kwlist + []`). */
static unsigned operator_mask(walker *w, TSNode e, unsigned operands, int lvl)
{
    unsigned m = operands & ~M_TOP;
    if (lvl != 1 || !(operands & M_SELF))
        return m;
    /* Flag's operators: | & ^ ~ (the arithmetic ones of the library's number
     * types build new numbers) */
    TSNode op = wk_child(w, e, "operator");
    if (ts_node_is_null(op))
        return m;
    uint32_t a = ts_node_start_byte(op), b = ts_node_end_byte(op);
    char c = b == a + 1 && b <= w->len ? w->text[a] : 0;
    return c == '|' || c == '&' || c == '^' || c == '~' ? m | M_SELF : m;
}

/* A builtin never bound by the program (no assignment, parameter, def, class,
 * import or star import of the name anywhere: the census counts each). */
/* The builtin names pristine_builtin is asked about (fresh_container_call's and
 * inert_argument's): its census, a walk of the whole tree, is taken once a check
 * for each (it was asked for every call of list(...) or dict(...): 0.6 M
 * instructions a check). */
static const char *const PRISTINE_NAMES[] = {"list", "dict", "set", "int", "str", "float",
                                             "tuple", "frozenset", "bool", "bytes"};

static bool pristine_builtin(walker *w, struct wk_stores *s, str name)
{
    if (module_name(w, s, name) || find_key(s, name))
        return false;
    size_t k = 0;
    while (k < 10 && !wk_eq(name, PRISTINE_NAMES[k]))
        k++;
    if (k < 10 && s->pristine[k])
        return s->pristine[k] == 1;
    wk_census c = wk_take_census(w, name);
    bool ok = c.classdefs == 0 && c.other == 0;
    if (k < 10)
        s->pristine[k] = ok ? 1 : 2;
    return ok;
}

/* A value no code of the program runs in making: a literal number or string
 * (no interpolation), True, False, None, or one of the builtin types a
 * defaultdict takes as its factory, never bound by the program. */
static bool inert_argument(walker *w, struct wk_stores *s, TSNode a)
{
    const an_syms *y = w->sym;
    a = wk_unparen(w, a);
    TSSymbol k = ts_node_symbol(a);
    if (k == y->integer || k == y->true_ || k == y->false_ || k == y->none ||
        strcmp(ts_node_type(a), "float") == 0)
        return true;
    if (k == y->string)
        return wk_string_value(w, a).p != NULL;
    if (k == y->identifier)
        return wk_eq_any(wk_ident(w, a), PRISTINE_NAMES, 10) &&
               pristine_builtin(w, s, wk_ident(w, a));
    return false;
}

/* Is call f(args) an exact container of the builtins or of collections made
 * from inert arguments alone (`defaultdict(list)`, `dict()`, `Counter("abc")`,
 * `deque(maxlen=3)`)? Its constructor runs no code of the program, so it hands
 * back nothing a hook of the program returned: a new, empty (or literal-filled)
 * object of exactly that class, whose subscript is the class's own (dict's,
 * defaultdict's factory call of a builtin type, Counter's 0, deque's item),
 * never a __getitem__, __missing__ or __class_getitem__ of the program. The
 * class is named by a builtin never bound, or by collections' path or a name
 * bound by its import alone (a rebinding, `defaultdict = Default`, makes it
 * the program's). */
static bool fresh_container_call0(walker *w, struct wk_stores *s, TSNode f, TSNode args);

/* What it reads (the names the program binds, its keys, the census, the tree) is
 * settled once the judgement runs (s->marking: every key made), so its answer for
 * a call is kept from then on. */
static bool fresh_container_call(walker *w, struct wk_stores *s, TSNode f, TSNode args)
{
    if (!s->marking || !args.id)
        return fresh_container_call0(w, s, f, args);
    struct st_fresh_call *m =
        &s->fresh_calls[((uintptr_t)args.id * UINT64_C(0x9E3779B97F4A7C15)) >> 58];
    if (m->ok && m->f == f.id && m->args == args.id)
        return m->ok == 1;
    bool ok = fresh_container_call0(w, s, f, args);
    *m = (struct st_fresh_call){f.id, args.id, ok ? 1 : 2};
    return ok;
}

static bool fresh_container_call0(walker *w, struct wk_stores *s, TSNode f, TSNode args)
{
    static const char *const builtins[] = {"dict", "list", "set", "tuple", "frozenset"};
    static const char *const coll[] = {"defaultdict", "OrderedDict", "Counter", "deque"};
    const an_syms *y = w->sym;
    f = wk_unparen(w, f);
    TSSymbol fk = ts_node_symbol(f);
    if (fk == y->identifier && wk_eq_any(wk_ident(w, f), builtins, 5)) {
        if (!pristine_builtin(w, s, wk_ident(w, f)))
            return false;
    } else {
        /* The name first: the census behind wk_import_only is asked for every call
         * otherwise (0.6 M instructions a check). An alias of one of these names
         * is no fresh container here, as before this rule. */
        str last = fk == y->identifier  ? wk_ident(w, f)
                   : fk == y->attribute ? wk_text(w, wk_child(w, f, "attribute"))
                                        : (str){NULL, 0};
        if (!last.p || !wk_eq_any(last, coll, 4))
            return false;
        str mod, fn;
        bool only = fk == y->identifier
                        ? wk_import_only(w, wk_ident(w, f)) && !find_key(s, wk_ident(w, f))
                        : fk == y->attribute &&
                              wk_module_path_only(w, wk_child(w, f, "object")).p != NULL;
        if (!only || !module_function(w, f, &mod, &fn) || !wk_eq(mod, "collections") ||
            !wk_eq_any(fn, coll, 4))
            return false;
    }
    if (ts_node_is_null(args) || ts_node_symbol(args) != y->argument_list)
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        if (ts_node_symbol(a) == y->keyword_argument)
            a = wk_child(w, a, "value");
        else if (ts_node_symbol(a) == y->list_splat || ts_node_symbol(a) == y->dictionary_splat)
            return false;
        if (!inert_argument(w, s, a))
            return false;
    }
    return true;
}

/* Is e a value whose subscript runs no item hook of the program: a list,
 * dict, set or tuple display or comprehension, a fresh_container_call, or a
 * name the whole program binds once (the census counts every other binding:
 * a parameter, a loop, a global, an import, a def or class), by `name = V`
 * with V one of those? The program's __getitem__, __missing__ and
 * __class_getitem__ then answer no subscript of it: they run on instances of
 * the program's classes (and a class, for __class_getitem__), which the value
 * never is; what its items are is what the program put there, followed by the
 * name's own mask. Memoised per name: the fixpoint asks again and again. */
static bool fresh_container(walker *w, struct wk_stores *s, TSNode e)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    TSSymbol k = ts_node_symbol(e);
    if (k == y->list || k == y->set || k == sym_dictionary || k == y->tuple ||
        k == y->list_comprehension || k == y->set_comprehension ||
        k == sym_dictionary_comprehension)
        return true;
    if (k == y->call)
        return fresh_container_call(w, s, wk_child(w, e, "function"), wk_child(w, e, "arguments"));
    if (k != y->identifier)
        return false;
    str name = wk_ident(w, e);
    for (size_t i = 0; i < s->nfresh; i++)
        if (same(s->fresh[i].name, name))
            return s->fresh[i].ok;
    bool ok = false;
    if (!module_name(w, s, name) && !in_names(s->defnames, s->ndefs, name) &&
        !in_names(s->classnames, s->nclasses, name)) {
        wk_census c = wk_take_census(w, name);
        TSNode p = c.other == 1 && c.classdefs == 0 ? wk_parent_of(w, c.binder) : (TSNode){0};
        if (!ts_node_is_null(p) && ts_node_symbol(p) == y->assignment &&
            ts_node_eq(wk_child(w, p, "left"), c.binder)) {
            TSNode v = wk_unparen(w, wk_child(w, p, "right"));
            ok = !ts_node_is_null(v) && ts_node_symbol(v) != y->identifier &&
                 fresh_container(w, s, v);
        }
    }
    if (s->nfresh < sizeof s->fresh / sizeof s->fresh[0])
        s->fresh[s->nfresh++] = (struct st_fresh){name, ok};
    return ok;
}

/* An operand the interpreter types without running program code: a display or
 * a comprehension (an exact list, tuple, dict or set), or an exact immutable
 * value (immutable_expr: numbers, text without interpolation, len(...)). */
static bool builtin_operand(walker *w, struct wk_stores *s, TSNode o)
{
    const an_syms *y = w->sym;
    o = wk_unparen(w, o);
    if (ts_node_is_null(o))
        return false;
    TSSymbol k = ts_node_symbol(o);
    if (k == y->tuple || k == y->list || k == y->set || k == sym_dictionary ||
        k == y->list_comprehension || k == y->set_comprehension ||
        k == sym_dictionary_comprehension)
        return true;
    str seen[8];
    return immutable_expr(w, s, o, seen, 0);
}

/* Is operator e one no method of the program answers? A binary operator tries
 * the right operand's reflected method first only for a subclass of the left
 * one's type, else the left's and then the right's (`[0] * n` runs n.__rmul__
 * when n is an object of the program): with both operands of builtin types the
 * builtin's code alone runs, and the result is a new value holding their parts
 * (`[0] * (len(a) + len(b) - 1)`), never what the program's operator methods
 * return (H_OP). */
static bool builtin_operator(walker *w, struct wk_stores *s, TSNode e)
{
    uint32_t at = ts_node_start_byte(e);
    unsigned slot = (at * 2654435761u) >> 26;
    if (s->op_answers[slot].at == at + 1)
        return s->op_answers[slot].res != 0;
    bool ok;
    if (ts_node_symbol(e) == w->sym->unary_operator)
        ok = builtin_operand(w, s, wk_child(w, e, "argument"));
    else
        ok = builtin_operand(w, s, wk_child(w, e, "left")) &&
             builtin_operand(w, s, wk_child(w, e, "right"));
    s->op_answers[slot].at = at + 1;
    s->op_answers[slot].res = ok;
    return ok;
}

/* The mask of expression e (lvl 1: following calls too). */
static unsigned mask(walker *w, struct wk_stores *s, TSNode e, int lvl, int depth)
{
    const an_syms *y = w->sym;
    if (ts_node_is_null(e))
        return 0;
    if (depth > 64)
        return M_ALL; /* deeper than we follow: assume the worst */
    e = wk_unparen(w, e);
    TSSymbol k = ts_node_symbol(e);
    if (k == y->identifier) {
        str name = wk_ident(w, e);
        const struct st_read *rd = s->nimplicit_reads ? scoped_read(s, e) : NULL;
        if (rd && rd->implicit) /* a parameter the interpreter fills */
            return s->unimported ? 0 : M_ALL;
        unsigned scoped = 0;
        uint32_t sc = name_scope(w, s, ts_node_start_byte(e), name);
        st_key *key = NULL;
        if (sc != UINT32_MAX) { /* a function's variable: its own key; else the name's */
            if (sc) {
                char buf[256];
                int pl = scope_prefix(buf, sc - 1);
                if ((size_t)pl + name.len < sizeof buf) {
                    memcpy(buf + pl, name.p, name.len);
                    scoped = read_key(s, find_key(s, (str){buf, (size_t)pl + name.len}), lvl);
                } else {
                    scoped = M_ALL;
                }
            } else { /* a global's: its own key when a function binds the name too */
                char buf[256];
                str g = global_key(buf, sizeof buf, name);
                key = g.p ? find_key(s, g) : NULL;
                if (!key || !key->evs)
                    key = find_key(s, name);
            }
        } else if (rd) { /* a lambda's parameter: its own key, and the name's if rebound */
            char buf[256];
            int pl = scope_prefix(buf, rd->fn);
            if (pl > 0 && (size_t)pl + name.len < sizeof buf) {
                memcpy(buf + pl, name.p, name.len);
                scoped = read_key(s, find_key(s, (str){buf, (size_t)pl + name.len}), lvl);
            } else {
                scoped = M_ALL;
            }
            key = find_key(s, name);
        } else {
            key = find_key(s, name);
        }
        if ((module_name(w, s, name) && !data_name(w, s, name)) ||
            unimported_library_name(w, s, name))
            return M_SELF;
        /* self of a class deriving from a library class: library-made; cls of
         * one (a classmethod's), a class whose methods read through it are the
         * library's functions: reached through a module */
        if (s->nmade_reads && made_read(s->made_reads, s->nmade_reads, ts_node_start_byte(e)))
            scoped |= M_MADE;
        if (s->nmade_class_reads &&
            made_read(s->made_class_reads, s->nmade_class_reads, ts_node_start_byte(e)))
            scoped |= M_SELF;
        /* a function as a value: what calling it returns (a lambda's is its body),
         * or a container of that (a future, a map: the library keeps results);
         * at level 0 only the latter, the value itself being a function */
        unsigned r = returns_mask_at(s, name, lvl);
        return scoped | read_key(s, key, lvl) | (lvl == 1 ? r : 0) | shl(r) |
               body_mask(s, name, lvl);
    }
    if (k == y->attribute) {
        /* a module's immutable data (math.inf, sys.maxsize) is no namespace */
        TSNode obj = wk_child(w, e, "object");
        str mod = module_of(w, obj);
        str an = wk_ident(w, wk_child(w, e, "attribute"));
        if (mod.p && an_rules_module_data(w->rules, mod.p, mod.len, an.p, an.len))
            return 0;
        if (class_data_read(w, obj, an))
            return 0;
        /* a class's name is an exact str: type's own getter answers it, and a
         * class statement (or the program's store, refused unless text) set it */
        if (class_name_read(w, obj, an))
            return 0;
        unsigned objm = mask(w, s, obj, lvl, depth + 1);
        if ((objm & M_MADE) && testcase_own_attribute(w, s, wk_unparen(w, obj), an))
            objm &= ~(unsigned)M_MADE;
        if (wk_eq(an, "__dict__")) /* the instance table: its items are attributes */
            return table_mask(s, objm, lvl) | attr_mask(s, an, objm, lvl);
        return attr_mask(s, an, objm, lvl);
    }
    if (k == y->subscript) { /* or what __getitem__, __missing__, __class_getitem__ return */
        TSNode v = wk_child(w, e, "value");
        unsigned vm = mask(w, s, v, lvl, depth + 1);
        unsigned m = elems(vm);
        /* R[a:b] is a new container of R's items where they lay, as the
         * stores count it (key_of_root), and so may R[i] be when i may be a
         * slice object (round 26q: `y += x[:]` put x's lists into y) */
        if (slice_subscript(w, e) || loose_level(w, e))
            m |= vm & ~M_TOP;
        return fresh_container(w, s, v) ? m : m | hook(s, lvl, H_ITEM);
    }
    if (k == y->assignment)
        return mask(w, s, wk_child(w, e, "right"), lvl, depth + 1);
    if (k == y->augmented_assignment) /* x += y: x, or what __iadd__ returns, */
        return mask(w, s, wk_child(w, e, "left"), lvl, depth + 1) | /* and what it */
               aug_parts(s, mask(w, s, wk_child(w, e, "right"), lvl, depth + 1), lvl); /* took */
    if (k == y->named_expression)
        return mask(w, s, wk_child(w, e, "value"), lvl, depth + 1);
    if (k == y->lambda)
        return mask(w, s, wk_child(w, e, "body"), lvl, depth + 1);
    if (k == y->keyword_argument)
        return mask(w, s, wk_child(w, e, "value"), lvl, depth + 1);
    if (k == y->list_splat) /* spread: iterated */
        return elems(children_mask(w, s, e, lvl, depth)) | hook(s, lvl, H_ELEM);
    if (k == y->dictionary_splat) /* spread: keys() and __getitem__ called */
        return elems(children_mask(w, s, e, lvl, depth)) | hook(s, lvl, H_LIB);
    if (k == y->list_comprehension || k == y->set_comprehension ||
        k == y->generator_expression || k == sym_dictionary_comprehension)
        return shl(mask(w, s, wk_named_child(w, e, 0), lvl, depth + 1)); /* its body */
    if (k == y->tuple || k == y->list || k == y->set || k == sym_dictionary ||
        k == y->expression_list)
        return shl(children_mask(w, s, e, lvl, depth));
    if (k == y->conditional_expression)
        return mask(w, s, wk_named_child(w, e, 0), lvl, depth + 1) |
               mask(w, s, wk_named_child(w, e, 2), lvl, depth + 1);
    if (k == y->await) { /* a future's result, or what the awaitable returns */
        unsigned m = children_mask(w, s, e, lvl, depth);
        return m | elems(m) | returns_mask_at(s, (str){"__await__", 9}, lvl);
    }
    if (k == sym_yield && lvl == 1) /* x = yield: what send() hands in */
        return M_ALL;
    /* `x = yield from X`: the value of the StopIteration that ends X, what a
     * generator returns or any StopIteration(v) raised carries */
    if (k == sym_yield && ts_node_child_count(e) > 1 &&
        strcmp(ts_node_type(wk_nth_child(w, e, 1)), "from") == 0)
        return M_ALL;
    if (k == sym_yield && !(ts_node_child_count(e) > 1 &&
                            strcmp(ts_node_type(wk_nth_child(w, e, 1)), "from") == 0))
        return key_mask(s, SENT, lvl); /* what any send() passes, not following calls */
    /* operator_mask; or what the program's own operator methods return */
    if (k == y->binary_operator || k == y->unary_operator)
        return operator_mask(w, e, children_mask(w, s, e, lvl, depth), lvl) |
               (builtin_operator(w, s, e) ? 0 : hook(s, lvl, H_OP));
    if (k == y->comparison_operator) /* a bool, or what __eq__, __lt__, ... return */
        return hook(s, lvl, H_OP);
    if (k == y->boolean_operator || k == y->pair || k == y->parenthesized_expression)
        return children_mask(w, s, e, lvl, depth);
    if (k == y->call) {
        TSNode f = wk_unparen(w, wk_child(w, e, "function"));
        TSNode args = wk_child(w, e, "arguments");
        unsigned byname;
        if (by_name_call(w, s, f, args, lvl, depth, &byname))
            return byname;
        if (table_call(w, s, f, args, lvl, depth, &byname))
            return byname;
        if (lvl == 0)
            return call_mask0(w, s, f, args, depth);
        return call_mask(w, s, f, args,
                         deepcopy_memo(w, f, args)
                             ? mask(w, s, wk_named_child(w, args, 0), lvl, depth + 1)
                             : args_mask(w, s, f, args, lvl, depth),
                         depth);
    }
    return 0; /* strings, numbers, not: new values */
}

/* Is e a reader of csv's, made by a call of csv.reader or csv.DictReader itself
 * (no subclass) where it stands or by the one assignment that binds variable e?
 * Then *m is what a row its iteration hands out holds. A row is a new list or
 * dict of new strings, which the library's C parser cuts from the lines it reads
 * (never the lines' objects themselves); a DictReader's row takes as keys the
 * items of its fieldnames and its restkey, and as values its restval itself
 * (DictReader.__next__), given to the call (positions 1 to 3 or by keyword; a
 * call with a splat, which moves the places after it, is no such reader) or
 * stored later under those attribute names, or
 * the items of the rows of a `reader` the program stores there (what any
 * attribute store writes, SETVAL: a variable may share those names). So
 * `row["n"] = int(row["n"])` writes the program's own dict, and every other use
 * of the reader (next(r), list(r)) is a library object's as before. */
static bool csv_rows(walker *w, struct wk_stores *s, TSNode e, int lvl, unsigned *m)
{
    static const char *const held[] = {"fieldnames", "restkey", "restval"};
    const an_syms *y = w->sym;
    if (ts_node_is_null(e))
        return false;
    /* asked of every loop's value at every step of the fixpoint: a program that
     * imports nothing of csv is answered at once */
    if (!s->csv_imported) {
        s->csv_imported = 1;
        for (size_t i = 0; i < w->nbinds; i++)
            if (same((str){w->binds[i].module, w->binds[i].module_len}, (str){"csv", 3}))
                s->csv_imported = 2;
    }
    if (s->csv_imported != 2)
        return false;
    e = wk_unparen(w, e);
    if (ts_node_symbol(e) == y->identifier) {
        wk_census c = wk_take_variable_census(w, e);
        if (c.classdefs != 0 || c.other != 1 || ts_node_is_null(c.binder))
            return false;
        TSNode asg = wk_parent_of(w, c.binder);
        if (ts_node_is_null(asg) || ts_node_symbol(asg) != y->assignment ||
            !wk_child_is(w, asg, "left", c.binder) || !wk_same_variable(w, c.binder, e))
            return false;
        e = wk_unparen(w, wk_child(w, asg, "right"));
    }
    str mod, fn;
    if (ts_node_is_null(e) || ts_node_symbol(e) != y->call)
        return false;
    TSNode f = wk_child(w, e, "function"), args = wk_child(w, e, "arguments");
    if (!module_function(w, f, &mod, &fn) || !wk_eq(mod, "csv") ||
        !(wk_eq(fn, "reader") || wk_eq(fn, "DictReader")))
        return false;
    if (wk_eq(fn, "reader")) {
        *m = 0;
        return true;
    }
    if (ts_node_is_null(args) || ts_node_symbol(args) != y->argument_list)
        return false;
    unsigned items = 0;
    uint32_t n = ts_node_named_child_count(args), pos = 0;
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == y->comment)
            continue;
        if (k == y->list_splat || k == y->dictionary_splat)
            return false; /* a splat moves the places after it (round 31a) */
        str name = k == y->keyword_argument ? wk_ident(w, wk_child(w, a, "name"))
                   : pos == 1                ? (str){"fieldnames", 10}
                   : pos == 2                ? (str){"restkey", 7}
                   : pos == 3                ? (str){"restval", 7}
                                             : (str){NULL, 0};
        if (k != y->keyword_argument)
            pos++;
        TSNode v = k == y->keyword_argument ? wk_child(w, a, "value") : a;
        unsigned vm = name.p && wk_eq_any(name, held, sizeof held / sizeof *held)
                          ? mask(w, s, v, lvl, 1)
                          : 0;
        items |= wk_eq(name, "fieldnames") ? elems(vm) : vm;
    }
    /* a store of the attributes: any value an attribute store writes */
    unsigned set = key_mask(s, SETVAL, lvl);
    items |= set | elems(set) | elems(elems(set));
    *m = shl(items);
    return true;
}

/* The mask of value e iterated iter times: each time an element of it (or,
 * conservatively, itself: with ... as may bind the manager), or what the
 * program's __iter__, __next__, __enter__, __getitem__ ... hand out, or what
 * method `via` returns or an element of it (a mapping pattern's get, the keys()
 * that dict.update calls). */
static unsigned iter_mask(walker *w, struct wk_stores *s, TSNode e, unsigned iter, str via,
                          int lvl)
{
    unsigned m;
    if (iter > 0 && !via.p && csv_rows(w, s, e, lvl, &m))
        iter--; /* the first step is a row */
    else
        m = mask(w, s, e, lvl, 0);
    unsigned r = via.p ? returns_mask_at(s, via, lvl) : 0; /* get: a value; keys: many */
    unsigned step = hook(s, lvl, H_ELEM) | r | elems(r);
    /* Iterating a display or a comprehension (`a, b = K(1), K(2)`) runs no code of
     * the program: its first step hands out exactly its elements. */
    TSSymbol k = ts_node_is_null(e) ? 0 : ts_node_symbol(wk_unparen(w, e));
    const an_syms *y = w->sym;
    bool display = k == y->tuple || k == y->list || k == y->set || k == y->expression_list ||
                   k == sym_dictionary || k == y->list_comprehension ||
                   k == y->set_comprehension || k == y->generator_expression ||
                   k == sym_dictionary_comprehension;
    for (unsigned i = 0; i < iter; i++)
        m |= elems(m) | (i == 0 && display && !via.p ? 0 : step);
    return m;
}

/* Does the program import no module at all (not even `from __future__ import
 * annotations`, which binds the name to an object of that module)? Then no
 * value it can hold is reached through a module: modules are never values
 * (rule module_value), so such a value enters the program only through a name
 * an import binds (a module path, a from-import, a star import) or a call of a
 * library function or class, which it names the same way; the
 * builtins are no module here (a builtin function or class takes no attribute
 * store, the builtins that are objects of a module's class, `help`,
 * `copyright`, are refused by name, and `exit`, `quit` are module values:
 * unimported_library_name), and no code of a module the program does
 * not import calls the program's functions (the interpreter hands an operator
 * method, an exception handler or a callback the program's own values, or new
 * builtin ones). So the parameters the interpreter fills, exceptions caught and
 * what escaping functions are handed, which may be "anything", hold nothing of
 * a module's either (issue 13, round 15: a trie's `__contains__`). */
static bool no_module_imported(const walker *w)
{
    if (w->nstar)
        return false;
    /* a future import binds no name the record pass keeps; CPython compiles
     * one only before every other statement (a docstring and comments aside) */
    for (TSNode c = ts_node_named_child(w->root, 0); !ts_node_is_null(c);
         c = ts_node_next_named_sibling(c)) {
        TSSymbol k = ts_node_symbol(c);
        if (k == w->sym->future_import_statement)
            return false;
        if (k != w->sym->comment && k != w->sym->expression_statement)
            break;
    }
    for (size_t i = 0; i < w->nbinds; i++) {
        const binding *b = &w->binds[i];
        if (b->kind != BIND_ALIAS) /* (an alias is the program's own `x = y`) */
            return false;
    }
    return true;
}

static bool plain_index(walker *w, struct wk_stores *s, TSNode t);

/* 1 when ev stores into an item target whose index is plain (plain_index: no
 * slice object), whose value is then stored whole, not iterated; else 0. Asked
 * once an event: the bindings it reads are all made before the fixpoint. */
static unsigned held_plain(walker *w, struct wk_stores *s, const st_event *ev)
{
    if (ts_node_is_null(ev->target) || ev->iter == 0)
        return 0;
    size_t i = (size_t)(ev - s->ev);
    if (i >= s->nev)
        return plain_index(w, s, ev->target) ? 1 : 0;
    if (!s->ev[i].plain)
        s->ev[i].plain = plain_index(w, s, ev->target) ? 1 : 2;
    return s->ev[i].plain == 1 ? 1 : 0;
}

/* What a record logging hands a hook holds: what the program logged (LOGGED:
 * message arguments, extra=, what addLevelName, Logger, LogRecord and getChild
 * were given: record_field_call) and whatever the program stores under a
 * record's attribute names on any object (a logger's `name`, a filter's
 * `record.msg = v`): round 28d, `logging.Logger(sys.argv)` and
 * `addLevelName(99, sys.argv)` made a record's name and levelname sys.argv. */
static unsigned record_mask(struct wk_stores *s, int lvl)
{
    static const char *const fields[] = {
        "name",     "levelname", "levelno",  "msg",        "args",      "exc_info",
        "exc_text", "stack_info", "funcName", "module",    "filename",  "pathname",
        "lineno",   "threadName", "processName", "message", "asctime",  "created",
        "msecs",    "relativeCreated", "thread", "process", "taskName"};
    unsigned m = key_mask(s, LOGGED, lvl);
    for (size_t i = 0; i < sizeof fields / sizeof *fields && (m & M_ALL) != M_ALL; i++)
        m |= key_mask(s, (str){fields[i], strlen(fields[i])}, lvl);
    return spread(m & M_ALL) & ~M_SELF;
}

static unsigned event_mask(walker *w, struct wk_stores *s, const st_event *ev, int lvl)
{
    str via = ev->kind == EV_ATTR ? (str){NULL, 0} : ev->attr;
    switch ((ev_kind)ev->kind) {
    case EV_VALUE:
        return iter_mask(w, s, ev->value, ev->iter, via, lvl);
    case EV_HOLD: {
        unsigned m = iter_mask(w, s, ev->value, ev->iter - held_plain(w, s, ev), via, lvl);
        for (unsigned i = 0; i < ev->shift; i++)
            m = shl(m);
        return m;
    }
    case EV_CALLEE: { /* a decorator: called with the definition; a factory's result
                       * is whatever some function returns */
        TSNode d = wk_unparen(w, ev->value);
        unsigned m;
        if (lvl == 0) /* what the program's decorators return; a callable object a
                       * call made (a partial) answers what it holds, lifted */
            m = ts_node_symbol(d) == w->sym->call
                    ? key_mask(s, (str){"()*", 3}, 0) | spread(mask(w, s, d, 0, 0) & M_ALL)
                    : call_mask0(w, s, d, (TSNode){0}, 0);
        else if (ts_node_symbol(d) == w->sym->call)
            m = key_mask(s, (str){"()*", 3}, 1) | spread(mask(w, s, d, 1, 0));
        else
            m = call_mask(w, s, d, (TSNode){0}, 0, 0);
        /* the def or class itself, or a wrapper made for it: no module's object
         * (what it holds stays as the call's rule says) */
        return own_product_decorators(w, ev->value) ? m & ~M_SELF : m;
    }
    case EV_ANY: { /* shift: what lies that deep may be anything (a held append's) */
        if (s->unimported)
            return 0;
        unsigned m = M_ALL;
        for (unsigned i = 0; i < ev->shift; i++)
            m = shl(m);
        return m;
    }
    case EV_ESC:
        return s->unimported ? 0 : spread(hook(s, lvl, H_ESC));
    case EV_NONE:
        return 0;
    case EV_KEY:
        return key_mask(s, ev->attr, lvl);
    case EV_JSON:
        return spread(key_mask(s, ev->attr, lvl)) & ~M_TOP;
    case EV_RECORD: /* new: only what it holds may be a module's */
        return s->unimported ? 0 : record_mask(s, lvl);
    case EV_HANDED: /* and what the program's hooks hand library code back */
        return s->unimported ? 0
                             : spread((key_mask(s, HANDED, lvl) | hook(s, lvl, H_LIB) |
                                       hook(s, lvl, H_ESC)) &
                                      M_ALL);
    case EV_ALIAS: { /* a container the call handed in is the parameter itself */
        unsigned m = key_mask(s, ev->attr, lvl);
        if (ev->up == ALIAS_ANY) /* a part of the object, at any depth */
            m = spread(m);
        for (unsigned i = 0; ev->up != ALIAS_ANY && i < ev->up; i++) /* deeper than it */
            m = ((m >> 1) & (7u | 7u << 4)) | (m & (8u | 8u << 4)); /* each kind's */
        m &= ~M_TOP;
        for (unsigned i = 0; i < ev->shift; i++)
            m = shl(m);
        return m;
    }
    case EV_ATTR: {
        unsigned m =
            attr_mask(s, ev->attr, iter_mask(w, s, ev->value, ev->iter, via, lvl), lvl);
        return m | elems(m);
    }
    }
    return M_ALL;
}

/* ---- indices that are never a slice ----
 *
 * An earlier run of `R[i] op= v` with i a slice object stored the elements of
 * R[i] op v, v's elements among them, as R's items: the next run with i an
 * integer changes one of those in place (`for i in [slice(0, 0), 0]: R[i] +=
 * parts[n]`). So the statement's own store counts unless its index is plain:
 * an expression whose value is always a number, text, a bool or None (never a
 * slice): literals, `not`, operators and comparisons of plain operands, len(),
 * int(), ord(), and names every binding of which (scopes are ignored, as for
 * the masks) is plain: a plain value, `n += plain`, a for target over range(),
 * the first target over enumerate(); never a parameter of a def or lambda
 * around the read, an import, a def or a class. Cycles (`i = i + 1`) hold:
 * every value they make is plain if the values they start from are. */
static bool plain_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen);

static bool unshadowed(walker *w, struct wk_stores *s, str name)
{
    return !module_name(w, s, name) && !find_key(s, name) &&
           !in_names(s->defnames, s->ndefs, name) &&
           !in_names(s->classnames, s->nclasses, name);
}

static bool builtin_call(walker *w, struct wk_stores *s, TSNode e, const char *const *fns,
                         size_t nfns)
{
    e = wk_unparen(w, e);
    if (ts_node_is_null(e) || ts_node_symbol(e) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, e, "function"));
    if (ts_node_is_null(f) || ts_node_symbol(f) != w->sym->identifier)
        return false;
    str name = wk_ident(w, f);
    return wk_eq_any(name, fns, nfns) && unshadowed(w, s, name);
}

/* Is identifier e a parameter of a def or lambda around it (a closure's
 * too)? Its value is what the calls, or the interpreter, hand in. */
static bool enclosing_parameter0(walker *w, TSNode e);

/* enclosing_parameter0, kept per identifier: its answer is the tree's alone,
 * and each walks up to the root (ts_node_parent descends from it each step)
 * reading every def's parameters on the way. */
static bool enclosing_parameter(walker *w, TSNode e)
{
    struct st_node_memo *m = w->stores && e.id ? &w->stores->param_memo[memo_slot(e.id, 8)] : NULL;
    if (m && m->ok && m->id == e.id)
        return m->ok == 1;
    bool ok = enclosing_parameter0(w, e);
    if (m)
        *m = (struct st_node_memo){e.id, NULL, ok ? 1 : 2};
    return ok;
}

/* Is name a parameter of def or lambda p? */
static bool has_parameter(walker *w, TSNode p, str name)
{
    params ps = read_params(w, p);
    if (ps.npos >= 32 || ps.nkw >= 32 || same(ps.star, name) || same(ps.dstar, name))
        return true; /* read_params keeps 32 of each */
    for (size_t j = 0; j < ps.npos; j++)
        if (same(ps.pos[j], name))
            return true;
    for (size_t j = 0; j < ps.nkw; j++)
        if (same(ps.kw[j], name))
            return true;
    return false;
}

/* The ancestors are found from the root down in the flat tree (nodes.h): the
 * child holding e is the one whose subtree's entries cover e's, a few
 * instructions a sibling, where ts_node_parent rebuilds each step's children
 * from the root. The order the defs around are asked in changes no answer. */
static bool enclosing_parameter0(walker *w, TSNode e)
{
    size_t at = w->nodes ? an_nodes_find(w->nodes, e) : AN_NODES_NONE;
    if (at != AN_NODES_NONE) {
        const an_node *t = an_nodes_get(w->nodes);
        str name = wk_ident(w, e);
        for (size_t j = 0; j < at;) {
            if ((t[j].sym == w->sym->function_definition || t[j].sym == w->sym->lambda) &&
                has_parameter(w, t[j].node, name))
                return true;
            size_t c = j + 1;
            while (t[c].end <= at) /* the child whose subtree holds e */
                c = t[c].end;
            j = c;
        }
        return false;
    }
    str name = wk_ident(w, e);
    for (TSNode p = wk_parent_of(w, e); !ts_node_is_null(p); p = wk_parent_of(w, p)) {
        TSSymbol k = ts_node_symbol(p);
        if ((k == w->sym->function_definition || k == w->sym->lambda) &&
            has_parameter(w, p, name))
            return true;
    }
    return false;
}

static bool binds_name(walker *w, TSNode pat, str name, int depth)
{
    if (ts_node_is_null(pat) || depth > 16)
        return true;
    if (ts_node_symbol(pat) == w->sym->identifier)
        return same(wk_ident(w, pat), name);
    uint32_t n = ts_node_named_child_count(pat);
    for (uint32_t i = 0; i < n; i++)
        if (binds_name(w, wk_named_child(w, pat, i), name, depth + 1))
            return true;
    return false;
}

/* Is event ev, one of key name's, a plain binding? */
static bool plain_event(walker *w, struct wk_stores *s, const st_event *ev, str name, str *seen,
                        int nseen)
{
    const an_syms *y = w->sym;
    if (ev->kind == EV_NONE) /* a parameter's: its reads are not this name's */
        return true;
    if (ev->kind != EV_VALUE || ts_node_is_null(ev->value))
        return false;
    TSNode v = wk_unparen(w, ev->value);
    if (ev->iter == 0) {
        if (ts_node_symbol(v) != y->augmented_assignment)
            return plain_expr(w, s, v, seen, nseen);
        TSNode l = wk_unparen(w, wk_child(w, v, "left"));
        return !ts_node_is_null(l) && ts_node_symbol(l) == y->identifier &&
               same(wk_ident(w, l), name) &&
               plain_expr(w, s, wk_child(w, v, "right"), seen, nseen);
    }
    TSNode up = wk_parent_of(w, ev->value);
    if (ts_node_is_null(up) ||
        (ts_node_symbol(up) != y->for_statement && ts_node_symbol(up) != y->for_in_clause) ||
        !ts_node_eq(wk_child(w, up, "right"), ev->value))
        return false;
    TSNode left = wk_unparen(w, wk_child(w, up, "left"));
    if (ts_node_is_null(left))
        return false;
    static const char *const range[] = {"range"}, *const enumerate[] = {"enumerate"};
    if (ev->iter == 1)
        return ts_node_symbol(left) == y->identifier && same(wk_ident(w, left), name) &&
               builtin_call(w, s, v, range, 1);
    TSSymbol lk = ts_node_symbol(left);
    if (ev->iter != 2 ||
        (lk != y->pattern_list && lk != y->tuple_pattern && lk != y->list_pattern) ||
        ts_node_named_child_count(left) != 2 || !builtin_call(w, s, v, enumerate, 1))
        return false;
    TSNode first = wk_unparen(w, wk_named_child(w, left, 0));
    return !ts_node_is_null(first) && ts_node_symbol(first) == y->identifier &&
           same(wk_ident(w, first), name) &&
           !binds_name(w, wk_named_child(w, left, 1), name, 0);
}

typedef bool (*binding_test)(walker *w, struct wk_stores *s, const st_event *ev, str name,
                             str *seen, int nseen);

/* The key whose events bind the name read at identifier id: the variable of
 * the function that binds it (scope_copies made it; its mask is what the
 * masks read there), else the one key per name, which gathers every scope's
 * bindings (a function whose bindings are all literals has no key of its own). */
static st_key *binding_key(walker *w, struct wk_stores *s, TSNode id, str name)
{
    if (!ts_node_is_null(id)) {
        uint32_t sc = name_scope(w, s, ts_node_start_byte(id), name);
        char buf[256];
        int pl = sc && sc != UINT32_MAX ? scope_prefix(buf, sc - 1) : 0;
        if (pl > 0 && (size_t)pl + name.len < sizeof buf) {
            memcpy(buf + pl, name.p, name.len);
            st_key *k = find_key(s, (str){buf, (size_t)pl + name.len});
            if (k && k->evs)
                return k;
        }
    }
    return find_key(s, name);
}

/* Does every binding of the name read at identifier id pass test? Variables
 * already on the path (seen, by key) answer yes, a cycle the other bindings
 * decide; eight deep, a def's or a class's name, a module's, or a name nothing
 * binds, no. */
static bool every_binding(walker *w, struct wk_stores *s, TSNode id, str name, str *seen,
                          int nseen, binding_test test)
{
    if (nseen >= 8 || module_name(w, s, name) || in_names(s->defnames, s->ndefs, name) ||
        in_names(s->classnames, s->nclasses, name))
        return false;
    st_key *k = binding_key(w, s, id, name);
    if (!k || !k->evs)
        return false;
    for (int i = 0; i < nseen; i++)
        if (same(seen[i], k->name))
            return true;
    seen[nseen++] = k->name;
    for (uint32_t e = k->evs; e; e = s->next_ev[e - 1])
        if (!test(w, s, &s->ev[e - 1], name, seen, nseen))
            return false;
    return true;
}

static bool plain_name(walker *w, struct wk_stores *s, TSNode id, str *seen, int nseen)
{
    return every_binding(w, s, id, wk_ident(w, id), seen, nseen, plain_event);
}

static bool plain_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    if (ts_node_is_null(e))
        return false;
    TSSymbol k = ts_node_symbol(e);
    if (k == y->integer || k == sym_float || k == y->true_ || k == y->false_ || k == y->none ||
        k == y->not_operator)
        return true;
    /* text with a field is what __format__ returned when the field stands alone
     * (FORMAT_VALUE: any str subclass, with the program's operators; round 26g) */
    if (k == y->string || k == y->concatenated_string)
        return no_interpolation(w, e);
    if (k == y->identifier) /* a parameter's read (closures too) may be anything */
        return !enclosing_parameter(w, e) && plain_name(w, s, e, seen, nseen);
    if (k == y->unary_operator)
        return plain_expr(w, s, wk_child(w, e, "argument"), seen, nseen);
    if (k == y->binary_operator || k == y->boolean_operator)
        return plain_expr(w, s, wk_child(w, e, "left"), seen, nseen) &&
               plain_expr(w, s, wk_child(w, e, "right"), seen, nseen);
    if (k == y->comparison_operator || k == y->conditional_expression) {
        /* a comparison of plain operands is a bool; a conditional expression
         * is one of its branches (the test, its second part, is not) */
        uint32_t n = ts_node_named_child_count(e);
        for (uint32_t i = 0; i < n; i++)
            if (!(k == y->conditional_expression && i == 1) &&
                !plain_expr(w, s, wk_named_child(w, e, i), seen, nseen))
                return false;
        return n > 0;
    }
    static const char *const numbers[] = {"len", "int", "ord"};
    return builtin_call(w, s, e, numbers, sizeof numbers / sizeof numbers[0]);
}

/* Is subscript target t's index plain (a single index, no slice)? */
static bool plain_index(walker *w, struct wk_stores *s, TSNode t)
{
    if (ts_node_symbol(t) != w->sym->subscript || ts_node_named_child_count(t) != 2)
        return false;
    str seen[8];
    if (plain_expr(w, s, wk_child(w, t, "subscript"), seen, 0))
        return true;
    /* a dict's item: a slice is no key of one (unhashable in 3.11), so the
     * value is stored whole (honest23 p29: `self.d[event] = [...]` with d a
     * defaultdict and event anything) */
    TSNode v = wk_unparen(w, wk_child(w, t, "value"));
    if (ts_node_symbol(v) == w->sym->identifier)
        return variable_holds(w, s, v, VT_MAPPING);
    if (ts_node_symbol(v) == w->sym->attribute)
        return attribute_holds(w, s, wk_ident(w, wk_child(w, v, "attribute")), VT_MAPPING);
    return false;
}

/* ---- an augmented assignment that only rebinds its name ----
 *
 * `x op= v` changes an object in place only through type(x).__iop__; without
 * one CPython computes x op v (x.__op__(v), or v.__rop__(x)) and binds the
 * result to x, which changes no object. The library's classes that define an
 * in-place operator are the containers (list, bytearray, dict, set, deque,
 * Counter, OrderedDict, ChainMap, array, WeakSet, the collections' User* and
 * abc.Mutable* classes); numbers, text, tuples, Fraction and Decimal have none.
 * So SF_AUG on a name is no store when every value the name may hold is an
 * exact instance of such an immutable type (immutable_name): every event of
 * the name (its key gathers the bindings of every scope, so more events make
 * the answer no sooner) is a literal number or text without interpolation (an
 * f-string's single field may be a str subclass __format__ made), a bool, a
 * call of Fraction or Decimal bound by their import alone (their constructors
 * return exact instances), of the builtins int, float, bool, len, ord (exact
 * ints and floats: int() and float() convert a subclass __int__ hands back),
 * `for i in range(...)` and enumerate's count, an operator, comparison or
 * conditional over such values (the builtin types' and Fraction's and
 * Decimal's operators, given one another, return exact numbers, text, tuples
 * or bools), or the name's own augmented assignment; a parameter's read (the
 * caller's value) never is. The right side of `x op= v` may be anything when
 * no program code can answer v.__rop__(x) (reflected_free): a class of the
 * program then has no such method (a def, a class-body name, no library base
 * to inherit one from, no metaclass), and the library's reflected operators
 * (UserList.__radd__, deque.__rmul__, Set.__ror__ on its own classes,
 * timedelta's, Decimal's, Fraction's, Flag's, typing's __ror__) return new
 * objects, numbers or immutable ones, never an object they were not given. */
static bool immutable_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen);

static const char *reflected_name(str op)
{
    static const char *const ops[][2] = {{"+=", "__radd__"}, {"-=", "__rsub__"},
                                         {"*=", "__rmul__"}, {"|=", "__ror__"},
                                         {"&=", "__rand__"}, {"^=", "__rxor__"}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (wk_eq(op, ops[i][0]))
            return ops[i][1];
    return NULL;
}

/* Can no code of the program answer the reflected operator of augmented
 * operator op (by a def, a name bound in a class body, a library base's
 * method calling the program's hooks, or a metaclass)? */
static bool reflected_free(walker *w, struct wk_stores *s, str op)
{
    const char *r = reflected_name(op);
    if (!r || s->foreign)
        return false;
    str rn = {r, strlen(r)};
    if (in_names(s->defnames, s->ndefs, rn) || find_key(s, rn) || wk_text_has(w, r))
        return false;
    for (size_t i = 0; i < s->nclasses; i++) { /* a metaclass, __init_subclass__'s keywords */
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t n = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < n; j++)
            if (ts_node_symbol(wk_named_child(w, bases, j)) != w->sym->identifier)
                return false;
    }
    return true;
}

/* Is callee f Fraction or Decimal, bound by its from-import alone, or reached
 * as fractions.Fraction / decimal.Decimal? */
static bool exact_number_class(walker *w, TSNode f)
{
    f = wk_unparen(w, f);
    str mod = {NULL, 0}, fn = {NULL, 0};
    if (ts_node_symbol(f) == w->sym->identifier) {
        const binding *b = wk_import_only(w, wk_ident(w, f));
        if (!b)
            return false;
        mod = (str){b->module, b->module_len};
        fn = (str){b->attr, b->attr_len};
    } else if (!module_function(w, f, &mod, &fn)) {
        return false;
    }
    return (wk_eq(mod, "fractions") && wk_eq(fn, "Fraction")) ||
           (wk_eq(mod, "decimal") && wk_eq(fn, "Decimal"));
}

static bool immutable_event(walker *w, struct wk_stores *s, const st_event *ev, str name,
                            str *seen, int nseen)
{
    const an_syms *y = w->sym;
    if (ev->kind == EV_NONE || ev->kind == EV_ALIAS || ev->kind == EV_HOLD)
        return true; /* a parameter's own key holds its reads; an alias shares an
                      * object the name's bindings made, of their type; what is
                      * stored into an object that text or a number is could not
                      * be (the link of a text call's argument to its result:
                      * `re.findall(p, line)` where `line = sys.stdin.readline()`) */
    if (ev->kind != EV_VALUE || ts_node_is_null(ev->value))
        return false;
    if (ev->iter > 0) /* for i in range(...), for i, x in enumerate(...) */
        return plain_event(w, s, ev, name, seen, nseen);
    TSNode v = wk_unparen(w, ev->value);
    if (ts_node_symbol(v) != y->augmented_assignment)
        return immutable_expr(w, s, v, seen, nseen);
    TSNode l = wk_unparen(w, wk_child(w, v, "left"));
    TSNode op = wk_child(w, v, "operator");
    if (ts_node_is_null(l) || ts_node_symbol(l) != y->identifier || !same(wk_ident(w, l), name) ||
        ts_node_is_null(op))
        return false;
    return reflected_free(w, s, wk_text(w, op)) ||
           immutable_expr(w, s, wk_child(w, v, "right"), seen, nseen);
}

static bool value_event(walker *w, struct wk_stores *s, const st_event *ev, str name, str *seen,
                        int nseen)
{
    (void)w, (void)s, (void)name, (void)seen, (void)nseen;
    return ev->kind != EV_VALUE;
}

static bool immutable_name(walker *w, struct wk_stores *s, TSNode id, str *seen, int nseen)
{
    str name = wk_ident(w, id);
    if (wk_is_dunder(name) || unimported_library_name(w, s, name))
        return false;
    /* bound at least once (holds alone bind nothing), and each binding immutable */
    str none[8];
    return !every_binding(w, s, id, name, none, 0, value_event) &&
           every_binding(w, s, id, name, seen, nseen, immutable_event);
}

/* Is call e one that answers exact text whatever the program is: a read of the
 * library's own stdin (`sys.stdin.readline()`, `sys.stdin.read()`: the program
 * cannot rebind sys.stdin; also through a variable bound once to the method,
 * `input = sys.stdin.readline`, module_alias_callee), or json.dumps without cls= (its encoder is then the
 * library's, which joins exact text; with cls= the program's encode answers)? */
static TSNode module_alias_callee(walker *w, TSNode f);

static bool exact_text_call(walker *w, TSNode e)
{
    TSNode f = wk_unparen(w, wk_child(w, e, "function")), args = wk_child(w, e, "arguments");
    if (ts_node_is_null(args) || ts_node_symbol(args) != w->sym->argument_list)
        return false;
    TSNode mf = module_alias_callee(w, f); /* `input = sys.stdin.readline` */
    if (!ts_node_is_null(mf))
        f = mf;
    if (ts_node_symbol(f) == w->sym->attribute) {
        TSNode o = wk_unparen(w, wk_child(w, f, "object"));
        str fn = wk_ident(w, wk_child(w, f, "attribute"));
        if (ts_node_symbol(o) == w->sym->attribute &&
            wk_eq(wk_ident(w, wk_child(w, o, "attribute")), "stdin") &&
            wk_eq(wk_module_path_only(w, wk_child(w, o, "object")), "sys"))
            return (wk_eq(fn, "readline") || wk_eq(fn, "read")) &&
                   ts_node_named_child_count(args) <= 1 && literal_args(w, args);
    }
    str mod, fn;
    if (!module_function(w, f, &mod, &fn) || !wk_eq(mod, "json") || !wk_eq(fn, "dumps"))
        return false;
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
        TSNode a = wk_named_child(w, args, i);
        TSSymbol k = ts_node_symbol(a);
        if (k == w->sym->list_splat || k == w->sym->dictionary_splat ||
            (k == w->sym->keyword_argument && wk_eq(wk_ident(w, wk_child(w, a, "name")), "cls")))
            return false;
    }
    return true;
}

static bool immutable_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen)
{
    const an_syms *y = w->sym;
    e = wk_unparen(w, e);
    if (ts_node_is_null(e))
        return false;
    TSSymbol k = ts_node_symbol(e);
    if (k == y->integer || k == sym_float || k == y->true_ || k == y->false_ || k == y->none ||
        k == y->not_operator)
        return true;
    if (k == y->string || k == y->concatenated_string) { /* no interpolation */
        uint32_t n = ts_node_named_child_count(e);
        for (uint32_t i = 0; i < n; i++) {
            TSNode c = wk_named_child(w, e, i);
            if ((ts_node_symbol(c) == y->string || ts_node_symbol(c) == y->concatenated_string)
                    ? !immutable_expr(w, s, c, seen, nseen)
                    : ts_node_symbol(c) == y->interpolation)
                return false;
        }
        return true;
    }
    if (k == y->identifier)
        return !enclosing_parameter(w, e) && immutable_name(w, s, e, seen, nseen);
    if (k == y->attribute) { /* the audit's data of a module or a library class */
        TSNode obj = wk_child(w, e, "object");
        str an = wk_ident(w, wk_child(w, e, "attribute"));
        str mod = wk_module_path_only(w, obj);
        return (mod.p && an_rules_module_data(w->rules, mod.p, mod.len, an.p, an.len)) ||
               class_data_read(w, obj, an);
    }
    if (k == y->unary_operator)
        return immutable_expr(w, s, wk_child(w, e, "argument"), seen, nseen);
    if (k == y->binary_operator || k == y->boolean_operator)
        return immutable_expr(w, s, wk_child(w, e, "left"), seen, nseen) &&
               immutable_expr(w, s, wk_child(w, e, "right"), seen, nseen);
    if (k == y->comparison_operator || k == y->conditional_expression) {
        uint32_t n = ts_node_named_child_count(e);
        for (uint32_t i = 0; i < n; i++)
            if (!(k == y->conditional_expression && i == 1) &&
                !immutable_expr(w, s, wk_named_child(w, e, i), seen, nseen))
                return false;
        return n > 0;
    }
    if (k == y->call && exact_number_class(w, wk_child(w, e, "function")))
        return true;
    static const char *const numbers[] = {"len", "int", "ord", "float", "bool", "input"};
    return builtin_call(w, s, e, numbers, sizeof numbers / sizeof numbers[0]) ||
           (k == y->call && exact_text_call(w, e));
}

/* Is SF_AUG store st on a name that only ever holds immutable values? */
static bool aug_rebinds(walker *w, struct wk_stores *s, const st_store *st)
{
    TSNode t = wk_unparen(w, st->obj);
    if (ts_node_is_null(t) || ts_node_symbol(t) != w->sym->identifier || enclosing_parameter(w, t))
        return false;
    str seen[8];
    return immutable_name(w, s, t, seen, 0);
}

/* ---- an augmented assignment judged on what its target held before it ----
 *
 * `T op= v` is first T.__iop__(v) on the value T holds, judged as T.extend(v)
 * would be (SF_AUG). The masks take its store of the result into T's
 * container as a store of the statement's value (T, v's parts, H_OP), and an
 * item store iterates what it stores, as a slice store does: flow-insensitive,
 * the statement's own store made T itself suspect when v may be anything
 * (`out[i][j] += a.r[i][k] * b.r[k][j]` in __matmul__, whose other operand is
 * any value). What an augmented store really puts into the container: the
 * value it read there, back in the same place when the operator changed it in
 * place (nothing new), or else the operator's result, a new value holding T's
 * and v's parts, unless the program's own operator methods return something
 * else (H_OP); with a slice for index (any index but a plain one) the
 * result's elements, v's among them, become the container's items. So an
 * SF_AUG store suspect on the whole masks is judged again on masks where every
 * augmented store stores only that (aug_masks: the fixpoint again at level 0,
 * over the needed keys, every other event as it is, the level-0 hooks taken
 * on those masks too: the operator methods may return the container). Other
 * stores into T's container, in loops too, count as before. */

/* What event ev stores when its value is an augmented assignment (false for
 * any other event): H_OP and v's parts, and their elements at an index that
 * may be a slice. */
static bool aug_event(walker *w, struct wk_stores *s, const st_event *ev, unsigned *m)
{
    TSNode a = ev->value;
    if ((ev->kind != EV_VALUE && ev->kind != EV_HOLD) || ts_node_is_null(a) ||
        ts_node_symbol(a) != w->sym->augmented_assignment)
        return false;
    TSNode t = wk_unparen(w, wk_child(w, a, "left"));
    while (!ts_node_is_null(t) && ts_node_symbol(t) == w->sym->tuple_pattern &&
           ts_node_named_child_count(t) == 1) /* `(b.s) += x` */
        t = wk_unparen(w, wk_named_child(w, t, 0));
    unsigned v = aug_parts(s, mask(w, s, wk_child(w, a, "right"), 0, 0), 0);
    /* a slice's elements: what t[s] handed out (a __getitem__ of the
     * program's too) and v's, each step maybe what the program's __iter__
     * and the like hand out */
    if (ts_node_is_null(t) || (ts_node_symbol(t) == w->sym->subscript && !plain_index(w, s, t)))
        v |= elems(v | hook(s, 0, H_ITEM)) | hook(s, 0, H_ELEM);
    for (unsigned i = 0; ev->kind == EV_HOLD && i < ev->shift; i++)
        v = shl(v);
    *m = v;
    return true;
}

/* The level-0 masks with augmented stores taken as aug_event says, into
 * s->aug: the needed keys' events until nothing changes (each pass only adds
 * bits, four a key). False when out of memory. */
static bool aug_masks(walker *w, struct wk_stores *s, const size_t *ek)
{
    if (!s->aug) {
        s->aug = an_arena_alloc(w->arena, s->nkeys + 1);
        if (!s->aug) {
            w->oom = true;
            return false;
        }
    }
    memset(s->aug, 0, s->nkeys + 1);
    memset(s->aug_hooks0, 0, sizeof s->aug_hooks0);
    s->aug_on = true;
    for (bool changed = true; changed && !w->oom;) {
        changed = false;
        /* the level-0 hooks on these masks too: what the program's operator
         * methods return may be a container an augmented store fills
         * (`out[k] += other * c` in a __mul__ that returns out) */
        unsigned h[6];
        take_hooks_at(s, h, 0);
        if (memcmp(h, s->aug_hooks0, sizeof h) != 0) {
            memcpy(s->aug_hooks0, h, sizeof h);
            changed = true;
        }
        for (size_t i = 0; i < s->nev; i++) {
            if (!s->keys[ek[i]].needed)
                continue;
            unsigned m;
            if (!aug_event(w, s, &s->ev[i], &m))
                m = event_mask(w, s, &s->ev[i], 0);
            m = (m | s->aug[ek[i]]) & 0xffu;
            if (m != s->aug[ek[i]]) {
                s->aug[ek[i]] = (uint8_t)m;
                changed = true;
            }
        }
    }
    s->aug_on = false;
    return !w->oom;
}

/* Is a store of this form judged at level 0 (no library call followed)? */
static bool level0_form(uint8_t form)
{
    return form == SF_ITEM || form == SF_CALL || form == SF_AUG || form == SF_SELFW ||
           form == SF_FACTORY0 || form == SF_FIRST;
}

/* Is every binding event of a name or attribute key a new instance: a display,
 * a comprehension, text, a number, or a call of a builtin container class or
 * of a class statement's class? */
static bool instance_event(walker *w, struct wk_stores *s, const st_event *ev, str name,
                           str *seen, int nseen)
{
    (void)name, (void)seen, (void)nseen;
    if (ev->kind == EV_NONE || ev->kind == EV_HOLD || ev->kind == EV_ALIAS)
        return true; /* no binding: what the name holds is bound elsewhere */
    if (ev->kind != EV_VALUE || ev->iter != 0 || ts_node_is_null(ev->value))
        return false;
    TSNode v = wk_unparen(w, ev->value);
    TSSymbol k = ts_node_symbol(v);
    const an_syms *y = w->sym;
    if (k == y->list || k == y->tuple || k == y->set || k == sym_dictionary ||
        k == y->list_comprehension || k == y->set_comprehension ||
        k == sym_dictionary_comprehension || k == y->string || k == y->concatenated_string ||
        k == y->integer || k == sym_float || k == y->true_ || k == y->false_ || k == y->none)
        return true;
    return k == y->call && instance_call(w, s, v);
}

/* Is node in the code of an undecorated def of a class body (no lambda or def
 * between), where super() is bound to the instance? */
static bool plain_method_code(walker *w, TSNode node)
{
    TSNode n = enclosing_def(w, node);
    if (ts_node_is_null(n))
        return false;
    str dn = wk_ident(w, wk_child(w, n, "name"));
    /* implicit classmethods: super() binds their class, as a bound call */
    if (method_def(w, n) && (wk_eq(dn, "__init_subclass__") || wk_eq(dn, "__class_getitem__")))
        return true;
    return plain_method(w, n) && !method_unbound(w, w->stores, dn);
}

/* Is def an undecorated method of a class body, bound by the usual lookup
 * (receiver_binding)? Its first parameter is then the receiver of a bound call. */
static bool plain_method(walker *w, TSNode def)
{
    return method_def(w, def) && ts_node_symbol(wk_parent_of(w, def)) != w->sym->decorated_definition &&
           receiver_binding(w, def) == RB_BOUND;
}

static TSNode self_param_def(walker *w, struct wk_stores *s, TSNode id)
{
    TSNode none = {0};
    str name = wk_ident(w, id);
    if (!s->scopes || !wk_scopes_ok(s->scopes))
        return none;
    uint32_t r = wk_scopes_resolve(s->scopes, ts_node_start_byte(id), name);
    if (!r || r == UINT32_MAX)
        return none;
    for (size_t i = 0; i < s->ndefs; i++) {
        TSNode d = s->defs[i];
        if (ts_node_start_byte(d) + 1 != r)
            continue;
        if (!plain_method(w, d))
            return none;
        params ps = read_params(w, d);
        /* the parameter alone binds the variable */
        if (!ps.npos || !same(ps.pos[0], name) || wk_take_variable_census(w, id).other != 1)
            return none;
        return d;
    }
    return none;
}

/* Marks in mixin (one flag a class statement) the classes mixed into an enum:
 * those a class with an enum base derives from, at any remove, that are no
 * enum themselves. Enum's class creation reads their defs through the class
 * dict and calls them through the class with a member's value first
 * (`_find_data_repr_` makes a mixin's own __repr__ the members' value repr:
 * Box.__repr__(sys.argv), round 25r), so no def of theirs proves its first
 * parameter an instance. False when out of memory or there is no such class. */
static bool enum_mixins(walker *w, struct wk_stores *s, bool *mixin)
{
    size_t n = s->nclasses;
    bool *en = calloc(n + 1, sizeof *en), any = false;
    if (!en) {
        w->oom = true;
        return false;
    }
    memset(mixin, 0, n * sizeof *mixin);
    for (size_t i = 0; i < n; i++)
        en[i] = mixin[i] = enum_class(w, s->classes[i]);
    for (bool changed = true; changed;) { /* enums of the program's enums */
        changed = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n && !en[i]; j++)
                if (en[j] && j != i && derives_directly(w, s, i, j))
                    en[i] = mixin[i] = changed = true;
    }
    for (bool changed = true; changed;) { /* their bases, at any remove */
        changed = false;
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n && !mixin[j]; i++)
                if (mixin[i] && i != j && derives_directly(w, s, i, j))
                    mixin[j] = changed = true;
    }
    for (size_t i = 0; i < n; i++) {
        mixin[i] = mixin[i] && !en[i];
        any = any || mixin[i];
    }
    free(en);
    return any;
}

/* Calls each(w, s, def) for every def written directly in the body of class
 * statement cls (under decorators too). */
static void each_class_def(walker *w, struct wk_stores *s, TSNode cls,
                           void (*each)(walker *, struct wk_stores *, TSNode))
{
    TSNode body = wk_child(w, cls, "body");
    uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
    for (uint32_t b = 0; b < nb && !w->oom; b++) {
        TSNode def = ts_node_named_child(body, b);
        if (ts_node_symbol(def) == w->sym->decorated_definition)
            def = wk_child(w, def, "definition");
        if (!ts_node_is_null(def) && ts_node_symbol(def) == w->sym->function_definition)
            each(w, s, def);
    }
}

/* Adds name m to the methods that may run unbound (once). */
static void add_unbound(walker *w, struct wk_stores *s, str m)
{
    if (in_names(s->unbound, s->nunbound, m))
        return;
    str *na = grow(w, s->unbound, s->nunbound, &s->capunbound, sizeof *na);
    if (!na)
        return;
    s->unbound = na;
    s->unbound[s->nunbound++] = m;
}

static void add_unbound_def(walker *w, struct wk_stores *s, TSNode def)
{
    add_unbound(w, s, wk_ident(w, wk_child(w, def, "name")));
}

/* Every read the pass recorded of def's parameters, the receiver's too, is a
 * source: the def may be handed anything first. */
static void receiver_source(walker *w, struct wk_stores *s, TSNode def)
{
    (void)w;
    uint32_t at = ts_node_start_byte(def), end = ts_node_end_byte(def);
    for (size_t r = 0; r < s->nimplicit_reads; r++)
        if (s->implicit_reads[r].fn == at && s->implicit_reads[r].at < end)
            s->implicit_reads[r].implicit = true;
}

/* An enum's mixins' implicitly called defs (enum_mixins) take a member's value
 * as their receiver: their receivers are sources. */
static void enum_mixin_receivers(walker *w, struct wk_stores *s)
{
    bool *mixin = an_arena_alloc(w->arena, (s->nclasses + 1) * sizeof *mixin);
    if (!mixin) {
        w->oom = true;
        return;
    }
    if (enum_mixins(w, s, mixin))
        for (size_t i = 0; i < s->nclasses; i++)
            if (mixin[i])
                each_class_def(w, s, s->classes[i], receiver_source);
}

/* May a plain method named m run with a first argument that is no instance of its
 * class? Its name reached through a receiver that may be a class (`K.m(K, x)`,
 * `f = K.m`, `sorted(ks, key=K.m)`), read as a plain name (a class-body alias),
 * or written in any text, but a docstring, of a program that looks attributes up
 * by text (getattr, attrgetter, methodcaller, vars, __dict__); or through the
 * first parameter of a method that may itself so run, or super() in one
 * (transitively). By name: every def so named counts. */
static bool method_unbound(walker *w, struct wk_stores *s, str m)
{
    if (!s->unbound_done) {
        s->unbound_done = true;
        s->unbound_busy = true;
        find_unbound_methods(w, s);
        s->unbound_busy = false;
    }
    return s->unbound_busy || w->oom || in_names(s->unbound, s->nunbound, m);
}


/* The identifier y of `super(C, y)` (the builtin), to which it is bound, or null. */
static TSNode super_second(walker *w, TSNode x)
{
    TSNode none = {0};
    if (ts_node_symbol(x) != w->sym->call)
        return none;
    TSNode f = wk_unparen(w, wk_child(w, x, "function"));
    TSNode args = wk_child(w, x, "arguments");
    if (ts_node_symbol(f) != w->sym->identifier || !wk_eq(wk_ident(w, f), "super") ||
        !wk_builtin_unbound(w, wk_ident(w, f)) || ts_node_is_null(args) ||
        ts_node_symbol(args) != w->sym->argument_list || ts_node_named_child_count(args) != 2)
        return none;
    TSNode y = wk_unparen(w, ts_node_named_child(args, 1));
    return ts_node_symbol(y) == w->sym->identifier ? y : none;
}

/* Is x `super()`, the builtin called without arguments? */
static bool zero_arg_super(walker *w, TSNode x)
{
    if (ts_node_symbol(x) != w->sym->call)
        return false;
    TSNode f = wk_unparen(w, wk_child(w, x, "function"));
    TSNode args = wk_child(w, x, "arguments");
    return ts_node_symbol(f) == w->sym->identifier && wk_eq(wk_ident(w, f), "super") &&
           wk_builtin_unbound(w, wk_ident(w, f)) && !ts_node_is_null(args) &&
           ts_node_named_child_count(args) == 0;
}

static void find_unbound_methods(walker *w, struct wk_stores *s)
{
    const an_syms *y = w->sym;
    enum { MAX_EDGES = 512 };
    struct unbound_edge {
        str from, to; /* from may run unbound: so may to */
    } *edges = an_arena_alloc(w->arena, MAX_EDGES * sizeof *edges);
    size_t nedges = 0;
    if (!edges) {
        w->oom = true;
        return;
    }
    /* text names an attribute only where something looks one up by text */
    static const char *const lookups[] = {"attrgetter", "methodcaller", "vars", "__dict__",
                                          "__getattribute__"};
    bool by_name = false;
    for (size_t i = 0; i < sizeof lookups / sizeof *lookups && !by_name; i++) {
        size_t n;
        by_name = !wk_name_entries(w, (str){lookups[i], strlen(lookups[i])}, &n) || n;
    }
    /* getattr: a text fetches an unbound method only through a receiver that
     * may be a class; when every getattr named is a call fetch_names recorded
     * and none of their receivers may be one, a string naming a method is just
     * text (honest24 p16: `for op, *args in ops: getattr(c, op)(*args)` with
     * "put" and "get" among the rows) */
    size_t ng;
    if (!by_name && (!wk_name_entries(w, (str){"getattr", 7}, &ng) || ng)) {
        by_name = !wk_name_entries(w, (str){"getattr", 7}, &ng) || ng != s->getattr_calls;
        for (size_t f = 0; f < s->nfetched && !by_name; f++)
            by_name = maybe_class(w, s, s->fetched_recv[f]);
        for (size_t f = 0; f < s->ncomputed_recv && !by_name; f++)
            by_name = maybe_class(w, s, s->computed_recv[f]);
    }
    /* the plain methods' names, once */
    str *pm = an_arena_alloc(w->arena, (s->ndefs + 1) * sizeof *pm);
    size_t npm = 0;
    if (!pm) {
        w->oom = true;
        return;
    }
    for (size_t i = 0; i < s->ndefs; i++)
        if (plain_method(w, s->defs[i]) && !in_names(pm, npm, s->defnames[i]))
            pm[npm++] = s->defnames[i];
    if (npm == 0)
        return;
    /* hooks the interpreter or the library looks up on a class and calls with the
     * class or a value first: `__new__`, the implicit classmethods, enum's
     * `_missing_(value)` and `_generate_next_value_(name, ...)` (round 25q: a plain
     * `_missing_` takes `Color(sys.argv)`'s value as its first parameter) */
    static const char *const class_hooks[] = {
        "__new__", "__init_subclass__", "__class_getitem__", "_missing_",
        "_generate_next_value_", "__prepare__", "__mro_entries__", "__subclasshook__",
        "__instancecheck__", "__subclasscheck__"};
    for (size_t i = 0; i < sizeof class_hooks / sizeof *class_hooks; i++)
        add_unbound(w, s, (str){class_hooks[i], strlen(class_hooks[i])});
    bool *mixin = an_arena_alloc(w->arena, (s->nclasses + 1) * sizeof *mixin);
    if (!mixin) {
        w->oom = true;
        return;
    }
    if (enum_mixins(w, s, mixin))
        for (size_t i = 0; i < s->nclasses; i++)
            if (mixin[i])
                each_class_def(w, s, s->classes[i], add_unbound_def);
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    for (size_t j = 1; j < all && !w->oom; j++) {
        TSNode nd = t[j].node;
        if (t[j].sym == y->identifier) {
            str m = wk_ident(w, nd);
            if (!in_names(pm, npm, m))
                continue;
            TSNode p = wk_parent_of(w, nd);
            TSSymbol ps = ts_node_is_null(p) ? 0 : ts_node_symbol(p);
            bool named = (ps == y->attribute && wk_child_is(w, p, "attribute", nd)) ||
                         (ps == y->function_definition && wk_child_is(w, p, "name", nd));
            if (!named)
                add_unbound(w, s, m); /* the function itself, read by its name */
            if (ps != y->attribute || !wk_child_is(w, p, "attribute", nd))
                continue;
            TSNode x = wk_unparen(w, wk_child(w, p, "object"));
            TSNode from = {0};
            if (ts_node_symbol(x) == y->identifier)
                from = self_param_def(w, s, x);
            else if (zero_arg_super(w, x))
                from = enclosing_def(w, x); /* super() is bound to that def's self */
            else if (!ts_node_is_null(super_second(w, x)))
                from = self_param_def(w, s, super_second(w, x)); /* super(C, self) */
            if (!ts_node_is_null(from) && plain_method(w, from)) {
                if (nedges < MAX_EDGES)
                    edges[nedges++] = (struct unbound_edge){wk_ident(w, wk_child(w, from, "name")), m};
                else
                    add_unbound(w, s, m);
            } else if (ts_node_symbol(x) == y->identifier && !ts_node_is_null(self_param_def(w, s, x))) {
                add_unbound(w, s, m);
            } else if (maybe_class(w, s, x)) {
                add_unbound(w, s, m);
            }
        } else if (by_name && (t[j].sym == y->string || t[j].sym == y->concatenated_string)) {
            TSNode p = wk_parent_of(w, nd);
            if (!ts_node_is_null(p) && ts_node_symbol(p) == y->expression_statement)
                continue; /* a docstring */
            for (size_t i = 0; i < npm; i++)
                if (wk_string_has_word(w, nd, pm[i]))
                    add_unbound(w, s, pm[i]);
        }
    }
    for (bool changed = true; changed && !w->oom;) {
        changed = false;
        for (size_t i = 0; i < nedges; i++)
            if (in_names(s->unbound, s->nunbound, edges[i].from) &&
                !in_names(s->unbound, s->nunbound, edges[i].to)) {
                add_unbound(w, s, edges[i].to);
                changed = true;
            }
    }
}

/* Does call surely make an instance: a builtin container class's, or a class of
 * the program's (class_sure) with no __new__ named anywhere and no library class
 * in its MRO (an Enum class called with names makes a class), or is it super()? */
static bool instance_call(walker *w, struct wk_stores *s, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    if (ts_node_symbol(f) != w->sym->identifier)
        return false;
    str fn = wk_ident(w, f);
    if (wk_eq(fn, "super")) { /* in a classmethod, bound to the class */
        if (!wk_builtin_unbound(w, fn))
            return false;
        if (zero_arg_super(w, call))
            return plain_method_code(w, call);
        /* super(C, y) is bound to y: an instance only when y is proved one
         * (round 25q: `super(K, K).g(x)` hands out the plain function) */
        TSNode y = super_second(w, call);
        return !ts_node_is_null(y) && !maybe_class(w, s, y);
    }
    if (wk_eq_any(fn, CONTAINER_CLASSES, NCONTAINER_CLASSES) && unshadowed(w, s, fn))
        return true;
    size_t nnew = 0;
    if (!class_sure(w, fn) || !wk_name_entries(w, (str){"__new__", 7}, &nnew) || nnew)
        return false; /* any __new__ named may make anything */
    bool any = false;
    for (size_t i = 0; i < s->nclasses; i++)
        if (same(s->classnames[i], fn)) {
            if (!wk_class_makes_instances(w, s->classes[i]))
                return false;
            any = true;
        }
    return any;
}

/* May the receiver of call (a method call) be a class rather than an instance:
 * anything but a name or attribute every binding of which makes an instance? */
static bool recv_may_be_class(walker *w, struct wk_stores *s, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode r = ts_node_symbol(f) == w->sym->attribute ? wk_unparen(w, wk_child(w, f, "object"))
                                                       : (TSNode){0};
    if (ts_node_is_null(r))
        return true;
    str seen[8];
    if (ts_node_symbol(r) == w->sym->identifier)
        return !every_binding(w, s, r, wk_ident(w, r), seen, 0, instance_event);
    if (ts_node_symbol(r) != w->sym->attribute)
        return true;
    str a = wk_ident(w, wk_child(w, r, "attribute"));
    st_key *k = find_key(s, a);
    if (!k || !k->evs)
        return true;
    for (uint32_t e = k->evs; e; e = s->next_ev[e - 1])
        if (!instance_event(w, s, &s->ev[e - 1], a, seen, 0))
            return true;
    return false;
}

/* Is level-0 store st suspect on those masks? */
static bool aug_judged(walker *w, struct wk_stores *s, const st_store *st)
{
    s->aug_on = true;
    bool suspect = (mask(w, s, st->obj, 0, 0) & M_SELF) != 0;
    s->aug_on = false;
    return suspect;
}

/* Is the store's target rooted at a parameter (not the first) of the operator
 * method it is written in? Operators hand such methods whatever the other operand
 * is (`json.JSONEncoder < obj` calls obj.__gt__(json.JSONEncoder)), so no store
 * goes through one. */
static bool operator_parameter(walker *w, TSNode obj, size_t depth)
{
    for (int i = 0; i < 64; i++) {
        obj = wk_unparen(w, obj);
        TSSymbol k = ts_node_symbol(obj);
        if (k == w->sym->attribute)
            obj = wk_child(w, obj, "object");
        else if (k == w->sym->subscript)
            obj = wk_child(w, obj, "value");
        else
            break;
    }
    if (ts_node_symbol(obj) != w->sym->identifier)
        return false;
    str root = wk_ident(w, obj);
    for (size_t i = depth + 1; i-- > 0;) {
        TSSymbol k = wk_stack_sym(w, i);
        if (k == w->sym->class_definition || k == w->sym->lambda)
            return false;
        if (k != w->sym->function_definition)
            continue;
        str fname = wk_ident(w, wk_child(w, w->stack[i], "name"));
        if (!operator_method(fname))
            return false;
        /* a descriptor's second parameter is the instance (or class) of the
         * program's own class that holds it */
        size_t first = wk_eq(fname, "__get__") || wk_eq(fname, "__set__") ||
                               wk_eq(fname, "__delete__") || wk_eq(fname, "__set_name__")
                           ? 2
                           : 1;
        params ps = read_params(w, w->stack[i]);
        for (size_t j = first; j < ps.npos; j++)
            if (ps.pos[j].len == root.len && memcmp(ps.pos[j].p, root.p, root.len) == 0)
                return true;
        for (size_t j = 0; j < ps.nkw; j++)
            if (ps.kw[j].len == root.len && memcmp(ps.kw[j].p, root.p, root.len) == 0)
                return true;
        return (ps.star.p && ps.star.len == root.len && memcmp(ps.star.p, root.p, root.len) == 0) ||
               (ps.dstar.p && ps.dstar.len == root.len && memcmp(ps.dstar.p, root.p, root.len) == 0);
    }
    return false;
}

void wk_stores_defer(walker *w, TSNode at, TSNode obj, str name, bool item, size_t depth)
{
    struct wk_stores *s = state(w);
    if (!s)
        return;
    if (operator_parameter(w, obj, depth)) {
        wk_report(w, at, "store",
                  "a store through a parameter of an operator method: the interpreter hands "
                  "it whatever the other operand is, a class of the standard library too "
                  "(store through self, or return a new object)");
        return;
    }
    queue_store(w, at, obj, name, item ? SF_ITEM : SF_ATTR);
}

/* Puts on the queue every event of list head. */
static void requeue(struct wk_stores *s, uint32_t head)
{
    for (uint32_t e = head; e; e = s->edges[e - 1].next)
        enqueue(s, s->edges[e - 1].ev);
}

/* The fixpoint: a key's mask is the union of its events' masks (monotone, four
 * bits a key at two levels: it ends). A worklist, driven by demand: an event is
 * evaluated once something needed (a store's target, or an event of a needed
 * key) has read its key, and again only when a key, a hook or (for a scan of
 * all keys) any key it read has changed; so the work follows what the stores
 * ask and what changes, not the program's size. Keys nothing needed reads keep
 * no mask: no store's judgement depends on them. */
static void fixpoint(walker *w, struct wk_stores *s, const size_t *ek)
{
    while (s->qhead != s->qtail && !w->oom && !s->edges_failed) {
        uint32_t i = s->queue[s->qhead];
        s->qhead = (s->qhead + 1) % s->qcap;
        s->queued[i] = 0;
        st_key *key = &s->keys[ek[i]];
        s->cur = i;
        s->stamp++;
        s->recording = true;
        /* level 1 holds level 0 (it follows more), so a value clear at level 1
         * is clear at level 0: most are, and are evaluated once */
        unsigned m1 = event_mask(w, s, &s->ev[i], 1);
        unsigned m0 = m1 ? event_mask(w, s, &s->ev[i], 0) : 0;
        s->recording = false;
        m0 |= key->m[0];
        m1 |= key->m[1] | m0;
        if (m0 == key->m[0] && m1 == key->m[1])
            continue;
        key->m[0] = (uint8_t)m0;
        key->m[1] = (uint8_t)m1;
        requeue(s, key->deps);
        requeue(s, s->all_deps.head);
        if (!s->hooks_needed)
            continue;
        unsigned old[sizeof s->hooks / sizeof s->hooks[0]], old0[sizeof old / sizeof old[0]];
        memcpy(old, s->hooks, sizeof old);
        memcpy(old0, s->hooks0, sizeof old0);
        take_hooks(s);
        if (memcmp(old, s->hooks, sizeof old) != 0 || memcmp(old0, s->hooks0, sizeof old0) != 0)
            requeue(s, s->hook_deps.head);
    }
    if (s->edges_failed)
        w->oom = true;
}

/* The keys of the events: one per name, in the order the events first name
 * them; each event's key in evkey. Runs again after the calls' events are
 * added, and then keys only those (the events keyed before keep their keys:
 * no event's key changes once keyed), the table rebuilt only when it must
 * grow, by the kept keys in their order, as a first run would lay it out. */
static bool make_keys(walker *w, struct wk_stores *s)
{
    st_key *keys = an_arena_alloc(w->arena, (s->nev + 1) * sizeof *keys);
    uint32_t *evkey = an_arena_alloc(w->arena, (s->nev + 1) * sizeof *evkey);
    size_t nslots = 16;
    while (nslots < 2 * (s->nev + 1))
        nslots *= 2;
    uint32_t *slots = nslots == s->nslots ? s->slots
                                          : an_arena_alloc(w->arena, nslots * sizeof *slots);
    if (!keys || !slots || !evkey) {
        w->oom = true;
        return false;
    }
    if (s->nkeys)
        memcpy(keys, s->keys, s->nkeys * sizeof *keys);
    if (s->nkeyed)
        memcpy(evkey, s->evkey, s->nkeyed * sizeof *evkey);
    if (slots != s->slots) { /* the kept keys, which are distinct, in their order */
        memset(slots, 0, nslots * sizeof *slots);
        for (size_t i = 0; i < s->nkeys; i++) {
            size_t h = key_slot(keys[i].name, nslots - 1);
            while (slots[h])
                h = (h + 1) & (nslots - 1);
            slots[h] = (uint32_t)(i + 1);
        }
    }
    s->keys = keys;
    s->slots = slots;
    s->nslots = nslots;
    s->evkey = evkey;
    s->hk_found = false;
    for (size_t i = s->nkeyed; i < s->nev; i++) { /* the new events */
        str name = s->ev[i].key;
        /* find_key's probe (which finds no name NULL), ending at the slot a new
         * key takes */
        size_t h = key_slot(name, nslots - 1);
        uint32_t held = 0;
        while (slots[h]) {
            const st_key *k = &keys[slots[h] - 1];
            if (name.p && k->name.len == name.len && memcmp(k->name.p, name.p, name.len) == 0) {
                held = slots[h];
                break;
            }
            h = (h + 1) & (nslots - 1);
        }
        if (!held) {
            keys[s->nkeys] = (st_key){name, {0, 0}, 0, 0, 0, false};
            held = slots[h] = (uint32_t)(++s->nkeys);
        }
        evkey[i] = held - 1;
    }
    s->nkeyed = s->nev;
    return true;
}

/* The program class a base expression names (`Prog`, `Prog[int]`), or none. */
static str base_class_name(walker *w, struct wk_stores *s, TSNode b)
{
    for (int i = 0; i < 8 && !ts_node_is_null(b); i++) {
        b = wk_unparen(w, b);
        if (ts_node_symbol(b) == w->sym->subscript) {
            b = wk_child(w, b, "value");
            continue;
        }
        if (ts_node_symbol(b) == w->sym->identifier &&
            in_names(s->classnames, s->nclasses, wk_ident(w, b)))
            return wk_ident(w, b);
        break;
    }
    return (str){NULL, 0};
}

/* Is base expression b (a subscript's value taken) a class the rule can place: a
 * program class by the name of its class statement (not rebound otherwise), a
 * builtin class, or a library class (a module path, an imported name)? A base
 * computed otherwise (a parameter, a variable, a call) may be a program class
 * whose methods the library then finds, unseen (a program class rebound, by a
 * decorator or an assignment, is such a base too). */
static bool base_placed(walker *w, struct wk_stores *s, TSNode b)
{
    for (int i = 0; i < 8 && !ts_node_is_null(b); i++) {
        b = wk_unparen(w, b);
        TSSymbol k = ts_node_symbol(b);
        if (k == w->sym->subscript) {
            b = wk_child(w, b, "value");
            continue;
        }
        if (k == w->sym->attribute)
            return module_of(w, wk_child(w, b, "object")).p != NULL;
        if (k != w->sym->identifier)
            return false;
        /* bound by one class statement, by one import, or a builtin never bound:
         * any other binding (an assignment, a loop, a parameter) may be anything */
        str name = wk_ident(w, b);
        wk_census c = wk_take_census(w, name);
        if (c.classdefs == 1 && c.other == 0)
            return true;
        if (c.classdefs == 0 && c.other == 1 && module_name(w, s, name))
            return true;
        return c.classdefs == 0 && c.other == 0 && wk_builtin_base_ok(name);
    }
    return false;
}

/* The methods a library base's code may call on the program's instances, by name
 * (a hook a subclass overrides, as json.JSONDecoder.raw_decode; Enum's _missing_):
 * the defs written directly in the body of a class with a library base, of any
 * class deriving from one at any remove, and of any class such a class derives
 * from (a mixin's methods are in the instance's MRO): the classes connected to one
 * along the bases, by the names bases are written with (`Prog[int]` names Prog).
 * What they return is what the library may hand back from a call (H_LIB); the
 * program's other functions are no hooks the library knows, and reach a library
 * call's result only through the flows (an argument, an escaping function, a
 * protocol method), as in a program with no library base. When a class statement
 * has a base the rule cannot place (base_placed: `class D(make_base(), Base)`, a
 * base bound to a variable), any program class may be in a library-derived
 * instance's MRO: every function's return counts (libdefs_all). */
/* Statement b of a class body as a def (under its decorators), or a null node. */
static TSNode body_def(walker *w, TSNode body, uint32_t b)
{
    TSNode def = ts_node_named_child(body, b);
    if (ts_node_symbol(def) == w->sym->decorated_definition)
        def = wk_child(w, def, "definition");
    return !ts_node_is_null(def) && ts_node_symbol(def) == w->sym->function_definition
               ? def
               : (TSNode){0};
}

/* Library hooks whose return the library consumes, never handing it back to a
 * caller or another method of the program: json.JSONEncoder's default (what it
 * returns is encoded into new text before any write). Not logging.Formatter's
 * format, which a handler hands a stream the program may have made (round
 * 42a). A program call of the hook by its name still answers what the def
 * returns (returns_mask_at); no library call does (honest26 p25: `return
 * super().default(o)` made every in-place operator's result suspect). */
static bool json_encoder_pair(str mod, str attr)
{
    return wk_eq(mod, "json") && wk_eq(attr, "JSONEncoder");
}

static const struct {
    const char *hook;
    bool (*base)(str mod, str attr);
} CONSUMED_HOOKS[] = {{"default", json_encoder_pair}};

/* Is class statement cls's one base the library class of CONSUMED_HOOKS[k]? */
static bool consuming_base(walker *w, struct wk_stores *s, TSNode cls, size_t k)
{
    TSNode bases = wk_child(w, cls, "superclasses");
    uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    size_t found = 0;
    bool ok = false;
    for (uint32_t j = 0; j < nb; j++) {
        TSNode b;
        TSSymbol bs;
        str name;
        if (!base_at(w, bases, j, &b, &bs, &name)) {
            if (bs == w->sym->keyword_argument)
                return false; /* a metaclass= */
            continue;
        }
        found++;
        ok = name.p && base_resolves(w, s, b, bs, name, CONSUMED_HOOKS[k].base);
    }
    return found == 1 && ok;
}

/* Is every def named CONSUMED_HOOKS[k].hook in an overriding class (ov) a
 * method of a class whose one base consumes it? */
static bool hook_consumed(walker *w, struct wk_stores *s, const bool *ov, size_t k)
{
    for (size_t i = 0; i < s->nclasses; i++) {
        if (!ov[i] || consuming_base(w, s, s->classes[i], k))
            continue;
        TSNode body = wk_child(w, s->classes[i], "body");
        uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
        for (uint32_t b = 0; b < nb; b++) {
            TSNode def = body_def(w, body, b);
            if (!ts_node_is_null(def) &&
                wk_eq(wk_ident(w, wk_child(w, def, "name")), CONSUMED_HOOKS[k].hook))
                return false;
        }
    }
    return true;
}

static void library_overrides(walker *w, struct wk_stores *s)
{
    size_t n = s->nclasses;
    bool *ov = n ? calloc(n, sizeof *ov) : NULL;
    if (n && !ov) {
        w->oom = true;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        ov[i] = library_base(w, s, s->classes[i]);
        for (size_t k = 0; k < s->noverriding && !ov[i]; k++)
            ov[i] = ts_node_eq(s->classes[i], s->overriding[k]);
        TSNode bases = wk_child(w, s->classes[i], "superclasses");
        uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
        for (uint32_t j = 0; j < nb; j++) {
            TSNode b = ts_node_named_child(bases, j);
            TSSymbol bs = ts_node_symbol(b);
            if (bs != w->sym->comment && bs != w->sym->keyword_argument && !base_placed(w, s, b))
                s->libdefs_all = true;
        }
    }
    for (bool changed = true; changed;) { /* derives from one, or a base of one */
        changed = false;
        for (size_t i = 0; i < n; i++) {
            TSNode bases = wk_child(w, s->classes[i], "superclasses");
            uint32_t nb = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
            for (uint32_t j = 0; j < nb; j++) {
                str bn = base_class_name(w, s, ts_node_named_child(bases, j));
                for (size_t k = 0; bn.p && k < n; k++)
                    if (k != i && ov[i] != ov[k] && same(s->classnames[k], bn)) {
                        ov[i] = ov[k] = true;
                        changed = true;
                    }
            }
        }
    }
    enum { NCONSUMED = sizeof CONSUMED_HOOKS / sizeof CONSUMED_HOOKS[0] };
    bool consumed[NCONSUMED];
    for (size_t k = 0; k < NCONSUMED; k++)
        consumed[k] = hook_consumed(w, s, ov, k);
    size_t count = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            if (!ov[i])
                continue;
            TSNode body = wk_child(w, s->classes[i], "body");
            uint32_t nb = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);
            for (uint32_t b = 0; b < nb; b++) {
                TSNode def = body_def(w, body, b);
                if (ts_node_is_null(def) || wk_is_dunder(wk_ident(w, wk_child(w, def, "name"))))
                    continue; /* a dunder's return is the protocol hooks' ("()__") */
                bool eaten = false;
                for (size_t k = 0; k < NCONSUMED && !eaten; k++)
                    eaten = consumed[k] &&
                            wk_eq(wk_ident(w, wk_child(w, def, "name")), CONSUMED_HOOKS[k].hook);
                if (eaten)
                    continue;
                if (pass == 1)
                    s->libdefs[s->nlibdefs++] = wk_ident(w, wk_child(w, def, "name"));
                else
                    count++;
            }
        }
        if (pass == 0) {
            s->libdefs = an_arena_alloc(w->arena, (count + 1) * sizeof *s->libdefs);
            if (!s->libdefs) {
                w->oom = true;
                break;
            }
        }
    }
    free(ov);
}

/* Is key anything but "(ret)name" for a protocol method name the program's
 * text never spells? Only a def, a class-body binding or a lambda bound to
 * the name feeds such a key (its returns), and each spells the name (a
 * computed setattr that may be a dunder is refused): without one, the key
 * would only join every item and element read of the program into one
 * object. */
static bool protocol_named(walker *w, struct wk_stores *s, str key)
{
    if (key.len <= 5 || memcmp(key.p, "(ret)", 5) != 0)
        return true;
    _Static_assert(NPROTOCOL_RETURNS <= sizeof s->proto_named, "a slot a name");
    str name = {key.p + 5, key.len - 5};
    if (wk_eq(name, "__op") || wk_eq(name, "(duck)")) /* no name of its own: its returns
                                                         * decide (returns_fed) */
        return true;
    for (size_t i = 0; i < NPROTOCOL_RETURNS; i++) {
        if (!wk_eq(name, PROTOCOL_RETURNS[i]))
            continue;
        if (!s->proto_named[i])
            s->proto_named[i] = wk_text_has(w, PROTOCOL_RETURNS[i]) ? 1 : 2;
        return s->proto_named[i] == 1;
    }
    return true;
}

/* A key a return statement feeds ("()f", "(get)f", "(ret)name") or a computed
 * setattr ("(ret)*"). */
static bool fed_kind(str k)
{
    return (k.len >= 3 && k.p[0] == '(' && k.p[1] == ')') ||
           (k.len > 5 && memcmp(k.p, "(get)", 5) == 0) ||
           (k.len > 5 && memcmp(k.p, "(ret)", 5) == 0);
}

/* The returns keys ("()f") that a return, a yield or a lambda bound to f
 * feeds (any event but an alias, or an alias of what f returns to what its
 * return statement or lambda body holds), into s->fed. A call `R.f(...)` aliases its
 * result to "()f" for the program's own def f; with no such def the key would
 * only gather what is stored into every result of every call of that name (a
 * dict's setdefault), which the masks then read as what f returns. */
static void fed_returns(walker *w, struct wk_stores *s)
{
    if (!s->fed && !(s->fed = an_strset_new())) {
        w->oom = true;
        return;
    }
    for (size_t i = 0; i < s->nev + s->naliases; i++) {
        str k = i < s->nev ? s->ev[i].key : s->aliases[i - s->nev].a;
        if ((i < s->nev && s->ev[i].kind == EV_ALIAS) || !fed_kind(k))
            continue;
        if (an_strset_add(s->fed, k.p, k.len) < 0) {
            w->oom = true;
            return;
        }
    }
}

/* Is key anything but a returns key no event feeds (fed_returns)? */

static bool returns_fed(const struct wk_stores *s, str key)
{
    return !fed_kind(key) || (s->fed && an_strset_has(s->fed, key.p, key.len));
}

/* Is name bound by def and class statements of the program alone (every
 * binding the census counts is one of them)? A call of such a name is followed
 * by its returns (()f) or makes an instance; its value as an object holds
 * nothing a call hands back. A name also bound otherwise (`for C in
 * [box.pop]`, a match capture) is not. */
static bool def_or_class_name(walker *w, const struct wk_stores *s, str name)
{
    size_t n = 0;
    for (size_t i = 0; i < s->ndefs; i++)
        n += same(wk_ident(w, wk_child(w, s->defs[i], "name")), name);
    for (size_t i = 0; i < s->nclasses; i++)
        n += same(wk_ident(w, wk_child(w, s->classes[i], "name")), name);
    if (n == 0)
        return false;
    wk_census c = wk_take_census(w, name);
    return c.other + c.classdefs <= n;
}

/* Adds to key an alias event of al taking what key `from` holds: forward (x
 * and x's "#held" take what is stored through a, dx items down what lies up
 * items down in a's container), or reversed (a's "#held" takes what is stored
 * through x, the levels mirrored; a part at any depth stays one). */
static void alias_event(walker *w, str key, const struct st_alias *al, bool rev, str from)
{
    bool any = al->up == ALIAS_ANY;
    st_event *ev = add_iter_event(w, key, al->at, EV_ALIAS,
                                  rev ? (any ? 0 : al->up) : al->dx, 0);
    if (ev) {
        ev->attr = from;
        ev->up = rev ? (any ? ALIAS_ANY : al->dx) : al->up;
    }
}

/* Is alias al's a or x (rescoped) to be followed? Not a returns key nothing
 * feeds, nor a callee's name a def or class binds. */
static bool alias_followed(walker *w, struct wk_stores *s, const struct st_alias *al)
{
    return returns_fed(s, al->a) && returns_fed(s, al->x) &&
           !(al->callee && def_or_class_name(w, s, al->x));
}

/* The events of the aliases from first on: x (and x's "#held", for chains)
 * holds what the program stored into a's container, and a's "#held", which
 * what else a's object was aliased to reads, what was stored into x's. Every
 * alias says a's object may be x's (or a part of it), which holds both ways:
 * `a = d; a.append(h)`, then `d[0].append(M)` is a store into h. Round 55
 * found each exception once made here let a store through the other name go
 * unseen: links to any part of an object (a library call's arguments,
 * `max([d])`), the returns' keys (an `__enter__` returning d[0], `yield from
 * d`) and the temporary ones (`(d or e)[0]`). With callers, the same links
 * carry what the callers store into a parameter's object ("#in") to what the
 * parameter's function aliased it to, as a store through the parameter
 * would. */
static void alias_links(walker *w, struct wk_stores *s, size_t first, bool callers)
{
    for (size_t i = first; i < s->naliases && !w->oom; i++) {
        const struct st_alias *al = &s->aliases[i];
        if (!alias_followed(w, s, al))
            continue;
        str a = rescoped(w, s, al->a, al->aroot), x = rescoped(w, s, al->x, al->xroot);
        str aheld = held_key(w, a), xheld = held_key(w, x);
        if (!aheld.p || !xheld.p)
            continue;
        if (!callers || an_strset_has(s->inkeys, a.p, a.len)) {
            str from = callers ? in_key(w, s, a) : aheld;
            alias_event(w, x, al, false, from);
            alias_event(w, xheld, al, false, from);
        }
        if (!callers || an_strset_has(s->inkeys, x.p, x.len))
            alias_event(w, aheld, al, true, callers ? in_key(w, s, x) : xheld);
    }
}

/* After the rescoping: the aliases' events (alias_links). */
static void plain_alias_events_from(walker *w, struct wk_stores *s, size_t first)
{
    fed_returns(w, s);
    alias_links(w, s, first, false);
}

/* After the calls' events: what the callers store into a parameter's object
 * reaches what the parameter's function aliased it to (alias_links). */
static void in_alias_events(walker *w, struct wk_stores *s)
{
    if (s->inkeys)
        alias_links(w, s, 0, true);
}

/* Is every binding of name a def of the program's, undecorated, or a class
 * statement's? Then a call of the name returns what those defs return
 * ("()name") or a new instance, and no escaping function's result; unless the
 * program defines a __new__, which may return anything. (A program __call__
 * is an instance's: the class rule refuses every metaclass but abc.ABCMeta,
 * whose __call__ is type's; a Protocol's `def __call__(...): ...` made every
 * class call an escaping function's result, which, followed both ways, joined
 * what all of them hold: corpus 126.) */
static bool def_only(walker *w, struct wk_stores *s, str name)
{
    size_t defs = 0;
    for (size_t i = 0; i < s->ndefs; i++)
        if (same(s->defnames[i], name))
            defs++;
    if (in_names(s->decorated, s->ndecorated, name))
        return false;
    wk_census c = wk_take_census(w, name);
    if (c.classdefs > 0)
        return defs == 0 && c.other == 0 &&
               !in_names(s->defnames, s->ndefs, (str){"__new__", 7});
    return defs > 0 && c.other == defs;
}

/* Does the program bind something called m by a value (`self.m = v`, `m = v`
 * in a class body or anywhere: names and attributes share keys)? Then a
 * method call `R.m()` may call a function value held there. */
static bool attr_bound(struct wk_stores *s, str m)
{
    for (size_t i = 0; i < s->nev; i++)
        if ((s->ev[i].kind == EV_VALUE || s->ev[i].kind == EV_CALLEE) && same(s->ev[i].key, m))
            return true;
    return false;
}

/* The links of what escaping functions return (ESC_RET): each escaping def's
 * "()f" (lambdas' bodies are linked where they are written), and each
 * "(via)f" whose name may hold another function value. Then what the program
 * stores through the result of a call of a decorator factory's product, a
 * closure, a parameter or a library function handed its def reaches what
 * that def returns. */
static void escape_aliases(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->ndefs && !w->oom; i++)
        if (in_names(s->escaped, s->nescaped, s->defnames[i]))
            add_alias(w, ESC_RET, 0, returns_key(w, s->defnames[i]), 0, 0, 0, false,
                      s->defs[i]);
    /* each "(via)" or "(hand)" key is judged once (keys: those judged so far) */
    size_t n = s->naliases, nkeys = 0;
    str *keys = an_arena_alloc(w->arena, (n + 1) * sizeof *keys);
    if (!keys) {
        w->oom = true;
        return;
    }
    for (size_t i = 0; i < n && !w->oom; i++) {
        str x = s->aliases[i].x;
        TSNode at = s->aliases[i].at;
        bool hand = x.len > 6 && memcmp(x.p, "(hand)", 6) == 0;
        bool via = x.len > 5 && memcmp(x.p, "(via)", 5) == 0;
        if ((!hand && !via) || in_names(keys, nkeys, x))
            continue;
        keys[nkeys++] = x;
        str f = hand ? (str){x.p + 6, x.len - 6} : (str){x.p + 5, x.len - 5};
        if (hand && in_names(s->defnames, s->ndefs, f))
            add_alias(w, x, 0, returns_key(w, f), 0, 0, 0, false, at);
        else if (via && (f.p[0] == '.' ? attr_bound(s, (str){f.p + 1, f.len - 1})
                                       : !def_only(w, s, f)))
            add_alias(w, x, 0, ESC_RET, 0, 0, 0, false, at);
    }
}

/* Keys the bindings of names among the events from scoped_upto on under their
 * variable's key too: a function's (or lambda's, or comprehension's) own,
 * "@<start>:name", when the identifier bound is that scope's variable
 * (scopes.h), which the reads of that variable read alone; the name's own key
 * keeps every binding for the questions about the whole program (is the name
 * bound anywhere? does it only ever hold numbers?). The other stores into a
 * variable (an item, a mutating call) were put under its key by rescoped. */
static void scope_copies(walker *w, struct wk_stores *s)
{
    size_t last = s->nev;
    if (!wk_scopes_ok(s->scopes))
        return; /* one key per name, read as before */
    const an_syms *y = w->sym;
    for (size_t i = s->scoped_upto; i < last && !w->oom; i++) {
        if (!s->ev[i].bind)
            continue;
        if (s->ev[i].kind == EV_VALUE && s->ev[i].iter == 0) {
            /* a literal number or text, or an empty display: a new value at
             * every level (mask), which adds nothing to any key */
            TSSymbol k = ts_node_symbol(s->ev[i].value);
            if (k == y->integer || k == sym_float || k == y->string ||
                k == y->concatenated_string || k == y->true_ || k == y->false_ ||
                k == y->none ||
                ((k == y->list || k == sym_dictionary || k == y->tuple) &&
                 ts_node_named_child_count(s->ev[i].value) == 0))
                continue;
        }
        uint32_t sc = wk_scopes_resolve(s->scopes, s->ev[i].root - 1, s->ev[i].key);
        if (!sc || sc == UINT32_MAX)
            continue; /* a global's or a class body's: the name's key */
        st_event copy = s->ev[i];
        copy.key = scoped_name(w, sc - 1, copy.key);
        copy.bind = 0;
        copy.root = 0;
        st_event *ev = grow(w, s->ev, s->nev, &s->capev, sizeof *ev);
        if (!ev)
            return;
        s->ev = ev;
        s->ev[s->nev++] = copy;
    }
    s->scoped_upto = s->nev;
}

/* "@g:name": the module's (and class bodies') variable name, for the reads that
 * resolve there (wk_scopes_resolve answers 0). The name's own key gathers every
 * scope's bindings, a function's locals and a comprehension's targets too, so a
 * global read of `a` saw the values of `for a, b in zip(pts, ...)` in a
 * generator (honest24 p03). For a name some function-like scope binds, every
 * event of its key but those local bindings is copied under this key; the
 * name's key keeps them all for the questions about the whole program. */
static str global_key(char *buf, size_t cap, str name)
{
    return key_buf(buf, cap, "@g:", name);
}

static void global_copies(walker *w, struct wk_stores *s)
{
    if (!wk_scopes_ok(s->scopes))
        return;
    size_t last = s->nev, nlocal = 0;
    str *local = an_arena_alloc(w->arena, (last + 1) * sizeof *local);
    uint8_t *mine = an_arena_alloc(w->arena, last + 1);
    if (!local || !mine) {
        w->oom = true;
        return;
    }
    for (size_t i = 0; i < last; i++) { /* the names a function-like scope binds */
        str k = s->ev[i].key;
        mine[i] = 0;
        if (!s->ev[i].bind || !k.p || !k.len || k.p[0] == '@' || k.p[0] == '(' ||
            memchr(k.p, '#', k.len))
            continue;
        uint32_t sc = wk_scopes_resolve(s->scopes, s->ev[i].root - 1, k);
        if (!sc || sc == UINT32_MAX)
            continue;
        mine[i] = 1; /* a local binding: not the global's */
        if (!in_names(local, nlocal, k))
            local[nlocal++] = k;
    }
    for (size_t i = 0; i < last && nlocal && !w->oom; i++) {
        if (mine[i] || !in_names(local, nlocal, s->ev[i].key))
            continue;
        char buf[256];
        str g = global_key(buf, sizeof buf, s->ev[i].key);
        if (!g.p)
            continue; /* the name's key alone is read then */
        char *p = an_arena_alloc(w->arena, g.len + 1);
        if (!p) {
            w->oom = true;
            return;
        }
        memcpy(p, g.p, g.len);
        p[g.len] = '\0';
        st_event copy = s->ev[i];
        copy.key = (str){p, g.len};
        copy.bind = 0;
        copy.root = 0;
        st_event *ev = grow(w, s->ev, s->nev, &s->capev, sizeof *ev);
        if (!ev)
            return;
        s->ev = ev;
        s->ev[s->nev++] = copy;
    }
    s->scoped_upto = s->nev;
}

/* unittest finds `load_tests` in the main module by name and calls it with its
 * shared defaultTestLoader (implicit_def makes a module-level def's parameters
 * sources): any other binding of the global hands it a function whose
 * parameters the checker takes for clean (round 25s: `load_tests = hook`,
 * `= H.load_tests`, `= make()`). */
static void module_hook_bindings(walker *w, struct wk_stores *s)
{
    static const str name = {"load_tests", 10};
    size_t defs = 0;
    if (!wk_text_has(w, "load_tests"))
        return; /* nothing names it: a star import of an allowed module binds none */
    wk_census c = wk_take_census(w, name);
    for (size_t i = 0; i < s->ndefs; i++) {
        TSNode up = wk_parent_of(w, s->defs[i]);
        if (same(wk_ident(w, wk_child(w, s->defs[i], "name")), name) && !ts_node_is_null(up) &&
            ts_node_symbol(up) == w->sym->module)
            defs++;
    }
    if (c.classdefs || c.other > defs)
        wk_report(w, ts_node_is_null(c.binder) ? w->root : c.binder, "store",
                  "unittest calls load_tests(loader, tests, pattern), found by name in the main "
                  "module, with its shared test loader: bind the name only by a module-level "
                  "def load_tests");
}

/* statistics converts a mean or a variance to the type of its data (`_convert`:
 * T(value), T coerced from type(x) of every element): with a class among the
 * data T is `type` itself, and the result is type(value) for a value the
 * program's operators chose, a class by value (round 27b: an int subclass whose
 * __truediv__ answered typing.List[int], beside a class with numerator and
 * denominator, made statistics.mean hand back typing._GenericAlias). So in a
 * program that may hold a class of its own as a value, those four functions are
 * refused; the others return floats or the data's own elements. */
static void statistics_conversions(walker *w, struct wk_stores *s)
{
    static const char *const converting[] = {"mean", "harmonic_mean", "variance",
                                             "pvariance"};
    /* (round 27c/27d: gating on the names a class answers to pass for a number,
     * as_integer_ratio or numerator and denominator, fell to setattr with those
     * names spelt by escapes or f-strings: the class holding is the gate) */
    if (!wk_text_has(w, "statistics"))
        return;
    const an_node *t = an_nodes_get(w->nodes);
    size_t all = an_nodes_count(w->nodes);
    int held = -1;
    for (size_t j = 1; j < all; j++) {
        if (t[j].sym != w->sym->attribute && t[j].sym != w->sym->identifier)
            continue;
        TSNode p = wk_parent_of(w, t[j].node);
        if (t[j].sym == w->sym->identifier && !ts_node_is_null(p) &&
            ts_node_symbol(p) == w->sym->attribute)
            continue; /* the attribute is asked as a whole */
        str mod, fn;
        if (!module_function(w, t[j].node, &mod, &fn) || !wk_eq(mod, "statistics") ||
            !wk_eq_any(fn, converting, sizeof converting / sizeof *converting))
            continue;
        if (held < 0)
            held = classes_held(w, s) ? 1 : 0;
        if (held)
            wk_report(w, t[j].node, "class_value",
                      "statistics.%.*s converts its result to the type of the data, and in "
                      "a program that holds a class of its own as a value that type may be "
                      "`type` itself, handing back a class: use statistics.fmean (floats), "
                      "or sum(xs) / len(xs)",
                      (int)fn.len, fn.p);
    }
}

void wk_stores_judge(walker *w)
{
    struct wk_stores *s = w->stores;
    if (s && !w->oom) {
        module_hook_bindings(w, s);
        statistics_conversions(w, s);
    }
    if (!s || s->nst == 0 || w->oom)
        return;
    /* One key per name the events bind; the calls' events (which ask which names
     * are variables) then add theirs. */
    size_t nev = s->nev;
    for (size_t i = 0; i < nev; i++) { /* holds into a parameter: its own key */
        if (s->ev[i].root && !s->ev[i].bind)
            s->ev[i].key = rescoped(w, s, s->ev[i].key, s->ev[i].root);
        if (s->ev[i].into)
            note_held(w, s, i);
    }
    plain_alias_events_from(w, s, 0);
    if (!take_names(w, s) || !escaped_functions(w, s))
        return;
    implicit_events(w, s);
    scope_copies(w, s);
    if (w->oom || !make_keys(w, s))
        return;
    size_t nalias = s->naliases;
    call_events(w, s);
    decorator_args(w, s);
    setter_events(w, s);
    if (caller_values(w, s))
        s->opaque_callback = s->hidden_callback = true;
    s->opaque_callback = s->opaque_callback || s->duck_field;
    /* any attribute of a library object: its code may call what it holds by
     * that name (`enc.default = f`; a reprlib.Repr's `repr_list = f`, found by
     * getattr(self, "repr_" + ...)) */
    for (size_t i = 0; i < s->nlib_stores && !s->opaque_callback; i++) {
        TSNode left = s->lib_stores[i], asg = wk_parent_of(w, left);
        TSNode obj = wk_child(w, left, "object");
        s->opaque_callback = !ts_node_is_null(asg) &&
                             maybe_function(w, s, wk_child(w, asg, "right"), 0) &&
                             !program_self(w, obj) && library_object(w, s, obj, 0);
    }
    for (size_t i = 0; i < s->nduck_vals && !s->opaque_callback; i++)
        s->opaque_callback = maybe_function(w, s, s->duck_vals[i], 0);
    if (s->opaque_callback && !s->implicit_opaque)
        taint_escaping(w, s);
    duck_method_events(w, s);
    instance_events(w, s);
    escape_aliases(w, s);
    plain_alias_events_from(w, s, nalias); /* the calls' arguments rooted in no name */
    in_alias_events(w, s);
    scope_copies(w, s);
    global_copies(w, s);
    if (w->oom || !make_keys(w, s))
        return;
    for (size_t i = 0; i < s->nclasses && !s->foreign; i++)
        s->foreign = library_base(w, s, s->classes[i]);
    s->unimported = no_module_imported(w);
    s->futures = has_future_import(w);
    factory_sites(w, s);
    if (w->oom)
        return;
    s->rules = w->rules;
    made_classes(w, s);
    inherited_hooks(w, s);
    enum_mixin_receivers(w, s);
    if (s->foreign)
        library_overrides(w, s);
    if (w->oom)
        return;
    if (s->everything)
        for (size_t i = 0; i < s->nkeys; i++)
            s->keys[i].m[0] = s->keys[i].m[1] = M_ALL;
    /* Each event's key, once, and each key's events. */
    size_t *ek = an_arena_alloc(w->arena, (s->nev + 1) * sizeof *ek);
    s->qcap = s->nev + 1;
    s->queue = an_arena_alloc(w->arena, s->qcap * sizeof *s->queue);
    s->next_ev = an_arena_alloc(w->arena, s->qcap * sizeof *s->next_ev);
    s->queued = an_arena_alloc(w->arena, s->qcap);
    bool *suspect = an_arena_alloc(w->arena, (s->nst + 1) * sizeof *suspect);
    if (!ek || !s->queue || !s->next_ev || !s->queued || !suspect) {
        w->oom = true;
        return;
    }
    memset(s->queued, 0, s->qcap);
    for (size_t i = s->nev; i-- > 0;) {
        st_key *k = i < s->nkeyed ? &s->keys[s->evkey[i]] : find_key(s, s->ev[i].key);
        ek[i] = (size_t)(k - s->keys);
        s->next_ev[i] = k->evs;
        k->evs = (uint32_t)(i + 1);
    }
    if (!hook_keys(w, s))
        return;
    take_hooks(s);
    /* Judging the stores reads the keys they need; their events then run to the
     * fixpoint, which may need more; the stores are judged again on the masks it
     * gives, until that judgement needs no new key (the reads only shrink as
     * masks grow: twice is the rule). */
    s->marking = true;
    for (;;) {
        for (size_t i = 0; i < s->nst && !w->oom; i++)
            suspect[i] = s->st[i].form == SF_SKIP ? false
                         : s->st[i].form == SF_FIRST &&
                                 (!s->class_values || !recv_may_be_class(w, s, s->st[i].at))
                             ? false
                         : s->st[i].form == SF_FIRST &&
                                 ts_node_symbol(s->st[i].obj) == w->sym->argument_list
                             ? true /* not located: refused */
                         : s->st[i].form == SF_GIVE
                             ? give_judged(w, s, &s->st[i])
                             : mask(w, s, s->st[i].obj,
                                    s->st[i].form == SF_ATTR || s->st[i].form == SF_WRITER ||
                                            s->st[i].form == SF_CLASS ||
                                            s->st[i].form == SF_FACTORY1
                                        ? 1
                                        : 0,
                                    0) &
                                   (s->st[i].form == SF_CLASS ? M_TOP : M_SELF);
        bool aug_taken = false;
        for (size_t i = 0; i < s->nst && !w->oom; i++)
            if (suspect[i] && level0_form(s->st[i].form) &&
                (aug_taken || (aug_taken = aug_masks(w, s, ek))))
                suspect[i] = aug_judged(w, s, &s->st[i]) &&
                             !(s->st[i].form == SF_AUG && aug_rebinds(w, s, &s->st[i]));
        if (s->qhead == s->qtail || w->oom)
            break;
        fixpoint(w, s, ek);
    }
    if (w->oom)
        return;
    /* A program __init_subclass__ that does not hand on to TestCase's leaves a
     * subclass without a cleanup list of its own: the class cleanups of the
     * program's own TestCase subclass then write its library base's list. */
    str isub = {"__init_subclass__", 17};
    bool own_subclass_hook = in_names(s->defnames, s->ndefs, isub) || find_key(s, isub);
    for (size_t i = 0; i < s->nst; i++) {
        const st_store *st = &s->st[i];
        if (st->form == SF_CLASS && own_subclass_hook)
            suspect[i] = true;
        if (st->form == SF_SKIP || (!suspect[i] && !s->everything))
            continue;
        if (st->form == SF_GIVE)
            wk_report(w, st->at, "store",
                      "'%.*s' hands the library a value that may come from a module (through "
                      "an import, a name, a function's return, an operator, a loop or a "
                      "container): the library's code writes into what its objects hold and "
                      "what a subclass's hooks return (Handler.addFilter appends to "
                      "self.filters, UserDict.copy updates what __copy__ returns), and modules "
                      "and what they hold are read-only (give it a copy: list(...), dict(...))",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_FACTORY0 || st->form == SF_FACTORY1)
            wk_report(w, st->at, "store",
                      "what this '%.*s' factory returns is written into by the library "
                      "(ConfigParser fills the dicts dict_type() makes, TextTestRunner sets "
                      "attributes on what resultclass(...) returns), and it may come from a "
                      "module (through an import, a name, a function's return, an operator, a "
                      "loop or a container): return a new object (dict(), an instance of a "
                      "class of your own)",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_FIRST)
            wk_report(w, st->at, "store",
                      "'%.*s' may be called through a container class held as a value (the "
                      "program uses one so), which writes its first argument, and that "
                      "argument may come from a module (or is not written out): call the "
                      "class by its name, or keep the method on the object",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_CALL)
            wk_report(w, st->at, "store",
                      "'%.*s' changes a value that may come from a module (through an import, "
                      "a name, a function's return, an operator, a loop or a container): "
                      "modules and what they hold are read-only (copy it first: list(...), "
                      "dict(...))",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_AUG)
            wk_report(w, st->at, "store",
                      "'%.*s' changes in place a value that may come from a module (a list, "
                      "set or dict reached through an import, a name, a function's return, "
                      "an operator, a loop or a container): modules and what they hold are "
                      "read-only (copy it first: x = list(x), or write x = x + y)",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_WRITER)
            wk_report(w, st->at, "store",
                      "'%.*s' writes into what it is given or called on (attributes, a "
                      "registry), and this may come from a module (through an import, a name, "
                      "an operator, a call, a loop or a container): the standard library's "
                      "classes, functions and objects are read-only (use it as a decorator "
                      "over your own def or class, or on a class of your own)",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_CLASS)
            wk_report(w, st->at, "store",
                      "'%.*s' writes into the class it is called on (a classmethod: on an "
                      "instance, into its class), and this may be a standard-library class or "
                      "an instance of one (through an import, a name, a call, a parameter, "
                      "self or cls of a subclass of a library class): call it on your own "
                      "test class by its name (MyTests.addClassCleanup(...)), or use "
                      "self.addCleanup(...) in a test",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_SELFW)
            wk_report(w, st->at, "store",
                      "'%.*s' writes the attributes of the thread it is called on, and this "
                      "may be one the library shares (the main or current thread, one of "
                      "threading.enumerate(), reached through an import, a name, a call, a "
                      "loop or a container): the standard library's objects are read-only "
                      "(call it on a Thread of your own; read current_thread().name)",
                      (int)st->name.len, st->name.p);
        else if (st->form == SF_ITEM)
            wk_report(w, st->at, "store",
                      "this item is written into a value that may come from a module (through "
                      "an import, a name, a function's return, an operator, a loop, a "
                      "container, or an attribute a library class holds): modules and what "
                      "they hold are read-only (copy it first: list(...), dict(...))");
        else
            wk_report(w, st->at, "store",
                      "'.%.*s' is written into a value that may come from a module (through an "
                      "import, a name, an operator, a call, a loop, a container, or an "
                      "attribute a library class holds, read from an object the library made "
                      "or from self of its subclass): the standard library's classes and "
                      "objects are read-only (subclass the class, keep your own object, or "
                      "name your own attributes otherwise)",
                      (int)st->name.len, st->name.p);
    }
}

void wk_stores_free(walker *w)
{
    struct wk_stores *s = w->stores;
    if (!s)
        return;
    free(s->ev);
    free(s->st);
    free(s->stars);
    free(s->defs);
    free(s->lambdas);
    free(s->classes);
    free(s->calls);
    free(s->refs);
    free(s->decorated);
    free(s->dunder_vals);
    free(s->duck_vals);
    free(s->lib_stores);
    free(s->binops);
    free(s->overriding);
    free(s->overriding_limit);
    free(s->getattr_returns);
    free(s->setval_defs);
    free(s->implicit);
    free(s->open);
    free(s->fetched);
    free(s->fetched_prefix);
    free(s->fetched_recv);
    free(s->computed_recv);
    free(s->implicit_reads);
    free(s->self_reads);
    free(s->methods);
    free(s->edges);
    free(s->aliases);
    free(s->unbound);
    free(s->duck_keys);
    an_strset_free(s->fed);
    an_strset_free(s->inkeys);
    w->stores = NULL;
}
