/*
 * docker.c - the Engine API calls, as JSON over HTTP with libcurl.
 *
 * How this works
 *   The engine speaks HTTP/1.1 on a unix socket (CURLOPT_UNIX_SOCKET_PATH) or on
 *   tcp://. Each call builds its own curl easy handle: handles are not thread-safe and
 *   the cost of one (a unix connect) is tiny next to what the engine does per call.
 *   Paths carry an API version ("/v1.41/..."), picked by dk_ping() between the server's
 *   minimum and maximum, so that the fields we read keep their meaning on newer engines.
 *   The attach stream lives in dk_attach.c.
 */
#include "docker.h"
#include "dk_internal.h"
#include "se_buf.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DK_DEFAULT_HOST "unix:///var/run/docker.sock"
#define DK_PREFERRED_API 141    /* 1.41: Docker 20.10, what the fields here are read as */
#define DK_MAX_BODY (16u << 20) /* no answer we read is anywhere near this */
#define DK_CONNECT_TIMEOUT_MS 5000L
#define DK_CALL_TIMEOUT_MS 60000L
#define DK_PING_TIMEOUT_MS 10000L
#define DK_KILL_TIMEOUT_MS 15000L
#define DK_MIN_API 125          /* 1.25: the oldest engine API these calls work with */

struct dk_client {
    char host[DK_HOST_MAX];     /* as given, for messages */
    char sock_path[DK_HOST_MAX];/* unix: socket path; "" for tcp */
    char base_url[DK_HOST_MAX]; /* "http://docker" or "http://host:port" */
    char tcp_host[DK_HOST_MAX]; /* tcp: host name for the raw attach connection */
    char tcp_port[16];
    pthread_mutex_t lock;       /* guards api */
    int api;                    /* 141 = "1.41" */
};

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc = CURLE_OK;

static void curl_init(void)
{
    curl_init_rc = curl_global_init(CURL_GLOBAL_ALL);
}

dk_client *dk_client_new(const char *host, se_error *err)
{
    dk_client *c = NULL;
    if (!host || !*host)
        host = getenv("DOCKER_HOST");
    if (!host || !*host)
        host = DK_DEFAULT_HOST;

    pthread_once(&curl_once, curl_init);
    if (curl_init_rc != CURLE_OK) {
        se_error_set(err, 0, "libcurl initialisation failed: %s", curl_easy_strerror(curl_init_rc));
        goto fail;
    }
    c = calloc(1, sizeof *c);
    if (!c) {
        se_error_set(err, 0, "out of memory");
        goto fail;
    }
    if (pthread_mutex_init(&c->lock, NULL) != 0) {
        free(c);
        c = NULL;
        se_error_set(err, 0, "cannot create a mutex");
        goto fail;
    }
    c->api = DK_PREFERRED_API;
    if (strlen(host) >= sizeof c->host) {
        se_error_set(err, 0, "DOCKER_HOST too long");
        goto fail;
    }
    strcpy(c->host, host);

    if (strncmp(host, "unix://", 7) == 0) {
        const char *path = host + 7;
        if (*path != '/') {
            se_error_set(err, 0, "docker host %s: the unix socket path must be absolute", host);
            goto fail;
        }
        strcpy(c->sock_path, path);
        strcpy(c->base_url, "http://docker");
    } else if (strncmp(host, "tcp://", 6) == 0) {
        const char *hp = host + 6;
        size_t hlen = strcspn(hp, "/");
        size_t cpos = hlen;
        while (cpos > 0 && hp[cpos - 1] != ':')
            cpos--;
        if (cpos < 2 || cpos >= hlen) {  /* no "host:" or no port after it */
            se_error_set(err, 0, "docker host %s: expected tcp://HOST:PORT", host);
            goto fail;
        }
        const char *name = hp;
        size_t nlen = cpos - 1, plen = hlen - cpos;
        if (nlen >= 2 && name[0] == '[' && name[nlen - 1] == ']') {  /* [v6 address] */
            name++;
            nlen -= 2;
        }
        if (nlen >= sizeof c->tcp_host || plen >= sizeof c->tcp_port) {
            se_error_set(err, 0, "docker host %s: too long", host);
            goto fail;
        }
        memcpy(c->tcp_host, name, nlen);
        c->tcp_host[nlen] = '\0';
        memcpy(c->tcp_port, hp + cpos, plen);
        c->tcp_port[plen] = '\0';
        int n = snprintf(c->base_url, sizeof c->base_url, "http://%.*s", (int)hlen, hp);
        if (n < 0 || (size_t)n >= sizeof c->base_url) {
            se_error_set(err, 0, "docker host %s: too long", host);
            goto fail;
        }
    } else {
        se_error_set(err, 0, "docker host %s: only unix:// and tcp:// are supported", host);
        goto fail;
    }
    return c;
fail:
    dk_client_free(c);
    return NULL;
}

void dk_client_free(dk_client *c)
{
    if (!c)
        return;
    pthread_mutex_destroy(&c->lock);
    free(c);
}

const char *dk_client_host(const dk_client *c)
{
    return c->host;
}

const char *dk_client_sock_path(const dk_client *c)
{
    return c->sock_path;
}

const char *dk_client_tcp_host(const dk_client *c)
{
    return c->tcp_host;
}

const char *dk_client_tcp_port(const dk_client *c)
{
    return c->tcp_port;
}

int dk_client_api(dk_client *c)
{
    pthread_mutex_lock(&c->lock);
    int api = c->api;
    pthread_mutex_unlock(&c->lock);
    return api;
}

static size_t on_body(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    se_buf *b = userdata;
    size_t n = size * nmemb;
    /* Fewer bytes than offered: libcurl aborts the transfer. */
    return se_buf_append(b, ptr, n) == 0 ? n : 0;
}

/* The engine's own explanation: {"message": "..."} in an error answer. */
static void engine_message(const se_buf *b, char *out, size_t outsz)
{
    out[0] = '\0';
    if (!b->data)
        return;
    json_t *j = json_loadb(b->data, b->len, 0, NULL);
    const char *m = j ? json_string_value(json_object_get(j, "message")) : NULL;
    if (m)
        snprintf(out, outsz, "%s", m);
    else
        snprintf(out, outsz, "%.200s", b->data);
    json_decref(j);
    size_t n = strlen(out);
    while (n > 0 && (out[n - 1] == '\n' || out[n - 1] == '\r'))
        out[--n] = '\0';
}

/*
 * One call: method on path (relative to /vX.Y unless versioned is false), an optional
 * JSON body. The answer's body goes into *body (caller frees). Statuses outside 2xx are
 * failures unless listed in ok_status (0-terminated), e.g. 304 or 404 where the caller
 * treats them as success.
 */
int dk_call(dk_client *c, const char *method, const char *path, bool versioned,
            const char *json_body, long timeout_ms, const int *ok_status,
            int *status_out, char **body, se_error *err)
{
    int rc = -1;
    CURL *h = NULL;
    struct curl_slist *hdrs = NULL;
    se_buf b = SE_BUF_INIT(DK_MAX_BODY);
    char url[1024];
    char curl_err[CURL_ERROR_SIZE] = "";
    int n;

    if (versioned) {
        int api = dk_client_api(c);
        n = snprintf(url, sizeof url, "%s/v%d.%d%s", c->base_url, api / 100, api % 100, path);
    } else {
        n = snprintf(url, sizeof url, "%s%s", c->base_url, path);
    }
    if (n < 0 || (size_t)n >= sizeof url) {
        se_error_set(err, 0, "docker: request path too long");
        goto out;
    }
    h = curl_easy_init();
    if (!h) {
        se_error_set(err, 0, "docker: curl_easy_init failed");
        goto out;
    }
    if (c->sock_path[0])
        curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH, c->sock_path);
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, DK_CONNECT_TIMEOUT_MS);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout_ms > 0 ? timeout_ms : DK_CALL_TIMEOUT_MS);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, curl_err);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &b);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http");
    if (strcmp(method, "GET") != 0) {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
        if (strcmp(method, "POST") == 0) {
            hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
            if (!hdrs) {
                se_error_set(err, 0, "docker: out of memory");
                goto out;
            }
            curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
            curl_easy_setopt(h, CURLOPT_POSTFIELDS, json_body ? json_body : "");
        }
    }

    CURLcode cr = curl_easy_perform(h);
    if (cr != CURLE_OK) {
        if (se_buf_full(&b))
            se_error_set(err, 0, "docker: %s %s: answer larger than %u bytes", method, path,
                         DK_MAX_BODY);
        else if (cr == CURLE_WRITE_ERROR)
            se_error_set(err, 0, "docker: %s %s: out of memory", method, path);
        else
            se_error_set(err, 0, "cannot reach the Docker engine at %s: %s", c->host,
                    curl_err[0] ? curl_err : curl_easy_strerror(cr));
        goto out;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    if (status_out)
        *status_out = (int)status;
    bool ok = status >= 200 && status < 300;
    for (const int *s = ok_status; s && *s && !ok; s++)
        ok = (*s == status);
    if (!ok) {
        char msg[SE_ERR_MAX / 2];
        engine_message(&b, msg, sizeof msg);
        se_error_set(err, (int)status, "Docker engine at %s: %s %s: HTTP %ld: %s", c->host,
                method, path, status, msg[0] ? msg : "(no message)");
        goto out;
    }
    if (body)
        *body = b.data ? se_buf_take(&b, NULL) : NULL;
    rc = 0;
out:
    se_buf_free(&b);
    curl_slist_free_all(hdrs);
    if (h)
        curl_easy_cleanup(h);
    return rc;
}

static int call_json(dk_client *c, const char *method, const char *path, const char *body,
                     long timeout_ms, json_t **out, se_error *err)
{
    char *text = NULL;
    json_error_t jerr;
    if (dk_call(c, method, path, true, body, timeout_ms, NULL, NULL, &text, err) != 0)
        return -1;
    *out = json_loads(text ? text : "", 0, &jerr);
    free(text);
    if (!*out) {
        se_error_set(err, 0, "Docker engine at %s: %s %s: invalid JSON answer: %s", c->host,
                method, path, jerr.text);
        return -1;
    }
    return 0;
}

static int parse_api(const char *s)
{
    unsigned major, minor;
    if (!s || sscanf(s, "%u.%u", &major, &minor) != 2 || major > 9 || minor > 99)
        return -1;
    return (int)(major * 100 + minor);
}

int dk_ping(dk_client *c, se_error *err)
{
    char *text = NULL;
    json_t *j = NULL;
    int rc = -1;
    if (dk_call(c, "GET", "/version", false, NULL, DK_PING_TIMEOUT_MS, NULL, NULL, &text, err) != 0)
        goto out;
    j = json_loads(text ? text : "", 0, NULL);
    int max = parse_api(json_string_value(json_object_get(j, "ApiVersion")));
    int min = parse_api(json_string_value(json_object_get(j, "MinAPIVersion")));
    if (max < 0) {
        se_error_set(err, 0, "%s does not look like a Docker engine (no ApiVersion)", c->host);
        goto out;
    }
    int api = DK_PREFERRED_API;
    if (api > max)
        api = max;  /* an older engine: speak its version */
    if (min > 0 && api < min)
        api = min;  /* a newer engine that dropped 1.41 */
    if (api < DK_MIN_API) {
        se_error_set(err, 0, "the Docker engine at %s speaks API %d.%d; 1.25 or later is needed",
                c->host, max / 100, max % 100);
        goto out;
    }
    pthread_mutex_lock(&c->lock);
    c->api = api;
    pthread_mutex_unlock(&c->lock);
    rc = 0;
out:
    json_decref(j);
    free(text);
    return rc;
}

/* Names and ids go into paths: only the characters they may legally hold. */
static bool path_safe(const char *s)
{
    if (!s || !*s || strlen(s) > 256)
        return false;
    for (; *s; s++) {
        char ch = *s;
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '.' || ch == '-' || ch == '_' || ch == ':' || ch == '/' || ch == '@'))
            return false;
    }
    return true;
}

bool dk_id_valid(const char *id)
{
    size_t n = id ? strlen(id) : 0;
    return n > 0 && n < DK_ID_MAX && strspn(id, "0123456789abcdef") == n;
}

/* "/containers/<id><rest>" into path; fails on an id that is not an engine's id. */
static int container_path(char *path, size_t size, const char *id, const char *rest,
                          se_error *err)
{
    if (!dk_id_valid(id)) {
        se_error_set(err, 0, "invalid container id");
        return -1;
    }
    int n = snprintf(path, size, "/containers/%s%s", id, rest);
    if (n < 0 || (size_t)n >= size) {
        se_error_set(err, 0, "container path too long");
        return -1;
    }
    return 0;
}

int dk_engine_info(dk_client *c, json_t **out, se_error *err)
{
    return call_json(c, "GET", "/info", NULL, 0, out, err);
}

int dk_image_inspect(dk_client *c, const char *name, json_t **out, se_error *err)
{
    char path[512];
    if (!path_safe(name)) {
        se_error_set(err, 0, "invalid image name");
        return -1;
    }
    snprintf(path, sizeof path, "/images/%s/json", name);
    return call_json(c, "GET", path, NULL, 0, out, err);
}

int dk_container_create(dk_client *c, const char *body, char *id, se_error *err)
{
    json_t *j = NULL;
    int rc = -1;
    if (call_json(c, "POST", "/containers/create", body, 0, &j, err) != 0)
        goto out;
    const char *s = json_string_value(json_object_get(j, "Id"));
    if (!dk_id_valid(s)) {
        se_error_set(err, 0, "Docker engine at %s: create answered no usable Id", c->host);
        goto out;
    }
    strcpy(id, s);
    rc = 0;
out:
    json_decref(j);
    return rc;
}

static int simple_post(dk_client *c, const char *id, const char *what, const int *ok,
                       long timeout_ms, se_error *err)
{
    char path[256];
    if (container_path(path, sizeof path, id, what, err) != 0)
        return -1;
    return dk_call(c, "POST", path, true, NULL, timeout_ms, ok, NULL, NULL, err);
}

int dk_container_start(dk_client *c, const char *id, se_error *err)
{
    static const int ok[] = {304, 0};   /* already started */
    return simple_post(c, id, "/start", ok, 0, err);
}

int dk_container_kill(dk_client *c, const char *id, se_error *err)
{
    static const int ok[] = {404, 409, 0};  /* gone, or not running */
    return simple_post(c, id, "/kill?signal=SIGKILL", ok, DK_KILL_TIMEOUT_MS, err);
}

int dk_container_remove(dk_client *c, const char *id, se_error *err)
{
    static const int ok[] = {404, 0};
    char path[256];
    int status = 0;
    if (container_path(path, sizeof path, id, "?force=1&v=1", err) != 0)
        return -1;
    int rc = dk_call(c, "DELETE", path, true, NULL, 0, ok, &status, NULL, err);
    /* 409 "removal already in progress": someone else finishes the job. */
    if (rc != 0 && err && err->code == 409 && strstr(err->message, "in progress"))
        rc = 0;
    return rc;
}

/* "2026-11-29T13:40:12.123456789Z" -> Unix seconds (UTC, as the engine writes it);
 * 0 for NULL, the engine's "0001-01-01T00:00:00Z" (never ended) or anything else.
 * Days from the civil date by H. Hinnant's algorithm: timegm() is not POSIX. */
static int64_t rfc3339_seconds(const char *s)
{
    int y, m, d, hh, mm, ss;
    if (!s || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &m, &d, &hh, &mm, &ss) != 6 ||
        y < 1970 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    y -= m <= 2;
    int64_t era = y / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    int64_t days = era * 146097 + doe - 719468;
    return days * 86400 + hh * 3600 + mm * 60 + ss;
}

int dk_container_inspect(dk_client *c, const char *id, dk_state *st, se_error *err)
{
    char path[256];
    json_t *j = NULL;
    if (container_path(path, sizeof path, id, "/json", err) != 0)
        return -1;
    if (call_json(c, "GET", path, NULL, 0, &j, err) != 0)
        return -1;
    json_t *state = json_object_get(j, "State");
    st->running = json_is_true(json_object_get(state, "Running"));
    st->oom_killed = json_is_true(json_object_get(state, "OOMKilled"));
    st->exit_code = (int)json_integer_value(json_object_get(state, "ExitCode"));
    st->finished_unix = rfc3339_seconds(json_string_value(json_object_get(state, "FinishedAt")));
    json_decref(j);
    return 0;
}

int dk_container_stats(dk_client *c, const char *id, dk_stats *st, se_error *err)
{
    char path[256];
    json_t *j = NULL;
    st->cpu_ns = -1;
    st->memory_peak_bytes = -1;
    /* one-shot (1.41+) skips the second sample the engine otherwise waits ~1 s for. */
    if (container_path(path, sizeof path, id, "/stats?stream=false&one-shot=true", err) != 0)
        return -1;
    if (call_json(c, "GET", path, NULL, 10000, &j, err) != 0)
        return -1;
    json_t *cpu = json_object_get(json_object_get(json_object_get(j, "cpu_stats"),
                                                  "cpu_usage"), "total_usage");
    if (json_is_integer(cpu))
        st->cpu_ns = json_integer_value(cpu);
    json_t *mem = json_object_get(j, "memory_stats");
    json_t *peak = json_object_get(mem, "max_usage");          /* cgroup v1 */
    if (!json_is_integer(peak) || json_integer_value(peak) <= 0)
        peak = json_object_get(mem, "usage");                  /* v2: no peak */
    if (json_is_integer(peak))
        st->memory_peak_bytes = json_integer_value(peak);
    json_decref(j);
    return 0;
}

int dk_container_list(dk_client *c, const char *label, json_t **out, se_error *err)
{
    char path[1024];
    json_t *filters = json_pack("{s:[s]}", "label", label);
    char *fs = filters ? json_dumps(filters, JSON_COMPACT) : NULL;
    char *esc = NULL;
    int rc = -1;
    CURL *h = NULL;
    if (!fs || !(h = curl_easy_init()) || !(esc = curl_easy_escape(h, fs, 0))) {
        se_error_set(err, 0, "docker: out of memory");
        goto out;
    }
    int n = snprintf(path, sizeof path, "/containers/json?all=1&filters=%s", esc);
    if (n < 0 || (size_t)n >= sizeof path) {
        se_error_set(err, 0, "docker: label filter too long");
        goto out;
    }
    if (call_json(c, "GET", path, NULL, 0, out, err) != 0)
        goto out;
    if (!json_is_array(*out)) {
        json_decref(*out);
        *out = NULL;
        se_error_set(err, 0, "Docker engine at %s: container list is not an array", c->host);
        goto out;
    }
    rc = 0;
out:
    curl_free(esc);
    if (h)
        curl_easy_cleanup(h);
    free(fs);
    json_decref(filters);
    return rc;
}
