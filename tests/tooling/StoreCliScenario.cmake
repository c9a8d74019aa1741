# thuisindewijk-cli store init/check from the outside, in Dutch, as a user would run them.
#   cmake -DCLI=... -DWORK_DIR=... -DTRAJECTORIES=... -P StoreCliScenario.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(store ${WORK_DIR}/dossiers.thuis)
set(strong "kraanvogel zomer fietsbel lantaarn")

function(expect what exit_code output pattern)
    if(NOT exit_code STREQUAL "${ARGV4}")
        message(FATAL_ERROR "${what}: exit code ${exit_code}, expected ${ARGV4}\n${output}")
    endif()
    if(NOT output MATCHES "${pattern}")
        message(FATAL_ERROR "${what}: output does not match '${pattern}':\n${output}")
    endif()
    message(STATUS "${what}: ok")
endfunction()

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=welkom123" ${CLI} store init ${store}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("a weak passphrase is refused" "${code}" "${out}" "te zwak" 1)
if(EXISTS ${store})
    message(FATAL_ERROR "a weak passphrase still created ${store}")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} store init ${store}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("init creates the store" "${code}" "${out}" "aangemaakt" 0)
file(SHA256 ${store} created)

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} store init ${store}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("init never replaces a file" "${code}" "${out}" "bestaat al" 1)

file(WRITE ${WORK_DIR}/passphrase.txt "${strong}\n")
execute_process(COMMAND ${CLI} store check ${store} INPUT_FILE ${WORK_DIR}/passphrase.txt
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("check with the passphrase on standard input" "${code}" "${out}" "Integriteit: ok" 0)

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} audit verify ${store}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("audit verify on a new store" "${code}" "${out}" "intact" 0)

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=kraanvogel winter fietsbel lantaarn" ${CLI}
    store check ${store} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("a wrong passphrase is refused" "${code}" "${out}" "opent dit dossierbestand niet" 1)

file(SHA256 ${store} after)
if(NOT after STREQUAL created)
    message(FATAL_ERROR "the store changed although nothing was written to it")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} store import ${store}
    ${TRAJECTORIES}/amsterdam-2026-omklap.json RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("import a trajectory file" "${code}" "${out}" "Deelnemer D-0001 geïmporteerd met 31 gebeurtenissen" 0)

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} store import ${store}
    ${TRAJECTORIES}/amsterdam-2026-omklap.json RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("the same participant twice is refused" "${code}" "${out}" "is al in gebruik; leg nieuwe gebeurtenissen vast" 1)

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} store import ${store}
    ${TRAJECTORIES}/bad-order.json RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("a file that breaks a rule is refused" "${code}" "${out}" "Er is niets geïmporteerd: gebeurtenis 8" 1)

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} audit verify ${store}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("every imported row is in the audit chain" "${code}" "${out}" "intact: 32 rijen, elke schakel gecontroleerd, de gegevens van 32 onderdelen" 0)

execute_process(COMMAND sqlite3 ${store} "SELECT count(*) FROM sqlite_master;"
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("plain SQLite cannot read it" "${code}" "${out}" "file is not a database" 26)

# AVG inzage: one participant's data as JSON, to a file written whole or not at all.
execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} store export ${store}
    --deelnemer D-0001 --output ${WORK_DIR}/inzage.json RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("export one participant" "${code}" "${out}" "Geëxporteerd naar" 0)
file(READ ${WORK_DIR}/inzage.json exported)
string(JSON participant GET "${exported}" deelnemers 0 naam)
string(JSON events LENGTH "${exported}" deelnemers 0 gebeurtenissen)
string(JSON audit_rows LENGTH "${exported}" deelnemers 0 auditlog)
if(NOT participant STREQUAL "Fictief Voorbeeld" OR NOT events EQUAL 31 OR NOT audit_rows EQUAL 32)
    message(FATAL_ERROR "the export holds ${participant}, ${events} events, ${audit_rows} audit rows")
endif()
message(STATUS "the export holds the participant, 31 events and 32 audit rows: ok")
# The export itself is 0600 from the first byte and recorded in the audit log with its SHA-256.
file(SHA256 ${WORK_DIR}/inzage.json exported_sha)
execute_process(COMMAND stat -c %a ${WORK_DIR}/inzage.json OUTPUT_VARIABLE mode OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT mode STREQUAL "600")
    message(FATAL_ERROR "the AVG export is mode ${mode}, not 600")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} store export ${store}
    --deelnemer D-9999 RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("an unknown participant is named" "${code}" "${out}" "Er is geen deelnemer D-9999" 1)

# A new passphrase: weak ones refused, then the old one stops working and the new one opens.
set(renewed "zeemeeuw winter kapstok vuurtoren")
execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" "THUIS_NEW_PASSPHRASE=welkom123"
    ${CLI} store rekey ${store} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("a weak new passphrase is refused" "${code}" "${out}" "te zwak.*Er is niets gewijzigd" 1)

file(WRITE ${WORK_DIR}/rekey-input.txt "${strong}\n${renewed}\n")
execute_process(COMMAND ${CLI} store rekey ${store} INPUT_FILE ${WORK_DIR}/rekey-input.txt
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("rekey with old and new passphrase on standard input" "${code}" "${out}" "is gewijzigd" 0)

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${strong}" ${CLI} store check ${store}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("the old passphrase no longer opens it" "${code}" "${out}" "opent dit dossierbestand niet" 1)

execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${renewed}" ${CLI} store check ${store}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("the new passphrase opens it, whole, audit chain intact" "${code}" "${out}"
    "Integriteit: ok.*Auditlogboek: Het auditlogboek is intact: 33 rijen" 0)
# The 33rd row is the AVG export, with the checksum of the file that was handed out.
execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${renewed}" ${CLI} store export ${store}
    --deelnemer D-0001 RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("the export is in the audit log with its SHA-256" "${code}" "${out}" "AVG-inzage \\(JSON\\): inzage.json, sha256 ${exported_sha}" 0)

# store event: one event, checked by the rules as the app checks it; bad input changes nothing.
execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${renewed}" ${CLI} store event ${store}
    D-0001 huisbezoek 2026-11-27 RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("store event records a huisbezoek" "${code}" "${out}" "huisbezoek van 2026-11-27 vastgelegd voor deelnemer D-0001" 0)
execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${renewed}" ${CLI} store event ${store}
    D-0001 huisbezoek 2026-02-30 RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("an impossible date is refused" "${code}" "${out}" "2026-02-30 is geen datum" 2)
execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${renewed}" ${CLI} store event ${store}
    D-0001 toverspreuk 2026-11-28 RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("an unknown event type is refused" "${code}" "${out}" "toverspreuk" 1)
execute_process(COMMAND ${CMAKE_COMMAND} -E env "THUIS_PASSPHRASE=${renewed}" ${CLI} store check ${store}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
expect("one event more, nothing else" "${code}" "${out}" "Auditlogboek: Het auditlogboek is intact: 35 rijen" 0)
