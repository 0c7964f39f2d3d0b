<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="32"/>
        <source>Record receipt of the protocol</source>
        <translation>Ontvangst van het protocol vastleggen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="35"/>
        <source>and {n} more</source>
        <translation>en {n} anderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="38"/>
        <source>Record that these agents received version {v} of the agent protocol: {names}.</source>
        <translation>Leg vast dat deze medewerkers versie {v} van het gedragsprotocol hebben ontvangen: {names}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="47"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="51"/>
        <source>Use the day they really received it, even if that was before the app was installed: calls from before the day an agent first received the protocol are never sampled.</source>
        <translation>Vul de dag in waarop ze het echt hebben ontvangen, ook als dat vóór de installatie van de app was: gesprekken van vóór de dag waarop een medewerker het protocol voor het eerst ontving, vallen nooit in de steekproef.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="57"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
</context>
<context>
    <name>AddRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="60"/>
        <source>Register a request</source>
        <translation>Verzoek registreren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="63"/>
        <source>An &amp;agent:</source>
        <translation>Een &amp;medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="64"/>
        <source>A c&amp;aller, by phone number:</source>
        <translation>Een &amp;beller, met telefoonnummer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="73"/>
        <source>e.g. 06 1234 5678 or +31 6 1234 5678</source>
        <translation>bijv. 06 1234 5678 of +31 6 1234 5678</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="92"/>
        <source>e.g. called back on the number; ID shown at the desk</source>
        <translation>bijv. teruggebeld op het nummer; legitimatie getoond aan de balie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="96"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="98"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="99"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="100"/>
        <source>Deadline:</source>
        <translation>Uiterste datum:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="101"/>
        <source>&amp;Identity checked:</source>
        <translation>&amp;Identiteit gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="102"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="106"/>
        <source>The answer is due within one month of receipt (art. 12(3) AVG). Register the request on the day it arrives, even when you answer it at once.</source>
        <translation>Het antwoord moet binnen een maand na ontvangst gegeven worden (artikel 12, lid 3, AVG). Registreer het verzoek op de dag dat het binnenkomt, ook als je het meteen beantwoordt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="111"/>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="102"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="110"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="111"/>
        <source>&amp;Display name:</source>
        <translation>W&amp;eergavenaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="112"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="114"/>
        <source>&amp;Add user</source>
        <translation>Gebruiker t&amp;oevoegen</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="156"/>
        <source>First administrator</source>
        <translation>Eerste beheerder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="159"/>
        <source>The administrator manages people and policy. Choose a passphrase you can remember: nobody can look it up for you.</source>
        <translation>De beheerder beheert personen en beleid. Kies een wachtwoordzin die je kunt onthouden: niemand kan hem voor je opzoeken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="164"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="166"/>
        <source>for example anna</source>
        <translation>bijvoorbeeld anna</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="168"/>
        <source>for example Anna de Vries</source>
        <translation>bijvoorbeeld Anna de Vries</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="178"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="179"/>
        <source>&amp;Display name:</source>
        <translation>W&amp;eergavenaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="244"/>
        <source>Creating the vault and protecting it with your passphrase…</source>
        <translation>De kluis wordt aangemaakt en met je wachtwoordzin beveiligd…</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="25"/>
        <source>Edit agent</source>
        <translation>Medewerker wijzigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="25"/>
        <source>Add agent</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="30"/>
        <source>for example 201, 202</source>
        <translation>bijvoorbeeld 201, 202</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="34"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="39"/>
        <source>E&amp;xtensions:</source>
        <translation>&amp;Toestelnummers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="40"/>
        <source>&amp;Team:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="41"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="42"/>
        <source>&amp;Language for notices:</source>
        <translation>Taal voor &amp;kennisgevingen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="43"/>
        <source>&amp;Add agent</source>
        <translation>Medewerker t&amp;oevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="56"/>
        <source>Add a team first: every agent belongs to a team.</source>
        <translation>Voeg eerst een team toe: elke medewerker hoort bij een team.</translation>
    </message>
</context>
<context>
    <name>AgentImportDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="62"/>
        <source>Import agents</source>
        <translation>Medewerkers importeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="74"/>
        <source>Agents list: {file}</source>
        <translation>Lijst met medewerkers: {file}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="75"/>
        <source>Reading the list…</source>
        <translation>De lijst wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="82"/>
        <source>Teams this vault serves:</source>
        <translation>Teams van deze kluis:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="89"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="92"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="94"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="96"/>
        <source>Extensions</source>
        <translation>Toestelnummers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="89"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="92"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="94"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="89"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="92"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="94"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="96"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="89"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="92"/>
        <source>What changes</source>
        <translation>Wat verandert</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="96"/>
        <source>Mark as left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="101"/>
        <source>These agents are in the vault but not on the list. They are not deleted. Tick those who no longer work here to mark them as left: their recordings keep their retention period, and their new calls are no longer imported.</source>
        <translation>Deze medewerkers staan in de kluis maar niet op de lijst. Ze worden niet verwijderd. Vink aan wie hier niet meer werkt om die als vertrokken te markeren: hun opnames houden hun bewaartermijn, en hun nieuwe gesprekken worden niet meer geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="127"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="207"/>
        <source>Errors ({n})</source>
        <translation>Fouten ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="208"/>
        <source>To add ({n})</source>
        <translation>Toe te voegen ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="209"/>
        <source>To change ({n})</source>
        <translation>Te wijzigen ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="211"/>
        <source>Unchanged ({n})</source>
        <translation>Ongewijzigd ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="214"/>
        <source>Not on the list ({n})</source>
        <translation>Niet op de lijst ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="227"/>
        <source>Lines of the list that are wrong: {n}. Nothing can be imported until each is corrected in the list (see Errors); then import the list again.</source>
        <translation>Regels van de lijst die niet kloppen: {n}. Er kan niets worden geïmporteerd tot elke regel in de lijst is verbeterd (zie Fouten); importeer de lijst daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="231"/>
        <source>Agents to add: {added}, to change: {changed}, unchanged: {unchanged}. Agents of the vault not on the list: {missing}.</source>
        <translation>Medewerkers toe te voegen: {added}, te wijzigen: {changed}, ongewijzigd: {unchanged}. Medewerkers uit de kluis die niet op de lijst staan: {missing}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="240"/>
        <source>Teams to create: {teams}.</source>
        <translation>Nieuwe teams: {teams}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="244"/>
        <source>Lines of other teams, left out: {n}.</source>
        <translation>Regels van andere teams, niet meegenomen: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="249"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="250"/>
        <source>extensions</source>
        <translation>toestelnummers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="251"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="252"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="253"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="254"/>
        <source>works here again</source>
        <translation>werkt hier weer</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="111"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="112"/>
        <source>Extensions</source>
        <translation>Toestelnummers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="113"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="114"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="115"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="116"/>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="128"/>
        <source>left on {date}</source>
        <translation>vertrokken op {date}</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../supervisor_app/ui/session/controller.py" line="113"/>
        <source>Your vault is ready. Unlock it with your new passphrase.</source>
        <translation>Je kluis is klaar. Ontgrendel hem met je nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/controller.py" line="189"/>
        <source>The new passphrase is set. Unlock with it now.</source>
        <translation>De nieuwe wachtwoordzin is ingesteld. Ontgrendel er nu mee.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor_app/ui/session/controller.py" line="216"/>
        <source>The vault was locked after %n minute(s) without input.</source>
        <translation>
            <numerusform>De kluis is vergrendeld na %n minuut zonder invoer.</numerusform>
            <numerusform>De kluis is vergrendeld na %n minuten zonder invoer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/controller.py" line="219"/>
        <source>Unsaved changes to the policy were discarded.</source>
        <translation>Niet-opgeslagen wijzigingen in het beleid zijn vervallen.</translation>
    </message>
</context>
<context>
    <name>AttestationsSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="127"/>
        <source>The works council &amp;consented</source>
        <translation>De OR heeft &amp;ingestemd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="128"/>
        <source>Consent does &amp;not apply</source>
        <translation>Instemming is &amp;niet nodig</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="135"/>
        <source>Consent:</source>
        <translation>Instemming:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="110"/>
        <source>Start from the app&apos;s &amp;text</source>
        <translation>Begin met de &amp;tekst van de app</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="63"/>
        <source>Back up vault</source>
        <translation>Back-up van de kluis maken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="73"/>
        <source>A backup is a copy of the vault, encrypted like the vault itself: the same passphrases and the recovery key open it. Keep backups on another disk than the vault. Each new backup deletes this vault&apos;s backups that are older than the number of days below, so recordings do not outlive their retention period in a backup.</source>
        <translation>Een back-up is een kopie van de kluis, versleuteld zoals de kluis zelf: dezelfde wachtwoordzinnen en de herstelsleutel openen hem. Bewaar back-ups op een andere schijf dan de kluis. Elke nieuwe back-up verwijdert de back-ups van deze kluis die ouder zijn dan het aantal dagen hieronder, zodat opnames in een back-up niet langer blijven bestaan dan hun bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="82"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="88"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="96"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="99"/>
        <source>&amp;Keep backups for:</source>
        <translation>Back-ups &amp;bewaren:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="108"/>
        <source>&amp;Back up</source>
        <translation>&amp;Back-up maken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="130"/>
        <source>The shortest retention period of the policy is {default} days; backups may be kept at most {maximum} days, the longest.</source>
        <translation>De kortste bewaartermijn in het beleid is {default} dagen; back-ups mogen hoogstens {maximum} dagen worden bewaard, de langste.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="140"/>
        <source>Folder for the backups</source>
        <translation>Map voor de back-ups</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="151"/>
        <source>Choose a folder for the backups.</source>
        <translation>Kies een map voor de back-ups.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="159"/>
        <source>Copying the vault…</source>
        <translation>De kluis wordt gekopieerd…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="175"/>
        <source>Copying the vault… {percent} %</source>
        <translation>De kluis wordt gekopieerd… {percent} %</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="182"/>
        <source>The backup is saved in {path} and was checked. Backups of this vault are kept {days} days; older backups deleted now: {deleted}.</source>
        <translation>De back-up staat in {path} en is gecontroleerd. Back-ups van deze kluis worden {days} dagen bewaard; nu verwijderde oudere back-ups: {deleted}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="197"/>
        <source>The backup was stopped; nothing was saved.</source>
        <translation>De back-up is gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="210"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../supervisor_app/ui/session/banner.py" line="11"/>
        <source>Demo vault — fictitious data</source>
        <translation>Demokluis — fictieve gegevens</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../supervisor_app/ui/core/operations.py" line="216"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/core/operations.py" line="221"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/checklist_panel.py" line="29"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/checklist_panel.py" line="62"/>
        <source>{n} things are missing. Until they are done, no calls can be imported or listened to.</source>
        <translation>Er ontbreken nog {n} punten. Tot die zijn afgerond, kunnen geen gesprekken worden ingelezen of teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/checklist_panel.py" line="67"/>
        <source>One thing is missing. Until it is done, no calls can be imported or listened to.</source>
        <translation>Er ontbreekt nog één punt. Tot dat is afgerond, kunnen geen gesprekken worden ingelezen of teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/checklist_panel.py" line="73"/>
        <source>Complete: nothing is missing.</source>
        <translation>Volledig: er ontbreekt niets.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/checklist_panel.py" line="84"/>
        <source>Worth a second look:</source>
        <translation>Kijk hier nog eens naar:</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="250"/>
        <source>Close request {n}</source>
        <translation>Verzoek {n} afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="253"/>
        <source>{kind} from {who}, due {date}.</source>
        <translation>{kind} van {who}, uiterlijk {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="260"/>
        <source>&amp;Answered</source>
        <translation>&amp;Beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="261"/>
        <source>Re&amp;fused</source>
        <translation>&amp;Geweigerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="274"/>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="275"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="278"/>
        <source>&amp;Close request</source>
        <translation>Verzoek &amp;afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="291"/>
        <source>Why the request is refused; the person is told this reason</source>
        <translation>Waarom het verzoek wordt geweigerd; de betrokkene krijgt deze reden te horen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="293"/>
        <source>How it was answered, e.g. export handed over in person</source>
        <translation>Hoe het is beantwoord, bijv. export persoonlijk overhandigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="297"/>
        <source>A refusal names its reason, and the person may complain to the Autoriteit Persoonsgegevens: tell them so.</source>
        <translation>Een weigering noemt de reden, en de betrokkene mag een klacht indienen bij de Autoriteit Persoonsgegevens: laat dat ook weten.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="301"/>
        <source>Close the request once the person has the answer.</source>
        <translation>Sluit het verzoek af zodra de betrokkene het antwoord heeft.</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="42"/>
        <source>Week {n}</source>
        <translation>Week {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="76"/>
        <source>How the calls you scored, and the scorecards shared with you, did on each expectation of the agent protocol. A share met counts partly met as half; not applicable is left out.</source>
        <translation>Hoe de gesprekken die jij beoordeelde, en de beoordelingen die met jou zijn gedeeld, scoorden op elke verwachting uit het gedragsprotocol. Deels voldaan telt voor de helft mee; niet van toepassing telt niet mee.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="85"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="87"/>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="88"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="92"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="93"/>
        <source>&amp;Periods:</source>
        <translation>&amp;Perioden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="97"/>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="116"/>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="225"/>
        <source>Criterion</source>
        <translation>Verwachting</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="99"/>
        <source>An agent&apos;s criteria over time</source>
        <translation>De verwachtingen van een medewerker door de tijd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="108"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="111"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="116"/>
        <source>Judged</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="116"/>
        <source>Partly met</source>
        <translation>Deels voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="116"/>
        <source>Not met</source>
        <translation>Niet voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="120"/>
        <source>Your team: the criteria most often not met</source>
        <translation>Je team: de verwachtingen waaraan het vaakst niet is voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="131"/>
        <source>Per &amp;agent</source>
        <translation>Per &amp;medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="132"/>
        <source>Per &amp;team</source>
        <translation>Per &amp;team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="134"/>
        <source>Feedback &amp;sheets</source>
        <translation>&amp;Feedbackformulieren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="189"/>
        <source>No scored calls yet.</source>
        <translation>Nog geen beoordeelde gesprekken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="219"/>
        <source>Scored calls in these periods: {n}.</source>
        <translation>Beoordeelde gesprekken in deze perioden: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="236"/>
        <source>none judged</source>
        <translation>geen beoordeeld</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="238"/>
        <source>{share}% met ({n} judged)</source>
        <translation>{share}% voldaan ({n} beoordeeld)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="252"/>
        <source>Shared scorecards of calls since {date}: {n}.</source>
        <translation>Gedeelde beoordelingen van gesprekken sinds {date}: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="267"/>
        <source>{n} ({share}%)</source>
        <translation>{n} ({share}%)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="88"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="107"/>
        <source>Recording policy</source>
        <translation>Opnamebeleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="108"/>
        <source>Agent protocol</source>
        <translation>Gedragsprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="150"/>
        <source>The recording policy (version {n}) is complete: calls can be imported and listened to.</source>
        <translation>Het opnamebeleid (versie {n}) is volledig: gesprekken kunnen worden ingelezen en teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="158"/>
        <source>The recording policy is not complete. Until it is, no calls can be imported or listened to. Still to do:</source>
        <translation>Het opnamebeleid is nog niet volledig. Tot het dat is, kunnen geen gesprekken worden ingelezen of teruggeluisterd. Nog te doen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="167"/>
        <source>Open Documents</source>
        <translation>Naar Documenten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="167"/>
        <source>Go to</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="185"/>
        <source>No agent protocol has been published yet. Until agents have received it, none of their calls are sampled.</source>
        <translation>Er is nog geen gedragsprotocol gepubliceerd. Zolang medewerkers het niet hebben ontvangen, worden geen gesprekken van hen in de steekproef opgenomen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="193"/>
        <source>Every agent has received the current protocol (version {v}).</source>
        <translation>Alle medewerkers hebben het huidige protocol (versie {v}) ontvangen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="202"/>
        <source>{n} agents have not received the current protocol (version {v}); their calls are not sampled.</source>
        <translation>{n} medewerkers hebben het huidige protocol (versie {v}) nog niet ontvangen; hun gesprekken komen niet in de steekproef.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="207"/>
        <source>1 agent has not received the current protocol (version {v}); their calls are not sampled.</source>
        <translation>1 medewerker heeft het huidige protocol (versie {v}) nog niet ontvangen; die gesprekken komen niet in de steekproef.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="217"/>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="219"/>
        <source>Acknowledgements…</source>
        <translation>Ontvangstbevestigingen…</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_fields.py" line="97"/>
        <source> day</source>
        <translation> dag</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_fields.py" line="97"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="95"/>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="99"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="100"/>
        <source>Acknowledgements</source>
        <translation>Ontvangstbevestigingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="124"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="126"/>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="128"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="131"/>
        <source>Doc&amp;ument:</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="155"/>
        <source>Versions (choose one to see it):</source>
        <translation>Versies (kies er een om die te bekijken):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="177"/>
        <source>Only agents who have &amp;not received it</source>
        <translation>Alleen medewerkers die het &amp;nog niet hebben ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="183"/>
        <source>&amp;Record receipt…</source>
        <translation>Ontvangst &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="187"/>
        <source>Calls of an agent are sampled only once the agent has received the current protocol. Select several agents to record them at once.</source>
        <translation>Gesprekken van een medewerker komen pas in de steekproef als die medewerker het huidige protocol heeft ontvangen. Selecteer meerdere medewerkers om ze in één keer vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="263"/>
        <source>The register entry is not published: export it for the register of processing activities whenever it is needed.</source>
        <translation>De registervermelding wordt niet gepubliceerd: exporteer haar voor het register van verwerkingsactiviteiten wanneer dat nodig is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="267"/>
        <source>There is no saved policy yet; the preview shows an empty draft.</source>
        <translation>Er is nog geen beleid opgeslagen; het voorbeeld toont een leeg concept.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="269"/>
        <source>Version {v} is published for the current policy (version {p}).</source>
        <translation>Versie {v} is gepubliceerd bij het huidige beleid (versie {p}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="274"/>
        <source>Not yet published for the current policy (version {p}). Agents and staff need the published version.</source>
        <translation>Nog niet gepubliceerd bij het huidige beleid (versie {p}). Medewerkers en teamleiders hebben de gepubliceerde versie nodig.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="287"/>
        <source>Both documents are published for this policy version.</source>
        <translation>Beide documenten zijn gepubliceerd bij deze beleidsversie.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="289"/>
        <source>First complete the policy: {item}</source>
        <translation>Maak eerst het beleid volledig: {item}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="325"/>
        <source>Publish documents</source>
        <translation>Documenten publiceren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="327"/>
        <source>Publish the staff-regulation section and the agent protocol, in Dutch and English, for policy version {p}?</source>
        <translation>De paragraaf voor het personeelsreglement en het gedragsprotocol, in het Nederlands en Engels, publiceren bij beleidsversie {p}?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="335"/>
        <source>A published version can never be changed: it keeps its number, date and SHA-256 fingerprint. If the protocol text changed, agents must receive the new version before their calls are sampled again.</source>
        <translation>Een gepubliceerde versie kan nooit meer worden gewijzigd: ze houdt haar nummer, datum en SHA-256-vingerafdruk. Is de tekst van het protocol veranderd, dan moeten medewerkers de nieuwe versie ontvangen voordat hun gesprekken weer in de steekproef komen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="340"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="363"/>
        <source>{document} version {v} ({language}): SHA-256 {sha}</source>
        <translation>{document} versie {v} ({language}): SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="371"/>
        <source>Published.</source>
        <translation>Gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="379"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="382"/>
        <source>Export document</source>
        <translation>Document exporteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="401"/>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="414"/>
        <source>No agent protocol has been published yet; publish the documents first.</source>
        <translation>Er is nog geen gedragsprotocol gepubliceerd; publiceer eerst de documenten.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="420"/>
        <source>Current protocol: version {v}. Agents without it: {n}.</source>
        <translation>Huidig protocol: versie {v}. Medewerkers die het nog niet hebben: {n}.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="76"/>
        <source>Erase for request {n}</source>
        <translation>Wissen voor verzoek {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="81"/>
        <source>{kind} from {who}.</source>
        <translation>{kind} van {who}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="85"/>
        <source>&amp;All recordings of this caller</source>
        <translation>&amp;Alle opnames van deze beller</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="87"/>
        <source>&amp;All recordings of this agent</source>
        <translation>&amp;Alle opnames van deze medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="89"/>
        <source>&amp;One recording, number:</source>
        <translation>&amp;Eén opname, nummer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="101"/>
        <source>Looking up what would be erased…</source>
        <translation>Opzoeken wat er gewist zou worden…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="104"/>
        <source>I checked the list above: erase these recordings for &amp;good</source>
        <translation>Ik heb het overzicht gecontroleerd: deze opnames &amp;definitief wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="109"/>
        <source>Erase:</source>
        <translation>Wissen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="115"/>
        <source>Each recording&apos;s audio is destroyed and its caller&apos;s number blanked; the text typed about the call (listen reasons, notes) is cleared. A record of the deletion stays as proof, and the agent is told with a notice.</source>
        <translation>Van elke opname wordt het geluid vernietigd en het nummer van de beller leeggemaakt; de tekst die over het gesprek is getypt (redenen om terug te luisteren, notities) wordt gewist. Een verslag van de verwijdering blijft als bewijs, en de medewerker krijgt een kennisgeving.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="123"/>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="183"/>
        <source>1 recording will be erased: the call of {first}.</source>
        <translation>1 opname wordt gewist: het gesprek van {first}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="188"/>
        <source>{n} recordings will be erased: calls from {first} to {last}.</source>
        <translation>{n} opnames worden gewist: gesprekken van {first} tot en met {last}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="197"/>
        <source>Kept for: {purposes}.</source>
        <translation>Bewaard voor: {purposes}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="200"/>
        <source>No recording holds audio that this erasure could remove.</source>
        <translation>Er is geen opname met geluid dat deze verwijdering kan wissen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="204"/>
        <source>case {case} ({purpose})</source>
        <translation>dossier {case} ({purpose})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="213"/>
        <source>Recording {id} (call of {date}) is kept as evidence: {holds}. A hold wins: it is not erased. Release the hold first if the case allows, then erase again.</source>
        <translation>Opname {id} (gesprek van {date}) wordt bewaard als bewijs: {holds}. Bewaren als bewijs gaat voor: deze opname wordt niet gewist. Beëindig eerst het bewaren als het dossier dat toelaat, en wis dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="221"/>
        <source>{n} earlier recordings of this agent hold no audio any more.</source>
        <translation>{n} eerdere opnames van deze medewerker hebben geen geluid meer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="233"/>
        <source>&amp;Erase 1 recording</source>
        <translation>1 opname &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="235"/>
        <source>&amp;Erase {n} recordings</source>
        <translation>{n} opnames &amp;wissen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="156"/>
        <source>it does not exist</source>
        <translation>het bestaat niet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="157"/>
        <source>you may not read or write it</source>
        <translation>je mag het niet lezen of schrijven</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="160"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="161"/>
        <source>the disk or folder is read-only</source>
        <translation>de schijf of map is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="164"/>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="165"/>
        <source>it is not a folder</source>
        <translation>het is geen map</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../supervisor_app/ui/core/errors.py" line="33"/>
        <source>Could not do that</source>
        <translation>Dat lukte niet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/core/errors.py" line="45"/>
        <source>(no log file could be written)</source>
        <translation>(er kon geen logbestand worden geschreven)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/core/errors.py" line="48"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/core/errors.py" line="49"/>
        <source>{app} ran into a bug and could not finish what you asked. Nothing you saved earlier is lost. Please send the log file to your administrator:

{path}</source>
        <translation>{app} liep tegen een fout in het programma aan en kon je opdracht niet afmaken. Wat je eerder hebt opgeslagen, is niet verloren. Stuur het logbestand naar je beheerder:

{path}</translation>
    </message>
</context>
<context>
    <name>ExtendRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="180"/>
        <source>Extend request {n}</source>
        <translation>Verzoek {n} verlengen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="185"/>
        <source>{kind} from {who}. The deadline moves from {old} to {new}.</source>
        <translation>{kind} van {who}. De uiterste datum verschuift van {old} naar {new}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="195"/>
        <source>For example: recordings of three teams must be reviewed</source>
        <translation>Bijvoorbeeld: opnames van drie teams moeten worden nagelopen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="199"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="203"/>
        <source>The law allows one extension of two months when a request is complex or one of many. Tell the person within the first month, with this reason (art. 12(3) AVG).</source>
        <translation>De wet staat één verlenging van twee maanden toe als een verzoek ingewikkeld is of er veel verzoeken zijn. Laat het de betrokkene binnen de eerste maand weten, met deze reden (artikel 12, lid 3, AVG).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="209"/>
        <source>&amp;Extend</source>
        <translation>&amp;Verlengen</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="52"/>
        <source>Hand over the export</source>
        <translation>De export overhandigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="58"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="64"/>
        <source>{file} holds {n} recordings and {files} files, encrypted with this passphrase:</source>
        <translation>{file} bevat {n} opnames en {files} bestanden, versleuteld met deze wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="81"/>
        <source>It is shown only now and kept nowhere. Print it or write it down before you close this window, and give it to the person by another route than the file: the file by e-mail or on a USB stick, the passphrase on paper or by phone.</source>
        <translation>Je ziet hem alleen nu; hij wordt nergens bewaard. Druk hem af of schrijf hem op voordat je dit venster sluit, en geef hem de betrokkene via een andere weg dan het bestand: het bestand per e-mail of op een usb-stick, de wachtwoordzin op papier of telefonisch.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="97"/>
        <source>The folder {folder} holds {n} recordings and {files} files, NOT encrypted. Hand it over soon and delete it afterwards.</source>
        <translation>De map {folder} bevat {n} opnames en {files} bestanden, NIET versleuteld. Overhandig hem snel en verwijder hem daarna.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="108"/>
        <source>How it was handed over (optional), e.g. in person, passphrase by phone</source>
        <translation>Hoe het is overhandigd (niet verplicht), bijv. persoonlijk, wachtwoordzin telefonisch</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="113"/>
        <source>&amp;Handed over: close the request</source>
        <translation>&amp;Overhandigd: verzoek afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="116"/>
        <source>Close the request &amp;later</source>
        <translation>Verzoek &amp;later afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="123"/>
        <source>Once the person has the file and the passphrase, request {n} is answered.</source>
        <translation>Zodra de betrokkene het bestand en de wachtwoordzin heeft, is verzoek {n} beantwoord.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="146"/>
        <source>Print the passphrase</source>
        <translation>De wachtwoordzin afdrukken</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="26"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="26"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="26"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="26"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="31"/>
        <source>first version</source>
        <translation>eerste versie</translation>
    </message>
</context>
<context>
    <name>ImportCard</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="22"/>
        <source>Recordings</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="26"/>
        <source>Open Recordings</source>
        <translation>Opnames openen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="37"/>
        <source>1 recording is held in the vault.</source>
        <translation>Er staat 1 opname in de kluis.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="39"/>
        <source>{n} recordings are held in the vault.</source>
        <translation>Er staan {n} opnames in de kluis.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="43"/>
        <source>No calls have been imported yet.</source>
        <translation>Er zijn nog geen gesprekken ingelezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="49"/>
        <source>Last import {when} (batch {batch}): {imported} of {sampled} sampled calls stored.</source>
        <translation>Laatst ingelezen {when} (batch {batch}): {imported} van {sampled} gekozen gesprekken opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="63"/>
        <source>Left out {n} calls: {reasons}</source>
        <translation>{n} gesprekken weggelaten: {reasons}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="69"/>
        <source>{n} recordings could not be stored.</source>
        <translation>{n} opnames konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="73"/>
        <source>That import was cancelled or stopped; import the same export again to finish it.</source>
        <translation>Dat inlezen is afgebroken of gestopt; lees dezelfde export opnieuw in om het af te maken.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="67"/>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="283"/>
        <source>The recording policy is not complete, so calls cannot be imported yet. Still to do:</source>
        <translation>Het opnamebeleid is niet volledig, dus er kunnen nog geen gesprekken worden ingelezen. Nog te doen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="570"/>
        <source>… and {n} more unreadable rows</source>
        <translation>… en nog {n} onleesbare regels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="579"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="582"/>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, regel {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="210"/>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="303"/>
        <source>Import calls</source>
        <translation>Gesprekken inlezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="273"/>
        <source>Only an administrator or a team lead can import calls.</source>
        <translation>Alleen een beheerder of een teamleider kan gesprekken inlezen.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="45"/>
        <source>Welcome to {app}</source>
        <translation>Welkom bij {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="48"/>
        <source>&lt;p&gt;This app keeps a small sample of recorded customer calls in an encrypted vault on this computer. Only people with a listening role can play a call, and only for a documented purpose. Every listen is logged, and the agent is told afterwards.&lt;/p&gt;&lt;p&gt;In three short steps this wizard:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;asks where to keep the vault;&lt;/li&gt;&lt;li&gt;makes you its first administrator, with your own passphrase;&lt;/li&gt;&lt;li&gt;shows the recovery key, for you to print or write down.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Deze app bewaart een kleine steekproef van opgenomen klantgesprekken in een versleutelde kluis op deze computer. Alleen wie mag terugluisteren kan een gesprek afspelen, en alleen voor een vastgelegd doel. Elke keer terugluisteren wordt gelogd, en de medewerker hoort het achteraf.&lt;/p&gt;&lt;p&gt;In drie korte stappen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;kies je waar de kluis komt;&lt;/li&gt;&lt;li&gt;word je de eerste beheerder, met je eigen wachtwoordzin;&lt;/li&gt;&lt;li&gt;krijg je de herstelsleutel te zien, om af te drukken of op te schrijven.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="59"/>
        <source>Open an existing vault…</source>
        <translation>Bestaande kluis openen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="62"/>
        <source>Already have a vault?</source>
        <translation>Heb je al een kluis?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="71"/>
        <source>Choose the vault folder</source>
        <translation>Kies de map van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="79"/>
        <source>No vault there</source>
        <translation>Geen kluis gevonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="81"/>
        <source>That folder holds no vault. Choose the folder that contains vault.db and keyslots.json.</source>
        <translation>In die map staat geen kluis. Kies de map met vault.db en keyslots.json.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="18"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="19"/>
        <source>Team lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="20"/>
        <source>Quality coach</source>
        <translation>Kwaliteitscoach</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="21"/>
        <source>Auditor</source>
        <translation>Controleur</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="29"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="30"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>ListenDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="60"/>
        <source>Listen to recording {n}</source>
        <translation>Opname {n} terugluisteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="64"/>
        <source>Recording {n}</source>
        <translation>Opname {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="73"/>
        <source>For example: coaching talk with the agent about greeting callers</source>
        <translation>Bijvoorbeeld: coachingsgesprek met de medewerker over het begroeten van bellers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="82"/>
        <source>e.g. DOS-2026-17</source>
        <translation>bijv. DOS-2026-17</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="84"/>
        <source>&amp;Case reference:</source>
        <translation>&amp;Dossiernummer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="86"/>
        <source>&amp;Listen</source>
        <translation>&amp;Luisteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="88"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="90"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="95"/>
        <source>The purpose and reason are written to the listen log before the call plays, with every second you hear. The agent is told afterwards.</source>
        <translation>Het doel en de reden komen in het luisterlogboek voordat het gesprek begint te spelen, met elke seconde die je hoort. De medewerker krijgt daarna bericht.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="116"/>
        <source>You cannot listen to this recording for any purpose. Listening is possible only when all of these hold:</source>
        <translation>Je kunt deze opname voor geen enkel doel terugluisteren. Terugluisteren kan alleen als dit allemaal klopt:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="123"/>
        <source>the recording policy is complete;</source>
        <translation>het opnamebeleid is volledig;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="124"/>
        <source>the policy lets one of your roles listen for a purpose;</source>
        <translation>het beleid laat een van je rollen terugluisteren voor een doel;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="125"/>
        <source>the recording is still kept for that purpose (or held for it);</source>
        <translation>de opname wordt voor dat doel nog bewaard (of vastgehouden);</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="126"/>
        <source>the agent is in a team you lead or coach;</source>
        <translation>de medewerker zit in een team dat je leidt of coacht;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="127"/>
        <source>the recording has not expired and was not flagged as private.</source>
        <translation>de bewaartermijn is niet verstreken en de opname is niet als privégesprek gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="131"/>
        <source>Ask your privacy officer if you think you should be able to listen.</source>
        <translation>Vraag het de privacyfunctionaris als je denkt dat je wel zou moeten kunnen terugluisteren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="158"/>
        <source>{count} characters (at least {n})</source>
        <translation>{count} tekens (minstens {n})</translation>
    </message>
</context>
<context>
    <name>ListenFlow</name>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_flow.py" line="128"/>
        <source>Listening to recording {n} ended: {s} heard.</source>
        <translation>Terugluisteren van opname {n} beëindigd: {s} gehoord.</translation>
    </message>
</context>
<context>
    <name>ListenLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/listen_labels.py" line="19"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/listen_labels.py" line="20"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/listen_labels.py" line="21"/>
        <source>Private call, audio destroyed</source>
        <translation>Privégesprek, geluid vernietigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/listen_labels.py" line="22"/>
        <source>Interrupted (the app stopped)</source>
        <translation>Onderbroken (de app stopte)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/listen_labels.py" line="40"/>
        <location filename="../../supervisor_app/ui/words/listen_labels.py" line="42"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
</context>
<context>
    <name>ListenLogModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="40"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="41"/>
        <source>Listener</source>
        <translation>Luisteraar</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="42"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="43"/>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="44"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="45"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="46"/>
        <source>Heard</source>
        <translation>Gehoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="47"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="76"/>
        <source>{n}, deleted on {date}</source>
        <translation>{n}, verwijderd op {date}</translation>
    </message>
</context>
<context>
    <name>ListenLogPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="69"/>
        <source>Listen log</source>
        <translation>Luisterlogboek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="72"/>
        <source>Every listen session, by everyone.</source>
        <translation>Elke luistersessie, van iedereen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="74"/>
        <source>Your own listen sessions. The privacy officer sees everyone&apos;s.</source>
        <translation>Je eigen luistersessies. De privacyfunctionaris ziet die van iedereen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="81"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="87"/>
        <source>A&amp;gent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="88"/>
        <source>&amp;Listener:</source>
        <translation>&amp;Luisteraar:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="89"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="90"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="91"/>
        <source>T&amp;o:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="119"/>
        <source>&amp;Verify the audit log</source>
        <translation>Auditlogboek &amp;verifiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="121"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="123"/>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="136"/>
        <source>The audit log records every listen, denial, export and change as a hash chain: Verify checks that no entry was changed, removed or inserted since. Exports carry the log&apos;s head hash.</source>
        <translation>Het auditlogboek legt elke luistersessie, weigering, export en wijziging vast als hashketen: Verifiëren controleert dat sindsdien geen regel is gewijzigd, verwijderd of ingevoegd. Exports vermelden de kophash van het logboek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="197"/>
        <source>All agents</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="198"/>
        <source>All listeners</source>
        <translation>Alle luisteraars</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="201"/>
        <source>All purposes</source>
        <translation>Alle doelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="227"/>
        <source>No listen session matches these filters.</source>
        <translation>Geen luistersessie past bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="229"/>
        <source>Nobody has listened to a recording yet.</source>
        <translation>Er is nog geen opname teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="232"/>
        <source>The newest {n} sessions; narrow the filters to see older ones.</source>
        <translation>De nieuwste {n} sessies; verfijn de filters om oudere te zien.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="236"/>
        <source>{n} sessions</source>
        <translation>{n} sessies</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="236"/>
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="286"/>
        <source>The entries of the audit log link up and their signatures hold, but the log or the records beside it were changed outside the app: report this to your privacy officer.</source>
        <translation>De regels van het logboek sluiten op elkaar aan en hun handtekeningen kloppen, maar het logboek of de gegevens ernaast zijn buiten de app om gewijzigd: meld dit bij de privacyfunctionaris.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="293"/>
        <source>The audit log is intact: {n} entries, head hash {hash}.</source>
        <translation>Het auditlogboek is intact: {n} regels, kophash {hash}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="299"/>
        <source>The audit log is broken at entry {seq}: {problem}. The {n} entries before it are intact. The log was changed outside the app: report this to your privacy officer.</source>
        <translation>Het auditlogboek is gebroken bij regel {seq}: {problem}. De {n} regels daarvoor zijn intact. Het logboek is buiten de app om gewijzigd: meld dit bij de privacyfunctionaris.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="315"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="315"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="319"/>
        <source>Export the audit log</source>
        <translation>Auditlogboek exporteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="341"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="342"/>
        <source>Head hash {hash}</source>
        <translation>Kophash {hash}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="362"/>
        <source>Saved {n} entries as {file}.</source>
        <translation>{n} regels opgeslagen als {file}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="374"/>
        <source>an entry is missing before it</source>
        <translation>er ontbreekt een regel vóór deze</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="377"/>
        <source>it is out of order</source>
        <translation>de regel staat op de verkeerde plaats</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="378"/>
        <source>it does not follow the entry before it</source>
        <translation>de regel sluit niet aan op de regel ervoor</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="381"/>
        <source>its details are not valid JSON</source>
        <translation>de details zijn geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="384"/>
        <source>its contents were changed after it was written</source>
        <translation>de inhoud is gewijzigd nadat de regel is geschreven</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="387"/>
        <source>its signature does not match</source>
        <translation>de handtekening klopt niet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="388"/>
        <source>it is not signed</source>
        <translation>de regel is niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="389"/>
        <source>it is signed with a key the log never registered for its author</source>
        <translation>de regel is ondertekend met een sleutel die het logboek nooit voor de schrijver heeft vastgelegd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="392"/>
        <source>it is signed with a key that was replaced or belongs to a removed user</source>
        <translation>de regel is ondertekend met een sleutel die vervangen is of van een verwijderde gebruiker is</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="396"/>
        <source>it is signed with someone else&apos;s key</source>
        <translation>de regel is ondertekend met de sleutel van iemand anders</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="399"/>
        <source>its list of signing keys is malformed</source>
        <translation>de lijst met ondertekensleutels is onleesbaar</translation>
    </message>
</context>
<context>
    <name>ListensModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="125"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="125"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="125"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="125"/>
        <source>Listens</source>
        <translation>Keren teruggeluisterd</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="92"/>
        <source>Vault location</source>
        <translation>Locatie van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="95"/>
        <source>The vault is a folder with two files. Choose a new or empty folder on this computer; back it up like any other important folder.</source>
        <translation>De kluis is een map met twee bestanden. Kies een nieuwe of lege map op deze computer en maak er back-ups van, zoals van elke belangrijke map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="101"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="110"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="129"/>
        <source>This folder already holds a vault. Go back and choose “Open an existing vault…”, or choose another folder.</source>
        <translation>In deze map staat al een kluis. Ga terug en kies ‘Bestaande kluis openen…’, of kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="133"/>
        <source>This folder is not empty; choose a new or empty folder.</source>
        <translation>Deze map is niet leeg; kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="140"/>
        <source>Choose a folder for the vault</source>
        <translation>Kies een map voor de kluis</translation>
    </message>
</context>
<context>
    <name>LogFindings</name>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="72"/>
        <source>Listen session {ident}</source>
        <translation>Luistersessie {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="73"/>
        <source>The notice of listen session {ident}</source>
        <translation>De kennisgeving van luistersessie {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="74"/>
        <source>The notice of the event in audit log entry {ident}</source>
        <translation>De kennisgeving van de gebeurtenis in regel {ident} van het logboek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="77"/>
        <source>Notice {ident}</source>
        <translation>Kennisgeving {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="78"/>
        <source>Recording {ident}</source>
        <translation>Opname {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="79"/>
        <source>Evidence hold {ident}</source>
        <translation>Bewaren als bewijs {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="82"/>
        <source>{record}, which audit log entry {seq} records, is missing.</source>
        <translation>{record}, vastgelegd in regel {seq} van het logboek, ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="85"/>
        <source>{record} no longer says what audit log entry {seq} records.</source>
        <translation>{record} zegt niet meer wat regel {seq} van het logboek vastlegt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="88"/>
        <source>{record} is marked sent or acknowledged, but the log never says so.</source>
        <translation>{record} staat op verstuurd of bevestigd, maar dat staat nergens in het logboek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="91"/>
        <source>{record} is not in the audit log.</source>
        <translation>{record} staat niet in het logboek.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="166"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="167"/>
        <source>Recordings</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="168"/>
        <source>Listen log</source>
        <translation>Luisterlogboek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="169"/>
        <source>Notifications</source>
        <translation>Kennisgevingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="172"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="175"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="176"/>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="179"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="180"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="181"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="182"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="388"/>
        <source>{n} recordings had reached the end of their retention; their audio was deleted.</source>
        <translation>Van {n} opnames was de bewaartermijn verstreken; het geluid ervan is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="397"/>
        <source>The purge could not run: {reason}</source>
        <translation>Het opschonen kon niet worden uitgevoerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="464"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="465"/>
        <source>The recording policy has changes that are not saved yet.</source>
        <translation>Het opnamebeleid heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="519"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="103"/>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="144"/>
        <source>&amp;Import calls…</source>
        <translation>Gesprekken &amp;inlezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="153"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Back-up van de kluis maken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="156"/>
        <source>&amp;Combine transparency reports…</source>
        <translation>Verantwoordingsrapportages &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="524"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="529"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapportages</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="532"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="533"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="546"/>
        <source>Opened with the recovery key</source>
        <translation>Geopend met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="548"/>
        <source>Signed in as {name} · {roles}</source>
        <translation>Aangemeld als {name} · {roles}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="556"/>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="558"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Keeps a sample of recorded calls in an encrypted vault, lets only authorised roles listen for a documented purpose, logs every listen and makes sure agents are told.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Bewaart een steekproef van opgenomen gesprekken in een versleutelde kluis, laat alleen bevoegde rollen terugluisteren voor een vastgelegd doel, legt elke keer terugluisteren vast in het logboek en zorgt dat de medewerkers het te horen krijgen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeReportsDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="58"/>
        <source>Combine transparency reports</source>
        <translation>Verantwoordingsrapportages samenvoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="67"/>
        <source>Add the transparency report of each vault (the JSON or CSV file it wrote for the same period). They are added up into one report for the whole organisation, which lists every vault it includes. Reports of different periods or made under different recording policies cannot be combined.</source>
        <translation>Voeg de verantwoordingsrapportage van elke kluis toe (het JSON- of CSV-bestand dat voor dezelfde periode is gemaakt). Ze worden opgeteld tot één rapportage voor de hele organisatie, met een lijst van alle kluizen die meetellen. Rapportages over verschillende periodes of onder verschillend opnamebeleid kunnen niet worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="75"/>
        <source>&amp;Add reports…</source>
        <translation>Rapportages &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="77"/>
        <source>Re&amp;move</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="87"/>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="88"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="89"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="91"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="92"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="98"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="106"/>
        <source>&amp;Combine and save…</source>
        <translation>&amp;Samenvoegen en opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="128"/>
        <source>Transparency reports of the vaults</source>
        <translation>Verantwoordingsrapportages van de kluizen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="130"/>
        <source>Transparency reports (*.json *.csv);;All files (*)</source>
        <translation>Verantwoordingsrapportages (*.json *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="163"/>
        <source>Save the combined report</source>
        <translation>Samengevoegde rapportage opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="207"/>
        <source>Saved as {file}: the reports of {n} vaults for {start} to {end}.</source>
        <translation>Opgeslagen als {file}: de rapportages van {n} kluizen over {start} tot en met {end}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="215"/>
        <source>log verified</source>
        <translation>logboek intact</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="215"/>
        <source>log NOT verified</source>
        <translation>logboek NIET intact</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="233"/>
        <source>The reports were made under different recording policies: {first} under {first_policy}, {other} under {other_policy}; import the same policy file into every vault and make the reports again.</source>
        <translation>De rapportages zijn onder verschillend opnamebeleid gemaakt: {first} onder {first_policy}, {other} onder {other_policy}; importeer hetzelfde beleidsbestand in elke kluis en maak de rapportages opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="245"/>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="247"/>
        <source>a policy of “{organisation}” not imported from a numbered file</source>
        <translation>beleid van ‘{organisation}’ dat niet uit een genummerd beleidsbestand is geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="249"/>
        <source>version {n} of the policy of “{organisation}”</source>
        <translation>versie {n} van het beleid van ‘{organisation}’</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="251"/>
        <source>{policy} (content {hash})</source>
        <translation>{policy} (inhoud {hash})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../supervisor_app/ui/core/messages.py" line="27"/>
        <source>Could not do that</source>
        <translation>Dat lukte niet</translation>
    </message>
</context>
<context>
    <name>MissBars</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/trend_chart.py" line="99"/>
        <source>Chart of the criteria most often not met; the table has it too</source>
        <translation>Grafiek van de verwachtingen waaraan het vaakst niet is voldaan; de tabel geeft hetzelfde</translation>
    </message>
</context>
<context>
    <name>MissingItems</name>
    <message>
        <location filename="../../supervisor_app/ui/words/missing_text.py" line="69"/>
        <source>number {n}</source>
        <translation>nummer {n}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="45"/>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="81"/>
        <source>Use at least {n} characters, for example four unrelated words.</source>
        <translation>Gebruik minstens {n} tekens, bijvoorbeeld vier losse woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="53"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="54"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="88"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>Te kort: gebruik minstens {n} tekens.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="96"/>
        <source>Too easy to guess: add more unrelated words and avoid names and well-known phrases.</source>
        <translation>Te makkelijk te raden: voeg meer losse woorden toe en vermijd namen en bekende uitdrukkingen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="105"/>
        <source>Strong enough.</source>
        <translation>Sterk genoeg.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="108"/>
        <source>Strong enough, but the two passphrases differ.</source>
        <translation>Sterk genoeg, maar de twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="111"/>
        <source>Strong enough. Now type it once more.</source>
        <translation>Sterk genoeg. Typ hem nu nog een keer.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="20"/>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="24"/>
        <source>The recovery key was replaced: the old key no longer opens the vault. This is the new one, and it is shown only now.</source>
        <translation>De herstelsleutel is vervangen: de oude sleutel opent de kluis niet meer. Dit is de nieuwe, en je ziet hem alleen nu.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="33"/>
        <source>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</source>
        <translation>Druk hem af of schrijf hem op en berg hem achter slot en grendel op, niet bij deze computer. Wie deze sleutel en een kopie van de kluis heeft, kan alles lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="40"/>
        <source>The vault was not re-encrypted: the old key with an old copy of the key file still opens it.</source>
        <translation>De kluis is niet opnieuw versleuteld: de oude sleutel opent hem nog, samen met een oude kopie van het sleutelbestand.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="46"/>
        <source>I have stored the new recovery key somewhere safe</source>
        <translation>Ik heb de nieuwe herstelsleutel op een veilige plek opgeborgen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="49"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_dialogs.py" line="76"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_dialogs.py" line="84"/>
        <source>Say how the notices reached the agents.</source>
        <translation>Vermeld hoe de kennisgevingen de medewerkers hebben bereikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/note_dialog.py" line="23"/>
        <source>Note at {moment}</source>
        <translation>Opmerking bij {moment}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/note_dialog.py" line="27"/>
        <source>What happens at {moment}? The note stays yours until you share the scorecard.</source>
        <translation>Wat gebeurt er bij {moment}? De opmerking blijft van jou tot je de beoordeling deelt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/note_dialog.py" line="33"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/note_dialog.py" line="39"/>
        <source>&amp;Add note</source>
        <translation>Opmerking &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>NoticeLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="29"/>
        <source>Weekly digest, week {week} of {year}</source>
        <translation>Weekoverzicht, week {week} van {year}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="37"/>
        <source>Call recorded</source>
        <translation>Gesprek opgenomen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="38"/>
        <source>Call listened to</source>
        <translation>Gesprek teruggeluisterd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="39"/>
        <source>Private call destroyed</source>
        <translation>Privégesprek vernietigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="40"/>
        <source>Recording erased</source>
        <translation>Opname gewist</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="48"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="50"/>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="51"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="52"/>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="62"/>
        <source>Mail client</source>
        <translation>Mailprogramma</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="63"/>
        <source>Saved e-mail (.eml)</source>
        <translation>Opgeslagen e-mail (.eml)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="64"/>
        <source>Letter (PDF or print)</source>
        <translation>Brief (pdf of afdruk)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="65"/>
        <source>Copied text</source>
        <translation>Gekopieerde tekst</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="66"/>
        <source>Outside the app</source>
        <translation>Buiten de app</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="71"/>
        <source>Notice to &lt;b&gt;{agent}&lt;/b&gt; ({language})</source>
        <translation>Kennisgeving aan &lt;b&gt;{agent}&lt;/b&gt; ({language})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="76"/>
        <source>To: {address}</source>
        <translation>Aan: {address}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="79"/>
        <source>No e-mail address is known for this agent: save or print the letter, or copy the text into another channel.</source>
        <translation>Van deze medewerker is geen e-mailadres bekend: sla de brief op of druk hem af, of kopieer de tekst naar een ander kanaal.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="88"/>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="307"/>
        <source>Receipt code: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Controlecode: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="93"/>
        <source>The agent keeps this code. With it, the privacy officer or the works council can check that the audit log still holds this event unchanged.</source>
        <translation>De medewerker bewaart deze code. Daarmee kan de privacyfunctionaris of de ondernemingsraad nagaan dat deze gebeurtenis nog ongewijzigd in het auditlogboek staat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="98"/>
        <source>Open in &amp;mail client</source>
        <translation>Openen in &amp;mailprogramma</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="99"/>
        <source>Save .&amp;eml…</source>
        <translation>Opslaan als .&amp;eml…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="100"/>
        <source>Save P&amp;DF letter…</source>
        <translation>P&amp;df-brief opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="101"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="102"/>
        <source>Cop&amp;y text</source>
        <translation>Tekst k&amp;opiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="122"/>
        <source>Saving or printing records the notice as sent by you, now. After the mail program or a copy, you are asked whether you sent it.</source>
        <translation>Opslaan of afdrukken legt vast dat je de kennisgeving nu hebt verzonden. Na het mailprogramma of het kopiëren vraagt de app of je het bericht hebt verzonden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="135"/>
        <source>Only then is the notice recorded as sent. If not, nothing is recorded and you can choose another way.</source>
        <translation>Pas dan wordt de kennisgeving als verzonden vastgelegd. Zo niet, dan wordt er niets vastgelegd en kun je een andere manier kiezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="139"/>
        <source>Yes, it &amp;was sent</source>
        <translation>&amp;Ja, het is verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="140"/>
        <source>No, &amp;not sent</source>
        <translation>Nee, &amp;niet verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="153"/>
        <source>Not recorded as sent. Choose another way, or try again.</source>
        <translation>Niet als verzonden vastgelegd. Kies een andere manier of probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="272"/>
        <source>Did you send the message in your mail program?</source>
        <translation>Heb je het bericht in je mailprogramma verzonden?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="274"/>
        <source>Did you send the copied text to {agent}?</source>
        <translation>Heb je de gekopieerde tekst naar {agent} gestuurd?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="160"/>
        <source>How, e.g. handed over in person on 3 December</source>
        <translation>Hoe, bijv. op 3 december persoonlijk overhandigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="161"/>
        <source>Mark as &amp;sent</source>
        <translation>Als &amp;verzonden markeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="168"/>
        <source>Done outside the app?</source>
        <translation>Buiten de app gedaan?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="224"/>
        <source>Say how the notice reached the agent.</source>
        <translation>Vermeld hoe de kennisgeving de medewerker heeft bereikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="233"/>
        <source>Save the notice as an e-mail</source>
        <translation>Kennisgeving opslaan als e-mail</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="233"/>
        <source>E-mail messages (*.eml)</source>
        <translation>E-mailberichten (*.eml)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="240"/>
        <source>Save the notice as a PDF letter</source>
        <translation>Kennisgeving opslaan als pdf-brief</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="240"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="248"/>
        <source>Print the notice</source>
        <translation>Kennisgeving afdrukken</translation>
    </message>
</context>
<context>
    <name>NoticeSender</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_actions.py" line="65"/>
        <source>No mail program opened. Save the notice as an .eml file or copy its text instead.</source>
        <translation>Er is geen mailprogramma geopend. Sla de kennisgeving op als .eml-bestand of kopieer de tekst.</translation>
    </message>
</context>
<context>
    <name>NotificationsCard</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="17"/>
        <source>Notices to agents</source>
        <translation>Kennisgevingen aan medewerkers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="22"/>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="45"/>
        <source>Show overdue notices</source>
        <translation>Te late kennisgevingen tonen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="34"/>
        <source>1 notice to an agent is overdue.</source>
        <translation>1 kennisgeving aan een medewerker is te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="36"/>
        <source>{n} notices to agents are overdue.</source>
        <translation>{n} kennisgevingen aan medewerkers zijn te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="41"/>
        <source>The agents must be told that their calls were recorded or listened to. Send the notices now, or record how they were told.</source>
        <translation>De medewerkers moeten horen dat hun gesprekken zijn opgenomen of teruggeluisterd. Verstuur de kennisgevingen nu, of leg vast hoe ze het gehoord hebben.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="47"/>
        <source>No notice to an agent is overdue.</source>
        <translation>Geen enkele kennisgeving aan een medewerker is te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="49"/>
        <source>No notices wait to be sent.</source>
        <translation>Er wachten geen kennisgevingen op verzending.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="51"/>
        <source>1 notice waits to be sent, within its deadline.</source>
        <translation>1 kennisgeving wacht op verzending, binnen de termijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="53"/>
        <source>{n} notices wait to be sent, within their deadlines.</source>
        <translation>{n} kennisgevingen wachten op verzending, binnen de termijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="57"/>
        <source>Open Notifications</source>
        <translation>Kennisgevingen openen</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="48"/>
        <source>Notice</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="49"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="50"/>
        <source>Due by</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="51"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="52"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="53"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="54"/>
        <source>Receipt code</source>
        <translation>Controlecode</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="74"/>
        <source>{when} by {who}</source>
        <translation>{when} door {who}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="90"/>
        <source>Note: {note}</source>
        <translation>Notitie: {note}</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="73"/>
        <source>Notifications</source>
        <translation>Kennisgevingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="77"/>
        <source>Agents are told afterwards when one of their calls is recorded, listened to or destroyed. Send each notice before its deadline; overdue notices are red.</source>
        <translation>Medewerkers krijgen achteraf bericht als een van hun gesprekken is opgenomen, teruggeluisterd of vernietigd. Verstuur elke kennisgeving voordat de termijn verloopt; te late kennisgevingen zijn rood.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="84"/>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="85"/>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="255"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="86"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="87"/>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="88"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="98"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="102"/>
        <source>A&amp;gent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="103"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="122"/>
        <source>&amp;Send…</source>
        <translation>&amp;Versturen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="123"/>
        <source>Mail, save, print or copy the selected notice</source>
        <translation>De gekozen kennisgeving mailen, opslaan, afdrukken of kopiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="125"/>
        <source>Mark as sent &amp;outside the app…</source>
        <translation>&amp;Buiten de app verzonden…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="127"/>
        <source>Save digests as .&amp;eml…</source>
        <translation>Weekoverzichten als .&amp;eml opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="130"/>
        <source>Save one e-mail file per selected weekly digest into a folder, to send from your mail program, and record each as sent</source>
        <translation>Per gekozen weekoverzicht één e-mailbestand in een map opslaan, om vanuit je mailprogramma te versturen, en elk als verzonden vastleggen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="135"/>
        <source>Mark &amp;acknowledged…</source>
        <translation>Ontvangst bevest&amp;igd…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="137"/>
        <source>Check a &amp;receipt…</source>
        <translation>&amp;Controlecode nagaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="214"/>
        <source>All agents</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="215"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="255"/>
        <source>Overdue ({n})</source>
        <translation>Te laat ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="265"/>
        <source>No notice matches.</source>
        <translation>Geen kennisgeving voldoet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="267"/>
        <source>1 notice</source>
        <translation>1 kennisgeving</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="269"/>
        <source>{n} notices</source>
        <translation>{n} kennisgevingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="333"/>
        <source>Mark as sent outside the app</source>
        <translation>Buiten de app verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="335"/>
        <source>Record that these {n} notices reached the agents outside the app ({names}). Say how, for example “handed over at the team meeting of 3 December”.</source>
        <translation>Leg vast dat deze {n} kennisgevingen de medewerkers buiten de app hebben bereikt ({names}). Vermeld hoe, bijvoorbeeld „uitgereikt in het teamoverleg van 3 december”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="340"/>
        <source>Record that the notice reached {names} outside the app. Say how, for example “handed over in person on 3 December”.</source>
        <translation>Leg vast dat de kennisgeving {names} buiten de app heeft bereikt. Vermeld hoe, bijvoorbeeld „op 3 december persoonlijk overhandigd”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="348"/>
        <source>Recorded {n} notices as sent.</source>
        <translation>{n} kennisgevingen als verzonden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="353"/>
        <source>Mark as &amp;sent</source>
        <translation>Als &amp;verzonden markeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="362"/>
        <source>Mark as acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="364"/>
        <source>Record that the agent confirmed receiving these notices ({names}). A note is optional, e.g. “signed copy in the personnel file”.</source>
        <translation>Leg vast dat de medewerker de ontvangst van deze kennisgevingen heeft bevestigd ({names}). Een notitie is niet verplicht, bijv. „getekend exemplaar in het personeelsdossier”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="370"/>
        <source>Recorded {n} notices as acknowledged.</source>
        <translation>Van {n} kennisgevingen de ontvangst als bevestigd vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="375"/>
        <source>Mark &amp;acknowledged</source>
        <translation>Ontvangst &amp;bevestigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="390"/>
        <source>Save the digests as e-mails in</source>
        <translation>Weekoverzichten als e-mail opslaan in</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="405"/>
        <source>Saved {n} digests in {folder} and recorded them as sent.</source>
        <translation>{n} weekoverzichten opgeslagen in {folder} en als verzonden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>NotifyPrompt</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="67"/>
        <source>Tell {agent}</source>
        <translation>{agent} informeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="74"/>
        <source>You listened to a call of {agent}. The recording policy says {agent} must be told, by {date} at the latest: which call, why, who listened and how to object.</source>
        <translation>Je hebt een gesprek van {agent} teruggeluisterd. Volgens het opnamebeleid moet {agent} dat uiterlijk {date} horen: welk gesprek, waarom, wie luisterde en hoe bezwaar te maken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="79"/>
        <source>Notify {agent} &amp;now</source>
        <translation>{agent} &amp;nu informeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="82"/>
        <source>&amp;Later (due {date})</source>
        <translation>&amp;Later (uiterlijk {date})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="86"/>
        <source>Later keeps the notice on the Notifications page; from the day after {date} it shows as overdue on the Dashboard and at every unlock.</source>
        <translation>Bij Later blijft de kennisgeving op de pagina Kennisgevingen staan; vanaf de dag na {date} staat ze als te laat op de pagina Overzicht en bij elke ontgrendeling.</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="52"/>
        <source>Objection to sampling</source>
        <translation>Bezwaar tegen de steekproef</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="71"/>
        <source>A&amp;gent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="73"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="77"/>
        <source>While an objection is in force, none of the agent&apos;s calls are sampled or stored; each import counts them under “objection”. Stored recordings keep their retention unless the agent also asks for erasure.</source>
        <translation>Zolang een bezwaar geldt, worden geen gesprekken van de medewerker in de steekproef getrokken of opgeslagen; elke import telt ze onder ‘bezwaar’. Opgeslagen opnames houden hun bewaartermijn, tenzij de medewerker ook om verwijdering vraagt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="108"/>
        <source>An objection is in force since {date}: their calls are not sampled. Reason: {reason}</source>
        <translation>Er geldt een bezwaar sinds {date}: de gesprekken van deze medewerker komen niet in de steekproef. Reden: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="113"/>
        <source>Why the objection ends, e.g. the agent withdrew it in writing</source>
        <translation>Waarom het bezwaar eindigt, bijv. de medewerker heeft het schriftelijk ingetrokken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="115"/>
        <source>&amp;Lift objection</source>
        <translation>Bezwaar &amp;opheffen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="119"/>
        <source>No objection is in force: their calls may be sampled.</source>
        <translation>Er geldt geen bezwaar: de gesprekken van deze medewerker kunnen in de steekproef komen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="121"/>
        <source>The objection answers request {n}.</source>
        <translation>Het bezwaar beantwoordt verzoek {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="127"/>
        <source>Why the agent objects, e.g. objects to sampling in writing</source>
        <translation>Waarom de medewerker bezwaar maakt, bijv. schriftelijk bezwaar tegen de steekproef</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="129"/>
        <source>&amp;Record objection</source>
        <translation>Bezwaar &amp;vastleggen</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_fields.py" line="62"/>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>OptionalDaysSpinBox</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_fields.py" line="106"/>
        <source>Not stated</source>
        <translation>Niet opgegeven</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="199"/>
        <source>Passphrase of {name}</source>
        <translation>Wachtwoordzin van {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="204"/>
        <source>Only this user&apos;s passphrase changes; other users and the recovery key keep working as before.</source>
        <translation>Alleen de wachtwoordzin van deze gebruiker verandert; andere gebruikers en de herstelsleutel werken gewoon door.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="212"/>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="83"/>
        <source>&amp;Add user…</source>
        <translation>Gebruiker t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="85"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="87"/>
        <source>Change &amp;roles…</source>
        <translation>&amp;Rollen wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="88"/>
        <source>Re&amp;move user…</source>
        <translation>Gebruiker &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="90"/>
        <source>Replace recovery &amp;key…</source>
        <translation>Herstel&amp;sleutel vervangen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="93"/>
        <source>&amp;Add agent…</source>
        <translation>Medewerker t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="94"/>
        <source>&amp;Edit agent…</source>
        <translation>Medewerker &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="95"/>
        <source>&amp;Import agents…</source>
        <translation>Medewerkers &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="97"/>
        <source>&amp;Add team…</source>
        <translation>Team t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="101"/>
        <source>You see the people of your own teams. Only administrators can make changes.</source>
        <translation>Je ziet de personen van je eigen teams. Alleen beheerders kunnen iets wijzigen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="116"/>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="123"/>
        <source>A&amp;gents</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="125"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="127"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="209"/>
        <source>Remove user</source>
        <translation>Gebruiker verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="211"/>
        <source>Remove {name}? They can no longer unlock the vault; what they did stays in the log.</source>
        <translation>{name} verwijderen? Deze persoon kan de kluis dan niet meer ontgrendelen; wat hij of zij deed, blijft in het logboek staan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="214"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="272"/>
        <source>Also re-encrypt the vault (rekey), so an old copy of the key is useless</source>
        <translation>Kluis ook opnieuw versleutelen, zodat een oude kopie van de sleutel niets meer waard is</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="236"/>
        <source>Replace recovery key</source>
        <translation>Herstelsleutel vervangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="238"/>
        <source>Make a new recovery key? The old key stops working at once, so have paper or a printer ready: the new key is shown only once, and you must print it or write it down now.</source>
        <translation>Een nieuwe herstelsleutel maken? De oude sleutel werkt meteen niet meer, dus houd papier of een printer bij de hand: je ziet de nieuwe sleutel maar één keer, en je moet hem nu afdrukken of opschrijven.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="245"/>
        <source>Re-encrypting the vault as well means that the old recovery key, with an old copy of the vault, opens nothing later.</source>
        <translation>Als je de kluis ook opnieuw versleutelt, opent de oude herstelsleutel met een oude kopie van de kluis later niets meer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="242"/>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="319"/>
        <source>Import agents</source>
        <translation>Medewerkers importeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="321"/>
        <source>Agents list (*.csv *.txt);;All files (*)</source>
        <translation>Lijst met medewerkers (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="340"/>
        <source>The agents list was imported: {added} added, {changed} changed, {left} marked as left.</source>
        <translation>De lijst met medewerkers is geïmporteerd: {added} toegevoegd, {changed} gewijzigd, {left} als vertrokken gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>PlaceHoldDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="45"/>
        <source>Keep recording {n} as evidence</source>
        <translation>Opname {n} bewaren als bewijs</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="52"/>
        <source>e.g. DOS-2026-17</source>
        <translation>bijv. DOS-2026-17</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="55"/>
        <source>For example: the donor disputes agreeing to a recurring gift</source>
        <translation>Bijvoorbeeld: de donateur betwist dat hij akkoord ging met een periodieke gift</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="58"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="59"/>
        <source>&amp;Case reference:</source>
        <translation>&amp;Dossiernummer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="60"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="61"/>
        <source>Keep until:</source>
        <translation>Bewaren tot en met:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="65"/>
        <source>The recording is not deleted while the hold lasts: until its last day, or until someone releases it. Leave the day empty if the end is not known yet. Only the purpose held can be listened for; the hold is in the audit log.</source>
        <translation>Zolang de opname als bewijs wordt bewaard, wordt ze niet verwijderd: tot en met de laatste dag, of tot iemand het bewaren beëindigt. Laat de datum leeg als het einde nog niet bekend is. Terugluisteren kan alleen voor het doel waarvoor ze wordt bewaard; het bewaren staat in het logboek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="71"/>
        <source>&amp;Keep as evidence</source>
        <translation>&amp;Bewaren als bewijs</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="89"/>
        <source>Listening: recording {n}</source>
        <translation>Terugluisteren: opname {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="131"/>
        <source>Recording {n}</source>
        <translation>Opname {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="143"/>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="144"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="147"/>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="303"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="149"/>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="151"/>
        <source>5 seconds back (←)</source>
        <translation>5 seconden terug (←)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="153"/>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="155"/>
        <source>5 seconds forward (→)</source>
        <translation>5 seconden vooruit (→)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="164"/>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="170"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="185"/>
        <source>Space: play or pause · ← →: 5 seconds back or forward · click the waveform</source>
        <translation>Spatie: afspelen of pauzeren · ← →: 5 seconden terug of vooruit · klik in de golfvorm</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="187"/>
        <source> · N: a note here · double-click the waveform: a note there</source>
        <translation> · N: opmerking hier · dubbelklik op de golfvorm: opmerking daar</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="195"/>
        <source>This is a &amp;private call…</source>
        <translation>Dit is een &amp;privégesprek…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="198"/>
        <source>Stop at once and destroy the audio of a call that is not about work</source>
        <translation>Meteen stoppen en het geluid vernietigen van een gesprek dat niet over het werk gaat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="201"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="303"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="326"/>
        <source>Heard: {s}</source>
        <translation>Gehoord: {s}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="336"/>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="385"/>
        <source>Private call</source>
        <translation>Privégesprek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="337"/>
        <source>Is this a private call? Then its audio is destroyed now, for good.</source>
        <translation>Is dit een privégesprek? Dan wordt het geluid nu definitief vernietigd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="343"/>
        <source>Nobody can hear this recording again. A record stays of when it was made, whose call it was and that it was destroyed as a private call, and the agent will be told.</source>
        <translation>Niemand kan deze opname daarna nog horen. Er blijft vastgelegd wanneer het gesprek plaatsvond, van wie het was en dat het als privégesprek is vernietigd, en de medewerker krijgt daarvan bericht.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="348"/>
        <source>&amp;Destroy the audio</source>
        <translation>Geluid &amp;vernietigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="386"/>
        <source>The audio of recording {n} was destroyed.</source>
        <translation>Het geluid van opname {n} is vernietigd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="392"/>
        <source>A record of the destruction is in the audit log, and the agent will be told that a private call was met and destroyed.</source>
        <translation>De vernietiging staat in het auditlogboek, en de medewerker krijgt bericht dat er een privégesprek is aangetroffen en vernietigd.</translation>
    </message>
</context>
<context>
    <name>PolicyCheck</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="241"/>
        <source>Enter the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="243"/>
        <source>Enter the organisation&apos;s full name; “{text}” is not a name.</source>
        <translation>Vul de volledige naam van de organisatie in; “{text}” is geen naam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="276"/>
        <source>Enter where agents and customers can send objections and access requests.</source>
        <translation>Vul in waar medewerkers en klanten bezwaren en inzageverzoeken kunnen indienen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="281"/>
        <source>Enter an e-mail address, telephone number or postal address where objections and access requests can be sent; “{text}” is none of these.</source>
        <translation>Vul een e-mailadres, telefoonnummer of postadres in waar bezwaren en inzageverzoeken naartoe kunnen; “{text}” is geen van drieën.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="297"/>
        <source>Enter who the privacy officer is.</source>
        <translation>Vul in wie de privacyfunctionaris is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="299"/>
        <source>Enter the privacy officer&apos;s name, such as “M. Jansen”; “{text}” is not a name.</source>
        <translation>Vul de naam van de privacyfunctionaris in, zoals “M. Jansen”; “{text}” is geen naam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="328"/>
        <source>Enter how agents can reach the privacy officer.</source>
        <translation>Vul in hoe medewerkers de privacyfunctionaris kunnen bereiken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="332"/>
        <source>Enter an e-mail address or telephone number for the privacy officer; “{text}” is neither.</source>
        <translation>Vul een e-mailadres of telefoonnummer van de privacyfunctionaris in; “{text}” is geen van beide.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="419"/>
        <source>Remove {roles} from the roles that may listen for the purpose {name}; only team leads and quality coaches can listen.</source>
        <translation>Haal {roles} weg bij de rollen die mogen terugluisteren voor het doel {name}; alleen teamleiders en kwaliteitscoaches kunnen terugluisteren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="437"/>
        <source>Give purpose {name} a short id of lowercase letters, digits, - or _, such as “training”.</source>
        <translation>Geef doel {name} een korte id van kleine letters, cijfers, - of _, zoals “training”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="443"/>
        <source>Change the id of purpose {name} to lowercase letters, digits, - or _, starting with a letter.</source>
        <translation>Wijzig de id van doel {name} in kleine letters, cijfers, - of _, beginnend met een letter.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="460"/>
        <source>Give purpose {name} a title.</source>
        <translation>Geef doel {name} een titel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="471"/>
        <source>Choose which calls the purpose {name} applies to: all business calls, or named queues or campaigns.</source>
        <translation>Kies voor welke gesprekken het doel {name} geldt: alle zakelijke gesprekken, of genoemde wachtrijen of campagnes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="500"/>
        <source>Choose the legal basis for the purpose {name}.</source>
        <translation>Kies de grondslag voor het doel {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="515"/>
        <source>Explain why the chosen legal basis applies to the purpose {name}.</source>
        <translation>Leg uit waarom de gekozen grondslag geldt voor het doel {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="519"/>
        <source>The explanation of the legal basis of the purpose {name} is too short to show anything; explain in at least {n} words why the basis applies, not just “{text}”.</source>
        <translation>De toelichting op de grondslag van het doel {name} is te kort om iets aan te tonen; leg in minstens {n} woorden uit waarom de grondslag geldt, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="536"/>
        <source>Write why recording is necessary for the purpose {name} and which less intrusive means were weighed.</source>
        <translation>Schrijf waarom opnemen nodig is voor het doel {name} en welke minder ingrijpende middelen zijn overwogen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="542"/>
        <source>The necessity of the purpose {name} is too short to convince anyone; write in at least {n} words why recording is needed and which milder means were weighed, not just “{text}”.</source>
        <translation>De noodzaak van het doel {name} is te kort om iemand te overtuigen; schrijf in minstens {n} woorden waarom opnemen nodig is en welke mildere middelen zijn overwogen, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="559"/>
        <source>Set how many days recordings are kept for the purpose {name}: from {minimum} to {maximum}.</source>
        <translation>Stel in hoeveel dagen opnames voor het doel {name} worden bewaard: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="576"/>
        <source>State why recordings for the purpose {name} are kept longer than a year.</source>
        <translation>Leg uit waarom opnames voor het doel {name} langer dan een jaar worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="581"/>
        <source>The reason why recordings for the purpose {name} are kept this long is too short; explain in at least {n} words why, not just “{text}”.</source>
        <translation>De reden waarom opnames voor het doel {name} zo lang worden bewaard, is te kort; leg in minstens {n} woorden uit waarom, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="595"/>
        <source>Choose which roles may listen for the purpose {name}.</source>
        <translation>Kies welke rollen mogen terugluisteren voor het doel {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="697"/>
        <source>Choose whether the app draws the sample of calls or the telephone system already did.</source>
        <translation>Kies of de app de steekproef trekt of dat de telefooncentrale dat al heeft gedaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="712"/>
        <source>Set the share of business calls to sample: more than 0 % and at most 100 % (e.g. 5 %).</source>
        <translation>Stel het deel van de zakelijke gesprekken in dat in de steekproef komt: meer dan 0 % en hoogstens 100 % (bijv. 5 %).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="731"/>
        <source>Set the most calls per agent per week that may be sampled: from {minimum} to {maximum}.</source>
        <translation>Stel in hoeveel gesprekken per medewerker per week hoogstens in de steekproef mogen komen: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="748"/>
        <source>Set the fewest calls per agent per week to sample: from {minimum} to {maximum}.</source>
        <translation>Stel in hoeveel gesprekken per medewerker per week minstens in de steekproef komen: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="764"/>
        <source>State why the sample is this large.</source>
        <translation>Leg uit waarom de steekproef zo groot is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="766"/>
        <source>The reason for so large a sample is too short; explain in at least {n} words why so many calls are needed, not just “{text}”.</source>
        <translation>De reden voor zo’n grote steekproef is te kort; leg in minstens {n} woorden uit waarom zoveel gesprekken nodig zijn, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="787"/>
        <source>Choose the time zone of the telephone system.</source>
        <translation>Kies de tijdzone van de telefooncentrale.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="792"/>
        <source>The time zone “{text}” is not known; use a name like Europe/Amsterdam.</source>
        <translation>De tijdzone “{text}” is onbekend; gebruik een naam als Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="843"/>
        <source>No protected numbers are listed, so nothing keeps calls with the confidential counsellor, company doctor or works council out by their number; add those numbers, unless there are none.</source>
        <translation>Er staan geen beschermde nummers in, dus niets houdt gesprekken met de vertrouwenspersoon, de bedrijfsarts of de ondernemingsraad op hun nummer buiten; vul die nummers in, tenzij die er niet zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="862"/>
        <source>Correct the internal extension ranges: each must run from a lower to a higher number.</source>
        <translation>Verbeter de reeksen interne toestelnummers: elke reeks loopt van een lager naar een hoger nummer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="900"/>
        <source>Set within how many days an agent is told that a call of theirs was listened to: from {minimum} to {maximum}.</source>
        <translation>Stel in binnen hoeveel dagen een medewerker hoort dat een gesprek van hem of haar is teruggeluisterd: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="918"/>
        <source>Set within how many days an agent is told that a call of theirs was recorded: from {minimum} to {maximum}.</source>
        <translation>Stel in binnen hoeveel dagen een medewerker hoort dat een gesprek van hem of haar is opgenomen: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="941"/>
        <source>Choose whether agents get a notice per recording or a weekly digest.</source>
        <translation>Kies of medewerkers per opname een bericht krijgen of één overzicht per week.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="957"/>
        <source>The works council&apos;s consent date ({date}) lies in the future; enter the day it actually consented.</source>
        <translation>De datum van de instemming van de OR ({date}) ligt in de toekomst; vul de dag in waarop de OR echt heeft ingestemd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="981"/>
        <source>State why the works council&apos;s consent does not apply.</source>
        <translation>Leg uit waarom instemming van de OR niet nodig is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="985"/>
        <source>The reason why the works council need not consent is too short to check; explain in at least {n} words why consent does not apply, not just “{text}”.</source>
        <translation>De reden waarom de OR niet hoeft in te stemmen, is te kort om te controleren; leg in minstens {n} woorden uit waarom instemming niet nodig is, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1015"/>
        <source>Record that a DPIA was carried out.</source>
        <translation>Leg vast dat er een DPIA is uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1017"/>
        <source>A risk assessment is not enough: listening back to employees&apos; calls is systematic monitoring of employees, which the Dutch Data Protection Authority lists as always needing a DPIA (art. 35 GDPR); carry out a DPIA and record it.</source>
        <translation>Een risicoanalyse is niet genoeg: gesprekken van medewerkers terugluisteren is stelselmatige monitoring van werknemers, waarvoor de Autoriteit Persoonsgegevens altijd een DPIA verplicht stelt (art. 35 AVG); voer een DPIA uit en leg die vast.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1032"/>
        <source>Record the date of the DPIA.</source>
        <translation>Leg de datum van de DPIA vast.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1033"/>
        <source>The DPIA&apos;s date ({date}) lies in the future; enter the day it was completed.</source>
        <translation>De datum van de DPIA ({date}) ligt in de toekomst; vul de dag in waarop die is afgerond.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1044"/>
        <source>Record the reference of the DPIA, such as its document number.</source>
        <translation>Leg het kenmerk van de DPIA vast, zoals het documentnummer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1065"/>
        <source>Confirm that callers hear that calls are recorded, and since when.</source>
        <translation>Bevestig dat bellers horen dat gesprekken worden opgenomen, en sinds wanneer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1075"/>
        <source>Enter since when callers hear that calls are recorded.</source>
        <translation>Vul in sinds wanneer bellers horen dat gesprekken worden opgenomen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1078"/>
        <source>The announcement to callers cannot start in the future ({date}); enter the day callers first heard it.</source>
        <translation>De melding aan bellers kan niet in de toekomst beginnen ({date}); vul de dag in waarop bellers haar voor het eerst hoorden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1108"/>
        <source>State how many days the telephone system keeps its own recordings: from {minimum} to {maximum}.</source>
        <translation>Vul in hoeveel dagen de telefooncentrale haar eigen opnames bewaart: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1123"/>
        <source>State who removes the telephone system&apos;s own recordings.</source>
        <translation>Vul in wie de opnames in de telefooncentrale zelf verwijdert.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1144"/>
        <source>Write how recordings are secured (the app&apos;s own measures can be used as a start).</source>
        <translation>Beschrijf hoe opnames beveiligd zijn (de maatregelen van de app zelf kun je als begin gebruiken).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1149"/>
        <source>The security statement is too short to describe any measure; write in at least {n} words how recordings are secured, not just “{text}”.</source>
        <translation>De beschrijving van de beveiliging is te kort om een maatregel te noemen; beschrijf in minstens {n} woorden hoe opnames beveiligd zijn, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1230"/>
        <source>Choose what the results of listening back may be used for.</source>
        <translation>Kies waarvoor de uitkomsten van het terugluisteren mogen worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1240"/>
        <source>Enter the date from which the staff regulation applies.</source>
        <translation>Vul de datum in vanaf wanneer het personeelsreglement geldt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1253"/>
        <source>Enter who adopted the staff regulation.</source>
        <translation>Vul in wie het personeelsreglement heeft vastgesteld.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1255"/>
        <source>Say who adopted the staff regulation, such as “the board of directors”; “{text}” does not say who.</source>
        <translation>Vul in wie het personeelsreglement heeft vastgesteld, zoals “de directie”; “{text}” zegt niet wie.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1272"/>
        <source>Enter when and with whom the staff regulation is evaluated.</source>
        <translation>Vul in wanneer en met wie het personeelsreglement wordt geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1276"/>
        <source>The evaluation is too short to plan anything; say in at least {n} words when and with whom the staff regulation is evaluated, not just “{text}”.</source>
        <translation>De evaluatie is te kort om iets te plannen; vul in minstens {n} woorden in wanneer en met wie het personeelsreglement wordt geëvalueerd, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1299"/>
        <source>State who outside the organisation receives recordings or call data, or that nobody does.</source>
        <translation>Vul in wie buiten de organisatie opnames of gespreksgegevens ontvangt, of dat niemand dat doet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1305"/>
        <source>The statement on recipients is too short; say in at least {n} words who receives recordings or call data, not just “{text}”.</source>
        <translation>Wat er over de ontvangers staat, is te kort; vul in minstens {n} woorden in wie opnames of gespreksgegevens ontvangt, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1323"/>
        <source>State whether data is transferred outside the European Economic Area.</source>
        <translation>Vul in of gegevens buiten de Europese Economische Ruimte terechtkomen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1328"/>
        <source>The statement on transfers is too short; say in at least {n} words whether data leaves the European Economic Area, not just “{text}”.</source>
        <translation>Wat er over doorgifte staat, is te kort; vul in minstens {n} woorden in of gegevens de Europese Economische Ruimte verlaten, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1368"/>
        <source>Write at least one expectation for the agent protocol, such as “Always be polite”.</source>
        <translation>Schrijf minstens één verwachting voor het gedragsprotocol, zoals “Blijf altijd beleefd”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1373"/>
        <source>Remove the empty line from the agent protocol.</source>
        <translation>Haal de lege regel uit het gedragsprotocol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1376"/>
        <source>The agent protocol has a different number of expectations in each language; write every expectation in every language, one per line.</source>
        <translation>Het gedragsprotocol heeft niet in elke taal evenveel verwachtingen; schrijf elke verwachting in elke taal, één per regel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1412"/>
        <source>Add at least one purpose for which calls may be listened to.</source>
        <translation>Voeg minstens één doel toe waarvoor gesprekken mogen worden teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1416"/>
        <source>Two purposes have the id “{id}”; give each purpose its own id.</source>
        <translation>Twee doelen hebben de id “{id}”; geef elk doel een eigen id.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="126"/>
        <source>Only roles that may listen for the purpose {name} can keep its recordings as evidence; remove {roles} or let that role listen.</source>
        <translation>Alleen rollen die voor het doel {name} mogen terugluisteren, kunnen opnames daarvan als bewijs bewaren; haal {roles} weg of laat die rol terugluisteren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="142"/>
        <source>The purpose {name} keeps recordings as evidence and is also marked for coaching; scores and notes belong to coaching only, so remove who may keep as evidence or untick coaching.</source>
        <translation>Het doel {name} bewaart opnames als bewijs en is ook aangevinkt voor coaching; beoordelingen en opmerkingen horen alleen bij coaching. Haal weg wie mag bewaren als bewijs, of vink coaching uit.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="156"/>
        <source>Recordings for the purpose {name} are kept {days} days, longer than a year; state why the purpose needs that long, or keep them at most 365 days.</source>
        <translation>Opnames voor het doel {name} worden {days} dagen bewaard, langer dan een jaar; leg uit waarom het doel dat nodig heeft, of bewaar ze hoogstens 365 dagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="173"/>
        <source>The purpose {name} applies to queues the scope does not count as business calls ({items}); add them to the scope&apos;s queues or remove them from the purpose.</source>
        <translation>Het doel {name} geldt voor wachtrijen die de reikwijdte niet als zakelijk telt ({items}); zet ze bij de wachtrijen van de reikwijdte of haal ze weg bij het doel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="184"/>
        <source>The purpose {name} applies to campaigns the scope does not know ({items}); add them to the scope&apos;s campaign contexts or account codes, or remove them from the purpose.</source>
        <translation>Het doel {name} geldt voor campagnes die de reikwijdte niet kent ({items}); zet ze bij de campagnecontexten of accountcodes van de reikwijdte, of haal ze weg bij het doel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="201"/>
        <source>The fewest calls per agent per week is more than the most; lower the fewest or raise the most.</source>
        <translation>Het minimum aantal gesprekken per medewerker per week is hoger dan het maximum; verlaag het minimum of verhoog het maximum.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="212"/>
        <source>A sample of {rate} % of the business calls is more than 20 %; state why so many calls are needed, or lower the share.</source>
        <translation>Een steekproef van {rate} % van de zakelijke gesprekken is meer dan 20 %; leg uit waarom zoveel gesprekken nodig zijn, of verlaag het deel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="222"/>
        <source>Keeping up to {count} calls of an agent per week is more than 25; state why so many are needed, or lower the number.</source>
        <translation>Tot {count} gesprekken van een medewerker per week bewaren is meer dan 25; leg uit waarom er zoveel nodig zijn, of verlaag het aantal.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="236"/>
        <source>Name at least one business queue, inbound number, campaign context or account code; until then no call counts as a business call.</source>
        <translation>Noem minstens één zakelijke wachtrij, inkomend nummer, campagnecontext of accountcode; tot dan telt geen enkel gesprek als zakelijk.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="252"/>
        <source>Record either the works council&apos;s consent or why it does not apply, not both.</source>
        <translation>Leg de instemming van de OR vast óf waarom die niet nodig is, niet allebei.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="260"/>
        <source>Record both the date and the reference of the works council&apos;s consent.</source>
        <translation>Leg zowel de datum als het kenmerk van de instemming van de OR vast.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="268"/>
        <source>Record the date and reference of the works council&apos;s consent, or why consent does not apply.</source>
        <translation>Leg de datum en het kenmerk van de instemming van de OR vast, of waarom instemming niet nodig is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="282"/>
        <source>Publish the staff-regulation section on call recording for this version of the policy.</source>
        <translation>Publiceer de paragraaf over gespreksopnames voor het personeelsreglement bij deze versie van het beleid.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="291"/>
        <source>Publish the agent protocol for this version of the policy.</source>
        <translation>Publiceer het gedragsprotocol bij deze versie van het beleid.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="52"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="53"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="55"/>
        <source>It is still missing in {languages}.</source>
        <translation>Het ontbreekt nog in het {languages}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="56"/>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
</context>
<context>
    <name>PolicyChoice</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="261"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="262"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="489"/>
        <source>Legitimate interest (art. 6(1)(f))</source>
        <translation>Gerechtvaardigd belang (art. 6 lid 1 sub f)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="492"/>
        <source>Legal obligation (art. 6(1)(c))</source>
        <translation>Wettelijke verplichting (art. 6 lid 1 sub c)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="495"/>
        <source>Contract (art. 6(1)(b))</source>
        <translation>Overeenkomst (art. 6 lid 1 sub b)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="688"/>
        <source>This app draws a random sample at import</source>
        <translation>Deze app trekt bij het inlezen een willekeurige steekproef</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="691"/>
        <source>The telephone system already samples; import every recording</source>
        <translation>De telefooncentrale trekt de steekproef al; elke opname inlezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="933"/>
        <source>A notice for every recording</source>
        <translation>Een bericht per opname</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="936"/>
        <source>One overview per week</source>
        <translation>Eén overzicht per week</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1007"/>
        <source>DPIA (data protection impact assessment)</source>
        <translation>DPIA (gegevensbeschermingseffectbeoordeling)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1010"/>
        <source>Documented risk assessment</source>
        <translation>Vastgelegde risicoanalyse</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1219"/>
        <source>Feedback and coaching only</source>
        <translation>Alleen voor feedback en coaching</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1222"/>
        <source>Also in performance appraisals</source>
        <translation>Ook in beoordelingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1225"/>
        <source>Also in appraisals and for disciplinary measures</source>
        <translation>Ook in beoordelingen en voor disciplinaire maatregelen</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_editor.py" line="167"/>
        <source>{n} missing</source>
        <translation>{n} ontbreken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_editor.py" line="167"/>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
</context>
<context>
    <name>PolicyField</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="236"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="237"/>
        <source>The organisation&apos;s name as the documents print it.</source>
        <translation>De naam van de organisatie zoals die in de documenten staat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="252"/>
        <source>Main &amp;language:</source>
        <translation>&amp;Hoofdtaal:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="253"/>
        <source>A text written without a language, such as a plain string in a policy file, counts as this language. Texts are needed in this language and in each language an agent reads.</source>
        <translation>Een tekst zonder taal, zoals een gewone tekst in een beleidsbestand, geldt als tekst in deze taal. Teksten zijn nodig in deze taal en in elke taal die een medewerker leest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="268"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="269"/>
        <source>Where agents and customers send objections and requests to see recordings.</source>
        <translation>Waar medewerkers en klanten bezwaar maken en vragen om opnames in te zien.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="274"/>
        <source>e.g. privacy@example.nl</source>
        <translation>bijv. privacy@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="290"/>
        <source>&amp;Privacy officer:</source>
        <translation>&amp;Privacyfunctionaris:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="291"/>
        <source>The name of the data protection officer, or of the person who answers privacy questions where there is none.</source>
        <translation>De naam van de functionaris gegevensbescherming, of van wie privacyvragen beantwoordt als er geen is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="307"/>
        <source>A data protection officer (art. 37 GDPR) &amp;appointed</source>
        <translation>Een functionaris gegevensbescherming (art. 37 AVG) &amp;aangesteld</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="310"/>
        <source>Documents call them the data protection officer; otherwise the contact person for privacy.</source>
        <translation>Documenten noemen hem of haar dan de functionaris gegevensbescherming; anders de privacycontactpersoon.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="319"/>
        <source>Privacy officer&apos;s c&amp;ontact:</source>
        <translation>C&amp;ontact privacyfunctionaris:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="320"/>
        <source>An e-mail address or telephone number at which agents reach the privacy officer directly.</source>
        <translation>Een e-mailadres of telefoonnummer waarop medewerkers de privacyfunctionaris rechtstreeks bereiken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="326"/>
        <source>e.g. fg@example.nl</source>
        <translation>bijv. fg@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="432"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="433"/>
        <source>Lowercase letters, digits, - or _.</source>
        <translation>Kleine letters, cijfers, - of _.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="435"/>
        <source>e.g. training</source>
        <translation>bijv. training</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="455"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="456"/>
        <source>The purpose&apos;s name as agents read it in documents and notices.</source>
        <translation>De naam van het doel zoals medewerkers die lezen in documenten en kennisgevingen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="465"/>
        <source>Applies to:</source>
        <translation>Geldt voor:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="466"/>
        <source>All business calls, or only the calls of named queues or campaigns.</source>
        <translation>Alle zakelijke gesprekken, of alleen de gesprekken van genoemde wachtrijen of campagnes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="482"/>
        <source>&amp;Legal basis:</source>
        <translation>G&amp;rondslag:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="483"/>
        <source>Consent is not offered: an employee cannot freely refuse their employer.</source>
        <translation>Toestemming kan niet: een werknemer kan zijn werkgever niet vrij weigeren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="507"/>
        <source>&amp;Explanation:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="508"/>
        <source>Why the legal basis applies: the interest served, and why it outweighs the agents&apos; privacy.</source>
        <translation>Waarom de grondslag geldt: welk belang ermee is gediend, en waarom dat zwaarder weegt dan de privacy van medewerkers.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="528"/>
        <source>&amp;Necessity:</source>
        <translation>Noo&amp;dzaak:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="529"/>
        <source>Why recording is needed and which less intrusive means were weighed.</source>
        <translation>Waarom opnemen nodig is en welke minder ingrijpende middelen zijn overwogen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="555"/>
        <source>&amp;Keep for:</source>
        <translation>&amp;Bewaren:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="556"/>
        <source>Counted from the day of the call.</source>
        <translation>Gerekend vanaf de dag van het gesprek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="568"/>
        <source>Why this &amp;long:</source>
        <translation>Waarom zo &amp;lang:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="569"/>
        <source>Needed when recordings are kept longer than 365 days: why the purpose needs that long.</source>
        <translation>Nodig als opnames langer dan 365 dagen worden bewaard: waarom het doel zo lang nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="590"/>
        <source>Who may listen:</source>
        <translation>Wie mag terugluisteren:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="591"/>
        <source>Only team leads and quality coaches can ever listen.</source>
        <translation>Alleen teamleiders en kwaliteitscoaches kunnen ooit terugluisteren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="605"/>
        <source>Tell the agent &amp;who listened</source>
        <translation>De medewerker vertellen &amp;wie heeft teruggeluisterd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="606"/>
        <source>The notice names who listened; otherwise only their role.</source>
        <translation>De kennisgeving noemt wie heeft teruggeluisterd; anders alleen de rol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="615"/>
        <source>Who may keep as evidence:</source>
        <translation>Wie mag als bewijs bewaren:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="616"/>
        <source>Longer than the retention period, for a concrete case with its case reference. Leave empty when this purpose needs no evidence.</source>
        <translation>Langer dan de bewaartermijn, voor een concreet geschil met een dossiernummer. Laat leeg als dit doel geen bewijs nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="630"/>
        <source>&amp;Coaching: score the call against the agent protocol</source>
        <translation>&amp;Coaching: beoordeel het gesprek aan de hand van het gedragsprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="633"/>
        <source>Listeners may fill in a scorecard, note moments in the call and send the agent a feedback sheet. These are deleted with the recording.</source>
        <translation>Wie terugluistert mag een beoordelingsformulier invullen, opmerkingen bij momenten in het gesprek noteren en de medewerker een feedbackformulier sturen. Die worden samen met de opname verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="681"/>
        <source>&amp;Who samples:</source>
        <translation>&amp;Wie trekt de steekproef:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="682"/>
        <source>This app draws a random sample when calls are imported, or the telephone system records only a sample itself.</source>
        <translation>Deze app trekt bij het inlezen een willekeurige steekproef, of de telefooncentrale neemt zelf alleen een steekproef op.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="706"/>
        <source>&amp;Share of calls:</source>
        <translation>&amp;Deel van de gesprekken:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="707"/>
        <source>The share of business calls the app keeps, e.g. 5 %.</source>
        <translation>Het deel van de zakelijke gesprekken dat de app bewaart, bijv. 5 %.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="727"/>
        <source>&amp;Most per agent:</source>
        <translation>&amp;Hoogstens per medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="728"/>
        <source>The most calls of one agent kept per week.</source>
        <translation>Het hoogste aantal gesprekken van één medewerker per week.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="742"/>
        <source>&amp;Fewest per agent:</source>
        <translation>&amp;Minstens per medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="743"/>
        <source>At least this many calls of each agent per week, if there are enough.</source>
        <translation>Minstens zoveel gesprekken van elke medewerker per week, als die er zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="756"/>
        <source>Why this &amp;many:</source>
        <translation>Waarom zo&amp;veel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="757"/>
        <source>Needed when more than 20 % of the calls, or more than 25 calls of an agent per week, are kept: why so many are needed.</source>
        <translation>Nodig als meer dan 20 % van de gesprekken, of meer dan 25 gesprekken van een medewerker per week, wordt bewaard: waarom er zoveel nodig zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="781"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="782"/>
        <source>The clock of the telephone system, e.g. Europe/Amsterdam.</source>
        <translation>De klok van de telefooncentrale, bijv. Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="801"/>
        <source>&amp;Queues:</source>
        <translation>&amp;Wachtrijen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="802"/>
        <source>Queues whose calls are business calls.</source>
        <translation>Wachtrijen waarvan de gesprekken zakelijk zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="803"/>
        <source>e.g. 400, 401</source>
        <translation>bijv. 400, 401</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="808"/>
        <source>Inbound &amp;numbers:</source>
        <translation>Inkomende &amp;nummers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="809"/>
        <source>The organisation&apos;s own numbers whose calls are business calls.</source>
        <translation>De eigen nummers van de organisatie waarvan de gesprekken zakelijk zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="812"/>
        <source>e.g. +31201234500</source>
        <translation>bijv. +31201234500</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="817"/>
        <source>Campaign &amp;contexts:</source>
        <translation>Campagne&amp;contexten:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="818"/>
        <source>Dial-plan contexts of outbound campaigns in the telephone system.</source>
        <translation>Contexten van uitgaande campagnes in het belplan van de telefooncentrale.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="825"/>
        <source>Campaign &amp;account codes:</source>
        <translation>Campagne-&amp;accountcodes:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="826"/>
        <source>Account codes of outbound campaigns in the telephone system.</source>
        <translation>Accountcodes van uitgaande campagnes in de telefooncentrale.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="835"/>
        <source>&amp;Protected numbers:</source>
        <translation>&amp;Beschermde nummers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="836"/>
        <source>One per line: the confidential counsellor, company doctor, works council… Calls to or from these numbers are never kept.</source>
        <translation>Eén per regel: vertrouwenspersoon, bedrijfsarts, ondernemingsraad… Gesprekken van of naar deze nummers worden nooit bewaard.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="853"/>
        <source>Internal &amp;extensions:</source>
        <translation>Interne toe&amp;stellen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="854"/>
        <source>Ranges of colleagues&apos; extensions; calls between them are never kept.</source>
        <translation>Reeksen toestelnummers van collega’s; gesprekken tussen hen worden nooit bewaard.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="859"/>
        <source>e.g. 100-399, 500</source>
        <translation>bijv. 100-399, 500</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="895"/>
        <source>After a &amp;listen, within:</source>
        <translation>Na &amp;terugluisteren, binnen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="896"/>
        <source>An agent is told of each listen separately, within this time.</source>
        <translation>Een medewerker hoort binnen deze tijd apart van elke keer dat er is teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="912"/>
        <source>After &amp;recording, within:</source>
        <translation>Na &amp;opnemen, binnen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="913"/>
        <source>Counted from the recording, or in a weekly overview from the week&apos;s first one.</source>
        <translation>Gerekend vanaf de opname, of bij een overzicht per week vanaf de eerste opname van die week.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="928"/>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="929"/>
        <source>How agents hear that their calls were recorded.</source>
        <translation>Hoe medewerkers horen dat hun gesprekken zijn opgenomen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="955"/>
        <location filename="../../supervisor_app/domain/policy.py" line="1029"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="956"/>
        <source>The day the works council consented.</source>
        <translation>De dag waarop de OR heeft ingestemd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="966"/>
        <location filename="../../supervisor_app/domain/policy.py" line="1041"/>
        <source>Reference:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="967"/>
        <source>The reference of the works council&apos;s decision or letter.</source>
        <translation>Het kenmerk van het besluit of de brief van de OR.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="974"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="975"/>
        <source>Why the works council&apos;s consent does not apply.</source>
        <translation>Waarom instemming van de OR niet nodig is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="978"/>
        <source>e.g. the organisation has no works council</source>
        <translation>bijv. de organisatie heeft geen ondernemingsraad</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1001"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1002"/>
        <source>Listening back to employees&apos; calls is systematic monitoring: a DPIA is required.</source>
        <translation>Gesprekken van medewerkers terugluisteren is stelselmatige monitoring: een DPIA is verplicht.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1030"/>
        <source>The day the DPIA was completed.</source>
        <translation>De dag waarop de DPIA is afgerond.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1042"/>
        <source>The DPIA&apos;s document number or title.</source>
        <translation>Het documentnummer of de titel van de DPIA.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1061"/>
        <source>Callers are told calls may be &amp;recorded</source>
        <translation>Bellers horen dat het gesprek kan worden &amp;opgenomen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1062"/>
        <source>Before the call starts, with the reason why.</source>
        <translation>Voordat het gesprek begint, met de reden waarom.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1072"/>
        <source>Since:</source>
        <translation>Sinds:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1073"/>
        <source>The day callers first heard it.</source>
        <translation>De dag waarop bellers de melding voor het eerst hoorden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1100"/>
        <source>Kept &amp;there for:</source>
        <translation>Daar &amp;bewaard:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1101"/>
        <source>The telephone system keeps every recorded call until it is removed there; the staff regulation says how long.</source>
        <translation>De telefooncentrale bewaart elk opgenomen gesprek tot het daar wordt verwijderd; het personeelsreglement noemt hoelang.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1117"/>
        <source>Removed by:</source>
        <translation>Verwijderd door:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1118"/>
        <source>Who removes them there, as the staff regulation names them.</source>
        <translation>Wie ze daar verwijdert, zoals het personeelsreglement die noemt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1121"/>
        <source>e.g. the IT department</source>
        <translation>bijv. de afdeling ICT</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1137"/>
        <source>&amp;Security:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1138"/>
        <source>How recordings are secured; add what the organisation does around the app.</source>
        <translation>Hoe opnames beveiligd zijn; vul aan wat de organisatie rond de app doet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1160"/>
        <source>Works council</source>
        <translation>Ondernemingsraad</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1161"/>
        <source>The works council&apos;s consent (art. 27, paragraph 1, under l and k, Works Councils Act), or why it does not apply. Calls from before the consent date are never imported.</source>
        <translation>De instemming van de OR (artikel 27, lid 1, onder l en k, WOR), of waarom die niet nodig is. Gesprekken van vóór de datum van instemming worden nooit ingelezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1173"/>
        <source>Impact assessment</source>
        <translation>Effectbeoordeling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1174"/>
        <source>The data protection impact assessment (DPIA) of listening back to calls.</source>
        <translation>De gegevensbeschermingseffectbeoordeling (DPIA) van het terugluisteren van gesprekken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1184"/>
        <source>Announcement to callers</source>
        <translation>Melding aan bellers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1185"/>
        <source>Callers hear at the start of the call that it may be recorded, and why. Calls from before this date are never imported.</source>
        <translation>Bellers horen aan het begin van het gesprek dat het kan worden opgenomen, en waarom. Gesprekken van vóór deze datum worden nooit ingelezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1196"/>
        <source>The telephone system&apos;s own recordings</source>
        <translation>Opnames in de telefooncentrale zelf</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1197"/>
        <source>The telephone system keeps its own copy of every recorded call until it is removed there.</source>
        <translation>De telefooncentrale bewaart een eigen kopie van elk opgenomen gesprek tot die daar wordt verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1213"/>
        <source>&amp;Use of results:</source>
        <translation>&amp;Gebruik van uitkomsten:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1214"/>
        <source>What listening back may lead to; the staff regulation says so.</source>
        <translation>Waartoe terugluisteren mag leiden; het personeelsreglement zegt het.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1237"/>
        <source>In &amp;force from:</source>
        <translation>Geldt &amp;vanaf:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1238"/>
        <source>The day the staff regulation applies from.</source>
        <translation>De dag vanaf wanneer het personeelsreglement geldt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1247"/>
        <source>&amp;Adopted by:</source>
        <translation>&amp;Vastgesteld door:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1248"/>
        <source>Who adopted the regulation, e.g. the board of directors.</source>
        <translation>Wie de regeling heeft vastgesteld, bijv. de directie.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1251"/>
        <source>e.g. the board of directors</source>
        <translation>bijv. de directie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1264"/>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluatie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1265"/>
        <source>When and with whom the regulation is evaluated, e.g. every year in March with the works council.</source>
        <translation>Wanneer en met wie de regeling wordt geëvalueerd, bijv. elk jaar in maart met de ondernemingsraad.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1292"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Ontvangers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1293"/>
        <source>Who outside the organisation receives recordings or call data, if anyone.</source>
        <translation>Wie buiten de organisatie opnames of gespreksgegevens ontvangt, als dat al gebeurt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1315"/>
        <source>&amp;Transfers:</source>
        <translation>&amp;Doorgifte:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1316"/>
        <source>Whether data goes to countries outside the European Economic Area, and on which terms.</source>
        <translation>Of gegevens naar landen buiten de Europese Economische Ruimte gaan, en onder welke voorwaarden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1343"/>
        <source>A caller may learn the &amp;first name of the agent they spoke to</source>
        <translation>Een beller mag de &amp;voornaam horen van de medewerker die hij of zij sprak</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1346"/>
        <source>In the copy a caller receives when they ask for their recordings; otherwise it says nothing about the agent.</source>
        <translation>In de kopie die een beller krijgt als hij of zij om de eigen opnames vraagt; anders staat er niets over de medewerker in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1362"/>
        <source>&amp;Expectations:</source>
        <translation>&amp;Verwachtingen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1363"/>
        <source>One expectation per line, in the same order in each language.</source>
        <translation>Eén verwachting per regel, in elke taal in dezelfde volgorde.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1396"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1397"/>
        <source>The organisation responsible for the recordings (the controller).</source>
        <translation>De organisatie die verantwoordelijk is voor de opnames (de verwerkingsverantwoordelijke).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1405"/>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1406"/>
        <source>A recording kept for one purpose is never used for another. Each purpose needs a legal basis, a reason why recording is necessary and a retention period.</source>
        <translation>Een opname die voor het ene doel wordt bewaard, wordt nooit voor een ander doel gebruikt. Elk doel heeft een grondslag, een reden waarom opnemen nodig is en een bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1425"/>
        <source>Sampling</source>
        <translation>Steekproef</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1426"/>
        <source>Only a sample of business calls may be kept and heard, never every call of an agent.</source>
        <translation>Alleen een steekproef van zakelijke gesprekken mag worden bewaard en beluisterd, nooit elk gesprek van een medewerker.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1436"/>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1437"/>
        <source>Only business calls can be kept: calls through the queues, numbers and campaigns named here. Everything else is left out. Separate several values with commas.</source>
        <translation>Alleen zakelijke gesprekken kunnen worden bewaard: gesprekken via de wachtrijen, nummers en campagnes die hier staan. Al het andere blijft buiten. Scheid meerdere waarden met komma’s.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1448"/>
        <source>Notification</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1449"/>
        <source>Agents are told afterwards that a call of theirs was recorded or listened to.</source>
        <translation>Medewerkers horen achteraf dat een gesprek van hen is opgenomen of teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1458"/>
        <source>Attestations</source>
        <translation>Verklaringen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1459"/>
        <source>What the organisation has arranged outside the app.</source>
        <translation>Wat de organisatie buiten de app heeft geregeld.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1465"/>
        <source>Staff regulation</source>
        <translation>Personeelsreglement</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1466"/>
        <source>What the staff regulation says besides the purposes: what the results are used for, from when it applies, who adopted it and when it is evaluated.</source>
        <translation>Wat het personeelsreglement naast de doelen zegt: waarvoor de uitkomsten worden gebruikt, vanaf wanneer het geldt, wie het heeft vastgesteld en wanneer het wordt geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1476"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1477"/>
        <source>What the register of processing (art. 30 GDPR) says about who receives the data and where it goes.</source>
        <translation>Wat het register van verwerkingsactiviteiten (art. 30 AVG) zegt over wie de gegevens ontvangt en waar ze naartoe gaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1487"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1488"/>
        <source>What the answer to a request for access may contain.</source>
        <translation>Wat het antwoord op een inzageverzoek mag bevatten.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1497"/>
        <source>Agent protocol</source>
        <translation>Gedragsprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1498"/>
        <source>Every agent receives these expectations in the agent protocol before any call of theirs can be sampled.</source>
        <translation>Elke medewerker krijgt deze verwachtingen in het gedragsprotocol voordat een gesprek van hem of haar in de steekproef kan komen.</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="378"/>
        <source>Write &quot;all&quot;, or a table such as {{ queues = [&quot;400&quot;], campaigns = [&quot;donor&quot;] }}.</source>
        <translation>Schrijf &quot;all&quot;, of een tabel zoals {{ queues = [&quot;400&quot;], campaigns = [&quot;donor&quot;] }}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="717"/>
        <source>The rate is a share of calls: more than 0 and at most 1 (e.g. 0.05).</source>
        <translation>Dit is het deel van de gesprekken dat in de steekproef komt: meer dan 0 en hoogstens 1 (bijv. 0.05).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="302"/>
        <source>Unknown key “{name}”; did you mean “{close}”? Valid keys here: {valid}.</source>
        <translation>Onbekende sleutel “{name}”; bedoel je “{close}”? Geldige sleutels hier: {valid}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="313"/>
        <source>Unknown key “{name}”. Valid keys here: {valid}.</source>
        <translation>Onbekende sleutel “{name}”. Geldige sleutels hier: {valid}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="329"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="331"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="334"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="337"/>
        <source>a table</source>
        <translation>een tabel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="339"/>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="343"/>
        <source>This must be text in quotes, not {what}.</source>
        <translation>Dit moet tekst tussen aanhalingstekens zijn, niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="344"/>
        <source>This must be a list of texts such as [&quot;a&quot;, &quot;b&quot;], not {what}.</source>
        <translation>Dit moet een lijst van teksten zijn zoals [&quot;a&quot;, &quot;b&quot;], niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="347"/>
        <source>This must be a whole number, not {what}.</source>
        <translation>Dit moet een geheel getal zijn, niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="348"/>
        <source>This must be true or false, not {what}.</source>
        <translation>Dit moet true of false zijn, niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="422"/>
        <source>This must be text in quotes, or one text per language such as {{ nl = &quot;…&quot;, en = &quot;…&quot; }}, not {what}.</source>
        <translation>Dit moet tekst tussen aanhalingstekens zijn, of één tekst per taal zoals {{ nl = &quot;…&quot;, en = &quot;…&quot; }}, niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="435"/>
        <source>Unknown language “{language}”; write the text per language as nl = &quot;…&quot; and en = &quot;…&quot;.</source>
        <translation>Onbekende taal “{language}”; schrijf de tekst per taal als nl = &quot;…&quot; en en = &quot;…&quot;.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="512"/>
        <source>This must be a list of texts such as [&quot;a&quot;, &quot;b&quot;], or one list per language, not {what}.</source>
        <translation>Dit moet een lijst van teksten zijn zoals [&quot;a&quot;, &quot;b&quot;], of één lijst per taal, niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="525"/>
        <source>Unknown language “{language}”; write one list per language as nl = [...] and en = [...].</source>
        <translation>Onbekende taal “{language}”; schrijf één lijst per taal als nl = [...] en en = [...].</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="576"/>
        <source>Entry {n} must be text in quotes, not {what}.</source>
        <translation>Onderdeel {n} moet tekst tussen aanhalingstekens zijn, niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="587"/>
        <source>Entry {n} is empty; remove it or fill it in.</source>
        <translation>Onderdeel {n} is leeg; verwijder het of vul het in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="661"/>
        <source>This must be a whole number from {minimum} to {maximum}, not {value}.</source>
        <translation>Dit moet een geheel getal van {minimum} tot en met {maximum} zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="725"/>
        <source>The rate must be a number such as 0.05.</source>
        <translation>Het deel van de gesprekken in de steekproef moet een getal zijn, zoals 0.05.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="781"/>
        <source>Unknown value “{value}”; use one of: {valid}.</source>
        <translation>Onbekende waarde “{value}”; gebruik een van: {valid}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="850"/>
        <source>This must be a date such as 2026-09-01, not {what}.</source>
        <translation>Dit moet een datum zijn zoals 2026-09-01, niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="896"/>
        <source>The role {role} can never listen; only team_lead and quality_coach can.</source>
        <translation>De rol {role} kan nooit terugluisteren; alleen team_lead en quality_coach kunnen dat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="941"/>
        <source>This must be text such as &quot;100-399, 500&quot;, not {what}.</source>
        <translation>Dit moet tekst zijn zoals &quot;100-399, 500&quot;, niet {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="979"/>
        <source>Write {name} as a table: [{name}] followed by its keys.</source>
        <translation>Schrijf {name} als tabel: [{name}] gevolgd door de sleutels.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="1022"/>
        <source>Write each entry as its own [[{name}]] table (with double brackets).</source>
        <translation>Schrijf elk onderdeel als eigen [[{name}]]-tabel (met dubbele haken).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="1036"/>
        <source>Each entry must be a table of keys and values.</source>
        <translation>Elk onderdeel moet een tabel van sleutels en waarden zijn.</translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/policy_labels.py" line="16"/>
        <source>Staff regulation: call recording</source>
        <translation>Personeelsreglement: gespreksopnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/policy_labels.py" line="19"/>
        <source>Agent protocol</source>
        <translation>Gedragsprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/policy_labels.py" line="20"/>
        <source>Register of processing (art. 30)</source>
        <translation>Verwerkingsregister (art. 30)</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="76"/>
        <source>Recording policy</source>
        <translation>Opnamebeleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="81"/>
        <source>Only administrators can change the policy; you can read every part of it.</source>
        <translation>Alleen beheerders kunnen het beleid wijzigen; jij kunt elk onderdeel lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="83"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="95"/>
        <source>&amp;Discard changes</source>
        <translation>Wijzigingen &amp;verwerpen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="99"/>
        <source>&amp;Import TOML…</source>
        <translation>TOML &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="101"/>
        <source>E&amp;xport TOML…</source>
        <translation>TOML e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="115"/>
        <source>&amp;View version…</source>
        <translation>Versie &amp;bekijken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="120"/>
        <source>Every save makes a new version; old versions stay readable.</source>
        <translation>Elke keer opslaan maakt een nieuwe versie; oude versies blijven leesbaar.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="128"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="191"/>
        <source>Version {n}, saved {when} by {who}</source>
        <translation>Versie {n}, opgeslagen {when} door {who}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="198"/>
        <source>No version saved yet</source>
        <translation>Nog geen versie opgeslagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="243"/>
        <source>Save or discard your changes first.</source>
        <translation>Sla je wijzigingen eerst op of verwerp ze.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="246"/>
        <source>Correct the fields marked in red before saving.</source>
        <translation>Verbeter eerst de rood gemarkeerde velden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="248"/>
        <source>Unsaved changes.</source>
        <translation>Niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="277"/>
        <source>Saved as version {n}.</source>
        <translation>Opgeslagen als versie {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="331"/>
        <source>Shorter retention</source>
        <translation>Kortere bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="333"/>
        <source>This version shortens the retention of {n} stored recordings. {due} of them are then past their retention and are deleted at the next purge, which runs after the next unlock. This cannot be undone.</source>
        <translation>Deze versie verkort de bewaartermijn van {n} opgeslagen opnames. Van {due} daarvan is de bewaartermijn dan verstreken; ze worden verwijderd bij het volgende opschonen, na de volgende keer ontgrendelen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="340"/>
        <source>&amp;Shorten retention</source>
        <translation>Bewaartermijn &amp;verkorten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="369"/>
        <source>Import policy</source>
        <translation>Beleid importeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="382"/>
        <source>Imported as version {n}.</source>
        <translation>Geïmporteerd als versie {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="392"/>
        <source>The policy file {file} is empty, so it was not imported; export the current policy with “Export TOML”, edit that file and import it.</source>
        <translation>Het beleidsbestand {file} is leeg en daarom niet geïmporteerd; exporteer het huidige beleid met “TOML exporteren”, pas dat bestand aan en importeer het.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="398"/>
        <source>The policy file {file} was not imported because it has a problem; fix it and import the file again:</source>
        <translation>Het beleidsbestand {file} is niet geïmporteerd omdat er een probleem in staat; los het op en importeer het bestand opnieuw:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="403"/>
        <source>The policy file {file} was not imported because it has {n} problems; fix them and import the file again:</source>
        <translation>Het beleidsbestand {file} is niet geïmporteerd omdat er {n} problemen in staan; los ze op en importeer het bestand opnieuw:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="420"/>
        <source>Export policy</source>
        <translation>Beleid exporteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="441"/>
        <source>Version {n} exported to {file}.</source>
        <translation>Versie {n} geëxporteerd naar {file}.</translation>
    </message>
</context>
<context>
    <name>PolicyWidgets</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="78"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="79"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="356"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="474"/>
        <source>Write ranges as numbers, like 100-399, 500; “{text}” cannot be read.</source>
        <translation>Schrijf reeksen als getallen, zoals 100-399, 500; “{text}” is niet te lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="487"/>
        <source>All business &amp;calls</source>
        <translation>Alle zakelijke &amp;gesprekken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="490"/>
        <source>Only these queues or campaigns:</source>
        <translation>Alleen deze wachtrijen of campagnes:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="497"/>
        <source>Queues, e.g. 400, 401</source>
        <translation>Wachtrijen, bijv. 400, 401</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="501"/>
        <source>Campaigns, e.g. donor-2026</source>
        <translation>Campagnes, bijv. donor-2026</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="127"/>
        <source>What the export holds</source>
        <translation>Wat er in de export staat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="130"/>
        <source>Counted before anything is stored: nothing is written to the vault until you click Import.</source>
        <translation>Geteld voordat er iets wordt opgeslagen: er komt niets in de kluis tot je op Inlezen klikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="135"/>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="138"/>
        <source>Reading the export… A large export can take a while.</source>
        <translation>De export wordt gelezen… Bij een grote export kan dat even duren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="154"/>
        <source>Calls found:</source>
        <translation>Gesprekken gevonden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="155"/>
        <source>Business calls in scope:</source>
        <translation>Zakelijke gesprekken binnen het beleid:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="156"/>
        <source>Left out, never opened or stored:</source>
        <translation>Weggelaten, nooit geopend of opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="159"/>
        <source>Drawn by an earlier import:</source>
        <translation>Al geloot bij een eerdere keer inlezen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="160"/>
        <source>&lt;b&gt;To be sampled and stored:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Te kiezen en op te slaan:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="161"/>
        <source>Size of those recordings:</source>
        <translation>Grootte van die opnames:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="227"/>
        <source>No call in this export is a business call that may be sampled, so there is nothing to import.</source>
        <translation>Geen enkel gesprek in deze export is een zakelijk gesprek dat mag worden gekozen, dus er valt niets in te lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="232"/>
        <source>Every business call in this export was drawn by an earlier import, so importing it again adds nothing.</source>
        <translation>Alle zakelijke gesprekken in deze export zijn al geloot bij een eerdere keer inlezen; opnieuw inlezen voegt niets toe.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="238"/>
        <source>Import draws the sample afresh with a new random seed, so the number can differ by a few calls per agent and week, always within the policy&apos;s limits.</source>
        <translation>Bij het inlezen wordt de steekproef opnieuw geloot met een nieuwe willekeurige startwaarde. Het aantal kan dus een paar gesprekken per medewerker per week verschillen, altijd binnen de grenzen van het beleid.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="242"/>
        <source>The telephone system already drew the sample: every call in scope is stored.</source>
        <translation>De telefooncentrale heeft de steekproef al getrokken: elk gesprek binnen het beleid wordt opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PurposesSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/purposes_section.py" line="55"/>
        <source>&amp;Add purpose</source>
        <translation>Doel toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/purposes_section.py" line="56"/>
        <source>Re&amp;move</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/purposes_section.py" line="86"/>
        <source>Add a purpose to describe it here.</source>
        <translation>Voeg een doel toe om het hier te beschrijven.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/purposes_section.py" line="133"/>
        <source>(new purpose)</source>
        <translation>(nieuw doel)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/words/qt_words.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/qt_words.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="44"/>
        <source>Check a receipt</source>
        <translation>Controlecode nagaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="49"/>
        <source>Every notice to an agent carries a receipt code: the start of the hash of the audit-log entry it reports. If the code still matches an intact entry, the log was not rewritten behind the agent&apos;s back.</source>
        <translation>Elke kennisgeving aan een medewerker heeft een controlecode: het begin van de hash van de regel in het auditlogboek waarover ze gaat. Past de code nog bij een intacte regel, dan is het logboek niet achter de rug van de medewerker herschreven.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="57"/>
        <source>&amp;Check</source>
        <translation>&amp;Nagaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="60"/>
        <source>&amp;Receipt code:</source>
        <translation>&amp;Controlecode:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="101"/>
        <source>Receipt {code} does not match any entry of the audit log: either the code was mistyped, or the entry it was made from was changed afterwards.</source>
        <translation>Controlecode {code} past bij geen enkele regel van het auditlogboek: de code is verkeerd overgenomen, of de regel waarvan ze is gemaakt is achteraf gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="104"/>
        <source>What it records: {what}</source>
        <translation>Wat de regel vastlegt: {what}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="107"/>
        <source>Receipt {code} does not check: log entry {seq} no longer fits the chain, which is broken at entry {bad}: {problem}. Report this to the privacy officer.</source>
        <translation>Controlecode {code} klopt niet: logregel {seq} past niet meer in de keten, die gebroken is bij regel {bad}: {problem}. Meld dit aan de privacyfunctionaris.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="116"/>
        <source>Receipt {code} checks: log entry {seq} is unchanged.</source>
        <translation>Controlecode {code} klopt: logregel {seq} is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="120"/>
        <source>The whole log up to its newest entry verifies.</source>
        <translation>Het hele logboek tot en met de nieuwste regel is in orde.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="122"/>
        <source>The log is broken later, at entry {bad}: {problem}.</source>
        <translation>Het logboek is verderop gebroken, bij regel {bad}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="138"/>
        <source>recording {ids}</source>
        <translation>opname {ids}</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="75"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="75"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="75"/>
        <source>Extensions</source>
        <translation>Toestellen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="75"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="85"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
</context>
<context>
    <name>RecordingDetails</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="41"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="45"/>
        <source>Select a recording to see its details.</source>
        <translation>Kies een opname om de details te zien.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="52"/>
        <source>&amp;Keep as evidence…</source>
        <translation>&amp;Bewaren als bewijs…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="54"/>
        <source>Keep this recording past its retention for a concrete case</source>
        <translation>Deze opname langer dan de bewaartermijn bewaren voor een concreet geschil</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="56"/>
        <source>Release &amp;hold…</source>
        <translation>Bewaren als bewijs &amp;beëindigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="101"/>
        <source>Agent:</source>
        <translation>Medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="102"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="103"/>
        <source>Call started:</source>
        <translation>Begin gesprek:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="104"/>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="105"/>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="108"/>
        <source>Queue:</source>
        <translation>Wachtrij:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="110"/>
        <source>Campaign:</source>
        <translation>Campagne:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="112"/>
        <source>Import batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="113"/>
        <source>Stored:</source>
        <translation>Opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="116"/>
        <source>Deleted:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="119"/>
        <source>Was kept for:</source>
        <translation>Bewaard voor:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="125"/>
        <source>{purpose}:
until {date} ({left})</source>
        <translation>{purpose}:
tot {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="132"/>
        <source>Kept for:</source>
        <translation>Bewaard voor:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="134"/>
        <source>On hold:</source>
        <translation>Als bewijs:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="136"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="138"/>
        <source>{n} channels</source>
        <translation>{n} kanalen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="142"/>
        <source>Audio:</source>
        <translation>Geluid:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="143"/>
        <source>FLAC, {rate} Hz, {channels}</source>
        <translation>FLAC, {rate} Hz, {channels}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="148"/>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="156"/>
        <source>on {date}
its retention had ended</source>
        <translation>op {date}
de bewaartermijn was verstreken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="158"/>
        <source>on {date}
erased on request</source>
        <translation>op {date}
verwijderd op verzoek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="159"/>
        <source>on {date}
as a private call</source>
        <translation>op {date}
als privégesprek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="162"/>
        <source>case {case}
for {purpose}</source>
        <translation>dossier {case}
voor {purpose}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="166"/>
        <source>released on {date}</source>
        <translation>beëindigd op {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="168"/>
        <source>until {date}</source>
        <translation>tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="170"/>
        <source>until it is released</source>
        <translation>tot het bewaren wordt beëindigd</translation>
    </message>
</context>
<context>
    <name>RecordingLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="24"/>
        <source>FreePBX recordings folder (monitor)</source>
        <translation>FreePBX-opnamemap (monitor)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="25"/>
        <source>Asterisk Master.csv and recordings folder</source>
        <translation>Asterisk Master.csv en opnamemap</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="28"/>
        <source>3CX recordings folder</source>
        <translation>3CX-opnamemap</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="29"/>
        <source>CSV manifest (any other system)</source>
        <translation>CSV-manifest (elk ander systeem)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="38"/>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="39"/>
        <source>Internal (colleague to colleague)</source>
        <translation>Intern (collega met collega)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="40"/>
        <source>Protected number (e.g. company doctor, counsellor)</source>
        <translation>Beschermd nummer (bijv. bedrijfsarts, vertrouwenspersoon)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="43"/>
        <source>Not a business queue, number or campaign</source>
        <translation>Geen zakelijke wachtrij, nummer of campagne</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="46"/>
        <source>Extension of no known agent</source>
        <translation>Toestel van geen bekende medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="47"/>
        <source>Agent has left (marked as left)</source>
        <translation>Medewerker is vertrokken (als vertrokken gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="48"/>
        <source>Agent objected to being sampled (objection not lifted)</source>
        <translation>Medewerker heeft bezwaar gemaakt tegen de steekproef (bezwaar niet ingetrokken)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="51"/>
        <source>Agent has not received the current protocol</source>
        <translation>Medewerker heeft het huidige protocol niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="54"/>
        <source>Made before the works council consented</source>
        <translation>Gevoerd vóór de instemming van de ondernemingsraad</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="57"/>
        <source>Made before callers heard the recording announcement</source>
        <translation>Gevoerd voordat bellers de aankondiging van het opnemen hoorden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="60"/>
        <source>Made before the agent received the protocol</source>
        <translation>Gevoerd voordat de medewerker het gedragsprotocol ontving</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="63"/>
        <source>No recording file</source>
        <translation>Geen opnamebestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="64"/>
        <source>No purpose of the policy covers it</source>
        <translation>Valt onder geen doel van het beleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="65"/>
        <source>Older than the retention period (would be deleted at once)</source>
        <translation>Ouder dan de bewaartermijn (zou meteen worden verwijderd)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="76"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="77"/>
        <source>erased on request</source>
        <translation>verwijderd op verzoek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="78"/>
        <source>private call, destroyed</source>
        <translation>privégesprek, vernietigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="87"/>
        <source>Inbound</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="88"/>
        <source>Outbound</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="89"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="115"/>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="126"/>
        <source>less than a day</source>
        <translation>minder dan een dag</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="128"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="129"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="135"/>
        <source>estimating time left…</source>
        <translation>resterende tijd wordt geschat…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="137"/>
        <source>less than a minute left</source>
        <translation>nog minder dan een minuut</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="140"/>
        <source>about 1 minute left</source>
        <translation>nog ongeveer 1 minuut</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="141"/>
        <source>about {n} minutes left</source>
        <translation>nog ongeveer {n} minuten</translation>
    </message>
</context>
<context>
    <name>RecordingsListen</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_listen.py" line="22"/>
        <source>&amp;Listen…</source>
        <translation>&amp;Terugluisteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_listen.py" line="28"/>
        <source>Your role cannot listen to recordings; only team leads and quality coaches can.</source>
        <translation>Jouw rol kan geen opnamen terugluisteren; alleen teamleiders en kwaliteitscoaches kunnen dat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_listen.py" line="35"/>
        <source>Choose a purpose and give a reason, then play the call</source>
        <translation>Kies een doel en geef een reden, en speel dan het gesprek af</translation>
    </message>
</context>
<context>
    <name>RecordingsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="356"/>
        <source>In the time zone of the telephone system (from the policy)</source>
        <translation>In de tijdzone van de telefooncentrale (uit het beleid)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="374"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="375"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="376"/>
        <source>Call started</source>
        <translation>Begin gesprek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="377"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="378"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="379"/>
        <source>Kept for</source>
        <translation>Bewaard voor</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="380"/>
        <source>Retention left</source>
        <translation>Nog bewaard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="370"/>
        <source>on hold</source>
        <translation>bewaard als bewijs</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="407"/>
        <source>{purpose}: kept until {date}</source>
        <translation>{purpose}: bewaard tot {date}</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="152"/>
        <source>Recordings</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="154"/>
        <source>&amp;Import calls…</source>
        <translation>Gesprekken &amp;inlezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="168"/>
        <source>Kept recordings</source>
        <translation>Bewaarde opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="169"/>
        <source>On hold as evidence</source>
        <translation>Bewaard als bewijs</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="170"/>
        <source>Deleted (retention ended)</source>
        <translation>Verwijderd (bewaartermijn verstreken)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="171"/>
        <source>All recordings</source>
        <translation>Alle opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="176"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="185"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="186"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="187"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="188"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="189"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="195"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="195"/>
        <source>T&amp;o:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="215"/>
        <source>Reading recordings</source>
        <translation>Opnames worden gelezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="451"/>
        <source>All agents</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="452"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="455"/>
        <source>All purposes</source>
        <translation>Alle doelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="460"/>
        <source>Both directions</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="522"/>
        <source>1 recording</source>
        <translation>1 opname</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="522"/>
        <source>{n} recordings</source>
        <translation>{n} opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="527"/>
        <source>No recording matches these filters.</source>
        <translation>Geen opname voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="530"/>
        <source>No recordings yet. Recordings appear here once calls have been imported.</source>
        <translation>Nog geen opnames. Opnames verschijnen hier zodra gesprekken zijn ingelezen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="49"/>
        <source>Use recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="53"/>
        <source>Type the recovery key from the printed page. Afterwards you choose a new passphrase for an administrator.</source>
        <translation>Typ de herstelsleutel over van het afgedrukte vel. Daarna kies je een nieuwe wachtwoordzin voor een beheerder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="65"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="69"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="82"/>
        <source>Type the recovery key.</source>
        <translation>Typ de herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="279"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="282"/>
        <source>If every administrator forgets their passphrase, this key is the only way back into the vault. It is shown only now.</source>
        <translation>Als alle beheerders hun wachtwoordzin vergeten, is deze sleutel de enige weg terug in de kluis. Je ziet hem alleen nu.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="289"/>
        <source>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</source>
        <translation>Druk hem af of schrijf hem op en berg hem achter slot en grendel op, niet bij deze computer. Wie deze sleutel en een kopie van de kluis heeft, kan alles lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="294"/>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>Ik heb de herstelsleutel op een veilige plek opgeborgen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_key.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_key.py" line="48"/>
        <source>For a password manager: the clipboard is cleared after a minute.</source>
        <translation>Voor een wachtwoordbeheerder: het klembord wordt na een minuut leeggemaakt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_key.py" line="51"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_key.py" line="84"/>
        <source>{app}: recovery key

This key opens the vault when every passphrase is lost. Keep this page locked away, apart from the computer.</source>
        <translation>{app}: herstelsleutel

Deze sleutel opent de kluis als alle wachtwoordzinnen kwijt zijn. Berg dit vel achter slot en grendel op, niet bij de computer.</translation>
    </message>
</context>
<context>
    <name>ReleaseHoldDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="119"/>
        <source>Release the evidence hold</source>
        <translation>Bewaren als bewijs beëindigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="122"/>
        <source>Case {case}, recording {n}.</source>
        <translation>Dossier {case}, opname {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="127"/>
        <source>For example: the dispute was settled</source>
        <translation>Bijvoorbeeld: het geschil is opgelost</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="130"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="134"/>
        <source>The recording then follows its normal retention again. If that has already ended, it is deleted at the next purge.</source>
        <translation>Daarna geldt weer de gewone bewaartermijn. Is die al verstreken, dan wordt de opname bij het volgende opschonen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="139"/>
        <source>&amp;Release</source>
        <translation>&amp;Beëindigen</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="20"/>
        <source>Business calls in scope (imports started in the period)</source>
        <translation>Zakelijke gesprekken binnen de regels (imports gestart in de periode)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="23"/>
        <source>Of those, drawn in the sample</source>
        <translation>Daarvan in de steekproef getrokken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="24"/>
        <source>Recordings stored</source>
        <translation>Opnames opgeslagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="25"/>
        <source>Times listened back</source>
        <translation>Keren teruggeluisterd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="26"/>
        <source>Notices to agents due</source>
        <translation>Kennisgevingen aan medewerkers met een uiterste datum in de periode</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="27"/>
        <source>Of those, sent on time</source>
        <translation>Daarvan op tijd verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="28"/>
        <source>Of those, sent late</source>
        <translation>Daarvan te laat verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="29"/>
        <source>Of those, not sent yet</source>
        <translation>Daarvan nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="30"/>
        <source>Private calls found and destroyed</source>
        <translation>Privégesprekken gevonden en vernietigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="31"/>
        <source>Recordings deleted at the end of their retention period</source>
        <translation>Opnames verwijderd na afloop van de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="34"/>
        <source>Recordings erased on request</source>
        <translation>Opnames gewist op verzoek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="35"/>
        <source>Recordings kept as evidence (holds placed)</source>
        <translation>Opnames bewaard als bewijs</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="36"/>
        <source>Holds released</source>
        <translation>Bewaren als bewijs beëindigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="37"/>
        <source>Calls scored for coaching (shared)</source>
        <translation>Gesprekken beoordeeld voor coaching (gedeeld)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="38"/>
        <source>Feedback sheets sent to agents</source>
        <translation>Feedbackformulieren naar medewerkers verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="39"/>
        <source>Requests received</source>
        <translation>Verzoeken ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="40"/>
        <source>Of those, answered within the deadline</source>
        <translation>Daarvan binnen de termijn beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="43"/>
        <source>Of those, answered after the deadline</source>
        <translation>Daarvan na de termijn beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="46"/>
        <source>Of those, still open</source>
        <translation>Daarvan nog open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="54"/>
        <source>team lead</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="55"/>
        <source>quality coach</source>
        <translation>kwaliteitscoach</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="56"/>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="57"/>
        <source>auditor</source>
        <translation>controleur</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="82"/>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="116"/>
        <source>Transparency report for the works council</source>
        <translation>Verantwoordingsrapportage voor de ondernemingsraad</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="119"/>
        <source>Counts per team for a period: calls sampled and stored, listens per purpose and role, notices, deletions, holds, requests and failed unlocks. No names of agents, callers or users. Every report saved is logged.</source>
        <translation>Aantallen per team over een periode: gesprekken in de steekproef en opgeslagen, keren teruggeluisterd per doel en rol, kennisgevingen, verwijderingen, bewaren als bewijs, verzoeken en mislukte pogingen om de kluis te openen. Zonder namen van medewerkers, bellers of gebruikers. Elke opgeslagen rapportage komt in het logboek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="130"/>
        <source>&amp;Make report</source>
        <translation>Rapportage &amp;maken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="133"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="133"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="153"/>
        <source>Per team</source>
        <translation>Per team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="154"/>
        <source>Listens per purpose and role</source>
        <translation>Terugluisteren per doel en rol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="164"/>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="166"/>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="173"/>
        <source>PDF &amp;language:</source>
        <translation>&amp;Taal van de PDF:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="191"/>
        <source>Other exports</source>
        <translation>Andere exports</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="192"/>
        <source>Audit log as CSV…</source>
        <translation>Logboek als CSV…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="194"/>
        <source>Audit log as PDF…</source>
        <translation>Logboek als PDF…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="196"/>
        <source>Register entry…</source>
        <translation>Registervermelding…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="198"/>
        <source>The entry for the register of processing activities (art. 30 AVG)</source>
        <translation>De vermelding voor het register van verwerkingsactiviteiten (artikel 30 AVG)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="201"/>
        <source>Policy as TOML…</source>
        <translation>Beleid als TOML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="203"/>
        <source>Documents…</source>
        <translation>Documenten…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="205"/>
        <source>The staff regulation and the agent protocol, as PDF or HTML</source>
        <translation>Het personeelsreglement en het gedragsprotocol voor gesprekken, als PDF of HTML</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="223"/>
        <source>Each opens the page that makes it: the audit log is verified and saved on the Listen log page, the register entry and the documents on the Documents page, the policy on the Policy page.</source>
        <translation>Elke knop opent de pagina waar die export gemaakt wordt: Luisterlogboek voor het gecontroleerde logboek, Documenten voor de registervermelding en de documenten, Beleid voor het beleid.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="274"/>
        <source>Choose the period and make the report.</source>
        <translation>Kies de periode en maak de rapportage.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="278"/>
        <source>The audit log verified: {n} entries, head hash {hash}.</source>
        <translation>Het logboek is intact: {n} regels, laatste hash {hash}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="284"/>
        <source>The audit log did NOT verify: it is broken at entry {seq}. Report this to your privacy officer.</source>
        <translation>Het logboek is NIET intact: het is gebroken bij regel {seq}. Meld dit aan je functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="290"/>
        <source>{start} to {end}, policy version {version}. Failed unlock attempts: {failed}.</source>
        <translation>{start} tot en met {end}, versie {version} van het beleid. Mislukte pogingen om de kluis te openen: {failed}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="315"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="315"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="317"/>
        <source>Save the transparency report</source>
        <translation>De verantwoordingsrapportage opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="345"/>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="18"/>
        <source>Access (art. 15)</source>
        <translation>Inzage (art. 15)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="19"/>
        <source>Erasure (art. 17)</source>
        <translation>Verwijdering (art. 17)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="20"/>
        <source>Objection (art. 21)</source>
        <translation>Bezwaar (art. 21)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="21"/>
        <source>Restriction (art. 18)</source>
        <translation>Beperking (art. 18)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="29"/>
        <source>{name} (agent)</source>
        <translation>{name} (medewerker)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="30"/>
        <source>Caller {number}</source>
        <translation>Beller {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="39"/>
        <source>Overdue by 1 day</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="41"/>
        <source>Overdue by {n} days</source>
        <translation>{n} dagen te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="45"/>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="68"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="47"/>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="67"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="50"/>
        <source>due today</source>
        <translation>vandaag de uiterste datum</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="52"/>
        <source>1 day left</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="54"/>
        <source>{n} days left</source>
        <translation>nog {n} dagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="58"/>
        <source>Refused on {date}</source>
        <translation>Geweigerd op {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="60"/>
        <source>Answered late, on {date}</source>
        <translation>Te laat beantwoord, op {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="61"/>
        <source>Answered on {date}</source>
        <translation>Beantwoord op {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="69"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="70"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
</context>
<context>
    <name>RequestsCard</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="18"/>
        <source>Requests from agents and callers</source>
        <translation>Verzoeken van medewerkers en bellers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="23"/>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="51"/>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="54"/>
        <source>Open Requests</source>
        <translation>Verzoeken openen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="40"/>
        <source>1 request is overdue.</source>
        <translation>1 verzoek is te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="42"/>
        <source>{n} requests are overdue.</source>
        <translation>{n} verzoeken zijn te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="45"/>
        <source>Show overdue requests</source>
        <translation>Te late verzoeken tonen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="48"/>
        <source>No request is overdue.</source>
        <translation>Geen enkel verzoek is te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="53"/>
        <source>No request waits for an answer.</source>
        <translation>Geen enkel verzoek wacht op antwoord.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="59"/>
        <source>Register a request on the Requests page on the day it arrives.</source>
        <translation>Registreer een verzoek op de pagina Verzoeken op de dag dat het binnenkomt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="67"/>
        <source>1 request is open.</source>
        <translation>1 verzoek staat open.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="69"/>
        <source>{n} requests are open.</source>
        <translation>{n} verzoeken staan open.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="73"/>
        <source>{n} due within {days} days.</source>
        <translation>{n} met een uiterste datum binnen {days} dagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="77"/>
        <source>The earliest deadline is {date}.</source>
        <translation>De eerste uiterste datum is {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="83"/>
        <source>Answer them now: the law gives one month from receipt (art. 12(3) AVG).</source>
        <translation>Beantwoord ze nu: de wet geeft een maand na ontvangst (artikel 12, lid 3, AVG).</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="47"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="48"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="49"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="50"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="51"/>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="52"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="87"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="91"/>
        <source>Requests from agents and callers to see, erase or stop the use of their data. Each must be answered within one month of receipt; overdue requests are red.</source>
        <translation>Verzoeken van medewerkers en bellers om hun gegevens in te zien, te laten wissen of het gebruik ervan te stoppen. Elk verzoek moet binnen een maand na ontvangst beantwoord zijn; te late verzoeken zijn rood.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="97"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="98"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="99"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="100"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="101"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="102"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="107"/>
        <source>&amp;Add request…</source>
        <translation>Verzoek &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="110"/>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="133"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="135"/>
        <source>&amp;Close…</source>
        <translation>&amp;Afsluiten…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="137"/>
        <source>&amp;Export data…</source>
        <translation>Gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="139"/>
        <source>Answer an access request: the person&apos;s data as an encrypted ZIP file</source>
        <translation>Een inzageverzoek beantwoorden: de gegevens van de betrokkene als versleuteld ZIP-bestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="142"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="144"/>
        <source>Answer an erasure request or objection: see what goes, then erase</source>
        <translation>Een verzoek om verwijdering of een bezwaar beantwoorden: eerst zien wat er verdwijnt, dan wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="147"/>
        <source>&amp;Objection…</source>
        <translation>&amp;Bezwaar…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="149"/>
        <source>Keep an agent&apos;s calls out of every import, or lift that again</source>
        <translation>De gesprekken van een medewerker buiten elke import houden, of dat weer opheffen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="159"/>
        <source>You can read the register; only an administrator changes it.</source>
        <translation>Je kunt het register lezen; alleen een beheerder kan het wijzigen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="231"/>
        <source>1 request</source>
        <translation>1 verzoek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="233"/>
        <source>{n} requests</source>
        <translation>{n} verzoeken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="236"/>
        <source>{n} overdue</source>
        <translation>{n} te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="285"/>
        <source>Request {n}:</source>
        <translation>Verzoek {n}:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="286"/>
        <source>{kind} from {who}, received on {date}, registered by {user}.</source>
        <translation>{kind} van {who}, ontvangen op {date}, geregistreerd door {user}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="293"/>
        <source>Identity checked:</source>
        <translation>Identiteit gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="293"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="296"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="300"/>
        <source>Extended:</source>
        <translation>Verlengd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="301"/>
        <source>to {date} by {user}, because: {reason}</source>
        <translation>tot {date} door {user}, omdat: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="309"/>
        <source>Refused:</source>
        <translation>Geweigerd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="309"/>
        <source>Answered:</source>
        <translation>Beantwoord:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="313"/>
        <source>{when} by {user}: {note}</source>
        <translation>{when} door {user}: {note}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="345"/>
        <source>Request {n} registered; it is due on {date}.</source>
        <translation>Verzoek {n} is geregistreerd; de uiterste datum is {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="363"/>
        <source>Request {n} extended; it is now due on {date}.</source>
        <translation>Verzoek {n} is verlengd; de uiterste datum is nu {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="379"/>
        <source>Request {n} closed.</source>
        <translation>Verzoek {n} is afgesloten.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="406"/>
        <source>Export saved as {file}; request {n} is answered.</source>
        <translation>Export opgeslagen als {file}; verzoek {n} is beantwoord.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="413"/>
        <source>Export saved as {file}. Close the request once the person has it.</source>
        <translation>Export opgeslagen als {file}. Sluit het verzoek af zodra de betrokkene hem heeft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="431"/>
        <source>1 recording erased.</source>
        <translation>1 opname gewist.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="433"/>
        <source>{n} recordings erased.</source>
        <translation>{n} opnames gewist.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="436"/>
        <source>{n} kept as evidence by a hold.</source>
        <translation>{n} bewaard als bewijs.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="440"/>
        <source>Stopped before the end: erase again for the rest.</source>
        <translation>Gestopt voor het einde: wis opnieuw voor de rest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="442"/>
        <source>Close the request once the person is told.</source>
        <translation>Sluit het verzoek af zodra de betrokkene het bericht heeft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="466"/>
        <source>{name}&apos;s objection is in force: their calls are not sampled.</source>
        <translation>Het bezwaar van {name} geldt: de gesprekken komen niet in de steekproef.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="471"/>
        <source>{name}&apos;s objection is lifted: their calls may be sampled again.</source>
        <translation>Het bezwaar van {name} is opgeheven: de gesprekken kunnen weer in de steekproef komen.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="127"/>
        <source>Set a new passphrase</source>
        <translation>Nieuwe wachtwoordzin instellen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="131"/>
        <source>The recovery key opened the vault. Choose an administrator and give them a new passphrase; then unlock with it.</source>
        <translation>De herstelsleutel heeft de kluis geopend. Kies een beheerder en geef die een nieuwe wachtwoordzin; ontgrendel daarna daarmee.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="151"/>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="159"/>
        <source>&amp;Administrator:</source>
        <translation>&amp;Beheerder:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="59"/>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="69"/>
        <source>The backup takes the place of the vault in {folder}. A vault that is there now is kept next to it under another name, until you delete it. Recordings whose retention period ended since the backup was made are deleted at once.</source>
        <translation>De back-up komt in de plaats van de kluis in {folder}. Een kluis die daar nu staat, blijft ernaast bewaard onder een andere naam, tot je die verwijdert. Opnames waarvan de bewaartermijn is verstreken sinds de back-up werd gemaakt, worden meteen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="77"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="86"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>In plaats daarvan de &amp;herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="95"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Back-up:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="99"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="107"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="126"/>
        <source>Choose the backup</source>
        <translation>Kies de back-up</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="147"/>
        <source>Made on {when} by {user}; its audit log ends at entry {seq}.</source>
        <translation>Gemaakt op {when} door {user}; het logboek loopt tot regel {seq}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="153"/>
        <source>It is a backup of another vault than the one in this folder.</source>
        <translation>Het is een back-up van een andere kluis dan die in deze map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="172"/>
        <source>Recovery &amp;key:</source>
        <translation>Herstel&amp;sleutel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="172"/>
        <source>&amp;Passphrase then:</source>
        <translation>&amp;Wachtwoordzin van toen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="175"/>
        <source>The passphrase this user had when the backup was made.</source>
        <translation>De wachtwoordzin die deze gebruiker had toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="186"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="190"/>
        <source>Enter the recovery key.</source>
        <translation>Vul de herstelsleutel in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="192"/>
        <source>Enter your passphrase.</source>
        <translation>Vul je wachtwoordzin in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="200"/>
        <source>Copying the backup…</source>
        <translation>De back-up wordt gekopieerd…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="222"/>
        <source>Copying the backup… {percent} %</source>
        <translation>De back-up wordt gekopieerd… {percent} %</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="238"/>
        <source>The restore was stopped; the vault was not changed.</source>
        <translation>Het terugzetten is gestopt; de kluis is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="249"/>
        <source>That recovery key does not open this backup; check it against the printed copy.</source>
        <translation>Deze herstelsleutel opent deze back-up niet; vergelijk hem met het afgedrukte exemplaar.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="253"/>
        <source>The passphrase for “{name}” does not open this backup; use the passphrase you had when the backup was made.</source>
        <translation>De wachtwoordzin voor ‘{name}’ opent deze back-up niet; gebruik de wachtwoordzin die je had toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="258"/>
        <source>There is no user called “{name}” in this backup; check the name.</source>
        <translation>In deze back-up bestaat geen gebruiker ‘{name}’; controleer de naam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="262"/>
        <source>Only an administrator of the vault, or its recovery key, can restore a backup; “{name}” is not an administrator in this backup.</source>
        <translation>Alleen een beheerder van de kluis, of de herstelsleutel, kan een back-up terugzetten; ‘{name}’ is in deze back-up geen beheerder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="271"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>RetentionCard</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="21"/>
        <source>Forgetting on time</source>
        <translation>Op tijd vergeten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="36"/>
        <source>1 recording is past its retention period; it is deleted at the next purge (after the next unlock, or with supervisor-app purge).</source>
        <translation>Van 1 opname is de bewaartermijn verstreken; ze wordt verwijderd bij het volgende opschonen (na de volgende keer ontgrendelen, of met supervisor-app purge).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="44"/>
        <source>{n} recordings are past their retention period; they are deleted at the next purge (after the next unlock, or with supervisor-app purge).</source>
        <translation>Van {n} opnames is de bewaartermijn verstreken; ze worden verwijderd bij het volgende opschonen (na de volgende keer ontgrendelen, of met supervisor-app purge).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="51"/>
        <source>Next deletion on {date}: 1 recording reaches the end of its retention.</source>
        <translation>Volgende verwijdering op {date}: van 1 opname verstrijkt dan de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="54"/>
        <source>Next deletion on {date}: {n} recordings reach the end of their retention.</source>
        <translation>Volgende verwijdering op {date}: van {n} opnames verstrijkt dan de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="62"/>
        <source>No recording is waiting to be deleted.</source>
        <translation>Er wacht geen opname op verwijdering.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="65"/>
        <source>1 recording is kept longer as evidence (on hold).</source>
        <translation>1 opname wordt langer bewaard als bewijs.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="68"/>
        <source>{n} recordings are kept longer as evidence (on hold).</source>
        <translation>{n} opnames worden langer bewaard als bewijs.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="75"/>
        <source>Last purge {when}: {n} recordings deleted.</source>
        <translation>Laatst opgeschoond {when}: {n} opnames verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="81"/>
        <source>Recordings are deleted automatically when the retention period of every purpose they are kept for has ended, counted from the day of the call.</source>
        <translation>Opnames worden automatisch verwijderd zodra de bewaartermijn van elk doel waarvoor ze worden bewaard is verstreken, gerekend vanaf de dag van het gesprek.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="162"/>
        <source>Roles of {name}</source>
        <translation>Rollen van {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="167"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="168"/>
        <source>&amp;Save roles</source>
        <translation>Rollen &amp;opslaan</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="39"/>
        <source>Teams (for team lead and quality coach):</source>
        <translation>Teams (voor teamleider en kwaliteitscoach):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="55"/>
        <source>There are no teams yet; add them on the Teams tab.</source>
        <translation>Er zijn nog geen teams; voeg ze toe op het tabblad Teams.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="84"/>
        <source>Give the user at least one role.</source>
        <translation>Geef de gebruiker minstens één rol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="87"/>
        <source>Team leads and quality coaches work for chosen teams only; tick at least one team.</source>
        <translation>Teamleiders en kwaliteitscoaches werken alleen voor gekozen teams; vink minstens één team aan.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="268"/>
        <source>Importing calls</source>
        <translation>Gesprekken inlezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="271"/>
        <source>Each recording is checked, compressed and stored encrypted. You can cancel at any time: recordings already stored stay in the vault, and importing the same export again finishes the rest.</source>
        <translation>Elke opname wordt gecontroleerd, gecomprimeerd en versleuteld opgeslagen. Je kunt altijd annuleren: opnames die al zijn opgeslagen blijven in de kluis, en dezelfde export opnieuw inlezen maakt de rest af.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="280"/>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="286"/>
        <source>Stopping after the recording being stored. Recordings already stored stay in the vault.</source>
        <translation>Stopt na de opname die nu wordt opgeslagen. Opnames die al zijn opgeslagen blijven in de kluis.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="344"/>
        <source>Stored {done} of {total} recordings · {eta}</source>
        <translation>{done} van {total} opnames opgeslagen · {eta}</translation>
    </message>
</context>
<context>
    <name>ScopeSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="83"/>
        <source>Business calls</source>
        <translation>Zakelijke gesprekken</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="49"/>
        <source>Not judged yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="50"/>
        <source>Met</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="51"/>
        <source>Partly met</source>
        <translation>Deels voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="52"/>
        <source>Not met</source>
        <translation>Niet voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="53"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="69"/>
        <source>Outcome of criterion {n}</source>
        <translation>Beoordeling van verwachting {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="75"/>
        <source>Comment (optional)</source>
        <translation>Toelichting (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="78"/>
        <source>Comment on criterion {n}</source>
        <translation>Toelichting bij verwachting {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="115"/>
        <source>Scorecard</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="116"/>
        <source>Loading the scorecard…</source>
        <translation>De beoordeling wordt geladen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="130"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="132"/>
        <source>Notes at moments of the call</source>
        <translation>Opmerkingen bij momenten in het gesprek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="137"/>
        <source>Add &amp;note (N)</source>
        <translation>&amp;Opmerking toevoegen (N)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="139"/>
        <source>A note at the playhead; or double-click the waveform where it happens</source>
        <translation>Een opmerking bij de afspeelpositie; of dubbelklik op de golfvorm waar het gebeurt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="141"/>
        <source>&amp;Delete note</source>
        <translation>Opmerking &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="143"/>
        <source>&amp;Share with the team lead…</source>
        <translation>&amp;Delen met de teamleider…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="145"/>
        <source>The team lead sees the scorecard and its notes; it can no longer change</source>
        <translation>De teamleider ziet de beoordeling en de opmerkingen; daarna kan er niets meer aan veranderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="172"/>
        <source>What the protocol expects</source>
        <translation>Wat het protocol vraagt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="172"/>
        <source>Outcome</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="216"/>
        <source>Scorecard · protocol version {n}</source>
        <translation>Beoordeling · versie {n} van het gedragsprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="220"/>
        <source>Shared with the team lead; it can no longer change.</source>
        <translation>Gedeeld met de teamleider; er kan niets meer aan veranderen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="223"/>
        <source>Judge each expectation of the protocol the agent had received by the day of the call. Nothing is stored until you choose an outcome or add a note.</source>
        <translation>Beoordeel elke verwachting uit het gedragsprotocol dat de medewerker op de dag van het gesprek had ontvangen. Er wordt niets opgeslagen tot je een beoordeling kiest of een opmerking toevoegt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="229"/>
        <source>Your draft: {judged} of {total} judged. Only you see it until you share it.</source>
        <translation>Jouw concept: {judged} van {total} beoordeeld. Alleen jij ziet het tot je het deelt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="241"/>
        <source>Click to jump to {moment}</source>
        <translation>Klik om naar {moment} te gaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="346"/>
        <source>Share the scorecard</source>
        <translation>Beoordeling delen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="347"/>
        <source>Share this scorecard and its notes with the agent&apos;s team lead?</source>
        <translation>Deze beoordeling en de opmerkingen delen met de teamleider van de medewerker?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="353"/>
        <source>After sharing you can no longer change it. The team lead can send it to the agent in a feedback sheet.</source>
        <translation>Na het delen kun je niets meer aanpassen. De teamleider kan de beoordeling in een feedbackformulier naar de medewerker sturen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="357"/>
        <source>&amp;Share</source>
        <translation>&amp;Delen</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_dialogs.py" line="31"/>
        <source>Send the notice to {agent}</source>
        <translation>Kennisgeving aan {agent} versturen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="52"/>
        <source>Follow the system</source>
        <translation>Systeemtaal volgen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="56"/>
        <source>A new language takes effect when the app starts again.</source>
        <translation>Een andere taal gaat in zodra de app opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="60"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="65"/>
        <source>Without keyboard or mouse input for this long, the vault locks itself. Ctrl+L locks at once.</source>
        <translation>Zonder toetsenbord- of muisinvoer gedurende deze tijd vergrendelt de kluis zichzelf. Ctrl+L vergrendelt meteen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="73"/>
        <source>To use another vault, lock and choose “Open another vault…”.</source>
        <translation>Wil je een andere kluis gebruiken, vergrendel dan en kies ‘Andere kluis openen…’.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="77"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="91"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="93"/>
        <source>Vault folder:</source>
        <translation>Map van de kluis:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="100"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="125"/>
        <source>The settings could not be saved ({reason}); check that the folder {folder} can be written.</source>
        <translation>De instellingen konden niet worden opgeslagen ({reason}); controleer of je in de map {folder} mag schrijven.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="132"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="327"/>
        <source>Set up {app}</source>
        <translation>{app} instellen</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="72"/>
        <source>Feedback sheet</source>
        <translation>Feedbackformulier</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="85"/>
        <source>A few sentences for the agent (optional)</source>
        <translation>Een paar zinnen voor de medewerker (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="87"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="88"/>
        <source>Calls &amp;from:</source>
        <translation>Gesprekken &amp;van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="89"/>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="90"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Samenvatting:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="91"/>
        <source>S&amp;how the sheet</source>
        <translation>Formulier &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="93"/>
        <source>&amp;Make the sheet</source>
        <translation>Formulier &amp;maken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="102"/>
        <source>It holds the scorecards shared with you of this agent&apos;s calls in the period, in the agent&apos;s language. Making it records it with its receipt code.</source>
        <translation>Het bevat de beoordelingen die met jou zijn gedeeld van gesprekken van deze medewerker in de periode, in de taal van de medewerker. Bij het maken wordt het vastgelegd met een controlecode.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="118"/>
        <source>Open in &amp;mail client</source>
        <translation>Openen in &amp;mailprogramma</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="120"/>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="121"/>
        <source>Save .&amp;eml…</source>
        <translation>.&amp;eml opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="122"/>
        <source>Cop&amp;y text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="126"/>
        <source>Yes, it &amp;was sent</source>
        <translation>Ja, het is &amp;verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="132"/>
        <source>Given outside the app? Say how</source>
        <translation>Buiten de app gegeven? Zeg hoe</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="133"/>
        <source>Mark as &amp;sent</source>
        <translation>Markeren als &amp;verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="160"/>
        <source>Saving records the sheet as sent by you, now; after the mail program or copying you are asked. The agent is then told of each listen the sheet covers.</source>
        <translation>Opslaan legt vast dat jij het formulier nu hebt verstuurd; na het mailprogramma of kopiëren wordt het je gevraagd. De medewerker weet dan ook van elk terugluisteren dat het formulier noemt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="171"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="217"/>
        <source>Scored calls on this sheet: {n}.</source>
        <translation>Beoordeelde gesprekken op dit formulier: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="243"/>
        <source>Receipt code of this sheet: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Controlecode van dit formulier: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="255"/>
        <source>Made; not sent yet.</source>
        <translation>Gemaakt; nog niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="257"/>
        <source>Sent ({channel}); the listens it covers count as told.</source>
        <translation>Verstuurd ({channel}); de medewerker is ingelicht over het terugluisteren dat het formulier noemt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="272"/>
        <source>Save the sheet as PDF</source>
        <translation>Formulier opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="279"/>
        <source>Save the sheet as .eml</source>
        <translation>Formulier opslaan als .eml</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="325"/>
        <source>No mail program opened. Save the sheet as .eml or copy its text instead.</source>
        <translation>Er is geen mailprogramma geopend. Sla het formulier op als .eml of kopieer de tekst.</translation>
    </message>
</context>
<context>
    <name>SheetsTab</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="44"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="45"/>
        <source>Calls from</source>
        <translation>Gesprekken van</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="46"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="47"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="48"/>
        <source>Receipt code</source>
        <translation>Controlecode</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="57"/>
        <source>&amp;New feedback sheet…</source>
        <translation>&amp;Nieuw feedbackformulier…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="59"/>
        <source>S&amp;end…</source>
        <translation>&amp;Versturen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="61"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="62"/>
        <source>A sheet made by mistake; it stays on record</source>
        <translation>Een formulier dat per vergissing is gemaakt; het blijft vastgelegd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="72"/>
        <source>A feedback sheet gives an agent the scorecards shared with you of their calls in a period. Sending it also tells them of the listens it covers.</source>
        <translation>Een feedbackformulier geeft een medewerker de beoordelingen die met jou zijn gedeeld van diens gesprekken in een periode. Met het versturen hoort de medewerker ook van het terugluisteren dat het formulier noemt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="93"/>
        <source>Not sent yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="94"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="95"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="84"/>
        <source>Where are the recordings?</source>
        <translation>Waar staan de opnames?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="87"/>
        <source>Choose the export of your telephone system. The files are only read: nothing in the export is changed, and only business calls of the sample are stored.</source>
        <translation>Kies de export van je telefooncentrale. De bestanden worden alleen gelezen: er verandert niets in de export, en alleen zakelijke gesprekken uit de steekproef worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="97"/>
        <source>Call records (*.csv);;All files (*)</source>
        <translation>Gespreksgegevens (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="105"/>
        <source>&amp;Telephone system:</source>
        <translation>&amp;Telefooncentrale:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="144"/>
        <source>The manifest file does not exist; choose the CSV file.</source>
        <translation>Het manifestbestand bestaat niet; kies het CSV-bestand.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="146"/>
        <source>The recordings folder does not exist; choose the folder.</source>
        <translation>De opnamemap bestaat niet; kies de map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="148"/>
        <source>The call-record file does not exist; choose it or leave it empty.</source>
        <translation>Het bestand met gespreksgegevens bestaat niet; kies het of laat het veld leeg.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="157"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="159"/>
        <source>&amp;Manifest file:</source>
        <translation>&amp;Manifestbestand:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="159"/>
        <source>&amp;Recordings folder:</source>
        <translation>&amp;Opnamemap:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="163"/>
        <source>&amp;Call records (optional):</source>
        <translation>&amp;Gespreksgegevens (optioneel):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="165"/>
        <source>&amp;Call records (Master.csv):</source>
        <translation>&amp;Gespreksgegevens (Master.csv):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="170"/>
        <source>Choose the monitor folder of the FreePBX spool (with folders per year, month and day). The call records (Master.csv, or a CSV export of the cdr table) add whether and by whom a call was answered; without them the file names are used.</source>
        <translation>Kies de map monitor van de FreePBX-spool (met mappen per jaar, maand en dag). De gespreksgegevens (Master.csv, of een CSV-export van de tabel cdr) vullen aan of en door wie een gesprek is aangenomen; zonder die gegevens worden de bestandsnamen gebruikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="175"/>
        <source>Choose the folder with the MixMonitor recordings (subfolders are searched too). Leave the call records empty when that folder holds exactly one Master.csv.</source>
        <translation>Kies de map met de MixMonitor-opnames (ook submappen worden doorzocht). Laat de gespreksgegevens leeg als die map precies één Master.csv bevat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="179"/>
        <source>Choose the folder with the 3CX recordings; subfolders are searched too.</source>
        <translation>Kies de map met de 3CX-opnames; ook submappen worden doorzocht.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="182"/>
        <source>A CSV file with a header row and the columns file, agent_extension, started_at (with time zone), direction, remote_number, queue and campaign.</source>
        <translation>Een CSV-bestand met een kopregel en de kolommen file, agent_extension, started_at (met tijdzone), direction, remote_number, queue en campaign.</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="87"/>
        <source>Export data for request {n}</source>
        <translation>Gegevens exporteren voor verzoek {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="91"/>
        <source>Everything the vault holds about {who}, with a cover letter.</source>
        <translation>Alles wat de kluis over {who} bevat, met een begeleidende brief.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="96"/>
        <source>&amp;FLAC (smaller, lossless)</source>
        <translation>&amp;FLAC (kleiner, zonder kwaliteitsverlies)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="97"/>
        <source>&amp;WAV (plays everywhere)</source>
        <translation>&amp;WAV (speelt overal af)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="111"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="117"/>
        <source>Write an &amp;unencrypted folder instead (not recommended)</source>
        <translation>In plaats daarvan een &amp;onversleutelde map maken (niet aan te raden)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="123"/>
        <source>Audio:</source>
        <translation>Geluid:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="126"/>
        <source>&amp;Name the agent of each call by first name, as the policy allows</source>
        <translation>&amp;Noem per gesprek de voornaam van de medewerker (het beleid staat dit toe)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="131"/>
        <source>Clear it to leave the names out of this export, for instance to protect an agent.</source>
        <translation>Zet het vinkje uit om de namen uit deze export te laten, bijvoorbeeld om een medewerker te beschermen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="136"/>
        <source>&amp;Letter in:</source>
        <translation>&amp;Brief in:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="145"/>
        <source>Letter in:</source>
        <translation>Brief in:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="145"/>
        <source>the agent&apos;s own language</source>
        <translation>de eigen taal van de medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="146"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="152"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="175"/>
        <source>A new, empty folder. The files in it are NOT encrypted: anyone with access to the folder can read and play them.</source>
        <translation>Een nieuwe, lege map. De bestanden erin zijn NIET versleuteld: iedereen met toegang tot de map kan ze lezen en afspelen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="180"/>
        <source>An encrypted ZIP file (AES-256). Its passphrase is made for this export and shown once, when the file is ready: hand the two over by different routes.</source>
        <translation>Een versleuteld ZIP-bestand (AES-256). De wachtwoordzin wordt voor deze export gemaakt en één keer getoond, als het bestand klaar is: geef die twee via verschillende wegen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="192"/>
        <source>Choose a new, empty folder</source>
        <translation>Kies een nieuwe, lege map</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="197"/>
        <source>Save the export as</source>
        <translation>De export opslaan als</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="199"/>
        <source>Encrypted ZIP files (*.zip)</source>
        <translation>Versleutelde ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="208"/>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export moet komen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="227"/>
        <source>Export without encryption?</source>
        <translation>Exporteren zonder versleuteling?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="229"/>
        <source>The data then leave the vault unencrypted: recordings, call details and the letter lie readable in {folder} for anyone with access to it. Prefer the encrypted ZIP file; if you continue, hand the folder over soon and delete it.</source>
        <translation>De gegevens verlaten de kluis dan onversleuteld: opnames, gespreksgegevens en de brief liggen leesbaar in {folder} voor iedereen die erbij kan. Kies liever het versleutelde ZIP-bestand; ga je door, overhandig de map dan snel en verwijder hem daarna.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="237"/>
        <source>Write &amp;unencrypted folder</source>
        <translation>&amp;Onversleutelde map maken</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="397"/>
        <source>The telephone system&apos;s own copies</source>
        <translation>De eigen opnames van de telefooncentrale</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="428"/>
        <source>The import failed</source>
        <translation>Inlezen mislukt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="429"/>
        <source>Recordings stored before the error stay in the vault.</source>
        <translation>Opnames die vóór de fout zijn opgeslagen blijven in de kluis.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="436"/>
        <source>Import cancelled</source>
        <translation>Inlezen geannuleerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="439"/>
        <source>The {n} recordings stored before you cancelled stay in the vault. Import the same export again to store the rest of this sample.</source>
        <translation>De {n} opnames die vóór het annuleren zijn opgeslagen blijven in de kluis. Lees dezelfde export opnieuw in om de rest van deze steekproef op te slaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="444"/>
        <source>Import finished</source>
        <translation>Inlezen voltooid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="452"/>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="462"/>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="447"/>
        <source>Keep the batch number and the sample seed: with them anyone, an auditor too, can check later that the sample was random and within the policy.</source>
        <translation>Bewaar het batchnummer en de startwaarde van de steekproef: daarmee kan iedereen, ook een controleur, later nagaan dat de steekproef willekeurig en binnen het beleid was.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="456"/>
        <source>The random starting value the sample was drawn from. Drawing again from the same calls with it gives the same sample, which shows it was random.</source>
        <translation>De willekeurige startwaarde waarmee de steekproef is getrokken. Wie met deze waarde opnieuw trekt uit dezelfde gesprekken, krijgt dezelfde steekproef; zo blijkt dat ze willekeurig was.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="460"/>
        <source>Sample seed:</source>
        <translation>Startwaarde steekproef:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="462"/>
        <source>none (no new calls to draw from)</source>
        <translation>geen (geen nieuwe gesprekken om uit te loten)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="463"/>
        <source>Calls found:</source>
        <translation>Gesprekken gevonden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="464"/>
        <source>Business calls in scope:</source>
        <translation>Zakelijke gesprekken binnen het beleid:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="465"/>
        <source>Sampled:</source>
        <translation>Gekozen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="466"/>
        <source>Imported:</source>
        <translation>Ingelezen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="467"/>
        <source>Already in the vault:</source>
        <translation>Al in de kluis:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="468"/>
        <source>Could not be stored:</source>
        <translation>Niet op te slaan:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="470"/>
        <source>Unreadable rows in the export:</source>
        <translation>Onleesbare regels in de export:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="473"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="492"/>
        <source>The export still holds {n} recording files of calls that were not kept: {sampled} business calls outside the sample and {excluded} calls that are out of scope (private, protected, internal and the like). The telephone system keeps them until someone removes them.</source>
        <translation>De export bevat nog {n} opnamebestanden van gesprekken die niet zijn bewaard: {sampled} zakelijke gesprekken buiten de steekproef en {excluded} gesprekken die er niet onder vallen (privé, beschermd, intern en dergelijke). De telefooncentrale bewaart ze tot iemand ze verwijdert.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="499"/>
        <source>&amp;Delete these {n} files from the export…</source>
        <translation>Deze {n} bestanden uit de export &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="509"/>
        <source>Delete recording files</source>
        <translation>Opnamebestanden verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="511"/>
        <source>Delete {n} recording files of calls that were not kept from the folder {folder}? They cannot be restored. Files of the calls in the sample are not touched.</source>
        <translation>{n} opnamebestanden van gesprekken die niet zijn bewaard verwijderen uit de map {folder}? Ze zijn daarna niet terug te halen. De bestanden van de gesprekken in de steekproef blijven staan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="519"/>
        <source>&amp;Delete {n} files</source>
        <translation>{n} bestanden &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="540"/>
        <source>{n} files were deleted from the export; the audit log lists them.</source>
        <translation>{n} bestanden zijn uit de export verwijderd; het logboek noemt ze.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="545"/>
        <source>{n} files could not be deleted; check the folder&apos;s permissions: {names}</source>
        <translation>{n} bestanden konden niet worden verwijderd; controleer de rechten van de map: {names}</translation>
    </message>
</context>
<context>
    <name>TeamCountsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="79"/>
        <source>Callers (no team)</source>
        <translation>Bellers (geen team)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="82"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="82"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="87"/>
        <source>Add team</source>
        <translation>Team toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="91"/>
        <source>&amp;Add team</source>
        <translation>Team t&amp;oevoegen</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="155"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TrendGrid</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/trend_chart.py" line="47"/>
        <source>Chart of each criterion per period; the table has it too</source>
        <translation>Grafiek van elke verwachting per periode; de tabel geeft hetzelfde</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="70"/>
        <source>Unlock — {app}</source>
        <translation>Ontgrendelen — {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="78"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>De kluis is vergrendeld. Meld je aan om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="106"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="110"/>
        <source>Use recovery key…</source>
        <translation>Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="111"/>
        <source>Open another vault…</source>
        <translation>Andere kluis openen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="112"/>
        <source>Restore from backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="120"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="162"/>
        <source>Vault: {folder}</source>
        <translation>Kluis: {folder}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="194"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="198"/>
        <source>Enter your passphrase.</source>
        <translation>Vul je wachtwoordzin in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="209"/>
        <source>After several wrong passphrases for “{name}”, this try waits {n} seconds first.</source>
        <translation>Na een paar verkeerde wachtwoordzinnen voor ‘{name}’ wacht deze poging eerst {n} seconden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="237"/>
        <source>A re-encryption of the vault (rekey) was interrupted; it was finished now, and the old key no longer opens the vault.</source>
        <translation>Het opnieuw versleutelen van de kluis was onderbroken; het is nu afgemaakt, en de oude sleutel opent de kluis niet meer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="247"/>
        <source>The audit log was changed</source>
        <translation>Het logboek is gewijzigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="247"/>
        <source>Rekey finished</source>
        <translation>Opnieuw versleutelen afgemaakt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="24"/>
        <source>The audit log was shortened: {user} saw it reach entry {seq}, but it now ends at entry {length}. Tell the privacy officer.</source>
        <translation>Het logboek is ingekort: {user} zag het tot regel {seq} lopen, maar nu eindigt het bij regel {length}. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="30"/>
        <source>The audit log was rewritten: entry {seq} is not the one {user} saw there. Tell the privacy officer.</source>
        <translation>Het logboek is herschreven: regel {seq} is niet de regel die {user} daar zag. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="36"/>
        <source>The last log entry recorded for {user} in keyslots.json is not signed by their key: the key file was altered. Tell the privacy officer.</source>
        <translation>De laatste logboekregel die voor {user} in keyslots.json staat, is niet met de eigen sleutel van die gebruiker ondertekend: het sleutelbestand is gewijzigd. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="42"/>
        <source>The key of {user} in keyslots.json is not the one the audit log registered for them: the key file was altered. Tell the privacy officer.</source>
        <translation>De sleutel van {user} in keyslots.json is niet de sleutel die het logboek voor die gebruiker heeft vastgelegd: het sleutelbestand is gewijzigd. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="48"/>
        <source>This computer&apos;s clock says {now}, but audit log entry {seq} was written at {written}: the clock was set back. Deadlines and deletions go by the wrong date until it is right. Correct the clock and tell the privacy officer.</source>
        <translation>De klok van deze computer zegt {now}, maar regel {seq} van het logboek is geschreven op {written}: de klok is teruggezet. Tot die weer goed staat, gaan termijnen en opschonen uit van de verkeerde datum. Zet de klok goed en meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="55"/>
        <source>The last log entry {user} saw is missing from keyslots.json: the key file was altered or restored from an old copy. Tell the privacy officer.</source>
        <translation>De laatste logboekregel die {user} zag, ontbreekt in keyslots.json: het sleutelbestand is gewijzigd of teruggezet uit een oude kopie. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="324"/>
        <source>The vault was restored from the backup made on {when} (audit log entry {seq}).</source>
        <translation>De kluis is teruggezet uit de back-up van {when} (logboekregel {seq}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="330"/>
        <source>Recordings whose retention period ended since the backup, deleted at once: {n}.</source>
        <translation>Opnames waarvan de bewaartermijn sinds de back-up is verstreken, meteen verwijderd: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="336"/>
        <source>The vault that was here is kept in {folder}; delete that folder once you have checked the restored vault.</source>
        <translation>De kluis die hier stond, is bewaard in {folder}; verwijder die map zodra je de teruggezette kluis hebt gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="341"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="350"/>
        <source>Choose the vault folder</source>
        <translation>Kies de map van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="361"/>
        <source>No vault there</source>
        <translation>Geen kluis gevonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="362"/>
        <source>That folder holds no vault. Create a new vault there?</source>
        <translation>In die map staat geen kluis. Daar een nieuwe kluis aanmaken?</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="89"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="89"/>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="89"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="41"/>
        <source>Policy version {n}</source>
        <translation>Beleidsversie {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="47"/>
        <source>Version {n}, saved {when} by {who}. Old versions cannot be changed.</source>
        <translation>Versie {n}, opgeslagen {when} door {who}. Oude versies kunnen niet worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="36"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="37"/>
        <source>Policy version</source>
        <translation>Beleidsversie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="38"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="39"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="46"/>
        <source>Draft (not published)</source>
        <translation>Concept (niet gepubliceerd)</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../supervisor_app/ui/player/waveform.py" line="53"/>
        <source>Waveform</source>
        <translation>Golfvorm</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/waveform.py" line="54"/>
        <source>Click or drag to move the playhead</source>
        <translation>Klik of sleep om de afspeelpositie te verplaatsen</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="53"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="71"/>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="74"/>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
</context>
<context>
    <name>access.erased</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="167"/>
        <source>This recording was erased on request; there is nothing to hear.</source>
        <translation>Deze opname is op verzoek verwijderd; er is niets te horen.</translation>
    </message>
</context>
<context>
    <name>access.no_listener_role</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="133"/>
        <source>Administrators and auditors cannot listen to recordings; only team leads and quality coaches can.</source>
        <translation>Beheerders en controleurs kunnen opnamen niet terugluisteren; alleen teamleiders en kwaliteitscoaches kunnen dat.</translation>
    </message>
</context>
<context>
    <name>access.no_recording</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="173"/>
        <source>There is no recording {recording}.</source>
        <translation>Er is geen opname {recording}.</translation>
    </message>
</context>
<context>
    <name>access.not_playable</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="170"/>
        <source>This recording cannot be heard in its current state.</source>
        <translation>Deze opname kan in haar huidige staat niet worden beluisterd.</translation>
    </message>
</context>
<context>
    <name>access.other_team</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="155"/>
        <source>The agent of this recording is not in a team you may listen to for “{purpose}”.</source>
        <translation>De medewerker van deze opname zit niet in een team dat je voor “{purpose}” mag terugluisteren.</translation>
    </message>
</context>
<context>
    <name>access.policy_incomplete</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="128"/>
        <source>The recording policy is not complete, so nobody may listen yet; ask an administrator to finish it.</source>
        <translation>Het opnamebeleid is nog niet compleet, dus nog niemand mag terugluisteren; vraag een beheerder het af te maken.</translation>
    </message>
</context>
<context>
    <name>access.private_call</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="159"/>
        <source>This was a private call: its audio was destroyed and nobody may listen to it.</source>
        <translation>Dit was een privégesprek: het geluid is vernietigd en niemand mag het terugluisteren.</translation>
    </message>
</context>
<context>
    <name>access.purged</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="163"/>
        <source>This recording was deleted when its retention ended; there is nothing to hear.</source>
        <translation>Deze opname is verwijderd toen de bewaartermijn afliep; er is niets te horen.</translation>
    </message>
</context>
<context>
    <name>access.purpose_not_held</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="151"/>
        <source>This recording is not kept for “{purpose}”, so it cannot be heard for that purpose.</source>
        <translation>Deze opname wordt niet bewaard voor “{purpose}”, dus je kunt haar niet voor dat doel terugluisteren.</translation>
    </message>
</context>
<context>
    <name>access.retention_passed</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="146"/>
        <source>The time this recording may be kept for “{purpose}” has passed; it can no longer be heard for that purpose.</source>
        <translation>De bewaartermijn van deze opname voor “{purpose}” is verstreken; je kunt haar niet meer voor dat doel terugluisteren.</translation>
    </message>
</context>
<context>
    <name>access.role_not_allowed</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="142"/>
        <source>The policy does not let your role listen for the purpose “{purpose}”.</source>
        <translation>Volgens het beleid mag jouw rol niet terugluisteren voor het doel “{purpose}”.</translation>
    </message>
</context>
<context>
    <name>access.unknown_purpose</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="138"/>
        <source>The recording policy has no purpose “{purpose}”; choose one of its purposes.</source>
        <translation>Het opnamebeleid kent geen doel “{purpose}”; kies een van de doelen uit het beleid.</translation>
    </message>
</context>
<context>
    <name>agents_list.line_wrong</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="537"/>
        <source>The agents list {name} was not imported because 1 line is wrong; correct it and import the list again:
{lines}</source>
        <translation>De lijst met medewerkers {name} is niet geïmporteerd omdat 1 regel fout is; verbeter die en importeer de lijst opnieuw:
{lines}</translation>
    </message>
</context>
<context>
    <name>agents_list.lines_wrong</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="542"/>
        <source>The agents list {name} was not imported because {count} lines are wrong; correct them and import the list again:
{lines}</source>
        <translation>De lijst met medewerkers {name} is niet geïmporteerd omdat {count} regels fout zijn; verbeter ze en importeer de lijst opnieuw:
{lines}</translation>
    </message>
</context>
<context>
    <name>agents_list.only_missing_leave</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="547"/>
        <source>Only agents the list no longer names can be marked as left; look at the preview again.</source>
        <translation>Alleen medewerkers die niet meer op de lijst staan, kun je als vertrokken markeren; bekijk het voorbeeld opnieuw.</translation>
    </message>
</context>
<context>
    <name>agents_list.too_large</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="534"/>
        <source>The agents list {name} is larger than 5 MB; is it the right file?</source>
        <translation>De lijst met medewerkers {name} is groter dan 5 MB; is dit het goede bestand?</translation>
    </message>
</context>
<context>
    <name>agents_list.unreadable</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="531"/>
        <source>The agents list {path} cannot be read ({reason}).</source>
        <translation>De lijst met medewerkers {path} kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>audio.cannot_decode</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="42"/>
        <source>The recording&apos;s audio cannot be decoded.</source>
        <translation>Het geluid van de opname kan niet worden gedecodeerd.</translation>
    </message>
</context>
<context>
    <name>audio.file_empty</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="17"/>
        <source>{file} is an empty file.</source>
        <translation>{file} is een leeg bestand.</translation>
    </message>
</context>
<context>
    <name>audio.file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="16"/>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>audio.no_format</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="18"/>
        <source>{file} has no usable audio format.</source>
        <translation>{file} heeft geen bruikbaar geluidsformaat.</translation>
    </message>
</context>
<context>
    <name>audio.no_output_device</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="24"/>
        <source>No sound output device can be used; connect speakers or headphones and try again. Nothing was played and nothing was marked as heard.</source>
        <translation>Er is geen geluidsuitvoer te gebruiken; sluit luidsprekers of een koptelefoon aan en probeer het opnieuw. Er is niets afgespeeld en niets als beluisterd vastgelegd.</translation>
    </message>
</context>
<context>
    <name>audio.no_portaudio</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="37"/>
        <source>Sound cannot be played because the PortAudio library is not installed; install PortAudio (libportaudio2) and try again. Nothing was played and nothing was marked as heard.</source>
        <translation>Geluid kan niet worden afgespeeld omdat de PortAudio-bibliotheek niet is geïnstalleerd; installeer PortAudio (libportaudio2) en probeer het opnieuw. Er is niets afgespeeld en niets als beluisterd vastgelegd.</translation>
    </message>
</context>
<context>
    <name>audio.no_sound</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="20"/>
        <source>{file} contains no sound (zero length).</source>
        <translation>{file} bevat geen geluid (lengte nul).</translation>
    </message>
</context>
<context>
    <name>audio.not_audio</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="19"/>
        <source>{file} cannot be read as audio ({reason}).</source>
        <translation>{file} kan niet als geluid worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>audio.output_not_open</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="29"/>
        <source>The sound output is not open. Nothing was played and nothing was marked as heard.</source>
        <translation>De geluidsuitvoer is niet open. Er is niets afgespeeld en niets als beluisterd vastgelegd.</translation>
    </message>
</context>
<context>
    <name>audio.output_stopped</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="33"/>
        <source>The sound output stopped working ({detail}); check the speakers or headphones and try again.</source>
        <translation>De geluidsuitvoer werkt niet meer ({detail}); controleer de luidsprekers of koptelefoon en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>audio.playback_failed</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="43"/>
        <source>Playback stopped because of an unexpected error.</source>
        <translation>Het afspelen is gestopt door een onverwachte fout.</translation>
    </message>
</context>
<context>
    <name>backup.inside_vault</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="502"/>
        <source>Choose a backup folder outside the vault folder, preferably on another disk.</source>
        <translation>Kies een map voor de back-ups buiten de kluismap, liefst op een andere schijf.</translation>
    </message>
</context>
<context>
    <name>backup.log_does_not_verify</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="515"/>
        <source>The backup&apos;s audit log does not verify: it was altered after it was made. Choose another backup.</source>
        <translation>Het auditlog van de back-up klopt niet: het is gewijzigd nadat de back-up werd gemaakt. Kies een andere back-up.</translation>
    </message>
</context>
<context>
    <name>backup.target_holds_vault</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="506"/>
        <source>The folder {folder} already holds a vault; say that the backup may replace it (--replace; the vault there is kept next to it under another name).</source>
        <translation>In de map {folder} staat al een kluis; geef aan dat de back-up die mag vervangen (--replace; de kluis die er staat, blijft ernaast bewaard onder een andere naam).</translation>
    </message>
</context>
<context>
    <name>backup.target_not_empty</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="511"/>
        <source>The folder {folder} is not empty and holds no vault; choose a new or empty folder.</source>
        <translation>De map {folder} is niet leeg en bevat geen kluis; kies een nieuwe of lege map.</translation>
    </message>
</context>
<context>
    <name>backup.vault_not_replaced</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="520"/>
        <source>The vault folder {folder} could not be replaced ({reason}); close every program that uses it and try again. Nothing was changed.</source>
        <translation>De kluismap {folder} kon niet worden vervangen ({reason}); sluit elk programma dat haar gebruikt en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>backups.keep_at_least</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="216"/>
        <source>Keep backups for at least 1 day.</source>
        <translation>Bewaar back-ups minstens 1 dag.</translation>
    </message>
</context>
<context>
    <name>backups.keep_at_most</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="219"/>
        <source>Backups may be kept for at most {limit} days, the longest retention in the policy; a backup kept longer would keep recordings past their retention.</source>
        <translation>Back-ups mogen hoogstens {limit} dagen worden bewaard, de langste bewaartermijn in het beleid; een back-up die langer blijft, zou opnames na hun bewaartermijn bewaren.</translation>
    </message>
</context>
<context>
    <name>calls.already_read</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="118"/>
        <source>call {call} was already read; this copy is skipped</source>
        <translation>gesprek {call} is al gelezen; deze kopie wordt overgeslagen</translation>
    </message>
</context>
<context>
    <name>calls.already_read_from</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="121"/>
        <source>call {call} was already read from {file}; this copy is skipped</source>
        <translation>gesprek {call} is al gelezen uit {file}; deze kopie wordt overgeslagen</translation>
    </message>
</context>
<context>
    <name>cli.merge_format</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="48"/>
        <source>Say which format to write with --format pdf, csv or json (the output {file} has no such extension).</source>
        <translation>Geef met --format pdf, csv of json aan welk formaat je wilt (het uitvoerbestand {file} heeft geen van die extensies).</translation>
    </message>
</context>
<context>
    <name>cli.no_agent_with_extensions</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="33"/>
        <source>No agent has extension {extensions}; check the number.</source>
        <translation>Geen medewerker heeft toestelnummer {extensions}; controleer het nummer.</translation>
    </message>
</context>
<context>
    <name>cli.no_answer</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="23"/>
        <source>The question needs an answer on standard input; answer there, or add --yes.</source>
        <translation>De vraag heeft een antwoord op standaardinvoer nodig; antwoord daar, of voeg --yes toe.</translation>
    </message>
</context>
<context>
    <name>cli.no_passphrase</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="16"/>
        <source>Give your passphrase with --passphrase-file FILE (&apos;-&apos; reads standard input).</source>
        <translation>Geef je wachtwoordzin met --passphrase-file BESTAND (&apos;-&apos; leest standaardinvoer).</translation>
    </message>
</context>
<context>
    <name>cli.no_user</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="13"/>
        <source>Say who you are with --user NAME (and --passphrase-file FILE).</source>
        <translation>Zeg wie je bent met --user NAAM (en --passphrase-file BESTAND).</translation>
    </message>
</context>
<context>
    <name>cli.not_a_date</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="32"/>
        <source>“{text}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{text}” is geen datum; schrijf hem als JJJJ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>cli.not_missing_extensions</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="43"/>
        <source>No agent missing from the list has extension {extensions}; only agents the list no longer names can be marked as left.</source>
        <translation>Geen medewerker die niet meer op de lijst staat, heeft toestelnummer {extensions}; alleen medewerkers die niet meer op de lijst staan, kun je als vertrokken markeren.</translation>
    </message>
</context>
<context>
    <name>cli.nothing_erased</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="37"/>
        <source>Nothing was erased.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
</context>
<context>
    <name>cli.restore_who</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="38"/>
        <source>Say who restores with --user NAME and --passphrase-file FILE (the passphrase you had when the backup was made), or use --recovery-key-file FILE.</source>
        <translation>Geef aan wie terugzet met --user NAAM en --passphrase-file BESTAND (de wachtwoordzin die je had toen de back-up werd gemaakt), of gebruik --recovery-key-file BESTAND.</translation>
    </message>
</context>
<context>
    <name>cli.sample_fails</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="36"/>
        <source>Batch {batch} fails verification: {problems}</source>
        <translation>Importronde {batch} doorstaat de controle niet: {problems}</translation>
    </message>
</context>
<context>
    <name>cli.secret_empty</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="29"/>
        <source>The file {file} is empty; put the secret on its first line.</source>
        <translation>Het bestand {file} is leeg; zet het geheim op de eerste regel.</translation>
    </message>
</context>
<context>
    <name>cli.secret_file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="26"/>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>Het bestand {file} kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>cli.stdin_ended</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="20"/>
        <source>Standard input ended before everything asked for was given.</source>
        <translation>De standaardinvoer eindigde voordat alles wat gevraagd werd, was gegeven.</translation>
    </message>
</context>
<context>
    <name>coaching.audio_deleted</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="637"/>
        <source>The audio of recording {recording} is deleted; it can no longer be scored.</source>
        <translation>Het geluid van opname {recording} is verwijderd; die kan niet meer worden beoordeeld.</translation>
    </message>
</context>
<context>
    <name>coaching.comment_too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="227"/>
        <source>Shorten the comment to at most {limit} characters.</source>
        <translation>Maak de toelichting korter: hoogstens {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>coaching.criteria_open</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="656"/>
        <source>Judge every criterion before sharing: {open} still open (choose “not applicable” where the call gave no occasion).</source>
        <translation>Beoordeel elke verwachting voor je deelt: er staan er nog {open} open (kies ‘Niet van toepassing’ waar het gesprek er geen aanleiding toe gaf).</translation>
    </message>
</context>
<context>
    <name>coaching.no_criterion</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="649"/>
        <source>Scorecard {scorecard} has no criterion {position}.</source>
        <translation>Beoordeling {scorecard} heeft geen verwachting {position}.</translation>
    </message>
</context>
<context>
    <name>coaching.no_listen_session</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="631"/>
        <source>There is no listen session {session}.</source>
        <translation>Er is geen luistersessie {session}.</translation>
    </message>
</context>
<context>
    <name>coaching.no_note</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="655"/>
        <source>There is no note {note}.</source>
        <translation>Er is geen opmerking {note}.</translation>
    </message>
</context>
<context>
    <name>coaching.no_protocol_received</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="667"/>
        <source>This call cannot be scored: its agent had not received the agent protocol by the day of the call, so there is nothing to judge it by.</source>
        <translation>Dit gesprek kan niet worden beoordeeld: de medewerker had het gedragsprotocol voor gesprekken op de dag van het gesprek nog niet ontvangen, dus er is niets om het aan af te meten.</translation>
    </message>
</context>
<context>
    <name>coaching.no_recording</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="664"/>
        <source>There is no recording {recording}.</source>
        <translation>Er is geen opname {recording}.</translation>
    </message>
</context>
<context>
    <name>coaching.no_scorecard</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="641"/>
        <source>There is no scorecard {scorecard}.</source>
        <translation>Er is geen beoordeling {scorecard}.</translation>
    </message>
</context>
<context>
    <name>coaching.not_coaching_purpose</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="627"/>
        <source>A listen for “{purpose}” has no scorecard: the policy does not mark that purpose as coaching.</source>
        <translation>Bij terugluisteren voor ‘{purpose}’ hoort geen beoordeling: het beleid merkt dat doel niet aan als coaching.</translation>
    </message>
</context>
<context>
    <name>coaching.note_empty</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="230"/>
        <source>Write the note first; an empty note says nothing.</source>
        <translation>Schrijf eerst de opmerking; een lege opmerking zegt niets.</translation>
    </message>
</context>
<context>
    <name>coaching.note_outside_call</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="652"/>
        <source>A note must sit at a moment within the call.</source>
        <translation>Een opmerking hoort bij een moment binnen het gesprek.</translation>
    </message>
</context>
<context>
    <name>coaching.note_too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="233"/>
        <source>Shorten the note to at most {limit} characters.</source>
        <translation>Maak de opmerking korter: hoogstens {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>coaching.protocol_not_published</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="672"/>
        <source>Protocol version {version} is not among the published documents; publish the documents and record the agent&apos;s receipt again.</source>
        <translation>Versie {version} van het protocol staat niet bij de gepubliceerde documenten; publiceer de documenten en leg de ontvangst door de medewerker opnieuw vast.</translation>
    </message>
</context>
<context>
    <name>coaching.scorecard_shared</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="645"/>
        <source>Scorecard {scorecard} was shared with the team lead; it can no longer change.</source>
        <translation>Beoordeling {scorecard} is gedeeld met de teamleider; die kan niet meer worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>coaching.summary_too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="236"/>
        <source>Shorten the summary to at most {limit} characters.</source>
        <translation>Maak de samenvatting korter: hoogstens {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>demo.folder_not_empty</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="479"/>
        <source>The folder {folder} is not empty; choose a new or empty folder.</source>
        <translation>De map {folder} is niet leeg; kies een nieuwe of lege map.</translation>
    </message>
</context>
<context>
    <name>documents.blocked</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="238"/>
        <source>The documents can be published once the rest of the policy is complete; first: {first}</source>
        <translation>De documenten kunnen worden gepubliceerd zodra de rest van het beleid compleet is; eerst: {first}</translation>
    </message>
</context>
<context>
    <name>documents.need_saved_policy</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="242"/>
        <source>The documents can be published once the rest of the policy is complete; first: save the policy.</source>
        <translation>De documenten kunnen worden gepubliceerd zodra de rest van het beleid compleet is; eerst: sla het beleid op.</translation>
    </message>
</context>
<context>
    <name>documents.no_protocol_version</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="259"/>
        <source>There is no protocol version {version}; the current one is {current}.</source>
        <translation>Er is geen protocolversie {version}; de huidige is {current}.</translation>
    </message>
</context>
<context>
    <name>documents.no_protocol_yet</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="255"/>
        <source>No agent protocol has been published yet; publish the documents first.</source>
        <translation>Er is nog geen gedragsprotocol gepubliceerd; publiceer eerst de documenten.</translation>
    </message>
</context>
<context>
    <name>documents.not_published</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="247"/>
        <source>No {kind} has been published; publish the documents first.</source>
        <translation>Er is geen {kind} gepubliceerd; publiceer eerst de documenten.</translation>
    </message>
</context>
<context>
    <name>documents.received_in_future</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="263"/>
        <source>The date received cannot be in the future.</source>
        <translation>De datum van ontvangst kan niet in de toekomst liggen.</translation>
    </message>
</context>
<context>
    <name>documents.unknown_document</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="269"/>
        <source>There is no document called “{kind}”; choose {valid}.</source>
        <translation>Er is geen document “{kind}”; kies {valid}.</translation>
    </message>
</context>
<context>
    <name>documents.unknown_language</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="266"/>
        <source>Choose the language nl or en, not “{language}”.</source>
        <translation>Kies de taal nl of en, niet “{language}”.</translation>
    </message>
</context>
<context>
    <name>documents.version_not_published</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="251"/>
        <source>No {kind} has been published as version {version}; publish the documents first.</source>
        <translation>Er is geen {kind} gepubliceerd als versie {version}; publiceer eerst de documenten.</translation>
    </message>
</context>
<context>
    <name>erasure.confirm</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="383"/>
        <source>Confirm the erasure after reading its preview: the audio is destroyed for good.</source>
        <translation>Bevestig de verwijdering nadat je het voorbeeld hebt gelezen: het geluid wordt voorgoed vernietigd.</translation>
    </message>
</context>
<context>
    <name>erasure.name_target_once</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="395"/>
        <source>Name what to erase once: a number, an agent or one recording.</source>
        <translation>Noem één keer wat je wilt verwijderen: een nummer, een medewerker of één opname.</translation>
    </message>
</context>
<context>
    <name>erasure.not_the_subject</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="398"/>
        <source>That is not the subject of request {request}; erase only the data of the person who asked.</source>
        <translation>Dat is niet de betrokkene van verzoek {request}; verwijder alleen de gegevens van wie het vroeg.</translation>
    </message>
</context>
<context>
    <name>erasure.request_closed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="392"/>
        <source>Request {request} was already {state}; register a new request.</source>
        <translation>Verzoek {request} is al {state}; registreer een nieuw verzoek.</translation>
    </message>
</context>
<context>
    <name>erasure.wrong_kind</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="387"/>
        <source>Request {request} is a request for {kind}; erase only to answer an erasure request or an objection.</source>
        <translation>Verzoek {request} is een verzoek om {kind}; verwijder alleen om een verwijderingsverzoek of een bezwaar te beantwoorden.</translation>
    </message>
</context>
<context>
    <name>export.audio_fingerprint_mismatch</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="451"/>
        <source>The audio of recording {recording} does not match its stored fingerprint; the vault may be damaged: run a check of the vault before exporting.</source>
        <translation>Het geluid van opname {recording} klopt niet met de opgeslagen vingerafdruk; de kluis is misschien beschadigd: laat de kluis controleren voordat je exporteert.</translation>
    </message>
</context>
<context>
    <name>export.cancelled</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="456"/>
        <source>The export was stopped; nothing was written.</source>
        <translation>De export is gestopt; er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>export.confirm_plain_folder</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="423"/>
        <source>An unencrypted folder takes the data out of the vault without protection; confirm the warning first, or export an encrypted ZIP file.</source>
        <translation>Een onversleutelde map haalt de gegevens onbeschermd uit de kluis; bevestig eerst de waarschuwing, of exporteer een versleuteld ZIP-bestand.</translation>
    </message>
</context>
<context>
    <name>export.folder_holds_files</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="428"/>
        <source>Choose a new or empty folder; {folder} already holds files.</source>
        <translation>Kies een nieuwe of lege map; in {folder} staan al bestanden.</translation>
    </message>
</context>
<context>
    <name>export.folder_not_saved</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="464"/>
        <source>Could not save the folder {file} in {folder} ({reason}); choose another folder or free some disk space. Nothing was written.</source>
        <translation>De map {file} kon niet worden opgeslagen in {folder} ({reason}); kies een andere map of maak schijfruimte vrij. Er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>export.is_a_folder</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="431"/>
        <source>{path} is a folder; choose a file name such as export.zip.</source>
        <translation>{path} is een map; kies een bestandsnaam zoals export.zip.</translation>
    </message>
</context>
<context>
    <name>export.name_subject_once</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="441"/>
        <source>Name whose data to export: an agent or a caller&apos;s number, once.</source>
        <translation>Noem één keer wiens gegevens je exporteert: een medewerker of het nummer van een beller.</translation>
    </message>
</context>
<context>
    <name>export.not_saved</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="459"/>
        <source>Could not save {file} in {folder} ({reason}); choose another folder or free some disk space. Nothing was written.</source>
        <translation>{file} kon niet worden opgeslagen in {folder} ({reason}); kies een andere map of maak schijfruimte vrij. Er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>export.not_the_subject</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="444"/>
        <source>That is not the subject of request {request}; export only the data of the person who asked.</source>
        <translation>Dat is niet de betrokkene van verzoek {request}; exporteer alleen de gegevens van wie het vroeg.</translation>
    </message>
</context>
<context>
    <name>export.request_closed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="438"/>
        <source>Request {request} was already {state}.</source>
        <translation>Verzoek {request} is al {state}.</translation>
    </message>
</context>
<context>
    <name>export.unknown_audio_format</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="420"/>
        <source>“{format}” is not an audio format here; use flac or wav.</source>
        <translation>“{format}” is hier geen geluidsformaat; gebruik flac of wav.</translation>
    </message>
</context>
<context>
    <name>export.unknown_language</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="448"/>
        <source>“{language}” is not a language here; use nl or en.</source>
        <translation>“{language}” is hier geen taal; gebruik nl of en.</translation>
    </message>
</context>
<context>
    <name>export.wrong_kind</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="434"/>
        <source>Request {request} is a request for {kind}; an export answers an access request.</source>
        <translation>Verzoek {request} is een verzoek om {kind}; een export beantwoordt een inzageverzoek.</translation>
    </message>
</context>
<context>
    <name>files.not_saved</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="469"/>
        <source>Could not save {file} in {folder} ({reason}); choose another folder or free some disk space.</source>
        <translation>{file} kon niet worden opgeslagen in {folder} ({reason}); kies een andere map of maak schijfruimte vrij.</translation>
    </message>
</context>
<context>
    <name>files.pdf_not_started</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="473"/>
        <source>The PDF could not be started; try exporting again.</source>
        <translation>De pdf kon niet worden gestart; probeer opnieuw te exporteren.</translation>
    </message>
</context>
<context>
    <name>holds.already_released</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="335"/>
        <source>Evidence hold {hold} was already released.</source>
        <translation>Bewaring als bewijs {hold} is al beëindigd.</translation>
    </message>
</context>
<context>
    <name>holds.case_reference</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="301"/>
        <source>Enter the case reference (dossiernummer) of at most {limit} characters.</source>
        <translation>Vul het dossiernummer in, van hoogstens {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>holds.in_past</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="309"/>
        <source>The hold&apos;s last day cannot be in the past; leave it empty or pick a later day.</source>
        <translation>De laatste dag van de bewaring kan niet in het verleden liggen; laat hem leeg of kies een latere dag.</translation>
    </message>
</context>
<context>
    <name>holds.no_hold</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="334"/>
        <source>There is no evidence hold {hold}.</source>
        <translation>Er is geen bewaring als bewijs {hold}.</translation>
    </message>
</context>
<context>
    <name>holds.not_allowed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="316"/>
        <source>The purpose “{purpose}” does not allow keeping recordings as evidence; the policy names the purposes that do.</source>
        <translation>Het doel “{purpose}” staat niet toe dat opnamen als bewijs worden bewaard; het beleid noemt de doelen waarvoor dat wel mag.</translation>
    </message>
</context>
<context>
    <name>holds.not_kept_for</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="321"/>
        <source>This recording is not kept for “{purpose}”, so it cannot be held as evidence for it.</source>
        <translation>Deze opname wordt niet bewaard voor “{purpose}”, dus je kunt haar daarvoor niet als bewijs bewaren.</translation>
    </message>
</context>
<context>
    <name>holds.reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="305"/>
        <source>Write why this recording is needed as evidence, in at least {least} characters.</source>
        <translation>Schrijf waarom deze opname als bewijs nodig is, in minstens {least} tekens.</translation>
    </message>
</context>
<context>
    <name>holds.release_reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="330"/>
        <source>Write why the hold ends, in at least {least} characters.</source>
        <translation>Schrijf waarom de bewaring eindigt, in minstens {least} tekens.</translation>
    </message>
</context>
<context>
    <name>holds.retention_ended</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="325"/>
        <source>The retention for “{purpose}” has already ended; the recording will be deleted at the next purge and can no longer be held.</source>
        <translation>De bewaartermijn voor “{purpose}” is al verstreken; de opname wordt bij het volgende opschonen verwijderd en kan niet meer als bewijs worden bewaard.</translation>
    </message>
</context>
<context>
    <name>holds.unknown_purpose</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="313"/>
        <source>The recording policy has no purpose “{purpose}”.</source>
        <translation>Het opnamebeleid kent geen doel “{purpose}”.</translation>
    </message>
</context>
<context>
    <name>ingest.cdr_missing</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="54"/>
        <source>The call-record file “{file}” does not exist.</source>
        <translation>Het gespreksregistratiebestand “{file}” bestaat niet.</translation>
    </message>
</context>
<context>
    <name>ingest.cdr_not_a_file</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="60"/>
        <source>“{file}” is not a file; choose the Master.csv file.</source>
        <translation>“{file}” is geen bestand; kies het bestand Master.csv.</translation>
    </message>
</context>
<context>
    <name>ingest.cdr_unreadable</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="57"/>
        <source>The call-record file “{file}” cannot be read ({reason}).</source>
        <translation>Het gespreksregistratiebestand “{file}” kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>ingest.file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="34"/>
        <source>The file “{file}” cannot be read ({reason}).</source>
        <translation>Het bestand “{file}” kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>ingest.manifest_missing</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="63"/>
        <source>The manifest “{file}” does not exist.</source>
        <translation>Het manifest “{file}” bestaat niet.</translation>
    </message>
</context>
<context>
    <name>ingest.master_csv_count</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="50"/>
        <source>Found {count} files named Master.csv in “{folder}”; name the call-record file to use.</source>
        <translation>Er staan {count} bestanden met de naam Master.csv in “{folder}”; geef aan welk gespreksregistratiebestand je wilt gebruiken.</translation>
    </message>
</context>
<context>
    <name>ingest.missing_column</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="26"/>
        <source>The file “{file}” has no column {names}; add it to the header row.</source>
        <translation>Het bestand “{file}” heeft geen kolom {names}; voeg die toe aan de kopregel.</translation>
    </message>
</context>
<context>
    <name>ingest.missing_columns</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="30"/>
        <source>The file “{file}” has no columns {names}; add them to the header row.</source>
        <translation>Het bestand “{file}” heeft geen kolommen {names}; voeg die toe aan de kopregel.</translation>
    </message>
</context>
<context>
    <name>ingest.no_such_folder</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="23"/>
        <source>The folder “{folder}” does not exist or is not a folder.</source>
        <translation>De map “{folder}” bestaat niet of is geen map.</translation>
    </message>
</context>
<context>
    <name>ingest.not_text</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="37"/>
        <source>Line {line} of “{file}” is not text in UTF-8, UTF-16 or Windows-1252; save the file as UTF-8 text and import it again.</source>
        <translation>Regel {line} van “{file}” is geen tekst in UTF-8, UTF-16 of Windows-1252; sla het bestand op als UTF-8-tekst en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ingest.pattern_lacks_groups</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="66"/>
        <source>The 3CX file-name pattern lacks the groups: {groups}.</source>
        <translation>Het 3CX-bestandsnaampatroon mist de groepen: {groups}.</translation>
    </message>
</context>
<context>
    <name>ingest.row.another_copy</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="116"/>
        <source>another copy of the recording {file}</source>
        <translation>nog een kopie van de opname {file}</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_calldate</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="106"/>
        <source>the calldate “{value}” is not YYYY-MM-DD HH:MM:SS</source>
        <translation>de calldate “{value}” is niet JJJJ-MM-DD UU:MM:SS</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_direction</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="125"/>
        <source>direction “{value}” is not inbound, outbound or internal</source>
        <translation>direction “{value}” is niet inbound, outbound of internal</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_duration</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="128"/>
        <source>duration_s “{value}” is not a whole number of seconds</source>
        <translation>duration_s “{value}” is geen geheel aantal seconden</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_number</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="103"/>
        <source>the {column} “{value}” is not a whole number</source>
        <translation>de {column} “{value}” is geen geheel getal</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_seconds</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="100"/>
        <source>the {column} “{value}” is not a whole number of seconds</source>
        <translation>de {column} “{value}” is geen geheel aantal seconden</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_stamp</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="113"/>
        <source>the time stamp “{value}” is not a date and time</source>
        <translation>het tijdstempel “{value}” is geen datum en tijd</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_started_at</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="118"/>
        <source>started_at “{value}” is not an ISO 8601 date and time</source>
        <translation>started_at “{value}” is geen ISO 8601-datum en -tijd</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_time</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="97"/>
        <source>the {column} time “{value}” is not YYYY-MM-DD HH:MM:SS</source>
        <translation>de {column}-tijd “{value}” is niet JJJJ-MM-DD UU:MM:SS</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_uniqueid</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="94"/>
        <source>the uniqueid “{value}” is not of the form 1582406309.760</source>
        <translation>de uniqueid “{value}” heeft niet de vorm 1582406309.760</translation>
    </message>
</context>
<context>
    <name>ingest.row.binary</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="78"/>
        <source>the line holds binary data (a NUL byte), not text</source>
        <translation>de regel bevat binaire gegevens (een NUL-byte), geen tekst</translation>
    </message>
</context>
<context>
    <name>ingest.row.field_count_header</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="86"/>
        <source>the row&apos;s field count is {count}, where the header has {expected}</source>
        <translation>het aantal velden in de rij is {count}, terwijl de kopregel er {expected} heeft</translation>
    </message>
</context>
<context>
    <name>ingest.row.field_count_master</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="90"/>
        <source>the row&apos;s field count is {count}, where Master.csv has 16 to 21</source>
        <translation>het aantal velden in de rij is {count}, terwijl Master.csv er 16 tot 21 heeft</translation>
    </message>
</context>
<context>
    <name>ingest.row.field_too_long</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="77"/>
        <source>a field is longer than {size} KB</source>
        <translation>een veld is langer dan {size} kB</translation>
    </message>
</context>
<context>
    <name>ingest.row.file_column_empty</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="117"/>
        <source>the file column is empty</source>
        <translation>de kolom file is leeg</translation>
    </message>
</context>
<context>
    <name>ingest.row.invalid</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="85"/>
        <source>the row cannot be read ({detail})</source>
        <translation>de rij kan niet worden gelezen ({detail})</translation>
    </message>
</context>
<context>
    <name>ingest.row.line_incomplete</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="73"/>
        <source>the last line is incomplete (the telephone system was probably still writing it)</source>
        <translation>de laatste regel is onvolledig (de telefooncentrale schreef hem waarschijnlijk nog)</translation>
    </message>
</context>
<context>
    <name>ingest.row.line_too_long</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="72"/>
        <source>the line is longer than {size} KB</source>
        <translation>de regel is langer dan {size} kB</translation>
    </message>
</context>
<context>
    <name>ingest.row.not_3cx_name</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="112"/>
        <source>the name is not a 3CX recording name</source>
        <translation>de naam is geen 3CX-opnamenaam</translation>
    </message>
</context>
<context>
    <name>ingest.row.not_csv</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="84"/>
        <source>the line is not valid CSV ({detail})</source>
        <translation>de regel is geen geldige CSV ({detail})</translation>
    </message>
</context>
<context>
    <name>ingest.row.not_freepbx_name</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="109"/>
        <source>the name is not a FreePBX recording name</source>
        <translation>de naam is geen FreePBX-opnamenaam</translation>
    </message>
</context>
<context>
    <name>ingest.row.started_at_no_offset</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="121"/>
        <source>started_at “{value}” has no UTC offset (write e.g. +01:00 or Z)</source>
        <translation>started_at “{value}” heeft geen UTC-verschil (schrijf bijvoorbeeld +01:00 of Z)</translation>
    </message>
</context>
<context>
    <name>ingest.row.unquoted_line_break</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="81"/>
        <source>a field holds a line break without quotes around it</source>
        <translation>een veld bevat een regeleinde zonder aanhalingstekens eromheen</translation>
    </message>
</context>
<context>
    <name>ingest.unknown_source</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="47"/>
        <source>“{kind}” is not a known source; use one of: {valid}.</source>
        <translation>“{kind}” is geen bekende bron; gebruik een van: {valid}.</translation>
    </message>
</context>
<context>
    <name>ingest.unknown_time_zone</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="18"/>
        <source>The policy&apos;s time zone “{zone}” is not known; set the telephone system&apos;s time zone (such as Europe/Amsterdam) before importing.</source>
        <translation>De tijdzone “{zone}” uit het beleid is onbekend; stel de tijdzone van de telefooncentrale in (zoals Europe/Amsterdam) voordat je importeert.</translation>
    </message>
</context>
<context>
    <name>ingest.wrong_encoding</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="42"/>
        <source>Line {line} of “{file}” cannot be read as {encoding} text; save the file as UTF-8 text and import it again.</source>
        <translation>Regel {line} van “{file}” kan niet als {encoding}-tekst worden gelezen; sla het bestand op als UTF-8-tekst en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>listen.case_reference_needed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="285"/>
        <source>Listening for “{purpose}” needs the case reference (dossiernummer) of the dispute.</source>
        <translation>Terugluisteren voor “{purpose}” vraagt het dossiernummer van het geschil.</translation>
    </message>
</context>
<context>
    <name>listen.case_reference_too_long</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="281"/>
        <source>Shorten the case reference to at most {limit} characters.</source>
        <translation>Maak het dossiernummer korter, hoogstens {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>listen.confirm_private</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="289"/>
        <source>Confirm that this is a private call: its audio is destroyed for good.</source>
        <translation>Bevestig dat dit een privégesprek is: het geluid wordt voorgoed vernietigd.</translation>
    </message>
</context>
<context>
    <name>listen.reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="278"/>
        <source>Write why you listen to this call, in at least {least} characters.</source>
        <translation>Schrijf waarom je dit gesprek terugluistert, in minstens {least} tekens.</translation>
    </message>
</context>
<context>
    <name>listen.session_ended</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="275"/>
        <source>This listen session has ended; open a new one to listen again.</source>
        <translation>Deze luistersessie is afgelopen; open een nieuwe om opnieuw te luisteren.</translation>
    </message>
</context>
<context>
    <name>log.anchor_unreadable</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="489"/>
        <source>The anchor file {file} cannot be read ({reason}).</source>
        <translation>Het ankerbestand {file} kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>log.not_an_anchor</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="485"/>
        <source>The file {file} is not an audit-log anchor; choose the file “log anchor” wrote.</source>
        <translation>Het bestand {file} is geen anker van het logboek; kies het bestand dat “log anchor” schreef.</translation>
    </message>
</context>
<context>
    <name>notices.already_acknowledged</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="345"/>
        <source>Notification {notice} was already acknowledged.</source>
        <translation>Kennisgeving {notice} is al als ontvangen bevestigd.</translation>
    </message>
</context>
<context>
    <name>notices.already_sent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="342"/>
        <source>Notification {notice} was already sent.</source>
        <translation>Kennisgeving {notice} is al verstuurd.</translation>
    </message>
</context>
<context>
    <name>notices.changed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="348"/>
        <source>Notification {notice} changed since it was shown (a call was added); show it again and send that text.</source>
        <translation>Kennisgeving {notice} is veranderd sinds ze werd getoond (er kwam een gesprek bij); toon haar opnieuw en verstuur die tekst.</translation>
    </message>
</context>
<context>
    <name>notices.no_notice</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="341"/>
        <source>There is no notification {notice}.</source>
        <translation>Er is geen kennisgeving {notice}.</translation>
    </message>
</context>
<context>
    <name>notices.not_sent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="353"/>
        <source>Notification {notice} is still pending; only a sent notice can be acknowledged.</source>
        <translation>Kennisgeving {notice} moet nog worden verstuurd; alleen een verstuurde kennisgeving kan als ontvangen worden bevestigd.</translation>
    </message>
</context>
<context>
    <name>notices.outside_note</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="84"/>
        <source>Say how the notice reached the agent outside the app, for example “handed over in person on 3 December”.</source>
        <translation>Zeg hoe de kennisgeving de medewerker buiten de app bereikte, bijvoorbeeld “op 3 december persoonlijk overhandigd”.</translation>
    </message>
</context>
<context>
    <name>notices.receipt_code_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="89"/>
        <source>“{code}” is not a receipt code; it has 12 letters a–f and digits, written like 3f9a-0c12-be47.</source>
        <translation>“{code}” is geen controlecode; die heeft 12 letters a–f en cijfers, geschreven als 3f9a-0c12-be47.</translation>
    </message>
</context>
<context>
    <name>notices.unknown_channel</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="357"/>
        <source>Unknown channel “{channel}”; use one of: {valid}.</source>
        <translation>Onbekend kanaal “{channel}”; gebruik een van: {valid}.</translation>
    </message>
</context>
<context>
    <name>objections.end_reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="413"/>
        <source>Write why the objection ends, in at least {least} characters.</source>
        <translation>Schrijf waarom het bezwaar eindigt, in minstens {least} tekens.</translation>
    </message>
</context>
<context>
    <name>objections.in_force</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="406"/>
        <source>This agent&apos;s objection is already recorded and in force.</source>
        <translation>Het bezwaar van deze medewerker is al vastgelegd en geldt.</translation>
    </message>
</context>
<context>
    <name>objections.none</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="409"/>
        <source>This agent has no objection in force.</source>
        <translation>Deze medewerker heeft geen geldend bezwaar.</translation>
    </message>
</context>
<context>
    <name>objections.not_this_agent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="402"/>
        <source>Request {request} is not this agent&apos;s objection; name the right request.</source>
        <translation>Verzoek {request} is niet het bezwaar van deze medewerker; noem het juiste verzoek.</translation>
    </message>
</context>
<context>
    <name>objections.reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="410"/>
        <source>Write why the agent objects, in at least {least} characters.</source>
        <translation>Schrijf waarom de medewerker bezwaar maakt, in minstens {least} tekens.</translation>
    </message>
</context>
<context>
    <name>passphrase.common</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="185"/>
        <source>This passphrase is too easy to guess: it is, or looks like, a commonly used password. Add more unrelated words.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden: hij is of lijkt op een veelgebruikt wachtwoord. Voeg meer losse woorden toe.</translation>
    </message>
</context>
<context>
    <name>passphrase.date</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="200"/>
        <source>This passphrase is too easy to guess: dates and years are found quickly. Add more unrelated words.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden: datums en jaartallen worden snel gevonden. Voeg meer losse woorden toe.</translation>
    </message>
</context>
<context>
    <name>passphrase.pattern</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="195"/>
        <source>This passphrase is too easy to guess: keyboard patterns, sequences and repeats are found quickly. Add more unrelated words.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden: toetsenbordpatronen, reeksen en herhalingen worden snel gevonden. Voeg meer losse woorden toe.</translation>
    </message>
</context>
<context>
    <name>passphrase.too_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="180"/>
        <source>This passphrase is too short; use at least {least} characters, for example four unrelated words.</source>
        <translation>Deze wachtwoordzin is te kort; gebruik minstens {least} tekens, bijvoorbeeld vier losse woorden.</translation>
    </message>
</context>
<context>
    <name>passphrase.weak</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="205"/>
        <source>This passphrase is too easy to guess. Add more unrelated words.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden. Voeg meer losse woorden toe.</translation>
    </message>
</context>
<context>
    <name>passphrase.word</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="190"/>
        <source>This passphrase is too easy to guess: a single word or name is found quickly. Add more unrelated words.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden: één woord of naam wordt snel gevonden. Voeg meer losse woorden toe.</translation>
    </message>
</context>
<context>
    <name>people.agent_gone</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="154"/>
        <source>That agent no longer exists; refresh the list.</source>
        <translation>Die medewerker bestaat niet meer; vernieuw de lijst.</translation>
    </message>
</context>
<context>
    <name>people.agent_name_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="24"/>
        <source>Enter the agent&apos;s name (at most {limit} characters).</source>
        <translation>Vul de naam van de medewerker in (hoogstens {limit} tekens).</translation>
    </message>
</context>
<context>
    <name>people.agent_no_extension</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="27"/>
        <source>Give the agent at least one telephone extension.</source>
        <translation>Geef de medewerker minstens één toestelnummer.</translation>
    </message>
</context>
<context>
    <name>people.email_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="34"/>
        <source>“{email}” is not an e-mail address; check it or leave it empty.</source>
        <translation>“{email}” is geen e-mailadres; controleer het of laat het leeg.</translation>
    </message>
</context>
<context>
    <name>people.extension_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="30"/>
        <source>“{extension}” is not a telephone extension; use digits only, such as 201.</source>
        <translation>Het toestelnummer “{extension}” bestaat niet uit cijfers; gebruik bijvoorbeeld 201.</translation>
    </message>
</context>
<context>
    <name>people.extension_taken</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="157"/>
        <source>Extension {extension} already belongs to another agent.</source>
        <translation>Toestelnummer {extension} hoort al bij een andere medewerker.</translation>
    </message>
</context>
<context>
    <name>people.last_administrator</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="169"/>
        <source>This is the last administrator; make someone else administrator first.</source>
        <translation>Dit is de laatste beheerder; maak eerst iemand anders beheerder.</translation>
    </message>
</context>
<context>
    <name>people.no_agent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="176"/>
        <source>There is no agent {agent}.</source>
        <translation>Er is geen medewerker {agent}.</translation>
    </message>
</context>
<context>
    <name>people.no_agent_with_extension</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="173"/>
        <source>No agent has extension {extension}; check the number.</source>
        <translation>Geen medewerker heeft toestelnummer {extension}; controleer het nummer.</translation>
    </message>
</context>
<context>
    <name>people.no_team</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="151"/>
        <source>There is no team called “{name}”; add it first with “team add”.</source>
        <translation>Er is geen team “{name}”; voeg het eerst toe.</translation>
    </message>
</context>
<context>
    <name>people.no_user</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="168"/>
        <source>There is no user called “{name}”.</source>
        <translation>Er is geen gebruiker “{name}”.</translation>
    </message>
</context>
<context>
    <name>people.remove_yourself</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="165"/>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>Je kunt jezelf niet verwijderen; vraag het een andere beheerder.</translation>
    </message>
</context>
<context>
    <name>people.role_needs_a_team</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="160"/>
        <source>The role {role} works for chosen teams only; choose at least one team.</source>
        <translation>De rol {role} werkt alleen voor gekozen teams; kies minstens één team.</translation>
    </message>
</context>
<context>
    <name>people.role_needs_team</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="38"/>
        <source>The role {role} works for chosen teams only; name at least one team.</source>
        <translation>De rol {role} werkt alleen voor gekozen teams; noem minstens één team.</translation>
    </message>
</context>
<context>
    <name>people.team_exists</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="150"/>
        <source>There is already a team called “{name}”.</source>
        <translation>Er is al een team “{name}”.</translation>
    </message>
</context>
<context>
    <name>people.team_name_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="21"/>
        <source>Enter a team name of at most {limit} characters.</source>
        <translation>Vul een teamnaam in van hoogstens {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>people.unknown_role</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="42"/>
        <source>Unknown role “{role}”; use one of: {valid}.</source>
        <translation>Onbekende rol “{role}”; gebruik een van: {valid}.</translation>
    </message>
</context>
<context>
    <name>people.user_exists</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="164"/>
        <source>There is already a user called “{name}”.</source>
        <translation>Er is al een gebruiker “{name}”.</translation>
    </message>
</context>
<context>
    <name>people.user_name_empty</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="15"/>
        <source>Enter a user name.</source>
        <translation>Vul een gebruikersnaam in.</translation>
    </message>
</context>
<context>
    <name>people.user_name_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="16"/>
        <source>“{name}” cannot be a user name; use up to 64 letters, digits, spaces, dots or dashes (and not the word “recovery”).</source>
        <translation>“{name}” kan geen gebruikersnaam zijn; gebruik hoogstens 64 letters, cijfers, spaties, punten of streepjes (en niet het woord “recovery”).</translation>
    </message>
</context>
<context>
    <name>people.user_no_role</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="37"/>
        <source>Give the user at least one role.</source>
        <translation>Geef de gebruiker minstens één rol.</translation>
    </message>
</context>
<context>
    <name>policy.consent_refused</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="97"/>
        <source>Consent is not a valid legal basis for recording employees, because an employee cannot freely refuse their employer; use legitimate_interest (usual), legal_obligation or contract.</source>
        <translation>Toestemming is geen geldige grondslag om gesprekken van werknemers op te nemen, omdat een werknemer zijn werkgever niet vrij kan weigeren; gebruik legitimate_interest (gebruikelijk), legal_obligation of contract.</translation>
    </message>
</context>
<context>
    <name>policy.extension_range_backwards</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="111"/>
        <source>The range “{part}” runs backwards; write the lower number first.</source>
        <translation>Het bereik “{part}” loopt achteruit; schrijf het laagste nummer eerst.</translation>
    </message>
</context>
<context>
    <name>policy.extension_range_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="106"/>
        <source>“{part}” is not an extension or a range of extensions; write numbers like 100-399 or 500, separated by commas.</source>
        <translation>“{part}” is geen toestelnummer of reeks toestelnummers; schrijf nummers zoals 100-399 of 500, gescheiden door komma&apos;s.</translation>
    </message>
</context>
<context>
    <name>policy.file_empty</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="216"/>
        <source>The policy file {file} is empty; export the current policy with “policy export”, edit that file and import it.</source>
        <translation>Het beleidsbestand {file} is leeg; exporteer het huidige beleid, bewerk dat bestand en importeer het.</translation>
    </message>
</context>
<context>
    <name>policy.file_not_text</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="234"/>
        <source>The policy file {file} cannot be read: it is not UTF-8 text.</source>
        <translation>Het beleidsbestand {file} kan niet worden gelezen: het is geen UTF-8-tekst.</translation>
    </message>
</context>
<context>
    <name>policy.file_refused</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="221"/>
        <source>The policy file {file} was not imported because it has {count} problems; fix them and import it again:
{problems}</source>
        <translation>Het beleidsbestand {file} is niet geïmporteerd omdat er {count} problemen in staan; los ze op en importeer het opnieuw:
{problems}</translation>
    </message>
</context>
<context>
    <name>policy.file_refused_one</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="226"/>
        <source>The policy file {file} was not imported because it has a problem; fix it and import it again:
{problems}</source>
        <translation>Het beleidsbestand {file} is niet geïmporteerd omdat er een probleem in staat; los het op en importeer het opnieuw:
{problems}</translation>
    </message>
</context>
<context>
    <name>policy.file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="231"/>
        <source>The policy file {file} cannot be read ({reason}).</source>
        <translation>Het beleidsbestand {file} kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>policy.incomplete_import</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="211"/>
        <source>The recording policy is not complete, so importing calls is not allowed yet. Still missing:
{missing}</source>
        <translation>Het opnamebeleid is nog niet compleet, dus gesprekken importeren mag nog niet. Er ontbreekt nog:
{missing}</translation>
    </message>
</context>
<context>
    <name>policy.no_version</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="237"/>
        <source>There is no policy version {version}.</source>
        <translation>Er is geen beleidsversie {version}.</translation>
    </message>
</context>
<context>
    <name>policy.unknown_legal_basis</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="103"/>
        <source>Unknown legal basis “{basis}”; use one of: {valid}.</source>
        <translation>Onbekende grondslag “{basis}”; gebruik een van: {valid}.</translation>
    </message>
</context>
<context>
    <name>policy_source.older</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="570"/>
        <source>{file} is version {number} of the policy of “{ours}”, older than version {in_force}, which this vault already holds; it was not imported. Import version {in_force} or newer.</source>
        <translation>{file} is versie {number} van het beleid van ‘{ours}’, ouder dan versie {in_force}, die al in deze kluis staat; het is niet geïmporteerd. Importeer versie {in_force} of nieuwer.</translation>
    </message>
</context>
<context>
    <name>policy_source.other_organisation</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="559"/>
        <source>This vault holds the recording policy of “{ours}”, and {file} is the policy of “{theirs}”; it was not imported. Import your own organisation&apos;s policy file.</source>
        <translation>Deze kluis bevat het opnamebeleid van ‘{ours}’, en {file} is het beleid van ‘{theirs}’; het is niet geïmporteerd. Importeer het beleidsbestand van je eigen organisatie.</translation>
    </message>
</context>
<context>
    <name>policy_source.same_number</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="575"/>
        <source>Version {number} of the policy of “{ours}” is already in this vault with other content; give the changed file a higher {key} and import it again.</source>
        <translation>Versie {number} van het beleid van ‘{ours}’ staat al in deze kluis, met een andere inhoud; geef het gewijzigde bestand een hogere {key} en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>policy_source.unnumbered</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="564"/>
        <source>This vault holds version {in_force} of the policy of “{ours}”, and {file} has no {key}, so it cannot be told from an older version; give it its number (at least {in_force}) and import it again.</source>
        <translation>Deze kluis bevat versie {in_force} van het beleid van ‘{ours}’, en {file} heeft geen {key}, dus is niet te onderscheiden van een oudere versie; geef het bestand zijn nummer (minstens {in_force}) en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>policy_source.version_not_number</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="554"/>
        <source>{key} must be a whole number of 1 or more, such as 3; raise it with every change of the organisation&apos;s policy.</source>
        <translation>{key} moet een geheel getal van 1 of meer zijn, bijvoorbeeld 3; verhoog het bij elke wijziging van het beleid van de organisatie.</translation>
    </message>
</context>
<context>
    <name>recordings.no_audio_left</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="294"/>
        <source>Recording {recording} holds no audio any more.</source>
        <translation>Opname {recording} bevat geen geluid meer.</translation>
    </message>
</context>
<context>
    <name>recordings.no_batch</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="297"/>
        <source>There is no import batch {batch}.</source>
        <translation>Er is geen importronde {batch}.</translation>
    </message>
</context>
<context>
    <name>recordings.no_recording</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="293"/>
        <source>There is no recording {recording}.</source>
        <translation>Er is geen opname {recording}.</translation>
    </message>
</context>
<context>
    <name>report_merge.mixed_periods</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="613"/>
        <source>The reports cover different periods: {first} covers {first_start} to {first_end}, {other} covers {other_start} to {other_end}; make every vault&apos;s report for the same period.</source>
        <translation>De rapportages gaan over verschillende periodes: {first} over {first_start} tot en met {first_end}, {other} over {other_start} tot en met {other_end}; maak de rapportage van elke kluis over dezelfde periode.</translation>
    </message>
</context>
<context>
    <name>report_merge.mixed_policies</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="618"/>
        <source>The reports were made under different recording policies: {first} under {first_policy}, {other} under {other_policy}; import the same policy file into every vault and make the reports again.</source>
        <translation>De rapportages zijn onder verschillend opnamebeleid gemaakt: {first} onder {first_policy}, {other} onder {other_policy}; importeer hetzelfde beleidsbestand in elke kluis en maak de rapportages opnieuw.</translation>
    </message>
</context>
<context>
    <name>report_merge.mixes_rows</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="602"/>
        <source>{file} mixes the rows of several reports; give each vault&apos;s report as its own file.</source>
        <translation>{file} bevat regels van meerdere rapportages; voeg de rapportage van elke kluis als apart bestand toe.</translation>
    </message>
</context>
<context>
    <name>report_merge.not_a_report</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="592"/>
        <source>{file} is not a transparency report of a vault; add the JSON or CSV files that each vault&apos;s Reports page (or “report transparency”) saved.</source>
        <translation>{file} is geen verantwoordingsrapportage van een kluis; voeg de JSON- of CSV-bestanden toe die de pagina Rapportages van elke kluis (of ‘report transparency’) heeft opgeslagen.</translation>
    </message>
</context>
<context>
    <name>report_merge.not_text</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="589"/>
        <source>{file} is not a transparency report (it is not text).</source>
        <translation>{file} is geen verantwoordingsrapportage (het is geen tekst).</translation>
    </message>
</context>
<context>
    <name>report_merge.older_version</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="597"/>
        <source>{file} was made by an earlier version of Supervisor App and does not say which policy it was made under; make that vault&apos;s report again.</source>
        <translation>{file} is gemaakt door een eerdere versie van Supervisor App en vermeldt niet onder welk beleid; maak de rapportage van die kluis opnieuw.</translation>
    </message>
</context>
<context>
    <name>report_merge.same_vault_twice</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="609"/>
        <source>{first} and {second} are both reports of vault {vault}; give each vault&apos;s report once.</source>
        <translation>{first} en {second} zijn allebei rapportages van kluis {vault}; voeg de rapportage van elke kluis één keer toe.</translation>
    </message>
</context>
<context>
    <name>report_merge.too_few</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="606"/>
        <source>Give the transparency reports of at least two vaults to merge.</source>
        <translation>Voeg de verantwoordingsrapportages van minstens twee kluizen toe om ze samen te voegen.</translation>
    </message>
</context>
<context>
    <name>report_merge.too_large</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="586"/>
        <source>{file} is too large to be a transparency report.</source>
        <translation>{file} is te groot voor een verantwoordingsrapportage.</translation>
    </message>
</context>
<context>
    <name>report_merge.unreadable</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="583"/>
        <source>The report {path} cannot be read ({reason}).</source>
        <translation>De rapportage {path} kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>reports.period_backwards</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="476"/>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>De periode eindigt voordat ze begint; controleer de twee datums.</translation>
    </message>
</context>
<context>
    <name>requests.already_answered</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="56"/>
        <source>This request was already answered.</source>
        <translation>Dit verzoek is al beantwoord.</translation>
    </message>
</context>
<context>
    <name>requests.already_extended</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="52"/>
        <source>This request was already extended; the law allows one extension.</source>
        <translation>Dit verzoek is al verlengd; de wet staat één verlenging toe.</translation>
    </message>
</context>
<context>
    <name>requests.already_refused</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="59"/>
        <source>This request was already refused.</source>
        <translation>Dit verzoek is al geweigerd.</translation>
    </message>
</context>
<context>
    <name>requests.answer_note</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="75"/>
        <source>Write how the request was answered.</source>
        <translation>Schrijf hoe het verzoek is beantwoord.</translation>
    </message>
</context>
<context>
    <name>requests.extension_reason</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="67"/>
        <source>Write why two more months are needed, in at least {least} characters; the subject is told this reason.</source>
        <translation>Schrijf waarom er twee maanden extra nodig zijn, in minstens {least} tekens; de betrokkene krijgt deze reden te horen.</translation>
    </message>
</context>
<context>
    <name>requests.first_month_passed</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="62"/>
        <source>The first month has passed, so the deadline can no longer be extended: the subject must be told of an extension within that month. Answer it now.</source>
        <translation>De eerste maand is voorbij, dus de termijn kan niet meer worden verlengd: de betrokkene moet binnen die maand over een verlenging worden ingelicht. Beantwoord het verzoek nu.</translation>
    </message>
</context>
<context>
    <name>requests.name_subject_once</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="369"/>
        <source>Name the subject once: an agent (by extension) or a caller (by phone number).</source>
        <translation>Noem de betrokkene één keer: een medewerker (met toestelnummer) of een beller (met telefoonnummer).</translation>
    </message>
</context>
<context>
    <name>requests.no_request</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="368"/>
        <source>There is no request {request}.</source>
        <translation>Er is geen verzoek {request}.</translation>
    </message>
</context>
<context>
    <name>requests.not_a_phone_number</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="363"/>
        <source>“{number}” is not a telephone number; write it as, for example, 0612345678 or +31 6 1234 5678.</source>
        <translation>“{number}” is geen telefoonnummer; schrijf het bijvoorbeeld als 0612345678 of +31 6 1234 5678.</translation>
    </message>
</context>
<context>
    <name>requests.note_too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="78"/>
        <source>Keep the note under {limit} characters.</source>
        <translation>Houd de notitie onder {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>requests.received_in_future</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="48"/>
        <source>The day of receipt {date} lies in the future; enter the day the request arrived.</source>
        <translation>De dag van ontvangst {date} ligt in de toekomst; vul de dag in waarop het verzoek binnenkwam.</translation>
    </message>
</context>
<context>
    <name>requests.refusal_note</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="72"/>
        <source>Write why the request is refused, in at least {least} characters.</source>
        <translation>Schrijf waarom het verzoek wordt geweigerd, in minstens {least} tekens.</translation>
    </message>
</context>
<context>
    <name>requests.text_too_long</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="373"/>
        <source>Keep how it was verified under {verification} characters and the note under {note}.</source>
        <translation>Houd de beschrijving van de controle onder {verification} tekens en de notitie onder {note}.</translation>
    </message>
</context>
<context>
    <name>requests.unknown_kind</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="377"/>
        <source>“{kind}” is not a kind of request; use one of: {valid}.</source>
        <translation>“{kind}” is geen soort verzoek; gebruik een van: {valid}.</translation>
    </message>
</context>
<context>
    <name>requests.unknown_outcome</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="380"/>
        <source>“{outcome}” is not an outcome; use answered or refused.</source>
        <translation>“{outcome}” is geen uitkomst; gebruik answered of refused.</translation>
    </message>
</context>
<context>
    <name>rights.admin_acknowledgements</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="52"/>
        <source>Only an administrator can record protocol acknowledgements.</source>
        <translation>Alleen een beheerder kan ontvangstbevestigingen van het protocol vastleggen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_add_agents</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="17"/>
        <source>Only an administrator can add agents.</source>
        <translation>Alleen een beheerder kan medewerkers toevoegen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_add_users</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="23"/>
        <source>Only an administrator can add users.</source>
        <translation>Alleen een beheerder kan gebruikers toevoegen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_change_agents</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="20"/>
        <source>Only an administrator can change agents.</source>
        <translation>Alleen een beheerder kan medewerkers wijzigen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_close_requests</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="71"/>
        <source>Only an administrator can close requests.</source>
        <translation>Alleen een beheerder kan verzoeken afsluiten.</translation>
    </message>
</context>
<context>
    <name>rights.admin_erase</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="56"/>
        <source>Only an administrator can erase recordings.</source>
        <translation>Alleen een beheerder kan opnamen verwijderen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_export</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="74"/>
        <source>Only an administrator can export a person&apos;s data.</source>
        <translation>Alleen een beheerder kan de gegevens van een persoon exporteren.</translation>
    </message>
</context>
<context>
    <name>rights.admin_extend_requests</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="68"/>
        <source>Only an administrator can extend requests.</source>
        <translation>Alleen een beheerder kan verzoeken verlengen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_lift_objections</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="62"/>
        <source>Only an administrator can lift objections.</source>
        <translation>Alleen een beheerder kan bezwaren opheffen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_objections</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="59"/>
        <source>Only an administrator can record objections.</source>
        <translation>Alleen een beheerder kan bezwaren vastleggen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_passphrase</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="29"/>
        <source>Only an administrator can change another user&apos;s passphrase.</source>
        <translation>Alleen een beheerder kan de wachtwoordzin van een andere gebruiker wijzigen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_policy</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="46"/>
        <source>Only an administrator can change the recording policy.</source>
        <translation>Alleen een beheerder kan het opnamebeleid wijzigen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_publish</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="49"/>
        <source>Only an administrator can publish documents.</source>
        <translation>Alleen een beheerder kan documenten publiceren.</translation>
    </message>
</context>
<context>
    <name>rights.admin_recovery_key</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="38"/>
        <source>Only an administrator can replace the recovery key.</source>
        <translation>Alleen een beheerder kan de herstelsleutel vervangen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_register_requests</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="65"/>
        <source>Only an administrator can register requests.</source>
        <translation>Alleen een beheerder kan verzoeken registreren.</translation>
    </message>
</context>
<context>
    <name>rights.admin_rekey</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="35"/>
        <source>Only an administrator can rekey the vault.</source>
        <translation>Alleen een beheerder kan de kluis opnieuw versleutelen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_remove_users</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="32"/>
        <source>Only an administrator can remove users.</source>
        <translation>Alleen een beheerder kan gebruikers verwijderen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_roles</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="26"/>
        <source>Only an administrator can change roles.</source>
        <translation>Alleen een beheerder kan rollen wijzigen.</translation>
    </message>
</context>
<context>
    <name>rights.admin_teams</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="16"/>
        <source>Only an administrator can add teams.</source>
        <translation>Alleen een beheerder kan teams toevoegen.</translation>
    </message>
</context>
<context>
    <name>rights.backup</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="495"/>
        <source>Only an administrator or an auditor can back up the vault.</source>
        <translation>Alleen een beheerder of een controleur kan een back-up van de kluis maken.</translation>
    </message>
</context>
<context>
    <name>rights.hold_role</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="117"/>
        <source>The policy does not let your role keep recordings as evidence for “{purpose}”.</source>
        <translation>Volgens het beleid mag jouw rol geen opnamen als bewijs bewaren voor “{purpose}”.</translation>
    </message>
</context>
<context>
    <name>rights.hold_team</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="121"/>
        <source>The agent of this recording is not in a team you may hold recordings for.</source>
        <translation>De medewerker van deze opname zit niet in een team waarvoor je opnamen als bewijs mag bewaren.</translation>
    </message>
</context>
<context>
    <name>rights.import_agents</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="528"/>
        <source>Only an administrator can import agents.</source>
        <translation>Alleen een beheerder kan medewerkers importeren.</translation>
    </message>
</context>
<context>
    <name>rights.importers</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="97"/>
        <source>Only an administrator or a team lead can import calls.</source>
        <translation>Alleen een beheerder of een teamleider kan gesprekken importeren.</translation>
    </message>
</context>
<context>
    <name>rights.only_author_changes</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="642"/>
        <source>Only its author can change a scorecard.</source>
        <translation>Alleen wie een beoordeling schreef, kan die wijzigen.</translation>
    </message>
</context>
<context>
    <name>rights.only_listener_scores</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="634"/>
        <source>Only the person who listened can score this listen.</source>
        <translation>Alleen wie heeft teruggeluisterd, kan dit terugluisteren beoordelen.</translation>
    </message>
</context>
<context>
    <name>rights.only_team_lead_sheets</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="680"/>
        <source>Only the agent&apos;s team lead can make or send their feedback sheet.</source>
        <translation>Alleen de teamleider van de medewerker kan diens feedbackformulier maken of versturen.</translation>
    </message>
</context>
<context>
    <name>rights.only_team_lead_trends</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="661"/>
        <source>Only a team lead of this team can see its coaching trends.</source>
        <translation>Alleen een teamleider van dit team kan de coachingtrends ervan zien.</translation>
    </message>
</context>
<context>
    <name>rights.private_flag</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="113"/>
        <source>Only someone who may listen to this recording can flag it as a private call.</source>
        <translation>Alleen iemand die deze opname mag terugluisteren, kan haar als privégesprek markeren.</translation>
    </message>
</context>
<context>
    <name>rights.reader_log</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="88"/>
        <source>Only an administrator or auditor can verify or export the log.</source>
        <translation>Alleen een beheerder of controleur kan het logboek controleren of exporteren.</translation>
    </message>
</context>
<context>
    <name>rights.reader_objections</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="81"/>
        <source>Only an administrator or an auditor can see objections.</source>
        <translation>Alleen een beheerder of een controleur kan bezwaren inzien.</translation>
    </message>
</context>
<context>
    <name>rights.reader_receipts</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="94"/>
        <source>Only an administrator or auditor can check a receipt.</source>
        <translation>Alleen een beheerder of controleur kan een controlecode nagaan.</translation>
    </message>
</context>
<context>
    <name>rights.reader_requests</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="84"/>
        <source>Only an administrator or an auditor can see the requests register.</source>
        <translation>Alleen een beheerder of een controleur kan het register van verzoeken inzien.</translation>
    </message>
</context>
<context>
    <name>rights.reader_transparency</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="77"/>
        <source>Only an administrator or an auditor can make the transparency report.</source>
        <translation>Alleen een beheerder of een controleur kan de verantwoordingsrapportage maken.</translation>
    </message>
</context>
<context>
    <name>rights.reader_who_listens</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="91"/>
        <source>Only an administrator or auditor can see who may listen.</source>
        <translation>Alleen een beheerder of controleur kan zien wie mag terugluisteren.</translation>
    </message>
</context>
<context>
    <name>rights.recovery_key_not_with_itself</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="41"/>
        <source>The recovery key cannot replace itself; unlock as an administrator with your passphrase and replace it then.</source>
        <translation>De herstelsleutel kan zichzelf niet vervangen; ontgrendel als beheerder met je wachtwoordzin en vervang hem dan.</translation>
    </message>
</context>
<context>
    <name>rights.release</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="125"/>
        <source>Only an administrator or someone who may place this hold can release it.</source>
        <translation>Alleen een beheerder of iemand die deze bewaring mag instellen, kan haar beëindigen.</translation>
    </message>
</context>
<context>
    <name>rights.restore</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="498"/>
        <source>Only an administrator of the vault (or its recovery key) can restore a backup.</source>
        <translation>Alleen een beheerder van de kluis (of de herstelsleutel) kan een back-up terugzetten.</translation>
    </message>
</context>
<context>
    <name>rights.senders_acknowledged</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="104"/>
        <source>Only an administrator, a team lead or a quality coach can record that an agent acknowledged a notice.</source>
        <translation>Alleen een beheerder, een teamleider of een kwaliteitscoach kan vastleggen dat een medewerker een kennisgeving heeft bevestigd.</translation>
    </message>
</context>
<context>
    <name>rights.senders_defer</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="109"/>
        <source>Only an administrator, a team lead or a quality coach can defer a notice.</source>
        <translation>Alleen een beheerder, een teamleider of een kwaliteitscoach kan een kennisgeving uitstellen.</translation>
    </message>
</context>
<context>
    <name>rights.senders_sent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="100"/>
        <source>Only an administrator, a team lead or a quality coach can record that a notice was sent.</source>
        <translation>Alleen een beheerder, een teamleider of een kwaliteitscoach kan vastleggen dat een kennisgeving is verstuurd.</translation>
    </message>
</context>
<context>
    <name>roster.agent_twice</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="209"/>
        <source>this agent is also on line {first}; put all of an agent&apos;s extensions on one line.</source>
        <translation>deze medewerker staat ook op regel {first}; zet alle toestelnummers van een medewerker op één regel.</translation>
    </message>
</context>
<context>
    <name>roster.empty</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="177"/>
        <source>The agents list is empty; it needs a heading line with the columns extension, name and team, and one line per agent.</source>
        <translation>De lijst met medewerkers is leeg; er moet een kopregel in staan met de kolommen extension, name en team, en één regel per medewerker.</translation>
    </message>
</context>
<context>
    <name>roster.extension_twice</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="200"/>
        <source>extension {extension} is also on line {first}; give each extension to one agent only.</source>
        <translation>toestelnummer {extension} staat ook op regel {first}; geef elk toestelnummer aan maar één medewerker.</translation>
    </message>
</context>
<context>
    <name>roster.extensions_of_several</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="204"/>
        <source>the extensions {extensions} belong to {count} different agents in the vault; put each agent on a line of their own.</source>
        <translation>de toestelnummers {extensions} horen bij {count} verschillende medewerkers in de kluis; zet elke medewerker op een eigen regel.</translation>
    </message>
</context>
<context>
    <name>roster.language</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="196"/>
        <source>the language “{language}” is neither nl nor en; write nl or en, or leave it empty for nl.</source>
        <translation>de taal ‘{language}’ is geen nl en geen en; schrijf nl of en, of laat het leeg voor nl.</translation>
    </message>
</context>
<context>
    <name>roster.line</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="195"/>
        <source>Line {line}: {problem}</source>
        <translation>Regel {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>roster.no_column</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="190"/>
        <source>The agents list has no column {columns} in its heading line; the columns are extension, name, team, e-mail and language.</source>
        <translation>De kopregel van de lijst met medewerkers heeft geen kolom {columns}; de kolommen zijn extension, name, team, email en language.</translation>
    </message>
</context>
<context>
    <name>roster.not_csv</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="185"/>
        <source>The agents list cannot be read as CSV at line {line} ({reason}); save it again from the spreadsheet as CSV.</source>
        <translation>De lijst met medewerkers kan op regel {line} niet als CSV worden gelezen ({reason}); sla hem opnieuw als CSV op vanuit het rekenblad.</translation>
    </message>
</context>
<context>
    <name>roster.too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="182"/>
        <source>The agents list has more than {limit} lines; split it by team.</source>
        <translation>De lijst met medewerkers heeft meer dan {limit} regels; splits hem per team.</translation>
    </message>
</context>
<context>
    <name>session.no_longer_a_user</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="132"/>
        <source>“{name}” has a key but is no longer a user of this vault; ask an administrator.</source>
        <translation>“{name}” heeft een sleutel maar is geen gebruiker van deze kluis meer; vraag het een beheerder.</translation>
    </message>
</context>
<context>
    <name>session.rekey_interrupted</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="136"/>
        <source>A rekey of this vault was interrupted; unlock once as a user who has unlocked since the last update, so it can be finished.</source>
        <translation>Het opnieuw versleutelen van deze kluis is onderbroken; ontgrendel één keer als een gebruiker die sinds de laatste update heeft ontgrendeld, zodat het kan worden afgemaakt.</translation>
    </message>
</context>
<context>
    <name>session.signing_key_unknown</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="141"/>
        <source>The audit log knows another signing key for “{name}”, or none: this key slot is an old copy, or the log was rewritten. Tell the privacy officer; an administrator can set a new passphrase.</source>
        <translation>Het logboek kent een andere ondertekeningssleutel voor “{name}”, of geen: deze sleutel is een oude kopie, of het logboek is herschreven. Meld het de functionaris gegevensbescherming; een beheerder kan een nieuwe wachtwoordzin instellen.</translation>
    </message>
</context>
<context>
    <name>sheets.already_sent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="703"/>
        <source>Feedback sheet {sheet} was already sent.</source>
        <translation>Feedbackformulier {sheet} is al verstuurd.</translation>
    </message>
</context>
<context>
    <name>sheets.already_withdrawn</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="706"/>
        <source>Feedback sheet {sheet} was already withdrawn.</source>
        <translation>Feedbackformulier {sheet} is al ingetrokken.</translation>
    </message>
</context>
<context>
    <name>sheets.call_deleted</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="690"/>
        <source>A call feedback sheet {sheet} covers was deleted when its retention ended; make a new sheet for the calls that are left.</source>
        <translation>Een gesprek uit feedbackformulier {sheet} is verwijderd toen de bewaartermijn ervan verstreek; maak een nieuw formulier voor de gesprekken die er nog zijn.</translation>
    </message>
</context>
<context>
    <name>sheets.call_deleted_withdraw</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="695"/>
        <source>A call feedback sheet {sheet} covers was deleted when its retention ended; withdraw it and make a new sheet.</source>
        <translation>Een gesprek uit feedbackformulier {sheet} is verwijderd toen de bewaartermijn ervan verstreek; trek het formulier in en maak een nieuw.</translation>
    </message>
</context>
<context>
    <name>sheets.no_sheet</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="689"/>
        <source>There is no feedback sheet {sheet}.</source>
        <translation>Er is geen feedbackformulier {sheet}.</translation>
    </message>
</context>
<context>
    <name>sheets.not_shown</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="709"/>
        <source>Feedback sheet {sheet} is not the one shown; show it again and send that.</source>
        <translation>Feedbackformulier {sheet} is niet het formulier dat getoond werd; toon het opnieuw en verstuur dat.</translation>
    </message>
</context>
<context>
    <name>sheets.nothing_to_send</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="684"/>
        <source>No shared scorecard of {agent} is about a call from {start} to {end}; there is nothing to send.</source>
        <translation>Geen enkele gedeelde beoordeling van {agent} gaat over een gesprek van {start} tot en met {end}; er is niets te versturen.</translation>
    </message>
</context>
<context>
    <name>sheets.period_backwards</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="713"/>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>De periode eindigt voordat ze begint; controleer de twee datums.</translation>
    </message>
</context>
<context>
    <name>sheets.unknown_channel</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="700"/>
        <source>Unknown channel “{channel}”; use one of: {valid}.</source>
        <translation>Onbekend kanaal ‘{channel}’; gebruik een van: {valid}.</translation>
    </message>
</context>
<context>
    <name>ui.own_sentence</name>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="49"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
</context>
<context>
    <name>vault.backup_cannot_open</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="283"/>
        <source>The backup cannot be opened.</source>
        <translation>De back-up kan niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>vault.backup_database_damaged</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="240"/>
        <source>The backup&apos;s database is damaged and cannot be used; make a new backup.</source>
        <translation>De database van de back-up is beschadigd en onbruikbaar; maak een nieuwe back-up.</translation>
    </message>
</context>
<context>
    <name>vault.backup_database_other_vault</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="244"/>
        <source>The backup&apos;s database belongs to another vault than its key file.</source>
        <translation>De database van de back-up hoort bij een andere kluis dan het sleutelbestand ervan.</translation>
    </message>
</context>
<context>
    <name>vault.backup_disk_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="197"/>
        <source>The disk is full, so the backup could not be saved; free some space and try again. The vault was not changed.</source>
        <translation>De schijf is vol, dus de back-up kon niet worden opgeslagen; maak ruimte vrij en probeer het opnieuw. De kluis is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vault.backup_file_altered</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="271"/>
        <source>The backup {name} is damaged: its vault.db is not the file that was backed up. Choose another backup.</source>
        <translation>De back-up {name} is beschadigd: het vault.db erin is niet het bestand waarvan een back-up werd gemaakt. Kies een andere back-up.</translation>
    </message>
</context>
<context>
    <name>vault.backup_file_missing</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="279"/>
        <source>There is no {file} in {folder}; choose a complete backup.</source>
        <translation>Er staat geen {file} in {folder}; kies een volledige back-up.</translation>
    </message>
</context>
<context>
    <name>vault.backup_folder_not_folder</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="225"/>
        <source>{folder} is not a folder; choose a folder for the backups.</source>
        <translation>{folder} is geen map; kies een map voor de back-ups.</translation>
    </message>
</context>
<context>
    <name>vault.backup_from_newer_version</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="258"/>
        <source>This backup was made by a newer version of Supervisor App; install that version to restore it.</source>
        <translation>Deze back-up is gemaakt door een nieuwere versie van Supervisor App; installeer die versie om hem terug te zetten.</translation>
    </message>
</context>
<context>
    <name>vault.backup_incomplete</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="267"/>
        <source>The backup {name} is incomplete (vault.db or keyslots.json is missing).</source>
        <translation>De back-up {name} is onvolledig (vault.db of keyslots.json ontbreekt).</translation>
    </message>
</context>
<context>
    <name>vault.backup_key_file_other_vault</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="276"/>
        <source>The backup {name} holds the key file of another vault.</source>
        <translation>De back-up {name} bevat het sleutelbestand van een andere kluis.</translation>
    </message>
</context>
<context>
    <name>vault.backup_log_altered</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="248"/>
        <source>The backup&apos;s audit log ends at entry {found}, not at entry {described} as its description says: it was altered.</source>
        <translation>Het auditlog van de back-up eindigt bij regel {found}, niet bij regel {described} zoals de beschrijving zegt: het is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vault.backup_not_copied</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="237"/>
        <source>The vault could not be copied; try again.</source>
        <translation>De kluis kon niet worden gekopieerd; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>vault.backup_not_saved</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="207"/>
        <source>The backup could not be saved ({reason}). The vault was not changed.</source>
        <translation>De back-up kon niet worden opgeslagen ({reason}). De kluis is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vault.backup_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="202"/>
        <source>The backup folder is read-only, so the backup could not be saved; choose a folder you can write to or fix its permissions. The vault was not changed.</source>
        <translation>De map voor de back-ups is alleen-lezen, dus de back-up kon niet worden opgeslagen; kies een map waarin je kunt schrijven of pas de rechten aan. De kluis is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vault.backup_stopped</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="293"/>
        <source>Stopped before it was finished; nothing was saved or changed.</source>
        <translation>Gestopt voordat het klaar was; er is niets opgeslagen of gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vault.backup_wrong_key</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="284"/>
        <source>{file} in {folder} cannot be read with this vault&apos;s key: it is damaged or belongs to another vault.</source>
        <translation>{file} in {folder} kan niet worden gelezen met de sleutel van deze kluis: het is beschadigd of hoort bij een andere kluis.</translation>
    </message>
</context>
<context>
    <name>vault.database_cannot_open</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="62"/>
        <source>The vault database cannot be opened.</source>
        <translation>De database van de kluis kan niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>vault.database_cannot_write</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="65"/>
        <source>The vault cannot be written now.</source>
        <translation>Er kan nu niet in de kluis worden geschreven.</translation>
    </message>
</context>
<context>
    <name>vault.database_empty</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="53"/>
        <source>vault.db is empty, so it holds no vault; restore the vault folder from a backup.</source>
        <translation>vault.db is leeg en bevat dus geen kluis; zet de kluismap terug uit een back-up.</translation>
    </message>
</context>
<context>
    <name>vault.database_foreign</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="57"/>
        <source>vault.db is not a Supervisor App vault database or does not match keyslots.json; restore the vault folder from a backup.</source>
        <translation>vault.db is geen kluisdatabase van Supervisor App of past niet bij keyslots.json; zet de kluismap terug uit een back-up.</translation>
    </message>
</context>
<context>
    <name>vault.database_missing</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="28"/>
        <source>The vault folder has no vault.db; restore it from a backup or create a new vault.</source>
        <translation>In de kluismap staat geen vault.db; zet die terug uit een back-up of maak een nieuwe kluis.</translation>
    </message>
</context>
<context>
    <name>vault.different_vaults</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="68"/>
        <source>vault.db and keyslots.json come from different vaults; restore the vault folder from one backup.</source>
        <translation>vault.db en keyslots.json komen uit verschillende kluizen; zet de kluismap terug uit één back-up.</translation>
    </message>
</context>
<context>
    <name>vault.folder_disk_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="133"/>
        <source>The disk is full, so the vault folder could not be made; free some space and try again. Nothing was changed.</source>
        <translation>De schijf is vol, dus de kluismap kon niet worden gemaakt; maak ruimte vrij en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.folder_holds_vault</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="126"/>
        <source>The folder {folder} already holds a vault; open it instead.</source>
        <translation>In de map {folder} staat al een kluis; open die.</translation>
    </message>
</context>
<context>
    <name>vault.folder_not_empty</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="129"/>
        <source>The folder {folder} is not empty; choose a new or empty folder for the vault.</source>
        <translation>De map {folder} is niet leeg; kies een nieuwe of lege map voor de kluis.</translation>
    </message>
</context>
<context>
    <name>vault.folder_not_made</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="143"/>
        <source>The vault folder could not be made ({reason}). Nothing was changed.</source>
        <translation>De kluismap kon niet worden gemaakt ({reason}). Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.folder_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="138"/>
        <source>The vault folder cannot be made there because that place is read-only; choose a folder you can write to. Nothing was changed.</source>
        <translation>De kluismap kan daar niet worden gemaakt omdat die plek alleen-lezen is; kies een map waarin je kunt schrijven. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_damaged</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="39"/>
        <source>The key file keyslots.json is damaged or incomplete; restore it from a backup of the vault folder.</source>
        <translation>Het sleutelbestand keyslots.json is beschadigd of onvolledig; zet het terug uit een back-up van de kluismap.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_disk_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="146"/>
        <source>The disk is full, so the key file could not be saved; free some space and try again. Nothing was changed.</source>
        <translation>De schijf is vol, dus het sleutelbestand kon niet worden opgeslagen; maak ruimte vrij en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_foreign</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="35"/>
        <source>This folder&apos;s keyslots.json does not belong to a Supervisor App vault.</source>
        <translation>Het bestand keyslots.json in deze map hoort niet bij een kluis van Supervisor App.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_not_saved</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="156"/>
        <source>The key file could not be saved ({reason}). Nothing was changed.</source>
        <translation>Het sleutelbestand kon niet worden opgeslagen ({reason}). Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_other_vault</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="228"/>
        <source>keyslots.json belongs to another vault; lock the vault and restore the folder.</source>
        <translation>keyslots.json hoort bij een andere kluis; vergrendel de kluis en zet de map terug.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="151"/>
        <source>The vault folder is read-only, so the key file could not be saved; choose a folder you can write to or fix its permissions. Nothing was changed.</source>
        <translation>De kluismap is alleen-lezen, dus het sleutelbestand kon niet worden opgeslagen; kies een map waarin je kunt schrijven of pas de rechten aan. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_replaced</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="73"/>
        <source>keyslots.json was replaced by the key file of another vault while this one was open; lock the vault and restore the folder from one backup.</source>
        <translation>keyslots.json is vervangen door het sleutelbestand van een andere kluis terwijl deze open was; vergrendel de kluis en zet de map terug uit één back-up.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_too_large</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="44"/>
        <source>The key file keyslots.json is far larger than a key file can be; restore it from a backup of the vault folder.</source>
        <translation>Het sleutelbestand keyslots.json is veel groter dan een sleutelbestand kan zijn; zet het terug uit een back-up van de kluismap.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="32"/>
        <source>The vault&apos;s key file cannot be read ({reason}).</source>
        <translation>Het sleutelbestand van de kluis kan niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>vault.locked</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="96"/>
        <source>The vault is locked; unlock it again to continue.</source>
        <translation>De kluis is vergrendeld; ontgrendel haar opnieuw om verder te gaan.</translation>
    </message>
</context>
<context>
    <name>vault.newer_version</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="49"/>
        <source>This vault was made by a newer version of Supervisor App; install that version to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Supervisor App; installeer die versie om haar te openen.</translation>
    </message>
</context>
<context>
    <name>vault.no_database</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="24"/>
        <source>The folder {folder} has a key file but no vault.db; restore the vault folder from a backup.</source>
        <translation>In de map {folder} staat wel een sleutelbestand maar geen vault.db; zet de kluismap terug uit een back-up.</translation>
    </message>
</context>
<context>
    <name>vault.no_folder</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="16"/>
        <source>There is no folder {folder}; choose the folder that holds your vault.</source>
        <translation>De map {folder} bestaat niet; kies de map waarin je kluis staat.</translation>
    </message>
</context>
<context>
    <name>vault.no_key_file</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="19"/>
        <source>The folder {folder} is not a Supervisor App vault (it has no keyslots.json); choose the folder that holds vault.db and keyslots.json.</source>
        <translation>De map {folder} is geen kluis van Supervisor App (er staat geen keyslots.json in); kies de map met vault.db en keyslots.json.</translation>
    </message>
</context>
<context>
    <name>vault.no_rekey</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="125"/>
        <source>No rekey is under way.</source>
        <translation>Er wordt nu niet opnieuw versleuteld.</translation>
    </message>
</context>
<context>
    <name>vault.not_a_backup</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="253"/>
        <source>The folder {folder} is not a vault backup; choose a folder made by “Back up vault”, which holds vault.db, keyslots.json and backup.json.</source>
        <translation>De map {folder} is geen back-up van een kluis; kies een map die met ‘Back-up maken’ is gemaakt, met daarin vault.db, keyslots.json en backup.json.</translation>
    </message>
</context>
<context>
    <name>vault.old_backup_not_deleted</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="263"/>
        <source>The old backup {name} could not be deleted ({reason}); delete it by hand.</source>
        <translation>De oude back-up {name} kon niet worden verwijderd ({reason}); verwijder hem zelf.</translation>
    </message>
</context>
<context>
    <name>vault.open_elsewhere</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="102"/>
        <source>The vault is open in another program; close it there first, or delete {path} if you are sure no program has it open.</source>
        <translation>De kluis is open in een ander programma; sluit haar daar eerst, of verwijder {path} als je zeker weet dat geen programma haar open heeft.</translation>
    </message>
</context>
<context>
    <name>vault.open_elsewhere_by</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="107"/>
        <source>The vault is open in another program ({user} on {host}, process {pid}, since {since}); close it there first, or delete {path} if you are sure it is no longer open.</source>
        <translation>De kluis is open in een ander programma ({user} op {host}, proces {pid}, sinds {since}); sluit haar daar eerst, of verwijder {path} als je zeker weet dat ze niet meer open is.</translation>
    </message>
</context>
<context>
    <name>vault.open_in_this_program</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="289"/>
        <source>This vault is open in this program; lock it first, then restore the backup.</source>
        <translation>Deze kluis is open in dit programma; vergrendel haar eerst en zet dan de back-up terug.</translation>
    </message>
</context>
<context>
    <name>vault.open_on_other_computer</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="112"/>
        <source>The vault is open on another computer, {host} (user {user}, since {since}); a vault is used from one computer at a time, also on a network share, so close it there first, or delete {path} if you are sure it is no longer open there.</source>
        <translation>De kluis is open op een andere computer, {host} (gebruiker {user}, sinds {since}); een kluis wordt op één computer tegelijk gebruikt, ook op een netwerkschijf, dus sluit haar daar eerst, of verwijder {path} als je zeker weet dat ze daar niet meer open is.</translation>
    </message>
</context>
<context>
    <name>vault.own_key_removed</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="97"/>
        <source>Your key was removed from this vault&apos;s key file while it was open; lock the vault and ask an administrator.</source>
        <translation>Je sleutel is uit het sleutelbestand van deze kluis verwijderd terwijl ze open was; vergrendel de kluis en vraag het een beheerder.</translation>
    </message>
</context>
<context>
    <name>vault.recovery_slot_kept</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="121"/>
        <source>The recovery key&apos;s slot cannot be removed; make a new recovery key instead.</source>
        <translation>De sleutel van de herstelsleutel kan niet worden verwijderd; maak in plaats daarvan een nieuwe herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>vault.rekey_under_way</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="232"/>
        <source>A re-encryption of the vault is under way; lock and unlock the vault to finish it, then make the backup.</source>
        <translation>De kluis wordt opnieuw versleuteld; vergrendel en ontgrendel de kluis om dat af te maken, en maak dan de back-up.</translation>
    </message>
</context>
<context>
    <name>vault.restore_disk_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="211"/>
        <source>The disk is full, so the backup could not be restored; free some space and try again. Nothing was changed.</source>
        <translation>De schijf is vol, dus de back-up kon niet worden teruggezet; maak ruimte vrij en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vault.restore_not_saved</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="221"/>
        <source>The backup could not be restored ({reason}). Nothing was changed.</source>
        <translation>De back-up kon niet worden teruggezet ({reason}). Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vault.restore_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="216"/>
        <source>The vault&apos;s folder is read-only, so the backup could not be restored there; choose a folder you can write to or fix its permissions. Nothing was changed.</source>
        <translation>De map van de kluis is alleen-lezen, dus de back-up kon daar niet worden teruggezet; kies een map waarin je kunt schrijven of pas de rechten aan. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vault.slot_altered</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="91"/>
        <source>The key slot of “{name}” in keyslots.json has been altered; restore keyslots.json from a backup or unlock with the recovery key.</source>
        <translation>De sleutel van “{name}” in keyslots.json is gewijzigd; zet keyslots.json terug uit een back-up of ontgrendel met de herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_busy</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="183"/>
        <source>The vault is busy in another window or program; close that and try again.</source>
        <translation>De kluis is bezig in een ander venster of programma; sluit dat en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_cannot_open</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="179"/>
        <source>The vault database cannot be opened; check that the folder exists and that you may read it.</source>
        <translation>De database van de kluis kan niet worden geopend; controleer of de map bestaat en of je haar mag lezen.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_corrupt</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="191"/>
        <source>The vault database is damaged; restore vault.db from a backup.</source>
        <translation>De database van de kluis is beschadigd; zet vault.db terug uit een back-up.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="167"/>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation>De schijf is vol; maak ruimte vrij en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_io</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="187"/>
        <source>The disk reported an error while using the vault; check the disk and try again.</source>
        <translation>De schijf meldde een fout bij het gebruik van de kluis; controleer de schijf en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_not_a_database</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="162"/>
        <source>The vault database cannot be read with this key: it is damaged or is not a Supervisor App vault. Restore vault.db from a backup.</source>
        <translation>De database van de kluis kan met deze sleutel niet worden gelezen: ze is beschadigd of is geen kluis van Supervisor App. Zet vault.db terug uit een back-up.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_permission</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="175"/>
        <source>The vault&apos;s files may not be written; fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>De bestanden van de kluis mogen niet worden geschreven; pas de rechten van de map aan. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="170"/>
        <source>The vault is on a read-only disk or folder; move it to a folder you can write to. Nothing was changed.</source>
        <translation>De kluis staat op een schijf of in een map die alleen-lezen is; verplaats haar naar een map waarin je kunt schrijven. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>vault.unknown_user</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="81"/>
        <source>There is no user called “{name}” in this vault; check the name.</source>
        <translation>Er is geen gebruiker “{name}” in deze kluis; controleer de naam.</translation>
    </message>
</context>
<context>
    <name>vault.wrong_passphrase</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="84"/>
        <source>The passphrase for “{name}” is not right; try again.</source>
        <translation>De wachtwoordzin voor “{name}” klopt niet; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>vault.wrong_recovery_key</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="87"/>
        <source>That recovery key does not open this vault; check it against the printed copy.</source>
        <translation>Die herstelsleutel opent deze kluis niet; vergelijk hem met de afgedrukte versie.</translation>
    </message>
</context>
</TS>
