/*
 * sb_spec.h - the container-create request for an sb_config: every limit of a sandbox
 * container is written here and nowhere else.
 *
 * Contract: pure (no engine call); returns a JSON text the caller frees, or NULL when
 * out of memory. instance and owner become label values (see sandbox.h). wall_off
 * starts the container without the image's runtime wall (SAFE_EXEC_WALL=off in its
 * environment; image/entrypoint.py then takes only wall-off requests).
 */
#ifndef SAFE_EXEC_SB_SPEC_H
#define SAFE_EXEC_SB_SPEC_H

#include "sandbox.h"

char *sb_spec_create_body(const sb_config *cfg, const char *instance, const char *owner,
                          bool wall_off);

#endif
