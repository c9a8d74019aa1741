# thuisindewijk-cli forms fill/show on a real case file, as a user migrating paper forms would:
#   cmake -DCLI=... -DWORK_DIR=... -DTRAJECTORIES=... -DANSWERS=... -P FormsCliScenario.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(store ${WORK_DIR}/dossiers.thuis)
set(ENV{THUIS_PASSPHRASE} "kraanvogel zomer fietsbel lantaarn")

include(${CMAKE_CURRENT_LIST_DIR}/CliRun.cmake)

run("init" 0 "aangemaakt" store init ${store})
run("import" 0 "31 gebeurtenissen" store import ${store} ${TRAJECTORIES}/amsterdam-2026-omklap.json)

# Bad answers: every problem named with its field, nothing stored.
run("bad answers are refused" 2
    "\"datum_woonevaluatiegesprek\": \"31-02-2026\" is geen datum.*lievelingskleur.*Er is niets opgeslagen"
    forms fill ${store} --deelnemer D-0001 --form woonevaluatie --answers ${ANSWERS}/bad-answers.json)
run("unknown participant" 1 "D-9999" forms fill ${store} --deelnemer D-9999 --form woonevaluatie
    --answers ${ANSWERS}/woonevaluatie-2026.json)

run("fill and finalise a woonevaluatie" 0 "^1\n$" forms fill ${store} --deelnemer D-0001 --form woonevaluatie
    --answers ${ANSWERS}/woonevaluatie-2026.json --finalise)
run("show the stored form" 0
    "Woonevaluatieformulier \\(editie 2026\\), formulier 1.*Status: definitief.*20-11-2026.*Zo nee, wil je wel contact\\?[^\n]*\n    \\(vervalt\\)"
    forms show ${store} --form-id 1)
# The acknowledgement of that command got lost and it is run again: nothing is recorded twice.
run("a retried finalise finds the first" 0 "^1\nDeze antwoorden zijn eerder definitief gemaakt, als formulier 1"
    forms fill ${store} --deelnemer D-0001 --form woonevaluatie --answers ${ANSWERS}/woonevaluatie-2026.json --finalise)
run("show as JSON" 0 "\"status\": \"definitief\"" forms show ${store} --form-id 1 --json)
string(JSON volgend GET "${last_output}" answers volgend_gesprek)
string(JSON skipped GET "${last_output}" skipped)
if(NOT volgend STREQUAL "15-05-2027" OR NOT skipped MATCHES "steunstructuur")
    message(FATAL_ERROR "forms show --json: volgend_gesprek '${volgend}', skipped ${skipped}")
endif()

# The engine has the events: woonevaluatie_gehouden with the agreed date, and g2 achieved (g1
# was already: no second event for it).
run("export" 0 "" store export ${store} --deelnemer D-0001 --output ${WORK_DIR}/inzage.json)
file(READ ${WORK_DIR}/inzage.json exported)
string(JSON count LENGTH "${exported}" deelnemers 0 gebeurtenissen)
math(EXPR last "${count} - 1")
math(EXPR before_last "${count} - 2")
string(JSON held GET "${exported}" deelnemers 0 gebeurtenissen ${before_last})
string(JSON achieved GET "${exported}" deelnemers 0 gebeurtenissen ${last})
if(NOT count EQUAL 33 OR NOT held MATCHES "woonevaluatie_gehouden.*2027-05-15" OR NOT achieved MATCHES "doel_behaald.*\"g2\"")
    message(FATAL_ERROR "expected 33 events ending in woonevaluatie_gehouden and doel_behaald g2:\n${held}\n${achieved}")
endif()

run("an unknown form" 1 "Formulier 7 staat niet in dit dossierbestand" forms show ${store} --form-id 7)

# --- pdf export, sealed with a test certificate, checked by poppler's pdfsig and by pdf verify --------
set(cert ${WORK_DIR}/cert)
file(MAKE_DIRECTORY ${cert})
foreach(step
        "req;-x509;-newkey;rsa:2048;-nodes;-keyout;${cert}/ca.key;-out;${cert}/ca.pem;-days;30;-subj;/CN=Test CA"
        "req;-newkey;rsa:2048;-nodes;-keyout;${cert}/zorg.key;-out;${cert}/zorg.csr;-subj;/CN=Stichting Voorbeeldzorg"
        "x509;-req;-in;${cert}/zorg.csr;-CA;${cert}/ca.pem;-CAkey;${cert}/ca.key;-CAcreateserial;-out;${cert}/zorg.pem;-days;30"
        "pkcs12;-export;-inkey;${cert}/zorg.key;-in;${cert}/zorg.pem;-certfile;${cert}/ca.pem;-out;${cert}/zorg.p12;-passout;pass:geheim")
    execute_process(COMMAND openssl ${step} RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT code EQUAL 0)
        message(FATAL_ERROR "openssl ${step}: ${err}")
    endif()
endforeach()

set(ENV{THUIS_CERT_PASSPHRASE} "fout")
run("a wrong certificate passphrase is refused" 1 "wachtwoord van het certificaat is onjuist.*niets geschreven"
    pdf export ${store} --form 1 --out ${WORK_DIR}/refused.pdf --sign ${cert}/zorg.p12)
if(EXISTS ${WORK_DIR}/refused.pdf)
    message(FATAL_ERROR "a refused export still wrote a file")
endif()
set(ENV{THUIS_CERT_PASSPHRASE} "geheim")
run("export sealed for the zorgaanbieder" 0 "Geschreven: .*signed.pdf"
    pdf export ${store} --form 1 --out ${WORK_DIR}/signed.pdf --sign ${cert}/zorg.p12)
execute_process(COMMAND pdfsig ${WORK_DIR}/signed.pdf OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT out MATCHES "Signature is Valid\\." OR NOT out MATCHES "Total document signed")
    message(FATAL_ERROR "pdfsig does not find a valid signature over the whole document:\n${out}")
endif()
run("pdf verify: valid, PAdES B-B, trust not checked" 0
    "zorgaanbieder: ondertekend door Stichting Voorbeeldzorg op [0-9-]+ [0-9:]+ \\(PAdES B-B\\); handtekening geldig; ondertekenaar niet gecontroleerd[^;]*; dekt het hele document"
    pdf verify ${WORK_DIR}/signed.pdf)
run("pdf verify --vertrouwd with the organisation's CA: trusted" 0 "handtekening geldig; ondertekenaar vertrouwd;"
    pdf verify ${WORK_DIR}/signed.pdf --vertrouwd ${cert}/ca.pem)
# Anyone can make a CA: one that is not the organisation's does not make the signer trusted.
execute_process(COMMAND openssl req -x509 -newkey rsa:2048 -nodes -keyout ${cert}/other.key -out ${cert}/other.pem
    -days 30 -subj "/CN=Stichting Voorbeeldzorg CA" RESULT_VARIABLE code OUTPUT_QUIET ERROR_QUIET)
run("pdf verify --vertrouwd with another CA: not trusted, exit 1" 1
    "ondertekenaar NIET vertrouwd: het certificaat is niet uitgegeven door een uitgever uit de vertrouwde certificaten"
    pdf verify ${WORK_DIR}/signed.pdf --vertrouwd ${cert}/other.pem)
run("pdf verify --vertrouwd with a file that is no PEM: refused" 1 "geen PEM-bestand met certificaten"
    pdf verify ${WORK_DIR}/signed.pdf --vertrouwd ${WORK_DIR}/signed.pdf)
execute_process(COMMAND qpdf --check ${WORK_DIR}/signed.pdf RESULT_VARIABLE code OUTPUT_QUIET ERROR_QUIET)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "qpdf --check fails on the signed export")
endif()

# Both passphrases on standard input: the certificate's first, then the case file's.
file(WRITE ${WORK_DIR}/passphrases.txt "geheim\n$ENV{THUIS_PASSPHRASE}\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=THUIS_PASSPHRASE --unset=THUIS_CERT_PASSPHRASE
    ${CLI} pdf export ${store} --form 1 --out ${WORK_DIR}/stdin.pdf --sign ${cert}/zorg.p12
    INPUT_FILE ${WORK_DIR}/passphrases.txt RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0 OR NOT EXISTS ${WORK_DIR}/stdin.pdf)
    message(FATAL_ERROR "passphrases on standard input: exit ${code}\n${out}")
endif()
message(STATUS "passphrases on standard input: ok")

# One byte inside the signed range changed: both checkers say so.
file(COPY ${WORK_DIR}/signed.pdf DESTINATION ${WORK_DIR}/tampered)
execute_process(COMMAND sh -c "printf 'X' | dd of=${WORK_DIR}/tampered/signed.pdf bs=1 seek=3000 conv=notrunc 2>/dev/null")
execute_process(COMMAND pdfsig ${WORK_DIR}/tampered/signed.pdf OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT out MATCHES "Digest Mismatch")
    message(FATAL_ERROR "pdfsig does not notice the changed byte:\n${out}")
endif()
run("pdf verify: a changed byte is invalid" 1 "ONGELDIG" pdf verify ${WORK_DIR}/tampered/signed.pdf)

run("a blank form to fill in by hand" 0 "met de hand in te vullen"
    pdf blank --form supplement-wgh --edition 2026 --out ${WORK_DIR}/blank.pdf --store ${store} --deelnemer D-0001)
execute_process(COMMAND pdftotext ${WORK_DIR}/blank.pdf - OUTPUT_VARIABLE text)
if(NOT text MATCHES "Fictief Voorbeeld" OR NOT text MATCHES "Goed huurderschap" OR NOT text MATCHES "Naam, functie en datum")
    message(FATAL_ERROR "the blank form lacks the participant's name, the declaration or the captions:\n${text}")
endif()

# A concept filled in twice: the second run continues the unfinished form, no second one is started.
run("a concept from a paper form" 0 "^2\n$" forms fill ${store} --deelnemer D-0001 --form woonevaluatie
    --answers ${ANSWERS}/woonevaluatie-2026.json)
run("the same again continues it" 0 "^2\nHet onafgemaakte formulier 2 is voortgezet met deze antwoorden"
    forms fill ${store} --deelnemer D-0001 --form woonevaluatie --answers ${ANSWERS}/woonevaluatie-2026.json)
run("no third form" 1 "Formulier 3 staat niet in dit dossierbestand" forms show ${store} --form-id 3)
