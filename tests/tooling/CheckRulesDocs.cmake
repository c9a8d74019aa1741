# docs/rules/<profile>.md must be what `thuisindewijk-cli rules explain` makes of the rules now.
# -DCLI=... -DPROFILE=... -DTESTS_DIR=... -DDOC=... -DOUT=...
execute_process(COMMAND ${CLI} rules explain --profile ${PROFILE} --tests ${TESTS_DIR}
                OUTPUT_FILE ${OUT} RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "rules explain --profile ${PROFILE} failed (${result}): ${errors}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${DOC} RESULT_VARIABLE different)
if(NOT different EQUAL 0)
    message(FATAL_ERROR "${DOC} is out of date with forms/rules/${PROFILE}.json or the tests: "
                        "run `cmake --build --preset dev --target rules_docs` and commit the result.")
endif()
