<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%4). It comes without any warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Versie %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Dit programma is vrije software: u mag het verspreiden en/of aanpassen onder de voorwaarden van de GNU General Public License, versie 3 of (naar uw keuze) een latere versie (%4). Het wordt geleverd zonder enige garantie.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %5.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddEventDialog</name>
    <message>
        <source>Record event</source>
        <translation>Gebeurtenis vastleggen</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Gebeurtenis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>Not possible now, and why:</source>
        <translation>Nu niet mogelijk, en waarom:</translation>
    </message>
</context>
<context>
    <name>AnswersFile</name>
    <message>
        <source>not a JSON object (character %1: %2)</source>
        <translation>geen JSON-object (teken %1: %2)</translation>
    </message>
    <message>
        <source>the answers are refused: &quot;%1&quot; %2</source>
        <translation>de antwoorden zijn geweigerd: &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not on form %2 (%3)</source>
        <translation>veld &quot;%1&quot; staat niet op formulier %2 (%3)</translation>
    </message>
    <message>
        <source>the answers give field &quot;%1&quot; twice</source>
        <translation>de antwoorden geven veld &quot;%1&quot; twee keer</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>%1 is neither a backup of this case file nor an export that records the audit log&apos;s head.</source>
        <translation>%1 is geen back-up van dit dossierbestand en ook geen export waarin de kop van het auditlogboek is vastgelegd.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The change could not be recorded in the audit log: %1</source>
        <translation>De wijziging kon niet in het auditlogboek worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Het auditlogboek kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: that row, or one before it, was changed, removed or inserted afterwards.</source>
        <translation>Het auditlogboek is verbroken bij rij %1: die rij, of een rij ervoor, is achteraf gewijzigd, verwijderd of ingevoegd.</translation>
    </message>
    <message>
        <source>the key of the audit chain is missing from the case file</source>
        <translation>de sleutel van de auditketen ontbreekt in het dossierbestand</translation>
    </message>
    <message>
        <source>the key of the audit chain in the case file is damaged</source>
        <translation>de sleutel van de auditketen in het dossierbestand is beschadigd</translation>
    </message>
    <message>
        <source>The audit log cannot be checked: %1.</source>
        <translation>Het auditlogboek kan niet worden gecontroleerd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s), every link checked</source>
        <translation>
            <numerusform>Het auditlogboek is intact: %n rij, elke schakel gecontroleerd</numerusform>
            <numerusform>Het auditlogboek is intact: %n rijen, elke schakel gecontroleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the data of %n entity(ies) recomputed</source>
        <translation>
            <numerusform>, de gegevens van %n onderdeel opnieuw berekend</numerusform>
            <numerusform>, de gegevens van %n onderdelen opnieuw berekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n recorded head(s) found in the chain.</source>
        <translation>
            <numerusform>, %n elders vastgelegde kop in de keten teruggevonden.</numerusform>
            <numerusform>, %n elders vastgelegde koppen in de keten teruggevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data could not be read to check it: %1</source>
        <translation>De gegevens konden niet worden gelezen om ze te controleren: %1</translation>
    </message>
    <message>
        <source>%1 %2 is in the case file without any audit row: it was added outside the program.</source>
        <translation>%1 %2 staat in het dossierbestand zonder enige rij in het auditlogboek: het is buiten het programma toegevoegd.</translation>
    </message>
    <message>
        <source>%1 %2 does not match audit row %3, its last recorded change: it was changed outside the program.</source>
        <translation>%1 %2 klopt niet met rij %3 van het auditlogboek, de laatst vastgelegde wijziging: het is buiten het programma gewijzigd.</translation>
    </message>
    <message>
        <source>%1 %2 is recorded in audit row %3 but is no longer in the case file: it was removed outside the program.</source>
        <translation>%1 %2 is vastgelegd in rij %3 van het auditlogboek, maar staat niet meer in het dossierbestand: het is buiten het programma verwijderd.</translation>
    </message>
    <message>
        <source>%1 recorded the audit log up to row %2, but the log now ends at row %3: rows were cut off.</source>
        <translation>%1 legde het auditlogboek vast tot en met rij %2, maar het logboek eindigt nu bij rij %3: er zijn rijen afgeknipt.</translation>
    </message>
    <message>
        <source>%1 recorded another row %2 than the audit log now holds: the log was rewritten since.</source>
        <translation>%1 legde een andere rij %2 vast dan het auditlogboek nu bevat: het logboek is sindsdien herschreven.</translation>
    </message>
    <message>
        <source>keyed chain (HMAC-SHA-256) over the data begins</source>
        <translation>sleutelketen (HMAC-SHA-256) over de gegevens begint</translation>
    </message>
    <message>
        <source>as held when the keyed chain began</source>
        <translation>zoals vastgelegd bij het begin van de sleutelketen</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulier</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>signatures of form</source>
        <translation>handtekeningen van formulier</translation>
    </message>
    <message>
        <source>The change could not be queued for the team: %1</source>
        <translation>De wijziging kon niet voor het team klaargezet worden: %1</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 %2
Licence: %3
Built with Qt %4 (running on Qt %5), %6, build type %7</source>
        <translation>%1 %2
Licentie: %3
Gebouwd met Qt %4 (draait op Qt %5), %6, buildtype %7</translation>
    </message>
    <message>
        <source>Case files, forms and deadlines for the Thuis in de Wijk agreements (Omslagroute).</source>
        <translation>Dossiers, formulieren en termijnen voor de afspraken van Thuis in de Wijk (Omslagroute).</translation>
    </message>
</context>
<context>
    <name>CaseFileLock</name>
    <message>
        <source>The case file %1 is open in %2 (process %3 on %4). Close it there first; nothing was changed.</source>
        <translation>Het dossierbestand %1 is geopend in %2 (proces %3 op %4). Sluit het daar eerst; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>The case file %1 is open in another program. Close it there first; nothing was changed.</source>
        <translation>Het dossierbestand %1 is geopend in een ander programma. Sluit het daar eerst; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The folder %1 may not be written by you, so the case file %2 cannot be opened safely there. Move it to a folder of your own; nothing was changed.</source>
        <translation>U mag niet schrijven in de map %1, dus het dossierbestand %2 kan daar niet veilig worden geopend. Zet het in een eigen map; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The case file %1 could not be locked for this program (%2). Nothing was changed.</source>
        <translation>Het dossierbestand %1 kon niet voor dit programma worden vergrendeld (%2). Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>The caseload of %1 could not be prepared in the case file.</source>
        <translation>Het overzicht van %1 kon niet in het dossierbestand worden voorbereid.</translation>
    </message>
    <message>
        <source>There is no participant %1 in this case file.</source>
        <translation>Er is geen deelnemer %1 in dit dossierbestand.</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>possible</source>
        <translation>mogelijk</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message numerus="yes">
        <source>not yet (%n condition(s) unmet)</source>
        <translation>
            <numerusform>nog niet (%n voorwaarde niet voldaan)</numerusform>
            <numerusform>nog niet (%n voorwaarden niet voldaan)</numerusform>
        </translation>
    </message>
    <message>
        <source>history breaks a rule</source>
        <translation>geschiedenis breekt een regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Volgende termijn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Omklap</source>
        <translation>Omklap</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Begeleider</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>Alle afspraken</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s)</source>
        <translation>
            <numerusform>%1 van %n deelnemer</numerusform>
            <numerusform>%1 van %n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>name, address, number or begeleider</source>
        <translation>naam, adres, nummer of begeleider</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>Te laa&amp;t</translation>
    </message>
    <message>
        <source>Due within &amp;14 days</source>
        <translation>Binnen &amp;14 dagen</translation>
    </message>
    <message>
        <source>&amp;Today...</source>
        <translation>&amp;Vandaag…</translation>
    </message>
    <message>
        <source>New &amp;participant...</source>
        <translation>Nieuwe &amp;deelnemer…</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Hand over...</source>
        <translation>&amp;Overdragen...</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Nieuw wachtwoord h&amp;erhalen:</translation>
    </message>
    <message>
        <source>Backups made before keep the old passphrase.</source>
        <translation>Eerder gemaakte back-ups houden het oude wachtwoord.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Wij&amp;zigen</translation>
    </message>
    <message>
        <source>The new passphrase is not strong enough yet.</source>
        <translation>Het nieuwe wachtwoord is nog niet sterk genoeg.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De twee nieuwe wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>[command]</source>
        <translation>[opdracht]</translation>
    </message>
    <message>
        <source>Show this help, or the help of one command.</source>
        <translation>Toon deze hulp, of de hulp bij één opdracht.</translation>
    </message>
    <message>
        <source>Show version and licence.</source>
        <translation>Toon versie en licentie.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 help&quot; for the list of commands.</source>
        <translation>Onbekende opdracht &quot;%1&quot;. Gebruik &quot;%2 help&quot; voor de lijst met opdrachten.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. Run &quot;%2 help&quot; for the list of commands.</source>
        <translation>Er is geen opdracht &quot;%1&quot;. Gebruik &quot;%2 help&quot; voor de lijst met opdrachten.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Gebruik: %1 %2 %3</translation>
    </message>
    <message>
        <source>The command &quot;version&quot; takes no arguments.</source>
        <translation>De opdracht &quot;version&quot; heeft geen argumenten.</translation>
    </message>
    <message>
        <source>Usage: %1 [--lang nl|en] &lt;command&gt; [arguments]</source>
        <translation>Gebruik: %1 [--lang nl|en] &lt;opdracht&gt; [argumenten]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.</source>
        <translation>Afsluitcodes: 0 gelukt, 1 de opdracht is mislukt, 2 de opdrachtregel klopt niet.</translation>
    </message>
    <message>
        <source>Evaluate a trajectory file: phase, deadlines and omklap.</source>
        <translation>Beoordeel een trajectbestand: fase, termijnen en omklap.</translation>
    </message>
    <message>
        <source>Check every form definition (the ones in this program or those in DIR, FORM/EDITION.json) and name each problem, print a JSON skeleton of one form&apos;s fields, store a filled-in form (made final with its trajectory events on request), or show a stored form.</source>
        <translation>Controleer elke formulierdefinitie (die in dit programma of die in MAP, FORMULIER/EDITIE.json) en noem elk probleem, druk een JSON-skelet van de velden van een formulier af, sla een ingevuld formulier op (op verzoek definitief, met de gebeurtenissen in het traject) of toon een opgeslagen formulier.</translation>
    </message>
    <message>
        <source>Export a stored form as a PDF for the deelnemer, the zorgaanbieder or the woningcorporatie, sealed with a certificate on request (passphrase from THUIS_CERT_PASSPHRASE or standard input); an empty form to fill in by hand; or check every signature in a PDF.</source>
        <translation>Exporteer een opgeslagen formulier als pdf voor de deelnemer, de zorgaanbieder of de woningcorporatie, op verzoek verzegeld met een certificaat (wachtwoord uit THUIS_CERT_PASSPHRASE of standaardinvoer); een leeg formulier om met de hand in te vullen; of controleer elke handtekening in een pdf.</translation>
    </message>
    <message>
        <source>Fill a new or empty case file with fictitious participants and realistic trajectories, each checked by the trajectory engine. The same seed gives the same data.</source>
        <translation>Vul een nieuw of leeg dossierbestand met verzonnen deelnemers en realistische trajecten, elk gecontroleerd door de trajectregels. Dezelfde seed geeft dezelfde gegevens.</translation>
    </message>
    <message>
        <source>The teamleider&apos;s figures of a case file: counts per phase, begeleider and corporation, overdue deadlines, who can be put forward for omklap, and the quality figures per quarter.</source>
        <translation>De cijfers van de teamleider uit een dossierbestand: aantallen per fase, begeleider en corporatie, verlopen termijnen, wie voorgedragen kan worden voor omklap, en de kwaliteitscijfers per kwartaal.</translation>
    </message>
    <message>
        <source>Print the transition table of a rule profile as a diagram, or every rule of a profile with the words of the document it comes from and the tests in DIR that check it (Markdown).</source>
        <translation>Toon de overgangstabel van een regelprofiel als diagram, of elke regel van een profiel met de woorden van het document waar hij vandaan komt en de tests in MAP die hem controleren (Markdown).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option (options start with --).</source>
        <translation>&quot;%1&quot; is geen optie (opties beginnen met --).</translation>
    </message>
    <message>
        <source>Unknown option %1; this command knows %2.</source>
        <translation>Onbekende optie %1; deze opdracht kent %2.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>The option %1 needs a value, not the option %2.</source>
        <translation>De optie %1 heeft een waarde nodig, niet de optie %2.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>De optie %1 heeft geen waarde.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>De optie %1 is twee keer gegeven.</translation>
    </message>
    <message>
        <source>The team server (PostgreSQL): make or upgrade its schema, add or remove a person (begeleider, teamleider or beheerder), set a person&apos;s password (THUIS_NEW_TEAM_PASSWORD or standard input), hand a participant to a begeleider. The password to connect comes from THUIS_TEAM_PASSWORD.</source>
        <translation>De teamserver (PostgreSQL): maak of vernieuw het schema, voeg een persoon toe of verwijder die (begeleider, teamleider of beheerder), stel iemands wachtwoord in (THUIS_NEW_TEAM_PASSWORD of standaardinvoer), draag een deelnemer over aan een begeleider. Het wachtwoord om te verbinden komt uit THUIS_TEAM_PASSWORD.</translation>
    </message>
    <message>
        <source>Create a new encrypted case file, check one (integrity and audit chain), import a trajectory file into one, record one event (checked by the rules), export its contents as JSON (AVG inzage), or change its passphrase. The passphrase comes from THUIS_PASSPHRASE or standard input; a new one from THUIS_NEW_PASSPHRASE or the next line.</source>
        <translation>Maak een nieuw versleuteld dossierbestand, controleer er een (integriteit en auditketen), importeer er een trajectbestand in, leg één gebeurtenis vast (gecontroleerd door de regels), exporteer de inhoud als JSON (AVG-inzage) of wijzig het wachtwoord. Het wachtwoord komt uit THUIS_PASSPHRASE of van standaardinvoer; een nieuw wachtwoord uit THUIS_NEW_PASSPHRASE of de volgende regel.</translation>
    </message>
    <message>
        <source>Check the case file&apos;s audit chain (keyed links, the data it covers, the heads recorded in its backups, in the exports named and, for a file in a team, on the team server) and name what does not match.</source>
        <translation>Controleer de auditketen van een dossierbestand (de schakels met sleutel, de gegevens die ze dekken, de koppen vastgelegd in de back-ups, in de genoemde exports en, voor een bestand in een team, op de teamserver) en noem wat niet klopt.</translation>
    </message>
</context>
<context>
    <name>CommandLineLanguage</name>
    <message>
        <source>The option --lang needs a language: nl or en.</source>
        <translation>De optie --lang heeft een taal nodig: nl of en.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang; choose nl (Nederlands) or en (English).</source>
        <translation>Onbekende taal &quot;%1&quot; bij --lang; kies nl (Nederlands) of en (English).</translation>
    </message>
    <message>
        <source>Language of the user interface: nl (Nederlands, the default) or en (English).</source>
        <translation>Taal van de gebruikersinterface: nl (Nederlands, de standaard) of en (English).</translation>
    </message>
</context>
<context>
    <name>ContactBox</name>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
</context>
<context>
    <name>ContactValidation</name>
    <message>
        <source>&quot;%1&quot; is not a valid phone number; for example 06-12345678 or 020-1234567.</source>
        <translation>&quot;%1&quot; is geen geldig telefoonnummer; bijvoorbeeld 06-12345678 of 020-1234567.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Dutch postcode; write four digits and two letters, for example 1234 AB.</source>
        <translation>&quot;%1&quot; is geen Nederlandse postcode; schrijf vier cijfers en twee letters, bijvoorbeeld 1234 AB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; for example naam@voorbeeld.nl.</source>
        <translation>&quot;%1&quot; is geen e-mailadres; bijvoorbeeld naam@voorbeeld.nl.</translation>
    </message>
</context>
<context>
    <name>DashboardCommands</name>
    <message>
        <source>%1 &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 &quot;%2&quot; is geen datum in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>--count (1 to 1,000,000), --seed (0 or more) and --begeleiders (1 to 500) take whole numbers.</source>
        <translation>--count (1 tot 1.000.000), --seed (0 of meer) en --begeleiders (1 tot 500) vragen een geheel getal.</translation>
    </message>
    <message>
        <source>The passphrase is too weak. Nothing was created.</source>
        <translation>Het wachtwoord is te zwak. Er is niets aangemaakt.</translation>
    </message>
    <message>
        <source>%1 already holds participants; demo data only goes into an empty case file.</source>
        <translation>%1 bevat al deelnemers; demogegevens komen alleen in een leeg dossierbestand.</translation>
    </message>
    <message>
        <source>%1 of %2 participants written...</source>
        <translation>%1 van %2 deelnemers geschreven…</translation>
    </message>
    <message>
        <source>%1: %2 fictitious participants with %3 events (seed %4, today %5).</source>
        <translation>%1: %2 verzonnen deelnemers met %3 gebeurtenissen (seed %4, vandaag %5).</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Kennismakingsgesprek within 3 months</source>
        <translation>Kennismakingsgesprek binnen 3 maanden</translation>
    </message>
    <message>
        <source>Woonevaluatie on time</source>
        <translation>Woonevaluatie op tijd</translation>
    </message>
    <message>
        <source>Overlast answered within 2 werkdagen</source>
        <translation>Overlast binnen 2 werkdagen opgepakt</translation>
    </message>
    <message>
        <source>Median days from overeenkomst to omklap</source>
        <translation>Mediaan dagen van overeenkomst tot omklap</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 K%2</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>After omklap</source>
        <translation>Na omklap</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Housing corporation</source>
        <translation>Woningcorporatie</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>quarters from %1 to %2</source>
        <translation>kwartalen van %1 tot %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Begeleider:</source>
        <translation>Be&amp;geleider:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Corporation:</source>
        <translation>Co&amp;rporatie:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Stads&amp;deel:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Afspraken:</translation>
    </message>
    <message>
        <source>Participants per phase</source>
        <translation>Deelnemers per fase</translation>
    </message>
    <message>
        <source>Participants per begeleider</source>
        <translation>Deelnemers per begeleider</translation>
    </message>
    <message>
        <source>Participants per housing corporation</source>
        <translation>Deelnemers per woningcorporatie</translation>
    </message>
    <message>
        <source>Per phase</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>Per begeleider</source>
        <translation>Per begeleider</translation>
    </message>
    <message>
        <source>Per housing corporation</source>
        <translation>Per woningcorporatie</translation>
    </message>
    <message>
        <source>Overdue deadlines per rule</source>
        <translation>Verlopen termijnen per regel</translation>
    </message>
    <message>
        <source>Terms kept per quarter</source>
        <translation>Termijnen gehaald per kwartaal</translation>
    </message>
    <message>
        <source>Overdue, by rule</source>
        <translation>Verlopen, per termijn</translation>
    </message>
    <message>
        <source>Terms kept per quarter (%)</source>
        <translation>Termijnen op tijd per kwartaal (%)</translation>
    </message>
    <message>
        <source>Overdue deadlines per begeleider</source>
        <translation>Verlopen termijnen per begeleider</translation>
    </message>
    <message>
        <source>Overdue, by begeleider</source>
        <translation>Verlopen, per begeleider</translation>
    </message>
    <message>
        <source>Unmet omklap conditions</source>
        <translation>Omklapvoorwaarden waaraan niet is voldaan</translation>
    </message>
    <message>
        <source>Not yet: what is missing</source>
        <translation>Nog niet: wat ontbreekt</translation>
    </message>
    <message>
        <source>Median days to omklap per quarter</source>
        <translation>Mediaan dagen tot omklap per kwartaal</translation>
    </message>
    <message>
        <source>Median days from overeenkomst to omklap</source>
        <translation>Mediaan dagen van overeenkomst tot omklap</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue deadline(s)</source>
        <translation>
            <numerusform>%n termijn verlopen</numerusform>
            <numerusform>%n termijnen verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 14 days</source>
        <translation>
            <numerusform>%n binnen 14 dagen</numerusform>
            <numerusform>%n binnen 14 dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be put forward for omklap</source>
        <translation>
            <numerusform>%n klaar voor voordracht omklap</numerusform>
            <numerusform>%n klaar voor voordracht omklap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history(ies) break a rule and are left out</source>
        <translation>
            <numerusform>%n geschiedenis breekt een regel en telt niet mee</numerusform>
            <numerusform>%n geschiedenissen breken een regel en tellen niet mee</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference date %1: %2</source>
        <translation>Peildatum %1: %2</translation>
    </message>
    <message>
        <source>Names are hidden: %1 overdue, %2 due within %3 days, %4 within %5 days.</source>
        <translation>Namen zijn verborgen: %1 verlopen, %2 binnen %3 dagen, %4 binnen %5 dagen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Names are hidden: %1 can be put forward now, %2 within %3 days, %4 not yet.</source>
        <translation>Namen zijn verborgen: %1 nu voor te dragen, %2 binnen %3 dagen, %4 nog niet.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>binnen %1 dagen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Omklap</source>
        <translation>Omklap</translation>
    </message>
    <message>
        <source>Possible from</source>
        <translation>Mogelijk vanaf</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Kennismakingsgesprek</source>
        <translation>Kennismakingsgesprek</translation>
    </message>
    <message>
        <source>Woonevaluatie</source>
        <translation>Woonevaluatie</translation>
    </message>
    <message>
        <source>Overlast</source>
        <translation>Overlast</translation>
    </message>
    <message>
        <source>Omklappen</source>
        <translation>Omklappen</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediaan dagen</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Dashboard exporteren als pdf</translation>
    </message>
    <message>
        <source>Export dashboard as CSV</source>
        <translation>Dashboard exporteren als csv</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Csv (*.csv)</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>Teamdashboard</translation>
    </message>
    <message>
        <source>&amp;Hide names</source>
        <translation>Namen &amp;verbergen</translation>
    </message>
    <message>
        <source>Counts only, no participant&apos;s name: for a presentation on a projector.</source>
        <translation>Alleen aantallen, geen namen van deelnemers: voor een presentatie op een beamer.</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporteren als &amp;pdf…</translation>
    </message>
    <message>
        <source>Export as C&amp;SV…</source>
        <translation>Exporteren als &amp;csv…</translation>
    </message>
    <message>
        <source>&amp;My participants</source>
        <translation>&amp;Mijn deelnemers</translation>
    </message>
    <message>
        <source>&amp;Quarters:</source>
        <translation>Kwartale&amp;n:</translation>
    </message>
    <message>
        <source>Clear filte&amp;rs</source>
        <translation>Filters wi&amp;ssen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>Dead&amp;lines</source>
        <translation>&amp;Termijnen</translation>
    </message>
    <message>
        <source>Om&amp;klap</source>
        <translation>Om&amp;klap</translation>
    </message>
    <message>
        <source>Q&amp;uality</source>
        <translation>Kwal&amp;iteit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Binnen %1 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n final form(s) waiting for a signature.</source>
        <translation>
            <numerusform>%n definitief formulier wacht op een handtekening.</numerusform>
            <numerusform>%n definitieve formulieren wachten op een handtekening.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation>wacht op: %1</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Final since</source>
        <translation>Definitief sinds</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Final forms waiting for a signature</source>
        <translation>Definitieve formulieren die op een handtekening wachten</translation>
    </message>
    <message>
        <source>The choice was not remembered: %1</source>
        <translation>De keuze is niet onthouden: %1</translation>
    </message>
    <message>
        <source>The team as of %1 (the last sync)</source>
        <translation>Stand van het team: %1 (laatste synchronisatie)</translation>
    </message>
    <message>
        <source>The team as of: not synced yet; the figures are this case file&apos;s</source>
        <translation>Stand van het team: nog niet gesynchroniseerd; de cijfers zijn die van dit dossierbestand</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Continued</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <source>Thuis in de Wijk: team dashboard</source>
        <translation>Thuis in de Wijk: teamdashboard</translation>
    </message>
    <message>
        <source>Reference date %1</source>
        <translation>Peildatum %1</translation>
    </message>
    <message>
        <source>All participants in the case file</source>
        <translation>Alle deelnemers in het dossierbestand</translation>
    </message>
    <message>
        <source>Figures computed by the trajectory engine from the encrypted case file.</source>
        <translation>Cijfers berekend door de trajectregels uit het versleutelde dossierbestand.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message>
        <source>Team dashboard %1</source>
        <translation>Teamdashboard %1</translation>
    </message>
    <message numerus="yes">
        <source>Caseload: %n participant(s)</source>
        <translation>
            <numerusform>Caseload: %n deelnemer</numerusform>
            <numerusform>Caseload: %n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) whose history breaks a rule are left out of the figures.</source>
        <translation>
            <numerusform>%n deelnemer van wie de geschiedenis een regel breekt, telt niet mee in de cijfers.</numerusform>
            <numerusform>%n deelnemers van wie de geschiedenis een regel breekt, tellen niet mee in de cijfers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Per phase</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>Per begeleider</source>
        <translation>Per begeleider</translation>
    </message>
    <message>
        <source>Per housing corporation</source>
        <translation>Per woningcorporatie</translation>
    </message>
    <message>
        <source>Deadlines and omklap</source>
        <translation>Termijnen en omklap</translation>
    </message>
    <message>
        <source>Overdue by rule (%1)</source>
        <translation>Verlopen per termijn (%1)</translation>
    </message>
    <message>
        <source>Overdue by begeleider</source>
        <translation>Verlopen per begeleider</translation>
    </message>
    <message>
        <source>Due in the next %1 days: %2; in the next %3 days: %4.</source>
        <translation>Binnen %1 dagen: %2; binnen %3 dagen: %4.</translation>
    </message>
    <message>
        <source>Omklap (Werkafspraak 8): can be put forward now: %1; within %2 days: %3; not yet: %4.</source>
        <translation>Omklap (Werkafspraak 8): nu voor te dragen: %1; binnen %2 dagen: %3; nog niet: %4.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>Unmet conditions of the others: %1.</source>
        <translation>Ontbrekende voorwaarden bij de anderen: %1.</translation>
    </message>
    <message>
        <source>Quality per quarter</source>
        <translation>Kwaliteit per kwartaal</translation>
    </message>
    <message>
        <source>Terms kept (%)</source>
        <translation>Termijnen op tijd (%)</translation>
    </message>
    <message>
        <source>Time to omklap</source>
        <translation>Tijd tot omklap</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 van %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>Dashboard on %1: %n participant(s)</source>
        <translation>
            <numerusform>Dashboard op %1: %n deelnemer</numerusform>
            <numerusform>Dashboard op %1: %n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) whose history breaks a rule are left out of the figures.</source>
        <translation>
            <numerusform>%n deelnemer van wie de geschiedenis een regel breekt, telt niet mee in de cijfers.</numerusform>
            <numerusform>%n deelnemers van wie de geschiedenis een regel breekt, tellen niet mee in de cijfers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Per phase</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>Per begeleider</source>
        <translation>Per begeleider</translation>
    </message>
    <message>
        <source>Per housing corporation</source>
        <translation>Per woningcorporatie</translation>
    </message>
    <message>
        <source>Overdue, by rule (%1 in all)</source>
        <translation>Verlopen, per termijn (%1 in totaal)</translation>
    </message>
    <message>
        <source>Overdue, by begeleider</source>
        <translation>Verlopen, per begeleider</translation>
    </message>
    <message>
        <source>Due in the next %1 days: %2; in the next %3 days: %4</source>
        <translation>Binnen %1 dagen: %2; binnen %3 dagen: %4</translation>
    </message>
    <message>
        <source>Omklap (Werkafspraak 8): can be put forward now: %1; within %2 days: %3; later: %4</source>
        <translation>Omklap (Werkafspraak 8): nu voor te dragen: %1; binnen %2 dagen: %3; later: %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>Unmet conditions of the others</source>
        <translation>Ontbrekende voorwaarden bij de anderen</translation>
    </message>
    <message>
        <source>Per quarter: kennismakingsgesprek within 3 months | woonevaluatie on time | overlast answered within 2 werkdagen | omklappen, median days from overeenkomst</source>
        <translation>Per kwartaal: kennismakingsgesprek binnen 3 maanden | woonevaluatie op tijd | overlast binnen 2 werkdagen opgepakt | omklappen, mediaan dagen vanaf overeenkomst</translation>
    </message>
    <message>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Dashboard on</source>
        <translation>Dashboard op</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>History breaks a rule</source>
        <translation>Geschiedenis breekt een regel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Housing corporation</source>
        <translation>Woningcorporatie</translation>
    </message>
    <message>
        <source>Overdue by rule</source>
        <translation>Verlopen per termijn</translation>
    </message>
    <message>
        <source>Overdue by begeleider</source>
        <translation>Verlopen per begeleider</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Omklap</source>
        <translation>Omklap</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>binnen 30 dagen</translation>
    </message>
    <message>
        <source>Unmet omklap condition</source>
        <translation>Ontbrekende omklapvoorwaarde</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Kennismakingsgesprek on time (%)</source>
        <translation>Kennismakingsgesprek op tijd (%)</translation>
    </message>
    <message>
        <source>Woonevaluatie on time (%)</source>
        <translation>Woonevaluatie op tijd (%)</translation>
    </message>
    <message>
        <source>Overlast answered on time (%)</source>
        <translation>Overlast op tijd opgepakt (%)</translation>
    </message>
    <message>
        <source>Omklappen</source>
        <translation>Omklappen</translation>
    </message>
    <message>
        <source>Median days to omklap</source>
        <translation>Mediaan dagen tot omklap</translation>
    </message>
    <message>
        <source>Dashboard %1: %2, sha256 %3</source>
        <translation>Dashboard %1: %2, sha256 %3</translation>
    </message>
    <message>
        <source>with names</source>
        <translation>met namen</translation>
    </message>
    <message>
        <source>counts only</source>
        <translation>alleen aantallen</translation>
    </message>
    <message>
        <source>Final forms waiting for a signature: %1</source>
        <translation>Definitieve formulieren die op een handtekening wachten: %1</translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation>wacht op: %1</translation>
    </message>
</context>
<context>
    <name>DemoForms</name>
    <message>
        <source>Demo form %1 of %2 was refused: %3</source>
        <translation>Demoformulier %1 van %2 is geweigerd: %3</translation>
    </message>
    <message>
        <source>its answers do not pass the form&apos;s checks (%1: %2)</source>
        <translation>de antwoorden voldoen niet aan de controles van het formulier (%1: %2)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo participant %1 was refused: %2</source>
        <translation>Demodeelnemer %1 is geweigerd: %2</translation>
    </message>
</context>
<context>
    <name>DossierAccess</name>
    <message>
        <source>The dossier was not opened: who opens it is recorded, and that failed (%1).</source>
        <translation>Het dossier is niet geopend: wie het opent wordt vastgelegd, en dat mislukte (%1).</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>← &amp;My participants</source>
        <translation>← &amp;Terug naar Mijn deelnemers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <source>&amp;Record event...</source>
        <translation>&amp;Nieuwe gebeurtenis…</translation>
    </message>
    <message>
        <source>A mistake is corrected by recording a correcting event; history is never edited.</source>
        <translation>Een vergissing herstelt u door een herstellende gebeurtenis vast te leggen; de geschiedenis wordt nooit bewerkt.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gerekend vanaf</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Leefdomein</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status sinds</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Genomen acties</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost op</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>T&amp;ijdlijn</translation>
    </message>
    <message>
        <source>Dead&amp;lines</source>
        <translation>Ter&amp;mijnen</translation>
    </message>
    <message>
        <source>&amp;Omklap</source>
        <translation>&amp;Omklap</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>O&amp;verlast</source>
        <translation>O&amp;verlast</translation>
    </message>
    <message>
        <source>Phase: %1 · agreement %2</source>
        <translation>Fase: %1 · afspraken %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>gehaald op %1</translation>
    </message>
    <message>
        <source>met late on %1</source>
        <translation>te laat gehaald op %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Omklap is possible (Werkafspraak 8): every condition is met.</source>
        <translation>Omklap is mogelijk (Werkafspraak 8): aan elke voorwaarde is voldaan.</translation>
    </message>
    <message>
        <source>Omklap is not possible yet (Werkafspraak 8).</source>
        <translation>Omklap is nog niet mogelijk (Werkafspraak 8).</translation>
    </message>
    <message>
        <source>The date conditions are met from %1.</source>
        <translation>Aan de datumvoorwaarden is voldaan vanaf %1.</translation>
    </message>
    <message>
        <source>The lease has not yet run for the minimum period.</source>
        <translation>Het huurcontract loopt nog niet de minimale periode.</translation>
    </message>
    <message>
        <source>No woonevaluatie has been held yet.</source>
        <translation>Er is nog geen woonevaluatie gehouden.</translation>
    </message>
    <message>
        <source>No goals have been set.</source>
        <translation>Er zijn geen doelen vastgesteld.</translation>
    </message>
    <message>
        <source>Not every goal has been achieved.</source>
        <translation>Niet elk doel is behaald.</translation>
    </message>
    <message>
        <source>There was justified overlast by the participant in the past year.</source>
        <translation>Er was het afgelopen jaar terechte overlast door de deelnemer.</translation>
    </message>
    <message>
        <source>Woonfraude has been established.</source>
        <translation>Er is woonfraude vastgesteld.</translation>
    </message>
    <message>
        <source>Consent to share data has been withdrawn.</source>
        <translation>De toestemming om gegevens te delen is ingetrokken.</translation>
    </message>
    <message>
        <source>Consent to share data has not been given.</source>
        <translation>Er is geen toestemming gegeven om gegevens te delen.</translation>
    </message>
    <message>
        <source>Lasting intermediary letting was decided.</source>
        <translation>Er is besloten tot duurzame intermediaire verhuur.</translation>
    </message>
    <message>
        <source>The begeleidingsovereenkomst has not been signed yet.</source>
        <translation>De begeleidingsovereenkomst is nog niet getekend.</translation>
    </message>
    <message>
        <source>The trajectory has ended.</source>
        <translation>Het traject is beëindigd.</translation>
    </message>
    <message>
        <source>The lease has already been transferred.</source>
        <translation>Het huurcontract is al omgezet.</translation>
    </message>
    <message>
        <source>These agreements have no omklap.</source>
        <translation>Deze afspraken kennen geen omklap.</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>not achieved yet</source>
        <translation>nog niet behaald</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Undo last action... (Ctrl+Z)</source>
        <translation>Laatste handeling ongedaan maken… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>undoes: %1 of %2</source>
        <translation>maakt ongedaan: %1 van %2</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>There is nothing to undo in this dossier.</source>
        <translation>Er is in dit dossier niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot; of %2?

The undoing is recorded as a correction in the timeline; the original event stays visible there, struck through.</source>
        <translation>„%1” van %2 ongedaan maken?

Het ongedaan maken wordt als correctie in de tijdlijn vastgelegd; de oorspronkelijke gebeurtenis blijft daar zichtbaar, doorgestreept.</translation>
    </message>
    <message>
        <source>undone in the dossier</source>
        <translation>ongedaan gemaakt in het dossier</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>New complaint...</source>
        <translation>Nieuwe melding…</translation>
    </message>
    <message>
        <source>Next step for this complaint...</source>
        <translation>Volgende stap voor deze melding…</translation>
    </message>
    <message>
        <source>New complaint %1</source>
        <translation>Nieuwe melding %1</translation>
    </message>
    <message>
        <source>Overlast</source>
        <translation>Overlast</translation>
    </message>
    <message>
        <source>Choose a complaint in the list first.</source>
        <translation>Kies eerst een melding in de lijst.</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Lopende termijnen</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 te laat sinds %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 uiterlijk %2</translation>
    </message>
    <message>
        <source>Record consent...</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>History of the selected goal:</source>
        <translation>Geschiedenis van het gekozen doel:</translation>
    </message>
    <message>
        <source>Consent to share (Werkafspraak 10): given on %1.</source>
        <translation>Toestemming om gegevens te delen (Werkafspraak 10): gegeven op %1.</translation>
    </message>
    <message>
        <source>Consent to share (Werkafspraak 10): withdrawn on %1 (given on %2). Nothing is shared with the housing corporation.</source>
        <translation>Toestemming om gegevens te delen (Werkafspraak 10): ingetrokken op %1 (gegeven op %2). Er wordt niets met de woningcorporatie gedeeld.</translation>
    </message>
    <message>
        <source>Consent to share (Werkafspraak 10): not recorded. Nothing is shared with the housing corporation.</source>
        <translation>Toestemming om gegevens te delen (Werkafspraak 10): niet vastgelegd. Er wordt niets met de woningcorporatie gedeeld.</translation>
    </message>
    <message>
        <source>&amp;Forms</source>
        <translation>&amp;Formulieren</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Editie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Start &amp;kennismakingsgesprek</source>
        <translation>&amp;Kennismakingsgesprek starten</translation>
    </message>
    <message>
        <source>Start &amp;woonevaluatie</source>
        <translation>Woon&amp;evaluatie starten</translation>
    </message>
    <message>
        <source>&amp;Open form</source>
        <translation>Formulier ope&amp;nen</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>Signature on &amp;paper...</source>
        <translation>Handtekening op &amp;papier…</translation>
    </message>
    <message>
        <source>A party signed the printed final form by hand</source>
        <translation>Een partij heeft het afgedrukte definitieve formulier met de hand ondertekend</translation>
    </message>
    <message>
        <source>Choose the form that was signed on paper first.</source>
        <translation>Kies eerst het formulier dat op papier is ondertekend.</translation>
    </message>
    <message>
        <source>Only a final form is signed on paper: make it final first.</source>
        <translation>Alleen een definitief formulier wordt op papier ondertekend: maak het eerst definitief.</translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation>wacht op: %1</translation>
    </message>
    <message>
        <source> (since %1; before: %2)</source>
        <translation> (sinds %1; daarvoor: %2)</translation>
    </message>
    <message>
        <source> (due at once: %1 not recorded)</source>
        <translation> (direct: %1 is niet vastgelegd)</translation>
    </message>
    <message>
        <source> — other reading: %1 (%2)</source>
        <translation> — andere lezing: %1 (%2)</translation>
    </message>
    <message>
        <source> — other reading: %1</source>
        <translation> — andere lezing: %1</translation>
    </message>
    <message>
        <source>&amp;Hand over...</source>
        <translation>&amp;Overdragen...</translation>
    </message>
    <message>
        <source>Held by %1 ·</source>
        <translation>Dossier bij %1 ·</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not in the program for these agreements (%1):
%2</source>
        <translation>Niet in het programma voor deze afspraken (%1):
%2</translation>
    </message>
    <message>
        <source>signed %1/%2</source>
        <translation>ondertekend %1/%2</translation>
    </message>
    <message>
        <source>This form has every signature it asks for.</source>
        <translation>Dit formulier heeft alle handtekeningen die het vraagt.</translation>
    </message>
    <message>
        <source>&amp;Letter for this complaint</source>
        <translation>B&amp;rief bij deze melding</translation>
    </message>
    <message>
        <source>Once the omklap check passes (tab Omklap): %1</source>
        <translation>Zodra de omklapcheck slaagt (tabblad Omklap): %1</translation>
    </message>
    <message>
        <source>Woonzaken&apos;s &amp;answer...</source>
        <translation>&amp;Antwoord Woonzaken…</translation>
    </message>
    <message>
        <source>Record Woonzaken&apos;s answer to the selected Voordracht voor Omklap</source>
        <translation>Het antwoord van Woonzaken op de gekozen Voordracht voor Omklap vastleggen</translation>
    </message>
    <message>
        <source>Choose the Voordracht voor Omklap Woonzaken answered first.</source>
        <translation>Kies eerst de Voordracht voor Omklap die Woonzaken heeft beantwoord.</translation>
    </message>
    <message>
        <source>Woonzaken answers a final Voordracht voor Omklap: choose that form first.</source>
        <translation>Woonzaken beantwoordt een definitieve Voordracht voor Omklap: kies eerst dat formulier.</translation>
    </message>
    <message>
        <source>Choose a complaint first</source>
        <translation>Kies eerst een melding</translation>
    </message>
    <message>
        <source>No letter at this step of complaint %1 (Bijlage 1)</source>
        <translation>Geen brief bij deze stap van melding %1 (Bijlage 1)</translation>
    </message>
    <message>
        <source>Woonzaken agreed on %1</source>
        <translation>Woonzaken akkoord op %1</translation>
    </message>
    <message>
        <source>Woonzaken refused on %1</source>
        <translation>Woonzaken afgewezen op %1</translation>
    </message>
    <message>
        <source>complaint %1</source>
        <translation>melding %1</translation>
    </message>
    <message>
        <source>A %1 for complaint %2 is still a concept: finish or correct that one first.</source>
        <translation>Een %1 voor melding %2 is nog een concept: maak die eerst af of corrigeer die eerst.</translation>
    </message>
    <message>
        <source>A voordracht waits for Woonzaken&apos;s answer (Antwoord Woonzaken...).</source>
        <translation>Een voordracht wacht op het antwoord van Woonzaken (Antwoord Woonzaken…).</translation>
    </message>
</context>
<context>
    <name>EncryptedStore</name>
    <message>
        <source>%1 already exists; a new case file never replaces an existing file.</source>
        <translation>%1 bestaat al; een nieuw dossierbestand vervangt nooit een bestaand bestand.</translation>
    </message>
    <message>
        <source>The new case file could not be written: %1</source>
        <translation>Het nieuwe dossierbestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>%1 opens, but it is not a case file of this program. It was not changed.</source>
        <translation>%1 gaat open, maar is geen dossierbestand van dit programma. Het is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this program (format %2; this version reads up to %3). It was not changed; open it with the newer version.</source>
        <translation>%1 is gemaakt met een nieuwere versie van dit programma (formaat %2; deze versie leest tot en met %3). Het is niet gewijzigd; open het met de nieuwere versie.</translation>
    </message>
    <message>
        <source>The case file %1 could not be made: %2 Nothing else was changed.</source>
        <translation>Het dossierbestand %1 kon niet worden gemaakt: %2 Verder is er niets gewijzigd.</translation>
    </message>
    <message>
        <source>The case file %1 cannot be found or read.</source>
        <translation>Het dossierbestand %1 is niet te vinden of niet te lezen.</translation>
    </message>
    <message numerus="yes">
        <source>it is cut off: %n byte(s), not a whole number of pages</source>
        <translation>
            <numerusform>het is afgekapt: %n byte, geen heel aantal pagina&apos;s</numerusform>
            <numerusform>het is afgekapt: %n bytes, geen heel aantal pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>pages are missing or do not fit together</source>
        <translation>er ontbreken pagina&apos;s of ze passen niet bij elkaar</translation>
    </message>
    <message>
        <source>its first page does not decrypt, although the passphrase opens its latest backup</source>
        <translation>de eerste pagina laat zich niet ontsleutelen, terwijl het wachtwoord de laatste back-up wel opent</translation>
    </message>
    <message>
        <source>the write-ahead log of the case file could not be folded in</source>
        <translation>het logbestand (write-ahead log) van het dossierbestand kon niet worden verwerkt</translation>
    </message>
    <message>
        <source>the copy under the new passphrase is not whole</source>
        <translation>de kopie met het nieuwe wachtwoord is niet compleet</translation>
    </message>
    <message>
        <source>The passphrase was not changed; the case file is as it was (%1).</source>
        <translation>Het wachtwoord is niet gewijzigd; het dossierbestand is zoals het was (%1).</translation>
    </message>
    <message>
        <source>The passphrase was changed, but the case file did not open again: %1</source>
        <translation>Het wachtwoord is gewijzigd, maar het dossierbestand ging daarna niet opnieuw open: %1</translation>
    </message>
    <message>
        <source>The case file %1 could not be made here. Nothing was changed.</source>
        <translation>Het dossierbestand %1 kon hier niet worden aangemaakt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The case file %1 could not be made: the folder %2 does not exist. Nothing was changed.</source>
        <translation>Het dossierbestand %1 kon niet worden aangemaakt: de map %2 bestaat niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase was not changed and the case file did not open again (%1); open it again with the old passphrase.</source>
        <translation>Het wachtwoord is niet gewijzigd en het dossierbestand ging niet opnieuw open (%1); open het opnieuw met het oude wachtwoord.</translation>
    </message>
    <message>
        <source>%1 is the case file itself, not a backup of it.</source>
        <translation>%1 is het dossierbestand zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>%1 holds no audit log.</source>
        <translation>%1 bevat geen auditlogboek.</translation>
    </message>
    <message>
        <source>The audit log of %1 could not be read.</source>
        <translation>Het auditlogboek van %1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>A second connection to %1 did not open: %2</source>
        <translation>Een tweede verbinding met %1 ging niet open: %2</translation>
    </message>
    <message>
        <source>it holds %1 bytes where its first page counts %2 pages of %3 bytes</source>
        <translation>het is %1 bytes groot, terwijl de eerste pagina %2 pagina&apos;s van %3 bytes telt</translation>
    </message>
    <message>
        <source>the case file is damaged: %1</source>
        <translation>het dossierbestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>the copy is not whole (%1)</source>
        <translation>de kopie is niet heel (%1)</translation>
    </message>
    <message>
        <source>a page of the case file could not be read while copying it (%1)</source>
        <translation>een pagina van het dossierbestand kon bij het kopiëren niet worden gelezen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) cannot be read or do not fit together, the first is page %1</source>
        <translation>
            <numerusform>%n pagina is niet leesbaar of past niet bij de rest, de eerste is pagina %1</numerusform>
            <numerusform>%n pagina&apos;s zijn niet leesbaar of passen niet bij de rest, de eerste is pagina %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection %1 belongs to no open case file.</source>
        <translation>De verbinding %1 hoort bij geen geopend dossierbestand.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>te laat gehaald</translation>
    </message>
    <message>
        <source>Profile: %1, as of %2
</source>
        <translation>Profiel: %1, stand op %2
</translation>
    </message>
    <message>
        <source>Phase: %1
</source>
        <translation>Fase: %1
</translation>
    </message>
    <message>
        <source>Flags: %1
</source>
        <translation>Kenmerken: %1
</translation>
    </message>
    <message>
        <source>
Deadlines:
</source>
        <translation>
Termijnen:
</translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  geen
</translation>
    </message>
    <message>
        <source> (on %1)</source>
        <translation> (op %1)</translation>
    </message>
    <message>
        <source>
Goals:
</source>
        <translation>
Doelen:
</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>not achieved yet</source>
        <translation>nog niet behaald</translation>
    </message>
    <message>
        <source>
Complaints (overlast):
</source>
        <translation>
Overlastmeldingen:
</translation>
    </message>
    <message>
        <source>resolved on %1</source>
        <translation>opgelost op %1</translation>
    </message>
    <message>
        <source>  %1 reported %2, category %3: %4
</source>
        <translation>  %1 gemeld op %2, categorie %3: %4
</translation>
    </message>
    <message>
        <source>
Omklap: %1</source>
        <translation>
Omklap: %1</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>mogelijk</translation>
    </message>
    <message>
        <source>not possible yet</source>
        <translation>nog niet mogelijk</translation>
    </message>
    <message>
        <source> (date conditions met from %1)</source>
        <translation> (aan de datumvoorwaarden voldaan vanaf %1)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 vanaf %2</translation>
    </message>
    <message>
        <source>Editions: %1
</source>
        <translation>Edities: %1
</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 could not be written, nothing was saved: %2</source>
        <translation>%1 kon niet worden geschreven, er is niets opgeslagen: %2</translation>
    </message>
    <message>
        <source>Exported, but not recorded in the audit log: %1</source>
        <translation>Geëxporteerd, maar niet vastgelegd in het auditlog: %1</translation>
    </message>
    <message>
        <source>%1, sha256 %2</source>
        <translation>%1, sha256 %2</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export or print the form</source>
        <translation>Formulier exporteren of afdrukken</translation>
    </message>
    <message>
        <source>the participant</source>
        <translation>de deelnemer</translation>
    </message>
    <message>
        <source>the care provider (own archive)</source>
        <translation>de zorgaanbieder (eigen archief)</translation>
    </message>
    <message>
        <source>the housing corporation</source>
        <translation>de woningcorporatie</translation>
    </message>
    <message>
        <source>Seal digitally with the care provider&apos;s certificate</source>
        <translation>Digitaal verzegelen met het certificaat van de zorgaanbieder</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Certificaat…</translation>
    </message>
    <message>
        <source>passphrase of the certificate (not stored)</source>
        <translation>wachtwoord van het certificaat (wordt niet bewaard)</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Voorbeeld van de pdf</translation>
    </message>
    <message>
        <source>Copy for:</source>
        <translation>Kopie voor:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificaat:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>geen gekozen</translation>
    </message>
    <message>
        <source>The care provider&apos;s certificate</source>
        <translation>Het certificaat van de zorgaanbieder</translation>
    </message>
    <message>
        <source>PKCS#12 certificate (*.p12 *.pfx)</source>
        <translation>PKCS#12-certificaat (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>Het certificaat %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>ONGELDIG</translation>
    </message>
    <message>
        <source>%1: field to sign in a PDF reader</source>
        <translation>%1: veld om te ondertekenen in een pdf-lezer</translation>
    </message>
    <message>
        <source>No digital signature.</source>
        <translation>Geen digitale handtekening.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>The certificate was not remembered for next time: %1</source>
        <translation>Het certificaat is niet onthouden voor een volgende keer: %1</translation>
    </message>
    <message>
        <source>PAdES baseline B-B, the European standard for signed PDFs; no time stamp</source>
        <translation>PAdES baseline B-B, de Europese norm voor ondertekende pdf&apos;s; zonder tijdstempel</translation>
    </message>
    <message>
        <source>signature type %1</source>
        <translation>handtekeningtype %1</translation>
    </message>
    <message>
        <source>PAdES baseline B-T, the European standard for signed PDFs, with a time stamp of %1 at %2</source>
        <translation>PAdES baseline B-T, de Europese norm voor ondertekende pdf&apos;s, met een tijdstempel van %1 op %2</translation>
    </message>
    <message>
        <source>signer trusted by your organisation; time-stamp authority NOT trusted: %1</source>
        <translation>ondertekenaar vertrouwd door uw organisatie; tijdstempeldienst NIET vertrouwd: %1</translation>
    </message>
    <message>
        <source>signer trusted by your organisation</source>
        <translation>ondertekenaar vertrouwd door uw organisatie</translation>
    </message>
    <message>
        <source>signer NOT trusted: %1</source>
        <translation>ondertekenaar NIET vertrouwd: %1</translation>
    </message>
    <message>
        <source>signer not checked</source>
        <translation>ondertekenaar niet gecontroleerd</translation>
    </message>
    <message>
        <source>signer not checked: no trusted certificates set in Preferences</source>
        <translation>ondertekenaar niet gecontroleerd: geen vertrouwde certificaten ingesteld bij Voorkeuren</translation>
    </message>
    <message>
        <source>%1: signed by %2 on %3, %4 (%5); %6</source>
        <translation>%1: ondertekend door %2 op %3, %4 (%5); %6</translation>
    </message>
    <message>
        <source>On saving, the seal gets its time stamp from %1.</source>
        <translation>Bij opslaan krijgt het zegel een tijdstempel van %1.</translation>
    </message>
    <message>
        <source>Asking %1 for a time stamp...</source>
        <translation>Tijdstempel vragen aan %1...</translation>
    </message>
    <message>
        <source>Saved without a time stamp (PAdES B-B): %1</source>
        <translation>Opgeslagen zonder tijdstempel (PAdES B-B): %1</translation>
    </message>
</context>
<context>
    <name>FormAnswerRepository</name>
    <message>
        <source>participant %1 is not in this case file</source>
        <translation>deelnemer %1 staat niet in dit dossierbestand</translation>
    </message>
    <message>
        <source>form %1 is not in this case file</source>
        <translation>formulier %1 staat niet in dit dossierbestand</translation>
    </message>
    <message>
        <source>Form %1 is not final yet; it can still be changed as it is.</source>
        <translation>Formulier %1 is nog niet definitief; het kan nog gewoon worden gewijzigd.</translation>
    </message>
    <message>
        <source>correction of form %1: version %2</source>
        <translation>correctie van formulier %1: versie %2</translation>
    </message>
    <message>
        <source>form %1 is not a concept in this case file</source>
        <translation>formulier %1 is geen concept in dit dossierbestand</translation>
    </message>
    <message>
        <source>Form %1 is not in this case file.</source>
        <translation>Formulier %1 staat niet in dit dossierbestand.</translation>
    </message>
    <message>
        <source>form %1 is final; correct it in a new version instead</source>
        <translation>formulier %1 is definitief; corrigeer het in een nieuwe versie</translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; changed</source>
        <translation>antwoord &quot;%1&quot; gewijzigd</translation>
    </message>
</context>
<context>
    <name>FormCheck</name>
    <message>
        <source>&quot;%1&quot; has no answer yet.</source>
        <translation>&quot;%1&quot; is nog niet beantwoord.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a date (dd-mm-jjjj).</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is geen datum (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: answer ja or nee.</source>
        <translation>&quot;%1&quot;: antwoord ja of nee.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: choose one of %2.</source>
        <translation>&quot;%1&quot;: kies een van %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the goals table could not be read.</source>
        <translation>&quot;%1&quot;: de tabel met doelen is niet leesbaar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, row %2: describe the goal.</source>
        <translation>&quot;%1&quot;, rij %2: beschrijf het doel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, row %2: choose the life domain of the new goal.</source>
        <translation>&quot;%1&quot;, rij %2: kies het leefdomein van het nieuwe doel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, row %2: achieved is ja or nee.</source>
        <translation>&quot;%1&quot;, rij %2: behaald is ja of nee.</translation>
    </message>
    <message>
        <source>achieved: %1</source>
        <translation>behaald: %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>veld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a contact block is an object of its parts (naam, telefoon, ...)</source>
        <translation>een contactblok is een object met zijn onderdelen (naam, telefoon, ...)</translation>
    </message>
    <message>
        <source>a goals table is a list of rows</source>
        <translation>een doelentabel is een lijst van rijen</translation>
    </message>
    <message>
        <source>give the answer as text</source>
        <translation>geef het antwoord als tekst</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not an existing date.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is geen bestaande datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date between %2 and %3 (dd-mm-jjjj)</source>
        <translation>&quot;%1&quot; is geen datum tussen %2 en %3 (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an existing date between %2 and %3</source>
        <translation>&quot;%1&quot; is geen bestaande datum tussen %2 en %3</translation>
    </message>
</context>
<context>
    <name>FormCommands</name>
    <message>
        <source>Usage: thuisindewijk-cli forms validate [DIR]</source>
        <translation>Gebruik: thuisindewijk-cli forms validate [MAP]</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation>Er is geen map &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No form definitions (FORM/EDITION.json) in &quot;%1&quot;.</source>
        <translation>Geen formulierdefinities (FORMULIER/EDITIE.json) in &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1: in order (%2, %n field(s))</source>
        <translation>
            <numerusform>%1: in orde (%2, %n veld)</numerusform>
            <numerusform>%1: in orde (%2, %n velden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli forms validate [DIR] | template --form FORM --edition EDITION |
  fill STORE --deelnemer ID --form FORM [--edition EDITION] --answers FILE [--finalise] |
  show STORE --form-id ID [--json]</source>
        <translation>Gebruik: thuisindewijk-cli forms validate [MAP] | template --form FORMULIER --edition EDITIE |
  fill DOSSIERBESTAND --deelnemer ID --form FORMULIER [--edition EDITIE] --answers BESTAND [--finalise] |
  show DOSSIERBESTAND --form-id ID [--json]</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Form %1 was kept as a concept with these answers.</source>
        <translation>Formulier %1 is met deze antwoorden als concept bewaard.</translation>
    </message>
    <message>
        <source>%1 (edition %2), form %3, participant %4</source>
        <translation>%1 (editie %2), formulier %3, deelnemer %4</translation>
    </message>
    <message>
        <source>(falls away)</source>
        <translation>(vervalt)</translation>
    </message>
    <message numerus="yes">
        <source>Correction of form %1; * marks the %n changed answer(s).</source>
        <translation>
            <numerusform>Correctie van formulier %1; * markeert het gewijzigde antwoord.</numerusform>
            <numerusform>Correctie van formulier %1; * markeert de %n gewijzigde antwoorden.</numerusform>
        </translation>
    </message>
    <message>
        <source>These answers were made final before, as form %1; nothing was recorded again.</source>
        <translation>Deze antwoorden zijn eerder definitief gemaakt, als formulier %1; er is niets opnieuw vastgelegd.</translation>
    </message>
    <message>
        <source>Participant %1 has an unfinished form %2 of edition %3 (number %4); these answers are for edition %5. Nothing was stored.</source>
        <translation>Deelnemer %1 heeft een onafgemaakt formulier %2 van editie %3 (nummer %4); deze antwoorden zijn voor editie %5. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The unfinished form %1 was continued with these answers.</source>
        <translation>Het onafgemaakte formulier %1 is voortgezet met deze antwoorden.</translation>
    </message>
    <message>
        <source>%1: form %2 is not defined in this folder</source>
        <translation>%1: formulier %2 staat niet in deze map</translation>
    </message>
    <message>
        <source>%1: &quot;profile&quot; is %2, not the file&apos;s name</source>
        <translation>%1: &quot;profile&quot; is %2, niet de naam van het bestand</translation>
    </message>
    <message numerus="yes">
        <source>%1: in order (%n form(s), %2 not available)</source>
        <translation>
            <numerusform>%1: in orde (%n formulier, %2 niet beschikbaar)</numerusform>
            <numerusform>%1: in orde (%n formulieren, %2 niet beschikbaar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1, version %2, signed %3/%4</source>
        <translation>Status: %1, versie %2, ondertekend %3/%4</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>unknown field type &quot;%1&quot; (known: %2)</source>
        <translation>onbekend veldtype &quot;%1&quot; (bekend: %2)</translation>
    </message>
    <message>
        <source>the field has no label (question text)</source>
        <translation>het veld heeft geen label (vraagtekst)</translation>
    </message>
    <message>
        <source>a single choice needs &quot;options&quot;</source>
        <translation>een keuzeveld heeft &quot;options&quot; nodig</translation>
    </message>
    <message>
        <source>a signature needs &quot;party&quot;: one of %1</source>
        <translation>een handtekening heeft &quot;party&quot; nodig: een van %1</translation>
    </message>
    <message>
        <source>a declaration needs &quot;text&quot; with {naam} for the participant&apos;s name</source>
        <translation>een verklaring heeft &quot;text&quot; nodig met {naam} voor de naam van de deelnemer</translation>
    </message>
    <message>
        <source>a contact block needs &quot;parts&quot;</source>
        <translation>een contactblok heeft &quot;parts&quot; nodig</translation>
    </message>
    <message>
        <source>unknown contact part &quot;%1&quot; (known: %2)</source>
        <translation>onbekend contactonderdeel &quot;%1&quot; (bekend: %2)</translation>
    </message>
    <message>
        <source>&quot;required&quot; is true, false or {&quot;message&quot;: &quot;...&quot;}</source>
        <translation>&quot;required&quot; is true, false of {&quot;message&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: geen geldige JSON bij teken %2: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing</source>
        <translation>%1: &quot;%2&quot; ontbreekt</translation>
    </message>
    <message>
        <source>%1: &quot;sections&quot; is missing or empty</source>
        <translation>%1: &quot;sections&quot; ontbreekt of is leeg</translation>
    </message>
    <message>
        <source>%1: section &quot;%2&quot;: every section needs its own id</source>
        <translation>%1: onderdeel &quot;%2&quot;: elk onderdeel heeft een eigen id nodig</translation>
    </message>
    <message>
        <source>%1: section &quot;%2&quot;: a field without an id</source>
        <translation>%1: onderdeel &quot;%2&quot;: een veld zonder id</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: the id is used twice</source>
        <translation>%1, veld &quot;%2&quot;: de id komt twee keer voor</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, veld &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: rule &quot;%3&quot; names a field that does not exist: &quot;%4&quot;</source>
        <translation>%1, veld &quot;%2&quot;: regel &quot;%3&quot; noemt een veld dat niet bestaat: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>There is no form %1, edition %2, in this program.</source>
        <translation>Formulier %1, editie %2, zit niet in dit programma.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: rule &quot;%3&quot; is not valid: %4</source>
        <translation>%1, veld &quot;%2&quot;: regel &quot;%3&quot; is niet geldig: %4</translation>
    </message>
    <message>
        <source>&quot;partLabels&quot; names a contact part (%1) with its label</source>
        <translation>&quot;partLabels&quot; noemt een onderdeel van het contactblok (%1) met zijn label</translation>
    </message>
    <message>
        <source>a &quot;constraint&quot; needs a &quot;constraintMessage&quot; that tells the user what is wrong</source>
        <translation>een &quot;constraint&quot; heeft een &quot;constraintMessage&quot; nodig die de gebruiker zegt wat er mis is</translation>
    </message>
    <message>
        <source>%1: &quot;validFrom&quot; must be the date the edition applies from (JJJJ-MM-DD)</source>
        <translation>%1: &quot;validFrom&quot; moet de datum zijn waarop de editie ingaat (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>%1: &quot;conversationDate&quot; must name the date field of the conversation</source>
        <translation>%1: &quot;conversationDate&quot; moet het datumveld van het gesprek noemen</translation>
    </message>
    <message>
        <source>There is no edition of form %1 in force on %2.</source>
        <translation>Er is geen editie van formulier %1 die geldt op %2.</translation>
    </message>
    <message>
        <source>unknown &quot;prefill&quot; &quot;%1&quot; (known: deelnemer, deelnemer.naam, deelnemer.adres, deelnemer.telefoon, deelnemer.email, deelnemer.geboortedatum, contact.&lt;party&gt;, startdatum_intermediaire_verhuur, datum_kennismakingsgesprek, doelen)</source>
        <translation>onbekende &quot;prefill&quot; &quot;%1&quot; (bekend: deelnemer, deelnemer.naam, deelnemer.adres, deelnemer.telefoon, deelnemer.email, deelnemer.geboortedatum, contact.&lt;partij&gt;, startdatum_intermediaire_verhuur, datum_kennismakingsgesprek, doelen)</translation>
    </message>
    <message>
        <source>&quot;prefill&quot; &quot;%1&quot; fills a field of type %2, not %3</source>
        <translation>&quot;prefill&quot; &quot;%1&quot; vult een veld van het type %2, niet %3</translation>
    </message>
    <message>
        <source>&quot;forCorporation&quot; is true or false (false: left out of the woningcorporatie&apos;s copy)</source>
        <translation>&quot;forCorporation&quot; is true of false (false: weggelaten uit de kopie voor de woningcorporatie)</translation>
    </message>
</context>
<context>
    <name>FormExport</name>
    <message>
        <source>This copy holds only this form about wonen. Left out: the begeleidingsplan, care and health details, other forms, notes and the trajectory (Werkafspraak 10).</source>
        <translation>Deze kopie bevat alleen dit formulier over wonen. Weggelaten: het begeleidingsplan, zorg- en gezondheidsgegevens, andere formulieren, notities en het traject (Werkafspraak 10).</translation>
    </message>
    <message>
        <source>This copy holds only this form; other forms and notes are not in it.</source>
        <translation>Deze kopie bevat alleen dit formulier; andere formulieren en notities staan er niet in.</translation>
    </message>
    <message>
        <source>Export for whom? One of %1.</source>
        <translation>Voor wie is de kopie? Een van %1.</translation>
    </message>
    <message>
        <source>Not exported for the woningcorporatie: the participant withdrew consent to share data on %1 (Werkafspraak 10).</source>
        <translation>Niet geëxporteerd voor de woningcorporatie: de deelnemer heeft op %1 de toestemming om gegevens te delen ingetrokken (Werkafspraak 10).</translation>
    </message>
    <message>
        <source>Not exported for the woningcorporatie: the participant has not given consent to share data (Werkafspraak 10).</source>
        <translation>Niet geëxporteerd voor de woningcorporatie: de deelnemer heeft geen toestemming gegeven om gegevens te delen (Werkafspraak 10).</translation>
    </message>
    <message>
        <source>%1, form %2, version %3</source>
        <translation>%1, formulier %2, versie %3</translation>
    </message>
    <message>
        <source>PDF for %1: %2, sha256 %3</source>
        <translation>pdf voor %1: %2, sha256 %3</translation>
    </message>
    <message>
        <source>%1 has no signature block for the care provider, so it cannot be sealed; export it without the seal.</source>
        <translation>%1 heeft geen handtekeningvak voor de zorgaanbieder en kan dus niet worden verzegeld; exporteer het zonder zegel.</translation>
    </message>
</context>
<context>
    <name>FormExpression</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>onverwacht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>bij teken %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expected</source>
        <translation>&quot;%1&quot; verwacht</translation>
    </message>
    <message>
        <source>the rule ends too soon</source>
        <translation>de regel houdt te vroeg op</translation>
    </message>
    <message>
        <source>&quot;}&quot; expected</source>
        <translation>&quot;}&quot; verwacht</translation>
    </message>
    <message>
        <source>a field name is missing in ${}</source>
        <translation>er ontbreekt een veldnaam in ${}</translation>
    </message>
    <message>
        <source>the text is not closed with %1</source>
        <translation>de tekst is niet afgesloten met %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>the rule nests deeper than %1 levels of brackets</source>
        <translation>de regel is dieper genest dan %1 niveaus haakjes</translation>
    </message>
    <message>
        <source>the rule is %1 characters long; at most %2 are allowed</source>
        <translation>de regel is %1 tekens lang; er zijn er hoogstens %2 toegestaan</translation>
    </message>
</context>
<context>
    <name>FormFieldEditor</name>
    <message>
        <source>not judged</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Leefdomein</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <source>Achieved?</source>
        <translation>Behaald?</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>Doel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove &amp;goal</source>
        <translation>Doel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Life domain, row %1</source>
        <translation>Leefdomein, rij %1</translation>
    </message>
    <message>
        <source>Achieved, row %1</source>
        <translation>Behaald, rij %1</translation>
    </message>
</context>
<context>
    <name>FormFiling</name>
    <message>
        <source>Form %1 (%2) has no field &quot;%3&quot;.</source>
        <translation>Formulier %1 (%2) heeft geen veld &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The form is not complete yet: %1</source>
        <translation>Het formulier is nog niet compleet: %1</translation>
    </message>
    <message>
        <source>Form %1 is already final; correct it in a new version.</source>
        <translation>Formulier %1 is al definitief; corrigeer het in een nieuwe versie.</translation>
    </message>
    <message>
        <source>Participant %1 already has an unfinished form %2 (number %3): continue that one; no second one was started.</source>
        <translation>Deelnemer %1 heeft al een onafgemaakt formulier %2 (nummer %3): ga daarmee verder; er is geen tweede begonnen.</translation>
    </message>
    <message>
        <source>Form %1 is not one of the forms of the agreements %2, which participant %3 follows (%4). Nothing was started.</source>
        <translation>Formulier %1 hoort niet bij de formulieren van de afspraken %2, die deelnemer %3 volgt (%4). Er is niets gestart.</translation>
    </message>
    <message>
        <source>these agreements have no forms of their own in the program</source>
        <translation>deze afspraken hebben geen eigen formulieren in het programma</translation>
    </message>
    <message>
        <source>their forms: %1</source>
        <translation>hun formulieren: %1</translation>
    </message>
    <message>
        <source>This Toestemmingsverklaring cannot be signed in this trajectory: %1</source>
        <translation>Deze Toestemmingsverklaring kan in dit traject niet worden ondertekend: %1</translation>
    </message>
    <message>
        <source>Form %1 is not one of the forms of the agreements %2, which participant %3 follows now: it is kept as it is and not corrected.</source>
        <translation>Formulier %1 hoort niet bij de formulieren van de afspraken %2, die deelnemer %3 nu volgt: het blijft zoals het is en wordt niet gecorrigeerd.</translation>
    </message>
</context>
<context>
    <name>FormOutcome</name>
    <message>
        <source>The form has no date of the conversation (%1).</source>
        <translation>Het formulier heeft geen datum van het gesprek (%1).</translation>
    </message>
    <message>
        <source>The onafhankelijke derde&apos;s judgement and its date are needed before the voordracht can be made final.</source>
        <translation>Het oordeel van de onafhankelijke derde en de datum ervan zijn nodig voordat de voordracht definitief kan worden.</translation>
    </message>
    <message>
        <source>The letter is about melding &quot;%1&quot;, which the dossier does not know. Start the letter from the melding in the Overlast tab.</source>
        <translation>De brief gaat over melding &quot;%1&quot;, die het dossier niet kent. Begin de brief vanuit de melding op het tabblad Overlast.</translation>
    </message>
    <message>
        <source>The letter gives %1 as the date of melding &quot;%2&quot;, which was reported on %3. Start the letter from the melding in the Overlast tab.</source>
        <translation>De brief noemt %1 als datum van melding &quot;%2&quot;, die op %3 is gemeld. Begin de brief vanuit de melding op het tabblad Overlast.</translation>
    </message>
    <message>
        <source>The written feedback is for a first complaint (categorie 1); melding &quot;%1&quot; is a repeated one (categorie 2), whose steps are the letters of actie 3 to 5.</source>
        <translation>De schriftelijke terugkoppeling is voor een eerste klacht (categorie 1); melding &quot;%1&quot; is een herhaalde klacht (categorie 2), met als stappen de brieven van actie 3 tot en met 5.</translation>
    </message>
</context>
<context>
    <name>FormSet</name>
    <message>
        <source>The agreements %1 have no list of forms in this program (forms/sets/%1.json).</source>
        <translation>De afspraken %1 hebben geen lijst met formulieren in dit programma (forms/sets/%1.json).</translation>
    </message>
    <message>
        <source>%1: &quot;profile&quot; is %2, not %3.</source>
        <translation>%1: &quot;profile&quot; is %2, niet %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>geen JSON-object (%1)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>onbekende sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;profile&quot; and &quot;source&quot; are required</source>
        <translation>&quot;profile&quot; en &quot;source&quot; zijn verplicht</translation>
    </message>
    <message>
        <source>&quot;forms&quot; and &quot;notAvailable&quot; must be lists (empty when there are none)</source>
        <translation>&quot;forms&quot; en &quot;notAvailable&quot; moeten lijsten zijn (leeg als er geen zijn)</translation>
    </message>
    <message>
        <source>each of &quot;forms&quot; has &quot;form&quot; and &quot;when&quot;, and nothing else</source>
        <translation>elk van &quot;forms&quot; heeft &quot;form&quot; en &quot;when&quot;, en verder niets</translation>
    </message>
    <message>
        <source>form %1 is listed twice</source>
        <translation>formulier %1 staat er twee keer in</translation>
    </message>
    <message>
        <source>each of &quot;notAvailable&quot; has &quot;document&quot; and &quot;why&quot;, and nothing else</source>
        <translation>elk van &quot;notAvailable&quot; heeft &quot;document&quot; en &quot;why&quot;, en verder niets</translation>
    </message>
</context>
<context>
    <name>FormSigning</name>
    <message>
        <source>The participant signs the Toestemmingsverklaring once it is final: the signature records the consent, so what it says must not change any more.</source>
        <translation>De deelnemer ondertekent de Toestemmingsverklaring als die definitief is: de handtekening legt de toestemming vast, dus wat erin staat mag niet meer veranderen.</translation>
    </message>
    <message>
        <source>The Toestemmingsverklaring says neither consent nor withdrawal in the words of its edition.</source>
        <translation>De Toestemmingsverklaring zegt geen toestemming en geen intrekking in de woorden van haar editie.</translation>
    </message>
    <message>
        <source>The participant signed this Toestemmingsverklaring already: a new decision is a new Toestemmingsverklaring.</source>
        <translation>De deelnemer heeft deze Toestemmingsverklaring al ondertekend: een nieuw besluit is een nieuwe Toestemmingsverklaring.</translation>
    </message>
    <message>
        <source>A later version replaces this Toestemmingsverklaring (form %1): sign that one.</source>
        <translation>Een latere versie vervangt deze Toestemmingsverklaring (formulier %1): onderteken die.</translation>
    </message>
    <message>
        <source>The participant&apos;s signature is dated before the Toestemmingsverklaring itself (%1).</source>
        <translation>De handtekening van de deelnemer is gedateerd vóór de Toestemmingsverklaring zelf (%1).</translation>
    </message>
</context>
<context>
    <name>FormWizardPage</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>%v of %m questions answered</source>
        <translation>%v van %m vragen beantwoord</translation>
    </message>
    <message>
        <source>Sections of the form</source>
        <translation>Onderdelen van het formulier</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <source>&amp;Back to dossier</source>
        <translation>&amp;Terug naar dossier</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation>Vorig onderdeel (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next section (Ctrl+Page Down)</source>
        <translation>Volgend onderdeel (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Form %1 cannot be opened: %2</source>
        <translation>Formulier %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Continuing where you were: %1</source>
        <translation>Verder waar u was: %1</translation>
    </message>
    <message>
        <source>This form is final; its answers can no longer change.</source>
        <translation>Dit formulier is definitief; de antwoorden kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <source>Every answer is saved as you type.</source>
        <translation>Elk antwoord wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>(version %1, corrects form %2)</source>
        <translation>(versie %1, corrigeert formulier %2)</translation>
    </message>
    <message>
        <source>Edition %1 (%2) · %3</source>
        <translation>Editie %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Check and make final</source>
        <translation>Controleren en definitief maken</translation>
    </message>
    <message>
        <source>Missing or wrong answers; press Enter to go there</source>
        <translation>Ontbrekende of onjuiste antwoorden; druk op Enter om erheen te gaan</translation>
    </message>
    <message>
        <source>&amp;Make final…</source>
        <translation>&amp;Definitief maken…</translation>
    </message>
    <message>
        <source>&amp;Correct in a new version</source>
        <translation>&amp;Corrigeren in een nieuwe versie</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>The case file is locked; the last changes are kept on screen until it is unlocked.</source>
        <translation>Het dossierbestand is vergrendeld; de laatste wijzigingen blijven op het scherm tot het weer ontgrendeld is.</translation>
    </message>
    <message>
        <source>All answers saved.</source>
        <translation>Alle antwoorden zijn opgeslagen.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 van %2 vragen beantwoord</translation>
    </message>
    <message>
        <source>The omklap check cannot be made yet: %1</source>
        <translation>De omklapcheck kan nog niet worden gedaan: %1</translation>
    </message>
    <message>
        <source>Omklap check (Werkafspraak 8): every condition is met.</source>
        <translation>Omklapcheck (Werkafspraak 8): aan alle voorwaarden is voldaan.</translation>
    </message>
    <message>
        <source>Omklap check (Werkafspraak 8): not every condition is met yet.</source>
        <translation>Omklapcheck (Werkafspraak 8): nog niet aan alle voorwaarden is voldaan.</translation>
    </message>
    <message>
        <source>The date conditions are met from %1.</source>
        <translation>Aan de voorwaarden over data is voldaan vanaf %1.</translation>
    </message>
    <message>
        <source>This form was made final on %1. A correction becomes a new version; this one is kept.</source>
        <translation>Dit formulier is op %1 definitief gemaakt. Een correctie wordt een nieuwe versie; deze blijft bewaard.</translation>
    </message>
    <message>
        <source>Every required answer is there.</source>
        <translation>Alle verplichte antwoorden zijn ingevuld.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) missing or not right yet. Choose one to go there.</source>
        <translation>
            <numerusform>%n antwoord ontbreekt of klopt nog niet. Kies het om erheen te gaan.</numerusform>
            <numerusform>%n antwoorden ontbreken of kloppen nog niet. Kies er een om erheen te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes yet compared with version %1.</source>
        <translation>Nog geen wijzigingen ten opzichte van versie %1.</translation>
    </message>
    <message>
        <source>Changed compared with version %1:
%2</source>
        <translation>Gewijzigd ten opzichte van versie %1:
%2</translation>
    </message>
    <message>
        <source>Making it final records no new events in the trajectory.</source>
        <translation>Definitief maken legt geen nieuwe gebeurtenissen vast in het traject.</translation>
    </message>
    <message>
        <source>Making it final records in the trajectory:</source>
        <translation>Definitief maken legt in het traject vast:</translation>
    </message>
    <message>
        <source>Make final</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <source>Make this form final? Its answers can then no longer change; a correction becomes a new version.</source>
        <translation>Dit formulier definitief maken? De antwoorden kunnen daarna niet meer veranderen; een correctie wordt een nieuwe versie.</translation>
    </message>
    <message>
        <source>Not made final; the concept is unchanged. %1</source>
        <translation>Niet definitief gemaakt; het concept is ongewijzigd. %1</translation>
    </message>
    <message>
        <source>The form is final and its events are in the trajectory.</source>
        <translation>Het formulier is definitief en de gebeurtenissen staan in het traject.</translation>
    </message>
    <message>
        <source>A new version to correct; the final form stays as it was.</source>
        <translation>Een nieuwe versie om te corrigeren; het definitieve formulier blijft zoals het was.</translation>
    </message>
    <message>
        <source>An answer changed, so the signatures lapsed: ask each party to sign again.</source>
        <translation>Er is een antwoord gewijzigd, dus de handtekeningen zijn vervallen: laat elke partij opnieuw tekenen.</translation>
    </message>
    <message>
        <source>&amp;Export or print…</source>
        <translation>&amp;Exporteren of afdrukken…</translation>
    </message>
    <message>
        <source>The form on screen has answers that could not be written; it stays open. %1</source>
        <translation>Het formulier op het scherm heeft antwoorden die niet konden worden opgeslagen; het blijft open. %1</translation>
    </message>
    <message>
        <source>The form is final and its events are in the trajectory, but it could not be shown again: %1</source>
        <translation>Het formulier is definitief en de gebeurtenissen staan in het traject, maar het kon niet opnieuw worden getoond: %1</translation>
    </message>
    <message>
        <source>These answers belong to the case file %1, which is not open; open it again to save them.</source>
        <translation>Deze antwoorden horen bij het dossierbestand %1, dat niet geopend is; open het opnieuw om ze op te slaan.</translation>
    </message>
    <message>
        <source>Signed by %1 (%2 of %3).</source>
        <translation>Ondertekend door %1 (%2 van %3).</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over participant</source>
        <translation>Deelnemer overdragen</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deelnemer:</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Dossier bij:</translation>
    </message>
    <message>
        <source>Hand over &amp;to:</source>
        <translation>Overdragen &amp;aan:</translation>
    </message>
    <message>
        <source>The new begeleider&apos;s laptop receives the whole dossier at its next sync; the previous one removes it once nothing of it waits to be sent.</source>
        <translation>De laptop van de nieuwe begeleider krijgt het hele dossier bij de volgende synchronisatie; de vorige haalt het weg zodra er niets meer van wacht op verzending.</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <source>asking the team server...</source>
        <translation>de teamserver wordt gevraagd...</translation>
    </message>
    <message>
        <source>The team has no other active begeleider to hand over to.</source>
        <translation>Het team heeft geen andere actieve begeleider om aan over te dragen.</translation>
    </message>
    <message>
        <source>%1 is handed over to %2: their laptop receives the dossier at its next sync.</source>
        <translation>%1 is overgedragen aan %2: diens laptop krijgt het dossier bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>(Not noted in this case file: %1)</source>
        <translation>(Niet vastgelegd in dit dossierbestand: %1)</translation>
    </message>
    <message>
        <source>%1 is handed over to %2 on the team server; the case file was locked meanwhile, so this laptop notes it at its next sync.</source>
        <translation>%1 is op de teamserver overgedragen aan %2; het dossierbestand werd intussen vergrendeld, dus deze laptop legt het vast bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>%1 cannot take the participant now: they hold them already, or are no longer an active begeleider of the team.</source>
        <translation>%1 kan de deelnemer nu niet overnemen: heeft de deelnemer al, of is geen actieve begeleider van het team meer.</translation>
    </message>
</context>
<context>
    <name>ImportTrajectoryDialog</name>
    <message>
        <source>Import trajectory</source>
        <translation>Traject importeren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), agreements %3: %n event(s).</source>
        <translation>
            <numerusform>%1 (%2), afspraken %3: %n gebeurtenis.</numerusform>
            <numerusform>%1 (%2), afspraken %3: %n gebeurtenissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase today: %1.</source>
        <translation>Fase vandaag: %1.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Dit bestand kan niet worden geïmporteerd: %1</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file; nothing was read.</source>
        <translation>%1 is geen gewoon bestand; er is niets gelezen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB this program reads from such a file; nothing was read.</source>
        <translation>%1 is groter dan de %2 MB die dit programma uit zo&apos;n bestand leest; er is niets gelezen.</translation>
    </message>
</context>
<context>
    <name>KeyedConnection</name>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Encryption is not active for %1; nothing was written.</source>
        <translation>Versleuteling is niet actief voor %1; er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 does not open with this key, or it is damaged.</source>
        <translation>%1 gaat niet open met deze sleutel, of is beschadigd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No case file open — %1</source>
        <extracomment>Window title while no case file is open; %1 is the application name.</extracomment>
        <translation>Geen dossierbestand geopend — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Het programma afsluiten</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Over %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Dossierbestand openen</translation>
    </message>
    <message>
        <source>Case files (*.thuis)</source>
        <translation>Dossierbestanden (*.thuis)</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before keep the old passphrase.</source>
        <translation>Het wachtwoord is gewijzigd. Eerder gemaakte back-ups houden het oude wachtwoord.</translation>
    </message>
    <message>
        <source>Open a case file first, or choose it on the passphrase page.</source>
        <translation>Open eerst een dossierbestand, of kies het op de wachtwoordpagina.</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <extracomment>Window title while the case file is locked; %1 is the application name.</extracomment>
        <translation>Vergrendeld — %1</translation>
    </message>
    <message>
        <source>&amp;New case file...</source>
        <translation>&amp;Nieuw dossierbestand…</translation>
    </message>
    <message>
        <source>&amp;Open case file...</source>
        <translation>Dossierbestand &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Close the case file and wipe its key until the passphrase is typed again</source>
        <translation>Het dossierbestand sluiten en de sleutel wissen tot het wachtwoord opnieuw is getypt</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Restore backup...</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Close case file</source>
        <translation>Dossierbestand &amp;sluiten</translation>
    </message>
    <message>
        <source>There is no participant %1 in this case file.</source>
        <translation>Er is geen deelnemer %1 in dit dossierbestand.</translation>
    </message>
    <message>
        <source>Import trajectory</source>
        <translation>Traject importeren</translation>
    </message>
    <message>
        <source>Trajectory files (*.json)</source>
        <translation>Trajectbestanden (*.json)</translation>
    </message>
    <message>
        <source>The dashboard is for the teamleider role (Edit &gt; Preferences) with an open case file.</source>
        <translation>Het dashboard is er voor de rol teamleider (Bewerken &gt; Voorkeuren) met een geopend dossierbestand.</translation>
    </message>
    <message>
        <source>Team &amp;dashboard</source>
        <translation>Team&amp;dashboard</translation>
    </message>
    <message>
        <source>Phases, overdue deadlines, omklap and quality figures of the whole case file</source>
        <translation>Fasen, verlopen termijnen, omklap en kwaliteitscijfers van het hele dossierbestand</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Closing the case file</source>
        <translation>Dossierbestand sluiten</translation>
    </message>
    <message>
        <source>Closing the program</source>
        <translation>Programma afsluiten</translation>
    </message>
    <message>
        <source>%1: the last answers of the form could not be written (%2). They are kept in the form; make room on the disk or check the case file, then try again.</source>
        <translation>%1: de laatste antwoorden van het formulier konden niet worden opgeslagen (%2). Ze blijven in het formulier staan; maak ruimte op de schijf of controleer het dossierbestand en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>De instellingen konden niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>Opening another case file</source>
        <translation>Ander dossierbestand openen</translation>
    </message>
    <message>
        <source>Making a new case file</source>
        <translation>Nieuw dossierbestand maken</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>%1: the form has answers that are not written yet. Unlock the case file first; they are written then.</source>
        <translation>%1: het formulier heeft antwoorden die nog niet zijn opgeslagen. Ontgrendel eerst het dossierbestand; dan worden ze opgeslagen.</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Teamsynchronisatie</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>Explain...</source>
        <translation>Uitleg…</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Synchronisatie stoppen</translation>
    </message>
    <message>
        <source>&amp;Team...</source>
        <translation>&amp;Team...</translation>
    </message>
    <message>
        <source>Join a team, or see this case file&apos;s team and leave it</source>
        <translation>Aansluiten bij een team, of het team van dit dossierbestand bekijken en verlaten</translation>
    </message>
    <message>
        <source>For re&amp;view...</source>
        <translation>Te &amp;beoordelen...</translation>
    </message>
    <message>
        <source>What a team sync flagged: two people at once, items not put in, items the server refused</source>
        <translation>Wat een teamsynchronisatie markeerde: twee mensen tegelijk, niet verwerkte items, items die de server weigerde</translation>
    </message>
    <message>
        <source>Closing the damaged case file</source>
        <translation>Het beschadigde dossierbestand sluiten</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Participant &amp;number:</source>
        <translation>Deelnemernu&amp;mmer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>Af&amp;spraken:</translation>
    </message>
    <message>
        <source>single</source>
        <translation>alleenstaand</translation>
    </message>
    <message>
        <source>family</source>
        <translation>gezin</translation>
    </message>
    <message>
        <source>multi-problem family</source>
        <translation>multiprobleemgezin</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Huishouden:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Geboortedat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Address (woning):</source>
        <translation>A&amp;dres (woning):</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Woonplaats:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>Be&amp;geleider:</source>
        <translation>Begeleide&amp;r:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Contact at the housing corporation</source>
        <translation>Contactpersoon woningcorporatie</translation>
    </message>
    <message>
        <source>Contact at the care provider</source>
        <translation>Contactpersoon zorgaanbieder</translation>
    </message>
    <message>
        <source>Written &amp;consent to share given on</source>
        <translation>Schriftelijke &amp;toestemming om te delen gegeven op</translation>
    </message>
    <message>
        <source>date?</source>
        <translation>datum?</translation>
    </message>
    <message>
        <source>Enter the date on which the written consent was given.</source>
        <translation>Vul de datum in waarop de schriftelijke toestemming is gegeven.</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>New case file</source>
        <translation>Nieuw dossierbestand</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Everything you record is kept in this one encrypted file. Without the passphrase nobody can read it, not even the helpdesk: write it down and keep it somewhere safe. Use four or more words that have nothing to do with each other.</source>
        <translation>Alles wat u vastlegt, staat in dit ene versleutelde bestand. Zonder het wachtwoord kan niemand het lezen, ook de helpdesk niet: schrijf het op en bewaar het op een veilige plek. Gebruik vier of meer woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Case files (*.thuis)</source>
        <translation>Dossierbestanden (*.thuis)</translation>
    </message>
    <message>
        <source>Choose where to keep the case file.</source>
        <translation>Kies waar het dossierbestand komt te staan.</translation>
    </message>
    <message>
        <source>That file already exists; a new case file never replaces a file. Choose another name.</source>
        <translation>Dat bestand bestaat al; een nieuw dossierbestand vervangt nooit een bestand. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The passphrase is not strong enough yet.</source>
        <translation>Het wachtwoord is nog niet sterk genoeg.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>OverlastProtocol</name>
    <message>
        <source>melding &quot;%1&quot; already exists; give a new complaint its own id</source>
        <translation>melding &quot;%1&quot; bestaat al; geef een nieuwe klacht een eigen id</translation>
    </message>
    <message>
        <source>unknown melding &quot;%1&quot; (no overlast_gemeld with this id before it)</source>
        <translation>onbekende melding &quot;%1&quot; (geen overlast_gemeld met dit id ervoor)</translation>
    </message>
    <message>
        <source>melding &quot;%1&quot; was already resolved on %2</source>
        <translation>melding &quot;%1&quot; is al opgelost op %2</translation>
    </message>
    <message>
        <source>gedrag must be bewust or onbewust, not &quot;%1&quot;</source>
        <translation>gedrag moet bewust of onbewust zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>klacht must be terecht or onterecht, not &quot;%1&quot;</source>
        <translation>klacht moet terecht of onterecht zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>veroorzaker must be deelnemer or buren, not &quot;%1&quot;</source>
        <translation>veroorzaker moet deelnemer of buren zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>actie must be a number from 1 to 6</source>
        <translation>actie moet een getal van 1 tot en met 6 zijn</translation>
    </message>
    <message>
        <source>actie %1 was already taken for melding &quot;%2&quot;</source>
        <translation>actie %1 is al ondernomen voor melding &quot;%2&quot;</translation>
    </message>
    <message>
        <source>actie 3 (waarschuwingsgesprek) is for a repeated justified complaint about the participant: melding &quot;%1&quot; must be judged terecht and caused by the participant, after an earlier justified complaint</source>
        <translation>actie 3 (waarschuwingsgesprek) hoort bij een herhaalde terechte klacht over de deelnemer: melding &quot;%1&quot; moet terecht en door de deelnemer veroorzaakt zijn, na een eerdere terechte klacht</translation>
    </message>
    <message>
        <source>actie %1 cannot come before actie %2</source>
        <translation>actie %1 kan niet vóór actie %2</translation>
    </message>
    <message>
        <source>melding &quot;%1&quot; has not been judged yet (overlast_beoordeeld)</source>
        <translation>melding &quot;%1&quot; is nog niet beoordeeld (overlast_beoordeeld)</translation>
    </message>
    <message>
        <source>unknown overlast event</source>
        <translation>onbekende overlastgebeurtenis</translation>
    </message>
</context>
<context>
    <name>PaperSignatureDialog</name>
    <message>
        <source>Signature on paper</source>
        <translation>Handtekening op papier</translation>
    </message>
    <message>
        <source>date?</source>
        <translation>datum?</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <source>&amp;Name of the signer:</source>
        <translation>&amp;Naam van de ondertekenaar:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Ondertekend &amp;op:</translation>
    </message>
    <message>
        <source>Record a signature put by hand on the printed final form. Keep the paper as the agreements ask: each party keeps a copy.</source>
        <translation>Leg een handtekening vast die met de hand op het afgedrukte definitieve formulier is gezet. Bewaar het papier zoals de afspraken vragen: elke partij houdt een exemplaar.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Geboortedat&amp;um:</translation>
    </message>
    <message>
        <source>single</source>
        <translation>alleenstaand</translation>
    </message>
    <message>
        <source>family</source>
        <translation>gezin</translation>
    </message>
    <message>
        <source>multi-problem family</source>
        <translation>multiprobleemgezin</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>Huishouden:</translation>
    </message>
    <message>
        <source>&amp;Address (woning):</source>
        <translation>&amp;Adres (woning):</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>Woonplaats:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Housing &amp;corporation:</source>
        <translation>Woning&amp;corporatie:</translation>
    </message>
    <message>
        <source>Be&amp;geleider:</source>
        <translation>Begeleide&amp;r:</translation>
    </message>
    <message>
        <source>Contact at the housing corporation</source>
        <translation>Contactpersoon woningcorporatie</translation>
    </message>
    <message>
        <source>Contact at the care provider</source>
        <translation>Contactpersoon zorgaanbieder</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Gegevens op&amp;slaan</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>&amp;District (stadsdeel):</source>
        <translation>Stads&amp;deel:</translation>
    </message>
</context>
<context>
    <name>ParticipantNumber</name>
    <message>
        <source>The participant number is empty.</source>
        <translation>Het deelnemernummer is leeg.</translation>
    </message>
    <message>
        <source>The participant number is longer than %1 characters.</source>
        <translation>Het deelnemernummer is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>The participant number must start with a letter or a digit, not %1.</source>
        <translation>Het deelnemernummer moet met een letter of cijfer beginnen, niet met %1.</translation>
    </message>
    <message>
        <source>The participant number contains %1 at position %2; use only letters, digits and - _ . /.</source>
        <translation>Het deelnemernummer bevat %1 op positie %2; gebruik alleen letters, cijfers en - _ . /.</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>A name is needed.</source>
        <translation>Er is een naam nodig.</translation>
    </message>
    <message>
        <source>A participant number is needed.</source>
        <translation>Er is een deelnemernummer nodig.</translation>
    </message>
    <message>
        <source>Choose the agreement (rule profile) that applies.</source>
        <translation>Kies de afspraken (het regelprofiel) die gelden.</translation>
    </message>
    <message>
        <source>The date of birth lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>There is no participant %1 in this case file.</source>
        <translation>Er is geen deelnemer %1 in dit dossierbestand.</translation>
    </message>
    <message>
        <source>participant number %1 differs from the existing %2 only in capitals; they would be two files for one number</source>
        <translation>deelnemernummer %1 verschilt van het bestaande %2 alleen in hoofdletters; dat zouden twee dossiers voor één nummer worden</translation>
    </message>
    <message>
        <source>participant number %1 is already in use; record new events in that file instead</source>
        <translation>deelnemernummer %1 is al in gebruik; leg nieuwe gebeurtenissen vast in dat dossier</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>No passphrase: give it on standard input or in THUIS_PASSPHRASE.</source>
        <translation>Geen wachtwoord: geef het op standaardinvoer of in THUIS_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Wachtwoord nogmaals: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>De twee wachtwoorden verschillen; er is niets aangemaakt.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Er is geen wachtwoord gegeven.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <source>New passphrase again: </source>
        <translation>Nieuw wachtwoord nogmaals: </translation>
    </message>
    <message>
        <source>The two new passphrases differ; nothing was changed.</source>
        <translation>De twee nieuwe wachtwoorden verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Passphrase of the certificate: </source>
        <translation>Wachtwoord van het certificaat: </translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak: easy to guess. Use at least four unrelated words.</source>
        <translation>Zeer zwak: makkelijk te raden. Gebruik minstens vier losse woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <source>Not strong enough yet: add a word or make it longer.</source>
        <translation>Nog niet sterk genoeg: voeg een woord toe of maak het langer.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Sterk genoeg.</translation>
    </message>
</context>
<context>
    <name>PdfCommands</name>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n page(s), for %2)</source>
        <translation>
            <numerusform>Geschreven: %1 (%n pagina, voor %2)</numerusform>
            <numerusform>Geschreven: %1 (%n pagina&apos;s, voor %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n page(s), to fill in by hand)</source>
        <translation>
            <numerusform>Geschreven: %1 (%n pagina, om met de hand in te vullen)</numerusform>
            <numerusform>Geschreven: %1 (%n pagina&apos;s, om met de hand in te vullen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not signed yet (empty signature field)</source>
        <translation>%1: nog niet ondertekend (leeg handtekeningveld)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>ONGELDIG: %1</translation>
    </message>
    <message>
        <source>covers the whole document</source>
        <translation>dekt het hele document</translation>
    </message>
    <message>
        <source>covers the document up to a later revision</source>
        <translation>dekt het document tot een latere revisie</translation>
    </message>
    <message>
        <source>This PDF has no signatures.</source>
        <translation>Deze pdf heeft geen handtekeningen.</translation>
    </message>
    <message>
        <source>Empty form with the participant&apos;s details: %1, sha256 %2</source>
        <translation>Leeg formulier met de gegevens van de deelnemer: %1, sha256 %2</translation>
    </message>
    <message>
        <source>CHANGED AFTER SIGNING: %1</source>
        <translation>GEWIJZIGD NA ONDERTEKENING: %1</translation>
    </message>
    <message>
        <source>covers the document up to a later revision, which only adds signatures</source>
        <translation>dekt het document tot een latere revisie, die alleen handtekeningen toevoegt</translation>
    </message>
    <message>
        <source>INVALID: %1 at the moment of signing</source>
        <translation>ONGELDIG: %1 op het moment van ondertekenen</translation>
    </message>
    <message>
        <source>signer not checked against trusted certificates (--vertrouwd)</source>
        <translation>ondertekenaar niet gecontroleerd tegen vertrouwde certificaten (--vertrouwd)</translation>
    </message>
    <message>
        <source>signer trusted</source>
        <translation>ondertekenaar vertrouwd</translation>
    </message>
    <message>
        <source>signer NOT trusted: %1</source>
        <translation>ondertekenaar NIET vertrouwd: %1</translation>
    </message>
    <message>
        <source>%1: signed by %2 on %3 (%4); signature %5; %6; %7</source>
        <translation>%1: ondertekend door %2 op %3 (%4); handtekening %5; %6; %7</translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli pdf export STORE --form ID --out FILE [--for deelnemer|zorgaanbieder|woningcorporatie] [--sign CERT.p12 [--tijdstempel URL]] |
  blank --form FORM --edition EDITION --out FILE [--store STORE --deelnemer ID] |
  verify FILE [--vertrouwd CA.pem]</source>
        <translation>Gebruik: thuisindewijk-cli pdf export DOSSIERBESTAND --form ID --out BESTAND [--for deelnemer|zorgaanbieder|woningcorporatie] [--sign CERT.p12 [--tijdstempel URL]] |
  blank --form FORMULIER --edition EDITIE --out BESTAND [--store DOSSIERBESTAND --deelnemer ID] |
  verify BESTAND [--vertrouwd CA.pem]</translation>
    </message>
    <message>
        <source>Time stamp of %1: %2 (PAdES B-T)</source>
        <translation>Tijdstempel van %1: %2 (PAdES B-T)</translation>
    </message>
    <message>
        <source>Without a time stamp (PAdES B-B): %1</source>
        <translation>Zonder tijdstempel (PAdES B-B): %1</translation>
    </message>
    <message>
        <source>authority trusted</source>
        <translation>tijdstempeldienst vertrouwd</translation>
    </message>
    <message>
        <source>authority NOT trusted: %1</source>
        <translation>tijdstempeldienst NIET vertrouwd: %1</translation>
    </message>
    <message>
        <source>authority not checked (--vertrouwd)</source>
        <translation>tijdstempeldienst niet gecontroleerd (--vertrouwd)</translation>
    </message>
    <message>
        <source>; time stamp of %1 at %2, %3</source>
        <translation>; tijdstempel van %1 op %2, %3</translation>
    </message>
</context>
<context>
    <name>PdfRevisions</name>
    <message>
        <source>object %1 (%2) was removed after signing</source>
        <translation>object %1 (%2) is na ondertekening verwijderd</translation>
    </message>
    <message>
        <source>object %1 (%2) was changed after signing</source>
        <translation>object %1 (%2) is na ondertekening gewijzigd</translation>
    </message>
    <message>
        <source>the revisions after the signature cannot be read (%1)</source>
        <translation>de revisies na de handtekening zijn niet te lezen (%1)</translation>
    </message>
</context>
<context>
    <name>PdfSeal</name>
    <message>
        <source>The certificate file is not a PKCS#12 (.p12) file.</source>
        <translation>Het certificaatbestand is geen PKCS#12-bestand (.p12).</translation>
    </message>
    <message>
        <source>The passphrase of the certificate is wrong.</source>
        <translation>Het wachtwoord van het certificaat is onjuist.</translation>
    </message>
    <message>
        <source>The certificate file holds no key and certificate.</source>
        <translation>Het certificaatbestand bevat geen sleutel en certificaat.</translation>
    </message>
    <message>
        <source>The PDF could not be prepared for signing.</source>
        <translation>De pdf kon niet worden voorbereid op ondertekenen.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Ondertekenen mislukt: %1</translation>
    </message>
    <message>
        <source>Signing failed: the signature does not fit.</source>
        <translation>Ondertekenen mislukt: de handtekening past niet.</translation>
    </message>
    <message>
        <source>The PDF could not be signed: %1</source>
        <translation>De pdf kon niet worden ondertekend: %1</translation>
    </message>
    <message>
        <source>This certificate cannot seal the PDF: %1.</source>
        <translation>Met dit certificaat kan de pdf niet worden verzegeld: %1.</translation>
    </message>
</context>
<context>
    <name>PdfSignatures</name>
    <message>
        <source>the signature has no byte range or contents</source>
        <translation>de handtekening heeft geen bytebereik of inhoud</translation>
    </message>
    <message>
        <source>the byte range lies outside the file</source>
        <translation>het bytebereik ligt buiten het bestand</translation>
    </message>
    <message>
        <source>the signature is not a CMS signature</source>
        <translation>de handtekening is geen CMS-handtekening</translation>
    </message>
    <message>
        <source>the document was changed after signing (digest mismatch)</source>
        <translation>het document is na ondertekening gewijzigd (hash klopt niet)</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>De pdf kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The PDF holds a signature, but its structure cannot be read, so it cannot be checked: the file is damaged or was changed.</source>
        <translation>De pdf bevat een handtekening, maar de opbouw van het bestand is niet te lezen, dus die kan niet worden gecontroleerd: het bestand is beschadigd of gewijzigd.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock &amp;after inactivity:</source>
        <translation>&amp;Vergrendelen na inactiviteit:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>&amp;Backup every:</source>
        <translation>&amp;Back-up elke:</translation>
    </message>
    <message>
        <source>Persoonlijk begeleider</source>
        <translation>Persoonlijk begeleider</translation>
    </message>
    <message>
        <source>Teamleider (dashboard)</source>
        <translation>Teamleider (dashboard)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Digital signatures (set by your organisation)</source>
        <translation>Digitale handtekeningen (stelt uw organisatie vast)</translation>
    </message>
    <message>
        <source>none: signers are not checked</source>
        <translation>geen: ondertekenaars worden niet gecontroleerd</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>K&amp;iezen...</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates (PEM):</source>
        <translation>Vertrouwde &amp;certificaten (PEM):</translation>
    </message>
    <message>
        <source>none: seals without a time stamp</source>
        <translation>geen: zegels zonder tijdstempel</translation>
    </message>
    <message>
        <source>Time-stamp a&amp;uthority (URL):</source>
        <translation>Tijdstempel&amp;dienst (URL):</translation>
    </message>
    <message>
        <source>Your organisation&apos;s trusted certificates</source>
        <translation>De vertrouwde certificaten van uw organisatie</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-certificaten (*.pem *.crt)</translation>
    </message>
    <message>
        <source>%1 is not the address of a time-stamp authority: it begins with http:// or https://.</source>
        <translation>%1 is geen adres van een tijdstempeldienst: het begint met http:// of https://.</translation>
    </message>
</context>
<context>
    <name>RawQuery</name>
    <message>
        <source>The case file is not open.</source>
        <translation>Het dossierbestand is niet geopend.</translation>
    </message>
    <message>
        <source>The case file could not be read</source>
        <translation>Het dossierbestand kon niet worden gelezen</translation>
    </message>
    <message>
        <source>The case file gave a row where none was expected.</source>
        <translation>Het dossierbestand gaf een rij terug waar er geen werd verwacht.</translation>
    </message>
</context>
<context>
    <name>ReceivedItems</name>
    <message>
        <source>the item sets %1 of a %2, which no item may set</source>
        <translation>het item zet %1 van een %2, wat geen item mag zetten</translation>
    </message>
    <message>
        <source>%1 (%2, via the team)</source>
        <translation>%1 (%2, via het team)</translation>
    </message>
    <message>
        <source>the item is about participant %1 but names %2</source>
        <translation>het item gaat over deelnemer %1 maar noemt %2</translation>
    </message>
    <message>
        <source>the item is about participant %1 but its event is another&apos;s</source>
        <translation>het item gaat over deelnemer %1 maar de gebeurtenis is van een ander</translation>
    </message>
    <message>
        <source>the item is about participant %1 but its form is another&apos;s</source>
        <translation>het item gaat over deelnemer %1 maar het formulier is van een ander</translation>
    </message>
    <message>
        <source>the item names form %1, which this case file does not have</source>
        <translation>het item noemt formulier %1, dat dit dossierbestand niet heeft</translation>
    </message>
    <message>
        <source>taken off this laptop: participant %1 is no longer assigned to you</source>
        <translation>van deze laptop gehaald: deelnemer %1 is niet meer aan u toegewezen</translation>
    </message>
    <message>
        <source>the item&apos;s event is malformed (type &quot;%1&quot;, date &quot;%2&quot;)</source>
        <translation>de gebeurtenis in het item is onjuist gevormd (soort &quot;%1&quot;, datum &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the item would change final form %1; a correction is a new version</source>
        <translation>het item zou definitief formulier %1 wijzigen; een correctie is een nieuwe versie</translation>
    </message>
    <message>
        <source>the item would take back a signature of form %1</source>
        <translation>het item zou een handtekening van formulier %1 intrekken</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation>%1 (%2 KiB)</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. The backup you choose takes the place of the case file; the current file is kept beside the backups, so nothing is thrown away.</source>
        <translation>Back-ups van %1, nieuwste eerst. De back-up die u kiest, neemt de plaats in van het dossierbestand; het huidige bestand wordt naast de back-ups bewaard, zodat er niets weggegooid wordt.</translation>
    </message>
    <message>
        <source>There are no backups of this case file in %1.</source>
        <translation>Er staan geen back-ups van dit dossierbestand in %1.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Back-up:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Wachtwoord van de back-up:</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup (the one in use when it was made).</source>
        <translation>Typ het wachtwoord van de back-up (het wachtwoord dat gold toen hij werd gemaakt).</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the case file? Everything recorded after that moment is then no longer in the case file; the current file is kept in the backups folder.</source>
        <translation>De back-up van %1 in de plaats van het dossierbestand zetten? Alles wat na dat moment is vastgelegd, staat dan niet meer in het dossierbestand; het huidige bestand wordt bewaard in de map met back-ups.</translation>
    </message>
</context>
<context>
    <name>Retractions</name>
    <message>
        <source>field nummer must name an earlier event</source>
        <translation>veld nummer moet een eerdere gebeurtenis noemen</translation>
    </message>
    <message>
        <source>a retraction cannot be retracted; record the event again instead</source>
        <translation>een herroeping kan niet worden herroepen; leg de gebeurtenis opnieuw vast</translation>
    </message>
    <message>
        <source>%1 has already been retracted</source>
        <translation>%1 is al herroepen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>not put in</source>
        <translation>niet verwerkt</translation>
    </message>
    <message>
        <source>at the same time</source>
        <translation>tegelijk gewijzigd</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>why (goes with the decision; the question for the begeleider)</source>
        <translation>waarom (gaat mee met het besluit; de vraag aan de begeleider)</translation>
    </message>
    <message>
        <source>Recorded by the others:</source>
        <translation>Vastgelegd door de anderen:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>Beide &amp;behouden</translation>
    </message>
    <message>
        <source>&amp;Retract the chosen event</source>
        <translation>Gekozen gebeurtenis &amp;herroepen</translation>
    </message>
    <message>
        <source>&amp;Ask the begeleider</source>
        <translation>&amp;Vraag de begeleider</translation>
    </message>
    <message>
        <source>· asked the begeleider</source>
        <translation>· gevraagd aan de begeleider</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Er wacht niets op beoordeling.</translation>
    </message>
    <message>
        <source>Flagged %1: %2</source>
        <translation>Gemarkeerd %1: %2</translation>
    </message>
    <message>
        <source>Asked the begeleider: %1</source>
        <translation>Gevraagd aan de begeleider: %1</translation>
    </message>
    <message>
        <source>The rules accept the history as it stands now.</source>
        <translation>De regels aanvaarden de geschiedenis zoals die nu is.</translation>
    </message>
    <message>
        <source>What the rules say now: %1</source>
        <translation>Wat de regels nu zeggen: %1</translation>
    </message>
    <message>
        <source>Recorded on this laptop:</source>
        <translation>Vastgelegd op deze laptop:</translation>
    </message>
    <message>
        <source>Recorded by %1:</source>
        <translation>Vastgelegd door %1:</translation>
    </message>
    <message>
        <source>this laptop, not sent yet</source>
        <translation>deze laptop, nog niet verzonden</translation>
    </message>
    <message>
        <source>· retracted</source>
        <translation>· herroepen</translation>
    </message>
    <message>
        <source>The teamleider decides; you see the items about your participants.</source>
        <translation>De teamleider beslist; u ziet de items over uw deelnemers.</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>geweigerd door de server</translation>
    </message>
    <message>
        <source>This laptop knows no participant of the team by this number: the begeleider checks the number (it may be another person&apos;s).</source>
        <translation>Deze laptop kent geen deelnemer van het team met dit nummer: de begeleider controleert het nummer (het kan van een ander zijn).</translation>
    </message>
    <message>
        <source>%1 holds the participant again: their laptop sends the items at its next sync.</source>
        <translation>%1 heeft de deelnemer weer: die laptop verstuurt de items bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>%1 holds the participant now. Hand the participant back to %2 to have the items sent; what both recorded is then compared as usual.</source>
        <translation>%1 heeft de deelnemer nu. Draag de deelnemer terug over aan %2 om de items te laten versturen; wat beiden vastlegden wordt dan zoals altijd vergeleken.</translation>
    </message>
    <message>
        <source>&amp;Hand back...</source>
        <translation>&amp;Teruggeven...</translation>
    </message>
    <message>
        <source>Recorded by %1, as far as the team has it:</source>
        <translation>Vastgelegd door %1, voor zover het team het heeft:</translation>
    </message>
    <message>
        <source>The server refused these for what they are, not for who holds the participant: handing over does not help. The begeleider looks at the reason (the number may be another person&apos;s) and sends them again once it is gone.</source>
        <translation>De server weigerde deze om wat ze zijn, niet om wie de deelnemer heeft: overdragen helpt niet. De begeleider bekijkt de reden (het nummer kan van een ander zijn) en verstuurt ze opnieuw zodra die weg is.</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>A region needs at least one edition of its rules.</source>
        <translation>Een regio heeft minstens één editie van de afspraken nodig.</translation>
    </message>
    <message>
        <source>Region %1: edition %2 needs a validFrom date of its own.</source>
        <translation>Regio %1: editie %2 heeft een eigen datum van ingang (validFrom) nodig.</translation>
    </message>
    <message>
        <source>Region %1: edition %2 must have the same phases, flags and event types, in the same order, as %3.</source>
        <translation>Regio %1: editie %2 moet dezelfde fasen, kenmerken en gebeurtenissen hebben, in dezelfde volgorde, als %3.</translation>
    </message>
    <message>
        <source>Unknown rule profile or region &quot;%1&quot;; known: %2.</source>
        <translation>Onbekend regelprofiel of onbekende regio &quot;%1&quot;; bekend zijn: %2.</translation>
    </message>
</context>
<context>
    <name>RuleNames</name>
    <message>
        <source>Respond to the housing offer</source>
        <translation>Reageren op het woningaanbod</translation>
    </message>
    <message>
        <source>Viewing of the home</source>
        <translation>Bezichtiging van de woning</translation>
    </message>
    <message>
        <source>Decision on the offered home</source>
        <translation>Besluit over de aangeboden woning</translation>
    </message>
    <message>
        <source>Record the goals in the plan</source>
        <translation>Doelen vastleggen in het begeleidingsplan</translation>
    </message>
    <message>
        <source>Plan the introductory meeting</source>
        <translation>Kennismakingsgesprek plannen</translation>
    </message>
    <message>
        <source>Hold the introductory meeting</source>
        <translation>Kennismakingsgesprek houden</translation>
    </message>
    <message>
        <source>Monthly home visit</source>
        <translation>Maandelijks huisbezoek</translation>
    </message>
    <message>
        <source>Housing evaluation</source>
        <translation>Woonevaluatiegesprek</translation>
    </message>
    <message>
        <source>Report to the MZWO</source>
        <translation>Melding bij het MZWO</translation>
    </message>
    <message>
        <source>Contact the partners after a complaint</source>
        <translation>Contact met partners na overlastklacht</translation>
    </message>
    <message>
        <source>Check back with the complainant</source>
        <translation>Navraag bij de melder</translation>
    </message>
    <message>
        <source>Nuisance resolved</source>
        <translation>Overlast verholpen</translation>
    </message>
    <message>
        <source>End of the time-out</source>
        <translation>Einde time-out</translation>
    </message>
    <message>
        <source>Decision of Woonzaken</source>
        <translation>Besluit van Woonzaken</translation>
    </message>
    <message>
        <source>Transfer the lease</source>
        <translation>Huurcontract omzetten</translation>
    </message>
    <message>
        <source>Active follow-up while waiting</source>
        <translation>Actieve navraag bij wachttijd</translation>
    </message>
    <message>
        <source>Prepare the move out</source>
        <translation>Uitstroom voorbereiden</translation>
    </message>
    <message>
        <source>Involve the neighbourhood team</source>
        <translation>Wijkteam betrekken</translation>
    </message>
    <message>
        <source>Evaluate the warm handover</source>
        <translation>Warme overdracht evalueren</translation>
    </message>
    <message>
        <source>Interim evaluations</source>
        <translation>Tussentijdse evaluaties</translation>
    </message>
    <message>
        <source>Final evaluation</source>
        <translation>Afsluitende evaluatie</translation>
    </message>
    <message>
        <source>1: contact the partners within two working days</source>
        <translation>1: binnen twee werkdagen contact opnemen met partners</translation>
    </message>
    <message>
        <source>2: judgement of the first complaint</source>
        <translation>2: oordeel 1e keer overlast</translation>
    </message>
    <message>
        <source>3: repeated justified complaint</source>
        <translation>3: herhaalde terechte klacht</translation>
    </message>
    <message>
        <source>4: continuing, warning letter</source>
        <translation>4: voortduring en waarschuwingsbrief</translation>
    </message>
    <message>
        <source>5: continuing, summons letter</source>
        <translation>5: voortduring en sommatiebrief</translation>
    </message>
    <message>
        <source>6: continuing, ending the care agreement and the use of the home</source>
        <translation>6: voortduring en ontbinding zorgovereenkomst en gebruik van de woning</translation>
    </message>
</context>
<context>
    <name>RuleProfile</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (allowed: %2)</source>
        <translation>onbekende sleutel &quot;%1&quot; (toegestaan: %2)</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>moet een niet-lege tekst zijn</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>moet een tekst zijn</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>must have exactly one of werkdagen, days, weeks, months</source>
        <translation>moet precies één van werkdagen, days, weeks, months hebben</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (use werkdagen, days, weeks or months)</source>
        <translation>onbekende eenheid &quot;%1&quot; (gebruik werkdagen, days, weeks of months)</translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; is defined twice</source>
        <translation>fase &quot;%1&quot; is twee keer gedefinieerd</translation>
    </message>
    <message>
        <source>event &quot;%1&quot; is defined twice</source>
        <translation>gebeurtenis &quot;%1&quot; is twee keer gedefinieerd</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot;</source>
        <translation>onbekende fase &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>onbekende gebeurtenis &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown household &quot;%1&quot;</source>
        <translation>onbekend huishouden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be [lowest, highest] age</source>
        <translation>moet [laagste, hoogste] leeftijd zijn</translation>
    </message>
    <message>
        <source>deadline &quot;%1&quot; is defined twice</source>
        <translation>termijn &quot;%1&quot; is twee keer gedefinieerd</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>onbekend kenmerk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: geen geldige JSON bij teken %2: %3</translation>
    </message>
    <message>
        <source>%1: $: must be an object</source>
        <translation>%1: $: moet een object zijn</translation>
    </message>
    <message>
        <source>must be 1 (this program reads rule profile format 1)</source>
        <translation>moet 1 zijn (dit programma leest regelprofielformaat 1)</translation>
    </message>
    <message>
        <source>Unknown rule profile &quot;%1&quot;; known profiles: %2.</source>
        <translation>Onbekend regelprofiel &quot;%1&quot;; bekende profielen: %2.</translation>
    </message>
    <message>
        <source>at most 64 phases are supported</source>
        <translation>er worden hoogstens 64 fasen ondersteund</translation>
    </message>
    <message>
        <source>at most 64 flags are supported</source>
        <translation>er worden hoogstens 64 kenmerken ondersteund</translation>
    </message>
    <message>
        <source>a term before the anchor needs anchor.dateField (the date it counts back from)</source>
        <translation>een termijn vóór het ankerpunt heeft anchor.dateField nodig (de datum waarvandaan terug wordt geteld)</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot; (known: %2)</source>
        <translation>onbekende voorwaarde &quot;%1&quot; (bekend: %2)</translation>
    </message>
    <message>
        <source>must be a date of the form YYYY-MM-DD</source>
        <translation>moet een datum zijn in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>must be no_term or due_at_anchor</source>
        <translation>moet no_term of due_at_anchor zijn</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000</source>
        <translation>moet een geheel getal van 1 tot en met 1000 zijn</translation>
    </message>
    <message>
        <source>must be a whole number other than 0 from -3660 to 3660 (negative only for days, weeks, months)</source>
        <translation>moet een geheel getal anders dan 0 zijn, van -3660 tot en met 3660 (negatief alleen voor dagen, weken, maanden)</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>The schema version of the case file could not be read.</source>
        <translation>De schemaversie van het dossierbestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The case file has schema version %1; this version of the program knows up to %2. It was not changed; open it with the newer version.</source>
        <translation>Het dossierbestand heeft schemaversie %1; deze versie van het programma kent tot en met %2. Het is niet gewijzigd; open het met de nieuwere versie.</translation>
    </message>
    <message>
        <source>The case file could not be updated: %1</source>
        <translation>Het dossierbestand kon niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <source>Updating the case file to schema version %1 failed; it stays at version %2 and nothing was lost: %3</source>
        <translation>Het bijwerken van het dossierbestand naar schemaversie %1 is mislukt; het blijft op versie %2 en er is niets verloren: %3</translation>
    </message>
    <message>
        <source>Updating the case file to schema version %1 failed; nothing was lost: %2</source>
        <translation>Het bijwerken van het dossierbestand naar schemaversie %1 is mislukt; er is niets verloren: %2</translation>
    </message>
    <message>
        <source>the store key is needed to begin the keyed audit chain</source>
        <translation>de sleutel van het dossierbestand is nodig om de sleutelketen te beginnen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 cannot be read or written. The application uses its default settings; changed preferences are not remembered. Your case files are not affected.</source>
        <translation>Het instellingenbestand %1 kan niet worden gelezen of geschreven. Het programma gebruikt de standaardinstellingen; gewijzigde voorkeuren worden niet onthouden. Uw dossiers zijn niet geraakt.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged. The application uses its default settings. Your case files are not affected.</source>
        <translation>Het instellingenbestand %1 is beschadigd. Het programma gebruikt de standaardinstellingen. Uw dossiers zijn niet geraakt.</translation>
    </message>
</context>
<context>
    <name>SignatureRepository</name>
    <message>
        <source>invalid: %1</source>
        <translation>ongeldig: %1</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name, the date and the signature itself.</source>
        <translation>Een handtekening heeft de naam van de ondertekenaar, de datum en de handtekening zelf nodig.</translation>
    </message>
    <message>
        <source>form %1 is not in this case file</source>
        <translation>formulier %1 staat niet in dit dossierbestand</translation>
    </message>
    <message>
        <source>Unknown party &quot;%1&quot;; a form is signed by %2.</source>
        <translation>Onbekende partij &quot;%1&quot;; een formulier wordt ondertekend door %2.</translation>
    </message>
    <message>
        <source>A signature on paper needs the signer&apos;s name and the date it was signed.</source>
        <translation>Een handtekening op papier heeft de naam van de ondertekenaar en de datum van ondertekening nodig.</translation>
    </message>
    <message>
        <source>The date of signing (%1) lies after today.</source>
        <translation>De datum van ondertekening (%1) ligt na vandaag.</translation>
    </message>
    <message>
        <source>Only a final form is signed on paper: make the form final first, then print it.</source>
        <translation>Alleen een definitief formulier wordt op papier ondertekend: maak het formulier eerst definitief en druk het dan af.</translation>
    </message>
    <message>
        <source> (on paper)</source>
        <translation> (op papier)</translation>
    </message>
</context>
<context>
    <name>SignatureSlot</name>
    <message>
        <source>Signature of the %1</source>
        <translation>Handtekening van de %1</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>To sign: draw the signature, and fill in the name and a date (dd-mm-jjjj).</source>
        <translation>Om te ondertekenen: zet de handtekening en vul de naam en een datum (dd-mm-jjjj) in.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Nog niet ondertekend.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Ondertekend door %1 op %2.</translation>
    </message>
    <message>
        <source>Lapsed: an answer changed after signing. Sign again.</source>
        <translation>Vervallen: er is na het ondertekenen een antwoord gewijzigd. Teken opnieuw.</translation>
    </message>
</context>
<context>
    <name>SignatureTimestamp</name>
    <message>
        <source>The time-stamp authority %1 could not be reached: %2</source>
        <translation>De tijdstempeldienst %1 was niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>The time-stamp authority %1 answered with too much data.</source>
        <translation>De tijdstempeldienst %1 antwoordde met te veel gegevens.</translation>
    </message>
    <message>
        <source>%1 is not the address of a time-stamp authority (http:// or https://).</source>
        <translation>%1 is geen adres van een tijdstempeldienst (http:// of https://).</translation>
    </message>
    <message>
        <source>The PDF has no seal over the whole document to put a time stamp on.</source>
        <translation>De pdf heeft geen zegel over het hele document om een tijdstempel op te zetten.</translation>
    </message>
    <message>
        <source>The seal&apos;s signature cannot be read.</source>
        <translation>De handtekening van het zegel is niet te lezen.</translation>
    </message>
    <message>
        <source>The seal has a time stamp already.</source>
        <translation>Het zegel heeft al een tijdstempel.</translation>
    </message>
    <message>
        <source>The time-stamp request could not be made.</source>
        <translation>Het verzoek om een tijdstempel kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The time-stamp authority %1 did not answer with a time stamp.</source>
        <translation>De tijdstempeldienst %1 antwoordde niet met een tijdstempel.</translation>
    </message>
    <message>
        <source>The time-stamp authority %1 refused, or its stamp is not over this seal (%2).</source>
        <translation>De tijdstempeldienst %1 weigerde, of zijn tijdstempel hoort niet bij dit zegel (%2).</translation>
    </message>
    <message>
        <source>The time stamp could not be added to the seal.</source>
        <translation>De tijdstempel kon niet aan het zegel worden toegevoegd.</translation>
    </message>
    <message>
        <source>The time stamp of %1 does not hold: %2</source>
        <translation>De tijdstempel van %1 klopt niet: %2</translation>
    </message>
    <message>
        <source>The time stamp does not fit in the space the seal reserved.</source>
        <translation>De tijdstempel past niet in de ruimte die het zegel vrijhield.</translation>
    </message>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>de tijdstempel is niet te lezen</translation>
    </message>
    <message>
        <source>the time stamp is not over this signature</source>
        <translation>de tijdstempel hoort niet bij deze handtekening</translation>
    </message>
    <message>
        <source>the time stamp&apos;s own signature does not verify</source>
        <translation>de eigen handtekening van de tijdstempel klopt niet</translation>
    </message>
    <message>
        <source>the certificate of %1 is not meant for time stamps</source>
        <translation>het certificaat van %1 is niet bedoeld voor tijdstempels</translation>
    </message>
    <message>
        <source>the time stamp has no readable time</source>
        <translation>de tijdstempel heeft geen leesbaar tijdstip</translation>
    </message>
    <message>
        <source>The time stamp of %1 says %2, which is not now: its clock is wrong, or someone else answered.</source>
        <translation>De tijdstempel van %1 zegt %2, en dat is niet nu: de klok daar loopt verkeerd, of iemand anders antwoordde.</translation>
    </message>
    <message>
        <source>The time-stamp authority %1 is not among your organisation&apos;s trusted certificates: %2</source>
        <translation>De tijdstempeldienst %1 staat niet bij de vertrouwde certificaten van uw organisatie: %2</translation>
    </message>
    <message>
        <source>the time stamp uses a digest that is not accepted (only SHA-256, -384, -512)</source>
        <translation>de tijdstempel gebruikt een hashfunctie die niet wordt aanvaard (alleen SHA-256, -384, -512)</translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>the certificate&apos;s validity cannot be read</source>
        <translation>de geldigheid van het certificaat is niet te lezen</translation>
    </message>
    <message>
        <source>the certificate is only valid from %1</source>
        <translation>het certificaat is pas geldig vanaf %1</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>het certificaat is verlopen op %1</translation>
    </message>
    <message>
        <source>the certificate may not be used for signatures (its key usage has neither digitalSignature nor nonRepudiation)</source>
        <translation>het certificaat mag niet voor handtekeningen worden gebruikt (het sleutelgebruik bevat digitalSignature noch nonRepudiation)</translation>
    </message>
    <message>
        <source>the chain could not be checked</source>
        <translation>de certificaatketen kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>a certificate in the chain was not valid at the moment of signing</source>
        <translation>een certificaat in de keten was niet geldig op het moment van ondertekenen</translation>
    </message>
    <message>
        <source>the certificate was not issued by an authority in the trusted certificates</source>
        <translation>het certificaat is niet uitgegeven door een uitgever uit de vertrouwde certificaten</translation>
    </message>
    <message>
        <source>the certificate chain does not verify (%1)</source>
        <translation>de certificaatketen klopt niet (%1)</translation>
    </message>
    <message>
        <source>the certificate is not meant for signatures (key usage)</source>
        <translation>het certificaat is niet bedoeld voor handtekeningen (sleutelgebruik)</translation>
    </message>
    <message>
        <source>the certificate is meant for something else than signing documents (extended key usage)</source>
        <translation>het certificaat is bedoeld voor iets anders dan het ondertekenen van documenten (extended key usage)</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The key for the case file is not a raw 256-bit key.</source>
        <translation>De sleutel voor het dossierbestand is geen ruwe 256-bits sleutel.</translation>
    </message>
    <message>
        <source>The case file %1 could not be opened.</source>
        <translation>Het dossierbestand %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The case file could not be keyed.</source>
        <translation>De sleutel kon niet op het dossierbestand worden gezet.</translation>
    </message>
    <message>
        <source>Encryption is not active: the plain SQLite library was loaded instead of SQLCipher. Nothing was written; the case file is left as it was.</source>
        <translation>Versleuteling is niet actief: de gewone SQLite-bibliotheek is geladen in plaats van SQLCipher. Er is niets geschreven; het dossierbestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase does not open this case file, or the file is not a case file. The file was not changed.</source>
        <translation>Het wachtwoord opent dit dossierbestand niet, of het bestand is geen dossierbestand. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The case file could not be prepared for safe writing.</source>
        <translation>Het dossierbestand kon niet worden voorbereid op veilig schrijven.</translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation>Een transactie kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The changes could not be saved.</source>
        <translation>De wijzigingen konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The changes could not be undone.</source>
        <translation>De wijzigingen konden niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The case file is not open.</source>
        <translation>Het dossierbestand is niet geopend.</translation>
    </message>
    <message>
        <source>The database statement could not be prepared.</source>
        <translation>De databaseopdracht kon niet worden voorbereid.</translation>
    </message>
    <message>
        <source>The statement expects %1 values but received %2.</source>
        <translation>De opdracht verwacht %1 waarden maar kreeg er %2.</translation>
    </message>
    <message>
        <source>A value could not be bound to the statement.</source>
        <translation>Een waarde kon niet aan de opdracht worden gekoppeld.</translation>
    </message>
    <message>
        <source>The database statement failed.</source>
        <translation>De databaseopdracht is mislukt.</translation>
    </message>
</context>
<context>
    <name>StoreBackups</name>
    <message>
        <source>No backup was made: the folder %1 cannot be created. Nothing was lost; the case file itself is unchanged.</source>
        <translation>Er is geen back-up gemaakt: de map %1 kan niet worden aangemaakt. Er is niets verloren; het dossierbestand zelf is ongewijzigd.</translation>
    </message>
    <message>
        <source>No backup was made (%1). Nothing was lost; the case file itself is unchanged.</source>
        <translation>Er is geen back-up gemaakt (%1). Er is niets verloren; het dossierbestand zelf is ongewijzigd.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1 The case file is as it was.</source>
        <translation>De back-up is niet teruggezet: %1 Het dossierbestand is zoals het was.</translation>
    </message>
    <message>
        <source>it could not be copied beside the case file (is the disk full?).</source>
        <translation>hij kon niet naast het dossierbestand worden gekopieerd (is de schijf vol?).</translation>
    </message>
    <message>
        <source>the passphrase does not open the backup of %1.</source>
        <translation>het wachtwoord opent de back-up van %1 niet.</translation>
    </message>
    <message>
        <source>the backup of %1 is damaged itself (%2).</source>
        <translation>de back-up van %1 is zelf beschadigd (%2).</translation>
    </message>
    <message>
        <source>the current case file could not be kept aside first (is the disk full?).</source>
        <translation>het huidige dossierbestand kon niet eerst apart worden bewaard (is de schijf vol?).</translation>
    </message>
    <message>
        <source>the write-ahead log of the current case file could not be kept aside.</source>
        <translation>het logbestand (write-ahead log) van het huidige dossierbestand kon niet apart worden bewaard.</translation>
    </message>
    <message>
        <source>The latest backup is of %1; you can restore it.</source>
        <translation>De laatste back-up is van %1; u kunt die terugzetten.</translation>
    </message>
    <message>
        <source>There is no backup of it in %1.</source>
        <translation>Er staat geen back-up van in %1.</translation>
    </message>
    <message>
        <source>The case file %1 is damaged (%2). It was left as it is. %3</source>
        <translation>Het dossierbestand %1 is beschadigd (%2). Het is gelaten zoals het is. %3</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>De back-up is niet teruggezet: %1</translation>
    </message>
    <message>
        <source>A backup was made, but older backups could not be removed: %1. They still hold personal data; remove them by hand.</source>
        <translation>Er is een back-up gemaakt, maar oudere back-ups konden niet worden verwijderd: %1. Ze bevatten nog persoonsgegevens; verwijder ze met de hand.</translation>
    </message>
    <message>
        <source>The case file %1 is damaged (%2). It was closed and not repaired; what was written in it since it was opened stays in it. %3</source>
        <translation>Het dossierbestand %1 is beschadigd (%2). Het is gesloten en niet hersteld; wat er sinds het openen in is vastgelegd, blijft erin staan. %3</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>Created the encrypted case file %1 (format %2, schema version %3).</source>
        <translation>Versleuteld dossierbestand %1 aangemaakt (formaat %2, schemaversie %3).</translation>
    </message>
    <message>
        <source>the integrity check could not run</source>
        <translation>de integriteitscontrole kon niet worden uitgevoerd</translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation>Dossierbestand: %1</translation>
    </message>
    <message>
        <source>Format: %1, schema version: %2</source>
        <translation>Formaat: %1, schemaversie: %2</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integriteit: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <source>Imported participant %1 with %n event(s).</source>
        <translation>
            <numerusform>Deelnemer %1 geïmporteerd met %n gebeurtenis.</numerusform>
            <numerusform>Deelnemer %1 geïmporteerd met %n gebeurtenissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is too weak (about %1 bits; at least %2 needed). %3 %4</source>
        <translation>Het wachtwoord is te zwak (ongeveer %1 bits; minstens %2 nodig). %3 %4</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Er is niets aangemaakt.</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Auditlogboek: %1</translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli store export FILE [--deelnemer ID] [--output OUT.json]</source>
        <translation>Gebruik: thuisindewijk-cli store export BESTAND [--deelnemer ID] [--output UIT.json]</translation>
    </message>
    <message>
        <source>Exported to %1. It holds personal data in plain text: hand it over and remove it.</source>
        <translation>Geëxporteerd naar %1. Het bevat persoonsgegevens als leesbare tekst: overhandig het en verwijder het daarna.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed. Backups made before still open with the old passphrase.</source>
        <translation>Het wachtwoord van %1 is gewijzigd. Eerder gemaakte back-ups gaan nog open met het oude wachtwoord.</translation>
    </message>
    <message>
        <source>AVG inzage (JSON) to standard output</source>
        <translation>AVG-inzage (JSON) naar standaarduitvoer</translation>
    </message>
    <message>
        <source>AVG inzage (JSON): %1, sha256 %2</source>
        <translation>AVG-inzage (JSON): %1, sha256 %2</translation>
    </message>
    <message>
        <source>Unknown option %1 for store %2.</source>
        <translation>Onbekende optie %1 voor store %2.</translation>
    </message>
    <message>
        <source>The case file comes first, before the options.</source>
        <translation>Het dossierbestand komt eerst, voor de opties.</translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli audit verify FILE [BACKUP-OR-EXPORT ...]</source>
        <translation>Gebruik: thuisindewijk-cli audit verify BESTAND [BACK-UP-OF-EXPORT ...]</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be read with this passphrase (made before a passphrase change) and were not compared.</source>
        <translation>
            <numerusform>%n back-up kon niet met dit wachtwoord worden gelezen (gemaakt vóór een wachtwoordwijziging) en is niet vergeleken.</numerusform>
            <numerusform>%n back-ups konden niet met dit wachtwoord worden gelezen (gemaakt vóór een wachtwoordwijziging) en zijn niet vergeleken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli store init FILE | store check FILE | store import FILE TRAJECTORY.json | store event FILE DEELNEMER TYPE YYYY-MM-DD | store export FILE [--deelnemer ID] [--output OUT.json] | store rekey FILE</source>
        <translation>Gebruik: thuisindewijk-cli store init BESTAND | store check BESTAND | store import BESTAND TRAJECT.json | store event BESTAND DEELNEMER TYPE JJJJ-MM-DD | store export BESTAND [--deelnemer ID] [--output UIT.json] | store rekey BESTAND</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>%1 is geen datum: schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.</translation>
    </message>
    <message>
        <source>Recorded %1 of %2 for participant %3.</source>
        <translation>%1 van %2 vastgelegd voor deelnemer %3.</translation>
    </message>
    <message>
        <source>The team server could not be asked for the links this audit chain sent, so they were not compared: %1</source>
        <translation>De teamserver kon niet worden gevraagd naar de schakels die deze auditketen stuurde, dus die zijn niet vergeleken: %1</translation>
    </message>
    <message>
        <source>The team server keeps no links of audit chains yet (team schema older than 5): not compared.</source>
        <translation>De teamserver bewaart nog geen schakels van auditketens (teamschema ouder dan 5): niet vergeleken.</translation>
    </message>
    <message numerus="yes">
        <source>The team server holds %n link(s) this audit chain sent; %1 compared (not those a restore cut off).</source>
        <translation>
            <numerusform>De teamserver heeft %n schakel van deze auditketen; %1 vergeleken (niet wat een herstel afsneed).</numerusform>
            <numerusform>De teamserver heeft %n schakels van deze auditketen; %1 vergeleken (niet wat een herstel afsneed).</numerusform>
        </translation>
    </message>
    <message>
        <source>This case file was in a team, but is not linked now: the links its audit chain sent to the team server were not compared.</source>
        <translation>Dit dossierbestand zat in een team, maar is nu niet gekoppeld: de schakels die de auditketen naar de teamserver stuurde, zijn niet vergeleken.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the case file cannot be written here (read-only, or the folder is gone)</source>
        <translation>het dossierbestand kan hier niet worden geschreven (alleen-lezen, of de map bestaat niet meer)</translation>
    </message>
    <message>
        <source>the disk reported an error while writing</source>
        <translation>de schijf meldde een fout tijdens het schrijven</translation>
    </message>
    <message>
        <source>The change was not saved: %1. Nothing was lost; the case file is as it was before this action.</source>
        <translation>De wijziging is niet opgeslagen: %1. Er is niets verloren; het dossierbestand is zoals het vóór deze handeling was.</translation>
    </message>
    <message numerus="yes">
        <source>the case file&apos;s write lock was held by another write for more than %n second(s)</source>
        <translation>
            <numerusform>de schrijfvergrendeling van het dossierbestand werd langer dan %n seconde door een andere schrijfactie vastgehouden</numerusform>
            <numerusform>de schrijfvergrendeling van het dossierbestand werd langer dan %n seconden door een andere schrijfactie vastgehouden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreExport</name>
    <message>
        <source>The export could not be read: %1</source>
        <translation>De export kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>There is no participant %1 in this case file.</source>
        <translation>Er is geen deelnemer %1 in dit dossierbestand.</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The case file %1 cannot be read: %2</source>
        <translation>Het dossierbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is too short to be a case file (it may be empty or cut off). It was not changed.</source>
        <translation>%1 is te kort voor een dossierbestand (het is misschien leeg of afgebroken). Het is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>De cryptografische bibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The salt of the case file has the wrong length.</source>
        <translation>Het zout van het dossierbestand heeft de verkeerde lengte.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key of the case file; close other programs and try again.</source>
        <translation>Onvoldoende geheugen om de sleutel van het dossierbestand af te leiden; sluit andere programma&apos;s en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>StoreOverviewPage</name>
    <message>
        <source>Latest backup: %1, in %2.</source>
        <translation>Laatste back-up: %1, in %2.</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>Er is nog geen back-up.</translation>
    </message>
    <message numerus="yes">
        <source>The case file locks itself after %n minute(s) without use; Ctrl+L locks it at once.</source>
        <translation>
            <numerusform>Het dossierbestand vergrendelt zichzelf na %n minuut zonder gebruik; Ctrl+L vergrendelt het meteen.</numerusform>
            <numerusform>Het dossierbestand vergrendelt zichzelf na %n minuten zonder gebruik; Ctrl+L vergrendelt het meteen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in %1.</source>
        <translation>
            <numerusform>%n deelnemer in %1.</numerusform>
            <numerusform>%n deelnemers in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>No case file is open.</source>
        <translation>Er is geen dossierbestand geopend.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Het huidige wachtwoord klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup was restored. The file it replaced is kept as %1.</source>
        <translation>De back-up is teruggezet. Het bestand dat hij verving, is bewaard als %1.</translation>
    </message>
    <message>
        <source>no file was replaced</source>
        <translation>er is geen bestand vervangen</translation>
    </message>
    <message>
        <source>the replaced file is kept as %1</source>
        <translation>het vervangen bestand is bewaard als %1</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>contains a NUL character (\u0000)</source>
        <translation>bevat een NUL-teken (\u0000)</translation>
    </message>
    <message>
        <source>contains half a character (a lone \u%1)</source>
        <translation>bevat een half teken (een losse \u%1)</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>komt twee keer voor</translation>
    </message>
    <message>
        <source>contains a control character (byte %1)</source>
        <translation>bevat een stuurteken (byte %1)</translation>
    </message>
    <message>
        <source>contains an escape that JSON does not know</source>
        <translation>bevat een escape die JSON niet kent</translation>
    </message>
</context>
<context>
    <name>TeamAdministration</name>
    <message>
        <source>&quot;%1&quot; cannot be a user name on the team server: lower-case letters, digits and _, starting with a letter, at most 63.</source>
        <translation>&quot;%1&quot; kan geen gebruikersnaam op de teamserver zijn: kleine letters, cijfers en _, beginnend met een letter, hoogstens 63.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved on the team server.</source>
        <translation>&quot;%1&quot; is op de teamserver gereserveerd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a function on the team server (begeleider, teamleider, beheerder).</source>
        <translation>&quot;%1&quot; is geen functie op de teamserver (begeleider, teamleider, beheerder).</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 is niet toegevoegd: %2</translation>
    </message>
    <message>
        <source>The password of %1 was not set: %2</source>
        <translation>Het wachtwoord van %1 is niet ingesteld: %2</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 is niet verwijderd: %2</translation>
    </message>
    <message>
        <source>%1 was not assigned to %2: %3</source>
        <translation>%1 is niet toegewezen aan %2: %3</translation>
    </message>
    <message>
        <source>%1 was not assigned: you see no such participant in your team.</source>
        <translation>%1 is niet toegewezen: zo&apos;n deelnemer ziet u niet in uw team.</translation>
    </message>
</context>
<context>
    <name>TeamAuditAnchors</name>
    <message>
        <source>The team server (sent %1)</source>
        <translation>De teamserver (verstuurd %1)</translation>
    </message>
    <message>
        <source>Audit row %1 records a restore at a moment that cannot be (%2): it is not taken as a restore, and the rows the team server holds from there on are compared.</source>
        <translation>Auditrij %1 legt een herstel vast op een moment dat niet kan (%2): dat telt niet als herstel, en de rijen die de teamserver vanaf daar heeft, worden vergeleken.</translation>
    </message>
    <message>
        <source>no moment</source>
        <translation>geen moment</translation>
    </message>
    <message numerus="yes">
        <source>A restore (audit row %1, %2) cut off %n link(s) the team server holds, of rows %3 to %4: not compared.</source>
        <translation>
            <numerusform>Een herstel (auditrij %1, %2) sneed %n schakel af die de teamserver heeft, van rij %3 tot %4: niet vergeleken.</numerusform>
            <numerusform>Een herstel (auditrij %1, %2) sneed %n schakels af die de teamserver heeft, van rij %3 tot %4: niet vergeleken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team server also holds %n link(s) of another audit chain of yours, the last received %1 (another laptop of yours, or this file&apos;s chain replaced).</source>
        <translation>
            <numerusform>De teamserver heeft ook %n schakel van een andere auditketen van u, de laatste ontvangen op %1 (een andere laptop van u, of de keten van dit bestand vervangen).</numerusform>
            <numerusform>De teamserver heeft ook %n schakels van een andere auditketen van u, de laatste ontvangen op %1 (een andere laptop van u, of de keten van dit bestand vervangen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server holds no link of this file&apos;s audit chain, but links of another chain of yours received after this file joined the team: this file&apos;s chain was replaced, or another laptop sends under your name.</source>
        <translation>De teamserver heeft geen enkele schakel van de auditketen van dit bestand, maar wel schakels van een andere keten van u, ontvangen nadat dit bestand zich bij het team aansloot: de keten van dit bestand is vervangen, of een andere laptop verstuurt onder uw naam.</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>Which team server? Give --server &quot;host=... user=...&quot;.</source>
        <translation>Welke teamserver? Geef --server &quot;host=... user=...&quot;.</translation>
    </message>
    <message>
        <source>team server %1 takes no %2.</source>
        <translation>team server %1 kent geen %2.</translation>
    </message>
    <message>
        <source>The team server already has the team schema (version %1): use team server upgrade.</source>
        <translation>De teamserver heeft het teamschema al (versie %1): gebruik team server upgrade.</translation>
    </message>
    <message>
        <source>The team schema is at version %1 already; nothing changed.</source>
        <translation>Het teamschema staat al op versie %1; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The team schema is at version %1 (was %2).</source>
        <translation>Het teamschema staat op versie %1 (was %2).</translation>
    </message>
    <message>
        <source>team user add needs --role and --team.</source>
        <translation>team user add heeft --role en --team nodig.</translation>
    </message>
    <message>
        <source>team user %1 takes no --role or --team.</source>
        <translation>team user %1 kent geen --role of --team.</translation>
    </message>
    <message>
        <source>%1 is %2 in team %3.</source>
        <translation>%1 is %2 in team %3.</translation>
    </message>
    <message>
        <source>%1 can no longer log in; what they wrote stays theirs.</source>
        <translation>%1 kan niet meer inloggen; wat die schreef, blijft op diens naam.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>Het wachtwoord van %1 is ingesteld.</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 is toegewezen aan %2.</translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli team server init|upgrade --server ADDRESS |
  join FILE --server ADDRESS --user NAME | sync FILE | status FILE | requeue FILE |
  user add NAME --role begeleider|teamleider|beheerder --team TEAM --server ADDRESS |
  user remove NAME --server ADDRESS | user password NAME --server ADDRESS |
  assign DEELNEMER BEGELEIDER --server ADDRESS
ADDRESS: &quot;host=... port=... dbname=... user=... sslmode=verify-full sslrootcert=... sslcert=... sslkey=...&quot;</source>
        <translation>Gebruik: thuisindewijk-cli team server init|upgrade --server ADRES |
  join BESTAND --server ADRES --user NAAM | sync BESTAND | status BESTAND | requeue BESTAND |
  user add NAAM --role begeleider|teamleider|beheerder --team TEAM --server ADRES |
  user remove NAAM --server ADRES | user password NAAM --server ADRES |
  assign DEELNEMER BEGELEIDER --server ADRES
ADRES: &quot;host=... port=... dbname=... user=... sslmode=verify-full sslrootcert=... sslcert=... sslkey=...&quot;</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing: install the Debian package libqt6sql6-psql.</source>
        <translation>Het PostgreSQL-stuurprogramma van Qt ontbreekt: installeer het Debian-pakket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>No connection with the team server %1 as %2: %3</source>
        <translation>Geen verbinding met de teamserver %1 als %2: %3</translation>
    </message>
    <message>
        <source>the team server refuses this: you have no permission for it</source>
        <translation>de teamserver weigert dit: u hebt er geen toestemming voor</translation>
    </message>
    <message>
        <source>the team server already has this</source>
        <translation>de teamserver heeft dit al</translation>
    </message>
    <message>
        <source>the team server does not know what this refers to</source>
        <translation>de teamserver kent niet waar dit naar verwijst</translation>
    </message>
    <message>
        <source>the connection to the team server failed</source>
        <translation>de verbinding met de teamserver is mislukt</translation>
    </message>
    <message>
        <source>the team server refused it</source>
        <translation>de teamserver heeft het geweigerd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (SQLSTATE %2: %3)</source>
        <translation>%1 (SQLSTATE %2: %3)</translation>
    </message>
    <message>
        <source>The passphrase of the certificate&apos;s key contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on; give the key another passphrase.</source>
        <translation>De wachtwoordzin van de sleutel van het certificaat bevat een puntkomma, die het PostgreSQL-stuurprogramma van Qt niet kan doorgeven; geef de sleutel een andere wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>TeamCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate.</source>
        <translation>%1 is te groot voor een certificaat.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER): choose the team&apos;s CA certificate.</source>
        <translation>%1 is geen certificaat (PEM of DER): kies het CA-certificaat van het team.</translation>
    </message>
    <message>
        <source>%1 is not a personal certificate (PKCS#12, .p12 or .pfx).</source>
        <translation>%1 is geen persoonlijk certificaat (PKCS#12, .p12 of .pfx).</translation>
    </message>
    <message>
        <source>The password of the personal certificate %1 is wrong.</source>
        <translation>Het wachtwoord van het persoonlijke certificaat %1 klopt niet.</translation>
    </message>
    <message>
        <source>The personal certificate %1 cannot be read: it holds no certificate with its key, or uses an old encryption (ask for a new one).</source>
        <translation>Het persoonlijke certificaat %1 is niet te lezen: er zit geen certificaat met sleutel in, of het gebruikt een verouderde versleuteling (vraag een nieuw aan).</translation>
    </message>
    <message>
        <source>In %1 the key does not belong to the certificate.</source>
        <translation>In %1 hoort de sleutel niet bij het certificaat.</translation>
    </message>
    <message>
        <source>The personal certificate is not valid now (valid from %1 to %2): ask the beheerder for a new one.</source>
        <translation>Het persoonlijke certificaat is nu niet geldig (geldig van %1 tot %2): vraag de beheerder om een nieuw.</translation>
    </message>
    <message>
        <source>No random numbers for the key&apos;s passphrase (OpenSSL).</source>
        <translation>Geen willekeurige getallen voor het wachtwoord van de sleutel (OpenSSL).</translation>
    </message>
    <message>
        <source>The certificate could not be converted for the connection (OpenSSL).</source>
        <translation>Het certificaat kon niet worden omgezet voor de verbinding (OpenSSL).</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for the certificate.</source>
        <translation>Kan de map %1 voor het certificaat niet maken.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>e.g. team.zorgaanbieder.nl</source>
        <translation>bijv. team.zorgaanbieder.nl</translation>
    </message>
    <message>
        <source>the team&apos;s CA certificate (.crt, .pem)</source>
        <translation>het CA-certificaat van het team (.crt, .pem)</translation>
    </message>
    <message>
        <source>your personal certificate (.p12, .pfx)</source>
        <translation>uw persoonlijke certificaat (.p12, .pfx)</translation>
    </message>
    <message>
        <source>as in your certificate</source>
        <translation>zoals in uw certificaat</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;CA certificate:</source>
        <translation>&amp;CA-certificaat van het team:</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer *.der);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem *.cer *.der);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Personal &amp;certificate:</source>
        <translation>Persoonlijk &amp;certificaat:</translation>
    </message>
    <message>
        <source>Personal certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Persoonlijke certificaten (*.p12 *.pfx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Certificate&apos;s pass&amp;word:</source>
        <translation>&amp;Wachtwoord van het certificaat:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Team pa&amp;ssword:</source>
        <translation>Team&amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Link this case file to your team: the beheerder gives you the server&apos;s address, the team&apos;s CA certificate, your personal certificate with its password, and your user name and team password. The connection is tested before anything is saved.</source>
        <translation>Sluit dit dossierbestand aan bij uw team: de beheerder geeft u het adres van de server, het CA-certificaat van het team, uw persoonlijke certificaat met het wachtwoord ervan, en uw gebruikersnaam en teamwachtwoord. De verbinding wordt getest voordat er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Test connection and join</source>
        <translation>Verbinding &amp;testen en aansluiten</translation>
    </message>
    <message>
        <source>&amp;Leave team...</source>
        <translation>Team &amp;verlaten...</translation>
    </message>
    <message>
        <source>This case file is linked to team &lt;b&gt;%1&lt;/b&gt; as &lt;b&gt;%2&lt;/b&gt; on %3 (port %4), since %5.</source>
        <translation>Dit dossierbestand is aangesloten bij team &lt;b&gt;%1&lt;/b&gt; als &lt;b&gt;%2&lt;/b&gt; op %3 (poort %4), sinds %5.</translation>
    </message>
    <message>
        <source>Last synced: %1.</source>
        <translation>Laatst gesynchroniseerd: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Nog niet gesynchroniseerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait to be sent.</source>
        <translation>
            <numerusform>%n item wacht op verzending.</numerusform>
            <numerusform>%n items wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Kies een certificaat</translation>
    </message>
    <message>
        <source>The server&apos;s address cannot contain spaces, quotes, &apos;=&apos;, &apos;;&apos; or &apos;\&apos;.</source>
        <translation>Het adres van de server mag geen spaties, aanhalingstekens, &apos;=&apos;, &apos;;&apos; of &apos;\&apos; bevatten.</translation>
    </message>
    <message>
        <source>The personal certificate is made out to %1, not to %2: the team server accepts it only for %1.</source>
        <translation>Het persoonlijke certificaat staat op naam van %1, niet van %2: de teamserver accepteert het alleen voor %1.</translation>
    </message>
    <message>
        <source>Testing the connection with %1...</source>
        <translation>Verbinding met %1 testen...</translation>
    </message>
    <message>
        <source>This case file is linked to team %1 as %2; what it holds goes to the team at the first sync.</source>
        <translation>Dit dossierbestand is aangesloten bij team %1 als %2; wat erin staat gaat bij de eerste synchronisatie naar het team.</translation>
    </message>
    <message>
        <source>This case file is not linked to a team.</source>
        <translation>Dit dossierbestand is niet aangesloten bij een team.</translation>
    </message>
    <message>
        <source>Leave team %1? Every participant, form and event stays in this case file; it is no longer synced with the team.</source>
        <translation>Team %1 verlaten? Alle deelnemers, formulieren en gebeurtenissen blijven in dit dossierbestand; het wordt niet meer met het team gesynchroniseerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have not reached the team yet and will not be sent.</source>
        <translation>
            <numerusform>%n item heeft het team nog niet bereikt en wordt niet meer verzonden.</numerusform>
            <numerusform>%n items hebben het team nog niet bereikt en worden niet meer verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave team</source>
        <translation>Team verlaten</translation>
    </message>
    <message>
        <source>This case file has left team %1; everything in it stays.</source>
        <translation>Dit dossierbestand heeft team %1 verlaten; alles erin blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>TeamFileCommands</name>
    <message>
        <source>team join needs --server &quot;host=...&quot; and --user NAME.</source>
        <translation>team join heeft --server &quot;host=...&quot; en --user NAAM nodig.</translation>
    </message>
    <message>
        <source>%1 is linked to team %2 as %3; what it holds is sent at the next team sync.</source>
        <translation>%1 is gekoppeld aan team %2 als %3; wat erin staat wordt bij de volgende team sync verstuurd.</translation>
    </message>
    <message>
        <source>The sync stopped: %1 What was not acknowledged by the server waits for the next sync.</source>
        <translation>De synchronisatie is gestopt: %1 Wat de server niet heeft bevestigd, wacht op de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>sent %1, received %2, flagged %3, quarantined %4, not put in %5, taken off %6</source>
        <translation>verstuurd %1, ontvangen %2, gemarkeerd %3, in quarantaine %4, niet verwerkt %5, van de laptop gehaald %6</translation>
    </message>
    <message>
        <source>%1 is not linked to a team.</source>
        <translation>%1 is niet aan een team gekoppeld.</translation>
    </message>
    <message>
        <source>team: %1, user: %2, server: %3</source>
        <translation>team: %1, gebruiker: %2, server: %3</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>laatste synchronisatie: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>waiting to be sent: %1, quarantined: %2, flagged for review: %3</source>
        <translation>wacht op verzenden: %1, in quarantaine: %2, gemarkeerd voor beoordeling: %3</translation>
    </message>
    <message>
        <source>flagged: %1 item %2: %3</source>
        <translation>gemarkeerd: %1 item %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>quarantined: %1, %n item(s): %2</source>
        <translation>
            <numerusform>in quarantaine: %1, %n item: %2</numerusform>
            <numerusform>in quarantaine: %1, %n items: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli team join FILE --server ADDRESS --user NAME | team sync FILE | team status FILE | team requeue FILE</source>
        <translation>Gebruik: thuisindewijk-cli team join BESTAND --server ADRES --user NAAM | team sync BESTAND | team status BESTAND | team requeue BESTAND</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined item(s) wait to be sent again at the next team sync.</source>
        <translation>
            <numerusform>%n item in quarantaine wordt bij de volgende team sync opnieuw verstuurd.</numerusform>
            <numerusform>%n items in quarantaine worden bij de volgende team sync opnieuw verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused on %1&apos;s laptop: %2, %n item(s): %3</source>
        <translation>
            <numerusform>geweigerd op de laptop van %1: %2, %n item: %3</numerusform>
            <numerusform>geweigerd op de laptop van %1: %2, %n items: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamHandover</name>
    <message>
        <source>The team server does not know %1 yet, or not for you: sync first, then hand them over.</source>
        <translation>De teamserver kent %1 nog niet, of niet voor u: synchroniseer eerst en draag dan over.</translation>
    </message>
    <message>
        <source>%1 was not handed over to %2: %3</source>
        <translation>%1 is niet overgedragen aan %2: %3</translation>
    </message>
    <message>
        <source>%1 was not handed over: %2 no longer holds them (someone handed them over meanwhile). Close this window and look again.</source>
        <translation>%1 is niet overgedragen: het dossier is niet meer bij %2 (iemand heeft het intussen overgedragen). Sluit dit venster en kijk opnieuw.</translation>
    </message>
</context>
<context>
    <name>TeamJoin</name>
    <message>
        <source>The team server %1 (port %2) cannot be reached: check the address and whether this laptop is online.</source>
        <translation>De teamserver %1 (poort %2) is niet bereikbaar: controleer het adres en of deze laptop online is.</translation>
    </message>
    <message>
        <source>A certificate was refused: the server&apos;s certificate is not from the team&apos;s CA, or the server does not accept your personal certificate for user %1. (%2)</source>
        <translation>Een certificaat is geweigerd: het certificaat van de server komt niet van de CA van het team, of de server accepteert uw persoonlijke certificaat niet voor gebruiker %1. (%2)</translation>
    </message>
    <message>
        <source>The team password of %1 is wrong, or the personal certificate is not %1&apos;s. (%2)</source>
        <translation>Het teamwachtwoord van %1 klopt niet, of het persoonlijke certificaat is niet van %1. (%2)</translation>
    </message>
    <message>
        <source>The team server does not let %1 in: ask the beheerder to add you to the team. (%2)</source>
        <translation>De teamserver laat %1 niet toe: vraag de beheerder u aan het team toe te voegen. (%2)</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>This case file is not linked to a team.</source>
        <translation>Dit dossierbestand is niet aan een team gekoppeld.</translation>
    </message>
    <message>
        <source>This case file is already linked to team %1 on %2; nothing was changed.</source>
        <translation>Dit dossierbestand is al gekoppeld aan team %1 op %2; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The case file was not linked to the team: %1</source>
        <translation>Het dossierbestand is niet aan het team gekoppeld: %1</translation>
    </message>
    <message>
        <source>The team server knows no active colleague by this name: ask the beheerder to add you.</source>
        <translation>De teamserver kent geen actieve collega met deze naam: vraag de beheerder u toe te voegen.</translation>
    </message>
    <message>
        <source>The case file still is linked to the team: %1</source>
        <translation>Het dossierbestand is nog steeds aangesloten bij het team: %1</translation>
    </message>
</context>
<context>
    <name>TeamOutbox</name>
    <message>
        <source>sent on joining the team</source>
        <translation>verstuurd bij aansluiten bij het team</translation>
    </message>
    <message>
        <source>an item for the team must name its participant</source>
        <translation>een item voor het team moet zijn deelnemer noemen</translation>
    </message>
</context>
<context>
    <name>TeamReview</name>
    <message>
        <source>Choose the event to retract.</source>
        <translation>Kies de gebeurtenis die herroepen moet worden.</translation>
    </message>
    <message>
        <source>review of a concurrent change</source>
        <translation>beoordeling van een gelijktijdige wijziging</translation>
    </message>
    <message>
        <source>Say what the begeleider should look at.</source>
        <translation>Schrijf op waar de begeleider naar moet kijken.</translation>
    </message>
    <message>
        <source>flagged by %1&apos;s laptop (%2)</source>
        <translation>gemarkeerd door de laptop van %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, via the team)</source>
        <translation>%1 (%2, via het team)</translation>
    </message>
    <message>
        <source>a review item about %1 sent as one about %2: not taken</source>
        <translation>een beoordelingsitem over %1, verzonden als een over %2: niet overgenomen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (%1) from %2&apos;s laptop were refused by the team server, tried %3 time(s): %4</source>
        <translation>
            <numerusform>%n item (%1) van de laptop van %2 is door de teamserver geweigerd, %3 keer geprobeerd: %4</numerusform>
            <numerusform>%n items (%1) van de laptop van %2 zijn door de teamserver geweigerd, %3 keer geprobeerd: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server never had these items: hand the participant back to %1, whose laptop then sends them.</source>
        <translation>De teamserver heeft deze items nooit gehad: draag de deelnemer terug over aan %1; die laptop verstuurt ze dan.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>The team schema&apos;s version could not be read: %1</source>
        <translation>De versie van het teamschema kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The team server has schema version %1; this program knows up to %2. Nothing was changed: use the newer program.</source>
        <translation>De teamserver heeft schemaversie %1; dit programma kent tot en met %2. Er is niets veranderd: gebruik het nieuwere programma.</translation>
    </message>
    <message>
        <source>Migration %1 of the team schema is missing from this program.</source>
        <translation>Migratie %1 van het teamschema ontbreekt in dit programma.</translation>
    </message>
    <message>
        <source>Updating the team schema to version %1 failed; it stays at version %2: %3</source>
        <translation>Het teamschema bijwerken naar versie %1 is mislukt; het blijft op versie %2: %3</translation>
    </message>
</context>
<context>
    <name>TeamServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>&quot;%1&quot; is geen sleutel=waarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>&quot;%1&quot; staat er twee keer.</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a port number.</source>
        <translation>poort &quot;%1&quot; is geen poortnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key this program knows (host, port, dbname, user, sslmode, sslrootcert, sslcert, sslkey).</source>
        <translation>&quot;%1&quot; is geen sleutel die dit programma kent (host, port, dbname, user, sslmode, sslrootcert, sslcert, sslkey).</translation>
    </message>
    <message>
        <source>host is missing.</source>
        <translation>host ontbreekt.</translation>
    </message>
    <message>
        <source>user is missing.</source>
        <translation>user ontbreekt.</translation>
    </message>
    <message>
        <source>The team server&apos;s address is wrong: %1</source>
        <translation>Het adres van de teamserver klopt niet: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not contain a semicolon.</source>
        <translation>&quot;%1&quot; mag geen puntkomma bevatten.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>This case file is not linked to a team: use team join first.</source>
        <translation>Dit dossierbestand is niet aan een team gekoppeld: gebruik eerst team join.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sent</source>
        <translation>
            <numerusform>%n item verstuurd</numerusform>
            <numerusform>%n items verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <source>the team server already has another item with id %1; this one was not sent</source>
        <translation>de teamserver heeft al een ander item met id %1; dit item is niet verstuurd</translation>
    </message>
    <message>
        <source>This case file is not linked to a team.</source>
        <translation>Dit dossierbestand is niet aan een team gekoppeld.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) received</source>
        <translation>
            <numerusform>%n item ontvangen</numerusform>
            <numerusform>%n items ontvangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1 of %2 was not put in this case file: %3</source>
        <translation>Item %1 van %2 is niet in dit dossierbestand verwerkt: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer assigned to you; it stays on this laptop until its %n waiting item(s) are sent.</source>
        <translation>
            <numerusform>%1 is niet meer aan u toegewezen; het blijft op deze laptop tot het wachtende item is verstuurd.</numerusform>
            <numerusform>%1 is niet meer aan u toegewezen; het blijft op deze laptop tot de %n wachtende items zijn verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer assigned to you and was taken off this laptop.</source>
        <translation>%1 is niet meer aan u toegewezen en is van deze laptop gehaald.</translation>
    </message>
    <message>
        <source>two people changed the same data at the same time (%1); both are kept, the later one counts</source>
        <translation>twee mensen wijzigden tegelijk hetzelfde gegeven (%1); beide zijn bewaard, het laatste telt</translation>
    </message>
    <message>
        <source>events recorded at the same time by two people make a history the rules refuse: %1</source>
        <translation>gebeurtenissen die twee mensen tegelijk vastlegden, geven een geschiedenis die de regels weigeren: %1</translation>
    </message>
    <message>
        <source>participant number %1 is already used in the team for another participant; nothing of this one was sent</source>
        <translation>deelnemernummer %1 is in het team al in gebruik voor een andere deelnemer; van deze is niets verstuurd</translation>
    </message>
    <message>
        <source>The case file stopped taking changes: %1</source>
        <translation>Het dossierbestand neemt geen wijzigingen meer aan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer assigned to you; it stays on this laptop while %n item(s) the server refused wait for a decision (team status).</source>
        <translation>
            <numerusform>%1 is niet meer aan u toegewezen; het blijft op deze laptop zolang een item dat de server weigerde op een besluit wacht (team status).</numerusform>
            <numerusform>%1 is niet meer aan u toegewezen; het blijft op deze laptop zolang %n items die de server weigerde op een besluit wachten (team status).</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1 of %2 was put in this case file after all.</source>
        <translation>Item %1 van %2 is alsnog in dit dossierbestand verwerkt.</translation>
    </message>
    <message>
        <source>the item could not be put in the case file of %1: %2</source>
        <translation>het item kon niet worden verwerkt in het dossierbestand van %1: %2</translation>
    </message>
    <message>
        <source>The sync was stopped; what was not sent or received yet waits for the next one.</source>
        <translation>De synchronisatie is gestopt; wat nog niet is verstuurd of ontvangen, gaat mee met de volgende.</translation>
    </message>
    <message>
        <source>two people recorded %1 at the same time: both are kept; retract one if it happened once</source>
        <translation>twee mensen legden tegelijk %1 vast: beide blijven bewaard; herroep er een als het maar één keer gebeurde</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) the team server refused before are sent again: %1 is assigned to you again.</source>
        <translation>
            <numerusform>%n item dat de teamserver eerder weigerde, is opnieuw verstuurd: %1 is weer aan u toegewezen.</numerusform>
            <numerusform>%n items die de teamserver eerder weigerde, zijn opnieuw verstuurd: %1 is weer aan u toegewezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server was not told what it refused here: %1</source>
        <translation>De teamserver is niet verteld wat hij hier weigerde: %1</translation>
    </message>
</context>
<context>
    <name>TeamSyncController</name>
    <message>
        <source>last synced %1</source>
        <translation>laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n item wachtend</numerusform>
            <numerusform>%n items wachtend</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: syncing...</source>
        <translation>Team: synchroniseren…</translation>
    </message>
    <message>
        <source>Team: syncing... %1</source>
        <translation>Team: synchroniseren… %1</translation>
    </message>
    <message>
        <source>Team: offline · %1 · %2</source>
        <translation>Team: offline · %1 · %2</translation>
    </message>
    <message>
        <source>Team: the last sync failed · %1 · %2</source>
        <translation>Team: de laatste synchronisatie is mislukt · %1 · %2</translation>
    </message>
    <message>
        <source>Team: %1 · %2</source>
        <translation>Team: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>· %n refused by the server</source>
        <translation>
            <numerusform>· %n geweigerd door de server</numerusform>
            <numerusform>· %n geweigerd door de server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n for review</source>
        <translation>
            <numerusform>· %n ter beoordeling</numerusform>
            <numerusform>· %n ter beoordeling</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server was not reachable. You can go on working: what you change waits on this laptop and is sent at the next sync.

%1</source>
        <translation>De teamserver was niet bereikbaar. U kunt gewoon doorwerken: wat u wijzigt, wacht op deze laptop en gaat mee met de volgende synchronisatie.

%1</translation>
    </message>
    <message>
        <source>The last sync did not finish. Nothing was lost: what was not sent waits on this laptop.

%1</source>
        <translation>De laatste synchronisatie is niet afgerond. Er is niets verloren: wat nog niet is verstuurd, wacht op deze laptop.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are on the teamleider&apos;s review list.</source>
        <translation>
            <numerusform>%n item staat op de beoordelingslijst van de teamleider.</numerusform>
            <numerusform>%n items staan op de beoordelingslijst van de teamleider.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in step with the team.</source>
        <translation>Alles is gelijk met het team.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were refused by the team server and wait on this laptop. The teamleider sees them on the review list (File &gt; For review...); once the participant is assigned to you again, they are sent by themselves.</source>
        <translation>
            <numerusform>%n item is door de teamserver geweigerd en wacht op deze laptop. De teamleider ziet het op de lijst Te beoordelen (Bestand &gt; Te beoordelen...); zodra de deelnemer weer aan u is toegewezen, wordt het vanzelf verstuurd.</numerusform>
            <numerusform>%n items zijn door de teamserver geweigerd en wachten op deze laptop. De teamleider ziet ze op de lijst Te beoordelen (Bestand &gt; Te beoordelen...); zodra de deelnemer weer aan u is toegewezen, worden ze vanzelf verstuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSyncWorker</name>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>Verbinden met %1 ...</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>← &amp;Back to My participants</source>
        <translation>← &amp;Terug naar Mijn deelnemers</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n deadline(s) overdue or due within 14 days</source>
        <translation>
            <numerusform>Vandaag, %1: %n termijn te laat of binnen 14 dagen</numerusform>
            <numerusform>Vandaag, %1: %n termijnen te laat of binnen 14 dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>due within 14 days</source>
        <translation>binnen 14 dagen</translation>
    </message>
    <message numerus="yes">
        <source>, %n form(s) waiting for a signature</source>
        <translation>
            <numerusform>, %n formulier wacht op een handtekening</numerusform>
            <numerusform>, %n formulieren wachten op een handtekening</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: signature missing</source>
        <translation>%1: handtekening ontbreekt</translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation>wacht op: %1</translation>
    </message>
    <message>
        <source>Werkafspraak 4, Bijlage 2a: signed by all three parties</source>
        <translation>Werkafspraak 4, Bijlage 2a: door alle drie de partijen ondertekend</translation>
    </message>
</context>
<context>
    <name>Trajectory</name>
    <message>
        <source>event %1 (%2, %3)</source>
        <translation>gebeurtenis %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The trajectory file is not valid JSON at character %1: %2.</source>
        <translation>Het trajectbestand is geen geldige JSON bij teken %1: %2.</translation>
    </message>
    <message>
        <source>The trajectory file must contain one JSON object.</source>
        <translation>Het trajectbestand moet één JSON-object bevatten.</translation>
    </message>
    <message>
        <source>The trajectory file names no rule profile (field &quot;profile&quot;).</source>
        <translation>Het trajectbestand noemt geen regelprofiel (veld &quot;profile&quot;).</translation>
    </message>
    <message>
        <source>deelnemer.geboortedatum &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>deelnemer.geboortedatum &quot;%1&quot; is geen datum van de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>deelnemer.huishouden &quot;%1&quot; is unknown; use alleenstaand, gezin or multiprobleemgezin.</source>
        <translation>deelnemer.huishouden &quot;%1&quot; is onbekend; gebruik alleenstaand, gezin of multiprobleemgezin.</translation>
    </message>
    <message>
        <source>The trajectory file has no list of events (field &quot;events&quot;).</source>
        <translation>Het trajectbestand heeft geen lijst met gebeurtenissen (veld &quot;events&quot;).</translation>
    </message>
    <message>
        <source>event %1: is not a JSON object.</source>
        <translation>gebeurtenis %1: is geen JSON-object.</translation>
    </message>
    <message>
        <source>event %1: has no type.</source>
        <translation>gebeurtenis %1: heeft geen type.</translation>
    </message>
    <message>
        <source>event %1 (%2): the date &quot;%3&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>gebeurtenis %1 (%2): de datum &quot;%3&quot; is geen datum van de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>gebeurtenis %1</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;</source>
        <translation>%1, veld &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>waar/onwaar</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 moet tekst zijn, niet %2.</translation>
    </message>
    <message>
        <source>The trajectory file is refused: %1 %2.</source>
        <translation>Het trajectbestand is geweigerd: %1 %2.</translation>
    </message>
    <message>
        <source>The trajectory file has a field &quot;%1&quot; this format does not know; it knows %2.</source>
        <translation>Het trajectbestand heeft een veld &quot;%1&quot; dat dit formaat niet kent; het kent %2.</translation>
    </message>
    <message>
        <source>The trajectory file has no participant (field &quot;deelnemer&quot; with an object).</source>
        <translation>Het trajectbestand heeft geen deelnemer (veld &quot;deelnemer&quot; met een object).</translation>
    </message>
    <message>
        <source>deelnemer has a field &quot;%1&quot; this format does not know; it knows %2.</source>
        <translation>deelnemer heeft een veld &quot;%1&quot; dat dit formaat niet kent; het kent %2.</translation>
    </message>
    <message>
        <source>&quot;deelnemer.id&quot; must be text or a whole number, not %1.</source>
        <translation>&quot;deelnemer.id&quot; moet tekst of een geheel getal zijn, niet %1.</translation>
    </message>
    <message>
        <source>event %1 (%2): the field &quot;%3&quot; is unknown (a typo?); fields are %4.</source>
        <translation>gebeurtenis %1 (%2): het veld &quot;%3&quot; is onbekend (een tikfout?); velden zijn %4.</translation>
    </message>
    <message>
        <source>event %1 (%2): the field &quot;%3&quot; must be text, a number or true/false, not %4.</source>
        <translation>gebeurtenis %1 (%2): het veld &quot;%3&quot; moet tekst, een getal of waar/onwaar zijn, niet %4.</translation>
    </message>
</context>
<context>
    <name>TrajectoryCommands</name>
    <message>
        <source>Usage: thuisindewijk-cli trajectory evaluate FILE.json [--today YYYY-MM-DD] [--json]</source>
        <translation>Gebruik: thuisindewijk-cli trajectory evaluate BESTAND.json [--today JJJJ-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli rules diagram --profile PROFILE [--format dot|mermaid]</source>
        <translation>Gebruik: thuisindewijk-cli rules diagram --profile PROFIEL [--format dot|mermaid]</translation>
    </message>
    <message>
        <source>--today &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--today &quot;%1&quot; is geen datum van de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli rules diagram --profile PROFILE [--format dot|mermaid] | rules explain --profile PROFILE [--tests DIR]</source>
        <translation>Gebruik: thuisindewijk-cli rules diagram --profile PROFIEL [--format dot|mermaid] | rules explain --profile PROFIEL [--tests MAP]</translation>
    </message>
    <message>
        <source>Usage: thuisindewijk-cli rules explain --profile PROFILE [--tests DIR]</source>
        <translation>Gebruik: thuisindewijk-cli rules explain --profile PROFIEL [--tests MAP]</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
</context>
<context>
    <name>TrajectoryEngine</name>
    <message>
        <source>%1: lies after today (%2); record events when they have happened</source>
        <translation>%1: ligt na vandaag (%2); leg gebeurtenissen vast als ze hebben plaatsgevonden</translation>
    </message>
    <message>
        <source>unknown event type in profile %1</source>
        <translation>onbekend type gebeurtenis in profiel %1</translation>
    </message>
    <message>
        <source>omklap is not possible yet (Werkafspraak 8): %1</source>
        <translation>omklap is nog niet mogelijk (Werkafspraak 8): %1</translation>
    </message>
    <message>
        <source>cannot come before %1 (allowed in phase %2; the trajectory is in phase %3)</source>
        <translation>kan niet vóór %1 (toegestaan in fase %2; het traject is in fase %3)</translation>
    </message>
    <message>
        <source>not allowed in phase %1 (allowed in: %2)</source>
        <translation>niet toegestaan in fase %1 (toegestaan in: %2)</translation>
    </message>
    <message>
        <source>cannot come before %1</source>
        <translation>kan niet vóór %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>not possible after %1</source>
        <translation>niet mogelijk na %1</translation>
    </message>
    <message>
        <source>not possible while %1 is in force (until %2)</source>
        <translation>niet mogelijk zolang %1 geldt (tot %2)</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>het veld &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a date of the form YYYY-MM-DD: &quot;%2&quot;</source>
        <translation>het veld &quot;%1&quot; is geen datum van de vorm JJJJ-MM-DD: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>goal &quot;%1&quot; already exists; give each goal its own id</source>
        <translation>doel &quot;%1&quot; bestaat al; geef elk doel een eigen id</translation>
    </message>
    <message>
        <source>unknown leefdomein &quot;%1&quot; (use %2)</source>
        <translation>onbekend leefdomein &quot;%1&quot; (gebruik %2)</translation>
    </message>
    <message>
        <source>unknown goal &quot;%1&quot; (no doel_vastgesteld with this id before it)</source>
        <translation>onbekend doel &quot;%1&quot; (geen doel_vastgesteld met dit id ervoor)</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; may be %2, not &quot;%3&quot;</source>
        <translation>het veld &quot;%1&quot; mag %2 zijn, niet &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Record the judgement</source>
        <translation>Oordeel vastleggen</translation>
    </message>
    <message>
        <source>Actie %1: %2</source>
        <translation>Actie %1: %2</translation>
    </message>
    <message>
        <source>Follow-up enquiry done</source>
        <translation>Navraag gedaan</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>The trajectory uses profile &quot;%1&quot;, not region &quot;%2&quot;.</source>
        <translation>Het traject gebruikt profiel &quot;%1&quot;, niet regio &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n werkdag</numerusform>
            <numerusform>%n werkdagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>only for a participant younger than %1; record the date of birth first</source>
        <translation>alleen voor een deelnemer jonger dan %1; leg eerst de geboortedatum vast</translation>
    </message>
    <message>
        <source>only for a participant younger than %1 (born %2)</source>
        <translation>alleen voor een deelnemer jonger dan %1 (geboren %2)</translation>
    </message>
    <message>
        <source>not before %1 (%2 after %3)</source>
        <translation>niet vóór %1 (%2 na %3)</translation>
    </message>
</context>
<context>
    <name>TrajectoryRepository</name>
    <message>
        <source>The trajectory has no participant id (deelnemer.id).</source>
        <translation>Het traject heeft geen deelnemer-id (deelnemer.id).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>There is no participant %1 in this case file.</source>
        <translation>Er is geen deelnemer %1 in dit dossierbestand.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Niet vastgelegd: %1</translation>
    </message>
    <message>
        <source>There is nothing to undo for participant %1.</source>
        <translation>Er is voor deelnemer %1 niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>%1: field nummer must name an earlier event</source>
        <translation>%1: veld nummer moet een eerdere gebeurtenis noemen</translation>
    </message>
    <message>
        <source>The event to retract is not in participant %1&apos;s history.</source>
        <translation>De te herroepen gebeurtenis staat niet in de geschiedenis van deelnemer %1.</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>De gebeurtenissen konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The Dutch translation of this application could not be loaded; texts are shown in English.</source>
        <translation>De Nederlandse vertaling van dit programma kon niet worden geladen; teksten worden in het Engels getoond.</translation>
    </message>
    <message>
        <source>Qt&apos;s Dutch texts (standard buttons such as OK and Cancel) were not found in %1; install the package qt6-translations-l10n. Those buttons stay in English.</source>
        <translation>De Nederlandse teksten van Qt (standaardknoppen zoals OK en Annuleren) zijn niet gevonden in %1; installeer het pakket qt6-translations-l10n. Die knoppen blijven Engels.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>The trusted certificates file %1 cannot be read.</source>
        <translation>Het bestand met vertrouwde certificaten %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is not a PEM file of certificates (-----BEGIN CERTIFICATE-----), or one of them is damaged.</source>
        <translation>%1 is geen PEM-bestand met certificaten (-----BEGIN CERTIFICATE-----), of een ervan is beschadigd.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Type the passphrase of this case file.</source>
        <translation>Typ het wachtwoord van dit dossierbestand.</translation>
    </message>
    <message>
        <source>That passphrase does not open this case file. Try again; the file was not changed.</source>
        <translation>Dat wachtwoord opent dit dossierbestand niet. Probeer het opnieuw; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The case file is locked</source>
        <translation>Het dossierbestand is vergrendeld</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Dossierbestand openen</translation>
    </message>
    <message>
        <source>Type the passphrase to continue where you were:</source>
        <translation>Typ het wachtwoord om verder te gaan waar u was:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Restore latest backup...</source>
        <translation>&amp;Laatste back-up terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Close case file</source>
        <translation>Dossierbestand &amp;sluiten</translation>
    </message>
    <message>
        <source>Other &amp;file...</source>
        <translation>Ander &amp;bestand…</translation>
    </message>
</context>
<context>
    <name>VoordrachtAnswer</name>
    <message>
        <source>Form %1 is not a Voordracht voor Omklap: Woonzaken answers only a voordracht.</source>
        <translation>Formulier %1 is geen Voordracht voor Omklap: Woonzaken beantwoordt alleen een voordracht.</translation>
    </message>
    <message>
        <source>Voordracht %1 is not final yet: Woonzaken answers the voordracht that was sent.</source>
        <translation>Voordracht %1 is nog niet definitief: Woonzaken beantwoordt de voordracht die is verstuurd.</translation>
    </message>
    <message>
        <source>Voordracht %1 was replaced by a correction (form %2): record the answer against that one.</source>
        <translation>Voordracht %1 is vervangen door een correctie (formulier %2): leg het antwoord bij die correctie vast.</translation>
    </message>
    <message>
        <source>The date of Woonzaken&apos;s answer is missing.</source>
        <translation>De datum van het antwoord van Woonzaken ontbreekt.</translation>
    </message>
    <message>
        <source>Woonzaken&apos;s answer is dated %1, after today: record it when it has come.</source>
        <translation>Het antwoord van Woonzaken is gedateerd %1, na vandaag: leg het vast als het er is.</translation>
    </message>
    <message>
        <source>A refusal comes with its motivation (&quot;voorzien van motivatie&quot;, Werkafspraak 8): write down why Woonzaken refused.</source>
        <translation>Een afwijzing komt met een motivatie (&quot;voorzien van motivatie&quot;, Werkafspraak 8): schrijf op waarom Woonzaken afwees.</translation>
    </message>
    <message>
        <source>Woonzaken&apos;s answer (%1) cannot come before the voordracht it answers (%2).</source>
        <translation>Het antwoord van Woonzaken (%1) kan niet vóór de voordracht liggen die het beantwoordt (%2).</translation>
    </message>
    <message>
        <source>Woonzaken&apos;s answer to voordracht %1 is recorded already (%2 on %3).</source>
        <translation>Het antwoord van Woonzaken op voordracht %1 is al vastgelegd (%2 op %3).</translation>
    </message>
    <message>
        <source>akkoord</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>Voordracht %1 (%2) is not the voordracht the trajectory waits on for Woonzaken&apos;s answer%3.</source>
        <translation>Voordracht %1 (%2) is niet de voordracht waarop het traject het antwoord van Woonzaken wacht%3.</translation>
    </message>
    <message>
        <source>: that is the one of %1</source>
        <translation>: dat is die van %1</translation>
    </message>
    <message>
        <source>Woonzaken&apos;s answer to the voordracht of %1 is recorded already (akkoord on %2).</source>
        <translation>Het antwoord van Woonzaken op de voordracht van %1 is al vastgelegd (akkoord op %2).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Welkom bij %1</translation>
    </message>
    <message>
        <source>No case file is open yet. Make a new one, or open the one you use.</source>
        <translation>Er is nog geen dossierbestand geopend. Maak een nieuw dossierbestand of open het bestand dat u gebruikt.</translation>
    </message>
    <message>
        <source>&amp;New case file...</source>
        <translation>&amp;Nieuw dossierbestand…</translation>
    </message>
    <message>
        <source>&amp;Open case file...</source>
        <translation>Dossierbestand &amp;openen…</translation>
    </message>
</context>
<context>
    <name>WoonzakenAnswerDialog</name>
    <message>
        <source>&amp;Agreed: the lease can be put in the participant&apos;s name</source>
        <translation>&amp;Akkoord: het huurcontract kan op naam van de deelnemer worden gezet</translation>
    </message>
    <message>
        <source>&amp;Refused, with motivation</source>
        <translation>Afge&amp;wezen, met motivatie</translation>
    </message>
    <message>
        <source>Woonzaken&apos;s answer</source>
        <translation>Antwoord van Woonzaken</translation>
    </message>
    <message>
        <source>date?</source>
        <translation>datum?</translation>
    </message>
    <message>
        <source>Voordracht %1: &quot;Woonzaken informeert de zorgaanbieder en de woningcorporatie binnen 5 werkdagen na ontvangst van het formulier of de gemeente akkoord gaat met de omklap&quot; (Werkafspraak 8).</source>
        <translation>Voordracht %1: &quot;Woonzaken informeert de zorgaanbieder en de woningcorporatie binnen 5 werkdagen na ontvangst van het formulier of de gemeente akkoord gaat met de omklap&quot; (Werkafspraak 8).</translation>
    </message>
    <message>
        <source>Answer &amp;dated:</source>
        <translation>Antwoord &amp;gedateerd:</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>&amp;Motivatie:</translation>
    </message>
    <message>
        <source>R&amp;ecord</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>Choose whether Woonzaken agreed or refused.</source>
        <translation>Kies of Woonzaken akkoord ging of afwees.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Show version and licence.</source>
        <translation>Toon versie en licentie.</translation>
    </message>
    <message>
        <source>nl|en</source>
        <translation>nl|en</translation>
    </message>
    <message>
        <source>Open this case file (dossierbestand).</source>
        <translation>Open dit dossierbestand.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Open this participant&apos;s dossier (with --store).</source>
        <translation>Open het dossier van deze deelnemer (met --store).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
</TS>
