# Fails when a tr() text in the sources has no Dutch translation in the committed .ts file:
# Dutch is the default language, so an untranslated text would show up in English.
# Runs lupdate on a copy, so the committed file is never changed by a test.
#   cmake -DLUPDATE=... -DTS_FILE=... -DSOURCE_DIRS="a@@b" -DWORK_DIR=... -P CheckTranslationsComplete.cmake
string(REPLACE "@@" ";" SOURCE_DIRS "${SOURCE_DIRS}")
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${ts_name})
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${SOURCE_DIRS} -ts ${copy}
    RESULT_VARIABLE exit_code ERROR_VARIABLE err)
if(NOT exit_code EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${exit_code}): ${err}")
endif()

file(READ ${copy} ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?(<extracomment>[^<]*</extracomment>[ \t\r\n]*)?<translation type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "<message>" messages "${ts}")
list(LENGTH messages message_count)
list(LENGTH unfinished unfinished_count)
if(message_count EQUAL 0)
    message(FATAL_ERROR "lupdate found no texts at all in ${SOURCE_DIRS}: the check itself is broken")
endif()
if(unfinished_count GREATER 0)
    string(REGEX REPLACE "<translation type=\"unfinished\"" "" report "${unfinished}")
    message(FATAL_ERROR "${unfinished_count} of ${message_count} texts lack a Dutch translation. "
        "Run `cmake --build --preset dev --target update_translations` and translate them:\n${report}")
endif()
message(STATUS "All ${message_count} texts have a Dutch translation.")
