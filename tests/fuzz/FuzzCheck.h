#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant a harness checks besides "no crash": a violation aborts, so libFuzzer saves the input as a
// crasher and the gcc replay test fails even without sanitizers.
#define ANCHORLINE_FUZZ_CHECK(condition, what)                                                               \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", __FILE__, __LINE__, what);            \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
