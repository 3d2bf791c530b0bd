/*
 * store_augmented.c - augmented assignments (`R op= v`) for the store rule:
 * indices that are never a slice, an augmented assignment that only rebinds
 * its name, and one judged on what its target held before it (stores.h).
 */
#include "walker.h"
#include "scopes.h"
#include "strset.h"
#include "stores.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Is SF_AUG store st on a name that only ever holds immutable values? */
bool st_aug_rebinds(walker *w, struct wk_stores *s, const st_store *st)
{
    TSNode t = wk_unparen(w, st->obj);
    if (ts_node_is_null(t) || ts_node_symbol(t) != w->sym->identifier || st_enclosing_parameter(w, t))
        return false;
    str seen[8];
    return st_immutable_name(w, s, t, seen, 0);
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
 * augmented store stores only that (st_aug_masks: the fixpoint again at level 0,
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
    unsigned v = st_aug_parts(s, st_mask(w, s, wk_child(w, a, "right"), 0, 0), 0);
    /* a slice's elements: what t[s] handed out (a __getitem__ of the
     * program's too) and v's, each step maybe what the program's __iter__
     * and the like hand out */
    if (ts_node_is_null(t) || (ts_node_symbol(t) == w->sym->subscript && !st_plain_index(w, s, t)))
        v |= st_elems(v | st_hook(s, 0, H_ITEM)) | st_hook(s, 0, H_ELEM);
    for (unsigned i = 0; ev->kind == EV_HOLD && i < ev->shift; i++)
        v = st_shl(v);
    *m = v;
    return true;
}

/* The level-0 masks with augmented stores taken as aug_event says, into
 * s->aug: the needed keys' events until nothing changes (each pass only adds
 * bits, four a key). False when out of memory. */
bool st_aug_masks(walker *w, struct wk_stores *s, const size_t *ek)
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
        st_take_hooks_at(s, h, 0);
        if (memcmp(h, s->aug_hooks0, sizeof h) != 0) {
            memcpy(s->aug_hooks0, h, sizeof h);
            changed = true;
        }
        for (size_t i = 0; i < s->nev; i++) {
            if (!s->keys[ek[i]].needed)
                continue;
            unsigned m;
            if (!aug_event(w, s, &s->ev[i], &m))
                m = st_event_mask(w, s, &s->ev[i], 0);
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
bool st_level0_form(uint8_t form)
{
    return form == SF_ITEM || form == SF_CALL || form == SF_AUG || form == SF_SELFW ||
           form == SF_FACTORY0 || form == SF_FIRST;
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

/* An enum's mixins' implicitly called defs (st_enum_mixins) take a member's value
 * as their receiver: their receivers are sources. */
void st_enum_mixin_receivers(walker *w, struct wk_stores *s)
{
    bool *mixin = an_arena_alloc(w->arena, (s->nclasses + 1) * sizeof *mixin);
    if (!mixin) {
        w->oom = true;
        return;
    }
    if (st_enum_mixins(w, s, mixin))
        for (size_t i = 0; i < s->nclasses; i++)
            if (mixin[i])
                st_each_class_def(w, s, s->classes[i], receiver_source);
}

/* May the receiver of call (a method call) be a class rather than an instance:
 * anything but a name or attribute every binding of which makes an instance? */
bool st_recv_may_be_class(walker *w, struct wk_stores *s, TSNode call)
{
    TSNode f = wk_unparen(w, wk_child(w, call, "function"));
    TSNode r = ts_node_symbol(f) == w->sym->attribute ? wk_unparen(w, wk_child(w, f, "object"))
                                                       : (TSNode){0};
    if (ts_node_is_null(r))
        return true;
    str seen[8];
    if (ts_node_symbol(r) == w->sym->identifier)
        return !st_every_binding(w, s, r, wk_ident(w, r), seen, 0, st_instance_event);
    if (ts_node_symbol(r) != w->sym->attribute)
        return true;
    str a = wk_ident(w, wk_child(w, r, "attribute"));
    st_key *k = st_find_key(s, a);
    if (!k || !k->evs)
        return true;
    for (uint32_t e = k->evs; e; e = s->next_ev[e - 1])
        if (!st_instance_event(w, s, &s->ev[e - 1], a, seen, 0))
            return true;
    return false;
}

/* Is level-0 store st suspect on those masks? */
bool st_aug_judged(walker *w, struct wk_stores *s, const st_store *st)
{
    s->aug_on = true;
    bool suspect = (st_mask(w, s, st->obj, 0, 0) & M_SELF) != 0;
    s->aug_on = false;
    return suspect;
}

/* Is the store's target rooted at a parameter (not the first) of the operator
 * method it is written in? Operators hand such methods whatever the other operand
 * is (`json.JSONEncoder < obj` calls obj.__gt__(json.JSONEncoder)), so no store
 * goes through one. */
bool st_operator_parameter(walker *w, TSNode obj, size_t depth)
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
        if (!st_operator_method(fname))
            return false;
        /* a descriptor's second parameter is the instance (or class) of the
         * program's own class that holds it */
        size_t first = wk_eq(fname, "__get__") || wk_eq(fname, "__set__") ||
                               wk_eq(fname, "__delete__") || wk_eq(fname, "__set_name__")
                           ? 2
                           : 1;
        params ps = st_read_params(w, w->stack[i]);
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

/* Puts on the queue every event of list head. */
static void requeue(struct wk_stores *s, uint32_t head)
{
    for (uint32_t e = head; e; e = s->edges[e - 1].next)
        st_enqueue(s, s->edges[e - 1].ev);
}

/* The fixpoint: a key's mask is the union of its events' masks (monotone, four
 * bits a key at two levels: it ends). A worklist, driven by demand: an event is
 * evaluated once something needed (a store's target, or an event of a needed
 * key) has read its key, and again only when a key, a hook or (for a scan of
 * all keys) any key it read has changed; so the work follows what the stores
 * ask and what changes, not the program's size. Keys nothing needed reads keep
 * no mask: no store's judgement depends on them. */
void st_fixpoint(walker *w, struct wk_stores *s, const size_t *ek)
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
        unsigned m1 = st_event_mask(w, s, &s->ev[i], 1);
        unsigned m0 = m1 ? st_event_mask(w, s, &s->ev[i], 0) : 0;
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
        st_take_hooks(s);
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
bool st_make_keys(walker *w, struct wk_stores *s)
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
            size_t h = st_key_slot(keys[i].name, nslots - 1);
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
        /* st_find_key's probe (which finds no name NULL), ending at the slot a new
         * key takes */
        size_t h = st_key_slot(name, nslots - 1);
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
            st_in_names(s->classnames, s->nclasses, wk_ident(w, b)))
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
            return st_module_of(w, wk_child(w, b, "object")).p != NULL;
        if (k != w->sym->identifier)
            return false;
        /* bound by one class statement, by one import, or a builtin never bound:
         * any other binding (an assignment, a loop, a parameter) may be anything */
        str name = wk_ident(w, b);
        wk_census c = wk_take_census(w, name);
        if (c.classdefs == 1 && c.other == 0)
            return true;
        if (c.classdefs == 0 && c.other == 1 && st_module_name(w, s, name))
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
 * returns (st_returns_mask_at); no library call does (honest26 p25: `return
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
        if (!st_base_at(w, bases, j, &b, &bs, &name)) {
            if (bs == w->sym->keyword_argument)
                return false; /* a metaclass= */
            continue;
        }
        found++;
        ok = name.p && st_base_resolves(w, s, b, bs, name, CONSUMED_HOOKS[k].base);
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

void st_library_overrides(walker *w, struct wk_stores *s)
{
    size_t n = s->nclasses;
    bool *ov = n ? calloc(n, sizeof *ov) : NULL;
    if (n && !ov) {
        w->oom = true;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        ov[i] = st_library_base(w, s, s->classes[i]);
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
                    if (k != i && ov[i] != ov[k] && st_same(s->classnames[k], bn)) {
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
        n += st_same(wk_ident(w, wk_child(w, s->defs[i], "name")), name);
    for (size_t i = 0; i < s->nclasses; i++)
        n += st_same(wk_ident(w, wk_child(w, s->classes[i], "name")), name);
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
    st_event *ev = st_add_iter_event(w, key, al->at, EV_ALIAS,
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
        str a = st_rescoped(w, s, al->a, al->aroot), x = st_rescoped(w, s, al->x, al->xroot);
        str aheld = st_held_key(w, a), xheld = st_held_key(w, x);
        if (!aheld.p || !xheld.p)
            continue;
        if (!callers || an_strset_has(s->inkeys, a.p, a.len)) {
            str from = callers ? st_in_key(w, s, a) : aheld;
            alias_event(w, x, al, false, from);
            alias_event(w, xheld, al, false, from);
        }
        if (!callers || an_strset_has(s->inkeys, x.p, x.len))
            alias_event(w, aheld, al, true, callers ? st_in_key(w, s, x) : xheld);
    }
}

/* After the rescoping: the aliases' events (alias_links). */
void st_plain_alias_events_from(walker *w, struct wk_stores *s, size_t first)
{
    fed_returns(w, s);
    alias_links(w, s, first, false);
}

/* After the calls' events: what the callers store into a parameter's object
 * reaches what the parameter's function aliased it to (alias_links). */
void st_in_alias_events(walker *w, struct wk_stores *s)
{
    if (s->inkeys)
        alias_links(w, s, 0, true);
}

/* Does the program bind something called m by a value (`self.m = v`, `m = v`
 * in a class body or anywhere: names and attributes share keys)? Then a
 * method call `R.m()` may call a function value held there. */
static bool attr_bound(struct wk_stores *s, str m)
{
    for (size_t i = 0; i < s->nev; i++)
        if ((s->ev[i].kind == EV_VALUE || s->ev[i].kind == EV_CALLEE) && st_same(s->ev[i].key, m))
            return true;
    return false;
}

/* The links of what escaping functions return (ESC_RET): each escaping def's
 * "()f" (lambdas' bodies are linked where they are written), and each
 * "(via)f" whose name may hold another function value. Then what the program
 * stores through the result of a call of a decorator factory's product, a
 * closure, a parameter or a library function handed its def reaches what
 * that def returns. */
void st_escape_aliases(walker *w, struct wk_stores *s)
{
    for (size_t i = 0; i < s->ndefs && !w->oom; i++)
        if (st_in_names(s->escaped, s->nescaped, s->defnames[i]))
            st_add_alias(w, ESC_RET, 0, st_returns_key(w, s->defnames[i]), 0, 0, 0, false,
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
        if ((!hand && !via) || st_in_names(keys, nkeys, x))
            continue;
        keys[nkeys++] = x;
        str f = hand ? (str){x.p + 6, x.len - 6} : (str){x.p + 5, x.len - 5};
        if (hand && st_in_names(s->defnames, s->ndefs, f))
            st_add_alias(w, x, 0, st_returns_key(w, f), 0, 0, 0, false, at);
        else if (via && (f.p[0] == '.' ? attr_bound(s, (str){f.p + 1, f.len - 1})
                                       : !st_def_only(w, s, f)))
            st_add_alias(w, x, 0, ESC_RET, 0, 0, 0, false, at);
    }
}

/* Keys the bindings of names among the events from scoped_upto on under their
 * variable's key too: a function's (or lambda's, or comprehension's) own,
 * "@<start>:name", when the identifier bound is that scope's variable
 * (scopes.h), which the reads of that variable read alone; the name's own key
 * keeps every binding for the questions about the whole program (is the name
 * bound anywhere? does it only ever hold numbers?). The other stores into a
 * variable (an item, a mutating call) were put under its key by rescoped. */
void st_scope_copies(walker *w, struct wk_stores *s)
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
            if (k == y->integer || k == st_sym_float || k == y->string ||
                k == y->concatenated_string || k == y->true_ || k == y->false_ ||
                k == y->none ||
                ((k == y->list || k == st_sym_dictionary || k == y->tuple) &&
                 ts_node_named_child_count(s->ev[i].value) == 0))
                continue;
        }
        uint32_t sc = wk_scopes_resolve(s->scopes, s->ev[i].root - 1, s->ev[i].key);
        if (!sc || sc == UINT32_MAX)
            continue; /* a global's or a class body's: the name's key */
        st_event copy = s->ev[i];
        copy.key = st_scoped_name(w, sc - 1, copy.key);
        copy.bind = 0;
        copy.root = 0;
        st_event *ev = st_grow(w, s->ev, s->nev, &s->capev, sizeof *ev);
        if (!ev)
            return;
        s->ev = ev;
        s->ev[s->nev++] = copy;
    }
    s->scoped_upto = s->nev;
}

void st_global_copies(walker *w, struct wk_stores *s)
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
        if (!st_in_names(local, nlocal, k))
            local[nlocal++] = k;
    }
    for (size_t i = 0; i < last && nlocal && !w->oom; i++) {
        if (mine[i] || !st_in_names(local, nlocal, s->ev[i].key))
            continue;
        char buf[256];
        str g = st_global_key(buf, sizeof buf, s->ev[i].key);
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
        st_event *ev = st_grow(w, s->ev, s->nev, &s->capev, sizeof *ev);
        if (!ev)
            return;
        s->ev = ev;
        s->ev[s->nev++] = copy;
    }
    s->scoped_upto = s->nev;
}

/* unittest finds `load_tests` in the main module by name and calls it with its
 * shared defaultTestLoader (st_implicit_def makes a module-level def's parameters
 * sources): any other binding of the global hands it a function whose
 * parameters the checker takes for clean (round 25s: `load_tests = hook`,
 * `= H.load_tests`, `= make()`). */
void st_module_hook_bindings(walker *w, struct wk_stores *s)
{
    static const str name = {"load_tests", 10};
    size_t defs = 0;
    if (!wk_text_has(w, "load_tests"))
        return; /* nothing names it: a star import of an allowed module binds none */
    wk_census c = wk_take_census(w, name);
    for (size_t i = 0; i < s->ndefs; i++) {
        TSNode up = wk_parent_of(w, s->defs[i]);
        if (st_same(wk_ident(w, wk_child(w, s->defs[i], "name")), name) && !ts_node_is_null(up) &&
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
void st_statistics_conversions(walker *w, struct wk_stores *s)
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
        if (!st_module_function(w, t[j].node, &mod, &fn) || !wk_eq(mod, "statistics") ||
            !wk_eq_any(fn, converting, sizeof converting / sizeof *converting))
            continue;
        if (held < 0)
            held = st_classes_held(w, s) ? 1 : 0;
        if (held)
            wk_report(w, t[j].node, "class_value",
                      "statistics.%.*s converts its result to the type of the data, and in "
                      "a program that holds a class of its own as a value that type may be "
                      "`type` itself, handing back a class: use statistics.fmean (floats), "
                      "or sum(xs) / len(xs)",
                      (int)fn.len, fn.p);
    }
}
