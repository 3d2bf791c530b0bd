/*
 * stores.h - what the store rule's files share (stores.c and the files split from
 * it). Private to the analyzer, like walker.h; the files are layered in the order
 * below, each calling only those below it (tests/layering): store_augmented.c,
 * store_self.c, store_params.c, store_calls.c, store_aliases.c, store_masks.c.
 */
#ifndef SAFE_EXEC_STORES_H
#define SAFE_EXEC_STORES_H

#include "walker.h"
#include "scopes.h"
#include "strset.h"

#include <pthread.h>
/* How an event's key takes its value's mask. Before the kind applies, the value
 * is iterated `iter` times (an event's iter): for, comprehension and with ... as
 * targets take an element of it (or, conservatively, the whole), each level of an
 * unpacking target one more, and every such step may also be what the program's
 * protocol methods hand out (see st_take_hooks). */
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
                * (HANDED; st_duck_method_events) */
    EV_RECORD, /* a record logging made and hands a hook: new, its attributes the
                * library's, holding what the program logged (LOGGED) */
} ev_kind;

/* The key of every value an attribute store writes (`x.a = v`, setattr, a
 * dataclass field's argument, vars(x).update): what a descriptor's __set__ and
 * a __setattr__ receive as the value. */
#define SETVAL ((str){"(setval)", 8})

/* "(ret)name": what the program's protocol method `name` returns (st_proto_key). */
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
                   * variable "@<start>:name" (st_param_key, st_scoped_name) */
    TSNode value; /* the expression whose value the key may take */
    uint8_t kind, shift;
    uint8_t iter; /* how many times the value is iterated first (0..4) */
    uint32_t root; /* EV_HOLD into a name: its identifier's start byte + 1, to rescope */
    str attr;     /* EV_ATTR; with iter, a method whose results each step may be too */
    uint8_t into; /* a store into the key's container: noted under key#held too */
    uint8_t up;   /* EV_ALIAS: how many items down in attr's container the key's lies */
    uint8_t bind; /* a binding of the name key, its identifier at root - 1: kept
                   * under the name and its variable's key (st_scope_copies) */
    uint8_t plain; /* target's index: 0 not asked yet, 1 plain, 2 maybe a slice */
    TSNode target; /* an item target `R[k] = V` (no slice written): iter counts V's
                    * elements, which a slice object k stores; not when k is plain */
} st_event;

/* How a store writes: an attribute, an item (subscript, slice, del), a call of
 * a mutating method or function (`R.append(x)`, `heapq.heappush(R, x)`), or an
 * augmented assignment to a name (`R += [x]` extends a list in place). All but
 * the attribute are judged without following the library's calls (level 0). */
enum { SF_ATTR, SF_ITEM, SF_CALL, SF_AUG, SF_WRITER, SF_GIVE, SF_CLASS };
/* A factory handed to the library (st_factory_site), resolved after the pass into
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

/* SF_GIVE: a value handed to the library to hold or take back (st_give_site), which
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
 * is a value reached through a module (st_attr_mask). */
#define M_MADE 16u
#define M_TOP (M_SELF | M_MADE) /* the value itself, of either kind */

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
    /* The keys the hooks are taken from (st_hook_keys), found once the keys are
     * final: st_take_hooks runs again after every change the fixpoint makes, and
     * each find hashed a text built for it. hk[i][0] is "()name", hk[i][1] the
     * name, for HOOK_NAMES[i]; hk_esc and hk_lib "()name" of the escaped
     * functions and the library's methods. NULL where no such key is. */
    bool hk_found;
    st_key *hk[17][2];
    st_key **hk_esc, **hk_lib;
    unsigned hooks[6];  /* what protocol methods and escaping functions return (level 1) */
    unsigned hooks0[6]; /* the same, the library's calls taken as new values (level 0) */
    unsigned aug_hooks0[6]; /* hooks0 on the masks st_aug_masks makes */
    bool foreign;      /* a class of the program has a base it did not write */
    bool unimported;   /* the program imports no module (st_no_module_imported) */
    bool duck_made;    /* EV_HANDED parameters are library-made too (duck_shadows) */
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
     * recomputes): a callee's classify and st_classify_other and the name, and a
     * receiver's text_receiver and own_method_receiver, once s->marking (every
     * key and event made; they read no mask); an identifier's
     * st_enclosing_parameter (the tree alone) at any time. The masks' fixpoint
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
    str *escaped; /* the names of the functions that escape (st_escaped_functions) */
    size_t nescaped;
    str *escaped_bound; /* those named as values only as bound methods (bound_receiver) */
    str *escaped_valued; /* those named as values at all (not only decorated) */
    size_t nescaped_valued;
    size_t nescaped_bound;
    str *libdefs; /* the methods a library base may call (st_library_overrides) */
    size_t nlibdefs;
    bool libdefs_all; /* a base not placed: every function may be one */
    str *decorated; /* the names of decorated defs: bound to what a decorator made */
    size_t ndecorated, capdecorated;
    str *defnames, *classnames; /* their names, taken once the pass is over */
    size_t ndefs, capdefs, nlambdas, caplambdas, nclasses, capclasses, ncalls, capcalls;
    bool everything; /* a form too deep to follow: every store is suspect */
    /* Parameters the interpreter fills (st_implicit_def): a dunder bound in a class
     * body by assignment (`__eq__ = helper`), resolved once the defs are known;
     * and whether a protocol method may be a function the checker cannot name
     * (`__eq__ = staticmethod(f)`, a program decorator on a dunder def, what
     * `__getattr__` returns): then every function used as a value counts. */
    TSNode *dunder_vals;
    size_t ndunder_vals, capdunder_vals;
    TSNode *duck_vals; /* values bound to attributes named like duck hooks: st_duck_binding */
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
    bool attribute_held;  /* held_attribute: a library object's own attribute may hold the program's */
    bool keyed; /* the judgement made its keys (st_make_keys): st_maybe_class may be asked */
    bool handed;          /* some argument went to HANDED */
    /* Class statements with a base whose methods the program did not write, as
     * the check pass sees them (st_overriding_class): their methods are called by
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
     * fetched from a class is a plain function (st_fetch_names). */
    str *fetched;
    size_t nfetched, capfetched;
    bool computed_fetch; /* getattr with a name computed whole (allowed on self only) */
    uint8_t operators; /* program_operators: 0 not asked, 1 no, 2 yes */
    uint8_t classes_written; /* classes_written: 0 not asked, 1 no, 2 yes */
    size_t getattr_calls; /* calls of getattr st_fetch_names recorded (fetched, computed_recv) */
    int8_t writers_bound; /* does a from-import bind a writer (st_writer_use)? 0: not yet known */
    int8_t getters_bound; /* does a from-import bind attrgetter or methodcaller? (st_issue13_call) */
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
     * store anew (st_aug_masks), read instead of m[0] while aug_on (st_aug_judged). */
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
    size_t scoped_upto; /* the events st_scope_copies has seen */
    struct {
        uint32_t at, res; /* st_name_scope's recent answers, by byte + 1 */
    } scope_answers[256];
    struct {
        uint32_t at, res; /* builtin_operator's recent answers, by byte + 1 */
    } op_answers[64];
    uint8_t proto_named[16]; /* protocol_named's answers: 0 unknown, 1 yes, 2 no */
    uint8_t wrapper_named;   /* the program names a collections wrapper: 1 yes, 2 no */
    uint8_t slice_objects;   /* it may hold a slice object as a value: 1 yes, 2 no */
    uint8_t plain_get;       /* plain_get's answer: 1 yes, 2 no, 0 unasked */
    uint8_t plain_sort;      /* plain_sort's, alike */
    bool class_values; /* a container class is used as a value (st_class_value_use) */
    bool class_held;   /* a class of the program is so used (st_maybe_class) */
    uint8_t as_values; /* classes_as_values: 0 not asked, 1 no, 2 yes */
    bool containers_taken, containers_full; /* container_class_name's names: */
    str containers[16];                     /* the first 16, or all by census */
    size_t ncontainers;
    an_strset *inkeys; /* the parameters whose "#in" a caller feeds (st_in_key) */
    an_strset *fed; /* the returns keys ("()f") some event other than an alias feeds
                     * (fed_returns, taken before each turn of plain_alias_events) */
};

/* The symbols wk_stores_visit has a case for beside identifier and attribute, a
 * byte each below VISITED_SYMS (all of the grammar's but ERROR): the other named
 * nodes, most of those it sees, skip its chain of tests. Written by st_init_syms. */
#define VISITED_SYMS 512

#define ALIAS_ANY 255u

/* What any generator's send() (or asend()) passes in: what `yield` evaluates to. */
#define SENT ((str){"(sent)", 6})

/* What escaping functions return, for aliases only: the result of a call
 * whose callee may be any function value (a decorator factory's product, a
 * parameter, a library function handed the program's def) may be what any
 * def or lambda that escapes returns (st_escape_aliases links them). */
#define ESC_RET ((str){"(esc)", 5})

#define NCONTAINER_CLASSES (sizeof ST_CONTAINER_CLASSES / sizeof ST_CONTAINER_CLASSES[0])

typedef struct arg_writer {
    str name;
    int8_t pos;
    str kw;
} arg_writer;
_Static_assert(offsetof(arg_writer, name) == 0, "find_named reads the name first");

#define OV_FULL (1u << 31)
#define OV_LIMITED (1u << 30)
/* with OV_FULL: every library base is names-closed (facades.txt), so a method
 * no library class binds takes no value of the library's (coll_called) */
#define OV_NAMED (1u << 29)

enum { H_ATTR, H_ITEM, H_OP, H_ELEM, H_LIB, H_ESC };

typedef enum { CK_MODULE, CK_DEF, CK_CLASS, CK_METHOD, CK_OTHER_METHOD, CK_OPAQUE } callee_kind;

/* The parameters of a def or lambda: positional ones, *args, keyword-only ones,
 * **kwargs. */
typedef struct params {
    str pos[32], kw[32];
    size_t npos, nkw;
    size_t nposonly; /* the first nposonly of pos are positional-only (before `/`) */
    bool more;       /* more parameters than pos or kw holds */
    str star, dstar;
} params;

/* A function whose parameters are read through scopes (st_implicit_read): every
 * def and lambda. A parameter is a name of its own function: what a call hands
 * it is kept under a key of that function ("@<start>:name", st_param_key) and
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

/* How a def reached as `x.m` takes its first parameter: RB_BOUND, the receiver
 * (an undecorated method: unless x may be a class); RB_CLASS, the receiver's
 * class, whatever x is (a classmethod); RB_STATIC, as the first argument (a
 * staticmethod); RB_UNSURE, either (any other decorator may return a
 * staticmethod, and a plain def becomes a method by a class-body binding
 * `f = g`). Only the builtin staticmethod and classmethod, by names the program
 * never binds, are known. */
enum { RB_BOUND, RB_STATIC, RB_UNSURE, RB_CLASS };

typedef struct fanout {
    struct wk_stores *s;
    TSNode fn;    /* the function whose parameters take every argument */
    size_t first; /* from this parameter on (1 for a bound method) */
} fanout;

/* What a binding's value is proved to be: an instance (instance_call) or a new
 * builtin container (VT_INSTANCE), or a new builtin dict (VT_MAPPING). */
enum { VT_INSTANCE, VT_MAPPING };

/* A function handed to the standard library may be called with the other
 * arguments' items. */
typedef struct ho_ctx {
    struct wk_stores *s;
    TSNode args;
    TSNode call; /* the call args belongs to (asking the tree for a parent costs a walk) */
} ho_ctx;

typedef bool (*binding_test)(walker *w, struct wk_stores *s, const st_event *ev, str name,
                             str *seen, int nseen);

/* store_augmented.c */
bool st_aug_rebinds(walker *w, struct wk_stores *s, const st_store *st);
bool st_aug_masks(walker *w, struct wk_stores *s, const size_t *ek);
bool st_level0_form(uint8_t form);
void st_enum_mixin_receivers(walker *w, struct wk_stores *s);
bool st_recv_may_be_class(walker *w, struct wk_stores *s, TSNode call);
bool st_aug_judged(walker *w, struct wk_stores *s, const st_store *st);
bool st_operator_parameter(walker *w, TSNode obj, size_t depth);
void st_fixpoint(walker *w, struct wk_stores *s, const size_t *ek);
bool st_make_keys(walker *w, struct wk_stores *s);
void st_library_overrides(walker *w, struct wk_stores *s);
void st_plain_alias_events_from(walker *w, struct wk_stores *s, size_t first);
void st_in_alias_events(walker *w, struct wk_stores *s);
void st_escape_aliases(walker *w, struct wk_stores *s);
void st_scope_copies(walker *w, struct wk_stores *s);
void st_global_copies(walker *w, struct wk_stores *s);
void st_module_hook_bindings(walker *w, struct wk_stores *s);
void st_statistics_conversions(walker *w, struct wk_stores *s);

/* store_self.c */
void st_instance_events(walker *w, struct wk_stores *s);
void st_operand_handed(walker *w, TSNode v);
void st_augmented_handed(walker *w, TSNode n);
void st_duck_method_events(walker *w, struct wk_stores *s);
void st_decorator_args(walker *w, struct wk_stores *s);
void st_call_events(walker *w, struct wk_stores *s);
void st_factory_sites(walker *w, struct wk_stores *s);
bool st_give_judged(walker *w, struct wk_stores *s, const st_store *st);
bool st_no_module_imported(const walker *w);
unsigned st_event_mask(walker *w, struct wk_stores *s, const st_event *ev, int lvl);
bool st_plain_index(walker *w, struct wk_stores *s, TSNode t);

/* store_params.c */
extern const char *const ST_DUCK_HOOKS[13];
extern const char *const ST_CONTAINER_METHODS[91];
void st_param_scope(walker *w, TSNode fn);
void st_implicit_read(walker *w, TSNode n, size_t depth);
bool st_def_keeping_decorator(walker *w, TSNode e);
bool st_base_resolves(walker *w, struct wk_stores *s, TSNode b, TSSymbol bs, str name,
                      bool (*ok)(str mod, str attr));
bool st_base_at(walker *w, TSNode bases, uint32_t j, TSNode *b, TSSymbol *bs, str *name);
bool st_overriding_class(walker *w, struct wk_stores *s, TSNode cls, uint32_t *names);
void st_overriding_push(walker *w, struct wk_stores *s, TSNode cls, uint32_t limit);
str st_base_module(walker *w, TSNode b);
void st_implicit_def(walker *w, TSNode def);
void st_implicit_assign(walker *w, TSNode left, TSNode right);
bool st_property_def(walker *w, const struct wk_stores *s, TSNode def);
void st_taint_escaping(walker *w, struct wk_stores *s);
void st_setter_events(walker *w, struct wk_stores *s);
bool st_duck_name(walker *w, str name);
bool st_library_object(walker *w, struct wk_stores *s, TSNode o, int depth);
void st_duck_binding(walker *w, TSNode left, TSNode right, int body);
bool st_registered_under(walker *w, TSNode fn, str f);
void st_cls_call(walker *w, struct wk_stores *s, TSNode f, TSNode args);
void st_implicit_events(walker *w, struct wk_stores *s);
TSNode st_enclosing_def(walker *w, TSNode node);
bool st_escaped_functions(walker *w, struct wk_stores *s);
bool st_library_base(walker *w, struct wk_stores *s, TSNode cls);
void st_inherited_hooks(walker *w, struct wk_stores *s);
void st_made_classes(walker *w, struct wk_stores *s);
void st_each_arg(walker *w, TSNode args, TSNode skip, void (*fn)(walker *, TSNode, void *),
                 void *ctx);
void st_fan_arg(walker *w, TSNode a, void *ctx);
void st_fan_arg_back(walker *w, TSNode a, void *ctx);
bool st_classes_held(walker *w, struct wk_stores *s);
bool st_maybe_class(walker *w, struct wk_stores *s, TSNode r);
bool st_attribute_holds(walker *w, struct wk_stores *s, str a, int vt);
bool st_variable_holds(walker *w, struct wk_stores *s, TSNode id, int vt);
bool st_caller_values(walker *w, struct wk_stores *s);
bool st_builtin_name(walker *w, struct wk_stores *s, str name);
bool st_maybe_function(walker *w, struct wk_stores *s, TSNode v, int depth);
void st_higher_order_arg(walker *w, TSNode a, void *ctx);
bool st_operator_method(str name);
void st_class_call(walker *w, struct wk_stores *s, TSNode cls, TSNode args, TSNode skip,
                   int callback, int depth);
bool st_module_callee(walker *w, struct wk_stores *s, TSNode f);
bool st_storeless_module(str m);
void st_module_call_holds(walker *w, TSNode args);
bool st_referenced(walker *w, struct wk_stores *s, str name);
unsigned st_opaque_reach(walker *w, struct wk_stores *s, size_t i);
bool st_enum_class(walker *w, TSNode cls);
bool st_instance_event(walker *w, struct wk_stores *s, const st_event *ev, str name,
                       str *seen, int nseen);
bool st_enum_mixins(walker *w, struct wk_stores *s, bool *mixin);
void st_each_class_def(walker *w, struct wk_stores *s, TSNode cls, void (*each)(walker *,
                       struct wk_stores *, TSNode));
bool st_zero_arg_super(walker *w, TSNode x);

/* store_calls.c */
bool st_take_names(walker *w, struct wk_stores *s);
void st_library_class_decorators(walker *w, TSNode cls);
bool st_own_product_decorators(walker *w, TSNode e);
void st_taint_params_elems(walker *w, TSNode fn, TSNode value, size_t first);
str st_in_key(walker *w, struct wk_stores *s, str key);
void st_note_held(walker *w, struct wk_stores *s, size_t i);
void st_alias_back(walker *w, TSNode fn, str pname, TSNode a);
void st_alias_back_up(walker *w, TSNode fn, str pname, TSNode a, unsigned down, unsigned up);
void st_map_args(walker *w, TSNode fn, TSNode args, size_t offset);
void st_params_event(walker *w, TSNode fn, size_t first, ev_kind kind);
void st_taint_params(walker *w, TSNode fn, size_t first);
str st_scoped_name(walker *w, uint32_t at, str name);
str st_rescoped(walker *w, struct wk_stores *s, str key, uint32_t root);

/* store_aliases.c */
extern const char *const ST_CONTAINER_CLASSES[20];
extern const str st_writer_names[9];
void st_push_node(walker *w, TSNode **arr, size_t *n, size_t *cap, TSNode node);
str st_returns_key(walker *w, str name);
st_event *st_add_iter_event(walker *w, str key, TSNode value, ev_kind kind, unsigned shift,
                            unsigned iter);
void st_add_event(walker *w, str key, TSNode value, ev_kind kind, unsigned shift);
void st_mark_binding(st_event *ev, uint32_t root);
str st_key_of_root(walker *w, TSNode e, unsigned *depth, uint32_t *root);
void st_too_deep(walker *w);
bool st_operator_dunder(str name);
void st_add_alias(walker *w, str a, uint32_t aroot, str x, uint32_t xroot, unsigned up,
                  unsigned dx, bool any, TSNode at);
TSNode st_decorator_callee(walker *w, TSNode dec);
void st_decorator_aliases(walker *w, str name, TSNode de, bool made, TSNode at);
void st_alias_roots(walker *w, str a, uint32_t aroot, TSNode v, unsigned iter, unsigned up,
                    bool any, int depth);
bool st_protocol_return(str name);
str st_getter_key(walker *w, str name);
str st_proto_key(walker *w, str name);
void st_repeated_object(walker *w, TSNode n);
void st_linked_key(walker *w, str key, uint32_t root, TSNode value, unsigned up, TSNode at);
void st_bind_targets(walker *w, TSNode target, TSNode value, ev_kind kind, unsigned iter,
                     int depth);
size_t st_def_bindings(walker *w, str name, bool *decorated);
void st_dunder_any(walker *w, str name, TSNode at);
void st_bind_captures(walker *w, TSNode pat, TSNode subject, int depth, bool in_class,
                      str attr, bool in_map, unsigned levels);
void st_capture_aliases(walker *w, TSNode pat, TSNode subject, unsigned iter, unsigned up,
                        bool any, str attr, int depth);
void st_enter_aliases(walker *w, TSNode target, TSNode value, int depth);
str st_dotted_path(walker *w, TSNode dn);
void st_on_call(walker *w, TSNode call, size_t depth);
void st_send_alias(walker *w, TSNode call);
void st_sent_value(walker *w, TSNode n, size_t depth);
void st_queue_store(walker *w, TSNode at, TSNode obj, str name, unsigned form);
bool st_give_hook(str name, unsigned *iter);
void st_give_site(walker *w, TSNode at, TSNode obj, str name, unsigned iter, uint32_t cls);
void st_class_body_descriptor(walker *w, TSNode left, TSNode right);
int st_stack_in_class_body(walker *w, size_t depth);
uint32_t st_stack_class(walker *w, size_t i);
bool st_mutating_method(str m);
bool st_class_writer(str m);
TSNode st_first_arg(walker *w, TSNode call);
void st_class_value_use(walker *w, TSNode n, size_t depth);
/* Is comparison p, n among its operands, one that hands n to no code of the
 * program (identity, or every other operand a class, None, a number or a plain
 * string)? */
bool st_inert_comparison(walker *w, TSNode p, TSNode n);
void st_mutating_call(walker *w, TSNode call);
void st_mutating_value(walker *w, TSNode n, size_t depth);
TSNode st_positional_arg(walker *w, TSNode call, int i);
void st_writer_use(walker *w, TSNode n, size_t depth);
const arg_writer *st_arg_writer_method(str name);
void st_arg_writer_value(walker *w, TSNode n, size_t depth);
void st_factory_site(walker *w, TSNode at, TSNode v, str name);
int st_factory_position(str cls, str *kw);
void st_factory_keyword_arg(walker *w, TSNode a);
void st_class_holds_bases(walker *w, TSNode cls);
void st_factory_base(walker *w, TSNode cls);
void st_factory_assign(walker *w, TSNode n, size_t depth);
void st_issue13_call(walker *w, TSNode call);
void st_augmented_name(walker *w, TSNode aug);
bool st_consumed_result(walker *w, TSNode lam, TSNode p);
void st_note_reference(walker *w, TSNode n, size_t depth);
bool st_shared_result_decorator(walker *w, TSNode e);
bool st_marking_decorator(walker *w, TSNode d);
void st_note_decorated(walker *w, str name);
void st_note_fetch(walker *w, str name, bool prefix, TSNode recv);
void st_fetch_names(walker *w, TSNode call);
void st_note_self_read(walker *w, TSNode n);
void st_note_method(walker *w, TSNode def, size_t depth);
str st_held_key(walker *w, str key);
str st_param_key(walker *w, TSNode fn, str name);
void st_opaque_implicit(walker *w);
TSNode st_first_param_owner(walker *w, TSNode o);
bool st_program_only_class(walker *w, TSNode cls, int depth);
bool st_program_self(walker *w, TSNode o);

/* store_masks.c */
extern TSSymbol st_sym_with_item, st_sym_match_statement, st_sym_case_clause,
    st_sym_dictionary, st_sym_dictionary_comprehension, st_sym_keyword_pattern,
    st_sym_except_clause, st_sym_except_group_clause, st_sym_yield, st_sym_dict_pattern,
    st_sym_float;
extern pthread_once_t st_syms_once;
extern uint8_t st_visited[VISITED_SYMS];
struct st_keyed_callers {
    const char *mod, *fn;
};
extern const struct st_keyed_callers ST_KEYED_CALLERS[9];
unsigned st_spread(unsigned m);
unsigned st_shl(unsigned m);
unsigned st_elems(unsigned m);
void st_init_syms(void);
void *st_grow(walker *w, void *arr, size_t n, size_t *cap, size_t sz);
str st_module_of(walker *w, TSNode n);
struct wk_stores *st_state(walker *w);
bool st_slice_subscript(walker *w, TSNode e);
bool st_loose_level(walker *w, TSNode e);
bool st_names_any(walker *w, const char *const *names, size_t n);
bool st_text_holds_word(walker *w, str a);
bool st_other_store_target(walker *w, TSNode p, TSNode pp, TSSymbol ps);
bool st_storage_named(walker *w);
bool st_library_only_method(walker *w, str name);
bool st_positional_call(walker *w, TSNode f, TSNode args, const char *m, uint32_t lo,
                        uint32_t hi);
bool st_setdefault_call(walker *w, TSNode f, TSNode args);
bool st_text_callee(walker *w, TSNode f);
bool st_literal_args(walker *w, TSNode args);
bool st_compared_key(walker *w, TSNode kw);
bool st_names_library_function(walker *w, TSNode f, const char *mod, const char *fn);
size_t st_key_slot(str name, size_t mask);
st_key *st_find_key(struct wk_stores *s, str name);
bool st_star_bound(walker *w, struct wk_stores *s, str name);
bool st_module_name(walker *w, struct wk_stores *s, str name);
bool st_has_future_import(const walker *w);
bool st_hook_keys(walker *w, struct wk_stores *s);
void st_take_hooks_at(struct wk_stores *s, unsigned *h, int lvl);
void st_take_hooks(struct wk_stores *s);
void st_enqueue(struct wk_stores *s, uint32_t ev);
unsigned st_hook(struct wk_stores *s, int lvl, int h);
unsigned st_aug_parts(struct wk_stores *s, unsigned vm, int lvl);
unsigned st_key_mask(struct wk_stores *s, str name, int lvl);
unsigned st_returns_mask_at(struct wk_stores *s, str name, int lvl);
bool st_same(str a, str b);
const bool *st_memo_get(const name_memo *m, str name);
bool st_memo_put(name_memo *m, str name, bool yes);
bool st_in_names(const str *names, size_t n, str name);
TSNode st_def_statement(walker *w, TSNode def);
bool st_method_def(walker *w, TSNode def);
bool st_in_class_body(walker *w, TSNode node);
bool st_class_sure(walker *w, str name);
bool st_pair_listed(str mod, str attr, const char *const (*pairs)[2], size_t n);
bool st_transparent_decorator(walker *w, TSNode d);
bool st_program_decorated_name(walker *w, struct wk_stores *s, str name);
bool st_decorated_class_opaque(walker *w, struct wk_stores *s, str name);
callee_kind st_classify_other(walker *w, struct wk_stores *s, TSNode f, callee_kind ck,
                              str name);
callee_kind st_classify(walker *w, struct wk_stores *s, TSNode f, str *name);
str st_param_name(walker *w, TSNode p);
params st_read_params(walker *w, TSNode fn);
int st_scope_prefix(char *buf, uint32_t at);
uint32_t st_name_scope(walker *w, struct wk_stores *s, uint32_t at, str name);
const struct st_read *st_scoped_read_at(const struct wk_stores *s, uint32_t at);
bool st_random_generator(str mod, str attr);
TSNode st_up_decorated(walker *w, TSNode def);
bool *st_class_and_subclasses(walker *w, struct wk_stores *s, TSNode c);
bool st_program_bases(walker *w, struct wk_stores *s, str name);
bool st_derives_directly(walker *w, struct wk_stores *s, size_t i, size_t j);
TSNode st_cls_param_class(walker *w, struct wk_stores *s, TSNode id);
int st_receiver_binding(walker *w, TSNode def);
str st_inst_key(char *buf, size_t cap, str name);
bool st_chain_binds_new(walker *w, struct wk_stores *s, TSNode cls, int depth);
bool st_typed_builtin(walker *w, struct wk_stores *s, TSNode f);
bool st_fresh_method(str name);
bool st_module_function(walker *w, TSNode f, str *mod, str *fn);
bool st_plain_module(str mod);
bool st_view_class(str mod, str fn);
TSNode st_nth_positional(walker *w, TSNode args, int i);
an_rules_class st_library_class(walker *w, str mod, str fn);
bool st_deepcopy_memo(walker *w, TSNode f, TSNode args);
bool st_no_interpolation(walker *w, TSNode e);
unsigned st_call_mask0(walker *w, struct wk_stores *s, TSNode f, TSNode args, int depth);
TSNode st_coroutine_run_arg(walker *w, TSNode f, TSNode args);
unsigned st_call_mask(walker *w, struct wk_stores *s, TSNode f, TSNode args, unsigned argmask,
                      int depth);
unsigned st_attr_mask(struct wk_stores *s, str attr, unsigned objm, int lvl);
unsigned st_mask(walker *w, struct wk_stores *s, TSNode e, int lvl, int depth);
bool st_unshadowed(walker *w, struct wk_stores *s, str name);
bool st_enclosing_parameter(walker *w, TSNode e);
bool st_every_binding(walker *w, struct wk_stores *s, TSNode id, str name, str *seen,
                      int nseen, binding_test test);
bool st_plain_expr(walker *w, struct wk_stores *s, TSNode e, str *seen, int nseen);
bool st_exact_number_class(walker *w, TSNode f);
bool st_immutable_name(walker *w, struct wk_stores *s, TSNode id, str *seen, int nseen);
bool st_def_only(walker *w, struct wk_stores *s, str name);
str st_global_key(char *buf, size_t cap, str name);

#endif
