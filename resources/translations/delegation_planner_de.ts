<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit Agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>S&amp;prachen:</translation>
    </message>
    <message>
        <source>e.g. zh, de</source>
        <translation>z. B. zh, de</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Vertragsparteien:</translation>
    </message>
    <message>
        <source>&amp;Signatories:</source>
        <translation>&amp;Unterzeichner:</translation>
    </message>
    <message>
        <source>this meeting already has an agreement</source>
        <translation>dieser Termin hat bereits eine Vereinbarung</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Vertragsparteien</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>AttendeeAnswer</name>
    <message>
        <source>accepted</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>unter Vorbehalt</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <source>Filter by name or organization…</source>
        <translation>Nach Name oder Organisation filtern…</translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Tick who attends, and each one&apos;s role in the &amp;meeting:</source>
        <translation>Teilnehmende ankreuzen, mit ihrer Rolle im &amp;Termin:</translation>
    </message>
    <message>
        <source>People of the trip by side and organization</source>
        <translation>Personen der Reise nach Seite und Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Rolle im Termin</translation>
    </message>
    <message>
        <source>Tick to add all people of {organization}</source>
        <translation>Ankreuzen, um alle Personen von {organization} hinzuzufügen</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Unsere Delegation</translation>
    </message>
    <message>
        <source>Host side</source>
        <translation>Gastgeberseite</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Role of {name} in the meeting</source>
        <translation>Rolle von {name} im Termin</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BranchVenueDialog</name>
    <message>
        <source>Edit Branch Venue</source>
        <translation>Zugeschalteten Standort bearbeiten</translation>
    </message>
    <message>
        <source>New Branch Venue</source>
        <translation>Neuer zugeschalteter Standort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Commerzbank Tower, conference room</source>
        <translation>z. B. Commerzbank Tower, Konferenzraum</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Ortszeit:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Onl&amp;ine-Link:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gastgeber:</translation>
    </message>
    <message>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} ist keine Organisation dieser Reise</translation>
    </message>
    <message>
        <source>&amp;Attendees here:</source>
        <translation>&amp;Teilnehmer an diesem Standort:</translation>
    </message>
    <message>
        <source>Meeting: {title}, {day} {times} in {city}</source>
        <translation>Termin: {title}, {day} {times} in {city}</translation>
    </message>
    <message>
        <source>Choose the zone to see the meeting&apos;s time here.</source>
        <translation>Wählen Sie die Zeitzone, um die Uhrzeit des Termins hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>BranchVenueEditing</name>
    <message>
        <source>Remove the branch venue &apos;{label}&apos;?</source>
        <translation>Zugeschalteten Standort „{label}“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n attendee(s) will no longer join from there.</source>
        <translation>
            <numerusform>%n Teilnehmer wird dann nicht mehr von dort zugeschaltet.</numerusform>
            <numerusform>%n Teilnehmer werden dann nicht mehr von dort zugeschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove Branch Venue</source>
        <translation>Zugeschalteten Standort entfernen</translation>
    </message>
</context>
<context>
    <name>BranchVenueList</name>
    <message>
        <source>Branch venues</source>
        <translation>Zugeschaltete Standorte</translation>
    </message>
</context>
<context>
    <name>BriefingExportDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Export Briefing Pack</source>
        <translation>Briefingmappe exportieren</translation>
    </message>
    <message>
        <source>Internal: with private notes, notes on people and problems</source>
        <translation>Intern: mit vertraulichen Notizen, Personennotizen und Problemen</translation>
    </message>
    <message>
        <source>External: without private notes and notes on people</source>
        <translation>Extern: ohne vertrauliche Notizen und Personennotizen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Sections (the cover and contents are always there)</source>
        <translation>Abschnitte (Deckblatt und Inhaltsverzeichnis sind immer enthalten)</translation>
    </message>
    <message>
        <source>P&amp;rogramme at a glance on one page</source>
        <translation>P&amp;rogramm auf einen Blick, auf einer Seite</translation>
    </message>
    <message>
        <source>The trip at a &amp;glance: stops, hotels, travel, delegation</source>
        <translation>Die Reise auf einen &amp;Blick: Stationen, Hotels, Fahrten, Delegation</translation>
    </message>
    <message>
        <source>&amp;Schedule day by day, local and home time</source>
        <translation>Besuchsprogramm &amp;Tag für Tag, Orts- und Heimatzeit</translation>
    </message>
    <message>
        <source>One &amp;brief per meeting</source>
        <translation>Ein &amp;Dossier je Termin</translation>
    </message>
    <message>
        <source>&amp;Agreements to be signed, with their signatories</source>
        <translation>Vereinbarungen zur &amp;Unterzeichnung, mit ihren Unterzeichnern</translation>
    </message>
    <message>
        <source>&amp;Directories of people and organizations</source>
        <translation>&amp;Verzeichnisse der Personen und Organisationen</translation>
    </message>
    <message>
        <source>&amp;Contacts and emergency numbers</source>
        <translation>&amp;Kontakte und Notrufnummern</translation>
    </message>
    <message>
        <source>Dis&amp;tribution list (external and personal packs)</source>
        <translation>Verte&amp;iler (externe und persönliche Mappen)</translation>
    </message>
    <message>
        <source>Pack &amp;for:</source>
        <translation>M&amp;appe für:</translation>
    </message>
    <message>
        <source>The whole trip</source>
        <translation>Die ganze Reise</translation>
    </message>
    <message>
        <source> (delegation)</source>
        <translation> (Delegation)</translation>
    </message>
    <message>
        <source>A personal pack holds only that person&apos;s meetings and the people they meet</source>
        <translation>Eine persönliche Mappe enthält nur die Termine dieser Person und die Menschen, die sie trifft</translation>
    </message>
    <message>
        <source>one recipient a line, copy 1 first</source>
        <translation>ein Empfänger je Zeile, Exemplar 1 zuerst</translation>
    </message>
    <message>
        <source>First, or the reader&apos;s own</source>
        <translation>Erstes, oder das des Lesers</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Preview and printing open the pack in the system&apos;s PDF viewer: this build of the app has no PDF viewer of its own.</source>
        <translation>Vorschau und Druck öffnen die Mappe im PDF-Betrachter des Systems: Diese Ausgabe der App hat keinen eigenen PDF-Betrachter.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open in Viewer</source>
        <translation>In PDF-Anzeige ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Editio&amp;n:</source>
        <translation>Aus&amp;gabe:</translation>
    </message>
    <message>
        <source>Problems found by the chec&amp;ks (internal only)</source>
        <translation>&amp;Probleme aus den Prüfungen (nur intern)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Papierf&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Versio&amp;n:</translation>
    </message>
    <message>
        <source>Rec&amp;ipients:</source>
        <translation>E&amp;mpfänger:</translation>
    </message>
    <message>
        <source>Cop&amp;y:</source>
        <translation>E&amp;xemplar:</translation>
    </message>
    <message>
        <source>Cannot export the briefing pack</source>
        <translation>Die Briefingmappe kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Laying out {file}…</source>
        <translation>{file} wird gesetzt…</translation>
    </message>
    <message>
        <source>Wrote {file} ({pages} pages).</source>
        <translation>{file} geschrieben ({pages} Seiten).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file}: unexpected {kind}: {error}</source>
        <translation>{file}: unerwarteter Fehler ({kind}): {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Logo for the Cover</source>
        <translation>Logo für das Deckblatt</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Writing the calendar…</source>
        <translation>Der Kalender wird geschrieben…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The whole &amp;trip</source>
        <translation>Die ganze &amp;Reise</translation>
    </message>
    <message>
        <source>One &amp;person&apos;s meetings:</source>
        <translation>Termine einer &amp;Person:</translation>
    </message>
    <message>
        <source>Each &amp;delegate into a folder ({n} files)</source>
        <translation>Jedes &amp;Delegationsmitglied in einen Ordner ({n} Dateien)</translation>
    </message>
    <message>
        <source>The &amp;selected meetings ({n})</source>
        <translation>Die &amp;ausgewählten Termine ({n})</translation>
    </message>
    <message>
        <source> (delegation)</source>
        <translation> (Delegation)</translation>
    </message>
    <message>
        <source>External: without private notes and notes on people</source>
        <translation>Extern: ohne vertrauliche Notizen und Personennotizen</translation>
    </message>
    <message>
        <source>Internal: with private notes</source>
        <translation>Intern: mit vertraulichen Notizen</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Hotel check-in and check-out days</source>
        <translation>&amp;Hotel: An- und Abreisetage</translation>
    </message>
    <message>
        <source>Events keep their identity across exports: importing a newer file or subscribing updates them, and deleted meetings come out as cancelled.</source>
        <translation>Termine behalten über Exporte hinweg ihre Identität: Eine neuere Datei zu importieren oder zu abonnieren aktualisiert sie, und gelöschte Termine erscheinen als abgesagt.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Editio&amp;n:</source>
        <translation>Aus&amp;gabe:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Er&amp;innerung:</translation>
    </message>
    <message>
        <source>&amp;Language of the descriptions:</source>
        <translation>&amp;Sprache der Beschreibungen:</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Der Kalender kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Kalender exportiert</translation>
    </message>
    <message>
        <source>Folder for the Delegates&apos; Calendars</source>
        <translation>Ordner für die Kalender der Delegationsmitglieder</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;E-mail with a calendar (*.eml);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ical *.ifb);;E-Mail mit Kalender (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Calendar: {name}</source>
        <translation>Kalender importieren: {name}</translation>
    </message>
    <message>
        <source>The stop whose dates and city fit each event</source>
        <translation>Die Station, zu deren Daten und Stadt der Termin passt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Put events at:</source>
        <translation>Termine zuordnen zu:</translation>
    </message>
    <message>
        <source>&amp;Set Answers</source>
        <translation>&amp;Antworten übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to set</source>
        <translation>
            <numerusform>%n Antwort zu übernehmen</numerusform>
            <numerusform>%n Antworten zu übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} to skip</source>
        <translation>{add} neu, {update} zu aktualisieren, {skip} übersprungen</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Der Kalender kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
</context>
<context>
    <name>CalendarPublishDialog</name>
    <message>
        <source>Publish Calendar</source>
        <translation>Kalender veröffentlichen</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Kalenderadresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>From the system keychain</source>
        <translation>Aus dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The whole trip</source>
        <translation>Die ganze Reise</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Language of the descriptions</source>
        <translation>Sprache der Beschreibungen</translation>
    </message>
    <message>
        <source>Each event is kept in the calendar on the server: changed meetings are updated, deleted ones removed, and other entries there are left alone. A password typed here is used once and never saved.</source>
        <translation>Jeder Termin wird im Kalender auf dem Server gepflegt: Geänderte Termine werden aktualisiert, gelöschte entfernt, andere Einträge dort bleiben unberührt. Ein hier eingegebenes Passwort wird nur dieses eine Mal verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>Kalender&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>Editio&amp;n:</source>
        <translation>Aus&amp;gabe:</translation>
    </message>
    <message>
        <source>&amp;Language of the descriptions:</source>
        <translation>&amp;Sprache der Beschreibungen:</translation>
    </message>
    <message>
        <source>Cannot publish the calendar</source>
        <translation>Der Kalender kann nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>Publishing the calendar…</source>
        <translation>Der Kalender wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Calendar published</source>
        <translation>Kalender veröffentlicht</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message numerus="yes">
        <source>Import Calendar (%n event(s))</source>
        <translation>
            <numerusform>Kalender importieren (%n Termin)</numerusform>
            <numerusform>Kalender importieren (%n Termine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set Answers from a Reply (%n answer(s))</source>
        <translation>
            <numerusform>Antworten aus einer Rückmeldung übernehmen (%n Antwort)</numerusform>
            <numerusform>Antworten aus einer Rückmeldung übernehmen (%n Antworten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckSettings</name>
    <message>
        <source>Time between a meeting&apos;s end and a departure</source>
        <translation>Zeit zwischen Terminende und Abreise</translation>
    </message>
    <message>
        <source>Time between an arrival and the next meeting</source>
        <translation>Zeit zwischen Ankunft und nächstem Termin</translation>
    </message>
    <message>
        <source>Working hours (local time)</source>
        <translation>Arbeitszeit (Ortszeit)</translation>
    </message>
    <message>
        <source>Before a flight</source>
        <translation>Vor einem Flug</translation>
    </message>
    <message>
        <source>Before a train</source>
        <translation>Vor einer Bahnfahrt</translation>
    </message>
    <message>
        <source>Before a car</source>
        <translation>Vor einer Autofahrt</translation>
    </message>
    <message>
        <source>Before a bus</source>
        <translation>Vor einer Busfahrt</translation>
    </message>
    <message>
        <source>Before a ferry</source>
        <translation>Vor einer Fähre</translation>
    </message>
    <message>
        <source>Before other transport</source>
        <translation>Vor anderen Verkehrsmitteln</translation>
    </message>
    <message>
        <source>After a long-haul flight</source>
        <translation>Nach einem Langstreckenflug</translation>
    </message>
    <message>
        <source>After another flight</source>
        <translation>Nach einem anderen Flug</translation>
    </message>
    <message>
        <source>After a train</source>
        <translation>Nach einer Bahnfahrt</translation>
    </message>
    <message>
        <source>After a car</source>
        <translation>Nach einer Autofahrt</translation>
    </message>
    <message>
        <source>After a bus</source>
        <translation>Nach einer Busfahrt</translation>
    </message>
    <message>
        <source>After a ferry</source>
        <translation>Nach einer Fähre</translation>
    </message>
    <message>
        <source>After other transport</source>
        <translation>Nach anderen Verkehrsmitteln</translation>
    </message>
    <message>
        <source>A flight is long-haul from</source>
        <translation>Langstreckenflug ab</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Frühester Beginn</translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation>Spätestes Ende</translation>
    </message>
    <message>
        <source>Between venues in different cities</source>
        <translation>Zwischen Orten in verschiedenen Städten</translation>
    </message>
    <message>
        <source>Buffer on top of the drive</source>
        <translation>Puffer zusätzlich zur Fahrt</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Gifts worth more than this need approval</source>
        <translation>Geschenke über diesem Wert brauchen eine Genehmigung</translation>
    </message>
    <message>
        <source>Checks turned off</source>
        <translation>Abgeschaltete Prüfungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Überschneidungen</translation>
    </message>
    <message>
        <source>Transfer buffers</source>
        <translation>Puffer für Transfers</translation>
    </message>
    <message>
        <source>Travel between venues</source>
        <translation>Fahrten zwischen Orten</translation>
    </message>
    <message>
        <source>Outside the stop</source>
        <translation>Außerhalb der Station</translation>
    </message>
    <message>
        <source>Night hours</source>
        <translation>Nachtstunden</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Wochenenden</translation>
    </message>
    <message>
        <source>Travel gaps</source>
        <translation>Reiselücken</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Gift values</source>
        <translation>Geschenkwerte</translation>
    </message>
    <message>
        <source>Zones of stops</source>
        <translation>Zonen der Stationen</translation>
    </message>
    <message>
        <source>Declined invitations</source>
        <translation>Abgelehnte Einladungen</translation>
    </message>
</context>
<context>
    <name>CheckSettingsDialog</name>
    <message>
        <source>Check Settings</source>
        <translation>Prüfeinstellungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>a choice is required</source>
        <translation>eine Auswahl ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; fits {choices}{more}: type more of the name</source>
        <translation>„{name}“ passt zu {choices}{more}: Bitte geben Sie mehr vom Namen ein</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The store cannot be reached; your change was not saved.</source>
        <translation>Die Datenbank ist nicht erreichbar; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Another program is saving to this store; your change was not saved. Try again in a moment.</source>
        <translation>Ein anderes Programm speichert gerade in diese Datenbank; Ihre Änderung wurde nicht gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the store was lost while your change was being saved; it may have been saved. Look at it again before you repeat it.</source>
        <translation>Die Verbindung zur Datenbank ist beim Speichern Ihrer Änderung abgebrochen; möglicherweise wurde die Änderung dennoch gespeichert. Prüfen Sie den aktuellen Stand, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>The ranks of this side were changed by someone else; undoing would overwrite them, so nothing was changed. The list shows them now.</source>
        <translation>Die Rangfolge dieser Seite wurde von jemand anderem geändert; Rückgängigmachen würde sie überschreiben, daher wurde nichts geändert. Die Liste zeigt sie jetzt an.</translation>
    </message>
    <message>
        <source>The ranks of this side were changed by someone else; the list shows them now — drag again.</source>
        <translation>Die Rangfolge dieser Seite wurde von jemand anderem geändert; die Liste zeigt sie jetzt an – ziehen Sie erneut.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>{who} added {what}</source>
        <translation>{who} hat {what} hinzugefügt</translation>
    </message>
    <message>
        <source>{who} deleted {what}</source>
        <translation>{who} hat {what} gelöscht</translation>
    </message>
    <message>
        <source>{who} changed {what}</source>
        <translation>{who} hat {what} geändert</translation>
    </message>
    <message>
        <source>{change} ({fields})</source>
        <translation>{change} ({fields})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{change} and one more change</source>
        <translation>{change} und eine weitere Änderung</translation>
    </message>
    <message>
        <source>{change} and {count} more changes</source>
        <translation>{change} und {count} weitere Änderungen</translation>
    </message>
    <message>
        <source>{change}, after you chose to merge &apos;{label}&apos;. Nothing was merged; the directory shows the entries as they are now.</source>
        <translation>{change}, nachdem Sie sich entschieden hatten, „{label}“ zusammenzuführen. Es wurde nichts zusammengeführt; das Verzeichnis zeigt die Einträge im aktuellen Stand.</translation>
    </message>
    <message>
        <source>{change}, after you chose to delete &apos;{label}&apos;. Nothing was deleted; the window shows it as it is now.</source>
        <translation>{change}, nachdem Sie sich entschieden hatten, „{label}“ zu löschen. Es wurde nichts gelöscht; das Fenster zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>Add {kind} &apos;{label}&apos;</source>
        <translation>{kind} „{label}“ hinzufügen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>{who} deleted the {kind} &apos;{label}&apos; at {when}; your change was not saved.</source>
        <translation>{who} hat „{label}“ ({kind}) am {when} gelöscht; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The {kind} &apos;{label}&apos; was deleted by someone else; your change was not saved.</source>
        <translation>„{label}“ ({kind}) wurde von jemand anderem gelöscht; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was changed by someone else; not saved.</source>
        <translation>„{label}“ wurde von jemand anderem geändert; nicht gespeichert.</translation>
    </message>
    <message>
        <source>Delete {kind} &apos;{label}&apos;</source>
        <translation>{kind} „{label}“ löschen</translation>
    </message>
    <message>
        <source>Merge into &apos;{label}&apos;</source>
        <translation>Zusammenführen in „{label}“</translation>
    </message>
    <message>
        <source>Import &apos;{file}&apos;</source>
        <translation>„{file}“ importieren</translation>
    </message>
    <message>
        <source>Reorder Delegation</source>
        <translation>Rangfolge der Delegation ändern</translation>
    </message>
    <message>
        <source>Reorder Counterparts</source>
        <translation>Rangfolge der Gesprächspartner ändern</translation>
    </message>
    <message>
        <source>Edit {kind} &apos;{label}&apos;</source>
        <translation>{kind} „{label}“ bearbeiten</translation>
    </message>
    <message>
        <source>Mark &apos;{label}&apos; Done</source>
        <translation>„{label}“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark &apos;{label}&apos; Open</source>
        <translation>„{label}“ wieder öffnen</translation>
    </message>
    <message>
        <source>The follow-up &apos;{label}&apos; was changed by someone else; it was not marked. The register shows it as it is now.</source>
        <translation>Die Folgeaufgabe „{label}“ wurde von jemand anderem geändert; sie wurde nicht markiert. Das Register zeigt jetzt ihren aktuellen Stand.</translation>
    </message>
    <message>
        <source>Move &apos;{name}&apos; to {side}</source>
        <translation>„{name}“ verschieben: {side}</translation>
    </message>
    <message>
        <source>Rank &apos;{name}&apos;</source>
        <translation>Rang von „{name}“ ändern</translation>
    </message>
</context>
<context>
    <name>CompanionWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; saved a change to the {kind} &apos;{label}&apos; while you were editing it.</source>
        <translation>Während Sie „{label}“ ({kind}) bearbeitet haben, hat &lt;b&gt;{who}&lt;/b&gt; eine Änderung daran gespeichert.</translation>
    </message>
    <message>
        <source>Someone else saved a change to the {kind} &apos;{label}&apos; while you were editing it.</source>
        <translation>Während Sie „{label}“ ({kind}) bearbeitet haben, hat jemand anderes eine Änderung daran gespeichert.</translation>
    </message>
    <message>
        <source>Nothing has been overwritten. These fields were changed by both of you: keep your version, take theirs, or choose field by field.</source>
        <translation>Es wurde nichts überschrieben. Diese Felder haben Sie beide geändert: Behalten Sie Ihre Version, übernehmen Sie die andere oder wählen Sie Feld für Feld.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Andere &amp;Version übernehmen</translation>
    </message>
    <message>
        <source>&amp;Save Selection</source>
        <translation>Auswahl &amp;speichern</translation>
    </message>
    <message>
        <source>Changed by both of you</source>
        <translation>Von Ihnen beiden geändert</translation>
    </message>
    <message>
        <source>your change to {fields}</source>
        <translation>Ihre Änderung an {fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>their change to {fields}</source>
        <translation>die andere Änderung an {fields}</translation>
    </message>
    <message>
        <source>Merged without asking: {what}.</source>
        <translation>Ohne Rückfrage zusammengeführt: {what}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{merged} Take Theirs leaves your change out.</source>
        <translation>{merged} „Andere Version übernehmen“ verwirft Ihre Änderung.</translation>
    </message>
</context>
<context>
    <name>ConnectStoreDialog</name>
    <message>
        <source>Connect to Shared Store</source>
        <translation>Mit gemeinsamer Datenbank verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>e.g. planner</source>
        <translation>z. B. planner</translation>
    </message>
    <message>
        <source>There is no password field: the password comes from the PGPASSWORD environment variable or from a line in ~/.pgpass (host:port:database:user:password, readable by you only), and is never saved by this program. Without one the server answers &quot;{message}&quot;.</source>
        <translation>Es gibt kein Passwortfeld: Das Passwort kommt aus der Umgebungsvariablen PGPASSWORD oder aus einer Zeile in ~/.pgpass (host:port:database:user:password, nur für Sie lesbar) und wird von diesem Programm nie gespeichert. Ohne Passwort antwortet der Server „{message}“.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>Verbindung zu {url} wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot connect: {reason}</source>
        <translation>Verbindung nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {server}): a Delegation Planner store (schema {schema}).</source>
        <translation>Verbunden (PostgreSQL {server}): eine Delegation-Planner-Datenbank (Schema {schema}).</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {server}), but the database holds another program&apos;s tables; it cannot be a store.</source>
        <translation>Verbunden (PostgreSQL {server}), aber die Datenbank enthält Tabellen eines anderen Programms und kann daher nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {server}): the database is empty; connecting makes a new store in it.</source>
        <translation>Verbunden (PostgreSQL {server}): Die Datenbank ist leer; beim Verbinden werden darin die Tabellen des Delegation Planner angelegt.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>{field}: a password does not belong in a store&apos;s location, where other users can see it; put it in PGPASSWORD or ~/.pgpass and leave it out. Nothing was connected or saved.</source>
        <translation>{field}: Ein Passwort gehört nicht in die Adresse einer Datenbank, denn dort können andere Benutzer es sehen. Hinterlegen Sie es in PGPASSWORD oder ~/.pgpass und lassen Sie es hier weg. Es wurde keine Verbindung hergestellt und nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ContactsExportDialog</name>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export People</source>
        <translation>Personen exportieren</translation>
    </message>
    <message>
        <source>&amp;Everyone in the directory ({count})</source>
        <translation>&amp;Alle im Verzeichnis ({count})</translation>
    </message>
    <message>
        <source>The people the search s&amp;hows ({count})</source>
        <translation>Die von der Suche &amp;gezeigten Personen ({count})</translation>
    </message>
    <message>
        <source>The &amp;selected people ({count})</source>
        <translation>Die a&amp;usgewählten Personen ({count})</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf): address books, phones, Outlook</source>
        <translation>vCard 4.0 (.vcf): Adressbücher, Telefone, Outlook</translation>
    </message>
    <message>
        <source>CSV (.csv): Excel and other spreadsheets</source>
        <translation>CSV (.csv): Excel und andere Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message>
        <source>Contacts (*.vcf *.csv *.txt);;vCard (*.vcf);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>Kontakte (*.vcf *.csv *.txt);;vCard (*.vcf);;CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Full name (split into family and given)</source>
        <translation>Vollständiger Name (in Nach- und Vorname geteilt)</translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (Chinesisch)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <source>Import People: {file}</source>
        <translation>Personen importieren: {file}</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code</source>
        <translation>Das Land der Telefonnummern, die ohne Landesvorwahl geschrieben sind</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates into the existing people</source>
        <translation>&amp;Dubletten mit den vorhandenen Personen zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Phones without a &amp;country code are in:</source>
        <translation>Telefonnummern ohne &amp;Landesvorwahl gehören zu:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Gelesen als {encoding}</translation>
    </message>
    <message>
        <source>Cannot import: {reason}</source>
        <translation>Import nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Line {line}: {name}, {reason} as {other} earlier in the file</source>
        <translation>Zeile {line}: {name}, {reason} wie {other} weiter oben in der Datei</translation>
    </message>
    <message>
        <source>Line {line}: {name}, {reason} as {other} in the directory</source>
        <translation>Zeile {line}: {name}, {reason} wie {other} im Verzeichnis</translation>
    </message>
    <message>
        <source>Duplicates ({count})</source>
        <translation>Dubletten ({count})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
    <message>
        <source>{people} people to add, {merged} to merge into people already there, {organizations} new organizations.</source>
        <translation>{people} Personen neu, {merged} mit vorhandenen Personen zusammenzuführen, {organizations} neue Organisationen.</translation>
    </message>
    <message>
        <source>Nothing can be imported while {count} rows have problems: correct the file (or the column choices) and read it again.</source>
        <translation>Solange {count} Zeilen Probleme haben, wird nichts importiert: Korrigieren Sie die Datei (oder die Spaltenzuordnung) und lesen Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Search names, organizations, positions…</source>
        <translation>Namen, Organisationen, Funktionen suchen…</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Show the people of this side</source>
        <translation>Personen dieser Seite anzeigen</translation>
    </message>
    <message>
        <source>Show the delegation members of this role</source>
        <translation>Delegationsmitglieder mit dieser Rolle anzeigen</translation>
    </message>
    <message>
        <source>People of this trip</source>
        <translation>Personen dieser Reise</translation>
    </message>
    <message>
        <source>Right-click a counterpart, or press Shift+F10, to move them to the host side or a third party.</source>
        <translation>Rechtsklick auf ein Gegenüber oder Umschalt+F10 setzt es auf die Gastgeberseite oder zu einer dritten Partei.</translation>
    </message>
    <message>
        <source>Move to the &amp;Host Side</source>
        <translation>Auf die &amp;Gastgeberseite</translation>
    </message>
    <message>
        <source>Move to a &amp;Third Party</source>
        <translation>Zu einer &amp;dritten Partei</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Personen ({count})</translation>
    </message>
    <message>
        <source>Organizations ({count})</source>
        <translation>Organisationen ({count})</translation>
    </message>
    <message>
        <source>Search people and organizations</source>
        <translation>Personen und Organisationen durchsuchen</translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Delegation, in order of ran&amp;k:</source>
        <translation>&amp;Mitglieder nach Rang:</translation>
    </message>
    <message>
        <source>Delegation, in order of rank</source>
        <translation>Delegation, nach Rang geordnet</translation>
    </message>
    <message>
        <source>Drag a name, or press Ctrl+Up or Ctrl+Down, to rank it; F2 or Enter changes the role; Delete removes the person from the delegation.</source>
        <translation>Ziehen Sie einen Namen an eine andere Stelle oder drücken Sie Strg+Pfeil hoch oder Strg+Pfeil runter, um den Rang zu ändern; F2 oder Eingabe ändert die Rolle; Entf nimmt die Person aus der Delegation.</translation>
    </message>
    <message>
        <source>&amp;Remove from Delegation</source>
        <translation>Aus der Delegation &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected person from the delegation</source>
        <translation>Die ausgewählte Person aus der Delegation entfernen</translation>
    </message>
    <message>
        <source>Add to the delegation</source>
        <translation>Zur Delegation hinzufügen</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>Schreibgeschützt: {reason}. Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Add {name} to the Delegation</source>
        <translation>{name} zur Delegation hinzufügen</translation>
    </message>
</context>
<context>
    <name>DirectoryOrganizationsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Native name:</source>
        <translation>Name in Originalschrift:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Stadt:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Select a person or an organization to see their page.</source>
        <translation>Wählen Sie eine Person oder eine Organisation, um ihre Seite zu sehen.</translation>
    </message>
    <message>
        <source>Meetings attended ({count})</source>
        <translation>Wahrgenommene Termine ({count})</translation>
    </message>
    <message>
        <source>Trips ({count})</source>
        <translation>Reisen ({count})</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Personen ({count})</translation>
    </message>
    <message>
        <source>Meetings ({count})</source>
        <translation>Termine ({count})</translation>
    </message>
    <message>
        <source>Trip: {title}</source>
        <translation>Reise: {title}</translation>
    </message>
</context>
<context>
    <name>DirectoryPeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Directory — People and Organizations</source>
        <translation>Verzeichnis — Personen und Organisationen</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <source>Add a person to the directory</source>
        <translation>Eine Person in das Verzeichnis aufnehmen</translation>
    </message>
    <message>
        <source>New &amp;Organization…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <source>Add an organization to the directory</source>
        <translation>Eine Organisation in das Verzeichnis aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected person or organization</source>
        <translation>Die ausgewählte Person oder Organisation bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected person or organization</source>
        <translation>Die ausgewählte Person oder Organisation löschen</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge two selected people or two organizations into one</source>
        <translation>Zwei ausgewählte Personen oder Organisationen zu einer zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import people from a vCard or CSV file</source>
        <translation>Personen aus einer vCard- oder CSV-Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export people to a vCard or CSV file</source>
        <translation>Personen in eine vCard- oder CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>E&amp;rase Person…</source>
        <translation>Person endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove everything stored about the selected person (cannot be undone)</source>
        <translation>Alles über die ausgewählte Person Gespeicherte entfernen (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Export Personal &amp;Data…</source>
        <translation>Personenbezogene &amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Write everything stored about the selected person into a JSON file</source>
        <translation>Alles über die ausgewählte Person Gespeicherte in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Data &amp;Protection</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Search names in any script, organizations, positions, e-mail…</source>
        <translation>Namen in jeder Schrift, Organisationen, Funktionen, E-Mail suchen…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>&amp;People ({count})</source>
        <translation>&amp;Personen ({count})</translation>
    </message>
    <message>
        <source>&amp;People ({count} of {total})</source>
        <translation>&amp;Personen ({count} von {total})</translation>
    </message>
    <message>
        <source>&amp;Organizations ({count})</source>
        <translation>&amp;Organisationen ({count})</translation>
    </message>
    <message>
        <source>&amp;Organizations ({count} of {total})</source>
        <translation>&amp;Organisationen ({count} von {total})</translation>
    </message>
    <message numerus="yes">
        <source>Delete &apos;{name}&apos; from the directory? They are taken off %n meeting(s).</source>
        <translation>
            <numerusform>„{name}“ aus dem Verzeichnis löschen? Die Person wird aus %n Termin entfernt.</numerusform>
            <numerusform>„{name}“ aus dem Verzeichnis löschen? Die Person wird aus %n Terminen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete &apos;{name}&apos; from the directory? Its %n people stay, without an organization.</source>
        <translation>
            <numerusform>„{name}“ aus dem Verzeichnis löschen? Ihre %n Person bleibt, ohne Organisation.</numerusform>
            <numerusform>„{name}“ aus dem Verzeichnis löschen? Ihre %n Personen bleiben, ohne Organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Imported {file}: {count} people added</source>
        <translation>{file} importiert: {count} Personen hinzugefügt</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>{file} exportiert</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Person gelöscht</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has been erased. The undo history was cleared, so earlier edits can no longer be undone.</source>
        <translation>„{name}“ wurde endgültig gelöscht. Der Rückgängig-Verlauf wurde geleert; frühere Änderungen lassen sich nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>{file} geschrieben</translation>
    </message>
</context>
<context>
    <name>DuplicateTripDialog</name>
    <message>
        <source>Duplicate Trip to New Dates</source>
        <translation>Reise auf neue Daten duplizieren</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>Every stop, transfer and meeting keeps its local time of day, shifted by whole days. People and organizations are shared with the original.</source>
        <translation>Jede Station, jeder Transfer und jeder Termin behält seine Ortszeit und wird um ganze Tage verschoben. Personen und Organisationen teilt die Kopie mit dem Original.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>the person&apos;s own entry</source>
        <translation>der Eintrag der Person selbst</translation>
    </message>
    <message>
        <source>attendances at meetings</source>
        <translation>Teilnahmen an Terminen</translation>
    </message>
    <message>
        <source>attendances at branch venues</source>
        <translation>Teilnahmen an zugeschalteten Standorten</translation>
    </message>
    <message>
        <source>places in trips&apos; contact lists</source>
        <translation>Einträge in Kontaktlisten von Reisen</translation>
    </message>
    <message>
        <source>memberships of delegations</source>
        <translation>Mitgliedschaften in Delegationen</translation>
    </message>
    <message>
        <source>signatures of agreements</source>
        <translation>Unterschriften unter Vereinbarungen</translation>
    </message>
    <message>
        <source>records of their exported personal calendar</source>
        <translation>Aufzeichnungen zu ihrem exportierten persönlichen Kalender</translation>
    </message>
    <message>
        <source>follow-ups they own (kept, without an owner)</source>
        <translation>Folgeaufgaben der Person (bleiben, ohne Verantwortliche)</translation>
    </message>
    <message>
        <source>gifts they gave (kept, without the giver)</source>
        <translation>Geschenke der Person (bleiben, ohne schenkende Seite)</translation>
    </message>
    <message>
        <source>gifts they received (kept, without the recipient)</source>
        <translation>Geschenke an die Person (bleiben, ohne beschenkte Seite)</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Person endgültig löschen</translation>
    </message>
    <message>
        <source>Erase &apos;{name}&apos; from the store: the entry and everything that links them, as the GDPR&apos;s right to erasure requires.</source>
        <translation>„{name}“ endgültig aus dem Datenbestand löschen: den Eintrag und alles, was auf die Person verweist, wie es das Recht auf Löschung nach der DSGVO verlangt.</translation>
    </message>
    <message>
        <source>Free text that still names them (edit it yourself if it must go):</source>
        <translation>Freitext, der die Person weiterhin nennt (bei Bedarf selbst bearbeiten):</translation>
    </message>
    <message>
        <source>No free text names them.</source>
        <translation>Kein Freitext nennt die Person.</translation>
    </message>
    <message>
        <source>This cannot be undone. The undo history is cleared as well, so that no copy of their data stays behind. Backups and files exported earlier are not touched.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Auch der Rückgängig-Verlauf wird geleert, damit keine Kopie der Daten zurückbleibt. Sicherungen und früher exportierte Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <source>What will be removed:</source>
        <translation>Was entfernt wird:</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>Wrote %n file(s) to {where}.</source>
        <translation>
            <numerusform>%n Datei nach {where} geschrieben.</numerusform>
            <numerusform>%n Dateien nach {where} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in all.</source>
        <translation>
            <numerusform>Insgesamt %n Termin.</numerusform>
            <numerusform>Insgesamt %n Termine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Heimatzeitzone</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Useful numbers</source>
        <translation>Nützliche Nummern</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Lodging address</source>
        <translation>Adresse der Unterkunft</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Lodging phone</source>
        <translation>Telefon der Unterkunft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>From airport or station</source>
        <translation>Ab Flughafen oder Bahnhof</translation>
    </message>
    <message>
        <source>To airport or station</source>
        <translation>Nach Flughafen oder Bahnhof</translation>
    </message>
    <message>
        <source>From terminal</source>
        <translation>Ab Terminal</translation>
    </message>
    <message>
        <source>To terminal</source>
        <translation>Nach Terminal</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sitzplatz</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Reisende</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Beförderer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Venue address</source>
        <translation>Adresse des Orts</translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation>Stadt des Orts</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Weitere Organisationen</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Vertrauliche Notizen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Vertragsparteien</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Schenkende Seite</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Beschenkte Seite</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit Follow-up</source>
        <translation>Folgeaufgabe bearbeiten</translation>
    </message>
    <message>
        <source>New Follow-up</source>
        <translation>Neue Folgeaufgabe</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>{name} is not a person of this trip</source>
        <translation>{name} ist keine Person dieser Reise</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Er&amp;ledigt</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Overdue: due {day}, not done</source>
        <translation>Überfällig: fällig am {day}, nicht erledigt</translation>
    </message>
    <message>
        <source>Not done: tick when it is</source>
        <translation>Nicht erledigt: abhaken, sobald erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Edit Gift</source>
        <translation>Geschenk bearbeiten</translation>
    </message>
    <message>
        <source>New Gift</source>
        <translation>Neues Geschenk</translation>
    </message>
    <message>
        <source>Dir&amp;ection:</source>
        <translation>Ric&amp;htung:</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>&amp;Geschenk:</translation>
    </message>
    <message>
        <source>e.g. porcelain vase</source>
        <translation>z. B. Porzellanvase</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Wer&amp;t:</translation>
    </message>
    <message>
        <source>e.g. 60 or 1,250.50</source>
        <translation>z. B. 60 oder 1.250,50</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>{name} is not a person or organization of this trip</source>
        <translation>{name} ist weder Person noch Organisation dieser Reise</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} ist kein Betrag</translation>
    </message>
</context>
<context>
    <name>GiftsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>{field}: → {new}</source>
        <translation>{field}: → {new}</translation>
    </message>
    <message>
        <source>{change} ({zone})</source>
        <translation>{change} ({zone})</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{kind} &apos;{label}&apos;</source>
        <translation>{kind} „{label}“</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Whole Trip</source>
        <translation>&amp;Ganze Reise</translation>
    </message>
    <message>
        <source>Show the history of the whole trip again</source>
        <translation>Wieder den Verlauf der ganzen Reise zeigen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>History of &apos;{label}&apos;</source>
        <translation>Verlauf von „{label}“</translation>
    </message>
    <message>
        <source>History of the open trip</source>
        <translation>Verlauf der geöffneten Reise</translation>
    </message>
    <message>
        <source>No trip is open.</source>
        <translation>Keine Reise geöffnet.</translation>
    </message>
</context>
<context>
    <name>HybridText</name>
    <message>
        <source>{venue}, {city}: {times} ({zone})</source>
        <translation>{venue}, {city}: {times} ({zone})</translation>
    </message>
    <message>
        <source>{times} in {city} is {branch_times} here</source>
        <translation>{times} in {city} ist hier {branch_times}</translation>
    </message>
    <message>
        <source>Hybrid meeting, also joined from:</source>
        <translation>Hybrider Termin mit Zuschaltung aus:</translation>
    </message>
</context>
<context>
    <name>InvitationWords</name>
    <message>
        <source>Nobody on this trip has an e-mail address: there is nothing to send.</source>
        <translation>Niemand auf dieser Reise hat eine E-Mail-Adresse: Es gibt nichts zu versenden.</translation>
    </message>
    <message>
        <source>Every invitation is up to date: there is nothing to send.</source>
        <translation>Alle Einladungen sind aktuell: Es gibt nichts zu versenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n cancellation(s).</source>
        <translation>
            <numerusform>und %n Absage.</numerusform>
            <numerusform>und %n Absagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mail server is set (Edit ▸ Office and Mail Settings): save them as drafts.</source>
        <translation>Es ist kein Mail-Server eingestellt (Bearbeiten ▸ Büro- und E-Mail-Einstellungen): Speichern Sie die Nachrichten als Entwürfe.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n draft(s) in {folder}.</source>
        <translation>
            <numerusform>%n Entwurf in {folder} gespeichert.</numerusform>
            <numerusform>%n Entwürfe in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht versendet.</numerusform>
            <numerusform>%n Nachrichten versendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Send Invitations</source>
        <translation>Einladungen versenden</translation>
    </message>
    <message>
        <source>Messages to send</source>
        <translation>Zu versendende Nachrichten</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>From: {name} &lt;{address}&gt;</source>
        <translation>Von: {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Save as &amp;Drafts…</source>
        <translation>Als &amp;Entwürfe speichern…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Cancellation (CANCEL)</source>
        <translation>Absage (CANCEL)</translation>
    </message>
    <message>
        <source>Invitation (REQUEST)</source>
        <translation>Einladung (REQUEST)</translation>
    </message>
    <message>
        <source>Cannot send the invitations</source>
        <translation>Die Einladungen können nicht versendet werden</translation>
    </message>
    <message>
        <source>Invitations are sent in the office&apos;s name: give its name and e-mail address first.</source>
        <translation>Einladungen werden im Namen des Büros versendet: Geben Sie zuerst dessen Namen und E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Listing the invitations…</source>
        <translation>Die Einladungen werden zusammengestellt…</translation>
    </message>
    <message>
        <source>Folder for Invitation Drafts</source>
        <translation>Ordner für Einladungsentwürfe</translation>
    </message>
    <message>
        <source>Sending the invitations…</source>
        <translation>Die Einladungen werden versendet…</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <source>Itinerary</source>
        <translation>Reiseroute</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>{origin} → {destination}</source>
        <translation>{origin} → {destination}</translation>
    </message>
    <message>
        <source>{city} ({country})</source>
        <translation>{city} ({country})</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Departure from {city}</source>
        <translation>Abreise aus {city}</translation>
    </message>
    <message>
        <source>Arrival in {city}</source>
        <translation>Ankunft in {city}</translation>
    </message>
    <message>
        <source>{mode} {number} {origin} → {destination}</source>
        <translation>{mode} {number} {origin} → {destination}</translation>
    </message>
    <message>
        <source>{mode} {origin} → {destination}</source>
        <translation>{mode} {origin} → {destination}</translation>
    </message>
    <message>
        <source>Departs from terminal {terminal}</source>
        <translation>Ab Terminal {terminal}</translation>
    </message>
    <message>
        <source>Arrives at terminal {terminal}</source>
        <translation>An Terminal {terminal}</translation>
    </message>
    <message>
        <source>Class: {travel_class}</source>
        <translation>Klasse: {travel_class}</translation>
    </message>
    <message>
        <source>Seat: {seat}</source>
        <translation>Sitzplatz: {seat}</translation>
    </message>
    <message>
        <source>{what}
{when}</source>
        <translation>{what}
{when}</translation>
    </message>
</context>
<context>
    <name>ItineraryPanel</name>
    <message>
        <source>Itinerary: stops and transfers</source>
        <translation>Reiseroute: Stationen und Transfers</translation>
    </message>
</context>
<context>
    <name>LayoutView</name>
    <message>
        <source>Seating for talks</source>
        <translation>Sitzordnung für Gespräche</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>Unterzeichnungszeremonie</translation>
    </message>
    <message>
        <source>Banquet seating</source>
        <translation>Tischordnung beim Bankett</translation>
    </message>
    <message>
        <source>Seats in the cars</source>
        <translation>Plätze in den Wagen</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Gruppenfoto</translation>
    </message>
    <message>
        <source>Host side</source>
        <translation>Gastgeberseite</translation>
    </message>
    <message>
        <source>Guest side</source>
        <translation>Gastseite</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>noch nicht besetzt</translation>
    </message>
    <message>
        <source>at {venue}</source>
        <translation>in {venue}</translation>
    </message>
    <message>
        <source>Rear right</source>
        <translation>Hinten rechts</translation>
    </message>
    <message>
        <source>Rear left</source>
        <translation>Hinten links</translation>
    </message>
    <message>
        <source>Front right</source>
        <translation>Vorne rechts</translation>
    </message>
    <message>
        <source>Table {table}, seat {seat}</source>
        <translation>Tisch {table}, Platz {seat}</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>★ Head of side</source>
        <translation>★ Leitung</translation>
    </message>
    <message>
        <source>Signing assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggen</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Tisch {number}</translation>
    </message>
    <message>
        <source>Car {number}</source>
        <translation>Wagen {number}</translation>
    </message>
    <message>
        <source>Hosts: the delegation</source>
        <translation>Gastgeber: die Delegation</translation>
    </message>
    <message>
        <source>Hosts: counterparts</source>
        <translation>Gastgeber: Gesprächspartner</translation>
    </message>
    <message>
        <source>Guests: counterparts</source>
        <translation>Gäste: Gesprächspartner</translation>
    </message>
    <message>
        <source>Guests: the delegation</source>
        <translation>Gäste: die Delegation</translation>
    </message>
    <message>
        <source>Joining from {venue}:</source>
        <translation>Zugeschaltet aus {venue}:</translation>
    </message>
    <message>
        <source>Signing table</source>
        <translation>Unterzeichnungstisch</translation>
    </message>
</context>
<context>
    <name>LocalTimeEdit</name>
    <message>
        <source>The clocks go back here: this wall time happens twice. Which one?</source>
        <translation>Hier wird die Uhr zurückgestellt: Diese Uhrzeit gibt es zweimal. Welche ist gemeint?</translation>
    </message>
    <message>
        <source>{wall} does not exist in {zone} (the clocks skip that hour)</source>
        <translation>{wall} gibt es in {zone} nicht (die Uhr überspringt diese Stunde)</translation>
    </message>
    <message>
        <source>first ({offset})</source>
        <translation>erste ({offset})</translation>
    </message>
    <message>
        <source>second ({offset})</source>
        <translation>zweite ({offset})</translation>
    </message>
    <message>
        <source>= {time} {zone}, {day}</source>
        <translation>= {time} {zone}, {day}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trip files (*.trip.json *.json)</source>
        <translation>Reisedateien (*.trip.json *.json)</translation>
    </message>
    <message>
        <source>Delegation Planner stores (*.sqlite);;All files (*)</source>
        <translation>Delegation-Planner-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Itinerary</source>
        <translation>Reiser&amp;oute</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>People a&amp;nd Organizations</source>
        <translation>&amp;Personen und Organisationen</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Besuchspro&amp;gramm</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to S&amp;hared Store…</source>
        <translation>Mit &amp;gemeinsamer Datenbank verbinden…</translation>
    </message>
    <message>
        <source>&amp;Import Trip File…</source>
        <translation>Reisedatei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Trip File…</source>
        <translation>Reisedatei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Import Ca&amp;lendar…</source>
        <translation>Kalender im&amp;portieren…</translation>
    </message>
    <message>
        <source>Export &amp;Briefing Pack…</source>
        <translation>Briefing&amp;mappe exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;History of Selected</source>
        <translation>&amp;Verlauf der Auswahl</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Find Trip</source>
        <translation>Reise &amp;suchen</translation>
    </message>
    <message>
        <source>Check &amp;Settings…</source>
        <translation>Prüf&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Office and Mail Settings…</source>
        <translation>Büro- und E-&amp;Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;New Trip…</source>
        <translation>&amp;Neue Reise…</translation>
    </message>
    <message>
        <source>Edit &amp;Trip…</source>
        <translation>Reise &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Trip to New Dates…</source>
        <translation>Reise auf neue Daten &amp;duplizieren…</translation>
    </message>
    <message>
        <source>De&amp;lete Trip…</source>
        <translation>Reise l&amp;öschen…</translation>
    </message>
    <message>
        <source>Add &amp;Stop…</source>
        <translation>&amp;Station hinzufügen…</translation>
    </message>
    <message>
        <source>Add T&amp;ransfer…</source>
        <translation>&amp;Transfer hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Meeting…</source>
        <translation>T&amp;ermin hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Organization…</source>
        <translation>&amp;Organisation hinzufügen…</translation>
    </message>
    <message>
        <source>Pu&amp;blish Calendar…</source>
        <translation>Kalender &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Send &amp;Invitations…</source>
        <translation>E&amp;inladungen versenden…</translation>
    </message>
    <message>
        <source>&amp;About Delegation Planner</source>
        <translation>Ü&amp;ber Delegation Planner</translation>
    </message>
    <message>
        <source>&amp;People and Organizations…</source>
        <translation>&amp;Personen und Organisationen…</translation>
    </message>
    <message>
        <source>&amp;Agreements…</source>
        <translation>&amp;Vereinbarungen…</translation>
    </message>
    <message>
        <source>&amp;Follow-ups…</source>
        <translation>&amp;Folgeaufgaben…</translation>
    </message>
    <message>
        <source>&amp;Gifts…</source>
        <translation>&amp;Geschenke…</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent Store</source>
        <translation>&amp;Zuletzt geöffnete Datenbank</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Reise</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>Proto&amp;koll</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Delegation Planner — {name}</source>
        <translation>Delegation Planner — {name}</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Dele&amp;gation</source>
        <translation>Delegat&amp;ion</translation>
    </message>
    <message>
        <source>Protoco&amp;l</source>
        <translation>Protoko&amp;ll</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Home {time} ({zone})</source>
        <translation>{time} Heimatzeit ({zone})</translation>
    </message>
    <message>
        <source>{city} {time} ({zone})</source>
        <translation>{city} {time} ({zone})</translation>
    </message>
    <message>
        <source>Delete &apos;{label}&apos;?</source>
        <translation>„{label}“ löschen?</translation>
    </message>
    <message>
        <source>This also deletes {what}.</source>
        <translation>Dabei wird auch {what} gelöscht.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Duplicate &apos;{title}&apos;</source>
        <translation>„{title}“ duplizieren</translation>
    </message>
    <message>
        <source>Import Trip File</source>
        <translation>Reisedatei importieren</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Import &apos;{title}&apos;</source>
        <translation>„{title}“ importieren</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} importiert</translation>
    </message>
    <message>
        <source>Update &apos;{title}&apos; from {file}</source>
        <translation>„{title}“ aus {file} aktualisieren</translation>
    </message>
    <message>
        <source>Updated from {file}</source>
        <translation>Aus {file} aktualisiert</translation>
    </message>
    <message>
        <source>Filled in from the city and country:</source>
        <translation>Aus Stadt und Land ergänzt:</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Already in the directory, kept as they are there:</source>
        <translation>Bereits im Verzeichnis, dort unverändert belassen:</translation>
    </message>
    <message>
        <source>Export Trip File</source>
        <translation>Reisedatei exportieren</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>{file} exportiert</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was also changed by someone else; both changes were kept.</source>
        <translation>„{label}“ wurde auch von jemand anderem geändert; beide Änderungen wurden beibehalten.</translation>
    </message>
    <message>
        <source>Save what you typed as a new {kind}? You can undo this.</source>
        <translation>Ihre Eingaben als neuen Eintrag ({kind}) speichern? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleted by Someone Else</source>
        <translation>Von jemand anderem gelöscht</translation>
    </message>
    <message>
        <source>{who}: {action} {what}</source>
        <translation>{action} von {who}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more change(s))</source>
        <translation>
            <numerusform>(und %n weitere Änderung)</numerusform>
            <numerusform>(und %n weitere Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The store can be reached again.</source>
        <translation>Die Datenbank ist wieder erreichbar.</translation>
    </message>
    <message>
        <source>The store cannot be reached; trying again every second…</source>
        <translation>Die Datenbank ist nicht erreichbar; neuer Versuch jede Sekunde…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>{user} may only read this store (viewer role)</source>
        <translation>{user} darf diese Datenbank nur lesen (Rolle: Lesezugriff)</translation>
    </message>
    <message>
        <source>{file} is read-only</source>
        <translation>{file} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>{file} cannot be read</source>
        <translation>{file} kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>Schreibgeschützt: {reason}. Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <source>The store cannot be reached; try again when the status bar says it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar; versuchen Sie es erneut, sobald die Statusleiste sie wieder als erreichbar meldet.</translation>
    </message>
    <message>
        <source>About Delegation Planner</source>
        <translation>Über Delegation Planner</translation>
    </message>
    <message>
        <source>Delegation Planner {version}
Store: {store}</source>
        <translation>Delegation Planner {version}
Datenbank: {store}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit Meeting</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Stop:</source>
        <translation>Statio&amp;n:</translation>
    </message>
    <message>
        <source>{name} is not a stop of this trip</source>
        <translation>{name} ist keine Station dieser Reise</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Venue a&amp;ddress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>Venue cit&amp;y:</source>
        <translation>Sta&amp;dt des Orts:</translation>
    </message>
    <message>
        <source>the stop&apos;s city</source>
        <translation>die Stadt der Station</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Online-&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gastgeber:</translation>
    </message>
    <message>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} ist keine Organisation dieser Reise</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>O&amp;bjectives:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Talking &amp;points:</source>
        <translation>Gesprächs&amp;punkte:</translation>
    </message>
    <message>
        <source>one point per line</source>
        <translation>ein Punkt je Zeile</translation>
    </message>
    <message>
        <source>Other or&amp;ganizations:</source>
        <translation>&amp;Weitere Organisationen:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Teilne&amp;hmer:</translation>
    </message>
    <message>
        <source>Ans&amp;wers:</source>
        <translation>Rüc&amp;kmeldungen:</translation>
    </message>
    <message>
        <source>None yet: answers come from the attendees&apos; replies (Import Calendar)</source>
        <translation>Noch keine: Die Antworten kommen aus den Rückmeldungen der Teilnehmer (Kalender importieren)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>Pr&amp;ivate notes:</source>
        <translation>&amp;Vertrauliche Notizen:</translation>
    </message>
    <message>
        <source>{name}: {answer}</source>
        <translation>{name}: {answer}</translation>
    </message>
    <message>
        <source>{answer}, {day}</source>
        <translation>{answer}, {day}</translation>
    </message>
    <message>
        <source>the trip has no stops yet: add a stop first</source>
        <translation>die Reise hat noch keine Stationen: zuerst eine Station hinzufügen</translation>
    </message>
</context>
<context>
    <name>MeetingItemDialog</name>
    <message>
        <source>T&amp;rip:</source>
        <translation>&amp;Reise:</translation>
    </message>
    <message>
        <source>{name} is not a trip of this store</source>
        <translation>{name} ist keine Reise dieser Datenbank</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>T&amp;ermin:</translation>
    </message>
    <message>
        <source>{name} is not a meeting of this trip</source>
        <translation>{name} ist kein Termin dieser Reise</translation>
    </message>
    <message>
        <source>the trip has no meetings yet: add a meeting first</source>
        <translation>die Reise hat noch keine Termine: zuerst einen Termin hinzufügen</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>{time} (+{days})</source>
        <translation>{time} (+{days})</translation>
    </message>
    <message>
        <source>{city} ({zone})</source>
        <translation>{city} ({zone})</translation>
    </message>
    <message>
        <source>No attendees</source>
        <translation>Keine Teilnehmer</translation>
    </message>
    <message>
        <source>{name}: {answer}</source>
        <translation>{name}: {answer}</translation>
    </message>
    <message>
        <source>{venue}
Host: {host}</source>
        <translation>{venue}
Gastgeber: {host}</translation>
    </message>
    <message>
        <source>{count} declined</source>
        <translation>{count} abgesagt</translation>
    </message>
    <message>
        <source>{count} tentative</source>
        <translation>{count} unter Vorbehalt</translation>
    </message>
    <message>
        <source>{count} accepted</source>
        <translation>{count} zugesagt</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Declined: {names}</source>
        <translation>Abgesagt: {names}</translation>
    </message>
    <message>
        <source>Tentative: {names}</source>
        <translation>Unter Vorbehalt: {names}</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Search titles, venues, hosts and people…</source>
        <translation>Titel, Orte, Gastgeber und Personen suchen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Only the meetings at this stop</source>
        <translation>Nur die Termine an dieser Station</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Only the meetings on this local day</source>
        <translation>Nur die Termine an diesem Tag (Ortszeit)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Only the meetings of this kind</source>
        <translation>Nur die Termine dieser Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only the meetings in this status</source>
        <translation>Nur die Termine mit diesem Status</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Only the meetings this person attends</source>
        <translation>Nur die Termine, an denen diese Person teilnimmt</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>&amp;Abgesagte zeigen</translation>
    </message>
    <message>
        <source>Meetings: {shown} of {total}</source>
        <translation>Termine: {shown} von {total}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Add &amp;Branch Venue…</source>
        <translation>Zugeschalteten Sta&amp;ndort hinzufügen…</translation>
    </message>
    <message>
        <source>Another place the selected meeting is joined from, at the same time</source>
        <translation>Ein weiterer Ort, von dem aus der ausgewählte Termin gleichzeitig zugeschaltet wird</translation>
    </message>
    <message>
        <source>Edit Bra&amp;nch Venue…</source>
        <translation>Zugeschalteten Standort bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>&amp;Remove Branch Venue</source>
        <translation>Zugeschalteten Standort &amp;entfernen</translation>
    </message>
    <message>
        <source>{city} (from {day})</source>
        <translation>{city} (ab {day})</translation>
    </message>
    <message>
        <source>All stops</source>
        <translation>Alle Stationen</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Meetings: {total}</source>
        <translation>Termine: {total}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Termine durchsuchen</translation>
    </message>
</context>
<context>
    <name>MemberAdder</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Das Verzeichnis wird gelesen…</translation>
    </message>
    <message>
        <source>A name, organization or e-mail</source>
        <translation>Ein Name, eine Organisation oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Find a person to add to the delegation</source>
        <translation>Eine Person suchen, die zur Delegation kommt</translation>
    </message>
    <message>
        <source>People who can be added</source>
        <translation>Personen, die hinzugefügt werden können</translation>
    </message>
    <message>
        <source>&amp;Join as:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Ne&amp;w Person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <source>Role of the person added</source>
        <translation>Rolle der hinzugefügten Person</translation>
    </message>
    <message>
        <source>&amp;Add to Delegation</source>
        <translation>&amp;Zur Delegation hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen person to the delegation</source>
        <translation>Die gewählte Person zur Delegation hinzufügen</translation>
    </message>
    <message>
        <source>Enter a new person and add them</source>
        <translation>Eine neue Person erfassen und hinzufügen</translation>
    </message>
    <message>
        <source>{name} is one of this trip&apos;s people</source>
        <translation>{name} gehört zu den Personen dieser Reise</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge People</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <source>Merge Organizations</source>
        <translation>Organisationen zusammenführen</translation>
    </message>
    <message>
        <source>These two entries will become one. The one you keep takes the other&apos;s details where its own are empty, and the other&apos;s meetings, trips and links move to it. You can undo this.</source>
        <translation>Diese beiden Einträge werden zu einem. Der behaltene Eintrag übernimmt die Angaben des anderen, wo seine eigenen fehlen, und die Termine, Reisen und Verknüpfungen des anderen gehen auf ihn über. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>These two organizations will become one. The one you keep takes the other&apos;s details where its own are empty, and the other&apos;s people and meetings move to it. You can undo this.</source>
        <translation>Diese beiden Organisationen werden zu einer. Die behaltene übernimmt die Angaben der anderen, wo ihre eigenen fehlen, und die Personen und Termine der anderen gehen auf sie über. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Diesen behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <source>Trips:</source>
        <translation>Reisen:</translation>
    </message>
    <message>
        <source>Native name:</source>
        <translation>Name in Originalschrift:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Stadt:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
</context>
<context>
    <name>NumberList</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Useful numbers</source>
        <translation>Nützliche Nummern</translation>
    </message>
    <message>
        <source>A&amp;dd number</source>
        <translation>Nummer hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Re&amp;move number</source>
        <translation>Nummer &amp;löschen</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office and Mail Settings</source>
        <translation>Büro- und E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Name des Büros</translation>
    </message>
    <message>
        <source>Office e-mail address</source>
        <translation>E-Mail-Adresse des Büros</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mail-Server</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port des Mail-Servers</translation>
    </message>
    <message>
        <source>Encrypt with S&amp;TARTTLS</source>
        <translation>Mit S&amp;TARTTLS verschlüsseln</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Benutzer am Mail-Server</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Kennwort für den Mail-Server</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unverändert (im Schlüsselbund des Systems hinterlegt)</translation>
    </message>
    <message>
        <source>Folder for drafts</source>
        <translation>Ordner für Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the folder for drafts</source>
        <translation>Den Ordner für Entwürfe auswählen</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Name des Büros:</translation>
    </message>
    <message>
        <source>Office &amp;e-mail:</source>
        <translation>&amp;E-Mail des Büros:</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Mail-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Drafts folder:</source>
        <translation>Entwurfs&amp;ordner:</translation>
    </message>
    <message>
        <source>Events with attendees name the office as their organizer, and invitations are sent from its address. The password is kept in the system keychain, never in a file; without a keychain, set DELEGATION_PLANNER_SMTP_PASSWORD.</source>
        <translation>Termine mit Teilnehmenden nennen das Büro als Organisator, und Einladungen werden von seiner Adresse versendet. Das Kennwort wird im Schlüsselbund des Systems hinterlegt, nie in einer Datei; ohne Schlüsselbund setzen Sie DELEGATION_PLANNER_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Folder for Invitation Drafts</source>
        <translation>Ordner für Einladungsentwürfe</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit Organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Nati&amp;ve name:</source>
        <translation>Name in &amp;Originalschrift:</translation>
    </message>
    <message>
        <source>e.g. 南山区人民政府</source>
        <translation>z. B. 南山区人民政府</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>e.g. automotive, biotech</source>
        <translation>z. B. Automobil, Biotechnologie</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
</context>
<context>
    <name>OverviewDays</name>
    <message numerus="yes">
        <source>%n meetings on these days; the Meetings tab lists each.</source>
        <translation>
            <numerusform>%n Termin an diesen Tagen; die Registerkarte „Termine“ führt jeden einzeln auf.</numerusform>
            <numerusform>%n Termine an diesen Tagen; die Registerkarte „Termine“ führt jeden einzeln auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Native-script &amp;name:</source>
        <translation>Name in &amp;Originalschrift:</translation>
    </message>
    <message>
        <source>e.g. 王磊</source>
        <translation>z. B. 王磊</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>e.g. Dr., Prof., Mr.</source>
        <translation>z. B. Dr., Prof., Herr</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>Organi&amp;zation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} ist keine Organisation dieser Reise</translation>
    </message>
    <message>
        <source>{name} is not an organization of the directory</source>
        <translation>{name} ist keine Organisation des Verzeichnisses</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>e.g. +49 69 1234567</source>
        <translation>z. B. +49 69 1234567</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>e.g. de, en, zh</source>
        <translation>z. B. de, en, zh</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 is the most senior; none leaves the order open. The rank in this trip only: a member of the delegation ranks within the delegation, anyone else among the trip&apos;s counterparts.</source>
        <translation>1 ist der höchste Rang; „keine“ lässt die Reihenfolge offen. Der Rang gilt nur auf dieser Reise: ein Delegationsmitglied rangiert innerhalb der Delegation, alle anderen unter den Gegenübern der Reise.</translation>
    </message>
    <message>
        <source>P&amp;recedence:</source>
        <translation>&amp;Rangfolge:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>{codes} is not a two-letter language code (such as de, en, zh)</source>
        <translation>{codes} ist kein zweibuchstabiger Sprachcode (wie de, en, zh)</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>airport code (FRA, EDDF) or station</source>
        <translation>Flughafencode (FRA, EDDF) oder Bahnhof</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <source>&amp;Delegation, in order of rank:</source>
        <translation>D&amp;elegation, nach Rangfolge:</translation>
    </message>
    <message>
        <source>&amp;Counterparts, in order of rank:</source>
        <translation>Gesprächspart&amp;ner, nach Rangfolge:</translation>
    </message>
    <message>
        <source>Drag a name to another place, or press Ctrl+Up or Ctrl+Down, to rank it.</source>
        <translation>Ziehen Sie einen Namen an eine andere Stelle oder drücken Sie Strg+Hoch bzw. Strg+Runter, um die Rangfolge zu ändern.</translation>
    </message>
    <message>
        <source>Seating plan for &amp;meeting:</source>
        <translation>Sitzordnung für Ter&amp;min:</translation>
    </message>
    <message>
        <source>The trip&apos;s meetings with people on both sides</source>
        <translation>Die Termine der Reise mit Teilnehmern auf beiden Seiten</translation>
    </message>
    <message>
        <source>Spea&amp;king order:</source>
        <translation>Redner&amp;folge:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>An&amp;ordnung:</translation>
    </message>
    <message>
        <source>By the kind of meeting</source>
        <translation>Nach Art des Termins</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>Wagen</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Gruppenfoto</translation>
    </message>
    <message>
        <source>Seating layout</source>
        <translation>Sitzanordnung</translation>
    </message>
    <message>
        <source>The meeting&apos;s own layout (talks, signing, banquet), the cars or the photo</source>
        <translation>Die Anordnung des Termins (Gespräch, Unterzeichnung, Bankett), die Wagen oder das Foto</translation>
    </message>
    <message>
        <source>Place c&amp;ards…</source>
        <translation>Tisch&amp;karten…</translation>
    </message>
    <message>
        <source>Write place cards</source>
        <translation>Tischkarten schreiben</translation>
    </message>
    <message>
        <source>A PDF of folded tent cards, one for each attendee at the main venue</source>
        <translation>Ein PDF mit gefalteten Tischkarten, eine für jede Person am Hauptveranstaltungsort</translation>
    </message>
    <message>
        <source>No trip is open.</source>
        <translation>Keine Reise geöffnet.</translation>
    </message>
    <message>
        <source>No meeting of this trip has people on both sides yet.</source>
        <translation>Noch kein Termin dieser Reise hat Teilnehmer auf beiden Seiten.</translation>
    </message>
    <message>
        <source> (from {venue})</source>
        <translation> (zugeschaltet aus {venue})</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <source>No rank yet</source>
        <translation>Noch ohne Rang</translation>
    </message>
</context>
<context>
    <name>PublishReport</name>
    <message>
        <source>Published to {url}: {new} new, {changed} changed, {deleted} deleted, {unchanged} unchanged.</source>
        <translation>Veröffentlicht unter {url}: {new} neu, {changed} geändert, {deleted} gelöscht, {unchanged} unverändert.</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Cannot save yet: {problem}</source>
        <translation>Noch nicht speicherbar: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save yet: {problem} (and %n more)</source>
        <translation>
            <numerusform>Noch nicht speicherbar: {problem} (und %n weiteres Problem)</numerusform>
            <numerusform>Noch nicht speicherbar: {problem} (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>Schreibgeschützt: {reason}. Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Branch Venue</source>
        <translation>Zugeschalteter Standort</translation>
    </message>
    <message>
        <source>Delegation Member</source>
        <translation>Delegationsmitglied</translation>
    </message>
</context>
<context>
    <name>RegistersWindow</name>
    <message>
        <source>Registers — Agreements, Follow-ups and Gifts</source>
        <translation>Register — Vereinbarungen, Folgeaufgaben und Geschenke</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Add an agreement, follow-up or gift to a meeting</source>
        <translation>Einem Termin eine Vereinbarung, eine Folgeaufgabe oder ein Geschenk hinzufügen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done, or open again</source>
        <translation>Die ausgewählte Folgeaufgabe als erledigt markieren oder wieder öffnen</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&amp;Go to Meeting</source>
        <translation>Zum &amp;Termin</translation>
    </message>
    <message>
        <source>Show the selected entry&apos;s meeting in the main window</source>
        <translation>Den Termin des ausgewählten Eintrags im Hauptfenster zeigen</translation>
    </message>
    <message>
        <source>Go to Meeting</source>
        <translation>Zum Termin</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Search titles, parties, signatories, meetings…</source>
        <translation>Titel, Vertragsparteien, Unterzeichner, Termine suchen…</translation>
    </message>
    <message>
        <source>Search tasks, owners, meetings…</source>
        <translation>Aufgaben, Verantwortliche, Termine suchen…</translation>
    </message>
    <message>
        <source>Search gifts, givers, receivers…</source>
        <translation>Geschenke, schenkende und beschenkte Seiten suchen…</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Trip:</source>
        <translation>Re&amp;ise:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>Ric&amp;htung:</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>&amp;Erledigte zeigen</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>All trips</source>
        <translation>Alle Reisen</translation>
    </message>
    <message>
        <source>Given and received</source>
        <translation>Überreicht und erhalten</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n Folgeaufgabe überfällig</numerusform>
            <numerusform>%n Folgeaufgaben überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <source>Given: {amounts}</source>
        <translation>Überreicht: {amounts}</translation>
    </message>
    <message>
        <source>Received: {amounts}</source>
        <translation>Erhalten: {amounts}</translation>
    </message>
    <message>
        <source>No values recorded for these gifts</source>
        <translation>Für diese Geschenke sind keine Werte erfasst</translation>
    </message>
    <message>
        <source>&amp;Agreements ({count})</source>
        <translation>&amp;Vereinbarungen ({count})</translation>
    </message>
    <message>
        <source>&amp;Follow-ups ({count})</source>
        <translation>&amp;Folgeaufgaben ({count})</translation>
    </message>
    <message>
        <source>&amp;Gifts ({count})</source>
        <translation>&amp;Geschenke ({count})</translation>
    </message>
    <message>
        <source>Delete &apos;{label}&apos;? You can undo this.</source>
        <translation>„{label}“ löschen? Sie können das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Role in the delegation</source>
        <translation>Rolle in der Delegation</translation>
    </message>
</context>
<context>
    <name>ScheduleCanvas</name>
    <message>
        <source>Schedule</source>
        <translation>Besuchsprogramm</translation>
    </message>
    <message>
        <source>No trip is open.</source>
        <translation>Keine Reise geöffnet.</translation>
    </message>
    <message>
        <source>This trip has no stops yet: add one to plan its days.</source>
        <translation>Diese Reise hat noch keine Stationen: Fügen Sie eine hinzu, um die Tage zu planen.</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{times} at home ({zone})</source>
        <translation>{times} Heimatzeit ({zone})</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heimatzeit</translation>
    </message>
    <message>
        <source>{day} · {hours} h</source>
        <translation>{day} · {hours} Std.</translation>
    </message>
    <message>
        <source>{zone} (home time)</source>
        <translation>{zone} (Heimatzeit)</translation>
    </message>
    <message>
        <source>home {difference}</source>
        <translation>Heimatzeit {difference}</translation>
    </message>
    <message>
        <source>clocks go back {hours} at {time}</source>
        <translation>Uhr wird um {time} {hours} zurückgestellt</translation>
    </message>
    <message>
        <source>clocks go forward {hours} at {time}</source>
        <translation>Uhr wird um {time} {hours} vorgestellt</translation>
    </message>
    <message>
        <source>1 attendee</source>
        <translation>1 Teilnehmer</translation>
    </message>
    <message>
        <source>{count} attendees</source>
        <translation>{count} Teilnehmer</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Export Schedule as Image</source>
        <translation>Besuchsprogramm als Bild exportieren</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>{path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Previous days (Alt+Left)</source>
        <translation>Vorherige Tage (Alt+Links)</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Next days (Alt+Right)</source>
        <translation>Nächste Tage (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>First Day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Jump to the trip&apos;s first day (Alt+Home)</source>
        <translation>Zum ersten Tag der Reise springen (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Drags and arrow keys move meetings by this step</source>
        <translation>Ziehen und Pfeiltasten verschieben Termine in diesem Schritt</translation>
    </message>
    <message>
        <source>Snap {minutes} min</source>
        <translation>Raster {minutes} Min.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Only the meetings this person attends</source>
        <translation>Nur die Termine, an denen diese Person teilnimmt</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Abgesagte zeigen</translation>
    </message>
    <message>
        <source>Show cancelled meetings, struck through</source>
        <translation>Abgesagte Termine durchgestrichen zeigen</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Save the visible schedule as a PNG image, e.g. to print it</source>
        <translation>Den sichtbaren Teil des Besuchsprogramms als PNG-Bild speichern, z. B. zum Drucken</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>{px} px/h</source>
        <translation>{px} px/h</translation>
    </message>
</context>
<context>
    <name>SeatingPlanView</name>
    <message>
        <source>Hosts: the delegation</source>
        <translation>Gastgeber: die Delegation</translation>
    </message>
    <message>
        <source>Hosts: counterparts</source>
        <translation>Gastgeber: Gesprächspartner</translation>
    </message>
    <message>
        <source>Guests: the delegation</source>
        <translation>Gäste: die Delegation</translation>
    </message>
    <message>
        <source>Guests: counterparts</source>
        <translation>Gäste: Gesprächspartner</translation>
    </message>
    <message>
        <source>★ Head of side</source>
        <translation>★ Leitung</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>No guest seated at the table</source>
        <translation>Kein Gast am Tisch platziert</translation>
    </message>
    <message>
        <source>No host seated at the table</source>
        <translation>Kein Gastgeber am Tisch platziert</translation>
    </message>
    <message>
        <source>Joining from {venue}:</source>
        <translation>Zugeschaltet aus {venue}:</translation>
    </message>
</context>
<context>
    <name>StartFrame</name>
    <message>
        <source>Opening store…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Edit Stop</source>
        <translation>Station bearbeiten</translation>
    </message>
    <message>
        <source>New Stop</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <source>type a city, e.g. Shanghai, Nürnberg, 青岛</source>
        <translation>Stadt eingeben, z. B. Shanghai, Nürnberg, 青岛</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>optional, e.g. DE-BY</source>
        <translation>optional, z. B. DE-BY</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Ankunft:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>A&amp;breise:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>Con&amp;firmation:</source>
        <translation>Bestäti&amp;gung:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>ddd d MMM</source>
        <comment>a short day as a QLocale date format</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a day with its year as a QLocale date format</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>a day in digits as a QLocale date format</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{day} {time} {zone} (UTC{offset})</source>
        <translation>{day} {time} {zone} (UTC{offset})</translation>
    </message>
    <message>
        <source>{day} {time} at home ({zone})</source>
        <translation>{day} {time} Heimatzeit ({zone})</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Edit Transfer</source>
        <translation>Transfer bearbeiten</translation>
    </message>
    <message>
        <source>New Transfer</source>
        <translation>Neuer Transfer</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heimatort</translation>
    </message>
    <message>
        <source>{name} is not a stop of this trip</source>
        <translation>{name} ist keine Station dieser Reise</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From air&amp;port or station:</source>
        <translation>Ab &amp;Flughafen oder Bahnhof:</translation>
    </message>
    <message>
        <source>From termina&amp;l:</source>
        <translation>Ab &amp;Terminal:</translation>
    </message>
    <message>
        <source>e.g. 1, 2E</source>
        <translation>z. B. 1, 2E</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>To airp&amp;ort or station:</source>
        <translation>Nach F&amp;lughafen oder Bahnhof:</translation>
    </message>
    <message>
        <source>To term&amp;inal:</source>
        <translation>Nach T&amp;erminal:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Verkehrs&amp;mittel:</translation>
    </message>
    <message>
        <source>Ca&amp;rrier:</source>
        <translation>Beförde&amp;rer:</translation>
    </message>
    <message>
        <source>e.g. Lufthansa, DB</source>
        <translation>z. B. Lufthansa, DB</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>e.g. LH 728, ICE 521</source>
        <translation>z. B. LH 728, ICE 521</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>A&amp;breise:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Ankunft:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>e.g. business, 1st</source>
        <translation>z. B. Business, 1. Klasse</translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation>&amp;Sitzplatz:</translation>
    </message>
    <message>
        <source>the group&apos;s</source>
        <translation>der Gruppe</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Buchun&amp;gsnummer:</translation>
    </message>
    <message>
        <source>group booking reference</source>
        <translation>Buchungsnummer der Gruppe</translation>
    </message>
    <message>
        <source>Tra&amp;vellers:</source>
        <translation>Reisen&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
</context>
<context>
    <name>TravellerTable</name>
    <message>
        <source>Traveller</source>
        <translation>Reisende(r)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sitzplatz</translation>
    </message>
    <message>
        <source>Travellers&apos; own bookings</source>
        <translation>Eigene Buchungen der Reisenden</translation>
    </message>
    <message>
        <source>Nobody ticked: the whole delegation travels.</source>
        <translation>Niemand ausgewählt: Die ganze Delegation reist.</translation>
    </message>
</context>
<context>
    <name>TripAlreadyStoredDialog</name>
    <message>
        <source>Trip Already Imported</source>
        <translation>Reise bereits importiert</translation>
    </message>
    <message>
        <source>This store already holds the trip {id} &apos;{title}&apos;.</source>
        <translation>Diese Datenbank enthält die Reise {id} „{title}“ bereits.</translation>
    </message>
    <message>
        <source>Update it with the file&apos;s changes (one step, which Undo takes back), or import the file as a second trip with new calendar identities?</source>
        <translation>Möchten Sie sie mit den Änderungen aus der Datei aktualisieren (ein Schritt, den „Rückgängig“ zurücknimmt) oder die Datei als zweite Reise mit neuen Kalenderkennungen importieren?</translation>
    </message>
    <message>
        <source>&amp;Update the Stored Trip</source>
        <translation>Gespeicherte Reise &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Import as a &amp;Copy</source>
        <translation>Als &amp;Kopie importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Edit Trip</source>
        <translation>Reise bearbeiten</translation>
    </message>
    <message>
        <source>New Trip</source>
        <translation>Neue Reise</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Or&amp;ganizer:</source>
        <translation>&amp;Organisator:</translation>
    </message>
    <message>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} ist keine Organisation dieser Reise</translation>
    </message>
    <message>
        <source>&amp;Home zone:</source>
        <translation>&amp;Heimatzeitzone:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Classi&amp;fication:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>Seating r&amp;ules:</source>
        <translation>Sitz&amp;regeln:</translation>
    </message>
    <message>
        <source>Which side is the place of honour in this trip&apos;s seating plans, signing and banquet layouts, cars and group photo. Foreign affairs: the right is the place of honour (以右为上), as international practice has it. Domestic Chinese: the left is the place of honour (以左为上), as in domestic Chinese political settings.</source>
        <translation>Welche Seite in den Sitzordnungen, Unterzeichnungs- und Bankettplänen, Fahrzeugen und beim Gruppenfoto dieser Reise der Ehrenplatz ist. Außenpolitisch: rechts ist der Ehrenplatz (以右为上), wie es internationaler Brauch ist. Innerchinesisch: links ist der Ehrenplatz (以左为上), wie in innerchinesischen politischen Zusammenhängen.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>Useful num&amp;bers:</source>
        <translation>Nützliche &amp;Nummern:</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
</context>
<context>
    <name>TripListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TripNavigator</name>
    <message>
        <source>Search trips</source>
        <translation>Reisen suchen</translation>
    </message>
</context>
<context>
    <name>TripOverview</name>
    <message>
        <source>{time} home</source>
        <translation>{time} Heimatzeit</translation>
    </message>
    <message>
        <source>Home zone:</source>
        <translation>Heimatzeitzone:</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Reiseroute</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Unterzeichnung</translation>
    </message>
    <message>
        <source>Banquet</source>
        <translation>Bankett</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Fähre</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegationsleitung</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Host side</source>
        <translation>Gastgeberseite</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Dritte Partei</translation>
    </message>
    <message>
        <source>Foreign affairs: the right is the place of honour</source>
        <translation>Außenpolitisch: rechts ist der Ehrenplatz</translation>
    </message>
    <message>
        <source>Domestic Chinese: the left is the place of honour</source>
        <translation>Innerchinesisch: links ist der Ehrenplatz</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Redner</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Protokollführer</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universität</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Verband</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>MoU</source>
        <comment>memorandum of understanding</comment>
        <translation>Absichtsvereinbarung (MoU)</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Abgestimmt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Überreicht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This store is read-only: {reason}</source>
        <translation>Diese Datenbank ist schreibgeschützt: {reason}</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>type part of a zone, e.g. Shanghai</source>
        <translation>Teil einer Zeitzone eingeben, z. B. Berlin</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
</TS>
