# ./run.sh --team-demo's team (issue 19), made by packaging/team-demo.sh with the built CLI, then
# looked at with the CLI as a newcomer would find it: the teamleider's file holds the whole team
# (25), the handover gave bert and cem eight each and left anna nine, and one conflict waits for
# review. The demo's own throwaway server is stopped afterwards, also when a check fails.
#   cmake -DCLI=... -DSOURCE_DIR=... -DWORK_DIR=... -P TeamDemo.cmake
set(passphrase "teamdemo kievit havenkade regenjas 42")
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${SOURCE_DIR}/packaging/team-demo.sh ${CLI} ${WORK_DIR} ${passphrase}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
set(failure "")
if(NOT code EQUAL 0)
    set(failure "packaging/team-demo.sh failed (${code}):\n${out}")
endif()

function(participants person expected)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${passphrase}"
        ${CLI} dashboard ${WORK_DIR}/${person}.thuis --json
        RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(JSON count ERROR_VARIABLE problem GET "${out}" participants)
    if(NOT code EQUAL 0 OR NOT count EQUAL expected)
        set(failure "${failure}\n${person}: ${count} participants, expected ${expected} (${problem}${err})"
            PARENT_SCOPE)
    else()
        message(STATUS "${person} holds ${expected} participants: ok")
    endif()
endfunction()
if(failure STREQUAL "")
    participants(tess 25)
    participants(anna 9)
    participants(bert 8)
    participants(cem 8)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${passphrase}"
        ${CLI} team status ${WORK_DIR}/tess.thuis RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT out MATCHES "gemarkeerd voor beoordeling: 1.*DEMO-TEAM")
        set(failure "${failure}\nthe conflict is not waiting for review on tess's laptop:\n${out}")
    else()
        message(STATUS "one conflict waits for the teamleider's review: ok")
    endif()
endif()

execute_process(COMMAND ${SOURCE_DIR}/packaging/team-demo.sh stop ${WORK_DIR})
if(NOT failure STREQUAL "")
    message(FATAL_ERROR "${failure}")
endif()
