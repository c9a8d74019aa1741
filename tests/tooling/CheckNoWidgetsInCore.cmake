# Fails if any source under CORE_DIR includes a QtWidgets header: core must stay usable by
# the command-line tool and by tests without a display (STYLE: "core never includes Qt
# Widgets"). Linking alone cannot catch this: <QtWidgets/QWidget> resolves through Qt's
# common include folder even when core does not link Qt6::Widgets.
#   cmake -DCORE_DIR=... -DWIDGETS_INCLUDE_DIR=.../qt6/QtWidgets -P CheckNoWidgetsInCore.cmake
file(GLOB widget_headers RELATIVE ${WIDGETS_INCLUDE_DIR} ${WIDGETS_INCLUDE_DIR}/*)
list(LENGTH widget_headers header_count)
if(header_count LESS 100)
    message(FATAL_ERROR "Found only ${header_count} headers in ${WIDGETS_INCLUDE_DIR}; is qt6-base-dev installed?")
endif()

file(GLOB_RECURSE sources ${CORE_DIR}/*.h ${CORE_DIR}/*.hpp ${CORE_DIR}/*.cpp ${CORE_DIR}/*.in)
set(violations "")
foreach(source IN LISTS sources)
    file(STRINGS ${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" header "${line}")
        if(header MATCHES "^QtWidgets(/|$)")
            list(APPEND violations "${source}: ${header}")
            continue()
        endif()
        list(FIND widget_headers "${header}" index)
        # Headers such as <QAction> exist in QtGui too; only those unique to QtWidgets count.
        if(index GREATER -1 AND NOT EXISTS ${WIDGETS_INCLUDE_DIR}/../QtGui/${header})
            list(APPEND violations "${source}: ${header}")
        endif()
    endforeach()
endforeach()

list(LENGTH sources source_count)
if(violations)
    string(REPLACE ";" "\n  " report "${violations}")
    message(FATAL_ERROR "core/ includes QtWidgets headers:\n  ${report}")
endif()
message(STATUS "Checked ${source_count} files under ${CORE_DIR}: no QtWidgets header included.")
