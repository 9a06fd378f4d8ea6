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
