# thuisindewijk-cli demo generate and dashboard, as a teamleider preparing a report would:
#   cmake -DCLI=... -DWORK_DIR=... -P DashboardCliScenario.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(store ${WORK_DIR}/demo.thuis)
set(ENV{THUIS_PASSPHRASE} "kraanvogel zomer fietsbel lantaarn")

include(${CMAKE_CURRENT_LIST_DIR}/CliRun.cmake)

run("bad count" 2 "geheel getal" demo generate ${store} --count veel --seed 1)
run("no seed" 2 "Gebruik: thuisindewijk-cli demo generate" demo generate ${store} --count 10)
if(EXISTS ${store})
    message(FATAL_ERROR "a refused demo command made a case file")
endif()
run("generate" 0 "60 verzonnen deelnemers met [0-9]+ gebeurtenissen \\(seed 9, vandaag 23-11-2026\\)"
    demo generate ${store} --count 60 --seed 9 --begeleiders 4 --today 2026-11-23)
run("not into a case file with participants" 1 "bevat al deelnemers" demo generate ${store} --count 5 --seed 1)

run("dashboard as text" 0 "Dashboard op 23-11-2026: 60 deelnemers.*Per fase.*Herstelfase|herstelfase"
    dashboard ${store} --today 2026-11-23)
run("dashboard as JSON" 0 "\"participants\": 60" dashboard ${store} --today 2026-11-23 --json)
set(with_names "${last_output}")
string(JSON begeleiders LENGTH "${with_names}" per_begeleider)
if(NOT begeleiders EQUAL 4)
    message(FATAL_ERROR "expected 4 begeleiders, got ${begeleiders}")
endif()
string(JSON first_begeleider GET "${with_names}" per_begeleider 0 key)
run("filtered by begeleider" 0 "\"participants\"" dashboard ${store} --today 2026-11-23 --json
    --begeleider "${first_begeleider}")
string(JSON filtered GET "${last_output}" participants)
string(JSON expected GET "${with_names}" per_begeleider 0 count)
if(NOT filtered EQUAL expected)
    message(FATAL_ERROR "--begeleider ${first_begeleider}: ${filtered} participants, the count per begeleider says ${expected}")
endif()
run("without names" 0 "\"participants\": 60" dashboard ${store} --today 2026-11-23 --json --zonder-namen)
if(last_output MATCHES "\"naam\"|DEMO-0")
    message(FATAL_ERROR "--zonder-namen still names a participant:\n${last_output}")
endif()
# Exports for the management report: a PDF (checked by poppler and qpdf) and a CSV, both
# without names, both naming the filter.
run("pdf and csv" 0 "" dashboard ${store} --today 2026-11-23 --zonder-namen --begeleider "${first_begeleider}"
    --pdf ${WORK_DIR}/dashboard.pdf --csv ${WORK_DIR}/dashboard.csv)
execute_process(COMMAND pdftotext -layout ${WORK_DIR}/dashboard.pdf - RESULT_VARIABLE code OUTPUT_VARIABLE text)
if(NOT code EQUAL 0 OR NOT text MATCHES "Peildatum 23-11-2026" OR NOT text MATCHES "Begeleider: ${first_begeleider}"
   OR NOT text MATCHES "Kwaliteit per kwartaal" OR text MATCHES "DEMO-0")
    message(FATAL_ERROR "dashboard.pdf as pdftotext reads it:\n${text}")
endif()
execute_process(COMMAND qpdf --check ${WORK_DIR}/dashboard.pdf RESULT_VARIABLE code OUTPUT_VARIABLE out)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "qpdf --check dashboard.pdf: ${out}")
endif()
file(READ ${WORK_DIR}/dashboard.csv csv)
if(NOT csv MATCHES "Deelnemers;${expected}\n" OR csv MATCHES "DEMO-0")
    message(FATAL_ERROR "dashboard.csv:\n${csv}")
endif()

run("an impossible date" 2 "--today \"2026-13-40\" is geen datum" dashboard ${store} --today 2026-13-40)
set(ENV{THUIS_PASSPHRASE} "verkeerd wachtwoord van iemand anders")
run("a wrong passphrase" 1 "[Ww]achtwoord" dashboard ${store})
set(ENV{THUIS_PASSPHRASE} "kraanvogel zomer fietsbel lantaarn")

# Same seed, same data: a second case file gives the same figures; another seed does not.
run("same seed again" 0 "60 verzonnen" demo generate ${WORK_DIR}/again.thuis --count 60 --seed 9 --begeleiders 4
    --today 2026-11-23)
run("dashboard of the second" 0 "" dashboard ${WORK_DIR}/again.thuis --today 2026-11-23 --json)
if(NOT last_output STREQUAL with_names)
    message(FATAL_ERROR "the same seed gave other figures")
endif()
run("another seed" 0 "60 verzonnen" demo generate ${WORK_DIR}/other.thuis --count 60 --seed 10 --begeleiders 4
    --today 2026-11-23)
run("dashboard of the third" 0 "" dashboard ${WORK_DIR}/other.thuis --today 2026-11-23 --json)
if(last_output STREQUAL with_names)
    message(FATAL_ERROR "another seed gave the same figures")
endif()
