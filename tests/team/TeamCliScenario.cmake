# thuisindewijk-cli team ... against the throwaway PostgreSQL, as a beheerder and a teamleider
# would set up a team (issue 18):
#   cmake -DCLI=... -DSTATE=.../postgres.state -DPSQL=psql -P TeamCliScenario.cmake
file(STRINGS ${STATE} state)
list(GET state 0 socket)
list(GET state 1 port)
set(ENV{PGPORT} ${port}) # psql
string(RANDOM LENGTH 6 ALPHABET "abcdefghijklmnopqrstuvwxyz" tag)
set(db "cli_${tag}")
execute_process(COMMAND ${PSQL} -h ${socket} -U postgres -d postgres -c "CREATE DATABASE ${db}"
    RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "CREATE DATABASE: ${err}")
endif()
set(ENV{LANG} "C.UTF-8")
include(${CMAKE_CURRENT_LIST_DIR}/../tooling/CliRun.cmake)
set(admin "host=${socket} port=${port} dbname=${db} user=postgres")

run("no server named" 2 "Welke teamserver" team server init)
run("a stray key in the address" 1 "kleur.*is geen sleutel" team server init --server "host=${socket} port=${port} user=postgres kleur=blauw")
run("server init" 0 "Het teamschema staat op versie 5 \\(was 0\\)" team server init --server "${admin}")
run("init twice is refused" 1 "heeft het teamschema al" team server init --server "${admin}")
run("upgrade changes nothing" 0 "al op versie 5" team server upgrade --server "${admin}")
run("a begeleider" 0 "anna_${tag} is begeleider in team Noord" team user add anna_${tag} --role begeleider --team Noord --server "${admin}")
run("another begeleider" 0 "bert_${tag} is begeleider" team user add bert_${tag} --role begeleider --team Noord --server "${admin}")
run("a teamleider" 0 "tess_${tag} is teamleider" team user add tess_${tag} --role teamleider --team Noord --server "${admin}")
run("a name that cannot be a role" 2 "kan geen gebruikersnaam" team user add Anna --role begeleider --team Noord --server "${admin}")
run("an unknown function" 1 "geen functie" team user add piet_${tag} --role baas --team Noord --server "${admin}")
run("the same person twice" 1 "niet toegevoegd" team user add anna_${tag} --role begeleider --team Noord --server "${admin}")

# anna registers a participant (the laptop's sync will; here psql as anna).
execute_process(COMMAND ${PSQL} -h ${socket} -U anna_${tag} -d ${db} -v ON_ERROR_STOP=1
    -c "INSERT INTO thuis.deelnemer (id, team, begeleider) VALUES ('D-0001', 'Noord', 'anna_${tag}')"
    RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "anna registers D-0001: ${err}")
endif()
run("a begeleider cannot hand over" 1 "niet toegewezen" team assign D-0001 bert_${tag} --server "host=${socket} port=${port} dbname=${db} user=bert_${tag}")
run("the teamleider hands over" 0 "D-0001 is toegewezen aan bert_${tag}" team assign D-0001 bert_${tag} --server "host=${socket} port=${port} dbname=${db} user=tess_${tag}")
# anna, directly with psql: D-0001 is no longer hers, so the server shows her nothing.
execute_process(COMMAND ${PSQL} -h ${socket} -U anna_${tag} -d ${db} -tA -c "SELECT count(*) FROM thuis.deelnemer"
    OUTPUT_VARIABLE seen ERROR_VARIABLE err)
if(NOT seen MATCHES "^0")
    message(FATAL_ERROR "anna still sees D-0001 after the handover: ${seen}${err}")
endif()
# The laptops (team join, sync, status): bert's case file holds D-0002, his own, and a D-0001 of
# its own, a number the team already uses for anna's participant (now bert's): refused.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(ENV{THUIS_PASSPHRASE} "kraanvogel zomer fietsbel lantaarn")
file(WRITE ${WORK_DIR}/d2.json "{\"profile\": \"amsterdam-2026\", \"deelnemer\": {\"id\": \"D-0002\", \"naam\": \"Tweede Voorbeeld\"}, \"events\": [{\"type\": \"aanmelding\", \"date\": \"2026-09-01\"}]}")
set(bert ${WORK_DIR}/bert.thuis)
set(laptop "host=${socket} port=${port} dbname=${db}")
run("bert's case file" 0 "" store init ${bert})
run("D-0002 imported" 0 "" store import ${bert} ${WORK_DIR}/d2.json)
run("a D-0001 of his own" 0 "" store import ${bert} ${TRAJECTORY})
run("not linked yet" 0 "is niet aan een team gekoppeld" team status ${bert})
run("join needs a user" 2 "--user NAAM" team join ${bert} --server "${laptop}")
run("join as nobody the server knows" 1 "teamserver" team join ${bert} --server "${laptop}" --user niemand_${tag})
run("join" 0 "is gekoppeld aan team Noord als bert_${tag}" team join ${bert} --server "${laptop}" --user bert_${tag})
run("join twice" 1 "al gekoppeld aan team Noord" team join ${bert} --server "${laptop}" --user bert_${tag})
run("status before the sync" 0 "wacht op verzenden: [1-9]" team status ${bert})
run("sync: D-0002 goes, the other D-0001 waits" 1 "verstuurd [1-9][0-9]*, ontvangen 0, gemarkeerd 0, in quarantaine [1-9].*Verbinden met" team sync ${bert})
run("status names the refusal" 0 "in quarantaine: D-0001, [1-9][0-9]* items: deelnemernummer D-0001 is in het team al in gebruik" team status ${bert})
run("requeue" 0 "[1-9][0-9]* items in quarantaine worden bij de volgende team sync opnieuw verstuurd" team requeue ${bert})
run("refused again: still the same number" 1 "in quarantaine [1-9]" team sync ${bert})
# The server keeps the links of bert's audit chain (docs/audit.md §3): audit verify compares them.
run("an event after joining" 0 "" store event ${bert} D-0002 toestemming_gegeven 2026-09-02)
run("its link goes with it" 0 "verstuurd 1," team sync ${bert})
run("audit verify asks the server" 0 "De teamserver heeft 1 schakel van deze auditketen; 1 vergeleken.*intact" audit verify ${bert})
set(tess ${WORK_DIR}/tess.thuis)
run("the teamleider's case file" 0 "" store init ${tess})
run("the teamleider joins" 0 "gekoppeld aan team Noord" team join ${tess} --server "${laptop}" --user tess_${tag})
run("the teamleider receives D-0002" 0 "verstuurd 0, ontvangen [1-9][0-9]*, gemarkeerd 0, in quarantaine 0" team sync ${tess})
run("status after the sync" 0 "laatste synchronisatie: [0-3][0-9]-[01][0-9]-20[0-9][0-9] [0-2][0-9]:[0-5][0-9].*wacht op verzenden: 0, in quarantaine: 0" team status ${tess})
set(ENV{THUIS_PASSPHRASE} "verkeerd wachtwoord van iemand anders")
run("a wrong passphrase" 1 "opent dit dossierbestand niet.*niet gewijzigd" team sync ${tess})

run("remove a person" 0 "anna_${tag} kan niet meer inloggen" team user remove anna_${tag} --server "${admin}")
execute_process(COMMAND ${PSQL} -h ${socket} -U anna_${tag} -d ${db} -c "SELECT 1" RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err)
if(code EQUAL 0 OR NOT err MATCHES "not permitted to log in")
    message(FATAL_ERROR "a removed person can still log in: ${err}")
endif()
message(STATUS "a removed person cannot log in: ok")
