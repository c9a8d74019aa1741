# Runs one command and checks its exit code and output; used by tests of whole programs
# (the CLI, ldd) where a Catch2 test would have to spawn a process anyway.
#   cmake -DCOMMAND="prog@@arg1@@arg2" [-DEXPECT_EXIT=0] [-DEXPECT_STDOUT=regex]
#         [-DEXPECT_STDERR=regex] [-DFORBID_OUTPUT=regex] -P RunAndExpect.cmake
if(NOT DEFINED EXPECT_EXIT)
    set(EXPECT_EXIT 0)
endif()
string(REPLACE "@@" ";" COMMAND "${COMMAND}")
execute_process(COMMAND ${COMMAND}
    RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
message(STATUS "stdout:\n${out}")
message(STATUS "stderr:\n${err}")
if(NOT exit_code STREQUAL EXPECT_EXIT)
    message(FATAL_ERROR "exit code ${exit_code}, expected ${EXPECT_EXIT}")
endif()
if(DEFINED EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
    message(FATAL_ERROR "stdout does not match: ${EXPECT_STDOUT}")
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
    message(FATAL_ERROR "stderr does not match: ${EXPECT_STDERR}")
endif()
if(DEFINED FORBID_OUTPUT AND "${out}${err}" MATCHES "${FORBID_OUTPUT}")
    message(FATAL_ERROR "output matches what is forbidden: ${FORBID_OUTPUT}")
endif()
