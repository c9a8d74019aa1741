# `cmake --build --preset dev --target format` formats every C++ source; the test
# sources_are_formatted (tests/tooling) fails CI when one is not formatted.
file(GLOB_RECURSE THUIS_FORMATTED_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
list(FILTER THUIS_FORMATTED_SOURCES EXCLUDE REGEX "/tests/tooling/fixtures/")

find_program(CLANG_FORMAT clang-format)
if(CLANG_FORMAT)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT} -i ${THUIS_FORMATTED_SOURCES}
        COMMENT "Formatting C++ sources with clang-format"
        VERBATIM)
endif()
