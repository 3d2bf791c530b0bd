/*
 * sb_spec.h - the container-create request for an sb_config: every limit of a sandbox
 * container is written here and nowhere else.
 *
 * Contract: pure (no engine call); returns a JSON text the caller frees, or NULL when
 * out of memory. instance and owner become label values (see sandbox.h).
 */
#ifndef SAFE_EXEC_SB_SPEC_H
#define SAFE_EXEC_SB_SPEC_H

#include "sandbox.h"

char *sb_spec_create_body(const sb_config *cfg, const char *instance, const char *owner);

#endif
