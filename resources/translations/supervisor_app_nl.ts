<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="32"/>
        <source>Record receipt of the protocol</source>
        <translation>Ontvangst van het protocol vastleggen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="35"/>
        <source>and {n} more</source>
        <translation>en {n} anderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="38"/>
        <source>Record that these agents received version {v} of the agent protocol: {names}.</source>
        <translation>Leg vast dat deze agents versie {v} van het gespreksprotocol hebben ontvangen: {names}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="47"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="51"/>
        <source>Use the day they really received it, even if that was before the app was installed: calls from before the day an agent first received the protocol are never sampled.</source>
        <translation>Vul de dag in waarop ze het echt hebben ontvangen, ook als dat vóór de installatie van de app was: gesprekken van vóór de dag waarop een medewerker het protocol voor het eerst ontving, vallen nooit in de steekproef.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="57"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
</context>
<context>
    <name>AddRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="60"/>
        <source>Register a request</source>
        <translation>Verzoek registreren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="63"/>
        <source>An &amp;agent:</source>
        <translation>Een &amp;agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="64"/>
        <source>A c&amp;aller, by phone number:</source>
        <translation>Een &amp;beller, met telefoonnummer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="73"/>
        <source>e.g. 06 1234 5678 or +31 6 1234 5678</source>
        <translation>bijv. 06 1234 5678 of +31 6 1234 5678</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="92"/>
        <source>e.g. called back on the number; ID shown at the desk</source>
        <translation>bijv. teruggebeld op het nummer; legitimatie getoond aan de balie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="96"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="98"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="99"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="100"/>
        <source>Deadline:</source>
        <translation>Uiterste datum:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="101"/>
        <source>&amp;Identity checked:</source>
        <translation>&amp;Identiteit gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="102"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="106"/>
        <source>The answer is due within one month of receipt (art. 12(3) AVG). Register the request on the day it arrives, even when you answer it at once.</source>
        <translation>Het antwoord moet binnen een maand na ontvangst gegeven worden (artikel 12, lid 3, AVG). Registreer het verzoek op de dag dat het binnenkomt, ook als je het meteen beantwoordt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="111"/>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="102"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="110"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="111"/>
        <source>&amp;Display name:</source>
        <translation>W&amp;eergavenaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="112"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="114"/>
        <source>&amp;Add user</source>
        <translation>Gebruiker t&amp;oevoegen</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="158"/>
        <source>First administrator</source>
        <translation>Eerste beheerder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="161"/>
        <source>The administrator manages people and policy. Choose a passphrase you can remember: nobody can look it up for you.</source>
        <translation>De beheerder beheert personen en beleid. Kies een wachtwoordzin die je kunt onthouden: niemand kan hem voor je opzoeken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="166"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="168"/>
        <source>for example anna</source>
        <translation>bijvoorbeeld anna</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="170"/>
        <source>for example Anna de Vries</source>
        <translation>bijvoorbeeld Anna de Vries</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="180"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="181"/>
        <source>&amp;Display name:</source>
        <translation>W&amp;eergavenaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="246"/>
        <source>Creating the vault and protecting it with your passphrase…</source>
        <translation>De kluis wordt aangemaakt en met je wachtwoordzin beveiligd…</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="25"/>
        <source>Edit agent</source>
        <translation>Agent wijzigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="25"/>
        <source>Add agent</source>
        <translation>Agent toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="30"/>
        <source>for example 201, 202</source>
        <translation>bijvoorbeeld 201, 202</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="34"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="39"/>
        <source>E&amp;xtensions:</source>
        <translation>&amp;Toestelnummers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="40"/>
        <source>&amp;Team:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="41"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="42"/>
        <source>&amp;Language for notices:</source>
        <translation>Taal voor &amp;kennisgevingen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="43"/>
        <source>&amp;Add agent</source>
        <translation>Agent t&amp;oevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="56"/>
        <source>Add a team first: every agent belongs to a team.</source>
        <translation>Voeg eerst een team toe: elke agent hoort bij een team.</translation>
    </message>
</context>
<context>
    <name>AgentImportDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="61"/>
        <source>Import agents</source>
        <translation>Agents importeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="73"/>
        <source>Agents list: {file}</source>
        <translation>Lijst met agents: {file}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="74"/>
        <source>Reading the list…</source>
        <translation>De lijst wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="84"/>
        <source>Teams this vault serves:</source>
        <translation>Teams van deze kluis:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="91"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="94"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="96"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="98"/>
        <source>Extensions</source>
        <translation>Toestelnummers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="91"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="94"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="96"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="98"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="91"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="94"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="96"/>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="98"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="91"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="94"/>
        <source>What changes</source>
        <translation>Wat verandert</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="98"/>
        <source>Mark as left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="103"/>
        <source>These agents are in the vault but not on the list. They are not deleted. Tick those who no longer work here to mark them as left: their recordings keep their retention period, and their new calls are no longer imported.</source>
        <translation>Deze agents staan in de kluis maar niet op de lijst. Ze worden niet verwijderd. Vink aan wie hier niet meer werkt om die als vertrokken te markeren: hun opnames houden hun bewaartermijn, en hun nieuwe gesprekken worden niet meer geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="129"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="209"/>
        <source>Errors ({n})</source>
        <translation>Fouten ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="210"/>
        <source>To add ({n})</source>
        <translation>Toe te voegen ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="211"/>
        <source>To change ({n})</source>
        <translation>Te wijzigen ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="213"/>
        <source>Unchanged ({n})</source>
        <translation>Ongewijzigd ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="216"/>
        <source>Not on the list ({n})</source>
        <translation>Niet op de lijst ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="229"/>
        <source>Lines of the list that are wrong: {n}. Nothing can be imported until each is corrected in the list (see Errors); then import the list again.</source>
        <translation>Regels van de lijst die niet kloppen: {n}. Er kan niets worden geïmporteerd tot elke regel in de lijst is verbeterd (zie Fouten); importeer de lijst daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="233"/>
        <source>Agents to add: {added}, to change: {changed}, unchanged: {unchanged}. Agents of the vault not on the list: {missing}.</source>
        <translation>Agents toe te voegen: {added}, te wijzigen: {changed}, ongewijzigd: {unchanged}. Agents uit de kluis die niet op de lijst staan: {missing}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="242"/>
        <source>Teams to create: {teams}.</source>
        <translation>Nieuwe teams: {teams}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="246"/>
        <source>Lines of other teams, left out: {n}.</source>
        <translation>Regels van andere teams, niet meegenomen: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="251"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="252"/>
        <source>extensions</source>
        <translation>toestelnummers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="253"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="254"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="255"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_import_dialog.py" line="256"/>
        <source>works here again</source>
        <translation>werkt hier weer</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="111"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="112"/>
        <source>Extensions</source>
        <translation>Toestelnummers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="113"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="114"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="115"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="116"/>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="128"/>
        <source>left on {date}</source>
        <translation>vertrokken op {date}</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="112"/>
        <source>Your vault is ready. Unlock it with your new passphrase.</source>
        <translation>Je kluis is klaar. Ontgrendel hem met je nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="188"/>
        <source>The new passphrase is set. Unlock with it now.</source>
        <translation>De nieuwe wachtwoordzin is ingesteld. Ontgrendel er nu mee.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="214"/>
        <source>The vault was locked after {minutes} minutes without input.</source>
        <translation>De kluis is vergrendeld na {minutes} minuten zonder invoer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="219"/>
        <source>Unsaved changes to the policy were discarded.</source>
        <translation>Niet-opgeslagen wijzigingen in het beleid zijn vervallen.</translation>
    </message>
</context>
<context>
    <name>AttestationsSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="127"/>
        <source>The works council &amp;consented</source>
        <translation>De OR heeft &amp;ingestemd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="128"/>
        <source>Consent does &amp;not apply</source>
        <translation>Instemming is &amp;niet nodig</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="135"/>
        <source>Consent:</source>
        <translation>Instemming:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="110"/>
        <source>Start from the app&apos;s &amp;text</source>
        <translation>Begin met de &amp;tekst van de app</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="64"/>
        <source>Back up vault</source>
        <translation>Back-up van de kluis maken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="74"/>
        <source>A backup is a copy of the vault, encrypted like the vault itself: the same passphrases and the recovery key open it. Keep backups on another disk than the vault. Each new backup deletes this vault&apos;s backups that are older than the number of days below, so recordings do not outlive their retention period in a backup.</source>
        <translation>Een back-up is een kopie van de kluis, versleuteld zoals de kluis zelf: dezelfde wachtwoordzinnen en de herstelsleutel openen hem. Bewaar back-ups op een andere schijf dan de kluis. Elke nieuwe back-up verwijdert de back-ups van deze kluis die ouder zijn dan het aantal dagen hieronder, zodat opnames in een back-up niet langer blijven bestaan dan hun bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="83"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="89"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="97"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="100"/>
        <source>&amp;Keep backups for:</source>
        <translation>Back-ups &amp;bewaren:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="115"/>
        <source>&amp;Back up</source>
        <translation>&amp;Back-up maken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="139"/>
        <source>The shortest retention period of the policy is {default} days; backups may be kept at most {maximum} days, the longest.</source>
        <translation>De kortste bewaartermijn in het beleid is {default} dagen; back-ups mogen hoogstens {maximum} dagen worden bewaard, de langste.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="149"/>
        <source>Folder for the backups</source>
        <translation>Map voor de back-ups</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="160"/>
        <source>Choose a folder for the backups.</source>
        <translation>Kies een map voor de back-ups.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="170"/>
        <source>Copying the vault…</source>
        <translation>De kluis wordt gekopieerd…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="189"/>
        <source>Copying the vault… {percent} %</source>
        <translation>De kluis wordt gekopieerd… {percent} %</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="199"/>
        <source>The backup is saved in {path} and was checked. Backups of this vault are kept {days} days; older backups deleted now: {deleted}.</source>
        <translation>De back-up staat in {path} en is gecontroleerd. Back-ups van deze kluis worden {days} dagen bewaard; nu verwijderde oudere back-ups: {deleted}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="214"/>
        <source>The backup was stopped; nothing was saved.</source>
        <translation>De back-up is gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/backup_dialog.py" line="232"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../supervisor_app/ui/banner.py" line="11"/>
        <source>Demo vault — fictitious data</source>
        <translation>Demokluis — fictieve gegevens</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../supervisor_app/ui/operations.py" line="216"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/operations.py" line="221"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="29"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="62"/>
        <source>{n} things are missing. Until they are done, no calls can be imported or listened to.</source>
        <translation>Er ontbreken nog {n} punten. Tot die zijn afgerond, kunnen geen gesprekken worden ingelezen of teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="67"/>
        <source>One thing is missing. Until it is done, no calls can be imported or listened to.</source>
        <translation>Er ontbreekt nog één punt. Tot dat is afgerond, kunnen geen gesprekken worden ingelezen of teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="73"/>
        <source>Complete: nothing is missing.</source>
        <translation>Volledig: er ontbreekt niets.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="84"/>
        <source>Worth a second look:</source>
        <translation>Kijk hier nog eens naar:</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="250"/>
        <source>Close request {n}</source>
        <translation>Verzoek {n} afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="253"/>
        <source>{kind} from {who}, due {date}.</source>
        <translation>{kind} van {who}, uiterlijk {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="260"/>
        <source>&amp;Answered</source>
        <translation>&amp;Beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="261"/>
        <source>Re&amp;fused</source>
        <translation>&amp;Geweigerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="274"/>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="275"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="278"/>
        <source>&amp;Close request</source>
        <translation>Verzoek &amp;afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="291"/>
        <source>Why the request is refused; the person is told this reason</source>
        <translation>Waarom het verzoek wordt geweigerd; de betrokkene krijgt deze reden te horen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="293"/>
        <source>How it was answered, e.g. export handed over in person</source>
        <translation>Hoe het is beantwoord, bijv. export persoonlijk overhandigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="297"/>
        <source>A refusal names its reason, and the person may complain to the Autoriteit Persoonsgegevens: tell them so.</source>
        <translation>Een weigering noemt de reden, en de betrokkene mag een klacht indienen bij de Autoriteit Persoonsgegevens: laat dat ook weten.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="301"/>
        <source>Close the request once the person has the answer.</source>
        <translation>Sluit het verzoek af zodra de betrokkene het antwoord heeft.</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="42"/>
        <source>Week {n}</source>
        <translation>Week {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="76"/>
        <source>How the calls you scored, and the scorecards shared with you, did on each expectation of the agent protocol. A share met counts partly met as half; not applicable is left out.</source>
        <translation>Hoe de gesprekken die jij beoordeelde, en de beoordelingen die met jou zijn gedeeld, scoorden op elke verwachting uit het gedragsprotocol. Deels voldaan telt voor de helft mee; niet van toepassing telt niet mee.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="85"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="87"/>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="88"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="92"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="93"/>
        <source>&amp;Periods:</source>
        <translation>&amp;Perioden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="97"/>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="116"/>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="225"/>
        <source>Criterion</source>
        <translation>Verwachting</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="99"/>
        <source>An agent&apos;s criteria over time</source>
        <translation>De verwachtingen van een medewerker door de tijd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="108"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="111"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="116"/>
        <source>Judged</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="116"/>
        <source>Partly met</source>
        <translation>Deels voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="116"/>
        <source>Not met</source>
        <translation>Niet voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="120"/>
        <source>Your team: the criteria most often not met</source>
        <translation>Je team: de verwachtingen waaraan het vaakst niet is voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="131"/>
        <source>Per &amp;agent</source>
        <translation>Per &amp;medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="132"/>
        <source>Per &amp;team</source>
        <translation>Per &amp;team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="134"/>
        <source>Feedback &amp;sheets</source>
        <translation>&amp;Feedbackformulieren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="189"/>
        <source>No scored calls yet.</source>
        <translation>Nog geen beoordeelde gesprekken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="219"/>
        <source>Scored calls in these periods: {n}.</source>
        <translation>Beoordeelde gesprekken in deze perioden: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="236"/>
        <source>none judged</source>
        <translation>geen beoordeeld</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="238"/>
        <source>{share}% met ({n} judged)</source>
        <translation>{share}% voldaan ({n} beoordeeld)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="252"/>
        <source>Shared scorecards of calls since {date}: {n}.</source>
        <translation>Gedeelde beoordelingen van gesprekken sinds {date}: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching_page.py" line="267"/>
        <source>{n} ({share}%)</source>
        <translation>{n} ({share}%)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="88"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="107"/>
        <source>Recording policy</source>
        <translation>Opnamebeleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="108"/>
        <source>Agent protocol</source>
        <translation>Gespreksprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="150"/>
        <source>The recording policy (version {n}) is complete: calls can be imported and listened to.</source>
        <translation>Het opnamebeleid (versie {n}) is volledig: gesprekken kunnen worden ingelezen en teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="158"/>
        <source>The recording policy is not complete. Until it is, no calls can be imported or listened to. Still to do:</source>
        <translation>Het opnamebeleid is nog niet volledig. Tot het dat is, kunnen geen gesprekken worden ingelezen of teruggeluisterd. Nog te doen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="167"/>
        <source>Open Documents</source>
        <translation>Naar Documenten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="167"/>
        <source>Go to</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="185"/>
        <source>No agent protocol has been published yet. Until agents have received it, none of their calls are sampled.</source>
        <translation>Er is nog geen gespreksprotocol gepubliceerd. Zolang agents het niet hebben ontvangen, worden geen gesprekken van hen in de steekproef opgenomen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="193"/>
        <source>Every agent has received the current protocol (version {v}).</source>
        <translation>Alle agents hebben het huidige protocol (versie {v}) ontvangen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="202"/>
        <source>{n} agents have not received the current protocol (version {v}); their calls are not sampled.</source>
        <translation>{n} agents hebben het huidige protocol (versie {v}) nog niet ontvangen; hun gesprekken komen niet in de steekproef.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="207"/>
        <source>1 agent has not received the current protocol (version {v}); their calls are not sampled.</source>
        <translation>1 agent heeft het huidige protocol (versie {v}) nog niet ontvangen; die gesprekken komen niet in de steekproef.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="217"/>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="219"/>
        <source>Acknowledgements…</source>
        <translation>Ontvangstbevestigingen…</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_fields.py" line="97"/>
        <source> day</source>
        <translation> dag</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_fields.py" line="97"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="83"/>
        <location filename="../../supervisor_app/ui/documents_page.py" line="87"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="88"/>
        <source>Acknowledgements</source>
        <translation>Ontvangstbevestigingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="112"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="114"/>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="116"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="119"/>
        <source>Doc&amp;ument:</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="143"/>
        <source>Versions (choose one to see it):</source>
        <translation>Versies (kies er een om die te bekijken):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="165"/>
        <source>Only agents who have &amp;not received it</source>
        <translation>Alleen agents die het &amp;nog niet hebben ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="171"/>
        <source>&amp;Record receipt…</source>
        <translation>Ontvangst &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="175"/>
        <source>Calls of an agent are sampled only once the agent has received the current protocol. Select several agents to record them at once.</source>
        <translation>Gesprekken van een agent komen pas in de steekproef als die agent het huidige protocol heeft ontvangen. Selecteer meerdere agents om ze in één keer vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="251"/>
        <source>The register entry is not published: export it for the register of processing activities whenever it is needed.</source>
        <translation>De registervermelding wordt niet gepubliceerd: exporteer haar voor het register van verwerkingsactiviteiten wanneer dat nodig is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="255"/>
        <source>There is no saved policy yet; the preview shows an empty draft.</source>
        <translation>Er is nog geen beleid opgeslagen; het voorbeeld toont een leeg concept.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="257"/>
        <source>Version {v} is published for the current policy (version {p}).</source>
        <translation>Versie {v} is gepubliceerd bij het huidige beleid (versie {p}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="262"/>
        <source>Not yet published for the current policy (version {p}). Agents and staff need the published version.</source>
        <translation>Nog niet gepubliceerd bij het huidige beleid (versie {p}). Agents en medewerkers hebben de gepubliceerde versie nodig.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="275"/>
        <source>Both documents are published for this policy version.</source>
        <translation>Beide documenten zijn gepubliceerd bij deze beleidsversie.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="277"/>
        <source>First complete the policy: {item}</source>
        <translation>Maak eerst het beleid volledig: {item}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="301"/>
        <source>From policy version {p}</source>
        <translation>Uit beleidsversie {p}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="302"/>
        <source>Draft from policy version {p}, not published</source>
        <translation>Concept uit beleidsversie {p}, niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="318"/>
        <source>Publish documents</source>
        <translation>Documenten publiceren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="320"/>
        <source>Publish the staff-regulation section and the agent protocol, in Dutch and English, for policy version {p}?</source>
        <translation>De paragraaf voor het personeelsreglement en het gespreksprotocol, in het Nederlands en Engels, publiceren bij beleidsversie {p}?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="328"/>
        <source>A published version can never be changed: it keeps its number, date and SHA-256 fingerprint. If the protocol text changed, agents must receive the new version before their calls are sampled again.</source>
        <translation>Een gepubliceerde versie kan nooit meer worden gewijzigd: ze houdt haar nummer, datum en SHA-256-vingerafdruk. Is de tekst van het protocol veranderd, dan moeten agents de nieuwe versie ontvangen voordat hun gesprekken weer in de steekproef komen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="333"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="356"/>
        <source>{document} version {v} ({language}): SHA-256 {sha}</source>
        <translation>{document} versie {v} ({language}): SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="364"/>
        <source>Published.</source>
        <translation>Gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="372"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="375"/>
        <source>Export document</source>
        <translation>Document exporteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="394"/>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="407"/>
        <source>No agent protocol has been published yet; publish the documents first.</source>
        <translation>Er is nog geen gespreksprotocol gepubliceerd; publiceer eerst de documenten.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="413"/>
        <source>Current protocol: version {v}. Agents without it: {n}.</source>
        <translation>Huidig protocol: versie {v}. Agents die het nog niet hebben: {n}.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="75"/>
        <source>Erase for request {n}</source>
        <translation>Wissen voor verzoek {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="80"/>
        <source>{kind} from {who}.</source>
        <translation>{kind} van {who}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="84"/>
        <source>&amp;All recordings of this caller</source>
        <translation>&amp;Alle opnames van deze beller</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="86"/>
        <source>&amp;All recordings of this agent</source>
        <translation>&amp;Alle opnames van deze agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="88"/>
        <source>&amp;One recording, number:</source>
        <translation>&amp;Eén opname, nummer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="100"/>
        <source>Looking up what would be erased…</source>
        <translation>Opzoeken wat er gewist zou worden…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="103"/>
        <source>I checked the list above: erase these recordings for &amp;good</source>
        <translation>Ik heb het overzicht gecontroleerd: deze opnames &amp;definitief wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="108"/>
        <source>Erase:</source>
        <translation>Wissen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="114"/>
        <source>Each recording&apos;s audio is destroyed and its caller&apos;s number blanked; the text typed about the call (listen reasons, notes) is cleared. A record of the deletion stays as proof, and the agent is told with a notice.</source>
        <translation>Van elke opname wordt het geluid vernietigd en het nummer van de beller leeggemaakt; de tekst die over het gesprek is getypt (redenen om terug te luisteren, notities) wordt gewist. Een verslag van de verwijdering blijft als bewijs, en de agent krijgt een kennisgeving.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="122"/>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="182"/>
        <source>1 recording will be erased: the call of {first}.</source>
        <translation>1 opname wordt gewist: het gesprek van {first}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="187"/>
        <source>{n} recordings will be erased: calls from {first} to {last}.</source>
        <translation>{n} opnames worden gewist: gesprekken van {first} tot en met {last}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="196"/>
        <source>Kept for: {purposes}.</source>
        <translation>Bewaard voor: {purposes}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="199"/>
        <source>No recording holds audio that this erasure could remove.</source>
        <translation>Er is geen opname met geluid dat deze verwijdering kan wissen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="203"/>
        <source>case {case} ({purpose})</source>
        <translation>dossier {case} ({purpose})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="212"/>
        <source>Recording {id} (call of {date}) is kept as evidence: {holds}. A hold wins: it is not erased. Release the hold first if the case allows, then erase again.</source>
        <translation>Opname {id} (gesprek van {date}) wordt bewaard als bewijs: {holds}. Bewaren als bewijs gaat voor: deze opname wordt niet gewist. Beëindig eerst het bewaren als het dossier dat toelaat, en wis dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="220"/>
        <source>{n} earlier recordings of this agent hold no audio any more.</source>
        <translation>{n} eerdere opnames van deze agent hebben geen geluid meer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="232"/>
        <source>&amp;Erase 1 recording</source>
        <translation>1 opname &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/erasure_dialog.py" line="234"/>
        <source>&amp;Erase {n} recordings</source>
        <translation>{n} opnames &amp;wissen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="31"/>
        <source>Could not do that</source>
        <translation>Dat lukte niet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="40"/>
        <source>(no log file could be written)</source>
        <translation>(er kon geen logbestand worden geschreven)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="43"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="44"/>
        <source>{app} ran into a bug and could not finish what you asked. Nothing you saved earlier is lost. Please send the log file to your administrator:

{path}</source>
        <translation>{app} liep tegen een fout in het programma aan en kon je opdracht niet afmaken. Wat je eerder hebt opgeslagen, is niet verloren. Stuur het logbestand naar je beheerder:

{path}</translation>
    </message>
</context>
<context>
    <name>ExtendRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="180"/>
        <source>Extend request {n}</source>
        <translation>Verzoek {n} verlengen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="185"/>
        <source>{kind} from {who}. The deadline moves from {old} to {new}.</source>
        <translation>{kind} van {who}. De uiterste datum verschuift van {old} naar {new}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="195"/>
        <source>For example: recordings of three teams must be reviewed</source>
        <translation>Bijvoorbeeld: opnames van drie teams moeten worden nagelopen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="199"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="203"/>
        <source>The law allows one extension of two months when a request is complex or one of many. Tell the person within the first month, with this reason (art. 12(3) AVG).</source>
        <translation>De wet staat één verlenging van twee maanden toe als een verzoek ingewikkeld is of er veel verzoeken zijn. Laat het de betrokkene binnen de eerste maand weten, met deze reden (artikel 12, lid 3, AVG).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_dialogs.py" line="209"/>
        <source>&amp;Extend</source>
        <translation>&amp;Verlengen</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="51"/>
        <source>Hand over the export</source>
        <translation>De export overhandigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="57"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="63"/>
        <source>{file} holds {n} recordings and {files} files, encrypted with this passphrase:</source>
        <translation>{file} bevat {n} opnames en {files} bestanden, versleuteld met deze wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="80"/>
        <source>It is shown only now and kept nowhere. Print it or write it down before you close this window, and give it to the person by another route than the file: the file by e-mail or on a USB stick, the passphrase on paper or by phone.</source>
        <translation>Je ziet hem alleen nu; hij wordt nergens bewaard. Druk hem af of schrijf hem op voordat je dit venster sluit, en geef hem de betrokkene via een andere weg dan het bestand: het bestand per e-mail of op een usb-stick, de wachtwoordzin op papier of telefonisch.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="96"/>
        <source>The folder {folder} holds {n} recordings and {files} files, NOT encrypted. Hand it over soon and delete it afterwards.</source>
        <translation>De map {folder} bevat {n} opnames en {files} bestanden, NIET versleuteld. Overhandig hem snel en verwijder hem daarna.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="107"/>
        <source>How it was handed over (optional), e.g. in person, passphrase by phone</source>
        <translation>Hoe het is overhandigd (niet verplicht), bijv. persoonlijk, wachtwoordzin telefonisch</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="115"/>
        <source>&amp;Handed over: close the request</source>
        <translation>&amp;Overhandigd: verzoek afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="118"/>
        <source>Close the request &amp;later</source>
        <translation>Verzoek &amp;later afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="125"/>
        <source>Once the person has the file and the passphrase, request {n} is answered.</source>
        <translation>Zodra de betrokkene het bestand en de wachtwoordzin heeft, is verzoek {n} beantwoord.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="135"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/handover_dialog.py" line="148"/>
        <source>Print the passphrase</source>
        <translation>De wachtwoordzin afdrukken</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="26"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="26"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="26"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="26"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="31"/>
        <source>first version</source>
        <translation>eerste versie</translation>
    </message>
</context>
<context>
    <name>ImportCard</name>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="23"/>
        <source>Recordings</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="27"/>
        <source>Open Recordings</source>
        <translation>Opnames openen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="38"/>
        <source>1 recording is held in the vault.</source>
        <translation>Er staat 1 opname in de kluis.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="40"/>
        <source>{n} recordings are held in the vault.</source>
        <translation>Er staan {n} opnames in de kluis.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="44"/>
        <source>No calls have been imported yet.</source>
        <translation>Er zijn nog geen gesprekken ingelezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="50"/>
        <source>Last import {when} (batch {batch}): {imported} of {sampled} sampled calls stored.</source>
        <translation>Laatst ingelezen {when} (batch {batch}): {imported} van {sampled} gekozen gesprekken opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="64"/>
        <source>Left out {n} calls: {reasons}</source>
        <translation>{n} gesprekken weggelaten: {reasons}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="70"/>
        <source>{n} recordings could not be stored.</source>
        <translation>{n} opnames konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_card.py" line="74"/>
        <source>That import was cancelled or stopped; import the same export again to finish it.</source>
        <translation>Dat inlezen is afgebroken of gestopt; lees dezelfde export opnieuw in om het af te maken.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="74"/>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="282"/>
        <source>The recording policy is not complete, so calls cannot be imported yet. Still to do:</source>
        <translation>Het opnamebeleid is niet volledig, dus er kunnen nog geen gesprekken worden ingelezen. Nog te doen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="571"/>
        <source>… and {n} more unreadable rows</source>
        <translation>… en nog {n} onleesbare regels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="209"/>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="302"/>
        <source>Import calls</source>
        <translation>Gesprekken inlezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="272"/>
        <source>Only an administrator or a team lead can import calls.</source>
        <translation>Alleen een beheerder of een teamleider kan gesprekken inlezen.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="51"/>
        <source>Welcome to {app}</source>
        <translation>Welkom bij {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="54"/>
        <source>&lt;p&gt;This app keeps a small sample of recorded customer calls in an encrypted vault on this computer. Only people with a listening role can play a call, and only for a documented purpose. Every listen is logged, and the agent is told afterwards.&lt;/p&gt;&lt;p&gt;In three short steps this wizard:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;asks where to keep the vault;&lt;/li&gt;&lt;li&gt;makes you its first administrator, with your own passphrase;&lt;/li&gt;&lt;li&gt;shows the recovery key, for you to print or write down.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Deze app bewaart een kleine steekproef van opgenomen klantgesprekken in een versleutelde kluis op deze computer. Alleen mensen met een meeluisterrol kunnen een gesprek afspelen, en alleen voor een vastgelegd doel. Elke keer meeluisteren wordt gelogd, en de agent hoort het achteraf.&lt;/p&gt;&lt;p&gt;In drie korte stappen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;kies je waar de kluis komt;&lt;/li&gt;&lt;li&gt;word je de eerste beheerder, met je eigen wachtwoordzin;&lt;/li&gt;&lt;li&gt;krijg je de herstelsleutel te zien, om af te drukken of op te schrijven.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="65"/>
        <source>Open an existing vault…</source>
        <translation>Bestaande kluis openen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="68"/>
        <source>Already have a vault?</source>
        <translation>Heb je al een kluis?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="77"/>
        <source>Choose the vault folder</source>
        <translation>Kies de map van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="85"/>
        <source>No vault there</source>
        <translation>Geen kluis gevonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="87"/>
        <source>That folder holds no vault. Choose the folder that contains vault.db and keyslots.json.</source>
        <translation>In die map staat geen kluis. Kies de map met vault.db en keyslots.json.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="18"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="19"/>
        <source>Team lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="20"/>
        <source>Quality coach</source>
        <translation>Kwaliteitscoach</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="21"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="29"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="30"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>ListenDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="59"/>
        <source>Listen to recording {n}</source>
        <translation>Opname {n} terugluisteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="63"/>
        <source>Recording {n}</source>
        <translation>Opname {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="72"/>
        <source>For example: coaching talk with the agent about greeting callers</source>
        <translation>Bijvoorbeeld: coachingsgesprek met de agent over het begroeten van bellers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="81"/>
        <source>e.g. DOS-2026-17</source>
        <translation>bijv. DOS-2026-17</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="83"/>
        <source>&amp;Case reference:</source>
        <translation>&amp;Dossiernummer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="85"/>
        <source>&amp;Listen</source>
        <translation>&amp;Luisteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="87"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="89"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="94"/>
        <source>The purpose and reason are written to the listen log before the call plays, with every second you hear. The agent is told afterwards.</source>
        <translation>Het doel en de reden komen in het luisterlogboek voordat het gesprek begint te spelen, met elke seconde die je hoort. De agent krijgt daarna bericht.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="110"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="115"/>
        <source>You cannot listen to this recording for any purpose. Listening is possible only when all of these hold:</source>
        <translation>Je kunt deze opname voor geen enkel doel terugluisteren. Terugluisteren kan alleen als dit allemaal klopt:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="122"/>
        <source>the recording policy is complete;</source>
        <translation>het opnamebeleid is volledig;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="123"/>
        <source>the policy lets one of your roles listen for a purpose;</source>
        <translation>het beleid laat een van je rollen terugluisteren voor een doel;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="124"/>
        <source>the recording is still kept for that purpose (or held for it);</source>
        <translation>de opname wordt voor dat doel nog bewaard (of vastgehouden);</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="125"/>
        <source>the agent is in a team you lead or coach;</source>
        <translation>de agent zit in een team dat je leidt of coacht;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="126"/>
        <source>the recording has not expired and was not flagged as private.</source>
        <translation>de bewaartermijn is niet verstreken en de opname is niet als privégesprek gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="130"/>
        <source>Ask your privacy officer if you think you should be able to listen.</source>
        <translation>Vraag het de privacyfunctionaris als je denkt dat je wel zou moeten kunnen terugluisteren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_dialog.py" line="157"/>
        <source>{count} characters (at least {n})</source>
        <translation>{count} tekens (minstens {n})</translation>
    </message>
</context>
<context>
    <name>ListenFlow</name>
    <message>
        <location filename="../../supervisor_app/ui/listen_flow.py" line="128"/>
        <source>Listening to recording {n} ended: {s} heard.</source>
        <translation>Terugluisteren van opname {n} beëindigd: {s} gehoord.</translation>
    </message>
</context>
<context>
    <name>ListenLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/listen_labels.py" line="19"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_labels.py" line="20"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_labels.py" line="21"/>
        <source>Private call, audio destroyed</source>
        <translation>Privégesprek, geluid vernietigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_labels.py" line="22"/>
        <source>Interrupted (the app stopped)</source>
        <translation>Onderbroken (de app stopte)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_labels.py" line="40"/>
        <location filename="../../supervisor_app/ui/listen_labels.py" line="42"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
</context>
<context>
    <name>ListenLogModel</name>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="38"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="39"/>
        <source>Listener</source>
        <translation>Luisteraar</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="40"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="41"/>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="42"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="43"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="44"/>
        <source>Heard</source>
        <translation>Gehoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="45"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_model.py" line="74"/>
        <source>{n}, deleted on {date}</source>
        <translation>{n}, verwijderd op {date}</translation>
    </message>
</context>
<context>
    <name>ListenLogPage</name>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="66"/>
        <source>Listen log</source>
        <translation>Luisterlogboek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="69"/>
        <source>Every listen session, by everyone.</source>
        <translation>Elke luistersessie, van iedereen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="71"/>
        <source>Your own listen sessions. The privacy officer sees everyone&apos;s.</source>
        <translation>Je eigen luistersessies. De privacyfunctionaris ziet die van iedereen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="78"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="83"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="84"/>
        <source>&amp;Listener:</source>
        <translation>&amp;Luisteraar:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="85"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="86"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="87"/>
        <source>T&amp;o:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="111"/>
        <source>&amp;Verify the audit log</source>
        <translation>Auditlogboek &amp;verifiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="113"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="115"/>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="128"/>
        <source>The audit log records every listen, denial, export and change as a hash chain: Verify checks that no entry was changed, removed or inserted since. Exports carry the log&apos;s head hash.</source>
        <translation>Het auditlogboek legt elke luistersessie, weigering, export en wijziging vast als hashketen: Verifiëren controleert dat sindsdien geen regel is gewijzigd, verwijderd of ingevoegd. Exports vermelden de kophash van het logboek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="189"/>
        <source>All agents</source>
        <translation>Alle agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="190"/>
        <source>All listeners</source>
        <translation>Alle luisteraars</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="193"/>
        <source>All purposes</source>
        <translation>Alle doelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="219"/>
        <source>No listen session matches these filters.</source>
        <translation>Geen luistersessie past bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="221"/>
        <source>Nobody has listened to a recording yet.</source>
        <translation>Er is nog geen opname teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="224"/>
        <source>The newest {n} sessions; narrow the filters to see older ones.</source>
        <translation>De nieuwste {n} sessies; verfijn de filters om oudere te zien.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="228"/>
        <source>{n} sessions</source>
        <translation>{n} sessies</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="228"/>
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="267"/>
        <source>The audit log is intact: {n} entries, head hash {hash}.</source>
        <translation>Het auditlogboek is intact: {n} regels, kophash {hash}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="273"/>
        <source>The audit log is broken at entry {seq}: {problem}. The {n} entries before it are intact. The log was changed outside the app: report this to your privacy officer.</source>
        <translation>Het auditlogboek is gebroken bij regel {seq}: {problem}. De {n} regels daarvoor zijn intact. Het logboek is buiten de app om gewijzigd: meld dit bij de privacyfunctionaris.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="288"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="288"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="292"/>
        <source>Export the audit log</source>
        <translation>Auditlogboek exporteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="314"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="315"/>
        <source>Head hash {hash}</source>
        <translation>Kophash {hash}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="335"/>
        <source>Saved {n} entries as {file}.</source>
        <translation>{n} regels opgeslagen als {file}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="347"/>
        <source>an entry is missing before it</source>
        <translation>er ontbreekt een regel vóór deze</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="350"/>
        <source>it is out of order</source>
        <translation>de regel staat op de verkeerde plaats</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="351"/>
        <source>it does not follow the entry before it</source>
        <translation>de regel sluit niet aan op de regel ervoor</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="354"/>
        <source>its details are not valid JSON</source>
        <translation>de details zijn geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/listen_log_page.py" line="357"/>
        <source>its contents were changed after it was written</source>
        <translation>de inhoud is gewijzigd nadat de regel is geschreven</translation>
    </message>
</context>
<context>
    <name>ListensModel</name>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="125"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="125"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="125"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="125"/>
        <source>Listens</source>
        <translation>Keren teruggeluisterd</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="98"/>
        <source>Vault location</source>
        <translation>Locatie van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="101"/>
        <source>The vault is a folder with two files. Choose a new or empty folder on this computer; back it up like any other important folder.</source>
        <translation>De kluis is een map met twee bestanden. Kies een nieuwe of lege map op deze computer en maak er back-ups van, zoals van elke belangrijke map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="107"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="114"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="131"/>
        <source>This folder already holds a vault. Go back and choose “Open an existing vault…”, or choose another folder.</source>
        <translation>In deze map staat al een kluis. Ga terug en kies ‘Bestaande kluis openen…’, of kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="135"/>
        <source>This folder is not empty; choose a new or empty folder.</source>
        <translation>Deze map is niet leeg; kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="142"/>
        <source>Choose a folder for the vault</source>
        <translation>Kies een map voor de kluis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="153"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="154"/>
        <source>Recordings</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="155"/>
        <source>Listen log</source>
        <translation>Luisterlogboek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="156"/>
        <source>Notifications</source>
        <translation>Kennisgevingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="159"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="162"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="163"/>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="166"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="167"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="168"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="169"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="358"/>
        <source>{n} recordings had reached the end of their retention; their audio was deleted.</source>
        <translation>Van {n} opnames was de bewaartermijn verstreken; het geluid ervan is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="367"/>
        <source>The purge could not run: {reason}</source>
        <translation>Het opschonen kon niet worden uitgevoerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="434"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="435"/>
        <source>The recording policy has changes that are not saved yet.</source>
        <translation>Het opnamebeleid heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="489"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="90"/>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="131"/>
        <source>&amp;Import calls…</source>
        <translation>Gesprekken &amp;inlezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="140"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Back-up van de kluis maken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="143"/>
        <source>&amp;Combine transparency reports…</source>
        <translation>Verantwoordingsrapportages &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="494"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="499"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapportages</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="502"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="503"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="516"/>
        <source>Opened with the recovery key</source>
        <translation>Geopend met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="518"/>
        <source>Signed in as {name} · {roles}</source>
        <translation>Aangemeld als {name} · {roles}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="526"/>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="528"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Keeps a sample of recorded calls in an encrypted vault, lets only authorised roles listen for a documented purpose, logs every listen and makes sure agents are told.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Bewaart een steekproef van opgenomen gesprekken in een versleutelde kluis, laat alleen bevoegde rollen meeluisteren voor een vastgelegd doel, logt elke keer meeluisteren en zorgt dat agents het te horen krijgen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeReportsDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="61"/>
        <source>Combine transparency reports</source>
        <translation>Verantwoordingsrapportages samenvoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="70"/>
        <source>Add the transparency report of each vault (the JSON or CSV file it wrote for the same period). They are added up into one report for the whole organisation, which lists every vault it includes. Reports of different periods or made under different recording policies cannot be combined.</source>
        <translation>Voeg de verantwoordingsrapportage van elke kluis toe (het JSON- of CSV-bestand dat voor dezelfde periode is gemaakt). Ze worden opgeteld tot één rapportage voor de hele organisatie, met een lijst van alle kluizen die meetellen. Rapportages over verschillende periodes of onder verschillend opnamebeleid kunnen niet worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="78"/>
        <source>&amp;Add reports…</source>
        <translation>Rapportages &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="80"/>
        <source>Re&amp;move</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="90"/>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="91"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="92"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="94"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="95"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="101"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="102"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="112"/>
        <source>&amp;Combine and save…</source>
        <translation>&amp;Samenvoegen en opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="134"/>
        <source>Transparency reports of the vaults</source>
        <translation>Verantwoordingsrapportages van de kluizen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="136"/>
        <source>Transparency reports (*.json *.csv);;All files (*)</source>
        <translation>Verantwoordingsrapportages (*.json *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="169"/>
        <source>Save the combined report</source>
        <translation>Samengevoegde rapportage opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="213"/>
        <source>Saved as {file}: the reports of {n} vaults for {start} to {end}.</source>
        <translation>Opgeslagen als {file}: de rapportages van {n} kluizen over {start} tot en met {end}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="221"/>
        <source>log verified</source>
        <translation>logboek intact</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="221"/>
        <source>log NOT verified</source>
        <translation>logboek NIET intact</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="236"/>
        <source>The reports cover different periods: {first} covers {first_start} to {first_end}, {other} covers {other_start} to {other_end}; make every vault&apos;s report for the same period.</source>
        <translation>De rapportages gaan over verschillende periodes: {first} over {first_start} tot en met {first_end}, {other} over {other_start} tot en met {other_end}; maak de rapportage van elke kluis over dezelfde periode.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="249"/>
        <source>The reports were made under different recording policies: {first} under {first_policy}, {other} under {other_policy}; import the same policy file into every vault and make the reports again.</source>
        <translation>De rapportages zijn onder verschillend opnamebeleid gemaakt: {first} onder {first_policy}, {other} onder {other_policy}; importeer hetzelfde beleidsbestand in elke kluis en maak de rapportages opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="260"/>
        <source>{first} and {second} are both reports of vault {vault}; give each vault&apos;s report once.</source>
        <translation>{first} en {second} zijn allebei rapportages van kluis {vault}; voeg de rapportage van elke kluis één keer toe.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="265"/>
        <source>{file} is not a transparency report of a vault; add the JSON or CSV files that each vault&apos;s Reports page (or “report transparency”) saved.</source>
        <translation>{file} is geen verantwoordingsrapportage van een kluis; voeg de JSON- of CSV-bestanden toe die de pagina Rapportages van elke kluis (of ‘report transparency’) heeft opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="270"/>
        <source>{file} was made by an earlier version of Supervisor App and does not say which policy it was made under; make that vault&apos;s report again.</source>
        <translation>{file} is gemaakt door een eerdere versie van Supervisor App en vermeldt niet onder welk beleid; maak de rapportage van die kluis opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="276"/>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="278"/>
        <source>a policy of “{organisation}” not imported from a numbered file</source>
        <translation>beleid van ‘{organisation}’ dat niet uit een genummerd beleidsbestand is geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="280"/>
        <source>version {n} of the policy of “{organisation}”</source>
        <translation>versie {n} van het beleid van ‘{organisation}’</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_merge_dialog.py" line="282"/>
        <source>{policy} (content {hash})</source>
        <translation>{policy} (inhoud {hash})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../supervisor_app/ui/messages.py" line="14"/>
        <source>Could not do that</source>
        <translation>Dat lukte niet</translation>
    </message>
</context>
<context>
    <name>MissBars</name>
    <message>
        <location filename="../../supervisor_app/ui/trend_chart.py" line="99"/>
        <source>Chart of the criteria most often not met; the table has it too</source>
        <translation>Grafiek van de verwachtingen waaraan het vaakst niet is voldaan; de tabel geeft hetzelfde</translation>
    </message>
</context>
<context>
    <name>MissingItems</name>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="67"/>
        <source>number {n}</source>
        <translation>nummer {n}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="44"/>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="80"/>
        <source>Use at least {n} characters, for example four unrelated words.</source>
        <translation>Gebruik minstens {n} tekens, bijvoorbeeld vier losse woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="52"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="53"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="87"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>Te kort: gebruik minstens {n} tekens.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="95"/>
        <source>Too easy to guess: add more unrelated words and avoid names and well-known phrases.</source>
        <translation>Te makkelijk te raden: voeg meer losse woorden toe en vermijd namen en bekende uitdrukkingen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="104"/>
        <source>Strong enough.</source>
        <translation>Sterk genoeg.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="107"/>
        <source>Strong enough, but the two passphrases differ.</source>
        <translation>Sterk genoeg, maar de twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="110"/>
        <source>Strong enough. Now type it once more.</source>
        <translation>Sterk genoeg. Typ hem nu nog een keer.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/notice_dialogs.py" line="75"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_dialogs.py" line="83"/>
        <source>Say how the notices reached the agents.</source>
        <translation>Vermeld hoe de kennisgevingen de agents hebben bereikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/note_dialog.py" line="23"/>
        <source>Note at {moment}</source>
        <translation>Opmerking bij {moment}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/note_dialog.py" line="27"/>
        <source>What happens at {moment}? The note stays yours until you share the scorecard.</source>
        <translation>Wat gebeurt er bij {moment}? De opmerking blijft van jou tot je de beoordeling deelt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/note_dialog.py" line="33"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/note_dialog.py" line="39"/>
        <source>&amp;Add note</source>
        <translation>Opmerking &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>NoticeLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="29"/>
        <source>Weekly digest, week {week} of {year}</source>
        <translation>Weekoverzicht, week {week} van {year}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="37"/>
        <source>Call recorded</source>
        <translation>Gesprek opgenomen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="38"/>
        <source>Call listened to</source>
        <translation>Gesprek teruggeluisterd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="39"/>
        <source>Private call destroyed</source>
        <translation>Privégesprek vernietigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="40"/>
        <source>Recording erased</source>
        <translation>Opname gewist</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="48"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="50"/>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="51"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="52"/>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="62"/>
        <source>Mail client</source>
        <translation>Mailprogramma</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="63"/>
        <source>Saved e-mail (.eml)</source>
        <translation>Opgeslagen e-mail (.eml)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="64"/>
        <source>Letter (PDF or print)</source>
        <translation>Brief (pdf of afdruk)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="65"/>
        <source>Copied text</source>
        <translation>Gekopieerde tekst</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_labels.py" line="66"/>
        <source>Outside the app</source>
        <translation>Buiten de app</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="70"/>
        <source>Notice to &lt;b&gt;{agent}&lt;/b&gt; ({language})</source>
        <translation>Kennisgeving aan &lt;b&gt;{agent}&lt;/b&gt; ({language})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="75"/>
        <source>To: {address}</source>
        <translation>Aan: {address}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="78"/>
        <source>No e-mail address is known for this agent: save or print the letter, or copy the text into another channel.</source>
        <translation>Van deze agent is geen e-mailadres bekend: sla de brief op of druk hem af, of kopieer de tekst naar een ander kanaal.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="87"/>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="309"/>
        <source>Receipt code: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Controlecode: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="92"/>
        <source>The agent keeps this code. With it, the privacy officer or the works council can check that the audit log still holds this event unchanged.</source>
        <translation>De agent bewaart deze code. Daarmee kan de privacyfunctionaris of de ondernemingsraad nagaan dat deze gebeurtenis nog ongewijzigd in het auditlogboek staat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="97"/>
        <source>Open in &amp;mail client</source>
        <translation>Openen in &amp;mailprogramma</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="98"/>
        <source>Save .&amp;eml…</source>
        <translation>Opslaan als .&amp;eml…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="99"/>
        <source>Save P&amp;DF letter…</source>
        <translation>P&amp;df-brief opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="100"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="101"/>
        <source>Cop&amp;y text</source>
        <translation>Tekst k&amp;opiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="121"/>
        <source>Saving or printing records the notice as sent by you, now. After the mail program or a copy, you are asked whether you sent it.</source>
        <translation>Opslaan of afdrukken legt vast dat je de kennisgeving nu hebt verzonden. Na het mailprogramma of het kopiëren vraagt de app of je het bericht hebt verzonden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="134"/>
        <source>Only then is the notice recorded as sent. If not, nothing is recorded and you can choose another way.</source>
        <translation>Pas dan wordt de kennisgeving als verzonden vastgelegd. Zo niet, dan wordt er niets vastgelegd en kun je een andere manier kiezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="138"/>
        <source>Yes, it &amp;was sent</source>
        <translation>&amp;Ja, het is verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="139"/>
        <source>No, &amp;not sent</source>
        <translation>Nee, &amp;niet verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="152"/>
        <source>Not recorded as sent. Choose another way, or try again.</source>
        <translation>Niet als verzonden vastgelegd. Kies een andere manier of probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="274"/>
        <source>Did you send the message in your mail program?</source>
        <translation>Heb je het bericht in je mailprogramma verzonden?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="276"/>
        <source>Did you send the copied text to {agent}?</source>
        <translation>Heb je de gekopieerde tekst naar {agent} gestuurd?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="159"/>
        <source>How, e.g. handed over in person on 3 December</source>
        <translation>Hoe, bijv. op 3 december persoonlijk overhandigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="160"/>
        <source>Mark as &amp;sent</source>
        <translation>Als &amp;verzonden markeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="167"/>
        <source>Done outside the app?</source>
        <translation>Buiten de app gedaan?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="226"/>
        <source>Say how the notice reached the agent.</source>
        <translation>Vermeld hoe de kennisgeving de agent heeft bereikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="235"/>
        <source>Save the notice as an e-mail</source>
        <translation>Kennisgeving opslaan als e-mail</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="235"/>
        <source>E-mail messages (*.eml)</source>
        <translation>E-mailberichten (*.eml)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="242"/>
        <source>Save the notice as a PDF letter</source>
        <translation>Kennisgeving opslaan als pdf-brief</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="242"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notice_panel.py" line="250"/>
        <source>Print the notice</source>
        <translation>Kennisgeving afdrukken</translation>
    </message>
</context>
<context>
    <name>NoticeSender</name>
    <message>
        <location filename="../../supervisor_app/ui/notice_actions.py" line="64"/>
        <source>No mail program opened. Save the notice as an .eml file or copy its text instead.</source>
        <translation>Er is geen mailprogramma geopend. Sla de kennisgeving op als .eml-bestand of kopieer de tekst.</translation>
    </message>
</context>
<context>
    <name>NotificationsCard</name>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="17"/>
        <source>Notices to agents</source>
        <translation>Kennisgevingen aan agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="22"/>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="45"/>
        <source>Show overdue notices</source>
        <translation>Te late kennisgevingen tonen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="34"/>
        <source>1 notice to an agent is overdue.</source>
        <translation>1 kennisgeving aan een agent is te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="36"/>
        <source>{n} notices to agents are overdue.</source>
        <translation>{n} kennisgevingen aan agents zijn te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="41"/>
        <source>The agents must be told that their calls were recorded or listened to. Send the notices now, or record how they were told.</source>
        <translation>De agents moeten horen dat hun gesprekken zijn opgenomen of teruggeluisterd. Verstuur de kennisgevingen nu, of leg vast hoe ze het gehoord hebben.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="47"/>
        <source>No notice to an agent is overdue.</source>
        <translation>Geen enkele kennisgeving aan een agent is te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="49"/>
        <source>No notices wait to be sent.</source>
        <translation>Er wachten geen kennisgevingen op verzending.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="51"/>
        <source>1 notice waits to be sent, within its deadline.</source>
        <translation>1 kennisgeving wacht op verzending, binnen de termijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="53"/>
        <source>{n} notices wait to be sent, within their deadlines.</source>
        <translation>{n} kennisgevingen wachten op verzending, binnen de termijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_card.py" line="57"/>
        <source>Open Notifications</source>
        <translation>Kennisgevingen openen</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="48"/>
        <source>Notice</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="49"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="50"/>
        <source>Due by</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="51"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="52"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="53"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="54"/>
        <source>Receipt code</source>
        <translation>Controlecode</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="74"/>
        <source>{when} by {who}</source>
        <translation>{when} door {who}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_model.py" line="90"/>
        <source>Note: {note}</source>
        <translation>Notitie: {note}</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="73"/>
        <source>Notifications</source>
        <translation>Kennisgevingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="77"/>
        <source>Agents are told afterwards when one of their calls is recorded, listened to or destroyed. Send each notice before its deadline; overdue notices are red.</source>
        <translation>Agents krijgen achteraf bericht als een van hun gesprekken is opgenomen, teruggeluisterd of vernietigd. Verstuur elke kennisgeving voordat de termijn verloopt; te late kennisgevingen zijn rood.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="84"/>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="85"/>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="255"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="86"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="87"/>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="88"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="98"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="102"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="103"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="122"/>
        <source>&amp;Send…</source>
        <translation>&amp;Versturen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="123"/>
        <source>Mail, save, print or copy the selected notice</source>
        <translation>De gekozen kennisgeving mailen, opslaan, afdrukken of kopiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="125"/>
        <source>Mark as sent &amp;outside the app…</source>
        <translation>&amp;Buiten de app verzonden…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="127"/>
        <source>Save digests as .&amp;eml…</source>
        <translation>Weekoverzichten als .&amp;eml opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="130"/>
        <source>Save one e-mail file per selected weekly digest into a folder, to send from your mail program, and record each as sent</source>
        <translation>Per gekozen weekoverzicht één e-mailbestand in een map opslaan, om vanuit je mailprogramma te versturen, en elk als verzonden vastleggen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="135"/>
        <source>Mark &amp;acknowledged…</source>
        <translation>Ontvangst bevest&amp;igd…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="137"/>
        <source>Check a &amp;receipt…</source>
        <translation>&amp;Controlecode nagaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="214"/>
        <source>All agents</source>
        <translation>Alle agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="215"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="255"/>
        <source>Overdue ({n})</source>
        <translation>Te laat ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="265"/>
        <source>No notice matches.</source>
        <translation>Geen kennisgeving voldoet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="267"/>
        <source>1 notice</source>
        <translation>1 kennisgeving</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="269"/>
        <source>{n} notices</source>
        <translation>{n} kennisgevingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="333"/>
        <source>Mark as sent outside the app</source>
        <translation>Buiten de app verzonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="335"/>
        <source>Record that these {n} notices reached the agents outside the app ({names}). Say how, for example “handed over at the team meeting of 3 December”.</source>
        <translation>Leg vast dat deze {n} kennisgevingen de agents buiten de app hebben bereikt ({names}). Vermeld hoe, bijvoorbeeld „uitgereikt in het teamoverleg van 3 december”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="340"/>
        <source>Record that the notice reached {names} outside the app. Say how, for example “handed over in person on 3 December”.</source>
        <translation>Leg vast dat de kennisgeving {names} buiten de app heeft bereikt. Vermeld hoe, bijvoorbeeld „op 3 december persoonlijk overhandigd”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="348"/>
        <source>Recorded {n} notices as sent.</source>
        <translation>{n} kennisgevingen als verzonden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="353"/>
        <source>Mark as &amp;sent</source>
        <translation>Als &amp;verzonden markeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="362"/>
        <source>Mark as acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="364"/>
        <source>Record that the agent confirmed receiving these notices ({names}). A note is optional, e.g. “signed copy in the personnel file”.</source>
        <translation>Leg vast dat de agent de ontvangst van deze kennisgevingen heeft bevestigd ({names}). Een notitie is niet verplicht, bijv. „getekend exemplaar in het personeelsdossier”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="370"/>
        <source>Recorded {n} notices as acknowledged.</source>
        <translation>Van {n} kennisgevingen de ontvangst als bevestigd vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="375"/>
        <source>Mark &amp;acknowledged</source>
        <translation>Ontvangst &amp;bevestigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="390"/>
        <source>Save the digests as e-mails in</source>
        <translation>Weekoverzichten als e-mail opslaan in</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notifications_page.py" line="405"/>
        <source>Saved {n} digests in {folder} and recorded them as sent.</source>
        <translation>{n} weekoverzichten opgeslagen in {folder} en als verzonden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>NotifyPrompt</name>
    <message>
        <location filename="../../supervisor_app/ui/notify_prompt.py" line="66"/>
        <source>Tell {agent}</source>
        <translation>{agent} informeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notify_prompt.py" line="73"/>
        <source>You listened to a call of {agent}. The recording policy says {agent} must be told, by {date} at the latest: which call, why, who listened and how to object.</source>
        <translation>Je hebt een gesprek van {agent} teruggeluisterd. Volgens het opnamebeleid moet {agent} dat uiterlijk {date} horen: welk gesprek, waarom, wie luisterde en hoe bezwaar te maken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notify_prompt.py" line="78"/>
        <source>Notify {agent} &amp;now</source>
        <translation>{agent} &amp;nu informeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notify_prompt.py" line="81"/>
        <source>&amp;Later (due {date})</source>
        <translation>&amp;Later (uiterlijk {date})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/notify_prompt.py" line="85"/>
        <source>Later keeps the notice on the Notifications page; from the day after {date} it shows as overdue on the Dashboard and at every unlock.</source>
        <translation>Bij Later blijft de kennisgeving op de pagina Kennisgevingen staan; vanaf de dag na {date} staat ze als te laat op het Dashboard en bij elke ontgrendeling.</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="52"/>
        <source>Objection to sampling</source>
        <translation>Bezwaar tegen de steekproef</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="71"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="73"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="77"/>
        <source>While an objection is in force, none of the agent&apos;s calls are sampled or stored; each import counts them under “objection”. Stored recordings keep their retention unless the agent also asks for erasure.</source>
        <translation>Zolang een bezwaar geldt, worden geen gesprekken van de agent in de steekproef getrokken of opgeslagen; elke import telt ze onder ‘bezwaar’. Opgeslagen opnames houden hun bewaartermijn, tenzij de agent ook om verwijdering vraagt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="108"/>
        <source>An objection is in force since {date}: their calls are not sampled. Reason: {reason}</source>
        <translation>Er geldt een bezwaar sinds {date}: de gesprekken van deze agent komen niet in de steekproef. Reden: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="113"/>
        <source>Why the objection ends, e.g. the agent withdrew it in writing</source>
        <translation>Waarom het bezwaar eindigt, bijv. de agent heeft het schriftelijk ingetrokken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="115"/>
        <source>&amp;Lift objection</source>
        <translation>Bezwaar &amp;opheffen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="119"/>
        <source>No objection is in force: their calls may be sampled.</source>
        <translation>Er geldt geen bezwaar: de gesprekken van deze agent kunnen in de steekproef komen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="121"/>
        <source>The objection answers request {n}.</source>
        <translation>Het bezwaar beantwoordt verzoek {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="127"/>
        <source>Why the agent objects, e.g. objects to sampling in writing</source>
        <translation>Waarom de agent bezwaar maakt, bijv. schriftelijk bezwaar tegen de steekproef</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/objection_dialog.py" line="129"/>
        <source>&amp;Record objection</source>
        <translation>Bezwaar &amp;vastleggen</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_fields.py" line="62"/>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>OptionalDaysSpinBox</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_fields.py" line="106"/>
        <source>Not stated</source>
        <translation>Niet opgegeven</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="199"/>
        <source>Passphrase of {name}</source>
        <translation>Wachtwoordzin van {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="204"/>
        <source>Only this user&apos;s passphrase changes; other users and the recovery key keep working as before.</source>
        <translation>Alleen de wachtwoordzin van deze gebruiker verandert; andere gebruikers en de herstelsleutel werken gewoon door.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="212"/>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="82"/>
        <source>&amp;Add user…</source>
        <translation>Gebruiker t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="84"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="86"/>
        <source>Change &amp;roles…</source>
        <translation>&amp;Rollen wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="87"/>
        <source>Re&amp;move user…</source>
        <translation>Gebruiker &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="88"/>
        <source>&amp;Add agent…</source>
        <translation>Agent t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="89"/>
        <source>&amp;Edit agent…</source>
        <translation>Agent &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="90"/>
        <source>&amp;Import agents…</source>
        <translation>Agents &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="92"/>
        <source>&amp;Add team…</source>
        <translation>Team t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="96"/>
        <source>You see the people of your own teams. Only administrators can make changes.</source>
        <translation>Je ziet de personen van je eigen teams. Alleen beheerders kunnen iets wijzigen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="110"/>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="117"/>
        <source>A&amp;gents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="119"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="121"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="202"/>
        <source>Remove user</source>
        <translation>Gebruiker verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="204"/>
        <source>Remove {name}? They can no longer unlock the vault; what they did stays in the log.</source>
        <translation>{name} verwijderen? Deze persoon kan de kluis dan niet meer ontgrendelen; wat hij of zij deed, blijft in het logboek staan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="210"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="213"/>
        <source>Also re-encrypt the vault (rekey), so an old copy of the key is useless</source>
        <translation>Kluis ook opnieuw versleutelen, zodat een oude kopie van de sleutel niets meer waard is</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="260"/>
        <source>Import agents</source>
        <translation>Agents importeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="262"/>
        <source>Agents list (*.csv *.txt);;All files (*)</source>
        <translation>Lijst met agents (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="281"/>
        <source>The agents list was imported: {added} added, {changed} changed, {left} marked as left.</source>
        <translation>De lijst met agents is geïmporteerd: {added} toegevoegd, {changed} gewijzigd, {left} als vertrokken gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>PlaceHoldDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="45"/>
        <source>Keep recording {n} as evidence</source>
        <translation>Opname {n} bewaren als bewijs</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="52"/>
        <source>e.g. DOS-2026-17</source>
        <translation>bijv. DOS-2026-17</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="55"/>
        <source>For example: the donor disputes agreeing to a recurring gift</source>
        <translation>Bijvoorbeeld: de donateur betwist dat hij akkoord ging met een periodieke gift</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="58"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="59"/>
        <source>&amp;Case reference:</source>
        <translation>&amp;Dossiernummer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="60"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="61"/>
        <source>Keep until:</source>
        <translation>Bewaren tot en met:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="65"/>
        <source>The recording is not deleted while the hold lasts: until its last day, or until someone releases it. Leave the day empty if the end is not known yet. Only the purpose held can be listened for; the hold is in the audit log.</source>
        <translation>Zolang de opname als bewijs wordt bewaard, wordt ze niet verwijderd: tot en met de laatste dag, of tot iemand het bewaren beëindigt. Laat de datum leeg als het einde nog niet bekend is. Terugluisteren kan alleen voor het doel waarvoor ze wordt bewaard; het bewaren staat in het logboek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="71"/>
        <source>&amp;Keep as evidence</source>
        <translation>&amp;Bewaren als bewijs</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="89"/>
        <source>Listening: recording {n}</source>
        <translation>Terugluisteren: opname {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="134"/>
        <source>Recording {n}</source>
        <translation>Opname {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="146"/>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="147"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="150"/>
        <location filename="../../supervisor_app/ui/player_window.py" line="306"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="152"/>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="154"/>
        <source>5 seconds back (←)</source>
        <translation>5 seconden terug (←)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="156"/>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="158"/>
        <source>5 seconds forward (→)</source>
        <translation>5 seconden vooruit (→)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="167"/>
        <location filename="../../supervisor_app/ui/player_window.py" line="173"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="188"/>
        <source>Space: play or pause · ← →: 5 seconds back or forward · click the waveform</source>
        <translation>Spatie: afspelen of pauzeren · ← →: 5 seconden terug of vooruit · klik in de golfvorm</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="190"/>
        <source> · N: a note here · double-click the waveform: a note there</source>
        <translation> · N: opmerking hier · dubbelklik op de golfvorm: opmerking daar</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="198"/>
        <source>This is a &amp;private call…</source>
        <translation>Dit is een &amp;privégesprek…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="201"/>
        <source>Stop at once and destroy the audio of a call that is not about work</source>
        <translation>Meteen stoppen en het geluid vernietigen van een gesprek dat niet over het werk gaat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="204"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="306"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="329"/>
        <source>Heard: {s}</source>
        <translation>Gehoord: {s}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="339"/>
        <location filename="../../supervisor_app/ui/player_window.py" line="388"/>
        <source>Private call</source>
        <translation>Privégesprek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="340"/>
        <source>Is this a private call? Then its audio is destroyed now, for good.</source>
        <translation>Is dit een privégesprek? Dan wordt het geluid nu definitief vernietigd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="346"/>
        <source>Nobody can hear this recording again. A record stays of when it was made, whose call it was and that it was destroyed as a private call, and the agent will be told.</source>
        <translation>Niemand kan deze opname daarna nog horen. Er blijft vastgelegd wanneer het gesprek plaatsvond, van wie het was en dat het als privégesprek is vernietigd, en de agent krijgt daarvan bericht.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="351"/>
        <source>&amp;Destroy the audio</source>
        <translation>Geluid &amp;vernietigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="389"/>
        <source>The audio of recording {n} was destroyed.</source>
        <translation>Het geluid van opname {n} is vernietigd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player_window.py" line="395"/>
        <source>A record of the destruction is in the audit log, and the agent will be told that a private call was met and destroyed.</source>
        <translation>De vernietiging staat in het auditlogboek, en de agent krijgt bericht dat er een privégesprek is aangetroffen en vernietigd.</translation>
    </message>
</context>
<context>
    <name>PolicyCheck</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="247"/>
        <source>Enter the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="249"/>
        <source>Enter the organisation&apos;s full name; “{text}” is not a name.</source>
        <translation>Vul de volledige naam van de organisatie in; “{text}” is geen naam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="282"/>
        <source>Enter where agents and customers can send objections and access requests.</source>
        <translation>Vul in waar agents en klanten bezwaren en inzageverzoeken kunnen indienen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="287"/>
        <source>Enter an e-mail address, telephone number or postal address where objections and access requests can be sent; “{text}” is none of these.</source>
        <translation>Vul een e-mailadres, telefoonnummer of postadres in waar bezwaren en inzageverzoeken naartoe kunnen; “{text}” is geen van drieën.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="303"/>
        <source>Enter who the privacy officer is.</source>
        <translation>Vul in wie de privacyfunctionaris is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="305"/>
        <source>Enter the privacy officer&apos;s name, such as “M. Jansen”; “{text}” is not a name.</source>
        <translation>Vul de naam van de privacyfunctionaris in, zoals “M. Jansen”; “{text}” is geen naam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="334"/>
        <source>Enter how agents can reach the privacy officer.</source>
        <translation>Vul in hoe agents de privacyfunctionaris kunnen bereiken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="338"/>
        <source>Enter an e-mail address or telephone number for the privacy officer; “{text}” is neither.</source>
        <translation>Vul een e-mailadres of telefoonnummer van de privacyfunctionaris in; “{text}” is geen van beide.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="420"/>
        <source>Remove {roles} from the roles that may listen for the purpose {name}; only team leads and quality coaches can listen.</source>
        <translation>Haal {roles} weg bij de rollen die mogen terugluisteren voor het doel {name}; alleen teamleiders en kwaliteitscoaches kunnen terugluisteren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="438"/>
        <source>Give purpose {name} a short id of lowercase letters, digits, - or _, such as “training”.</source>
        <translation>Geef doel {name} een korte id van kleine letters, cijfers, - of _, zoals “training”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="444"/>
        <source>Change the id of purpose {name} to lowercase letters, digits, - or _, starting with a letter.</source>
        <translation>Wijzig de id van doel {name} in kleine letters, cijfers, - of _, beginnend met een letter.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="461"/>
        <source>Give purpose {name} a title.</source>
        <translation>Geef doel {name} een titel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="472"/>
        <source>Choose which calls the purpose {name} applies to: all business calls, or named queues or campaigns.</source>
        <translation>Kies voor welke gesprekken het doel {name} geldt: alle zakelijke gesprekken, of genoemde wachtrijen of campagnes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="501"/>
        <source>Choose the legal basis for the purpose {name}.</source>
        <translation>Kies de grondslag voor het doel {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="516"/>
        <source>Explain why the chosen legal basis applies to the purpose {name}.</source>
        <translation>Leg uit waarom de gekozen grondslag geldt voor het doel {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="520"/>
        <source>The explanation of the legal basis of the purpose {name} is too short to show anything; explain in at least {n} words why the basis applies, not just “{text}”.</source>
        <translation>De toelichting op de grondslag van het doel {name} is te kort om iets aan te tonen; leg in minstens {n} woorden uit waarom de grondslag geldt, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="537"/>
        <source>Write why recording is necessary for the purpose {name} and which less intrusive means were weighed.</source>
        <translation>Schrijf waarom opnemen nodig is voor het doel {name} en welke minder ingrijpende middelen zijn overwogen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="543"/>
        <source>The necessity of the purpose {name} is too short to convince anyone; write in at least {n} words why recording is needed and which milder means were weighed, not just “{text}”.</source>
        <translation>De noodzaak van het doel {name} is te kort om iemand te overtuigen; schrijf in minstens {n} woorden waarom opnemen nodig is en welke mildere middelen zijn overwogen, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="560"/>
        <source>Set how many days recordings are kept for the purpose {name}: from {minimum} to {maximum}.</source>
        <translation>Stel in hoeveel dagen opnames voor het doel {name} worden bewaard: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="577"/>
        <source>State why recordings for the purpose {name} are kept longer than a year.</source>
        <translation>Leg uit waarom opnames voor het doel {name} langer dan een jaar worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="582"/>
        <source>The reason why recordings for the purpose {name} are kept this long is too short; explain in at least {n} words why, not just “{text}”.</source>
        <translation>De reden waarom opnames voor het doel {name} zo lang worden bewaard, is te kort; leg in minstens {n} woorden uit waarom, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="596"/>
        <source>Choose which roles may listen for the purpose {name}.</source>
        <translation>Kies welke rollen mogen terugluisteren voor het doel {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="689"/>
        <source>Choose whether the app draws the sample of calls or the telephone system already did.</source>
        <translation>Kies of de app de steekproef trekt of dat de telefooncentrale dat al heeft gedaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="704"/>
        <source>Set the share of business calls to sample: more than 0 % and at most 100 % (e.g. 5 %).</source>
        <translation>Stel het deel van de zakelijke gesprekken in dat in de steekproef komt: meer dan 0 % en hoogstens 100 % (bijv. 5 %).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="723"/>
        <source>Set the most calls per agent per week that may be sampled: from {minimum} to {maximum}.</source>
        <translation>Stel in hoeveel gesprekken per agent per week hoogstens in de steekproef mogen komen: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="740"/>
        <source>Set the fewest calls per agent per week to sample: from {minimum} to {maximum}.</source>
        <translation>Stel in hoeveel gesprekken per agent per week minstens in de steekproef komen: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="756"/>
        <source>State why the sample is this large.</source>
        <translation>Leg uit waarom de steekproef zo groot is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="758"/>
        <source>The reason for so large a sample is too short; explain in at least {n} words why so many calls are needed, not just “{text}”.</source>
        <translation>De reden voor zo’n grote steekproef is te kort; leg in minstens {n} woorden uit waarom zoveel gesprekken nodig zijn, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="779"/>
        <source>Choose the time zone of the telephone system.</source>
        <translation>Kies de tijdzone van de telefooncentrale.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="784"/>
        <source>The time zone “{text}” is not known; use a name like Europe/Amsterdam.</source>
        <translation>De tijdzone “{text}” is onbekend; gebruik een naam als Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="835"/>
        <source>No protected numbers are listed, so nothing keeps calls with the confidential counsellor, company doctor or works council out by their number; add those numbers, unless there are none.</source>
        <translation>Er staan geen beschermde nummers in, dus niets houdt gesprekken met de vertrouwenspersoon, de bedrijfsarts of de ondernemingsraad op hun nummer buiten; vul die nummers in, tenzij die er niet zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="854"/>
        <source>Correct the internal extension ranges: each must run from a lower to a higher number.</source>
        <translation>Verbeter de reeksen interne toestelnummers: elke reeks loopt van een lager naar een hoger nummer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="892"/>
        <source>Set within how many days an agent is told that a call of theirs was listened to: from {minimum} to {maximum}.</source>
        <translation>Stel in binnen hoeveel dagen een agent hoort dat een gesprek van hem of haar is teruggeluisterd: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="910"/>
        <source>Set within how many days an agent is told that a call of theirs was recorded: from {minimum} to {maximum}.</source>
        <translation>Stel in binnen hoeveel dagen een agent hoort dat een gesprek van hem of haar is opgenomen: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="933"/>
        <source>Choose whether agents get a notice per recording or a weekly digest.</source>
        <translation>Kies of agents per opname een bericht krijgen of één overzicht per week.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="949"/>
        <source>The works council&apos;s consent date ({date}) lies in the future; enter the day it actually consented.</source>
        <translation>De datum van de instemming van de OR ({date}) ligt in de toekomst; vul de dag in waarop de OR echt heeft ingestemd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="973"/>
        <source>State why the works council&apos;s consent does not apply.</source>
        <translation>Leg uit waarom instemming van de OR niet nodig is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="977"/>
        <source>The reason why the works council need not consent is too short to check; explain in at least {n} words why consent does not apply, not just “{text}”.</source>
        <translation>De reden waarom de OR niet hoeft in te stemmen, is te kort om te controleren; leg in minstens {n} woorden uit waarom instemming niet nodig is, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1007"/>
        <source>Record that a DPIA was carried out.</source>
        <translation>Leg vast dat er een DPIA is uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1009"/>
        <source>A risk assessment is not enough: listening back to employees&apos; calls is systematic monitoring of employees, which the Dutch Data Protection Authority lists as always needing a DPIA (art. 35 GDPR); carry out a DPIA and record it.</source>
        <translation>Een risicoanalyse is niet genoeg: gesprekken van medewerkers terugluisteren is stelselmatige monitoring van werknemers, waarvoor de Autoriteit Persoonsgegevens altijd een DPIA verplicht stelt (art. 35 AVG); voer een DPIA uit en leg die vast.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1024"/>
        <source>Record the date of the DPIA.</source>
        <translation>Leg de datum van de DPIA vast.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1025"/>
        <source>The DPIA&apos;s date ({date}) lies in the future; enter the day it was completed.</source>
        <translation>De datum van de DPIA ({date}) ligt in de toekomst; vul de dag in waarop die is afgerond.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1036"/>
        <source>Record the reference of the DPIA, such as its document number.</source>
        <translation>Leg het kenmerk van de DPIA vast, zoals het documentnummer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1057"/>
        <source>Confirm that callers hear that calls are recorded, and since when.</source>
        <translation>Bevestig dat bellers horen dat gesprekken worden opgenomen, en sinds wanneer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1067"/>
        <source>Enter since when callers hear that calls are recorded.</source>
        <translation>Vul in sinds wanneer bellers horen dat gesprekken worden opgenomen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1070"/>
        <source>The announcement to callers cannot start in the future ({date}); enter the day callers first heard it.</source>
        <translation>De melding aan bellers kan niet in de toekomst beginnen ({date}); vul de dag in waarop bellers haar voor het eerst hoorden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1100"/>
        <source>State how many days the telephone system keeps its own recordings: from {minimum} to {maximum}.</source>
        <translation>Vul in hoeveel dagen de telefooncentrale haar eigen opnames bewaart: van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1115"/>
        <source>State who removes the telephone system&apos;s own recordings.</source>
        <translation>Vul in wie de opnames in de telefooncentrale zelf verwijdert.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1136"/>
        <source>Write how recordings are secured (the app&apos;s own measures can be used as a start).</source>
        <translation>Beschrijf hoe opnames beveiligd zijn (de maatregelen van de app zelf kun je als begin gebruiken).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1141"/>
        <source>The security statement is too short to describe any measure; write in at least {n} words how recordings are secured, not just “{text}”.</source>
        <translation>De beschrijving van de beveiliging is te kort om een maatregel te noemen; beschrijf in minstens {n} woorden hoe opnames beveiligd zijn, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1222"/>
        <source>Choose what the results of listening back may be used for.</source>
        <translation>Kies waarvoor de uitkomsten van het terugluisteren mogen worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1232"/>
        <source>Enter the date from which the staff regulation applies.</source>
        <translation>Vul de datum in vanaf wanneer het personeelsreglement geldt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1245"/>
        <source>Enter who adopted the staff regulation.</source>
        <translation>Vul in wie het personeelsreglement heeft vastgesteld.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1247"/>
        <source>Say who adopted the staff regulation, such as “the board of directors”; “{text}” does not say who.</source>
        <translation>Vul in wie het personeelsreglement heeft vastgesteld, zoals “de directie”; “{text}” zegt niet wie.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1264"/>
        <source>Enter when and with whom the staff regulation is evaluated.</source>
        <translation>Vul in wanneer en met wie het personeelsreglement wordt geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1268"/>
        <source>The evaluation is too short to plan anything; say in at least {n} words when and with whom the staff regulation is evaluated, not just “{text}”.</source>
        <translation>De evaluatie is te kort om iets te plannen; vul in minstens {n} woorden in wanneer en met wie het personeelsreglement wordt geëvalueerd, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1291"/>
        <source>State who outside the organisation receives recordings or call data, or that nobody does.</source>
        <translation>Vul in wie buiten de organisatie opnames of gespreksgegevens ontvangt, of dat niemand dat doet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1297"/>
        <source>The statement on recipients is too short; say in at least {n} words who receives recordings or call data, not just “{text}”.</source>
        <translation>Wat er over de ontvangers staat, is te kort; vul in minstens {n} woorden in wie opnames of gespreksgegevens ontvangt, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1315"/>
        <source>State whether data is transferred outside the European Economic Area.</source>
        <translation>Vul in of gegevens buiten de Europese Economische Ruimte terechtkomen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1320"/>
        <source>The statement on transfers is too short; say in at least {n} words whether data leaves the European Economic Area, not just “{text}”.</source>
        <translation>Wat er over doorgifte staat, is te kort; vul in minstens {n} woorden in of gegevens de Europese Economische Ruimte verlaten, niet alleen “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1360"/>
        <source>Write at least one expectation for the agent protocol, such as “Always be polite”.</source>
        <translation>Schrijf minstens één verwachting voor het gespreksprotocol, zoals “Blijf altijd beleefd”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1365"/>
        <source>Remove the empty line from the agent protocol.</source>
        <translation>Haal de lege regel uit het gespreksprotocol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1368"/>
        <source>The agent protocol has a different number of expectations in each language; write every expectation in every language, one per line.</source>
        <translation>Het gespreksprotocol heeft niet in elke taal evenveel verwachtingen; schrijf elke verwachting in elke taal, één per regel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1404"/>
        <source>Add at least one purpose for which calls may be listened to.</source>
        <translation>Voeg minstens één doel toe waarvoor gesprekken mogen worden teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1408"/>
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
        <translation>Het minimum aantal gesprekken per agent per week is hoger dan het maximum; verlaag het minimum of verhoog het maximum.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="212"/>
        <source>A sample of {rate} % of the business calls is more than 20 %; state why so many calls are needed, or lower the share.</source>
        <translation>Een steekproef van {rate} % van de zakelijke gesprekken is meer dan 20 %; leg uit waarom zoveel gesprekken nodig zijn, of verlaag het deel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="222"/>
        <source>Keeping up to {count} calls of an agent per week is more than 25; state why so many are needed, or lower the number.</source>
        <translation>Tot {count} gesprekken van een agent per week bewaren is meer dan 25; leg uit waarom er zoveel nodig zijn, of verlaag het aantal.</translation>
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
        <translation>Publiceer het gespreksprotocol bij deze versie van het beleid.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="51"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="52"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="54"/>
        <source>It is still missing in {languages}.</source>
        <translation>Het ontbreekt nog in het {languages}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="55"/>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
</context>
<context>
    <name>PolicyChoice</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="267"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="268"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="490"/>
        <source>Legitimate interest (art. 6(1)(f))</source>
        <translation>Gerechtvaardigd belang (art. 6 lid 1 sub f)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="493"/>
        <source>Legal obligation (art. 6(1)(c))</source>
        <translation>Wettelijke verplichting (art. 6 lid 1 sub c)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="496"/>
        <source>Contract (art. 6(1)(b))</source>
        <translation>Overeenkomst (art. 6 lid 1 sub b)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="680"/>
        <source>This app draws a random sample at import</source>
        <translation>Deze app trekt bij het inlezen een willekeurige steekproef</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="683"/>
        <source>The telephone system already samples; import every recording</source>
        <translation>De telefooncentrale trekt de steekproef al; elke opname inlezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="925"/>
        <source>A notice for every recording</source>
        <translation>Een bericht per opname</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="928"/>
        <source>One overview per week</source>
        <translation>Eén overzicht per week</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="999"/>
        <source>DPIA (data protection impact assessment)</source>
        <translation>DPIA (gegevensbeschermingseffectbeoordeling)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1002"/>
        <source>Documented risk assessment</source>
        <translation>Vastgelegde risicoanalyse</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1211"/>
        <source>Feedback and coaching only</source>
        <translation>Alleen voor feedback en coaching</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1214"/>
        <source>Also in performance appraisals</source>
        <translation>Ook in beoordelingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1217"/>
        <source>Also in appraisals and for disciplinary measures</source>
        <translation>Ook in beoordelingen en voor disciplinaire maatregelen</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="167"/>
        <source>{n} missing</source>
        <translation>{n} ontbreken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="167"/>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
</context>
<context>
    <name>PolicyField</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="242"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="243"/>
        <source>The organisation&apos;s name as the documents print it.</source>
        <translation>De naam van de organisatie zoals die in de documenten staat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="258"/>
        <source>Main &amp;language:</source>
        <translation>&amp;Hoofdtaal:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="259"/>
        <source>A text written without a language, such as a plain string in a policy file, counts as this language. Texts are needed in this language and in each language an agent reads.</source>
        <translation>Een tekst zonder taal, zoals een gewone tekst in een beleidsbestand, geldt als tekst in deze taal. Teksten zijn nodig in deze taal en in elke taal die een agent leest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="274"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="275"/>
        <source>Where agents and customers send objections and requests to see recordings.</source>
        <translation>Waar agents en klanten bezwaar maken en vragen om opnames in te zien.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="280"/>
        <source>e.g. privacy@example.nl</source>
        <translation>bijv. privacy@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="296"/>
        <source>&amp;Privacy officer:</source>
        <translation>&amp;Privacyfunctionaris:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="297"/>
        <source>The name of the data protection officer, or of the person who answers privacy questions where there is none.</source>
        <translation>De naam van de functionaris gegevensbescherming, of van wie privacyvragen beantwoordt als er geen is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="313"/>
        <source>A data protection officer (art. 37 GDPR) &amp;appointed</source>
        <translation>Een functionaris gegevensbescherming (art. 37 AVG) &amp;aangesteld</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="316"/>
        <source>Documents call them the data protection officer; otherwise the contact person for privacy.</source>
        <translation>Documenten noemen hem of haar dan de functionaris gegevensbescherming; anders de privacycontactpersoon.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="325"/>
        <source>Privacy officer&apos;s c&amp;ontact:</source>
        <translation>C&amp;ontact privacyfunctionaris:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="326"/>
        <source>An e-mail address or telephone number at which agents reach the privacy officer directly.</source>
        <translation>Een e-mailadres of telefoonnummer waarop agents de privacyfunctionaris rechtstreeks bereiken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="332"/>
        <source>e.g. fg@example.nl</source>
        <translation>bijv. fg@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="433"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="434"/>
        <source>Lowercase letters, digits, - or _.</source>
        <translation>Kleine letters, cijfers, - of _.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="436"/>
        <source>e.g. training</source>
        <translation>bijv. training</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="456"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="457"/>
        <source>The purpose&apos;s name as agents read it in documents and notices.</source>
        <translation>De naam van het doel zoals agents die lezen in documenten en kennisgevingen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="466"/>
        <source>Applies to:</source>
        <translation>Geldt voor:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="467"/>
        <source>All business calls, or only the calls of named queues or campaigns.</source>
        <translation>Alle zakelijke gesprekken, of alleen de gesprekken van genoemde wachtrijen of campagnes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="483"/>
        <source>&amp;Legal basis:</source>
        <translation>G&amp;rondslag:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="484"/>
        <source>Consent is not offered: an employee cannot freely refuse their employer.</source>
        <translation>Toestemming kan niet: een werknemer kan zijn werkgever niet vrij weigeren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="508"/>
        <source>&amp;Explanation:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="509"/>
        <source>Why the legal basis applies: the interest served, and why it outweighs the agents&apos; privacy.</source>
        <translation>Waarom de grondslag geldt: welk belang ermee is gediend, en waarom dat zwaarder weegt dan de privacy van agents.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="529"/>
        <source>&amp;Necessity:</source>
        <translation>Noo&amp;dzaak:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="530"/>
        <source>Why recording is needed and which less intrusive means were weighed.</source>
        <translation>Waarom opnemen nodig is en welke minder ingrijpende middelen zijn overwogen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="556"/>
        <source>&amp;Keep for:</source>
        <translation>&amp;Bewaren:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="557"/>
        <source>Counted from the day of the call.</source>
        <translation>Gerekend vanaf de dag van het gesprek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="569"/>
        <source>Why this &amp;long:</source>
        <translation>Waarom zo &amp;lang:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="570"/>
        <source>Needed when recordings are kept longer than 365 days: why the purpose needs that long.</source>
        <translation>Nodig als opnames langer dan 365 dagen worden bewaard: waarom het doel zo lang nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="591"/>
        <source>Who may listen:</source>
        <translation>Wie mag terugluisteren:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="592"/>
        <source>Only team leads and quality coaches can ever listen.</source>
        <translation>Alleen teamleiders en kwaliteitscoaches kunnen ooit terugluisteren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="606"/>
        <source>Tell the agent &amp;who listened</source>
        <translation>De agent vertellen &amp;wie heeft teruggeluisterd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="607"/>
        <source>The notice names who listened; otherwise only their role.</source>
        <translation>De kennisgeving noemt wie heeft teruggeluisterd; anders alleen de rol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="616"/>
        <source>Who may keep as evidence:</source>
        <translation>Wie mag als bewijs bewaren:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="617"/>
        <source>Longer than the retention period, for a concrete case with its case reference. Leave empty when this purpose needs no evidence.</source>
        <translation>Langer dan de bewaartermijn, voor een concreet geschil met een dossiernummer. Laat leeg als dit doel geen bewijs nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="631"/>
        <source>&amp;Coaching: score the call against the agent protocol</source>
        <translation>&amp;Coaching: beoordeel het gesprek aan de hand van het gedragsprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="634"/>
        <source>Listeners may fill in a scorecard, note moments in the call and send the agent a feedback sheet. These are deleted with the recording.</source>
        <translation>Wie terugluistert mag een beoordelingsformulier invullen, opmerkingen bij momenten in het gesprek noteren en de medewerker een feedbackformulier sturen. Die worden samen met de opname verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="673"/>
        <source>&amp;Who samples:</source>
        <translation>&amp;Wie trekt de steekproef:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="674"/>
        <source>This app draws a random sample when calls are imported, or the telephone system records only a sample itself.</source>
        <translation>Deze app trekt bij het inlezen een willekeurige steekproef, of de telefooncentrale neemt zelf alleen een steekproef op.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="698"/>
        <source>&amp;Share of calls:</source>
        <translation>&amp;Deel van de gesprekken:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="699"/>
        <source>The share of business calls the app keeps, e.g. 5 %.</source>
        <translation>Het deel van de zakelijke gesprekken dat de app bewaart, bijv. 5 %.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="719"/>
        <source>&amp;Most per agent:</source>
        <translation>&amp;Hoogstens per agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="720"/>
        <source>The most calls of one agent kept per week.</source>
        <translation>Het hoogste aantal gesprekken van één agent per week.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="734"/>
        <source>&amp;Fewest per agent:</source>
        <translation>&amp;Minstens per agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="735"/>
        <source>At least this many calls of each agent per week, if there are enough.</source>
        <translation>Minstens zoveel gesprekken van elke agent per week, als die er zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="748"/>
        <source>Why this &amp;many:</source>
        <translation>Waarom zo&amp;veel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="749"/>
        <source>Needed when more than 20 % of the calls, or more than 25 calls of an agent per week, are kept: why so many are needed.</source>
        <translation>Nodig als meer dan 20 % van de gesprekken, of meer dan 25 gesprekken van een agent per week, wordt bewaard: waarom er zoveel nodig zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="773"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="774"/>
        <source>The clock of the telephone system, e.g. Europe/Amsterdam.</source>
        <translation>De klok van de telefooncentrale, bijv. Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="793"/>
        <source>&amp;Queues:</source>
        <translation>&amp;Wachtrijen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="794"/>
        <source>Queues whose calls are business calls.</source>
        <translation>Wachtrijen waarvan de gesprekken zakelijk zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="795"/>
        <source>e.g. 400, 401</source>
        <translation>bijv. 400, 401</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="800"/>
        <source>Inbound &amp;numbers:</source>
        <translation>Inkomende &amp;nummers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="801"/>
        <source>The organisation&apos;s own numbers whose calls are business calls.</source>
        <translation>De eigen nummers van de organisatie waarvan de gesprekken zakelijk zijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="804"/>
        <source>e.g. +31201234500</source>
        <translation>bijv. +31201234500</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="809"/>
        <source>Campaign &amp;contexts:</source>
        <translation>Campagne&amp;contexten:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="810"/>
        <source>Dial-plan contexts of outbound campaigns in the telephone system.</source>
        <translation>Contexten van uitgaande campagnes in het belplan van de telefooncentrale.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="817"/>
        <source>Campaign &amp;account codes:</source>
        <translation>Campagne-&amp;accountcodes:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="818"/>
        <source>Account codes of outbound campaigns in the telephone system.</source>
        <translation>Accountcodes van uitgaande campagnes in de telefooncentrale.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="827"/>
        <source>&amp;Protected numbers:</source>
        <translation>&amp;Beschermde nummers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="828"/>
        <source>One per line: the confidential counsellor, company doctor, works council… Calls to or from these numbers are never kept.</source>
        <translation>Eén per regel: vertrouwenspersoon, bedrijfsarts, ondernemingsraad… Gesprekken van of naar deze nummers worden nooit bewaard.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="845"/>
        <source>Internal &amp;extensions:</source>
        <translation>Interne toe&amp;stellen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="846"/>
        <source>Ranges of colleagues&apos; extensions; calls between them are never kept.</source>
        <translation>Reeksen toestelnummers van collega’s; gesprekken tussen hen worden nooit bewaard.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="851"/>
        <source>e.g. 100-399, 500</source>
        <translation>bijv. 100-399, 500</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="887"/>
        <source>After a &amp;listen, within:</source>
        <translation>Na &amp;terugluisteren, binnen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="888"/>
        <source>An agent is told of each listen separately, within this time.</source>
        <translation>Een agent hoort binnen deze tijd apart van elke keer dat er is teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="904"/>
        <source>After &amp;recording, within:</source>
        <translation>Na &amp;opnemen, binnen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="905"/>
        <source>Counted from the recording, or in a weekly overview from the week&apos;s first one.</source>
        <translation>Gerekend vanaf de opname, of bij een overzicht per week vanaf de eerste opname van die week.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="920"/>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="921"/>
        <source>How agents hear that their calls were recorded.</source>
        <translation>Hoe agents horen dat hun gesprekken zijn opgenomen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="947"/>
        <location filename="../../supervisor_app/domain/policy.py" line="1021"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="948"/>
        <source>The day the works council consented.</source>
        <translation>De dag waarop de OR heeft ingestemd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="958"/>
        <location filename="../../supervisor_app/domain/policy.py" line="1033"/>
        <source>Reference:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="959"/>
        <source>The reference of the works council&apos;s decision or letter.</source>
        <translation>Het kenmerk van het besluit of de brief van de OR.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="966"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="967"/>
        <source>Why the works council&apos;s consent does not apply.</source>
        <translation>Waarom instemming van de OR niet nodig is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="970"/>
        <source>e.g. the organisation has no works council</source>
        <translation>bijv. de organisatie heeft geen ondernemingsraad</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="993"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="994"/>
        <source>Listening back to employees&apos; calls is systematic monitoring: a DPIA is required.</source>
        <translation>Gesprekken van medewerkers terugluisteren is stelselmatige monitoring: een DPIA is verplicht.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1022"/>
        <source>The day the DPIA was completed.</source>
        <translation>De dag waarop de DPIA is afgerond.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1034"/>
        <source>The DPIA&apos;s document number or title.</source>
        <translation>Het documentnummer of de titel van de DPIA.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1053"/>
        <source>Callers are told calls may be &amp;recorded</source>
        <translation>Bellers horen dat het gesprek kan worden &amp;opgenomen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1054"/>
        <source>Before the call starts, with the reason why.</source>
        <translation>Voordat het gesprek begint, met de reden waarom.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1064"/>
        <source>Since:</source>
        <translation>Sinds:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1065"/>
        <source>The day callers first heard it.</source>
        <translation>De dag waarop bellers de melding voor het eerst hoorden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1092"/>
        <source>Kept &amp;there for:</source>
        <translation>Daar &amp;bewaard:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1093"/>
        <source>The telephone system keeps every recorded call until it is removed there; the staff regulation says how long.</source>
        <translation>De telefooncentrale bewaart elk opgenomen gesprek tot het daar wordt verwijderd; het personeelsreglement noemt hoelang.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1109"/>
        <source>Removed by:</source>
        <translation>Verwijderd door:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1110"/>
        <source>Who removes them there, as the staff regulation names them.</source>
        <translation>Wie ze daar verwijdert, zoals het personeelsreglement die noemt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1113"/>
        <source>e.g. the IT department</source>
        <translation>bijv. de afdeling ICT</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1129"/>
        <source>&amp;Security:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1130"/>
        <source>How recordings are secured; add what the organisation does around the app.</source>
        <translation>Hoe opnames beveiligd zijn; vul aan wat de organisatie rond de app doet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1152"/>
        <source>Works council</source>
        <translation>Ondernemingsraad</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1153"/>
        <source>The works council&apos;s consent (art. 27, paragraph 1, under l and k, Works Councils Act), or why it does not apply. Calls from before the consent date are never imported.</source>
        <translation>De instemming van de OR (artikel 27, lid 1, onder l en k, WOR), of waarom die niet nodig is. Gesprekken van vóór de datum van instemming worden nooit ingelezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1165"/>
        <source>Impact assessment</source>
        <translation>Effectbeoordeling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1166"/>
        <source>The data protection impact assessment (DPIA) of listening back to calls.</source>
        <translation>De gegevensbeschermingseffectbeoordeling (DPIA) van het terugluisteren van gesprekken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1176"/>
        <source>Announcement to callers</source>
        <translation>Melding aan bellers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1177"/>
        <source>Callers hear at the start of the call that it may be recorded, and why. Calls from before this date are never imported.</source>
        <translation>Bellers horen aan het begin van het gesprek dat het kan worden opgenomen, en waarom. Gesprekken van vóór deze datum worden nooit ingelezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1188"/>
        <source>The telephone system&apos;s own recordings</source>
        <translation>Opnames in de telefooncentrale zelf</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1189"/>
        <source>The telephone system keeps its own copy of every recorded call until it is removed there.</source>
        <translation>De telefooncentrale bewaart een eigen kopie van elk opgenomen gesprek tot die daar wordt verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1205"/>
        <source>&amp;Use of results:</source>
        <translation>&amp;Gebruik van uitkomsten:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1206"/>
        <source>What listening back may lead to; the staff regulation says so.</source>
        <translation>Waartoe terugluisteren mag leiden; het personeelsreglement zegt het.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1229"/>
        <source>In &amp;force from:</source>
        <translation>Geldt &amp;vanaf:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1230"/>
        <source>The day the staff regulation applies from.</source>
        <translation>De dag vanaf wanneer het personeelsreglement geldt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1239"/>
        <source>&amp;Adopted by:</source>
        <translation>&amp;Vastgesteld door:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1240"/>
        <source>Who adopted the regulation, e.g. the board of directors.</source>
        <translation>Wie de regeling heeft vastgesteld, bijv. de directie.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1243"/>
        <source>e.g. the board of directors</source>
        <translation>bijv. de directie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1256"/>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluatie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1257"/>
        <source>When and with whom the regulation is evaluated, e.g. every year in March with the works council.</source>
        <translation>Wanneer en met wie de regeling wordt geëvalueerd, bijv. elk jaar in maart met de ondernemingsraad.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1284"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Ontvangers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1285"/>
        <source>Who outside the organisation receives recordings or call data, if anyone.</source>
        <translation>Wie buiten de organisatie opnames of gespreksgegevens ontvangt, als dat al gebeurt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1307"/>
        <source>&amp;Transfers:</source>
        <translation>&amp;Doorgifte:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1308"/>
        <source>Whether data goes to countries outside the European Economic Area, and on which terms.</source>
        <translation>Of gegevens naar landen buiten de Europese Economische Ruimte gaan, en onder welke voorwaarden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1335"/>
        <source>A caller may learn the &amp;first name of the agent they spoke to</source>
        <translation>Een beller mag de &amp;voornaam horen van de agent die hij of zij sprak</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1338"/>
        <source>In the copy a caller receives when they ask for their recordings; otherwise it says nothing about the agent.</source>
        <translation>In de kopie die een beller krijgt als hij of zij om de eigen opnames vraagt; anders staat er niets over de agent in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1354"/>
        <source>&amp;Expectations:</source>
        <translation>&amp;Verwachtingen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1355"/>
        <source>One expectation per line, in the same order in each language.</source>
        <translation>Eén verwachting per regel, in elke taal in dezelfde volgorde.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1388"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1389"/>
        <source>The organisation responsible for the recordings (the controller).</source>
        <translation>De organisatie die verantwoordelijk is voor de opnames (de verwerkingsverantwoordelijke).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1397"/>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1398"/>
        <source>A recording kept for one purpose is never used for another. Each purpose needs a legal basis, a reason why recording is necessary and a retention period.</source>
        <translation>Een opname die voor het ene doel wordt bewaard, wordt nooit voor een ander doel gebruikt. Elk doel heeft een grondslag, een reden waarom opnemen nodig is en een bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1417"/>
        <source>Sampling</source>
        <translation>Steekproef</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1418"/>
        <source>Only a sample of business calls may be kept and heard, never every call of an agent.</source>
        <translation>Alleen een steekproef van zakelijke gesprekken mag worden bewaard en beluisterd, nooit elk gesprek van een agent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1428"/>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1429"/>
        <source>Only business calls can be kept: calls through the queues, numbers and campaigns named here. Everything else is left out. Separate several values with commas.</source>
        <translation>Alleen zakelijke gesprekken kunnen worden bewaard: gesprekken via de wachtrijen, nummers en campagnes die hier staan. Al het andere blijft buiten. Scheid meerdere waarden met komma’s.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1440"/>
        <source>Notification</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1441"/>
        <source>Agents are told afterwards that a call of theirs was recorded or listened to.</source>
        <translation>Agents horen achteraf dat een gesprek van hen is opgenomen of teruggeluisterd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1450"/>
        <source>Attestations</source>
        <translation>Verklaringen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1451"/>
        <source>What the organisation has arranged outside the app.</source>
        <translation>Wat de organisatie buiten de app heeft geregeld.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1457"/>
        <source>Staff regulation</source>
        <translation>Personeelsreglement</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1458"/>
        <source>What the staff regulation says besides the purposes: what the results are used for, from when it applies, who adopted it and when it is evaluated.</source>
        <translation>Wat het personeelsreglement naast de doelen zegt: waarvoor de uitkomsten worden gebruikt, vanaf wanneer het geldt, wie het heeft vastgesteld en wanneer het wordt geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1468"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1469"/>
        <source>What the register of processing (art. 30 GDPR) says about who receives the data and where it goes.</source>
        <translation>Wat het register van verwerkingsactiviteiten (art. 30 AVG) zegt over wie de gegevens ontvangt en waar ze naartoe gaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1479"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1480"/>
        <source>What the answer to a request for access may contain.</source>
        <translation>Wat het antwoord op een inzageverzoek mag bevatten.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1489"/>
        <source>Agent protocol</source>
        <translation>Gespreksprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1490"/>
        <source>Every agent receives these expectations in the agent protocol before any call of theirs can be sampled.</source>
        <translation>Elke agent krijgt deze verwachtingen in het gespreksprotocol voordat een gesprek van hem of haar in de steekproef kan komen.</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="709"/>
        <source>The rate is a share of calls: more than 0 and at most 1 (e.g. 0.05).</source>
        <translation>Dit is het deel van de gesprekken dat in de steekproef komt: meer dan 0 en hoogstens 1 (bijv. 0.05).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="601"/>
        <source>This must be a whole number from {minimum} to {maximum}, not {value}.</source>
        <translation>Dit moet een geheel getal van {minimum} tot en met {maximum} zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="665"/>
        <source>The rate must be a number such as 0.05.</source>
        <translation>Het deel van de gesprekken in de steekproef moet een getal zijn, zoals 0.05.</translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="16"/>
        <source>Staff regulation: call recording</source>
        <translation>Personeelsreglement: gespreksopnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="19"/>
        <source>Agent protocol</source>
        <translation>Gespreksprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="20"/>
        <source>Register of processing (art. 30)</source>
        <translation>Verwerkingsregister (art. 30)</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="82"/>
        <source>Recording policy</source>
        <translation>Opnamebeleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="87"/>
        <source>Only administrators can change the policy; you can read every part of it.</source>
        <translation>Alleen beheerders kunnen het beleid wijzigen; jij kunt elk onderdeel lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="89"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="101"/>
        <source>&amp;Discard changes</source>
        <translation>Wijzigingen &amp;verwerpen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="105"/>
        <source>&amp;Import TOML…</source>
        <translation>TOML &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="107"/>
        <source>E&amp;xport TOML…</source>
        <translation>TOML e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="121"/>
        <source>&amp;View version…</source>
        <translation>Versie &amp;bekijken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="126"/>
        <source>Every save makes a new version; old versions stay readable.</source>
        <translation>Elke keer opslaan maakt een nieuwe versie; oude versies blijven leesbaar.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="134"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="191"/>
        <source>Version {n}, saved {when} by {who}</source>
        <translation>Versie {n}, opgeslagen {when} door {who}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="198"/>
        <source>No version saved yet</source>
        <translation>Nog geen versie opgeslagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="243"/>
        <source>Save or discard your changes first.</source>
        <translation>Sla je wijzigingen eerst op of verwerp ze.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="246"/>
        <source>Correct the fields marked in red before saving.</source>
        <translation>Verbeter eerst de rood gemarkeerde velden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="248"/>
        <source>Unsaved changes.</source>
        <translation>Niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="277"/>
        <source>Saved as version {n}.</source>
        <translation>Opgeslagen als versie {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="331"/>
        <source>Shorter retention</source>
        <translation>Kortere bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="333"/>
        <source>This version shortens the retention of {n} stored recordings. {due} of them are then past their retention and are deleted at the next purge, which runs after the next unlock. This cannot be undone.</source>
        <translation>Deze versie verkort de bewaartermijn van {n} opgeslagen opnames. Van {due} daarvan is de bewaartermijn dan verstreken; ze worden verwijderd bij het volgende opschonen, na de volgende keer ontgrendelen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="340"/>
        <source>&amp;Shorten retention</source>
        <translation>Bewaartermijn &amp;verkorten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="369"/>
        <source>Import policy</source>
        <translation>Beleid importeren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="382"/>
        <source>Imported as version {n}.</source>
        <translation>Geïmporteerd als versie {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="392"/>
        <source>The policy file {file} is empty, so it was not imported; export the current policy with “Export TOML”, edit that file and import it.</source>
        <translation>Het beleidsbestand {file} is leeg en daarom niet geïmporteerd; exporteer het huidige beleid met “TOML exporteren”, pas dat bestand aan en importeer het.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="398"/>
        <source>The policy file {file} was not imported because it has a problem; fix it and import the file again:</source>
        <translation>Het beleidsbestand {file} is niet geïmporteerd omdat er een probleem in staat; los het op en importeer het bestand opnieuw:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="403"/>
        <source>The policy file {file} was not imported because it has {n} problems; fix them and import the file again:</source>
        <translation>Het beleidsbestand {file} is niet geïmporteerd omdat er {n} problemen in staan; los ze op en importeer het bestand opnieuw:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="425"/>
        <source>This vault holds the recording policy of “{ours}”, and {file} is the policy of “{theirs}”; it was not imported. Import your own organisation&apos;s policy file.</source>
        <translation>Deze kluis bevat het opnamebeleid van ‘{ours}’, en {file} is het beleid van ‘{theirs}’; het is niet geïmporteerd. Importeer het beleidsbestand van je eigen organisatie.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="431"/>
        <source>This vault holds version {n} of the policy of “{ours}”, and {file} has no policy_version under [organisation], so it cannot be told from an older version; give it its number (at least {n}) and import it again.</source>
        <translation>Deze kluis bevat versie {n} van het beleid van ‘{ours}’, en {file} heeft geen policy_version onder [organisation], dus is niet te onderscheiden van een oudere versie; geef het bestand zijn nummer (minstens {n}) en importeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="437"/>
        <source>{file} is version {number} of the policy of “{ours}”, older than version {n}, which this vault already holds; it was not imported. Import version {n} or newer.</source>
        <translation>{file} is versie {number} van het beleid van ‘{ours}’, ouder dan versie {n}, die al in deze kluis staat; het is niet geïmporteerd. Importeer versie {n} of nieuwer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="443"/>
        <source>Version {number} of the policy of “{ours}” is already in this vault with other content; give the changed file a higher policy_version and import it again.</source>
        <translation>Versie {number} van het beleid van ‘{ours}’ staat al in deze kluis, met een andere inhoud; geef het gewijzigde bestand een hogere policy_version en importeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="452"/>
        <source>Export policy</source>
        <translation>Beleid exporteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="473"/>
        <source>Version {n} exported to {file}.</source>
        <translation>Versie {n} geëxporteerd naar {file}.</translation>
    </message>
</context>
<context>
    <name>PolicyWidgets</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_widgets.py" line="77"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_widgets.py" line="78"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_widgets.py" line="355"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_widgets.py" line="473"/>
        <source>Write ranges as numbers, like 100-399, 500; “{text}” cannot be read.</source>
        <translation>Schrijf reeksen als getallen, zoals 100-399, 500; “{text}” is niet te lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_widgets.py" line="486"/>
        <source>All business &amp;calls</source>
        <translation>Alle zakelijke &amp;gesprekken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_widgets.py" line="489"/>
        <source>Only these queues or campaigns:</source>
        <translation>Alleen deze wachtrijen of campagnes:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_widgets.py" line="496"/>
        <source>Queues, e.g. 400, 401</source>
        <translation>Wachtrijen, bijv. 400, 401</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_widgets.py" line="500"/>
        <source>Campaigns, e.g. donor-2026</source>
        <translation>Campagnes, bijv. donor-2026</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="134"/>
        <source>What the export holds</source>
        <translation>Wat er in de export staat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="137"/>
        <source>Counted before anything is stored: nothing is written to the vault until you click Import.</source>
        <translation>Geteld voordat er iets wordt opgeslagen: er komt niets in de kluis tot je op Inlezen klikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="142"/>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="145"/>
        <source>Reading the export… A large export can take a while.</source>
        <translation>De export wordt gelezen… Bij een grote export kan dat even duren.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="161"/>
        <source>Calls found:</source>
        <translation>Gesprekken gevonden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="162"/>
        <source>Business calls in scope:</source>
        <translation>Zakelijke gesprekken binnen het beleid:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="163"/>
        <source>Left out, never opened or stored:</source>
        <translation>Weggelaten, nooit geopend of opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="166"/>
        <source>Drawn by an earlier import:</source>
        <translation>Al geloot bij een eerdere keer inlezen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="167"/>
        <source>&lt;b&gt;To be sampled and stored:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Te kiezen en op te slaan:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="168"/>
        <source>Size of those recordings:</source>
        <translation>Grootte van die opnames:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="234"/>
        <source>No call in this export is a business call that may be sampled, so there is nothing to import.</source>
        <translation>Geen enkel gesprek in deze export is een zakelijk gesprek dat mag worden gekozen, dus er valt niets in te lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="239"/>
        <source>Every business call in this export was drawn by an earlier import, so importing it again adds nothing.</source>
        <translation>Alle zakelijke gesprekken in deze export zijn al geloot bij een eerdere keer inlezen; opnieuw inlezen voegt niets toe.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="245"/>
        <source>Import draws the sample afresh with a new random seed, so the number can differ by a few calls per agent and week, always within the policy&apos;s limits.</source>
        <translation>Bij het inlezen wordt de steekproef opnieuw geloot met een nieuwe willekeurige seed. Het aantal kan dus een paar gesprekken per agent per week verschillen, altijd binnen de grenzen van het beleid.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="249"/>
        <source>The telephone system already drew the sample: every call in scope is stored.</source>
        <translation>De telefooncentrale heeft de steekproef al getrokken: elk gesprek binnen het beleid wordt opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PurposesSection</name>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="55"/>
        <source>&amp;Add purpose</source>
        <translation>Doel toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="56"/>
        <source>Re&amp;move</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="86"/>
        <source>Add a purpose to describe it here.</source>
        <translation>Voeg een doel toe om het hier te beschrijven.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="133"/>
        <source>(new purpose)</source>
        <translation>(nieuw doel)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="43"/>
        <source>Check a receipt</source>
        <translation>Controlecode nagaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="48"/>
        <source>Every notice to an agent carries a receipt code: the start of the hash of the audit-log entry it reports. If the code still matches an intact entry, the log was not rewritten behind the agent&apos;s back.</source>
        <translation>Elke kennisgeving aan een agent heeft een controlecode: het begin van de hash van de regel in het auditlogboek waarover ze gaat. Past de code nog bij een intacte regel, dan is het logboek niet achter de rug van de agent herschreven.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="56"/>
        <source>&amp;Check</source>
        <translation>&amp;Nagaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="59"/>
        <source>&amp;Receipt code:</source>
        <translation>&amp;Controlecode:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="100"/>
        <source>Receipt {code} does not match any entry of the audit log: either the code was mistyped, or the entry it was made from was changed afterwards.</source>
        <translation>Controlecode {code} past bij geen enkele regel van het auditlogboek: de code is verkeerd overgenomen, of de regel waarvan ze is gemaakt is achteraf gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="103"/>
        <source>What it records: {what}</source>
        <translation>Wat de regel vastlegt: {what}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="106"/>
        <source>Receipt {code} does not check: log entry {seq} no longer fits the chain, which is broken at entry {bad}: {problem}. Report this to the privacy officer.</source>
        <translation>Controlecode {code} klopt niet: logregel {seq} past niet meer in de keten, die gebroken is bij regel {bad}: {problem}. Meld dit aan de privacyfunctionaris.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="115"/>
        <source>Receipt {code} checks: log entry {seq} is unchanged.</source>
        <translation>Controlecode {code} klopt: logregel {seq} is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="119"/>
        <source>The whole log up to its newest entry verifies.</source>
        <translation>Het hele logboek tot en met de nieuwste regel is in orde.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="121"/>
        <source>The log is broken later, at entry {bad}: {problem}.</source>
        <translation>Het logboek is verderop gebroken, bij regel {bad}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/receipt_dialog.py" line="137"/>
        <source>recording {ids}</source>
        <translation>opname {ids}</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="75"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="75"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="75"/>
        <source>Extensions</source>
        <translation>Toestellen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="75"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="85"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
</context>
<context>
    <name>RecordingDetails</name>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="42"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="46"/>
        <source>Select a recording to see its details.</source>
        <translation>Kies een opname om de details te zien.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="53"/>
        <source>&amp;Keep as evidence…</source>
        <translation>&amp;Bewaren als bewijs…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="55"/>
        <source>Keep this recording past its retention for a concrete case</source>
        <translation>Deze opname langer dan de bewaartermijn bewaren voor een concreet geschil</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="57"/>
        <source>Release &amp;hold…</source>
        <translation>Bewaren als bewijs &amp;beëindigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="102"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="103"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="104"/>
        <source>Call started:</source>
        <translation>Begin gesprek:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="105"/>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="106"/>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="109"/>
        <source>Queue:</source>
        <translation>Wachtrij:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="111"/>
        <source>Campaign:</source>
        <translation>Campagne:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="113"/>
        <source>Import batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="114"/>
        <source>Stored:</source>
        <translation>Opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="117"/>
        <source>Deleted:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="120"/>
        <source>Was kept for:</source>
        <translation>Bewaard voor:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="126"/>
        <source>{purpose}:
until {date} ({left})</source>
        <translation>{purpose}:
tot {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="133"/>
        <source>Kept for:</source>
        <translation>Bewaard voor:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="135"/>
        <source>On hold:</source>
        <translation>Als bewijs:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="137"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="139"/>
        <source>{n} channels</source>
        <translation>{n} kanalen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="143"/>
        <source>Audio:</source>
        <translation>Geluid:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="144"/>
        <source>FLAC, {rate} Hz, {channels}</source>
        <translation>FLAC, {rate} Hz, {channels}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="149"/>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="157"/>
        <source>on {date}
its retention had ended</source>
        <translation>op {date}
de bewaartermijn was verstreken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="159"/>
        <source>on {date}
erased on request</source>
        <translation>op {date}
verwijderd op verzoek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="160"/>
        <source>on {date}
as a private call</source>
        <translation>op {date}
als privégesprek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="163"/>
        <source>case {case}
for {purpose}</source>
        <translation>dossier {case}
voor {purpose}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="167"/>
        <source>released on {date}</source>
        <translation>beëindigd op {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="169"/>
        <source>until {date}</source>
        <translation>tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_details.py" line="171"/>
        <source>until it is released</source>
        <translation>tot het bewaren wordt beëindigd</translation>
    </message>
</context>
<context>
    <name>RecordingLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="24"/>
        <source>FreePBX recordings folder (monitor)</source>
        <translation>FreePBX-opnamemap (monitor)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="25"/>
        <source>Asterisk Master.csv and recordings folder</source>
        <translation>Asterisk Master.csv en opnamemap</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="28"/>
        <source>3CX recordings folder</source>
        <translation>3CX-opnamemap</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="29"/>
        <source>CSV manifest (any other system)</source>
        <translation>CSV-manifest (elk ander systeem)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="38"/>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="39"/>
        <source>Internal (colleague to colleague)</source>
        <translation>Intern (collega met collega)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="40"/>
        <source>Protected number (e.g. company doctor, counsellor)</source>
        <translation>Beschermd nummer (bijv. bedrijfsarts, vertrouwenspersoon)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="43"/>
        <source>Not a business queue, number or campaign</source>
        <translation>Geen zakelijke wachtrij, nummer of campagne</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="46"/>
        <source>Extension of no known agent</source>
        <translation>Toestel van geen bekende agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="47"/>
        <source>Agent has left (marked as left)</source>
        <translation>Agent is vertrokken (als vertrokken gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="48"/>
        <source>Agent objected to being sampled (objection not lifted)</source>
        <translation>Agent heeft bezwaar gemaakt tegen de steekproef (bezwaar niet ingetrokken)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="51"/>
        <source>Agent has not received the current protocol</source>
        <translation>Agent heeft het huidige protocol niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="54"/>
        <source>Made before the works council consented</source>
        <translation>Gevoerd vóór de instemming van de ondernemingsraad</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="57"/>
        <source>Made before callers heard the recording announcement</source>
        <translation>Gevoerd voordat bellers de aankondiging van het opnemen hoorden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="60"/>
        <source>Made before the agent received the protocol</source>
        <translation>Gevoerd voordat de medewerker het gedragsprotocol ontving</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="63"/>
        <source>No recording file</source>
        <translation>Geen opnamebestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="64"/>
        <source>No purpose of the policy covers it</source>
        <translation>Valt onder geen doel van het beleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="65"/>
        <source>Older than the retention period (would be deleted at once)</source>
        <translation>Ouder dan de bewaartermijn (zou meteen worden verwijderd)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="76"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="77"/>
        <source>erased on request</source>
        <translation>verwijderd op verzoek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="78"/>
        <source>private call, destroyed</source>
        <translation>privégesprek, vernietigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="87"/>
        <source>Inbound</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="88"/>
        <source>Outbound</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="89"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="135"/>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="146"/>
        <source>less than a day</source>
        <translation>minder dan een dag</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="148"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="149"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="155"/>
        <source>estimating time left…</source>
        <translation>resterende tijd wordt geschat…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="157"/>
        <source>less than a minute left</source>
        <translation>nog minder dan een minuut</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="160"/>
        <source>about 1 minute left</source>
        <translation>nog ongeveer 1 minuut</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recording_labels.py" line="161"/>
        <source>about {n} minutes left</source>
        <translation>nog ongeveer {n} minuten</translation>
    </message>
</context>
<context>
    <name>RecordingsListen</name>
    <message>
        <location filename="../../supervisor_app/ui/recordings_listen.py" line="18"/>
        <source>&amp;Listen…</source>
        <translation>&amp;Terugluisteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_listen.py" line="21"/>
        <source>Choose a purpose and give a reason, then play the call</source>
        <translation>Kies een doel en geef een reden, en speel dan het gesprek af</translation>
    </message>
</context>
<context>
    <name>RecordingsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="357"/>
        <source>In the time zone of the telephone system (from the policy)</source>
        <translation>In de tijdzone van de telefooncentrale (uit het beleid)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="375"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="376"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="377"/>
        <source>Call started</source>
        <translation>Begin gesprek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="378"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="379"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="380"/>
        <source>Kept for</source>
        <translation>Bewaard voor</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="381"/>
        <source>Retention left</source>
        <translation>Nog bewaard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="371"/>
        <source>on hold</source>
        <translation>bewaard als bewijs</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_model.py" line="408"/>
        <source>{purpose}: kept until {date}</source>
        <translation>{purpose}: bewaard tot {date}</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="145"/>
        <source>Recordings</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="147"/>
        <source>&amp;Import calls…</source>
        <translation>Gesprekken &amp;inlezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="161"/>
        <source>Kept recordings</source>
        <translation>Bewaarde opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="162"/>
        <source>On hold as evidence</source>
        <translation>Bewaard als bewijs</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="163"/>
        <source>Deleted (retention ended)</source>
        <translation>Verwijderd (bewaartermijn verstreken)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="164"/>
        <source>All recordings</source>
        <translation>Alle opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="169"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="178"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="179"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="180"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="181"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="182"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="188"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="188"/>
        <source>T&amp;o:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="208"/>
        <source>Reading recordings</source>
        <translation>Opnames worden gelezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="432"/>
        <source>All agents</source>
        <translation>Alle agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="433"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="436"/>
        <source>All purposes</source>
        <translation>Alle doelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="441"/>
        <source>Both directions</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="503"/>
        <source>1 recording</source>
        <translation>1 opname</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="503"/>
        <source>{n} recordings</source>
        <translation>{n} opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="508"/>
        <source>No recording matches these filters.</source>
        <translation>Geen opname voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recordings_page.py" line="511"/>
        <source>No recordings yet. Recordings appear here once calls have been imported.</source>
        <translation>Nog geen opnames. Opnames verschijnen hier zodra gesprekken zijn ingelezen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="56"/>
        <source>Use recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="60"/>
        <source>Type the recovery key from the printed page. Afterwards you choose a new passphrase for an administrator.</source>
        <translation>Typ de herstelsleutel over van het afgedrukte vel. Daarna kies je een nieuwe wachtwoordzin voor een beheerder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="72"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="76"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="89"/>
        <source>Type the recovery key.</source>
        <translation>Typ de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="111"/>
        <source>That recovery key does not open this vault; check it against the printed copy.</source>
        <translation>Met die herstelsleutel gaat deze kluis niet open; vergelijk hem met het afgedrukte exemplaar.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="281"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="284"/>
        <source>If every administrator forgets their passphrase, this key is the only way back into the vault. It is shown only now.</source>
        <translation>Als alle beheerders hun wachtwoordzin vergeten, is deze sleutel de enige weg terug in de kluis. Je ziet hem alleen nu.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="291"/>
        <source>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</source>
        <translation>Druk hem af of schrijf hem op en berg hem achter slot en grendel op, niet bij deze computer. Wie deze sleutel en een kopie van de kluis heeft, kan alles lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="296"/>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>Ik heb de herstelsleutel op een veilige plek opgeborgen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="48"/>
        <source>For a password manager: the clipboard is cleared after a minute.</source>
        <translation>Voor een wachtwoordbeheerder: het klembord wordt na een minuut leeggemaakt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="51"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="84"/>
        <source>{app}: recovery key

This key opens the vault when every passphrase is lost. Keep this page locked away, apart from the computer.</source>
        <translation>{app}: herstelsleutel

Deze sleutel opent de kluis als alle wachtwoordzinnen kwijt zijn. Berg dit vel achter slot en grendel op, niet bij de computer.</translation>
    </message>
</context>
<context>
    <name>ReleaseHoldDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="119"/>
        <source>Release the evidence hold</source>
        <translation>Bewaren als bewijs beëindigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="122"/>
        <source>Case {case}, recording {n}.</source>
        <translation>Dossier {case}, opname {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="127"/>
        <source>For example: the dispute was settled</source>
        <translation>Bijvoorbeeld: het geschil is opgelost</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="130"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="134"/>
        <source>The recording then follows its normal retention again. If that has already ended, it is deleted at the next purge.</source>
        <translation>Daarna geldt weer de gewone bewaartermijn. Is die al verstreken, dan wordt de opname bij het volgende opschonen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/hold_dialogs.py" line="139"/>
        <source>&amp;Release</source>
        <translation>&amp;Beëindigen</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="20"/>
        <source>Business calls in scope (imports started in the period)</source>
        <translation>Zakelijke gesprekken binnen de regels (imports gestart in de periode)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="23"/>
        <source>Of those, drawn in the sample</source>
        <translation>Daarvan in de steekproef getrokken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="24"/>
        <source>Recordings stored</source>
        <translation>Opnames opgeslagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="25"/>
        <source>Times listened back</source>
        <translation>Keren teruggeluisterd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="26"/>
        <source>Notices to agents due</source>
        <translation>Kennisgevingen aan agents met een uiterste datum in de periode</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="27"/>
        <source>Of those, sent on time</source>
        <translation>Daarvan op tijd verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="28"/>
        <source>Of those, sent late</source>
        <translation>Daarvan te laat verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="29"/>
        <source>Of those, not sent yet</source>
        <translation>Daarvan nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="30"/>
        <source>Private calls found and destroyed</source>
        <translation>Privégesprekken gevonden en vernietigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="31"/>
        <source>Recordings deleted at the end of their retention period</source>
        <translation>Opnames verwijderd na afloop van de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="34"/>
        <source>Recordings erased on request</source>
        <translation>Opnames gewist op verzoek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="35"/>
        <source>Recordings kept as evidence (holds placed)</source>
        <translation>Opnames bewaard als bewijs</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="36"/>
        <source>Holds released</source>
        <translation>Bewaren als bewijs beëindigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="37"/>
        <source>Calls scored for coaching (shared)</source>
        <translation>Gesprekken beoordeeld voor coaching (gedeeld)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="38"/>
        <source>Feedback sheets sent to agents</source>
        <translation>Feedbackformulieren naar medewerkers verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="39"/>
        <source>Requests received</source>
        <translation>Verzoeken ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="40"/>
        <source>Of those, answered within the deadline</source>
        <translation>Daarvan binnen de termijn beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="43"/>
        <source>Of those, answered after the deadline</source>
        <translation>Daarvan na de termijn beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="46"/>
        <source>Of those, still open</source>
        <translation>Daarvan nog open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="54"/>
        <source>team lead</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="55"/>
        <source>quality coach</source>
        <translation>kwaliteitscoach</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="56"/>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="57"/>
        <source>auditor</source>
        <translation>controleur</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="81"/>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="101"/>
        <source>Transparency report for the works council</source>
        <translation>Verantwoordingsrapportage voor de ondernemingsraad</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="104"/>
        <source>Counts per team for a period: calls sampled and stored, listens per purpose and role, notices, deletions, holds, requests and failed unlocks. No names of agents, callers or users. Every report saved is logged.</source>
        <translation>Aantallen per team over een periode: gesprekken in de steekproef en opgeslagen, keren teruggeluisterd per doel en rol, kennisgevingen, verwijderingen, bewaren als bewijs, verzoeken en mislukte pogingen om de kluis te openen. Zonder namen van agents, bellers of gebruikers. Elke opgeslagen rapportage komt in het logboek.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="115"/>
        <source>&amp;Make report</source>
        <translation>Rapportage &amp;maken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="118"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="118"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="138"/>
        <source>Per team</source>
        <translation>Per team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="139"/>
        <source>Listens per purpose and role</source>
        <translation>Terugluisteren per doel en rol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="149"/>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="151"/>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="158"/>
        <source>PDF &amp;language:</source>
        <translation>&amp;Taal van de PDF:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="176"/>
        <source>Other exports</source>
        <translation>Andere exports</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="177"/>
        <source>Audit log as CSV…</source>
        <translation>Logboek als CSV…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="179"/>
        <source>Audit log as PDF…</source>
        <translation>Logboek als PDF…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="181"/>
        <source>Register entry…</source>
        <translation>Registervermelding…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="183"/>
        <source>The entry for the register of processing activities (art. 30 AVG)</source>
        <translation>De vermelding voor het register van verwerkingsactiviteiten (artikel 30 AVG)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="186"/>
        <source>Policy as TOML…</source>
        <translation>Beleid als TOML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="188"/>
        <source>Documents…</source>
        <translation>Documenten…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="190"/>
        <source>The staff regulation and the agent protocol, as PDF or HTML</source>
        <translation>Het personeelsreglement en het gedragsprotocol voor gesprekken, als PDF of HTML</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="208"/>
        <source>Each opens the page that makes it: the audit log is verified and saved on the Listen log page, the register entry and the documents on the Documents page, the policy on the Policy page.</source>
        <translation>Elke knop opent de pagina waar die export gemaakt wordt: Luisterlogboek voor het gecontroleerde logboek, Documenten voor de registervermelding en de documenten, Beleid voor het beleid.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="259"/>
        <source>Choose the period and make the report.</source>
        <translation>Kies de periode en maak de rapportage.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="263"/>
        <source>The audit log verified: {n} entries, head hash {hash}.</source>
        <translation>Het logboek is intact: {n} regels, laatste hash {hash}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="269"/>
        <source>The audit log did NOT verify: it is broken at entry {seq}. Report this to your privacy officer.</source>
        <translation>Het logboek is NIET intact: het is gebroken bij regel {seq}. Meld dit aan je functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="275"/>
        <source>{start} to {end}, policy version {version}. Failed unlock attempts: {failed}.</source>
        <translation>{start} tot en met {end}, versie {version} van het beleid. Mislukte pogingen om de kluis te openen: {failed}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="300"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="300"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="302"/>
        <source>Save the transparency report</source>
        <translation>De verantwoordingsrapportage opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/reports_page.py" line="330"/>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="18"/>
        <source>Access (art. 15)</source>
        <translation>Inzage (art. 15)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="19"/>
        <source>Erasure (art. 17)</source>
        <translation>Verwijdering (art. 17)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="20"/>
        <source>Objection (art. 21)</source>
        <translation>Bezwaar (art. 21)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="21"/>
        <source>Restriction (art. 18)</source>
        <translation>Beperking (art. 18)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="29"/>
        <source>{name} (agent)</source>
        <translation>{name} (agent)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="30"/>
        <source>Caller {number}</source>
        <translation>Beller {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="39"/>
        <source>Overdue by 1 day</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="41"/>
        <source>Overdue by {n} days</source>
        <translation>{n} dagen te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="45"/>
        <location filename="../../supervisor_app/ui/request_labels.py" line="68"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="47"/>
        <location filename="../../supervisor_app/ui/request_labels.py" line="67"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="50"/>
        <source>due today</source>
        <translation>vandaag de uiterste datum</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="52"/>
        <source>1 day left</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="54"/>
        <source>{n} days left</source>
        <translation>nog {n} dagen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="58"/>
        <source>Refused on {date}</source>
        <translation>Geweigerd op {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="60"/>
        <source>Answered late, on {date}</source>
        <translation>Te laat beantwoord, op {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="61"/>
        <source>Answered on {date}</source>
        <translation>Beantwoord op {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="69"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/request_labels.py" line="70"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
</context>
<context>
    <name>RequestsCard</name>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="18"/>
        <source>Requests from agents and callers</source>
        <translation>Verzoeken van agents en bellers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="23"/>
        <location filename="../../supervisor_app/ui/requests_card.py" line="51"/>
        <location filename="../../supervisor_app/ui/requests_card.py" line="54"/>
        <source>Open Requests</source>
        <translation>Verzoeken openen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="40"/>
        <source>1 request is overdue.</source>
        <translation>1 verzoek is te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="42"/>
        <source>{n} requests are overdue.</source>
        <translation>{n} verzoeken zijn te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="45"/>
        <source>Show overdue requests</source>
        <translation>Te late verzoeken tonen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="48"/>
        <source>No request is overdue.</source>
        <translation>Geen enkel verzoek is te laat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="53"/>
        <source>No request waits for an answer.</source>
        <translation>Geen enkel verzoek wacht op antwoord.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="59"/>
        <source>Register a request on the Requests page on the day it arrives.</source>
        <translation>Registreer een verzoek op de pagina Verzoeken op de dag dat het binnenkomt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="67"/>
        <source>1 request is open.</source>
        <translation>1 verzoek staat open.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="69"/>
        <source>{n} requests are open.</source>
        <translation>{n} verzoeken staan open.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="73"/>
        <source>{n} due within {days} days.</source>
        <translation>{n} met een uiterste datum binnen {days} dagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="77"/>
        <source>The earliest deadline is {date}.</source>
        <translation>De eerste uiterste datum is {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_card.py" line="83"/>
        <source>Answer them now: the law gives one month from receipt (art. 12(3) AVG).</source>
        <translation>Beantwoord ze nu: de wet geeft een maand na ontvangst (artikel 12, lid 3, AVG).</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/requests_model.py" line="47"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_model.py" line="48"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_model.py" line="49"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_model.py" line="50"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_model.py" line="51"/>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_model.py" line="52"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="87"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="91"/>
        <source>Requests from agents and callers to see, erase or stop the use of their data. Each must be answered within one month of receipt; overdue requests are red.</source>
        <translation>Verzoeken van agents en bellers om hun gegevens in te zien, te laten wissen of het gebruik ervan te stoppen. Elk verzoek moet binnen een maand na ontvangst beantwoord zijn; te late verzoeken zijn rood.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="97"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="98"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="99"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="100"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="101"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="102"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="107"/>
        <source>&amp;Add request…</source>
        <translation>Verzoek &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="110"/>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="133"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="135"/>
        <source>&amp;Close…</source>
        <translation>&amp;Afsluiten…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="137"/>
        <source>&amp;Export data…</source>
        <translation>Gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="139"/>
        <source>Answer an access request: the person&apos;s data as an encrypted ZIP file</source>
        <translation>Een inzageverzoek beantwoorden: de gegevens van de betrokkene als versleuteld ZIP-bestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="142"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="144"/>
        <source>Answer an erasure request or objection: see what goes, then erase</source>
        <translation>Een verzoek om verwijdering of een bezwaar beantwoorden: eerst zien wat er verdwijnt, dan wissen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="147"/>
        <source>&amp;Objection…</source>
        <translation>&amp;Bezwaar…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="149"/>
        <source>Keep an agent&apos;s calls out of every import, or lift that again</source>
        <translation>De gesprekken van een agent buiten elke import houden, of dat weer opheffen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="159"/>
        <source>You can read the register; only an administrator changes it.</source>
        <translation>Je kunt het register lezen; alleen een beheerder kan het wijzigen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="231"/>
        <source>1 request</source>
        <translation>1 verzoek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="233"/>
        <source>{n} requests</source>
        <translation>{n} verzoeken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="236"/>
        <source>{n} overdue</source>
        <translation>{n} te laat</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="285"/>
        <source>Request {n}:</source>
        <translation>Verzoek {n}:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="286"/>
        <source>{kind} from {who}, received on {date}, registered by {user}.</source>
        <translation>{kind} van {who}, ontvangen op {date}, geregistreerd door {user}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="293"/>
        <source>Identity checked:</source>
        <translation>Identiteit gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="293"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="296"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="300"/>
        <source>Extended:</source>
        <translation>Verlengd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="301"/>
        <source>to {date} by {user}, because: {reason}</source>
        <translation>tot {date} door {user}, omdat: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="309"/>
        <source>Refused:</source>
        <translation>Geweigerd:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="309"/>
        <source>Answered:</source>
        <translation>Beantwoord:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="313"/>
        <source>{when} by {user}: {note}</source>
        <translation>{when} door {user}: {note}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="345"/>
        <source>Request {n} registered; it is due on {date}.</source>
        <translation>Verzoek {n} is geregistreerd; de uiterste datum is {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="363"/>
        <source>Request {n} extended; it is now due on {date}.</source>
        <translation>Verzoek {n} is verlengd; de uiterste datum is nu {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="379"/>
        <source>Request {n} closed.</source>
        <translation>Verzoek {n} is afgesloten.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="406"/>
        <source>Export saved as {file}; request {n} is answered.</source>
        <translation>Export opgeslagen als {file}; verzoek {n} is beantwoord.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="413"/>
        <source>Export saved as {file}. Close the request once the person has it.</source>
        <translation>Export opgeslagen als {file}. Sluit het verzoek af zodra de betrokkene hem heeft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="431"/>
        <source>1 recording erased.</source>
        <translation>1 opname gewist.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="433"/>
        <source>{n} recordings erased.</source>
        <translation>{n} opnames gewist.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="436"/>
        <source>{n} kept as evidence by a hold.</source>
        <translation>{n} bewaard als bewijs.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="440"/>
        <source>Stopped before the end: erase again for the rest.</source>
        <translation>Gestopt voor het einde: wis opnieuw voor de rest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="442"/>
        <source>Close the request once the person is told.</source>
        <translation>Sluit het verzoek af zodra de betrokkene het bericht heeft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="466"/>
        <source>{name}&apos;s objection is in force: their calls are not sampled.</source>
        <translation>Het bezwaar van {name} geldt: de gesprekken komen niet in de steekproef.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/requests_page.py" line="471"/>
        <source>{name}&apos;s objection is lifted: their calls may be sampled again.</source>
        <translation>Het bezwaar van {name} is opgeheven: de gesprekken kunnen weer in de steekproef komen.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="140"/>
        <source>Set a new passphrase</source>
        <translation>Nieuwe wachtwoordzin instellen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="144"/>
        <source>The recovery key opened the vault. Choose an administrator and give them a new passphrase; then unlock with it.</source>
        <translation>De herstelsleutel heeft de kluis geopend. Kies een beheerder en geef die een nieuwe wachtwoordzin; ontgrendel daarna daarmee.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="164"/>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="172"/>
        <source>&amp;Administrator:</source>
        <translation>&amp;Beheerder:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="60"/>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="70"/>
        <source>The backup takes the place of the vault in {folder}. A vault that is there now is kept next to it under another name, until you delete it. Recordings whose retention period ended since the backup was made are deleted at once.</source>
        <translation>De back-up komt in de plaats van de kluis in {folder}. Een kluis die daar nu staat, blijft ernaast bewaard onder een andere naam, tot je die verwijdert. Opnames waarvan de bewaartermijn is verstreken sinds de back-up werd gemaakt, worden meteen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="78"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="87"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>In plaats daarvan de &amp;herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="96"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Back-up:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="100"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="113"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="134"/>
        <source>Choose the backup</source>
        <translation>Kies de back-up</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="155"/>
        <source>Made on {when} by {user}; its audit log ends at entry {seq}.</source>
        <translation>Gemaakt op {when} door {user}; het logboek loopt tot regel {seq}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="161"/>
        <source>It is a backup of another vault than the one in this folder.</source>
        <translation>Het is een back-up van een andere kluis dan die in deze map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="180"/>
        <source>Recovery &amp;key:</source>
        <translation>Herstel&amp;sleutel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="180"/>
        <source>&amp;Passphrase then:</source>
        <translation>&amp;Wachtwoordzin van toen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="183"/>
        <source>The passphrase this user had when the backup was made.</source>
        <translation>De wachtwoordzin die deze gebruiker had toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="194"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="198"/>
        <source>Enter the recovery key.</source>
        <translation>Vul de herstelsleutel in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="200"/>
        <source>Enter your passphrase.</source>
        <translation>Vul je wachtwoordzin in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="210"/>
        <source>Copying the backup…</source>
        <translation>De back-up wordt gekopieerd…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="235"/>
        <source>Copying the backup… {percent} %</source>
        <translation>De back-up wordt gekopieerd… {percent} %</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="254"/>
        <source>The restore was stopped; the vault was not changed.</source>
        <translation>Het terugzetten is gestopt; de kluis is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="265"/>
        <source>That recovery key does not open this backup; check it against the printed copy.</source>
        <translation>Deze herstelsleutel opent deze back-up niet; vergelijk hem met het afgedrukte exemplaar.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="269"/>
        <source>The passphrase for “{name}” does not open this backup; use the passphrase you had when the backup was made.</source>
        <translation>De wachtwoordzin voor ‘{name}’ opent deze back-up niet; gebruik de wachtwoordzin die je had toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="274"/>
        <source>There is no user called “{name}” in this backup; check the name.</source>
        <translation>In deze back-up bestaat geen gebruiker ‘{name}’; controleer de naam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="278"/>
        <source>Only an administrator of the vault, or its recovery key, can restore a backup; “{name}” is not an administrator in this backup.</source>
        <translation>Alleen een beheerder van de kluis, of de herstelsleutel, kan een back-up terugzetten; ‘{name}’ is in deze back-up geen beheerder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/restore_dialog.py" line="292"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>RetentionCard</name>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="23"/>
        <source>Forgetting on time</source>
        <translation>Op tijd vergeten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="39"/>
        <source>1 recording is past its retention period; it is deleted at the next purge (after the next unlock, or with supervisor-app purge).</source>
        <translation>Van 1 opname is de bewaartermijn verstreken; ze wordt verwijderd bij het volgende opschonen (na de volgende keer ontgrendelen, of met supervisor-app purge).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="47"/>
        <source>{n} recordings are past their retention period; they are deleted at the next purge (after the next unlock, or with supervisor-app purge).</source>
        <translation>Van {n} opnames is de bewaartermijn verstreken; ze worden verwijderd bij het volgende opschonen (na de volgende keer ontgrendelen, of met supervisor-app purge).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="54"/>
        <source>Next deletion on {date}: 1 recording reaches the end of its retention.</source>
        <translation>Volgende verwijdering op {date}: van 1 opname verstrijkt dan de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="57"/>
        <source>Next deletion on {date}: {n} recordings reach the end of their retention.</source>
        <translation>Volgende verwijdering op {date}: van {n} opnames verstrijkt dan de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="67"/>
        <source>No recording is waiting to be deleted.</source>
        <translation>Er wacht geen opname op verwijdering.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="70"/>
        <source>1 recording is kept longer as evidence (on hold).</source>
        <translation>1 opname wordt langer bewaard als bewijs.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="73"/>
        <source>{n} recordings are kept longer as evidence (on hold).</source>
        <translation>{n} opnames worden langer bewaard als bewijs.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="80"/>
        <source>Last purge {when}: {n} recordings deleted.</source>
        <translation>Laatst opgeschoond {when}: {n} opnames verwijderd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/retention_card.py" line="86"/>
        <source>Recordings are deleted automatically when the retention period of every purpose they are kept for has ended, counted from the day of the call.</source>
        <translation>Opnames worden automatisch verwijderd zodra de bewaartermijn van elk doel waarvoor ze worden bewaard is verstreken, gerekend vanaf de dag van het gesprek.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="162"/>
        <source>Roles of {name}</source>
        <translation>Rollen van {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="167"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="168"/>
        <source>&amp;Save roles</source>
        <translation>Rollen &amp;opslaan</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="39"/>
        <source>Teams (for team lead and quality coach):</source>
        <translation>Teams (voor teamleider en kwaliteitscoach):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="55"/>
        <source>There are no teams yet; add them on the Teams tab.</source>
        <translation>Er zijn nog geen teams; voeg ze toe op het tabblad Teams.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="84"/>
        <source>Give the user at least one role.</source>
        <translation>Geef de gebruiker minstens één rol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="87"/>
        <source>Team leads and quality coaches work for chosen teams only; tick at least one team.</source>
        <translation>Teamleiders en kwaliteitscoaches werken alleen voor gekozen teams; vink minstens één team aan.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="275"/>
        <source>Importing calls</source>
        <translation>Gesprekken inlezen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="278"/>
        <source>Each recording is checked, compressed and stored encrypted. You can cancel at any time: recordings already stored stay in the vault, and importing the same export again finishes the rest.</source>
        <translation>Elke opname wordt gecontroleerd, gecomprimeerd en versleuteld opgeslagen. Je kunt altijd annuleren: opnames die al zijn opgeslagen blijven in de kluis, en dezelfde export opnieuw inlezen maakt de rest af.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="287"/>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="293"/>
        <source>Stopping after the recording being stored. Recordings already stored stay in the vault.</source>
        <translation>Stopt na de opname die nu wordt opgeslagen. Opnames die al zijn opgeslagen blijven in de kluis.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="351"/>
        <source>Stored {done} of {total} recordings · {eta}</source>
        <translation>{done} van {total} opnames opgeslagen · {eta}</translation>
    </message>
</context>
<context>
    <name>ScopeSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="83"/>
        <source>Business calls</source>
        <translation>Zakelijke gesprekken</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="48"/>
        <source>Not judged yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="49"/>
        <source>Met</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="50"/>
        <source>Partly met</source>
        <translation>Deels voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="51"/>
        <source>Not met</source>
        <translation>Niet voldaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="52"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="68"/>
        <source>Outcome of criterion {n}</source>
        <translation>Beoordeling van verwachting {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="74"/>
        <source>Comment (optional)</source>
        <translation>Toelichting (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="77"/>
        <source>Comment on criterion {n}</source>
        <translation>Toelichting bij verwachting {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="114"/>
        <source>Scorecard</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="115"/>
        <source>Loading the scorecard…</source>
        <translation>De beoordeling wordt geladen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="132"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="134"/>
        <source>Notes at moments of the call</source>
        <translation>Opmerkingen bij momenten in het gesprek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="139"/>
        <source>Add &amp;note (N)</source>
        <translation>&amp;Opmerking toevoegen (N)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="141"/>
        <source>A note at the playhead; or double-click the waveform where it happens</source>
        <translation>Een opmerking bij de afspeelpositie; of dubbelklik op de golfvorm waar het gebeurt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="143"/>
        <source>&amp;Delete note</source>
        <translation>Opmerking &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="145"/>
        <source>&amp;Share with the team lead…</source>
        <translation>&amp;Delen met de teamleider…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="147"/>
        <source>The team lead sees the scorecard and its notes; it can no longer change</source>
        <translation>De teamleider ziet de beoordeling en de opmerkingen; daarna kan er niets meer aan veranderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="174"/>
        <source>What the protocol expects</source>
        <translation>Wat het protocol vraagt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="174"/>
        <source>Outcome</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="218"/>
        <source>Scorecard · protocol version {n}</source>
        <translation>Beoordeling · versie {n} van het gedragsprotocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="222"/>
        <source>Shared with the team lead; it can no longer change.</source>
        <translation>Gedeeld met de teamleider; er kan niets meer aan veranderen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="225"/>
        <source>Judge each expectation of the protocol the agent had received by the day of the call. Nothing is stored until you choose an outcome or add a note.</source>
        <translation>Beoordeel elke verwachting uit het gedragsprotocol dat de medewerker op de dag van het gesprek had ontvangen. Er wordt niets opgeslagen tot je een beoordeling kiest of een opmerking toevoegt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="231"/>
        <source>Your draft: {judged} of {total} judged. Only you see it until you share it.</source>
        <translation>Jouw concept: {judged} van {total} beoordeeld. Alleen jij ziet het tot je het deelt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="243"/>
        <source>Click to jump to {moment}</source>
        <translation>Klik om naar {moment} te gaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="339"/>
        <source>Share the scorecard</source>
        <translation>Beoordeling delen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="340"/>
        <source>Share this scorecard and its notes with the agent&apos;s team lead?</source>
        <translation>Deze beoordeling en de opmerkingen delen met de teamleider van de medewerker?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="346"/>
        <source>After sharing you can no longer change it. The team lead can send it to the agent in a feedback sheet.</source>
        <translation>Na het delen kun je niets meer aanpassen. De teamleider kan de beoordeling in een feedbackformulier naar de medewerker sturen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/scorecard_panel.py" line="350"/>
        <source>&amp;Share</source>
        <translation>&amp;Delen</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/notice_dialogs.py" line="30"/>
        <source>Send the notice to {agent}</source>
        <translation>Kennisgeving aan {agent} versturen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="52"/>
        <source>Follow the system</source>
        <translation>Systeemtaal volgen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="56"/>
        <source>A new language takes effect when the app starts again.</source>
        <translation>Een andere taal gaat in zodra de app opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="60"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="65"/>
        <source>Without keyboard or mouse input for this long, the vault locks itself. Ctrl+L locks at once.</source>
        <translation>Zonder toetsenbord- of muisinvoer gedurende deze tijd vergrendelt de kluis zichzelf. Ctrl+L vergrendelt meteen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="73"/>
        <source>To use another vault, lock and choose “Open another vault…”.</source>
        <translation>Wil je een andere kluis gebruiken, vergrendel dan en kies ‘Andere kluis openen…’.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="77"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="91"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="93"/>
        <source>Vault folder:</source>
        <translation>Map van de kluis:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="100"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="125"/>
        <source>The settings could not be saved ({reason}); check that the folder {folder} can be written.</source>
        <translation>De instellingen konden niet worden opgeslagen ({reason}); controleer of je in de map {folder} mag schrijven.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="132"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="329"/>
        <source>Set up {app}</source>
        <translation>{app} instellen</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="71"/>
        <source>Feedback sheet</source>
        <translation>Feedbackformulier</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="84"/>
        <source>A few sentences for the agent (optional)</source>
        <translation>Een paar zinnen voor de medewerker (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="86"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="87"/>
        <source>Calls &amp;from:</source>
        <translation>Gesprekken &amp;van:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="88"/>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="89"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Samenvatting:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="90"/>
        <source>S&amp;how the sheet</source>
        <translation>Formulier &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="92"/>
        <source>&amp;Make the sheet</source>
        <translation>Formulier &amp;maken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="101"/>
        <source>It holds the scorecards shared with you of this agent&apos;s calls in the period, in the agent&apos;s language. Making it records it with its receipt code.</source>
        <translation>Het bevat de beoordelingen die met jou zijn gedeeld van gesprekken van deze medewerker in de periode, in de taal van de medewerker. Bij het maken wordt het vastgelegd met een controlecode.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="117"/>
        <source>Open in &amp;mail client</source>
        <translation>Openen in &amp;mailprogramma</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="119"/>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="120"/>
        <source>Save .&amp;eml…</source>
        <translation>.&amp;eml opslaan…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="121"/>
        <source>Cop&amp;y text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="125"/>
        <source>Yes, it &amp;was sent</source>
        <translation>Ja, het is &amp;verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="131"/>
        <source>Given outside the app? Say how</source>
        <translation>Buiten de app gegeven? Zeg hoe</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="132"/>
        <source>Mark as &amp;sent</source>
        <translation>Markeren als &amp;verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="159"/>
        <source>Saving records the sheet as sent by you, now; after the mail program or copying you are asked. The agent is then told of each listen the sheet covers.</source>
        <translation>Opslaan legt vast dat jij het formulier nu hebt verstuurd; na het mailprogramma of kopiëren wordt het je gevraagd. De medewerker weet dan ook van elk terugluisteren dat het formulier noemt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="173"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="219"/>
        <source>Scored calls on this sheet: {n}.</source>
        <translation>Beoordeelde gesprekken op dit formulier: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="245"/>
        <source>Receipt code of this sheet: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Controlecode van dit formulier: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="257"/>
        <source>Made; not sent yet.</source>
        <translation>Gemaakt; nog niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="259"/>
        <source>Sent ({channel}); the listens it covers count as told.</source>
        <translation>Verstuurd ({channel}); de medewerker is ingelicht over het terugluisteren dat het formulier noemt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="274"/>
        <source>Save the sheet as PDF</source>
        <translation>Formulier opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="281"/>
        <source>Save the sheet as .eml</source>
        <translation>Formulier opslaan als .eml</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheet_dialog.py" line="325"/>
        <source>No mail program opened. Save the sheet as .eml or copy its text instead.</source>
        <translation>Er is geen mailprogramma geopend. Sla het formulier op als .eml of kopieer de tekst.</translation>
    </message>
</context>
<context>
    <name>SheetsTab</name>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="43"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="44"/>
        <source>Calls from</source>
        <translation>Gesprekken van</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="45"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="46"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="47"/>
        <source>Receipt code</source>
        <translation>Controlecode</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="56"/>
        <source>&amp;New feedback sheet…</source>
        <translation>&amp;Nieuw feedbackformulier…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="58"/>
        <source>S&amp;end…</source>
        <translation>&amp;Versturen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="60"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="61"/>
        <source>A sheet made by mistake; it stays on record</source>
        <translation>Een formulier dat per vergissing is gemaakt; het blijft vastgelegd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="71"/>
        <source>A feedback sheet gives an agent the scorecards shared with you of their calls in a period. Sending it also tells them of the listens it covers.</source>
        <translation>Een feedbackformulier geeft een medewerker de beoordelingen die met jou zijn gedeeld van diens gesprekken in een periode. Met het versturen hoort de medewerker ook van het terugluisteren dat het formulier noemt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="92"/>
        <source>Not sent yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="93"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/sheets_tab.py" line="94"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="83"/>
        <source>Where are the recordings?</source>
        <translation>Waar staan de opnames?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="86"/>
        <source>Choose the export of your telephone system. The files are only read: nothing in the export is changed, and only business calls of the sample are stored.</source>
        <translation>Kies de export van je telefooncentrale. De bestanden worden alleen gelezen: er verandert niets in de export, en alleen zakelijke gesprekken uit de steekproef worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="96"/>
        <source>Call records (*.csv);;All files (*)</source>
        <translation>Gespreksgegevens (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="104"/>
        <source>&amp;Telephone system:</source>
        <translation>&amp;Telefooncentrale:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="143"/>
        <source>The manifest file does not exist; choose the CSV file.</source>
        <translation>Het manifestbestand bestaat niet; kies het CSV-bestand.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="145"/>
        <source>The recordings folder does not exist; choose the folder.</source>
        <translation>De opnamemap bestaat niet; kies de map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="147"/>
        <source>The call-record file does not exist; choose it or leave it empty.</source>
        <translation>Het bestand met gespreksgegevens bestaat niet; kies het of laat het veld leeg.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="156"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="158"/>
        <source>&amp;Manifest file:</source>
        <translation>&amp;Manifestbestand:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="158"/>
        <source>&amp;Recordings folder:</source>
        <translation>&amp;Opnamemap:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="162"/>
        <source>&amp;Call records (optional):</source>
        <translation>&amp;Gespreksgegevens (optioneel):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="164"/>
        <source>&amp;Call records (Master.csv):</source>
        <translation>&amp;Gespreksgegevens (Master.csv):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="169"/>
        <source>Choose the monitor folder of the FreePBX spool (with folders per year, month and day). The call records (Master.csv, or a CSV export of the cdr table) add whether and by whom a call was answered; without them the file names are used.</source>
        <translation>Kies de map monitor van de FreePBX-spool (met mappen per jaar, maand en dag). De gespreksgegevens (Master.csv, of een CSV-export van de tabel cdr) vullen aan of en door wie een gesprek is aangenomen; zonder die gegevens worden de bestandsnamen gebruikt.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="174"/>
        <source>Choose the folder with the MixMonitor recordings (subfolders are searched too). Leave the call records empty when that folder holds exactly one Master.csv.</source>
        <translation>Kies de map met de MixMonitor-opnames (ook submappen worden doorzocht). Laat de gespreksgegevens leeg als die map precies één Master.csv bevat.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="178"/>
        <source>Choose the folder with the 3CX recordings; subfolders are searched too.</source>
        <translation>Kies de map met de 3CX-opnames; ook submappen worden doorzocht.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="181"/>
        <source>A CSV file with a header row and the columns file, agent_extension, started_at (with time zone), direction, remote_number, queue and campaign.</source>
        <translation>Een CSV-bestand met een kopregel en de kolommen file, agent_extension, started_at (met tijdzone), direction, remote_number, queue en campaign.</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="86"/>
        <source>Export data for request {n}</source>
        <translation>Gegevens exporteren voor verzoek {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="90"/>
        <source>Everything the vault holds about {who}, with a cover letter.</source>
        <translation>Alles wat de kluis over {who} bevat, met een begeleidende brief.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="95"/>
        <source>&amp;FLAC (smaller, lossless)</source>
        <translation>&amp;FLAC (kleiner, zonder kwaliteitsverlies)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="96"/>
        <source>&amp;WAV (plays everywhere)</source>
        <translation>&amp;WAV (speelt overal af)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="110"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="116"/>
        <source>Write an &amp;unencrypted folder instead (not recommended)</source>
        <translation>In plaats daarvan een &amp;onversleutelde map maken (niet aan te raden)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="122"/>
        <source>Audio:</source>
        <translation>Geluid:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="125"/>
        <source>&amp;Name the agent of each call by first name, as the policy allows</source>
        <translation>&amp;Noem per gesprek de voornaam van de medewerker (het beleid staat dit toe)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="130"/>
        <source>Clear it to leave the names out of this export, for instance to protect an agent.</source>
        <translation>Zet het vinkje uit om de namen uit deze export te laten, bijvoorbeeld om een medewerker te beschermen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="135"/>
        <source>&amp;Letter in:</source>
        <translation>&amp;Brief in:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="144"/>
        <source>Letter in:</source>
        <translation>Brief in:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="144"/>
        <source>the agent&apos;s own language</source>
        <translation>de eigen taal van de agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="145"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="151"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="174"/>
        <source>A new, empty folder. The files in it are NOT encrypted: anyone with access to the folder can read and play them.</source>
        <translation>Een nieuwe, lege map. De bestanden erin zijn NIET versleuteld: iedereen met toegang tot de map kan ze lezen en afspelen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="179"/>
        <source>An encrypted ZIP file (AES-256). Its passphrase is made for this export and shown once, when the file is ready: hand the two over by different routes.</source>
        <translation>Een versleuteld ZIP-bestand (AES-256). De wachtwoordzin wordt voor deze export gemaakt en één keer getoond, als het bestand klaar is: geef die twee via verschillende wegen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="191"/>
        <source>Choose a new, empty folder</source>
        <translation>Kies een nieuwe, lege map</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="196"/>
        <source>Save the export as</source>
        <translation>De export opslaan als</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="198"/>
        <source>Encrypted ZIP files (*.zip)</source>
        <translation>Versleutelde ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="207"/>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export moet komen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="226"/>
        <source>Export without encryption?</source>
        <translation>Exporteren zonder versleuteling?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="228"/>
        <source>The data then leave the vault unencrypted: recordings, call details and the letter lie readable in {folder} for anyone with access to it. Prefer the encrypted ZIP file; if you continue, hand the folder over soon and delete it.</source>
        <translation>De gegevens verlaten de kluis dan onversleuteld: opnames, gespreksgegevens en de brief liggen leesbaar in {folder} voor iedereen die erbij kan. Kies liever het versleutelde ZIP-bestand; ga je door, overhandig de map dan snel en verwijder hem daarna.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/subject_export_dialog.py" line="236"/>
        <source>Write &amp;unencrypted folder</source>
        <translation>&amp;Onversleutelde map maken</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="404"/>
        <source>The telephone system&apos;s own copies</source>
        <translation>De eigen opnames van de telefooncentrale</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="435"/>
        <source>The import failed</source>
        <translation>Inlezen mislukt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="436"/>
        <source>Recordings stored before the error stay in the vault.</source>
        <translation>Opnames die vóór de fout zijn opgeslagen blijven in de kluis.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="443"/>
        <source>Import cancelled</source>
        <translation>Inlezen geannuleerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="446"/>
        <source>The {n} recordings stored before you cancelled stay in the vault. Import the same export again to store the rest of this sample.</source>
        <translation>De {n} opnames die vóór het annuleren zijn opgeslagen blijven in de kluis. Lees dezelfde export opnieuw in om de rest van deze steekproef op te slaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="451"/>
        <source>Import finished</source>
        <translation>Inlezen voltooid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="454"/>
        <source>Keep the batch number and seed: with them anyone can check later that the sample was drawn at random and within the policy&apos;s limits.</source>
        <translation>Bewaar het batchnummer en de seed: daarmee kan iedereen later nagaan dat de steekproef willekeurig en binnen de grenzen van het beleid is getrokken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="459"/>
        <location filename="../../supervisor_app/ui/import_pages.py" line="463"/>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="461"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="463"/>
        <source>none (no new calls to draw from)</source>
        <translation>geen (geen nieuwe gesprekken om uit te loten)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="464"/>
        <source>Calls found:</source>
        <translation>Gesprekken gevonden:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="465"/>
        <source>Business calls in scope:</source>
        <translation>Zakelijke gesprekken binnen het beleid:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="466"/>
        <source>Sampled:</source>
        <translation>Gekozen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="467"/>
        <source>Imported:</source>
        <translation>Ingelezen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="468"/>
        <source>Already in the vault:</source>
        <translation>Al in de kluis:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="469"/>
        <source>Could not be stored:</source>
        <translation>Niet op te slaan:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="471"/>
        <source>Unreadable rows in the export:</source>
        <translation>Onleesbare regels in de export:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="474"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="493"/>
        <source>The export still holds {n} recording files of calls that were not kept: {sampled} business calls outside the sample and {excluded} calls that are out of scope (private, protected, internal and the like). The telephone system keeps them until someone removes them.</source>
        <translation>De export bevat nog {n} opnamebestanden van gesprekken die niet zijn bewaard: {sampled} zakelijke gesprekken buiten de steekproef en {excluded} gesprekken die er niet onder vallen (privé, beschermd, intern en dergelijke). De telefooncentrale bewaart ze tot iemand ze verwijdert.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="500"/>
        <source>&amp;Delete these {n} files from the export…</source>
        <translation>Deze {n} bestanden uit de export &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="510"/>
        <source>Delete recording files</source>
        <translation>Opnamebestanden verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="512"/>
        <source>Delete {n} recording files of calls that were not kept from the folder {folder}? They cannot be restored. Files of the calls in the sample are not touched.</source>
        <translation>{n} opnamebestanden van gesprekken die niet zijn bewaard verwijderen uit de map {folder}? Ze zijn daarna niet terug te halen. De bestanden van de gesprekken in de steekproef blijven staan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="520"/>
        <source>&amp;Delete {n} files</source>
        <translation>{n} bestanden &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="541"/>
        <source>{n} files were deleted from the export; the audit log lists them.</source>
        <translation>{n} bestanden zijn uit de export verwijderd; het logboek noemt ze.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_pages.py" line="546"/>
        <source>{n} files could not be deleted; check the folder&apos;s permissions: {names}</source>
        <translation>{n} bestanden konden niet worden verwijderd; controleer de rechten van de map: {names}</translation>
    </message>
</context>
<context>
    <name>TeamCountsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="79"/>
        <source>Callers (no team)</source>
        <translation>Bellers (geen team)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="82"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/report_models.py" line="82"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="87"/>
        <source>Add team</source>
        <translation>Team toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="91"/>
        <source>&amp;Add team</source>
        <translation>Team t&amp;oevoegen</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="155"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TrendGrid</name>
    <message>
        <location filename="../../supervisor_app/ui/trend_chart.py" line="47"/>
        <source>Chart of each criterion per period; the table has it too</source>
        <translation>Grafiek van elke verwachting per periode; de tabel geeft hetzelfde</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="70"/>
        <source>Unlock — {app}</source>
        <translation>Ontgrendelen — {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="78"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>De kluis is vergrendeld. Meld je aan om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="109"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="110"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="113"/>
        <source>Use recovery key…</source>
        <translation>Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="114"/>
        <source>Open another vault…</source>
        <translation>Andere kluis openen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="115"/>
        <source>Restore from backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="123"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="165"/>
        <source>Vault: {folder}</source>
        <translation>Kluis: {folder}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="194"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="198"/>
        <source>Enter your passphrase.</source>
        <translation>Vul je wachtwoordzin in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="209"/>
        <source>After several wrong passphrases for “{name}”, this try waits {n} seconds first.</source>
        <translation>Na een paar verkeerde wachtwoordzinnen voor ‘{name}’ wacht deze poging eerst {n} seconden.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="237"/>
        <source>A re-encryption of the vault (rekey) was interrupted; it was finished now, and the old key no longer opens the vault.</source>
        <translation>Het opnieuw versleutelen van de kluis was onderbroken; het is nu afgemaakt, en de oude sleutel opent de kluis niet meer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="247"/>
        <source>The audit log was changed</source>
        <translation>Het logboek is gewijzigd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="247"/>
        <source>Rekey finished</source>
        <translation>Opnieuw versleutelen afgemaakt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="259"/>
        <source>The audit log was shortened: {user} saw it reach entry {seq}, but it now ends at entry {length}. Tell the privacy officer.</source>
        <translation>Het logboek is ingekort: {user} zag het tot regel {seq} lopen, maar nu eindigt het bij regel {length}. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="264"/>
        <source>The audit log was rewritten: entry {seq} is not the one {user} saw there. Tell the privacy officer.</source>
        <translation>Het logboek is herschreven: regel {seq} is niet de regel die {user} daar zag. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="269"/>
        <source>The last log entry recorded for {user} in keyslots.json is not signed by their key: the key file was altered. Tell the privacy officer.</source>
        <translation>De laatste logboekregel die voor {user} in keyslots.json staat, is niet met de eigen sleutel van die gebruiker ondertekend: het sleutelbestand is gewijzigd. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="274"/>
        <source>The key of {user} in keyslots.json is not the one the audit log registered for them: the key file was altered. Tell the privacy officer.</source>
        <translation>De sleutel van {user} in keyslots.json is niet de sleutel die het logboek voor die gebruiker heeft vastgelegd: het sleutelbestand is gewijzigd. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="279"/>
        <source>The last log entry {user} saw is missing from keyslots.json: the key file was altered or restored from an old copy. Tell the privacy officer.</source>
        <translation>De laatste logboekregel die {user} zag, ontbreekt in keyslots.json: het sleutelbestand is gewijzigd of teruggezet uit een oude kopie. Meld dit aan de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="289"/>
        <source>The passphrase for “{name}” is not right; try again.</source>
        <translation>De wachtwoordzin voor ‘{name}’ klopt niet; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="292"/>
        <source>There is no user called “{name}” in this vault; check the name.</source>
        <translation>Er is in deze kluis geen gebruiker ‘{name}’; controleer de naam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="363"/>
        <source>The vault was restored from the backup made on {when} (audit log entry {seq}).</source>
        <translation>De kluis is teruggezet uit de back-up van {when} (logboekregel {seq}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="369"/>
        <source>Recordings whose retention period ended since the backup, deleted at once: {n}.</source>
        <translation>Opnames waarvan de bewaartermijn sinds de back-up is verstreken, meteen verwijderd: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="375"/>
        <source>The vault that was here is kept in {folder}; delete that folder once you have checked the restored vault.</source>
        <translation>De kluis die hier stond, is bewaard in {folder}; verwijder die map zodra je de teruggezette kluis hebt gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="380"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="389"/>
        <source>Choose the vault folder</source>
        <translation>Kies de map van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="400"/>
        <source>No vault there</source>
        <translation>Geen kluis gevonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="401"/>
        <source>That folder holds no vault. Create a new vault there?</source>
        <translation>In die map staat geen kluis. Daar een nieuwe kluis aanmaken?</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="89"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="89"/>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="89"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="41"/>
        <source>Policy version {n}</source>
        <translation>Beleidsversie {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="47"/>
        <source>Version {n}, saved {when} by {who}. Old versions cannot be changed.</source>
        <translation>Versie {n}, opgeslagen {when} door {who}. Oude versies kunnen niet worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="36"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="37"/>
        <source>Policy version</source>
        <translation>Beleidsversie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="38"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="39"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="46"/>
        <source>Draft (not published)</source>
        <translation>Concept (niet gepubliceerd)</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../supervisor_app/ui/waveform.py" line="53"/>
        <source>Waveform</source>
        <translation>Golfvorm</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/waveform.py" line="54"/>
        <source>Click or drag to move the playhead</source>
        <translation>Klik of sleep om de afspeelpositie te verplaatsen</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="52"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="70"/>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/import_wizard.py" line="73"/>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
</context>
</TS>
