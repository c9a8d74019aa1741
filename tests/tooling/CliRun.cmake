# run(WHAT EXPECTED_EXIT PATTERN ARGS...): runs ${CLI} ARGS, fails the scenario unless it exits
# with EXPECTED_EXIT and its output (stdout and stderr) matches PATTERN; stdout is left in
# `last_output` for the next checks. Shared by the CLI scenario scripts.
function(run what expected_exit pattern)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code STREQUAL "${expected_exit}")
        message(FATAL_ERROR "${what}: exit code ${code}, expected ${expected_exit}\n${out}\n${err}")
    endif()
    if(NOT "${out}${err}" MATCHES "${pattern}")
        message(FATAL_ERROR "${what}: output does not match '${pattern}':\n${out}\n${err}")
    endif()
    set(last_output "${out}" PARENT_SCOPE)
    message(STATUS "${what}: ok")
endfunction()
