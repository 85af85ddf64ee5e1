<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/dialogs/agreement_dialog.py" line="+32"/>
        <source>Edit Agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Languages:</source>
        <translation>S&amp;prachen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. zh, de</source>
        <translation>z. B. zh, de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parties:</source>
        <translation>&amp;Vertragsparteien:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signatories:</source>
        <translation>&amp;Unterzeichner:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this meeting already has an agreement</source>
        <translation>dieser Termin hat bereits eine Vereinbarung</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <location filename="../../ui/models/registers.py" line="+57"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Vertragsparteien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>AttendeeAnswer</name>
    <message>
        <location filename="../../ui/models/vocab_text.py" line="+107"/>
        <source>accepted</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentative</source>
        <translation>unter Vorbehalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <location filename="../../ui/widgets/attendee_picker.py" line="+151"/>
        <source>Filter by name or organization…</source>
        <translation>Nach Name oder Organisation filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick who attends, and each one&apos;s role in the &amp;meeting:</source>
        <translation>Teilnehmende ankreuzen, mit ihrer Rolle im &amp;Termin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of the trip by side and organization</source>
        <translation>Personen der Reise nach Seite und Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role in the meeting</source>
        <translation>Rolle im Termin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick to add all people of {organization}</source>
        <translation>Ankreuzen, um alle Personen von {organization} hinzuzufügen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Our delegation</source>
        <translation>Unsere Delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host side</source>
        <translation>Gastgeberseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Role of {name} in the meeting</source>
        <translation>Rolle von {name} im Termin</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
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
        <location filename="../../ui/dialogs/branch_venue_dialog.py" line="+36"/>
        <source>Edit Branch Venue</source>
        <translation>Zugeschalteten Standort bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Branch Venue</source>
        <translation>Neuer zugeschalteter Standort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Commerzbank Tower, conference room</source>
        <translation>z. B. Commerzbank Tower, Konferenzraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local time:</source>
        <translation>Ortszeit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addr&amp;ess:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online &amp;link:</source>
        <translation>Onl&amp;ine-Link:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Gastgeber:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} ist keine Organisation dieser Reise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attendees here:</source>
        <translation>&amp;Teilnehmer an diesem Standort:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Meeting: {title}, {day} {times} in {city}</source>
        <translation>Termin: {title}, {day} {times} in {city}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the zone to see the meeting&apos;s time here.</source>
        <translation>Wählen Sie die Zeitzone, um die Uhrzeit des Termins hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>BranchVenueEditing</name>
    <message>
        <location filename="../../ui/branch_venues.py" line="+98"/>
        <source>Remove the branch venue &apos;{label}&apos;?</source>
        <translation>Zugeschalteten Standort „{label}“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n attendee(s) will no longer join from there.</source>
        <translation>
            <numerusform>%n Teilnehmer wird dann nicht mehr von dort zugeschaltet.</numerusform>
            <numerusform>%n Teilnehmer werden dann nicht mehr von dort zugeschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Branch Venue</source>
        <translation>Zugeschalteten Standort entfernen</translation>
    </message>
</context>
<context>
    <name>BranchVenueList</name>
    <message>
        <location filename="../../ui/views/branch_venue_list.py" line="+114"/>
        <source>Branch venues</source>
        <translation>Zugeschaltete Standorte</translation>
    </message>
</context>
<context>
    <name>BriefingExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/briefing_export.py" line="+54"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+192"/>
        <source>Export Briefing Pack</source>
        <translation>Briefingmappe exportieren</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Internal: with private notes, notes on people and problems</source>
        <translation>Intern: mit vertraulichen Notizen, Personennotizen und Problemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External: without private notes and notes on people</source>
        <translation>Extern: ohne vertrauliche Notizen und Personennotizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sections (the cover and contents are always there)</source>
        <translation>Abschnitte (Deckblatt und Inhaltsverzeichnis sind immer enthalten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rogramme at a glance on one page</source>
        <translation>P&amp;rogramm auf einen Blick, auf einer Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trip at a &amp;glance: stops, hotels, travel, delegation</source>
        <translation>Die Reise auf einen &amp;Blick: Stationen, Hotels, Fahrten, Delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule day by day, local and home time</source>
        <translation>Besuchsprogramm &amp;Tag für Tag, Orts- und Heimatzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One &amp;brief per meeting</source>
        <translation>Ein &amp;Dossier je Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agreements to be signed, with their signatories</source>
        <translation>Vereinbarungen zur &amp;Unterzeichnung, mit ihren Unterzeichnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Directories of people and organizations</source>
        <translation>&amp;Verzeichnisse der Personen und Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts and emergency numbers</source>
        <translation>&amp;Kontakte und Notrufnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;tribution list (external and personal packs)</source>
        <translation>Verte&amp;iler (externe und persönliche Mappen)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Also write the accessible edition as a &amp;Word document (DOCX) beside it</source>
        <translation>Barrierefreie Fassung zusätzlich als Word-Dokument (DO&amp;CX) daneben speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same pack with headings, table headers, alt text and languages marked, for screen readers; the PDF cannot carry them</source>
        <translation>Dieselbe Mappe mit Überschriften, Tabellenköpfen, Alternativtexten und ausgezeichneten Sprachen für Screenreader; das PDF kann diese nicht enthalten</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pack &amp;for:</source>
        <translation>M&amp;appe für:</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The whole trip</source>
        <translation>Die ganze Reise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (delegation)</source>
        <translation> (Delegation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A personal pack holds only that person&apos;s meetings and the people they meet</source>
        <translation>Eine persönliche Mappe enthält nur die Termine dieser Person und die Menschen, die sie trifft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one recipient a line, copy 1 first</source>
        <translation>ein Empfänger je Zeile, Exemplar 1 zuerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First, or the reader&apos;s own</source>
        <translation>Erstes, oder das des Lesers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview and printing open the pack in the system&apos;s PDF viewer: this build of the app has no PDF viewer of its own.</source>
        <translation>Vorschau und Druck öffnen die Mappe im PDF-Betrachter des Systems: Diese Ausgabe der App hat keinen eigenen PDF-Betrachter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open in Viewer</source>
        <translation>In PDF-Anzeige ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Editio&amp;n:</source>
        <translation>Aus&amp;gabe:</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Problems found by the chec&amp;ks (internal only)</source>
        <translation>&amp;Probleme aus den Prüfungen (nur intern)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Paper:</source>
        <translation>Papierf&amp;ormat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Version:</source>
        <translation>Versio&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rec&amp;ipients:</source>
        <translation>E&amp;mpfänger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y:</source>
        <translation>E&amp;xemplar:</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+71"/>
        <location line="+41"/>
        <source>Cannot export the briefing pack</source>
        <translation>Die Briefingmappe kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Laying out {file}…</source>
        <translation>{file} wird gesetzt…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wrote {file} ({pages} pages).</source>
        <translation>{file} geschrieben ({pages} Seiten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the accessible edition to {file}.</source>
        <translation>Die barrierefreie Fassung wurde in {file} gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: unexpected {kind}: {error}</source>
        <translation>{file}: unerwarteter Fehler ({kind}): {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo for the Cover</source>
        <translation>Logo für das Deckblatt</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/calendar_export.py" line="+211"/>
        <source>Writing the calendar…</source>
        <translation>Der Kalender wird geschrieben…</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+178"/>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole &amp;trip</source>
        <translation>Die ganze &amp;Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One &amp;person&apos;s meetings:</source>
        <translation>Termine einer &amp;Person:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each &amp;delegate into a folder ({n} files)</source>
        <translation>Jedes &amp;Delegationsmitglied in einen Ordner ({n} Dateien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;selected meetings ({n})</source>
        <translation>Die &amp;ausgewählten Termine ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (delegation)</source>
        <translation> (Delegation)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/dialogs/calendar_publish.py" line="+78"/>
        <source>External: without private notes and notes on people</source>
        <translation>Extern: ohne vertrauliche Notizen und Personennotizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/dialogs/calendar_publish.py" line="+6"/>
        <source>Internal: with private notes</source>
        <translation>Intern: mit vertraulichen Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hotel check-in and check-out days</source>
        <translation>&amp;Hotel: An- und Abreisetage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events keep their identity across exports: importing a newer file or subscribing updates them, and deleted meetings come out as cancelled.</source>
        <translation>Termine behalten über Exporte hinweg ihre Identität: Eine neuere Datei zu importieren oder zu abonnieren aktualisiert sie, und gelöschte Termine erscheinen als abgesagt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Editio&amp;n:</source>
        <translation>Aus&amp;gabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminder:</source>
        <translation>Er&amp;innerung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the descriptions:</source>
        <translation>&amp;Sprache der Beschreibungen:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot export the calendar</source>
        <translation>Der Kalender kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Calendar exported</source>
        <translation>Kalender exportiert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder for the Delegates&apos; Calendars</source>
        <translation>Ordner für die Kalender der Delegationsmitglieder</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/calendar_import.py" line="+116"/>
        <location line="+51"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Calendar files (*.ics *.ical *.ifb);;E-mail with a calendar (*.eml);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ical *.ifb);;E-Mail mit Kalender (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import Calendar: {name}</source>
        <translation>Kalender importieren: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stop whose dates and city fit each event</source>
        <translation>Die Station, zu deren Daten und Stadt der Termin passt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put events at:</source>
        <translation>Termine zuordnen zu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set Answers</source>
        <translation>&amp;Antworten übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n answer(s) to set</source>
        <translation>
            <numerusform>%n Antwort zu übernehmen</numerusform>
            <numerusform>%n Antworten zu übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{add} to add, {update} to update, {skip} to skip</source>
        <translation>{add} neu, {update} zu aktualisieren, {skip} übersprungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+57"/>
        <source>Cannot import the calendar</source>
        <translation>Der Kalender kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
</context>
<context>
    <name>CalendarPublishDialog</name>
    <message>
        <location filename="../../ui/dialogs/calendar_publish.py" line="-31"/>
        <source>Publish Calendar</source>
        <translation>Kalender veröffentlichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar address</source>
        <translation>Kalenderadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the system keychain</source>
        <translation>Aus dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole trip</source>
        <translation>Die ganze Reise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language of the descriptions</source>
        <translation>Sprache der Beschreibungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each event is kept in the calendar on the server: changed meetings are updated, deleted ones removed, and other entries there are left alone. A password typed here is used once and never saved.</source>
        <translation>Jeder Termin wird im Kalender auf dem Server gepflegt: Geänderte Termine werden aktualisiert, gelöschte entfernt, andere Einträge dort bleiben unberührt. Ein hier eingegebenes Passwort wird nur dieses eine Mal verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar &amp;address:</source>
        <translation>Kalender&amp;adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editio&amp;n:</source>
        <translation>Aus&amp;gabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the descriptions:</source>
        <translation>&amp;Sprache der Beschreibungen:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot publish the calendar</source>
        <translation>Der Kalender kann nicht veröffentlicht werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Publishing the calendar…</source>
        <translation>Der Kalender wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar published</source>
        <translation>Kalender veröffentlicht</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message numerus="yes">
        <location filename="../../ui/trip_files.py" line="+33"/>
        <source>Import Calendar (%n event(s))</source>
        <translation>
            <numerusform>Kalender importieren (%n Termin)</numerusform>
            <numerusform>Kalender importieren (%n Termine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../../ui/dialogs/check_settings.py" line="+44"/>
        <source>Time between a meeting&apos;s end and a departure</source>
        <translation>Zeit zwischen Terminende und Abreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between an arrival and the next meeting</source>
        <translation>Zeit zwischen Ankunft und nächstem Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours (local time)</source>
        <translation>Arbeitszeit (Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a flight</source>
        <translation>Vor einem Flug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a train</source>
        <translation>Vor einer Bahnfahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a car</source>
        <translation>Vor einer Autofahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a bus</source>
        <translation>Vor einer Busfahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a ferry</source>
        <translation>Vor einer Fähre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before other transport</source>
        <translation>Vor anderen Verkehrsmitteln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a long-haul flight</source>
        <translation>Nach einem Langstreckenflug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After another flight</source>
        <translation>Nach einem anderen Flug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a train</source>
        <translation>Nach einer Bahnfahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a car</source>
        <translation>Nach einer Autofahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a bus</source>
        <translation>Nach einer Busfahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a ferry</source>
        <translation>Nach einer Fähre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After other transport</source>
        <translation>Nach anderen Verkehrsmitteln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A flight is long-haul from</source>
        <translation>Langstreckenflug ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest start</source>
        <translation>Frühester Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest end</source>
        <translation>Spätestes Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between venues in different cities</source>
        <translation>Zwischen Orten in verschiedenen Städten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer on top of the drive</source>
        <translation>Puffer zusätzlich zur Fahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts worth more than this need approval</source>
        <translation>Geschenke über diesem Wert brauchen eine Genehmigung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checks turned off</source>
        <translation>Abgeschaltete Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlaps</source>
        <translation>Überschneidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer buffers</source>
        <translation>Puffer für Transfers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel between venues</source>
        <translation>Fahrten zwischen Orten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the stop</source>
        <translation>Außerhalb der Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night hours</source>
        <translation>Nachtstunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekends</source>
        <translation>Wochenenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel gaps</source>
        <translation>Reiselücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift values</source>
        <translation>Geschenkwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones of stops</source>
        <translation>Zonen der Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined invitations</source>
        <translation>Abgelehnte Einladungen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Travel documents</source>
        <translation>Reisedokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid after leaving the Schengen area</source>
        <translation>Reisepass gültig nach Ausreise aus dem Schengen-Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid after leaving other countries</source>
        <translation>Reisepass gültig nach Ausreise aus anderen Ländern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa application before entry</source>
        <translation>Visumantrag vor der Einreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulate&apos;s time to decide</source>
        <translation>Bearbeitungszeit der Auslandsvertretung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation letter before the latest day to apply</source>
        <translation>Einladungsschreiben vor dem spätesten Antragstag</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Warn before the latest day to apply</source>
        <translation>Warnen vor dem spätesten Antragstag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passports</source>
        <translation>Reisepässe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visas</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letters</source>
        <translation>Einladungsschreiben</translation>
    </message>
</context>
<context>
    <name>CheckSettingsDialog</name>
    <message>
        <location line="+7"/>
        <source>Check Settings</source>
        <translation>Prüfeinstellungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../ui/widgets/choice_combo.py" line="+54"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a choice is required</source>
        <translation>eine Auswahl ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{name}&apos; fits {choices}{more}: type more of the name</source>
        <translation>„{name}“ passt zu {choices}{more}: Bitte geben Sie mehr vom Namen ein</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../ui/widgets/choice_list.py" line="+35"/>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Space ticks or unticks the current entry</source>
        <translation>Die Leertaste setzt oder entfernt das Häkchen am aktuellen Eintrag</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/store_failures.py" line="+22"/>
        <source>The store cannot be reached; your change was not saved.</source>
        <translation>Die Datenbank ist nicht erreichbar; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is saving to this store; your change was not saved. Try again in a moment.</source>
        <translation>Ein anderes Programm speichert gerade in diese Datenbank; Ihre Änderung wurde nicht gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection to the store was lost while your change was being saved; it may have been saved. Look at it again before you repeat it.</source>
        <translation>Die Verbindung zur Datenbank ist beim Speichern Ihrer Änderung abgebrochen; möglicherweise wurde die Änderung dennoch gespeichert. Prüfen Sie den aktuellen Stand, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="+85"/>
        <source>The ranks of this side were changed by someone else; undoing would overwrite them, so nothing was changed. The list shows them now.</source>
        <translation>Die Rangfolge dieser Seite wurde von jemand anderem geändert; Rückgängigmachen würde sie überschreiben, daher wurde nichts geändert. Die Liste zeigt sie jetzt an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ranks of this side were changed by someone else; the list shows them now — drag again.</source>
        <translation>Die Rangfolge dieser Seite wurde von jemand anderem geändert; die Liste zeigt sie jetzt an – ziehen Sie erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} added {what}</source>
        <translation>{who} hat {what} hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} deleted {what}</source>
        <translation>{who} hat {what} gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} changed {what}</source>
        <translation>{who} hat {what} geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{change} ({fields})</source>
        <translation>{change} ({fields})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{change} and one more change</source>
        <translation>{change} und eine weitere Änderung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{change} and {count} more changes</source>
        <translation>{change} und {count} weitere Änderungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{change}, after you chose to merge &apos;{label}&apos;. Nothing was merged; the directory shows the entries as they are now.</source>
        <translation>{change}, nachdem Sie sich entschieden hatten, „{label}“ zusammenzuführen. Es wurde nichts zusammengeführt; das Verzeichnis zeigt die Einträge im aktuellen Stand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{change}, after you chose to delete &apos;{label}&apos;. Nothing was deleted; the window shows it as it is now.</source>
        <translation>{change}, nachdem Sie sich entschieden hatten, „{label}“ zu löschen. Es wurde nichts gelöscht; das Fenster zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Add {kind} &apos;{label}&apos;</source>
        <translation>{kind} „{label}“ hinzufügen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{who} deleted the {kind} &apos;{label}&apos; at {when}; your change was not saved.</source>
        <translation>{who} hat „{label}“ ({kind}) am {when} gelöscht; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {kind} &apos;{label}&apos; was deleted by someone else; your change was not saved.</source>
        <translation>„{label}“ ({kind}) wurde von jemand anderem gelöscht; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&apos;{label}&apos; was changed by someone else; not saved.</source>
        <translation>„{label}“ wurde von jemand anderem geändert; nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete {kind} &apos;{label}&apos;</source>
        <translation>{kind} „{label}“ löschen</translation>
    </message>
    <message>
        <location filename="../../ui/views/directory/commands.py" line="+38"/>
        <source>Merge into &apos;{label}&apos;</source>
        <translation>Zusammenführen in „{label}“</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import &apos;{file}&apos;</source>
        <translation>„{file}“ importieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="+99"/>
        <source>Reorder Delegation</source>
        <translation>Rangfolge der Delegation ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder Counterparts</source>
        <translation>Rangfolge der Gesprächspartner ändern</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Edit {kind} &apos;{label}&apos;</source>
        <translation>{kind} „{label}“ bearbeiten</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Mark &apos;{label}&apos; Done</source>
        <translation>„{label}“ als erledigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &apos;{label}&apos; Open</source>
        <translation>„{label}“ wieder öffnen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The follow-up &apos;{label}&apos; was changed by someone else; it was not marked. The register shows it as it is now.</source>
        <translation>Die Folgeaufgabe „{label}“ wurde von jemand anderem geändert; sie wurde nicht markiert. Das Register zeigt jetzt ihren aktuellen Stand.</translation>
    </message>
    <message>
        <location filename="../../ui/side_commands.py" line="+29"/>
        <source>Move &apos;{name}&apos; to {side}</source>
        <translation>„{name}“ verschieben: {side}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rank &apos;{name}&apos;</source>
        <translation>Rang von „{name}“ ändern</translation>
    </message>
</context>
<context>
    <name>CompanionWindow</name>
    <message>
        <location filename="../../ui/views/companion_window.py" line="+83"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="+59"/>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{who}&lt;/b&gt; saved a change to the {kind} &apos;{label}&apos; while you were editing it.</source>
        <translation>Während Sie „{label}“ ({kind}) bearbeitet haben, hat &lt;b&gt;{who}&lt;/b&gt; eine Änderung daran gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved a change to the {kind} &apos;{label}&apos; while you were editing it.</source>
        <translation>Während Sie „{label}“ ({kind}) bearbeitet haben, hat jemand anderes eine Änderung daran gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been overwritten. These fields were changed by both of you: keep your version, take theirs, or choose field by field.</source>
        <translation>Es wurde nichts überschrieben. Diese Felder haben Sie beide geändert: Behalten Sie Ihre Version, übernehmen Sie die andere oder wählen Sie Feld für Feld.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;Theirs</source>
        <translation>Andere &amp;Version übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Selection</source>
        <translation>Auswahl &amp;speichern</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Changed by both of you</source>
        <translation>Von Ihnen beiden geändert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>your change to {fields}</source>
        <translation>Ihre Änderung an {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>their change to {fields}</source>
        <translation>die andere Änderung an {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged without asking: {what}.</source>
        <translation>Ohne Rückfrage zusammengeführt: {what}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{merged} Take Theirs leaves your change out.</source>
        <translation>{merged} „Andere Version übernehmen“ verwirft Ihre Änderung.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>passport …{end}</source>
        <translation>Pass …{end}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n visa(s)</source>
        <translation>
            <numerusform>%n Visum</numerusform>
            <numerusform>%n Visa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectStoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_store.py" line="+67"/>
        <source>Connect to Shared Store</source>
        <translation>Mit gemeinsamer Datenbank verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. planner</source>
        <translation>z. B. planner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no password field: the password comes from the PGPASSWORD environment variable or from a line in ~/.pgpass (host:port:database:user:password, readable by you only), and is never saved by this program. Without one the server answers &quot;{message}&quot;.</source>
        <translation>Es gibt kein Passwortfeld: Das Passwort kommt aus der Umgebungsvariablen PGPASSWORD oder aus einer Zeile in ~/.pgpass (host:port:database:user:password, nur für Sie lesbar) und wird von diesem Programm nie gespeichert. Ohne Passwort antwortet der Server „{message}“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Saved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting to {url}…</source>
        <translation>Verbindung zu {url} wird hergestellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot connect: {reason}</source>
        <translation>Verbindung nicht möglich: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected (PostgreSQL {server}): a Delegation Planner store (schema {schema}).</source>
        <translation>Verbunden (PostgreSQL {server}): eine Delegation-Planner-Datenbank (Schema {schema}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected (PostgreSQL {server}), but the database holds another program&apos;s tables; it cannot be a store.</source>
        <translation>Verbunden (PostgreSQL {server}), aber die Datenbank enthält Tabellen eines anderen Programms und kann daher nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected (PostgreSQL {server}): the database is empty; connecting makes a new store in it.</source>
        <translation>Verbunden (PostgreSQL {server}): Die Datenbank ist leer; beim Verbinden werden darin die Tabellen des Delegation Planner angelegt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: a password does not belong in a store&apos;s location, where other users can see it; put it in PGPASSWORD or ~/.pgpass and leave it out. Nothing was connected or saved.</source>
        <translation>{field}: Ein Passwort gehört nicht in die Adresse einer Datenbank, denn dort können andere Benutzer es sehen. Hinterlegen Sie es in PGPASSWORD oder ~/.pgpass und lassen Sie es hier weg. Es wurde keine Verbindung hergestellt und nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ContactsExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/contacts_export.py" line="+29"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+52"/>
        <source>Export People</source>
        <translation>Personen exportieren</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Everyone in the directory ({count})</source>
        <translation>&amp;Alle im Verzeichnis ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people the search s&amp;hows ({count})</source>
        <translation>Die von der Suche &amp;gezeigten Personen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;selected people ({count})</source>
        <translation>Die a&amp;usgewählten Personen ({count})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vCard 4.0 (.vcf): address books, phones, Outlook</source>
        <translation>vCard 4.0 (.vcf): Adressbücher, Telefone, Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv): Excel and other spreadsheets</source>
        <translation>CSV (.csv): Excel und andere Tabellenkalkulationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/contacts_import.py" line="+54"/>
        <source>Contacts (*.vcf *.csv *.txt);;vCard (*.vcf);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>Kontakte (*.vcf *.csv *.txt);;vCard (*.vcf);;CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+192"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Full name (split into family and given)</source>
        <translation>Vollständiger Name (in Nach- und Vorname geteilt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Native-script name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+186"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+185"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (Chinesisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same e-mail</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and organization</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import People: {file}</source>
        <translation>Personen importieren: {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The country of phone numbers written without a country code</source>
        <translation>Das Land der Telefonnummern, die ohne Landesvorwahl geschrieben sind</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Merge duplicates into the existing people</source>
        <translation>&amp;Dubletten mit den vorhandenen Personen zusammenführen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones without a &amp;country code are in:</source>
        <translation>Telefonnummern ohne &amp;Landesvorwahl gehören zu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Read as {encoding}</source>
        <translation>Gelesen als {encoding}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot import: {reason}</source>
        <translation>Import nicht möglich: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Line {line}: {name}, {reason} as {other} earlier in the file</source>
        <translation>Zeile {line}: {name}, {reason} wie {other} weiter oben in der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {name}, {reason} as {other} in the directory</source>
        <translation>Zeile {line}: {name}, {reason} wie {other} im Verzeichnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicates ({count})</source>
        <translation>Dubletten ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{people} people to add, {merged} to merge into people already there, {organizations} new organizations.</source>
        <translation>{people} Personen neu, {merged} mit vorhandenen Personen zusammenzuführen, {organizations} neue Organisationen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing can be imported while {count} rows have problems: correct the file (or the column choices) and read it again.</source>
        <translation>Solange {count} Zeilen Probleme haben, wird nichts importiert: Korrigieren Sie die Datei (oder die Spaltenzuordnung) und lesen Sie sie erneut ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import People</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../ui/views/contacts_panel.py" line="+80"/>
        <location line="+222"/>
        <source>Search names, organizations, positions…</source>
        <translation>Namen, Organisationen, Funktionen suchen…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>All sides</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the people of this side</source>
        <translation>Personen dieser Seite anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the delegation members of this role</source>
        <translation>Delegationsmitglieder mit dieser Rolle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of this trip</source>
        <translation>Personen dieser Reise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a counterpart, or press Shift+F10, to move them to the host side or a third party.</source>
        <translation>Rechtsklick auf ein Gegenüber oder Umschalt+F10 setzt es auf die Gastgeberseite oder zu einer dritten Partei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to the &amp;Host Side</source>
        <translation>Auf die &amp;Gastgeberseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to a &amp;Third Party</source>
        <translation>Zu einer &amp;dritten Partei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People ({count})</source>
        <translation>Personen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations ({count})</source>
        <translation>Organisationen ({count})</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Search people and organizations</source>
        <translation>Personen und Organisationen durchsuchen</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../ui/widgets/country_combo.py" line="+39"/>
        <source>type a country or its code</source>
        <translation>Land oder Ländercode eingeben</translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message>
        <location filename="../../ui/views/delegation/members.py" line="+45"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/views/delegation/panel.py" line="+106"/>
        <source>Delegation, in order of ran&amp;k:</source>
        <translation>&amp;Mitglieder nach Rang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation, in order of rank</source>
        <translation>Delegation, nach Rang geordnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a name, or press Ctrl+Up or Ctrl+Down, to rank it; F2 or Enter changes the role; Delete removes the person from the delegation.</source>
        <translation>Ziehen Sie einen Namen an eine andere Stelle oder drücken Sie Strg+Pfeil hoch oder Strg+Pfeil runter, um den Rang zu ändern; F2 oder Eingabe ändert die Rolle; Entf nimmt die Person aus der Delegation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove from Delegation</source>
        <translation>Aus der Delegation &amp;entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected person from the delegation</source>
        <translation>Die ausgewählte Person aus der Delegation entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to the delegation</source>
        <translation>Zur Delegation hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>Schreibgeschützt: {reason}. Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add {name} to the Delegation</source>
        <translation>{name} zur Delegation hinzufügen</translation>
    </message>
</context>
<context>
    <name>DirectoryOrganizationsModel</name>
    <message>
        <location filename="../../ui/models/directory.py" line="+295"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/views/directory/page.py" line="+110"/>
        <source>Native name:</source>
        <translation>Name in Originalschrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Stadt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a person or an organization to see their page.</source>
        <translation>Wählen Sie eine Person oder eine Organisation, um ihre Seite zu sehen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Meetings attended ({count})</source>
        <translation>Wahrgenommene Termine ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trips ({count})</source>
        <translation>Reisen ({count})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>People ({count})</source>
        <translation>Personen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings ({count})</source>
        <translation>Termine ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trip: {title}</source>
        <translation>Reise: {title}</translation>
    </message>
</context>
<context>
    <name>DirectoryPeopleModel</name>
    <message>
        <location filename="../../ui/models/directory.py" line="-63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <location filename="../../ui/views/directory/window.py" line="+60"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Directory — People and Organizations</source>
        <translation>Verzeichnis — Personen und Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the directory</source>
        <translation>Eine Person in das Verzeichnis aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Organization…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an organization to the directory</source>
        <translation>Eine Organisation in das Verzeichnis aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person or organization</source>
        <translation>Die ausgewählte Person oder Organisation bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected person or organization</source>
        <translation>Die ausgewählte Person oder Organisation löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge two selected people or two organizations into one</source>
        <translation>Zwei ausgewählte Personen oder Organisationen zu einer zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import people from a vCard or CSV file</source>
        <translation>Personen aus einer vCard- oder CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export people to a vCard or CSV file</source>
        <translation>Personen in eine vCard- oder CSV-Datei exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;rase Person…</source>
        <translation>Person endgültig &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove everything stored about the selected person (cannot be undone)</source>
        <translation>Alles über die ausgewählte Person Gespeicherte entfernen (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Personal &amp;Data…</source>
        <translation>Personenbezogene &amp;Daten exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write everything stored about the selected person into a JSON file</source>
        <translation>Alles über die ausgewählte Person Gespeicherte in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;Protection</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+413"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Search names in any script, organizations, positions, e-mail…</source>
        <translation>Namen in jeder Schrift, Organisationen, Funktionen, E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;People ({count})</source>
        <translation>&amp;Personen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People ({count} of {total})</source>
        <translation>&amp;Personen ({count} von {total})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organizations ({count})</source>
        <translation>&amp;Organisationen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organizations ({count} of {total})</source>
        <translation>&amp;Organisationen ({count} von {total})</translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <source>Delete &apos;{name}&apos; from the directory? They are taken off %n meeting(s).</source>
        <translation>
            <numerusform>„{name}“ aus dem Verzeichnis löschen? Die Person wird aus %n Termin entfernt.</numerusform>
            <numerusform>„{name}“ aus dem Verzeichnis löschen? Die Person wird aus %n Terminen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete &apos;{name}&apos; from the directory? Its %n people stay, without an organization.</source>
        <translation>
            <numerusform>„{name}“ aus dem Verzeichnis löschen? Ihre %n Person bleibt, ohne Organisation.</numerusform>
            <numerusform>„{name}“ aus dem Verzeichnis löschen? Ihre %n Personen bleiben, ohne Organisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+269"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Imported {file}: {count} people added</source>
        <translation>{file} importiert: {count} Personen hinzugefügt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {file}</source>
        <translation>{file} exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cannot erase</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person erased</source>
        <translation>Person gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; has been erased. The undo history was cleared, so earlier edits can no longer be undone.</source>
        <translation>„{name}“ wurde endgültig gelöscht. Der Rückgängig-Verlauf wurde geleert; frühere Änderungen lassen sich nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Personal Data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote {file}</source>
        <translation>{file} geschrieben</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>Search the directory</source>
        <translation>Verzeichnis durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the directory</source>
        <translation>Personen im Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations in the directory</source>
        <translation>Organisationen im Verzeichnis</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/dialogs/documents_page.py" line="+46"/>
        <source>These travel documents were entered with another documents key and cannot be read on this computer, so they are not shown; saving the person keeps them as they are. Every computer sharing this store needs the same key (DELEGATION_PLANNER_DOCUMENTS_KEY).</source>
        <translation>Diese Reisedokumente wurden mit einem anderen Dokumentenschlüssel erfasst und lassen sich auf diesem Computer nicht lesen; sie werden daher nicht angezeigt. Beim Speichern der Person bleiben sie unverändert erhalten. Alle Computer, die diese Datenbank gemeinsam nutzen, benötigen denselben Schlüssel (DELEGATION_PLANNER_DOCUMENTS_KEY).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nationalit&amp;y:</source>
        <translation>&amp;Staatsangehörigkeit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gender:</source>
        <translation>Geschlech&amp;t:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the passport states it, for letters that ask for it</source>
        <translation>Wie im Pass angegeben, für Schreiben, die es verlangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport &amp;number:</source>
        <translation>Pass&amp;nummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport &amp;kind:</source>
        <translation>Pass&amp;art:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Issued:</source>
        <translation>Ausgestellt a&amp;m:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpires:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visas:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Vi&amp;sa</source>
        <translation>Visum &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;emove Visa</source>
        <translation>Visum &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>DuplicateTripDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicate_trip.py" line="+26"/>
        <source>Duplicate Trip to New Dates</source>
        <translation>Reise auf neue Daten duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/trip_files.py" line="+77"/>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every stop, transfer and meeting keeps its local time of day, shifted by whole days. People and organizations are shared with the original.</source>
        <translation>Jede Station, jeder Transfer und jeder Termin behält seine Ortszeit und wird um ganze Tage verschoben. Personen und Organisationen teilt die Kopie mit dem Original.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="+26"/>
        <source>the person&apos;s own entry</source>
        <translation>der Eintrag der Person selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendances at meetings</source>
        <translation>Teilnahmen an Terminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendances at branch venues</source>
        <translation>Teilnahmen an zugeschalteten Standorten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>places in trips&apos; contact lists</source>
        <translation>Einträge in Kontaktlisten von Reisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memberships of delegations</source>
        <translation>Mitgliedschaften in Delegationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatures of agreements</source>
        <translation>Unterschriften unter Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records of their exported personal calendar</source>
        <translation>Aufzeichnungen zu ihrem exportierten persönlichen Kalender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-ups they own (kept, without an owner)</source>
        <translation>Folgeaufgaben der Person (bleiben, ohne Verantwortliche)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gifts they gave (kept, without the giver)</source>
        <translation>Geschenke der Person (bleiben, ohne schenkende Seite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gifts they received (kept, without the recipient)</source>
        <translation>Geschenke an die Person (bleiben, ohne beschenkte Seite)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erase Person</source>
        <translation>Person endgültig löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase &apos;{name}&apos; from the store: the entry and everything that links them, as the GDPR&apos;s right to erasure requires.</source>
        <translation>„{name}“ endgültig aus dem Datenbestand löschen: den Eintrag und alles, was auf die Person verweist, wie es das Recht auf Löschung nach der DSGVO verlangt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Free text that still names them (edit it yourself if it must go):</source>
        <translation>Freitext, der die Person weiterhin nennt (bei Bedarf selbst bearbeiten):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free text names them.</source>
        <translation>Kein Freitext nennt die Person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cannot be undone. The undo history is cleared as well, so that no copy of their data stays behind. Backups and files exported earlier are not touched.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Auch der Rückgängig-Verlauf wird geleert, damit keine Kopie der Daten zurückbleibt. Sicherungen und früher exportierte Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Erase</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be removed:</source>
        <translation>Was entfernt wird:</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/calendar_export.py" line="-10"/>
        <source>Wrote %n file(s) to {where}.</source>
        <translation>
            <numerusform>%n Datei nach {where} geschrieben.</numerusform>
            <numerusform>%n Dateien nach {where} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../../ui/field_names.py" line="+11"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home time zone</source>
        <translation>Heimatzeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Useful numbers</source>
        <translation>Nützliche Nummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging address</source>
        <translation>Adresse der Unterkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging phone</source>
        <translation>Telefon der Unterkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From airport or station</source>
        <translation>Ab Flughafen oder Bahnhof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To airport or station</source>
        <translation>Nach Flughafen oder Bahnhof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From terminal</source>
        <translation>Ab Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To terminal</source>
        <translation>Nach Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat</source>
        <translation>Sitzplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travellers</source>
        <translation>Reisende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Beförderer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue address</source>
        <translation>Adresse des Orts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue city</source>
        <translation>Stadt des Orts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Weitere Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes</source>
        <translation>Vertrauliche Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Vertragsparteien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giver</source>
        <translation>Schenkende Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>Beschenkte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel documents</source>
        <translation>Reisedokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation purpose</source>
        <translation>Zweck laut Einladung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs borne by</source>
        <translation>Kosten trägt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation issued</source>
        <translation>Einladung ausgestellt</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/dialogs/follow_up_dialog.py" line="+65"/>
        <source>Edit Follow-up</source>
        <translation>Folgeaufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Follow-up</source>
        <translation>Neue Folgeaufgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a person of this trip</source>
        <translation>{name} ist keine Person dieser Reise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Done</source>
        <translation>Er&amp;ledigt</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/models/registers.py" line="+52"/>
        <location line="+11"/>
        <location line="+33"/>
        <location line="+33"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Overdue: due {day}, not done</source>
        <translation>Überfällig: fällig am {day}, nicht erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not done: tick when it is</source>
        <translation>Nicht erledigt: abhaken, sobald erledigt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../ui/dialogs/gift_dialog.py" line="+52"/>
        <source>Edit Gift</source>
        <translation>Geschenk bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Gift</source>
        <translation>Neues Geschenk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dir&amp;ection:</source>
        <translation>Ric&amp;htung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gift:</source>
        <translation>&amp;Geschenk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. porcelain vase</source>
        <translation>z. B. Porzellanvase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Value:</source>
        <translation>Wer&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 60 or 1,250.50</source>
        <translation>z. B. 60 oder 1.250,50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is not a person or organization of this trip</source>
        <translation>{name} ist weder Person noch Organisation dieser Reise</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{value} is not an amount</source>
        <translation>{value} ist kein Betrag</translation>
    </message>
</context>
<context>
    <name>GiftsModel</name>
    <message>
        <location filename="../../ui/models/registers.py" line="+23"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/views/history.py" line="+40"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: → {new}</source>
        <translation>{field}: → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{change} ({zone})</source>
        <translation>{change} ({zone})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="-565"/>
        <location filename="../../ui/views/history.py" line="-170"/>
        <source>{kind} &apos;{label}&apos;</source>
        <translation>{kind} „{label}“</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/views/history.py" line="+50"/>
        <source>&amp;Whole Trip</source>
        <translation>&amp;Ganze Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the history of the whole trip again</source>
        <translation>Wieder den Verlauf der ganzen Reise zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>History of &apos;{label}&apos;</source>
        <translation>Verlauf von „{label}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of the open trip</source>
        <translation>Verlauf der geöffneten Reise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trip is open.</source>
        <translation>Keine Reise geöffnet.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>History of changes</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
</context>
<context>
    <name>HybridText</name>
    <message>
        <location filename="../../ui/models/hybrid_text.py" line="+35"/>
        <source>{venue}, {city}: {times} ({zone})</source>
        <translation>{venue}, {city}: {times} ({zone})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{times} in {city} is {branch_times} here</source>
        <translation>{times} in {city} ist hier {branch_times}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hybrid meeting, also joined from:</source>
        <translation>Hybrider Termin mit Zuschaltung aus:</translation>
    </message>
</context>
<context>
    <name>InvitationWords</name>
    <message>
        <location filename="../../ui/dialogs/invitations.py" line="+226"/>
        <source>Nobody on this trip has an e-mail address: there is nothing to send.</source>
        <translation>Niemand auf dieser Reise hat eine E-Mail-Adresse: Es gibt nichts zu versenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every invitation is up to date: there is nothing to send.</source>
        <translation>Alle Einladungen sind aktuell: Es gibt nichts zu versenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n cancellation(s).</source>
        <translation>
            <numerusform>und %n Absage.</numerusform>
            <numerusform>und %n Absagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mail server is set (Edit ▸ Office and Mail Settings): save them as drafts.</source>
        <translation>Es ist kein Mail-Server eingestellt (Bearbeiten ▸ Büro- und E-Mail-Einstellungen): Speichern Sie die Nachrichten als Entwürfe.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Saved %n draft(s) in {folder}.</source>
        <translation>
            <numerusform>%n Entwurf in {folder} gespeichert.</numerusform>
            <numerusform>%n Entwürfe in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location line="-185"/>
        <location line="+98"/>
        <location line="+59"/>
        <source>Send Invitations</source>
        <translation>Einladungen versenden</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Messages to send</source>
        <translation>Zu versendende Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From: {name} &lt;{address}&gt;</source>
        <translation>Von: {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;Drafts…</source>
        <translation>Als &amp;Entwürfe speichern…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancellation (CANCEL)</source>
        <translation>Absage (CANCEL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation (REQUEST)</source>
        <translation>Einladung (REQUEST)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot send the invitations</source>
        <translation>Die Einladungen können nicht versendet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invitations are sent in the office&apos;s name: give its name and e-mail address first.</source>
        <translation>Einladungen werden im Namen des Büros versendet: Geben Sie zuerst dessen Namen und E-Mail-Adresse an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listing the invitations…</source>
        <translation>Die Einladungen werden zusammengestellt…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Folder for Invitation Drafts</source>
        <translation>Ordner für Einladungsentwürfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending the invitations…</source>
        <translation>Die Einladungen werden versendet…</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <location filename="../../ui/models/itinerary.py" line="+51"/>
        <source>Itinerary</source>
        <translation>Reiseroute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{origin} → {destination}</source>
        <translation>{origin} → {destination}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{city} ({country})</source>
        <translation>{city} ({country})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Departure from {city}</source>
        <translation>Abreise aus {city}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrival in {city}</source>
        <translation>Ankunft in {city}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{mode} {number} {origin} → {destination}</source>
        <translation>{mode} {number} {origin} → {destination}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mode} {origin} → {destination}</source>
        <translation>{mode} {origin} → {destination}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Departs from terminal {terminal}</source>
        <translation>Ab Terminal {terminal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrives at terminal {terminal}</source>
        <translation>An Terminal {terminal}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Class: {travel_class}</source>
        <translation>Klasse: {travel_class}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat: {seat}</source>
        <translation>Sitzplatz: {seat}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}
{when}</source>
        <translation>{what}
{when}</translation>
    </message>
</context>
<context>
    <name>ItineraryPanel</name>
    <message>
        <location filename="../../ui/views/itinerary_panel.py" line="+44"/>
        <source>Itinerary: stops and transfers</source>
        <translation>Reiseroute: Stationen und Transfers</translation>
    </message>
</context>
<context>
    <name>LayoutView</name>
    <message>
        <location filename="../../ui/views/protocol/layout_view.py" line="+65"/>
        <source>Seating for talks</source>
        <translation>Sitzordnung für Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>Unterzeichnungszeremonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banquet seating</source>
        <translation>Tischordnung beim Bankett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats in the cars</source>
        <translation>Plätze in den Wagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group photo</source>
        <translation>Gruppenfoto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host side</source>
        <translation>Gastgeberseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest side</source>
        <translation>Gastseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet assigned</source>
        <translation>noch nicht besetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at {venue}</source>
        <translation>in {venue}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Rear right</source>
        <translation>Hinten rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rear left</source>
        <translation>Hinten links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front right</source>
        <translation>Vorne rechts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table {table}, seat {seat}</source>
        <translation>Tisch {table}, Platz {seat}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Head of side</source>
        <translation>★ Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing assistant</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Flaggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table {number}</source>
        <translation>Tisch {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car {number}</source>
        <translation>Wagen {number}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Hosts: the delegation</source>
        <translation>Gastgeber: die Delegation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts: counterparts</source>
        <translation>Gastgeber: Gesprächspartner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests: counterparts</source>
        <translation>Gäste: Gesprächspartner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guests: the delegation</source>
        <translation>Gäste: die Delegation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Joining from {venue}:</source>
        <translation>Zugeschaltet aus {venue}:</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Signing table</source>
        <translation>Unterzeichnungstisch</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters_export.py" line="+45"/>
        <source>nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport number</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office settings have no address.</source>
        <translation>In den Büroeinstellungen fehlt die Anschrift.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office settings have no phone.</source>
        <translation>In den Büroeinstellungen fehlt die Telefonnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office settings name no signatory.</source>
        <translation>In den Büroeinstellungen ist kein Unterzeichner angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trip&apos;s invitation does not say who pays.</source>
        <translation>Die Einladungsangaben der Reise nennen nicht, wer die Kosten trägt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+55"/>
        <source>Visa Letters and Delegation List</source>
        <translation>Visa-Einladungsschreiben und Delegationsliste</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Language of the letters</source>
        <translation>Sprache der Schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (DOCX), to put on the letterhead</source>
        <translation>Word (DOCX), für den eigenen Briefbogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One letter per &amp;delegate</source>
        <translation>Ein Schreiben je &amp;Delegationsmitglied</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be written</source>
        <translation>Was geschrieben wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What will be written:</source>
        <translation>&amp;Was geschrieben wird:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save to Folder…</source>
        <translation>In Ordner &amp;speichern…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the travel documents…</source>
        <translation>Die Reisedokumente werden gelesen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invited (a visa is needed):</source>
        <translation>Eingeladen (Visum erforderlich):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegate needs a visa: no invitation letter is written.</source>
        <translation>Kein Delegationsmitglied benötigt ein Visum: Es wird kein Einladungsschreiben erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not invited (no visa needed):</source>
        <translation>Nicht eingeladen (kein Visum erforderlich):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To complete before sending:</source>
        <translation>Vor dem Versand zu ergänzen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (no rule decides: invited to be safe)</source>
        <translation>{name} (keine Regel entscheidet: vorsorglich eingeladen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({rule})</source>
        <translation> ({rule})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: no {fields} recorded</source>
        <translation>{name}: {fields} nicht erfasst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder for the Letters</source>
        <translation>Ordner für die Schreiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace {files} in {folder}?</source>
        <translation>{files} in {folder} ersetzen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the letters…</source>
        <translation>Die Schreiben werden erstellt…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>%n Datei in {folder} gespeichert</numerusform>
            <numerusform>%n Dateien in {folder} gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalTimeEdit</name>
    <message>
        <location filename="../../ui/widgets/local_time_edit.py" line="+59"/>
        <source>The clocks go back here: this wall time happens twice. Which one?</source>
        <translation>Hier wird die Uhr zurückgestellt: Diese Uhrzeit gibt es zweimal. Welche ist gemeint?</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{wall} does not exist in {zone} (the clocks skip that hour)</source>
        <translation>{wall} gibt es in {zone} nicht (die Uhr überspringt diese Stunde)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>first ({offset})</source>
        <translation>erste ({offset})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second ({offset})</source>
        <translation>zweite ({offset})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>= {time} {zone}, {day}</source>
        <translation>= {time} {zone}, {day}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/trip_files.py" line="-88"/>
        <source>Trip files (*.trip.json *.json)</source>
        <translation>Reisedateien (*.trip.json *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+65"/>
        <source>Delegation Planner stores (*.sqlite);;All files (*)</source>
        <translation>Delegation-Planner-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+204"/>
        <location filename="../../ui/window_frame.py" line="+76"/>
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location filename="../../ui/window_frame.py" line="-51"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Itinerary</source>
        <translation>Reiser&amp;oute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People a&amp;nd Organizations</source>
        <translation>&amp;Personen und Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule</source>
        <translation>Besuchspro&amp;gramm</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+1"/>
        <location filename="../../ui/window_frame.py" line="+49"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="+78"/>
        <source>&amp;New Store…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Store…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect to S&amp;hared Store…</source>
        <translation>Mit &amp;gemeinsamer Datenbank verbinden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import Trip File…</source>
        <translation>Reisedatei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export Trip File…</source>
        <translation>Reisedatei &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Ca&amp;lendar…</source>
        <translation>Kalender im&amp;portieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export &amp;Briefing Pack…</source>
        <translation>Briefing&amp;mappe exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;History of Selected</source>
        <translation>&amp;Verlauf der Auswahl</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Delete Selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Export Trip File with &amp;Travel Documents…</source>
        <translation>Reisedatei mit Reise&amp;dokumenten exportieren…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Find Trip</source>
        <translation>Reise &amp;suchen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check &amp;Settings…</source>
        <translation>Prüf&amp;einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Office and Mail Settings…</source>
        <translation>Büro- und E-&amp;Mail-Einstellungen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Trip…</source>
        <translation>&amp;Neue Reise…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit &amp;Trip…</source>
        <translation>Reise &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>D&amp;uplicate Trip to New Dates…</source>
        <translation>Reise auf neue Daten &amp;duplizieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De&amp;lete Trip…</source>
        <translation>Reise l&amp;öschen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Stop…</source>
        <translation>&amp;Station hinzufügen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add T&amp;ransfer…</source>
        <translation>&amp;Transfer hinzufügen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;Meeting…</source>
        <translation>T&amp;ermin hinzufügen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add &amp;Person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add &amp;Organization…</source>
        <translation>&amp;Organisation hinzufügen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pu&amp;blish Calendar…</source>
        <translation>Kalender &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send &amp;Invitations…</source>
        <translation>E&amp;inladungen versenden…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;About Delegation Planner</source>
        <translation>Ü&amp;ber Delegation Planner</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;People and Organizations…</source>
        <translation>&amp;Personen und Organisationen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Agreements…</source>
        <translation>&amp;Vereinbarungen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Follow-ups…</source>
        <translation>&amp;Folgeaufgaben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gifts…</source>
        <translation>&amp;Geschenke…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="+106"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="-303"/>
        <location filename="../../ui/window_frame.py" line="-44"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="-29"/>
        <source>Open &amp;Recent Store</source>
        <translation>&amp;Zuletzt geöffnete Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Trip</source>
        <translation>&amp;Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Protocol</source>
        <translation>Proto&amp;koll</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="+19"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+36"/>
        <source>Delegation Planner — {name}</source>
        <translation>Delegation Planner — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <location line="-36"/>
        <location filename="../../ui/window_frame.py" line="+42"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/window_frame.py" line="-54"/>
        <source>Dele&amp;gation</source>
        <translation>Delegat&amp;ion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protoco&amp;l</source>
        <translation>Protoko&amp;ll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+54"/>
        <source>New Store</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Store</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/trip_clock.py" line="+49"/>
        <source>Home {time} ({zone})</source>
        <translation>{time} Heimatzeit ({zone})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{city} {time} ({zone})</source>
        <translation>{city} {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/record_edits.py" line="+110"/>
        <source>Delete &apos;{label}&apos;?</source>
        <translation>„{label}“ löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This also deletes {what}.</source>
        <translation>Dabei wird auch {what} gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Duplicate &apos;{title}&apos;</source>
        <translation>„{title}“ duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/trip_files.py" line="+24"/>
        <source>Import Trip File</source>
        <translation>Reisedatei importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import &apos;{title}&apos;</source>
        <translation>„{title}“ importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Imported {file}</source>
        <translation>{file} importiert</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Update &apos;{title}&apos; from {file}</source>
        <translation>„{title}“ aus {file} aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updated from {file}</source>
        <translation>Aus {file} aktualisiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filled in from the city and country:</source>
        <translation>Aus Stadt und Land ergänzt:</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Already in the directory, kept as they are there:</source>
        <translation>Bereits im Verzeichnis, dort unverändert belassen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Trip File</source>
        <translation>Reisedatei exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported {file}</source>
        <translation>{file} exportiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/colleague_questions.py" line="+40"/>
        <source>&apos;{label}&apos; was also changed by someone else; both changes were kept.</source>
        <translation>„{label}“ wurde auch von jemand anderem geändert; beide Änderungen wurden beibehalten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save what you typed as a new {kind}? You can undo this.</source>
        <translation>Ihre Eingaben als neuen Eintrag ({kind}) speichern? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted by Someone Else</source>
        <translation>Von jemand anderem gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+320"/>
        <source>{who}: {action} {what}</source>
        <translation>{action} von {who}: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(and %n more change(s))</source>
        <translation>
            <numerusform>(und %n weitere Änderung)</numerusform>
            <numerusform>(und %n weitere Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store can be reached again.</source>
        <translation>Die Datenbank ist wieder erreichbar.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../../ui/views/companion_window.py" line="+39"/>
        <source>The store cannot be reached; trying again every second…</source>
        <translation>Die Datenbank ist nicht erreichbar; neuer Versuch jede Sekunde…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="+35"/>
        <source>{user} may only read this store (viewer role)</source>
        <translation>{user} darf diese Datenbank nur lesen (Rolle: Lesezugriff)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is read-only</source>
        <translation>{file} ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} cannot be read</source>
        <translation>{file} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>Schreibgeschützt: {reason}. Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+20"/>
        <location filename="../../ui/window_frame.py" line="+29"/>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="+50"/>
        <source>The store cannot be reached; try again when the status bar says it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar; versuchen Sie es erneut, sobald die Statusleiste sie wieder als erreichbar meldet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+15"/>
        <source>About Delegation Planner</source>
        <translation>Über Delegation Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation Planner {version}
Store: {store}</source>
        <translation>Delegation Planner {version}
Datenbank: {store}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="+268"/>
        <source>Visa Letters and Dele&amp;gation List…</source>
        <translation>Visa-Einladungsschreiben und Dele&amp;gationsliste…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="+39"/>
        <source>Edit Meeting</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Meeting</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop:</source>
        <translation>Statio&amp;n:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a stop of this trip</source>
        <translation>{name} ist keine Station dieser Reise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sta&amp;rt:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Venue a&amp;ddress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue cit&amp;y:</source>
        <translation>Sta&amp;dt des Orts:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stop&apos;s city</source>
        <translation>die Stadt der Station</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online &amp;link:</source>
        <translation>Online-&amp;Link:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Gastgeber:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} ist keine Organisation dieser Reise</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;bjectives:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Talking &amp;points:</source>
        <translation>Gesprächs&amp;punkte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one point per line</source>
        <translation>ein Punkt je Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other or&amp;ganizations:</source>
        <translation>&amp;Weitere Organisationen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attendees:</source>
        <translation>Teilne&amp;hmer:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Ans&amp;wers:</source>
        <translation>Rüc&amp;kmeldungen:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>None yet: answers come from the attendees&apos; replies (Import Calendar)</source>
        <translation>Noch keine: Die Antworten kommen aus den Rückmeldungen der Teilnehmer (Kalender importieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;ivate notes:</source>
        <translation>&amp;Vertrauliche Notizen:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{name}: {answer}</source>
        <translation>{name}: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{answer}, {day}</source>
        <translation>{answer}, {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the trip has no stops yet: add a stop first</source>
        <translation>die Reise hat noch keine Stationen: zuerst eine Station hinzufügen</translation>
    </message>
</context>
<context>
    <name>MeetingItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_item.py" line="+72"/>
        <source>T&amp;rip:</source>
        <translation>&amp;Reise:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a trip of this store</source>
        <translation>{name} ist keine Reise dieser Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Meeting:</source>
        <translation>T&amp;ermin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a meeting of this trip</source>
        <translation>{name} ist kein Termin dieser Reise</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the trip has no meetings yet: add a meeting first</source>
        <translation>die Reise hat noch keine Termine: zuerst einen Termin hinzufügen</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../ui/models/meetings.py" line="+60"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{time} (+{days})</source>
        <translation>{time} (+{days})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{city} ({zone})</source>
        <translation>{city} ({zone})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attendees</source>
        <translation>Keine Teilnehmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {answer}</source>
        <translation>{name}: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{venue}
Host: {host}</source>
        <translation>{venue}
Gastgeber: {host}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} declined</source>
        <translation>{count} abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tentative</source>
        <translation>{count} unter Vorbehalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} accepted</source>
        <translation>{count} zugesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Declined: {names}</source>
        <translation>Abgesagt: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tentative: {names}</source>
        <translation>Unter Vorbehalt: {names}</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../ui/views/meetings_panel.py" line="+65"/>
        <location line="+174"/>
        <source>Search titles, venues, hosts and people…</source>
        <translation>Titel, Orte, Gastgeber und Personen suchen…</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+170"/>
        <source>Stop</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+170"/>
        <source>Only the meetings at this stop</source>
        <translation>Nur die Termine an dieser Station</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>Only the meetings on this local day</source>
        <translation>Nur die Termine an diesem Tag (Ortszeit)</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+161"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+161"/>
        <source>Only the meetings of this kind</source>
        <translation>Nur die Termine dieser Art</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+159"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+159"/>
        <source>Only the meetings in this status</source>
        <translation>Nur die Termine mit diesem Status</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+169"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <source>Only the meetings this person attends</source>
        <translation>Nur die Termine, an denen diese Person teilnimmt</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+186"/>
        <source>Show &amp;cancelled</source>
        <translation>&amp;Abgesagte zeigen</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+262"/>
        <source>Meetings: {shown} of {total}</source>
        <translation>Termine: {shown} von {total}</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+50"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+53"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Add &amp;Branch Venue…</source>
        <translation>Zugeschalteten Sta&amp;ndort hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another place the selected meeting is joined from, at the same time</source>
        <translation>Ein weiterer Ort, von dem aus der ausgewählte Termin gleichzeitig zugeschaltet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Bra&amp;nch Venue…</source>
        <translation>Zugeschalteten Standort bearbe&amp;iten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Branch Venue</source>
        <translation>Zugeschalteten Standort &amp;entfernen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{city} (from {day})</source>
        <translation>{city} (ab {day})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All stops</source>
        <translation>Alle Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meetings: {total}</source>
        <translation>Termine: {total}</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Search meetings</source>
        <translation>Termine durchsuchen</translation>
    </message>
</context>
<context>
    <name>MemberAdder</name>
    <message>
        <location filename="../../ui/views/delegation/adder.py" line="+137"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the directory…</source>
        <translation>Das Verzeichnis wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name, organization or e-mail</source>
        <translation>Ein Name, eine Organisation oder E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person to add to the delegation</source>
        <translation>Eine Person suchen, die zur Delegation kommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who can be added</source>
        <translation>Personen, die hinzugefügt werden können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join as:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;w Person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Role of the person added</source>
        <translation>Rolle der hinzugefügten Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to Delegation</source>
        <translation>&amp;Zur Delegation hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen person to the delegation</source>
        <translation>Die gewählte Person zur Delegation hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a new person and add them</source>
        <translation>Eine neue Person erfassen und hinzufügen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} is one of this trip&apos;s people</source>
        <translation>{name} gehört zu den Personen dieser Reise</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="+43"/>
        <source>Merge People</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge Organizations</source>
        <translation>Organisationen zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These two entries will become one. The one you keep takes the other&apos;s details where its own are empty, and the other&apos;s meetings, trips and links move to it. You can undo this.</source>
        <translation>Diese beiden Einträge werden zu einem. Der behaltene Eintrag übernimmt die Angaben des anderen, wo seine eigenen fehlen, und die Termine, Reisen und Verknüpfungen des anderen gehen auf ihn über. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These two organizations will become one. The one you keep takes the other&apos;s details where its own are empty, and the other&apos;s people and meetings move to it. You can undo this.</source>
        <translation>Diese beiden Organisationen werden zu einer. Die behaltene übernimmt die Angaben der anderen, wo ihre eigenen fehlen, und die Personen und Termine der anderen gehen auf sie über. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep this one</source>
        <translation>Diesen behalten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+14"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Honorific:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Meetings:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Trips:</source>
        <translation>Reisen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Native name:</source>
        <translation>Name in Originalschrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Stadt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
</context>
<context>
    <name>NumberList</name>
    <message>
        <location filename="../../ui/widgets/number_list.py" line="+39"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Useful numbers</source>
        <translation>Nützliche Nummern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;dd number</source>
        <translation>Nummer hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move number</source>
        <translation>Nummer &amp;löschen</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/office_settings.py" line="+40"/>
        <location line="+115"/>
        <source>Office and Mail Settings</source>
        <translation>Büro- und E-Mail-Einstellungen</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Office name</source>
        <translation>Name des Büros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office e-mail address</source>
        <translation>E-Mail-Adresse des Büros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server</source>
        <translation>Mail-Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mail server port</source>
        <translation>Port des Mail-Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt with S&amp;TARTTLS</source>
        <translation>Mit S&amp;TARTTLS verschlüsseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server user</source>
        <translation>Benutzer am Mail-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server password</source>
        <translation>Kennwort für den Mail-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unverändert (im Schlüsselbund des Systems hinterlegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for drafts</source>
        <translation>Ordner für Entwürfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder for drafts</source>
        <translation>Den Ordner für Entwürfe auswählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Office &amp;name:</source>
        <translation>&amp;Name des Büros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;e-mail:</source>
        <translation>&amp;E-Mail des Büros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail &amp;server:</source>
        <translation>Mail-&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drafts folder:</source>
        <translation>Entwurfs&amp;ordner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events with attendees name the office as their organizer, and invitations are sent from its address. The password is kept in the system keychain, never in a file; without a keychain, set DELEGATION_PLANNER_SMTP_PASSWORD.</source>
        <translation>Termine mit Teilnehmenden nennen das Büro als Organisator, und Einladungen werden von seiner Adresse versendet. Das Kennwort wird im Schlüsselbund des Systems hinterlegt, nie in einer Datei; ohne Schlüsselbund setzen Sie DELEGATION_PLANNER_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Folder for Invitation Drafts</source>
        <translation>Ordner für Einladungsentwürfe</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Office postal address</source>
        <translation>Postanschrift des Büros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office phone</source>
        <translation>Telefon des Büros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who signs invitation letters</source>
        <translation>Unterzeichner der Einladungsschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function of the signatory</source>
        <translation>Funktion des Unterzeichners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City letters are dated in</source>
        <translation>Ort, an dem die Schreiben datiert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Address:</source>
        <translation>Ans&amp;chrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ignatory:</source>
        <translation>&amp;Unterzeichner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s &amp;function:</source>
        <translation>&amp;Funktion des Unterzeichners:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City of letters:</source>
        <translation>O&amp;rt der Schreiben:</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_date.py" line="+31"/>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the day as 2027-04-05, or pick it; Delete leaves it open.</source>
        <translation>Datum als 2027-04-05 eingeben oder auswählen; mit Entf bleibt es offen.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../ui/dialogs/organization_dialog.py" line="+22"/>
        <source>Edit Organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nati&amp;ve name:</source>
        <translation>Name in &amp;Originalschrift:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 南山区人民政府</source>
        <translation>z. B. 南山区人民政府</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. automotive, biotech</source>
        <translation>z. B. Automobil, Biotechnologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="+120"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
</context>
<context>
    <name>OverviewDays</name>
    <message numerus="yes">
        <location filename="../../ui/views/trip_overview.py" line="+109"/>
        <source>%n meetings on these days; the Meetings tab lists each.</source>
        <translation>
            <numerusform>%n Termin an diesen Tagen; die Registerkarte „Termine“ führt jeden einzeln auf.</numerusform>
            <numerusform>%n Termine an diesen Tagen; die Registerkarte „Termine“ führt jeden einzeln auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassportNumberEdit</name>
    <message>
        <location filename="../../ui/widgets/passport_number.py" line="+27"/>
        <source>Show passport number</source>
        <translation>Passnummer anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the passport number</source>
        <translation>Passnummer anzeigen oder verbergen</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="-74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="+40"/>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Native-script &amp;name:</source>
        <translation>Name in &amp;Originalschrift:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 王磊</source>
        <translation>z. B. 王磊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Dr., Prof., Mr.</source>
        <translation>z. B. Dr., Prof., Herr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organi&amp;zation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} ist keine Organisation dieser Reise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not an organization of the directory</source>
        <translation>{name} ist keine Organisation des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phon&amp;e:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. +49 69 1234567</source>
        <translation>z. B. +49 69 1234567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. de, en, zh</source>
        <translation>z. B. de, en, zh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 is the most senior; none leaves the order open. The rank in this trip only: a member of the delegation ranks within the delegation, anyone else among the trip&apos;s counterparts.</source>
        <translation>1 ist der höchste Rang; „keine“ lässt die Reihenfolge offen. Der Rang gilt nur auf dieser Reise: ein Delegationsmitglied rangiert innerhalb der Delegation, alle anderen unter den Gegenübern der Reise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;recedence:</source>
        <translation>&amp;Rangfolge:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gener&amp;al</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{codes} is not a two-letter language code (such as de, en, zh)</source>
        <translation>{codes} ist kein zweibuchstabiger Sprachcode (wie de, en, zh)</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <location filename="../../ui/widgets/place_edit.py" line="+33"/>
        <source>airport code (FRA, EDDF) or station</source>
        <translation>Flughafencode (FRA, EDDF) oder Bahnhof</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/views/problems_panel.py" line="+71"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+103"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Problems of the trip</source>
        <translation>Probleme der Reise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter shows what the selected problem is about</source>
        <translation>Die Eingabetaste zeigt, worauf sich das gewählte Problem bezieht</translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <location filename="../../ui/views/protocol/panel.py" line="+234"/>
        <source>&amp;Delegation, in order of rank:</source>
        <translation>D&amp;elegation, nach Rangfolge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counterparts, in order of rank:</source>
        <translation>Gesprächspart&amp;ner, nach Rangfolge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a name to another place, or press Ctrl+Up or Ctrl+Down, to rank it.</source>
        <translation>Ziehen Sie einen Namen an eine andere Stelle oder drücken Sie Strg+Hoch bzw. Strg+Runter, um die Rangfolge zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seating plan for &amp;meeting:</source>
        <translation>Sitzordnung für Ter&amp;min:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trip&apos;s meetings with people on both sides</source>
        <translation>Die Termine der Reise mit Teilnehmern auf beiden Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spea&amp;king order:</source>
        <translation>Redner&amp;folge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;yout:</source>
        <translation>An&amp;ordnung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By the kind of meeting</source>
        <translation>Nach Art des Termins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars</source>
        <translation>Wagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group photo</source>
        <translation>Gruppenfoto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seating layout</source>
        <translation>Sitzanordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting&apos;s own layout (talks, signing, banquet), the cars or the photo</source>
        <translation>Die Anordnung des Termins (Gespräch, Unterzeichnung, Bankett), die Wagen oder das Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place c&amp;ards…</source>
        <translation>Tisch&amp;karten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write place cards</source>
        <translation>Tischkarten schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of folded tent cards, one for each attendee at the main venue</source>
        <translation>Ein PDF mit gefalteten Tischkarten, eine für jede Person am Hauptveranstaltungsort</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No trip is open.</source>
        <translation>Keine Reise geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting of this trip has people on both sides yet.</source>
        <translation>Noch kein Termin dieser Reise hat Teilnehmer auf beiden Seiten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (from {venue})</source>
        <translation> (zugeschaltet aus {venue})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Place cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/protocol/rank_list.py" line="+204"/>
        <source>Rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No rank yet</source>
        <translation>Noch ohne Rang</translation>
    </message>
</context>
<context>
    <name>PublishReport</name>
    <message>
        <location filename="../../ui/dialogs/calendar_publish.py" line="+10"/>
        <source>Published to {url}: {new} new, {changed} changed, {deleted} deleted, {unchanged} unchanged.</source>
        <translation>Veröffentlicht unter {url}: {new} neu, {changed} geändert, {deleted} gelöscht, {unchanged} unverändert.</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="+384"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save yet: {problem}</source>
        <translation>Noch nicht speicherbar: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location line="-229"/>
        <source>{title} (read-only)</source>
        <translation>{title} (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>Schreibgeschützt: {reason}. Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../ui/commands.py" line="-49"/>
        <source>Trip</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/views/history.py" line="-65"/>
        <source>Branch Venue</source>
        <translation>Zugeschalteter Standort</translation>
    </message>
    <message>
        <location filename="../../ui/views/history.py" line="-1"/>
        <source>Delegation Member</source>
        <translation>Delegationsmitglied</translation>
    </message>
</context>
<context>
    <name>RegistersWindow</name>
    <message>
        <location filename="../../ui/views/registers/window.py" line="+230"/>
        <source>Registers — Agreements, Follow-ups and Gifts</source>
        <translation>Register — Vereinbarungen, Folgeaufgaben und Geschenke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an agreement, follow-up or gift to a meeting</source>
        <translation>Einem Termin eine Vereinbarung, eine Folgeaufgabe oder ein Geschenk hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+250"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>&amp;Mark Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-up done, or open again</source>
        <translation>Die ausgewählte Folgeaufgabe als erledigt markieren oder wieder öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Meeting</source>
        <translation>Zum &amp;Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected entry&apos;s meeting in the main window</source>
        <translation>Den Termin des ausgewählten Eintrags im Hauptfenster zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Meeting</source>
        <translation>Zum Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+204"/>
        <location line="+25"/>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Search titles, parties, signatories, meetings…</source>
        <translation>Titel, Vertragsparteien, Unterzeichner, Termine suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search tasks, owners, meetings…</source>
        <translation>Aufgaben, Verantwortliche, Termine suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search gifts, givers, receivers…</source>
        <translation>Geschenke, schenkende und beschenkte Seiten suchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trip:</source>
        <translation>Re&amp;ise:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;irection:</source>
        <translation>Ric&amp;htung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;done</source>
        <translation>&amp;Erledigte zeigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All trips</source>
        <translation>Alle Reisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given and received</source>
        <translation>Überreicht und erhalten</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n Folgeaufgabe überfällig</numerusform>
            <numerusform>%n Folgeaufgaben überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Given: {amounts}</source>
        <translation>Überreicht: {amounts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received: {amounts}</source>
        <translation>Erhalten: {amounts}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No values recorded for these gifts</source>
        <translation>Für diese Geschenke sind keine Werte erfasst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Agreements ({count})</source>
        <translation>&amp;Vereinbarungen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-ups ({count})</source>
        <translation>&amp;Folgeaufgaben ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts ({count})</source>
        <translation>&amp;Geschenke ({count})</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Delete &apos;{label}&apos;? You can undo this.</source>
        <translation>„{label}“ löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Search agreements</source>
        <translation>Vereinbarungen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search follow-ups</source>
        <translation>Folgeaufgaben durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search gifts</source>
        <translation>Geschenke durchsuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../../ui/views/delegation/members.py" line="+112"/>
        <source>Role in the delegation</source>
        <translation>Rolle in der Delegation</translation>
    </message>
</context>
<context>
    <name>ScheduleCanvas</name>
    <message>
        <location filename="../../ui/views/schedule/canvas.py" line="+108"/>
        <source>Schedule</source>
        <translation>Besuchsprogramm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arrow keys go from block to block, Enter edits, Ctrl+arrow keys move the meeting, Ctrl+Shift+Up or Down change its end.</source>
        <translation>Mit den Pfeiltasten gehen Sie von Block zu Block, mit der Eingabetaste bearbeiten Sie ihn; Strg+Pfeiltasten verschieben den Termin, Strg+Umschalt+Pfeil nach oben oder unten ändern sein Ende.</translation>
    </message>
    <message>
        <location line="+417"/>
        <source>No trip is open.</source>
        <translation>Keine Reise geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This trip has no stops yet: add one to plan its days.</source>
        <translation>Diese Reise hat noch keine Stationen: Fügen Sie eine hinzu, um die Tage zu planen.</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location line="-481"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../ui/views/schedule/accessible.py" line="+112"/>
        <source>{times} local time</source>
        <translation>{times} Ortszeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/views/schedule/canvas.py" line="+500"/>
        <source>{times} at home ({zone})</source>
        <translation>{times} Heimatzeit ({zone})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <comment>between the parts of a spoken name</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {time}</source>
        <translation>ab {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until {time}</source>
        <translation>bis {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stay in {city}, {day}, {times}</source>
        <translation>Aufenthalt in {city}, {day}, {times}</translation>
    </message>
    <message>
        <location filename="../../ui/views/schedule/painting.py" line="+101"/>
        <location line="+359"/>
        <source>Local</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="-367"/>
        <location line="+373"/>
        <source>Home</source>
        <translation>Heimatzeit</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>{day} · {hours} h</source>
        <translation>{day} · {hours} Std.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>{zone} (home time)</source>
        <translation>{zone} (Heimatzeit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>home {difference}</source>
        <translation>Heimatzeit {difference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>clocks go back {hours} at {time}</source>
        <translation>Uhr wird um {time} {hours} zurückgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clocks go forward {hours} at {time}</source>
        <translation>Uhr wird um {time} {hours} vorgestellt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 attendee</source>
        <translation>1 Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} attendees</source>
        <translation>{count} Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../ui/views/schedule/view.py" line="+60"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>New meeting</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Export Schedule as Image</source>
        <translation>Besuchsprogramm als Bild exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}.</source>
        <translation>{path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Previous days (Alt+Left)</source>
        <translation>Vorherige Tage (Alt+Links)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next days (Alt+Right)</source>
        <translation>Nächste Tage (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First Day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the trip&apos;s first day (Alt+Home)</source>
        <translation>Zum ersten Tag der Reise springen (Alt+Pos1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snap</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drags and Ctrl+arrow keys move meetings by this step</source>
        <translation>Ziehen und Strg+Pfeiltasten verschieben Termine in diesem Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snap {minutes} min</source>
        <translation>Raster {minutes} Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the meetings this person attends</source>
        <translation>Nur die Termine, an denen diese Person teilnimmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show cancelled</source>
        <translation>Abgesagte zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show cancelled meetings, struck through</source>
        <translation>Abgesagte Termine durchgestrichen zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the visible schedule as a PNG image, e.g. to print it</source>
        <translation>Den sichtbaren Teil des Besuchsprogramms als PNG-Bild speichern, z. B. zum Drucken</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{px} px/h</source>
        <translation>{px} px/h</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Previous days</source>
        <translation>Vorherige Tage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next days</source>
        <translation>Nächste Tage</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>More schedule tools</source>
        <translation>Weitere Werkzeuge des Besuchsprogramms</translation>
    </message>
</context>
<context>
    <name>SeatingPlanView</name>
    <message>
        <location filename="../../ui/views/protocol/seating_view.py" line="+71"/>
        <source>Seating plan</source>
        <translation>Sitzordnung</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Hosts: the delegation</source>
        <translation>Gastgeber: die Delegation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts: counterparts</source>
        <translation>Gastgeber: Gesprächspartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests: the delegation</source>
        <translation>Gäste: die Delegation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guests: counterparts</source>
        <translation>Gäste: Gesprächspartner</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>★ Head of side</source>
        <translation>★ Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No guest seated at the table</source>
        <translation>Kein Gast am Tisch platziert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No host seated at the table</source>
        <translation>Kein Gastgeber am Tisch platziert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Joining from {venue}:</source>
        <translation>Zugeschaltet aus {venue}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/protocol/seat_access.py" line="+48"/>
        <source>, </source>
        <comment>between the parts of a spoken name</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{side}, seat {number} of {count}: {person}</source>
        <translation>{side}, Platz {number} von {count}: {person}</translation>
    </message>
</context>
<context>
    <name>StartFrame</name>
    <message>
        <location filename="../../ui/window_frame.py" line="-15"/>
        <source>Opening store…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../ui/dialogs/stop_dialog.py" line="+38"/>
        <source>Edit Stop</source>
        <translation>Station bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Stop</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type a city, e.g. Shanghai, Nürnberg, 青岛</source>
        <translation>Stadt eingeben, z. B. Shanghai, Nürnberg, 青岛</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. DE-BY</source>
        <translation>optional, z. B. DE-BY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrival:</source>
        <translation>&amp;Ankunft:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>A&amp;breise:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Addr&amp;ess:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;firmation:</source>
        <translation>Bestäti&amp;gung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../../ui/models/timetext.py" line="+21"/>
        <source>ddd d MMM</source>
        <comment>a short day as a QLocale date format</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ddd d MMM yyyy</source>
        <comment>a day with its year as a QLocale date format</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yyyy-MM-dd</source>
        <comment>a day in digits as a QLocale date format</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{day} {time} {zone} (UTC{offset})</source>
        <translation>{day} {time} {zone} (UTC{offset})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{day} {time} at home ({zone})</source>
        <translation>{day} {time} Heimatzeit ({zone})</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/dialogs/transfer_dialog.py" line="+47"/>
        <source>Edit Transfer</source>
        <translation>Transfer bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Transfer</source>
        <translation>Neuer Transfer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <translation>Heimatort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a stop of this trip</source>
        <translation>{name} ist keine Station dieser Reise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From air&amp;port or station:</source>
        <translation>Ab &amp;Flughafen oder Bahnhof:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From termina&amp;l:</source>
        <translation>Ab &amp;Terminal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>e.g. 1, 2E</source>
        <translation>z. B. 1, 2E</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To airp&amp;ort or station:</source>
        <translation>Nach F&amp;lughafen oder Bahnhof:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To term&amp;inal:</source>
        <translation>Nach T&amp;erminal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mode:</source>
        <translation>Verkehrs&amp;mittel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ca&amp;rrier:</source>
        <translation>Beförde&amp;rer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Lufthansa, DB</source>
        <translation>z. B. Lufthansa, DB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. LH 728, ICE 521</source>
        <translation>z. B. LH 728, ICE 521</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Departure:</source>
        <translation>A&amp;breise:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival:</source>
        <translation>&amp;Ankunft:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. business, 1st</source>
        <translation>z. B. Business, 1. Klasse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seat:</source>
        <translation>&amp;Sitzplatz:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the group&apos;s</source>
        <translation>der Gruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eference:</source>
        <translation>Buchun&amp;gsnummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group booking reference</source>
        <translation>Buchungsnummer der Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tra&amp;vellers:</source>
        <translation>Reisen&amp;de:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
</context>
<context>
    <name>TravellerTable</name>
    <message>
        <location filename="../../ui/widgets/traveller_table.py" line="+49"/>
        <source>Traveller</source>
        <translation>Reisende(r)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat</source>
        <translation>Sitzplatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travellers&apos; own bookings</source>
        <translation>Eigene Buchungen der Reisenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody ticked: the whole delegation travels.</source>
        <translation>Niemand ausgewählt: Die ganze Delegation reist.</translation>
    </message>
</context>
<context>
    <name>TripAlreadyStoredDialog</name>
    <message>
        <location filename="../../ui/dialogs/trip_already_stored.py" line="+21"/>
        <source>Trip Already Imported</source>
        <translation>Reise bereits importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This store already holds the trip {id} &apos;{title}&apos;.</source>
        <translation>Diese Datenbank enthält die Reise {id} „{title}“ bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update it with the file&apos;s changes (one step, which Undo takes back), or import the file as a second trip with new calendar identities?</source>
        <translation>Möchten Sie sie mit den Änderungen aus der Datei aktualisieren (ein Schritt, den „Rückgängig“ zurücknimmt) oder die Datei als zweite Reise mit neuen Kalenderkennungen importieren?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Update the Stored Trip</source>
        <translation>Gespeicherte Reise &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as a &amp;Copy</source>
        <translation>Als &amp;Kopie importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location filename="../../ui/dialogs/trip_dialog.py" line="+34"/>
        <source>Edit Trip</source>
        <translation>Reise bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Trip</source>
        <translation>Neue Reise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or&amp;ganizer:</source>
        <translation>&amp;Organisator:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} ist keine Organisation dieser Reise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Home zone:</source>
        <translation>&amp;Heimatzeitzone:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Classi&amp;fication:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Di&amp;rection:</source>
        <translation>&amp;Besuchsart:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who travels: the briefing pack&apos;s title and the calendar&apos;s name say whether this is a visit your delegation makes or a visit your office receives.</source>
        <translation>Wer reist: Der Titel der Delegationsmappe und der Name des Kalenders zeigen, ob Ihre Delegation eine Reise unternimmt oder Ihre Dienststelle eine Delegation empfängt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seating r&amp;ules:</source>
        <translation>Sitz&amp;regeln:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which side is the place of honour in this trip&apos;s seating plans, signing and banquet layouts, cars and group photo. Foreign affairs: the right is the place of honour (以右为上), as international practice has it. Domestic Chinese: the left is the place of honour (以左为上), as in domestic Chinese political settings.</source>
        <translation>Welche Seite in den Sitzordnungen, Unterzeichnungs- und Bankettplänen, Fahrzeugen und beim Gruppenfoto dieser Reise der Ehrenplatz ist. Außenpolitisch: rechts ist der Ehrenplatz (以右为上), wie es internationaler Brauch ist. Innerchinesisch: links ist der Ehrenplatz (以左为上), wie in innerchinesischen politischen Zusammenhängen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Invitation purpose:</source>
        <translation>Zweck laut Einladun&amp;g:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The purpose of the visit as the invitation letter states it (empty: the trip&apos;s purpose)</source>
        <translation>Der Zweck des Besuchs, wie ihn das Einladungsschreiben nennt (leer: der Zweck der Reise)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Costs borne b&amp;y:</source>
        <translation>&amp;Kosten trägt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In&amp;vitation issued:</source>
        <translation>Einladung ausgestellt a&amp;m:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>e.g. the delegates&apos; employer</source>
        <translation>z. B. die entsendende Stelle der Delegierten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Useful num&amp;bers:</source>
        <translation>Nützliche &amp;Nummern:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
</context>
<context>
    <name>TripListModel</name>
    <message>
        <location filename="../../ui/models/trip_list.py" line="+33"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TripNavigator</name>
    <message>
        <location filename="../../ui/views/trip_navigator.py" line="+83"/>
        <location line="+1"/>
        <source>Search trips</source>
        <translation>Reisen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys choose a trip, Enter edits it, Tab moves on</source>
        <translation>Mit den Pfeiltasten wählen Sie eine Reise, mit der Eingabetaste bearbeiten Sie sie, mit Tab geht es weiter</translation>
    </message>
</context>
<context>
    <name>TripOverview</name>
    <message>
        <location filename="../../ui/views/trip_overview.py" line="-65"/>
        <source>{time} home</source>
        <translation>{time} Heimatzeit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Home zone:</source>
        <translation>Heimatzeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itinerary</source>
        <translation>Reiseroute</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
</context>
<context>
    <name>VisaTable</name>
    <message>
        <location filename="../../ui/widgets/visa_table.py" line="+43"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Einreisen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visas</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area: a country code (CN) or Schengen. Entries: 1, 2, … or multiple. Arrow keys move between cells, F2 edits one, Tab leaves the table.</source>
        <translation>Gebiet: ein Ländercode (CN) oder Schengen. Einreisen: 1, 2, … oder mehrfach. Mit den Pfeiltasten wechseln Sie die Zelle, mit F2 bearbeiten Sie sie, mit Tab verlassen Sie die Tabelle.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>multiple</source>
        <translation>mehrfach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schengen</source>
        <translation>Schengen</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../ui/widgets/vocab_combo.py" line="+36"/>
        <location line="+12"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/models/vocab_text.py" line="-94"/>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing</source>
        <translation>Unterzeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banquet</source>
        <translation>Bankett</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <location line="+99"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+100"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Zug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry</source>
        <translation>Fähre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head of delegation</source>
        <translation>Delegationsleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Staff</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host side</source>
        <translation>Gastgeberseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>Dritte Partei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foreign affairs: the right is the place of honour</source>
        <translation>Außenpolitisch: rechts ist der Ehrenplatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domestic Chinese: the left is the place of honour</source>
        <translation>Innerchinesisch: links ist der Ehrenplatz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visit made: our delegation travels</source>
        <translation>Delegationsreise: Unsere Delegation reist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit received: we host a delegation</source>
        <translation>Besuch einer Delegation: Wir sind Gastgeber</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Redner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note-taker</source>
        <translation>Protokollführer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>Universität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Verband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MoU</source>
        <comment>memorandum of understanding</comment>
        <translation>Absichtsvereinbarung (MoU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreed</source>
        <translation>Abgestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given</source>
        <translation>Überreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ordinary passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service passport</source>
        <translation>Dienstpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diplomatic passport</source>
        <translation>Diplomatenpass</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/branch_venues.py" line="+21"/>
        <location filename="../../ui/workspace.py" line="+219"/>
        <source>This store is read-only: {reason}</source>
        <translation>Diese Datenbank ist schreibgeschützt: {reason}</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <location filename="../../ui/widgets/zone_picker.py" line="+40"/>
        <source>type part of a zone, e.g. Shanghai</source>
        <translation>Teil einer Zeitzone eingeben, z. B. Berlin</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../ui/views/problems_panel.py" line="-124"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
</TS>
