/* For the kernel tests: signing a dependency tree as its caller would. */
#ifndef TESTS_IPWIS_KERNEL_SIGNING_H
#define TESTS_IPWIS_KERNEL_SIGNING_H

#include <stddef.h>
#include <stdint.h>

void sign_tree (const char *body, const uint8_t *key, size_t key_size, char *text, size_t size);

#endif /* tests/ipwis/kernel/signing.h */
