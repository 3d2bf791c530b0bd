/*
 * se_error.h - the one error type of the tree: a code and a message for a person.
 *
 * Every library fills a caller's se_error, as jansson fills a json_error_t. What the
 * code means is the returning library's to say, in its header: an HTTP status for the
 * docker client (0: no answer) and for the API parser, an sb_errcode for the sandbox,
 * 0 where the message is all there is.
 *
 * Contract:
 * - se_error_set() accepts a NULL err (the caller did not ask why) and always leaves
 *   a NUL-terminated message; one cut short ends in "...".
 * - No allocation, no global state: thread-safe.
 */
#ifndef SAFE_EXEC_SE_ERROR_H
#define SAFE_EXEC_SE_ERROR_H

#define SE_ERR_MAX 512

typedef struct se_error {
    int code;
    char message[SE_ERR_MAX];
} se_error;

__attribute__((format(printf, 3, 4))) void se_error_set(se_error *err, int code,
                                                        const char *fmt, ...);

#endif
