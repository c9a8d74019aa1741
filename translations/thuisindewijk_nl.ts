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
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Welkom bij %1</translation>
    </message>
    <message>
        <source>No case file is open yet.</source>
        <translation>Er is nog geen dossierbestand geopend.</translation>
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
</context>
</TS>
