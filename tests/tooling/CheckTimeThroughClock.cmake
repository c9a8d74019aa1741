# Fails if a source under SOURCE_DIRS reads the time itself instead of through a Clock
# (issue 17: "all time goes through it"), so that every time-driven behaviour can be tested by
# moving a ManualClock. application/Clock.h is the one place that asks the system.
#   cmake "-DSOURCE_DIRS=.../core;.../app" -P CheckTimeThroughClock.cmake
set(violations "")
set(count 0)
foreach(directory IN LISTS SOURCE_DIRS)
    file(GLOB_RECURSE sources ${directory}/*.h ${directory}/*.cpp)
    foreach(source IN LISTS sources)
        math(EXPR count "${count} + 1")
        if(source MATCHES "/application/Clock\\.h$")
            continue()
        endif()
        file(STRINGS ${source} lines REGEX "currentDateTime|QDate::currentDate|currentMSecsSinceEpoch|currentSecsSinceEpoch|QTime::currentTime")
        foreach(line IN LISTS lines)
            string(STRIP "${line}" line)
            string(REPLACE ";" "" line "${line}") # a list separator in CMake
            list(APPEND violations "  ${source}: ${line}") # indented: CMake does not wrap it
        endforeach()
    endforeach()
endforeach()
if(count LESS 10)
    message(FATAL_ERROR "Found only ${count} sources in ${SOURCE_DIRS}")
endif()
if(violations)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "Time read around the Clock (use Clock::now(), the session's or CliCommands::clock()):\n${text}")
endif()
message(STATUS "${count} sources: all time through Clock")
