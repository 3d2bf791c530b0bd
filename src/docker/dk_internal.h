/*
 * dk_internal.h - what docker.c shares with dk_attach.c; not for other modules.
 */
#ifndef SAFE_EXEC_DK_INTERNAL_H
#define SAFE_EXEC_DK_INTERNAL_H

#include "docker.h"

#define DK_HOST_MAX 256

const char *dk_client_sock_path(const dk_client *c);   /* "" for tcp:// */
const char *dk_client_tcp_host(const dk_client *c);
const char *dk_client_tcp_port(const dk_client *c);
int dk_client_api(dk_client *c);                       /* 141 for 1.41 */
bool dk_id_valid(const char *id);      /* an engine's container id: hex, < DK_ID_MAX */
int dk_call(dk_client *c, const char *method, const char *path, bool versioned,
            const char *json_body, long timeout_ms, const int *ok_status,
            int *status_out, char **body, se_error *err);

#endif
