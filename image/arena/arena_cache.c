/*
 * arena_cache.c - CPython's arena allocator, keeping a few freed blocks for reuse.
 *
 * Why: CPython 3.11 gives a call that runs past the end of the frame stack a new
 * 16 KiB chunk and unmaps it as soon as that call returns (Python/pystate.c,
 * push_chunk and _PyThreadState_PopFrame); obmalloc's 256 KiB arenas go the same
 * way when a heap breathes around an arena's edge. A recursion that oscillates
 * across a chunk's edge (memoised divide and conquer, the usual contest solution)
 * then pays mmap, munmap and four page faults on every crossing: one honest
 * program spent 5.4 s of its 9.3 s in the kernel inside the sandbox, where the
 * same code under python3 had its edge elsewhere and took 2.5 s. Whether a
 * program hits an edge depends on how deep its code starts, so it cannot be
 * avoided from Python; keeping the last freed blocks makes a crossing a pointer
 * swap.
 *
 * PID 1 installs it before the fork (entrypoint.py), so the runner inherits it.
 * Built against the image's CPython 3.11 headers (the arena allocator is not in
 * the stable ABI); the image build imports it to prove that it loads.
 *
 * Contract:
 *   install() replaces the arena allocator once; later calls do nothing. Blocks
 *   are kept only up to KEPT_SLOTS and KEPT_BYTES, reused only for a request of
 *   the same size, and never unmapped later (the process is single-use).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#define KEPT_SLOTS 8
/* One arena and a few chunks: what an oscillating program needs, and a small
 * part of a run's 128 MiB. */
#define KEPT_BYTES ((size_t)1 << 20)

typedef struct {
    void *ptr;
    size_t size;
} ac_block;

/* The allocator is called with the GIL held, except where a thread state is
 * deleted from a thread that need not hold it (PyThreadState_Delete): a lock
 * makes that case safe for the price of an uncontended mutex. */
static pthread_mutex_t ac_lock = PTHREAD_MUTEX_INITIALIZER;
static ac_block ac_kept[KEPT_SLOTS];
static size_t ac_nkept;
static size_t ac_bytes;
static PyObjectArenaAllocator ac_base;
static bool ac_installed;

static void *ac_alloc(void *ctx, size_t size)
{
    void *ptr = NULL;
    (void)ctx;
    pthread_mutex_lock(&ac_lock);
    for (size_t i = ac_nkept; i-- > 0;) {
        if (ac_kept[i].size == size) {
            ptr = ac_kept[i].ptr;
            ac_kept[i] = ac_kept[--ac_nkept];
            ac_bytes -= size;
            break;
        }
    }
    pthread_mutex_unlock(&ac_lock);
    return ptr ? ptr : ac_base.alloc(ac_base.ctx, size);
}

static void ac_free(void *ctx, void *ptr, size_t size)
{
    bool kept = false;
    (void)ctx;
    if (!ptr)
        return;
    pthread_mutex_lock(&ac_lock);
    if (ac_nkept < KEPT_SLOTS && size <= KEPT_BYTES - ac_bytes) {
        ac_kept[ac_nkept++] = (ac_block){ptr, size};
        ac_bytes += size;
        kept = true;
    }
    pthread_mutex_unlock(&ac_lock);
    if (!kept)
        ac_base.free(ac_base.ctx, ptr, size);
}

static PyObject *ac_py_install(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    if (!ac_installed) {
        PyObject_GetArenaAllocator(&ac_base);
        PyObjectArenaAllocator mine = {NULL, ac_alloc, ac_free};
        PyObject_SetArenaAllocator(&mine);
        ac_installed = true;
    }
    Py_RETURN_NONE;
}

/* For the tests: how many blocks are kept now. */
static PyObject *ac_py_kept(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    pthread_mutex_lock(&ac_lock);
    size_t n = ac_nkept;
    pthread_mutex_unlock(&ac_lock);
    return PyLong_FromSize_t(n);
}

static PyMethodDef ac_methods[] = {
    {"install", ac_py_install, METH_NOARGS,
     "Keep freed arenas and frame-stack chunks for reuse (once per process)."},
    {"kept", ac_py_kept, METH_NOARGS, "How many freed blocks are kept now."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef ac_module = {
    PyModuleDef_HEAD_INIT, "arena_cache",
    "CPython's arena allocator with a few freed blocks kept for reuse.", -1, ac_methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_arena_cache(void);

PyMODINIT_FUNC PyInit_arena_cache(void)
{
    return PyModule_Create(&ac_module);
}
