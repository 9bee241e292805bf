# One INTERFACE target that carries warnings and strict Qt defines for every target.
add_library(acw_options INTERFACE)
# -Wshadow and -Woverloaded-virtual keep two conventions: a name means one thing in a scope,
# and an override never silently hides a base overload.
target_compile_options(acw_options INTERFACE -Wall -Wextra -Wpedantic -Wno-unused-parameter
                                             -Wshadow -Woverloaded-virtual)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt 6.4's QTEST_APPLESS_MAIN expands to a variadic macro with no variadic argument,
    # which -Wpedantic reports in every test that uses it; nothing to fix on our side.
    target_compile_options(acw_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()
# Warnings are errors in CI: with ACW_WERROR (the debug and asan presets, which
# scripts/test.sh and so CI build) or whenever CI=true is in the environment at configure time.
option(ACW_WERROR "Treat compiler warnings as errors" OFF)
if(ACW_WERROR OR "$ENV{CI}" STREQUAL "true")
    target_compile_options(acw_options INTERFACE -Werror)
endif()
target_compile_definitions(acw_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    ACW_VERSION="${PROJECT_VERSION}")
if(ACW_SANITIZE)
    target_compile_options(acw_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
    target_link_options(acw_options INTERFACE -fsanitize=address,undefined)
endif()
