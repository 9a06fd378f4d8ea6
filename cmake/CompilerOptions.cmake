# Flags every Anchorline target links through one INTERFACE target.
add_library(anchorline_options INTERFACE)
add_library(Anchorline::Options ALIAS anchorline_options)

target_compile_options(anchorline_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(anchorline_options INTERFACE
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    ANCHORLINE_VERSION="${PROJECT_VERSION}")

if(ANCHORLINE_SANITIZE)
    target_compile_options(anchorline_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(anchorline_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer (scripts/fuzz.sh, docs/fuzzing.md): coverage instrumentation and ASan+UBSan everywhere, so the core
# is fuzzed with its checks on; only the fuzz<Name> harness executables link libFuzzer itself.
if(ANCHORLINE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ANCHORLINE_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(anchorline_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(anchorline_options INTERFACE -fsanitize=address,undefined)
endif()
