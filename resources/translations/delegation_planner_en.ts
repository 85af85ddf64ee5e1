<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttendeePicker</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/attendee_picker.py" line="+352"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BranchVenueEditing</name>
    <message numerus="yes">
        <location filename="../../ui/branch_venues.py" line="+101"/>
        <source>Its %n attendee(s) will no longer join from there.</source>
        <translation>
            <numerusform>Its %n attendee will no longer join from there.</numerusform>
            <numerusform>Its %n attendees will no longer join from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/calendar_import.py" line="+130"/>
        <source>%n answer(s) to set</source>
        <translation>
            <numerusform>%n answer to set</numerusform>
            <numerusform>%n answers to set</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message numerus="yes">
        <location filename="../../ui/trip_files.py" line="+33"/>
        <source>Import Calendar (%n event(s))</source>
        <translation>
            <numerusform>Import Calendar (%n event)</numerusform>
            <numerusform>Import Calendar (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set Answers from a Reply (%n answer(s))</source>
        <translation>
            <numerusform>Set Answers from a Reply (%n answer)</numerusform>
            <numerusform>Set Answers from a Reply (%n answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/choice_list.py" line="+139"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/conflict_dialog.py" line="+259"/>
        <source>%n visa(s)</source>
        <translation>
            <numerusform>%n visa</numerusform>
            <numerusform>%n visas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message numerus="yes">
        <location filename="../../ui/views/directory/window.py" line="+479"/>
        <source>Delete &apos;{name}&apos; from the directory? They are taken off %n meeting(s).</source>
        <translation>
            <numerusform>Delete &apos;{name}&apos; from the directory? They are taken off %n meeting.</numerusform>
            <numerusform>Delete &apos;{name}&apos; from the directory? They are taken off %n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete &apos;{name}&apos; from the directory? Its %n people stay, without an organization.</source>
        <translation>
            <numerusform>Delete &apos;{name}&apos; from the directory? Its %n person stays, without an organization.</numerusform>
            <numerusform>Delete &apos;{name}&apos; from the directory? Its %n people stay, without an organization.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/calendar_export.py" line="+230"/>
        <source>Wrote %n file(s) to {where}.</source>
        <translation>
            <numerusform>Wrote %n file to {where}.</numerusform>
            <numerusform>Wrote %n files to {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) in all.</source>
        <translation>
            <numerusform>%n event in all.</numerusform>
            <numerusform>%n events in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationWords</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/invitations.py" line="+230"/>
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n cancellation(s).</source>
        <translation>
            <numerusform>and %n cancellation.</numerusform>
            <numerusform>and %n cancellations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Saved %n draft(s) in {folder}.</source>
        <translation>
            <numerusform>Saved %n draft in {folder}.</numerusform>
            <numerusform>Saved %n drafts in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>Sent %n message.</numerusform>
            <numerusform>Sent %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/letters_export.py" line="+226"/>
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n file to {folder}</numerusform>
            <numerusform>Wrote %n files to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="+652"/>
        <source>(and %n more change(s))</source>
        <translation>
            <numerusform>(and %n more change)</numerusform>
            <numerusform>(and %n more changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewDays</name>
    <message numerus="yes">
        <location filename="../../ui/views/trip_overview.py" line="+109"/>
        <source>%n meetings on these days; the Meetings tab lists each.</source>
        <translation>
            <numerusform>%n meeting on these days; the Meetings tab lists each.</numerusform>
            <numerusform>%n meetings on these days; the Meetings tab lists each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/views/problems_panel.py" line="+172"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/form.py" line="+378"/>
        <source>Cannot save yet: {problem} (and %n more)</source>
        <translation>
            <numerusform>Cannot save yet: {problem} (and %n more)</numerusform>
            <numerusform>Cannot save yet: {problem} (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistersWindow</name>
    <message numerus="yes">
        <location filename="../../ui/views/registers/window.py" line="+331"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
