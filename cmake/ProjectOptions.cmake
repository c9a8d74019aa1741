# Compiler warnings and sanitizers, applied per target through an interface library
# instead of global flags, so third-party code and Qt's generated sources are unaffected.
add_library(thuis_project_options INTERFACE)

# MSVC (the windows-msvc preset, docs/packaging.md: not built here): its warning level 4, the
# sources read as UTF-8 (they hold Dutch text), and the C++ version macro told the truth.
if(MSVC)
    target_compile_options(thuis_project_options INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus)
    # std::getenv is used on purpose (StoreKey wipes what it read); MSVC calls it unsafe (C4996).
    target_compile_definitions(thuis_project_options INTERFACE _CRT_SECURE_NO_WARNINGS)
    if(THUIS_WARNINGS_AS_ERRORS)
        target_compile_options(thuis_project_options INTERFACE /WX)
    endif()
else()
    target_compile_options(thuis_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
    if(THUIS_WARNINGS_AS_ERRORS)
        target_compile_options(thuis_project_options INTERFACE -Werror)
    endif()
endif()

if(THUIS_SANITIZERS)
    target_compile_options(thuis_project_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(thuis_project_options INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing: coverage for libFuzzer on everything of ours, with the same sanitizers; the fuzz
# targets add the fuzzer's main (tests/fuzz).
if(THUIS_FUZZ)
    target_compile_options(thuis_project_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(thuis_project_options INTERFACE -fsanitize=address,undefined)
endif()

# Qt: no implicit casts from const char* to QString, so every user-visible text goes
# through tr() or is visibly marked as not translatable.
target_compile_definitions(thuis_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400)
