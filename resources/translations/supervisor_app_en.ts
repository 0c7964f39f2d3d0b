<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="32"/>
        <source>Record receipt of the protocol</source>
        <translation>Record receipt of the protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="35"/>
        <source>and {n} more</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="38"/>
        <source>Record that these agents received version {v} of the agent protocol: {names}.</source>
        <translation>Record that these agents received version {v} of the agent protocol: {names}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="47"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="51"/>
        <source>Use the day they really received it, even if that was before the app was installed: calls from before the day an agent first received the protocol are never sampled.</source>
        <translation>Use the day they really received it, even if that was before the app was installed: calls from before the day an agent first received the protocol are never sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/acknowledge_dialog.py" line="57"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>AddRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="60"/>
        <source>Register a request</source>
        <translation>Register a request</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="63"/>
        <source>An &amp;agent:</source>
        <translation>An &amp;agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="64"/>
        <source>A c&amp;aller, by phone number:</source>
        <translation>A c&amp;aller, by phone number:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="73"/>
        <source>e.g. 06 1234 5678 or +31 6 1234 5678</source>
        <translation>e.g. 06 1234 5678 or +31 6 1234 5678</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="92"/>
        <source>e.g. called back on the number; ID shown at the desk</source>
        <translation>e.g. called back on the number; ID shown at the desk</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="96"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="98"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="99"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="100"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="101"/>
        <source>&amp;Identity checked:</source>
        <translation>&amp;Identity checked:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="102"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="106"/>
        <source>The answer is due within one month of receipt (art. 12(3) AVG). Register the request on the day it arrives, even when you answer it at once.</source>
        <translation>The answer is due within one month of receipt (art. 12(3) AVG). Register the request on the day it arrives, even when you answer it at once.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="111"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="102"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="110"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="111"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="112"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="114"/>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="156"/>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="159"/>
        <source>The administrator manages people and policy. Choose a passphrase you can remember: nobody can look it up for you.</source>
        <translation>The administrator manages people and policy. Choose a passphrase you can remember: nobody can look it up for you.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="164"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="166"/>
        <source>for example anna</source>
        <translation>for example anna</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="168"/>
        <source>for example Anna de Vries</source>
        <translation>for example Anna de Vries</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="178"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="179"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="244"/>
        <source>Creating the vault and protecting it with your passphrase…</source>
        <translation>Creating the vault and protecting it with your passphrase…</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="25"/>
        <source>Edit agent</source>
        <translation>Edit agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="25"/>
        <source>Add agent</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="30"/>
        <source>for example 201, 202</source>
        <translation>for example 201, 202</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="34"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="39"/>
        <source>E&amp;xtensions:</source>
        <translation>E&amp;xtensions:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="40"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="41"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="42"/>
        <source>&amp;Language for notices:</source>
        <translation>&amp;Language for notices:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="43"/>
        <source>&amp;Add agent</source>
        <translation>&amp;Add agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="56"/>
        <source>Add a team first: every agent belongs to a team.</source>
        <translation>Add a team first: every agent belongs to a team.</translation>
    </message>
</context>
<context>
    <name>AgentImportDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="62"/>
        <source>Import agents</source>
        <translation>Import agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="74"/>
        <source>Agents list: {file}</source>
        <translation>Agents list: {file}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="75"/>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="82"/>
        <source>Teams this vault serves:</source>
        <translation>Teams this vault serves:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="89"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="92"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="94"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="96"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="89"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="92"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="94"/>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="92"/>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="96"/>
        <source>Mark as left</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="101"/>
        <source>These agents are in the vault but not on the list. They are not deleted. Tick those who no longer work here to mark them as left: their recordings keep their retention period, and their new calls are no longer imported.</source>
        <translation>These agents are in the vault but not on the list. They are not deleted. Tick those who no longer work here to mark them as left: their recordings keep their retention period, and their new calls are no longer imported.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="127"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="207"/>
        <source>Errors ({n})</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="208"/>
        <source>To add ({n})</source>
        <translation>To add ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="209"/>
        <source>To change ({n})</source>
        <translation>To change ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="211"/>
        <source>Unchanged ({n})</source>
        <translation>Unchanged ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="214"/>
        <source>Not on the list ({n})</source>
        <translation>Not on the list ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="227"/>
        <source>Lines of the list that are wrong: {n}. Nothing can be imported until each is corrected in the list (see Errors); then import the list again.</source>
        <translation>Lines of the list that are wrong: {n}. Nothing can be imported until each is corrected in the list (see Errors); then import the list again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="231"/>
        <source>Agents to add: {added}, to change: {changed}, unchanged: {unchanged}. Agents of the vault not on the list: {missing}.</source>
        <translation>Agents to add: {added}, to change: {changed}, unchanged: {unchanged}. Agents of the vault not on the list: {missing}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="240"/>
        <source>Teams to create: {teams}.</source>
        <translation>Teams to create: {teams}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="244"/>
        <source>Lines of other teams, left out: {n}.</source>
        <translation>Lines of other teams, left out: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="249"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="250"/>
        <source>extensions</source>
        <translation>extensions</translation>
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
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_import_dialog.py" line="254"/>
        <source>works here again</source>
        <translation>works here again</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="112"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="116"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="128"/>
        <source>left on {date}</source>
        <translation>left on {date}</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../supervisor_app/ui/session/controller.py" line="113"/>
        <source>Your vault is ready. Unlock it with your new passphrase.</source>
        <translation>Your vault is ready. Unlock it with your new passphrase.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/controller.py" line="189"/>
        <source>The new passphrase is set. Unlock with it now.</source>
        <translation>The new passphrase is set. Unlock with it now.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor_app/ui/session/controller.py" line="216"/>
        <source>The vault was locked after %n minute(s) without input.</source>
        <translation>
            <numerusform>The vault was locked after %n minute without input.</numerusform>
            <numerusform>The vault was locked after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/controller.py" line="219"/>
        <source>Unsaved changes to the policy were discarded.</source>
        <translation>Unsaved changes to the policy were discarded.</translation>
    </message>
</context>
<context>
    <name>AttestationsSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="127"/>
        <source>The works council &amp;consented</source>
        <translation>The works council &amp;consented</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="128"/>
        <source>Consent does &amp;not apply</source>
        <translation>Consent does &amp;not apply</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="135"/>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="110"/>
        <source>Start from the app&apos;s &amp;text</source>
        <translation>Start from the app&apos;s &amp;text</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="63"/>
        <source>Back up vault</source>
        <translation>Back up vault</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="73"/>
        <source>A backup is a copy of the vault, encrypted like the vault itself: the same passphrases and the recovery key open it. Keep backups on another disk than the vault. Each new backup deletes this vault&apos;s backups that are older than the number of days below, so recordings do not outlive their retention period in a backup.</source>
        <translation>A backup is a copy of the vault, encrypted like the vault itself: the same passphrases and the recovery key open it. Keep backups on another disk than the vault. Each new backup deletes this vault&apos;s backups that are older than the number of days below, so recordings do not outlive their retention period in a backup.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="82"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="88"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="96"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="99"/>
        <source>&amp;Keep backups for:</source>
        <translation>&amp;Keep backups for:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="108"/>
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="130"/>
        <source>The shortest retention period of the policy is {default} days; backups may be kept at most {maximum} days, the longest.</source>
        <translation>The shortest retention period of the policy is {default} days; backups may be kept at most {maximum} days, the longest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="140"/>
        <source>Folder for the backups</source>
        <translation>Folder for the backups</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="151"/>
        <source>Choose a folder for the backups.</source>
        <translation>Choose a folder for the backups.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="159"/>
        <source>Copying the vault…</source>
        <translation>Copying the vault…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="175"/>
        <source>Copying the vault… {percent} %</source>
        <translation>Copying the vault… {percent} %</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="182"/>
        <source>The backup is saved in {path} and was checked. Backups of this vault are kept {days} days; older backups deleted now: {deleted}.</source>
        <translation>The backup is saved in {path} and was checked. Backups of this vault are kept {days} days; older backups deleted now: {deleted}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="197"/>
        <source>The backup was stopped; nothing was saved.</source>
        <translation>The backup was stopped; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/backup_dialog.py" line="210"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../supervisor_app/ui/session/banner.py" line="11"/>
        <source>Demo vault — fictitious data</source>
        <translation>Demo vault — fictitious data</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../supervisor_app/ui/core/operations.py" line="216"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/core/operations.py" line="221"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>{n} things are missing. Until they are done, no calls can be imported or listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/checklist_panel.py" line="67"/>
        <source>One thing is missing. Until it is done, no calls can be imported or listened to.</source>
        <translation>One thing is missing. Until it is done, no calls can be imported or listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/checklist_panel.py" line="73"/>
        <source>Complete: nothing is missing.</source>
        <translation>Complete: nothing is missing.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/checklist_panel.py" line="84"/>
        <source>Worth a second look:</source>
        <translation>Worth a second look:</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="250"/>
        <source>Close request {n}</source>
        <translation>Close request {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="253"/>
        <source>{kind} from {who}, due {date}.</source>
        <translation>{kind} from {who}, due {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="260"/>
        <source>&amp;Answered</source>
        <translation>&amp;Answered</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="261"/>
        <source>Re&amp;fused</source>
        <translation>Re&amp;fused</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="274"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="275"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="278"/>
        <source>&amp;Close request</source>
        <translation>&amp;Close request</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="291"/>
        <source>Why the request is refused; the person is told this reason</source>
        <translation>Why the request is refused; the person is told this reason</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="293"/>
        <source>How it was answered, e.g. export handed over in person</source>
        <translation>How it was answered, e.g. export handed over in person</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="297"/>
        <source>A refusal names its reason, and the person may complain to the Autoriteit Persoonsgegevens: tell them so.</source>
        <translation>A refusal names its reason, and the person may complain to the Autoriteit Persoonsgegevens: tell them so.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="301"/>
        <source>Close the request once the person has the answer.</source>
        <translation>Close the request once the person has the answer.</translation>
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
        <translation>How the calls you scored, and the scorecards shared with you, did on each expectation of the agent protocol. A share met counts partly met as half; not applicable is left out.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="85"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="87"/>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="88"/>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="92"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="93"/>
        <source>&amp;Periods:</source>
        <translation>&amp;Periods:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="97"/>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="116"/>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="225"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="99"/>
        <source>An agent&apos;s criteria over time</source>
        <translation>An agent&apos;s criteria over time</translation>
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
        <translation>Judged</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="116"/>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="116"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="120"/>
        <source>Your team: the criteria most often not met</source>
        <translation>Your team: the criteria most often not met</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="131"/>
        <source>Per &amp;agent</source>
        <translation>Per &amp;agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="132"/>
        <source>Per &amp;team</source>
        <translation>Per &amp;team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="134"/>
        <source>Feedback &amp;sheets</source>
        <translation>Feedback &amp;sheets</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="189"/>
        <source>No scored calls yet.</source>
        <translation>No scored calls yet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="219"/>
        <source>Scored calls in these periods: {n}.</source>
        <translation>Scored calls in these periods: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="236"/>
        <source>none judged</source>
        <translation>none judged</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="238"/>
        <source>{share}% met ({n} judged)</source>
        <translation>{share}% met ({n} judged)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/coaching_page.py" line="252"/>
        <source>Shared scorecards of calls since {date}: {n}.</source>
        <translation>Shared scorecards of calls since {date}: {n}.</translation>
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
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="107"/>
        <source>Recording policy</source>
        <translation>Recording policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="108"/>
        <source>Agent protocol</source>
        <translation>Agent protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="150"/>
        <source>The recording policy (version {n}) is complete: calls can be imported and listened to.</source>
        <translation>The recording policy (version {n}) is complete: calls can be imported and listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="158"/>
        <source>The recording policy is not complete. Until it is, no calls can be imported or listened to. Still to do:</source>
        <translation>The recording policy is not complete. Until it is, no calls can be imported or listened to. Still to do:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="167"/>
        <source>Open Documents</source>
        <translation>Open Documents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="167"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="185"/>
        <source>No agent protocol has been published yet. Until agents have received it, none of their calls are sampled.</source>
        <translation>No agent protocol has been published yet. Until agents have received it, none of their calls are sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="193"/>
        <source>Every agent has received the current protocol (version {v}).</source>
        <translation>Every agent has received the current protocol (version {v}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="202"/>
        <source>{n} agents have not received the current protocol (version {v}); their calls are not sampled.</source>
        <translation>{n} agents have not received the current protocol (version {v}); their calls are not sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="207"/>
        <source>1 agent has not received the current protocol (version {v}); their calls are not sampled.</source>
        <translation>1 agent has not received the current protocol (version {v}); their calls are not sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="217"/>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/dashboard_page.py" line="219"/>
        <source>Acknowledgements…</source>
        <translation>Acknowledgements…</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_fields.py" line="97"/>
        <source> day</source>
        <translation> day</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_fields.py" line="97"/>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="95"/>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="99"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="100"/>
        <source>Acknowledgements</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="124"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="126"/>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="128"/>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="131"/>
        <source>Doc&amp;ument:</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="155"/>
        <source>Versions (choose one to see it):</source>
        <translation>Versions (choose one to see it):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="177"/>
        <source>Only agents who have &amp;not received it</source>
        <translation>Only agents who have &amp;not received it</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="183"/>
        <source>&amp;Record receipt…</source>
        <translation>&amp;Record receipt…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="187"/>
        <source>Calls of an agent are sampled only once the agent has received the current protocol. Select several agents to record them at once.</source>
        <translation>Calls of an agent are sampled only once the agent has received the current protocol. Select several agents to record them at once.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="263"/>
        <source>The register entry is not published: export it for the register of processing activities whenever it is needed.</source>
        <translation>The register entry is not published: export it for the register of processing activities whenever it is needed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="267"/>
        <source>There is no saved policy yet; the preview shows an empty draft.</source>
        <translation>There is no saved policy yet; the preview shows an empty draft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="269"/>
        <source>Version {v} is published for the current policy (version {p}).</source>
        <translation>Version {v} is published for the current policy (version {p}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="274"/>
        <source>Not yet published for the current policy (version {p}). Agents and staff need the published version.</source>
        <translation>Not yet published for the current policy (version {p}). Agents and staff need the published version.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="287"/>
        <source>Both documents are published for this policy version.</source>
        <translation>Both documents are published for this policy version.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="289"/>
        <source>First complete the policy: {item}</source>
        <translation>First complete the policy: {item}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="325"/>
        <source>Publish documents</source>
        <translation>Publish documents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="327"/>
        <source>Publish the staff-regulation section and the agent protocol, in Dutch and English, for policy version {p}?</source>
        <translation>Publish the staff-regulation section and the agent protocol, in Dutch and English, for policy version {p}?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="335"/>
        <source>A published version can never be changed: it keeps its number, date and SHA-256 fingerprint. If the protocol text changed, agents must receive the new version before their calls are sampled again.</source>
        <translation>A published version can never be changed: it keeps its number, date and SHA-256 fingerprint. If the protocol text changed, agents must receive the new version before their calls are sampled again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="340"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="363"/>
        <source>{document} version {v} ({language}): SHA-256 {sha}</source>
        <translation>{document} version {v} ({language}): SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="371"/>
        <source>Published.</source>
        <translation>Published.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="379"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="382"/>
        <source>Export document</source>
        <translation>Export document</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="401"/>
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="414"/>
        <source>No agent protocol has been published yet; publish the documents first.</source>
        <translation>No agent protocol has been published yet; publish the documents first.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/documents_page.py" line="420"/>
        <source>Current protocol: version {v}. Agents without it: {n}.</source>
        <translation>Current protocol: version {v}. Agents without it: {n}.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="76"/>
        <source>Erase for request {n}</source>
        <translation>Erase for request {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="81"/>
        <source>{kind} from {who}.</source>
        <translation>{kind} from {who}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="85"/>
        <source>&amp;All recordings of this caller</source>
        <translation>&amp;All recordings of this caller</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="87"/>
        <source>&amp;All recordings of this agent</source>
        <translation>&amp;All recordings of this agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="89"/>
        <source>&amp;One recording, number:</source>
        <translation>&amp;One recording, number:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="101"/>
        <source>Looking up what would be erased…</source>
        <translation>Looking up what would be erased…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="104"/>
        <source>I checked the list above: erase these recordings for &amp;good</source>
        <translation>I checked the list above: erase these recordings for &amp;good</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="109"/>
        <source>Erase:</source>
        <translation>Erase:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="115"/>
        <source>Each recording&apos;s audio is destroyed and its caller&apos;s number blanked; the text typed about the call (listen reasons, notes) is cleared. A record of the deletion stays as proof, and the agent is told with a notice.</source>
        <translation>Each recording&apos;s audio is destroyed and its caller&apos;s number blanked; the text typed about the call (listen reasons, notes) is cleared. A record of the deletion stays as proof, and the agent is told with a notice.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="123"/>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="183"/>
        <source>1 recording will be erased: the call of {first}.</source>
        <translation>1 recording will be erased: the call of {first}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="188"/>
        <source>{n} recordings will be erased: calls from {first} to {last}.</source>
        <translation>{n} recordings will be erased: calls from {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="197"/>
        <source>Kept for: {purposes}.</source>
        <translation>Kept for: {purposes}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="200"/>
        <source>No recording holds audio that this erasure could remove.</source>
        <translation>No recording holds audio that this erasure could remove.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="204"/>
        <source>case {case} ({purpose})</source>
        <translation>case {case} ({purpose})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="213"/>
        <source>Recording {id} (call of {date}) is kept as evidence: {holds}. A hold wins: it is not erased. Release the hold first if the case allows, then erase again.</source>
        <translation>Recording {id} (call of {date}) is kept as evidence: {holds}. A hold wins: it is not erased. Release the hold first if the case allows, then erase again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="221"/>
        <source>{n} earlier recordings of this agent hold no audio any more.</source>
        <translation>{n} earlier recordings of this agent hold no audio any more.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="233"/>
        <source>&amp;Erase 1 recording</source>
        <translation>&amp;Erase 1 recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/erasure_dialog.py" line="235"/>
        <source>&amp;Erase {n} recordings</source>
        <translation>&amp;Erase {n} recordings</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="156"/>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="157"/>
        <source>you may not read or write it</source>
        <translation>you may not read or write it</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="160"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="161"/>
        <source>the disk or folder is read-only</source>
        <translation>the disk or folder is read-only</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="164"/>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/error_text.py" line="165"/>
        <source>it is not a folder</source>
        <translation>it is not a folder</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../supervisor_app/ui/core/errors.py" line="33"/>
        <source>Could not do that</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/core/errors.py" line="45"/>
        <source>(no log file could be written)</source>
        <translation>(no log file could be written)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/core/errors.py" line="48"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/core/errors.py" line="49"/>
        <source>{app} ran into a bug and could not finish what you asked. Nothing you saved earlier is lost. Please send the log file to your administrator:

{path}</source>
        <translation>{app} ran into a bug and could not finish what you asked. Nothing you saved earlier is lost. Please send the log file to your administrator:

{path}</translation>
    </message>
</context>
<context>
    <name>ExtendRequestDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="180"/>
        <source>Extend request {n}</source>
        <translation>Extend request {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="185"/>
        <source>{kind} from {who}. The deadline moves from {old} to {new}.</source>
        <translation>{kind} from {who}. The deadline moves from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="195"/>
        <source>For example: recordings of three teams must be reviewed</source>
        <translation>For example: recordings of three teams must be reviewed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="199"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="203"/>
        <source>The law allows one extension of two months when a request is complex or one of many. Tell the person within the first month, with this reason (art. 12(3) AVG).</source>
        <translation>The law allows one extension of two months when a request is complex or one of many. Tell the person within the first month, with this reason (art. 12(3) AVG).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/request_dialogs.py" line="209"/>
        <source>&amp;Extend</source>
        <translation>&amp;Extend</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="52"/>
        <source>Hand over the export</source>
        <translation>Hand over the export</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="58"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="64"/>
        <source>{file} holds {n} recordings and {files} files, encrypted with this passphrase:</source>
        <translation>{file} holds {n} recordings and {files} files, encrypted with this passphrase:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="81"/>
        <source>It is shown only now and kept nowhere. Print it or write it down before you close this window, and give it to the person by another route than the file: the file by e-mail or on a USB stick, the passphrase on paper or by phone.</source>
        <translation>It is shown only now and kept nowhere. Print it or write it down before you close this window, and give it to the person by another route than the file: the file by e-mail or on a USB stick, the passphrase on paper or by phone.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="97"/>
        <source>The folder {folder} holds {n} recordings and {files} files, NOT encrypted. Hand it over soon and delete it afterwards.</source>
        <translation>The folder {folder} holds {n} recordings and {files} files, NOT encrypted. Hand it over soon and delete it afterwards.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="108"/>
        <source>How it was handed over (optional), e.g. in person, passphrase by phone</source>
        <translation>How it was handed over (optional), e.g. in person, passphrase by phone</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="113"/>
        <source>&amp;Handed over: close the request</source>
        <translation>&amp;Handed over: close the request</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="116"/>
        <source>Close the request &amp;later</source>
        <translation>Close the request &amp;later</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="123"/>
        <source>Once the person has the file and the passphrase, request {n} is answered.</source>
        <translation>Once the person has the file and the passphrase, request {n} is answered.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/handover_dialog.py" line="146"/>
        <source>Print the passphrase</source>
        <translation>Print the passphrase</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="26"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="26"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="26"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="26"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="31"/>
        <source>first version</source>
        <translation>first version</translation>
    </message>
</context>
<context>
    <name>ImportCard</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="22"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="26"/>
        <source>Open Recordings</source>
        <translation>Open Recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="37"/>
        <source>1 recording is held in the vault.</source>
        <translation>1 recording is held in the vault.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="39"/>
        <source>{n} recordings are held in the vault.</source>
        <translation>{n} recordings are held in the vault.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="43"/>
        <source>No calls have been imported yet.</source>
        <translation>No calls have been imported yet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="49"/>
        <source>Last import {when} (batch {batch}): {imported} of {sampled} sampled calls stored.</source>
        <translation>Last import {when} (batch {batch}): {imported} of {sampled} sampled calls stored.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="63"/>
        <source>Left out {n} calls: {reasons}</source>
        <translation>Left out {n} calls: {reasons}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="69"/>
        <source>{n} recordings could not be stored.</source>
        <translation>{n} recordings could not be stored.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/import_card.py" line="73"/>
        <source>That import was cancelled or stopped; import the same export again to finish it.</source>
        <translation>That import was cancelled or stopped; import the same export again to finish it.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="67"/>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="283"/>
        <source>The recording policy is not complete, so calls cannot be imported yet. Still to do:</source>
        <translation>The recording policy is not complete, so calls cannot be imported yet. Still to do:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="570"/>
        <source>… and {n} more unreadable rows</source>
        <translation>… and {n} more unreadable rows</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="579"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="582"/>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="210"/>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="303"/>
        <source>Import calls</source>
        <translation>Import calls</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="273"/>
        <source>Only an administrator or a team lead can import calls.</source>
        <translation>Only an administrator or a team lead can import calls.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="45"/>
        <source>Welcome to {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="48"/>
        <source>&lt;p&gt;This app keeps a small sample of recorded customer calls in an encrypted vault on this computer. Only people with a listening role can play a call, and only for a documented purpose. Every listen is logged, and the agent is told afterwards.&lt;/p&gt;&lt;p&gt;In three short steps this wizard:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;asks where to keep the vault;&lt;/li&gt;&lt;li&gt;makes you its first administrator, with your own passphrase;&lt;/li&gt;&lt;li&gt;shows the recovery key, for you to print or write down.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;This app keeps a small sample of recorded customer calls in an encrypted vault on this computer. Only people with a listening role can play a call, and only for a documented purpose. Every listen is logged, and the agent is told afterwards.&lt;/p&gt;&lt;p&gt;In three short steps this wizard:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;asks where to keep the vault;&lt;/li&gt;&lt;li&gt;makes you its first administrator, with your own passphrase;&lt;/li&gt;&lt;li&gt;shows the recovery key, for you to print or write down.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="59"/>
        <source>Open an existing vault…</source>
        <translation>Open an existing vault…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="62"/>
        <source>Already have a vault?</source>
        <translation>Already have a vault?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="71"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="79"/>
        <source>No vault there</source>
        <translation>No vault there</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="81"/>
        <source>That folder holds no vault. Choose the folder that contains vault.db and keyslots.json.</source>
        <translation>That folder holds no vault. Choose the folder that contains vault.db and keyslots.json.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="18"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="19"/>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="20"/>
        <source>Quality coach</source>
        <translation>Quality coach</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="21"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="29"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/labels.py" line="30"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>ListenDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="60"/>
        <source>Listen to recording {n}</source>
        <translation>Listen to recording {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="64"/>
        <source>Recording {n}</source>
        <translation>Recording {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="73"/>
        <source>For example: coaching talk with the agent about greeting callers</source>
        <translation>For example: coaching talk with the agent about greeting callers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="82"/>
        <source>e.g. DOS-2026-17</source>
        <translation>e.g. DOS-2026-17</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="84"/>
        <source>&amp;Case reference:</source>
        <translation>&amp;Case reference:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="86"/>
        <source>&amp;Listen</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="88"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="90"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="95"/>
        <source>The purpose and reason are written to the listen log before the call plays, with every second you hear. The agent is told afterwards.</source>
        <translation>The purpose and reason are written to the listen log before the call plays, with every second you hear. The agent is told afterwards.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="116"/>
        <source>You cannot listen to this recording for any purpose. Listening is possible only when all of these hold:</source>
        <translation>You cannot listen to this recording for any purpose. Listening is possible only when all of these hold:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="123"/>
        <source>the recording policy is complete;</source>
        <translation>the recording policy is complete;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="124"/>
        <source>the policy lets one of your roles listen for a purpose;</source>
        <translation>the policy lets one of your roles listen for a purpose;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="125"/>
        <source>the recording is still kept for that purpose (or held for it);</source>
        <translation>the recording is still kept for that purpose (or held for it);</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="126"/>
        <source>the agent is in a team you lead or coach;</source>
        <translation>the agent is in a team you lead or coach;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="127"/>
        <source>the recording has not expired and was not flagged as private.</source>
        <translation>the recording has not expired and was not flagged as private.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="131"/>
        <source>Ask your privacy officer if you think you should be able to listen.</source>
        <translation>Ask your privacy officer if you think you should be able to listen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_dialog.py" line="158"/>
        <source>{count} characters (at least {n})</source>
        <translation>{count} characters (at least {n})</translation>
    </message>
</context>
<context>
    <name>ListenFlow</name>
    <message>
        <location filename="../../supervisor_app/ui/player/listen_flow.py" line="128"/>
        <source>Listening to recording {n} ended: {s} heard.</source>
        <translation>Listening to recording {n} ended: {s} heard.</translation>
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
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/listen_labels.py" line="21"/>
        <source>Private call, audio destroyed</source>
        <translation>Private call, audio destroyed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/listen_labels.py" line="22"/>
        <source>Interrupted (the app stopped)</source>
        <translation>Interrupted (the app stopped)</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="41"/>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="42"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="43"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="44"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="45"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="46"/>
        <source>Heard</source>
        <translation>Heard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="47"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/listen_log_model.py" line="76"/>
        <source>{n}, deleted on {date}</source>
        <translation>{n}, deleted on {date}</translation>
    </message>
</context>
<context>
    <name>ListenLogPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="69"/>
        <source>Listen log</source>
        <translation>Listen log</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="72"/>
        <source>Every listen session, by everyone.</source>
        <translation>Every listen session, by everyone.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="74"/>
        <source>Your own listen sessions. The privacy officer sees everyone&apos;s.</source>
        <translation>Your own listen sessions. The privacy officer sees everyone&apos;s.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="81"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="87"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="88"/>
        <source>&amp;Listener:</source>
        <translation>&amp;Listener:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="89"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="90"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="91"/>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="119"/>
        <source>&amp;Verify the audit log</source>
        <translation>&amp;Verify the audit log</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="121"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="123"/>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="136"/>
        <source>The audit log records every listen, denial, export and change as a hash chain: Verify checks that no entry was changed, removed or inserted since. Exports carry the log&apos;s head hash.</source>
        <translation>The audit log records every listen, denial, export and change as a hash chain: Verify checks that no entry was changed, removed or inserted since. Exports carry the log&apos;s head hash.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="197"/>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="198"/>
        <source>All listeners</source>
        <translation>All listeners</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="201"/>
        <source>All purposes</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="227"/>
        <source>No listen session matches these filters.</source>
        <translation>No listen session matches these filters.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="229"/>
        <source>Nobody has listened to a recording yet.</source>
        <translation>Nobody has listened to a recording yet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="232"/>
        <source>The newest {n} sessions; narrow the filters to see older ones.</source>
        <translation>The newest {n} sessions; narrow the filters to see older ones.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="236"/>
        <source>{n} sessions</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="236"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="286"/>
        <source>The entries of the audit log link up and their signatures hold, but the log or the records beside it were changed outside the app: report this to your privacy officer.</source>
        <translation>The entries of the audit log link up and their signatures hold, but the log or the records beside it were changed outside the app: report this to your privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="293"/>
        <source>The audit log is intact: {n} entries, head hash {hash}.</source>
        <translation>The audit log is intact: {n} entries, head hash {hash}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="299"/>
        <source>The audit log is broken at entry {seq}: {problem}. The {n} entries before it are intact. The log was changed outside the app: report this to your privacy officer.</source>
        <translation>The audit log is broken at entry {seq}: {problem}. The {n} entries before it are intact. The log was changed outside the app: report this to your privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="315"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="315"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="319"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="341"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="342"/>
        <source>Head hash {hash}</source>
        <translation>Head hash {hash}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="362"/>
        <source>Saved {n} entries as {file}.</source>
        <translation>Saved {n} entries as {file}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="374"/>
        <source>an entry is missing before it</source>
        <translation>an entry is missing before it</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="377"/>
        <source>it is out of order</source>
        <translation>it is out of order</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="378"/>
        <source>it does not follow the entry before it</source>
        <translation>it does not follow the entry before it</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="381"/>
        <source>its details are not valid JSON</source>
        <translation>its details are not valid JSON</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="384"/>
        <source>its contents were changed after it was written</source>
        <translation>its contents were changed after it was written</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="387"/>
        <source>its signature does not match</source>
        <translation>its signature does not match</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="388"/>
        <source>it is not signed</source>
        <translation>it is not signed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="389"/>
        <source>it is signed with a key the log never registered for its author</source>
        <translation>it is signed with a key the log never registered for its author</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="392"/>
        <source>it is signed with a key that was replaced or belongs to a removed user</source>
        <translation>it is signed with a key that was replaced or belongs to a removed user</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="396"/>
        <source>it is signed with someone else&apos;s key</source>
        <translation>it is signed with someone else&apos;s key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/listen_log_page.py" line="399"/>
        <source>its list of signing keys is malformed</source>
        <translation>its list of signing keys is malformed</translation>
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
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="125"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="125"/>
        <source>Listens</source>
        <translation>Listens</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="92"/>
        <source>Vault location</source>
        <translation>Vault location</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="95"/>
        <source>The vault is a folder with two files. Choose a new or empty folder on this computer; back it up like any other important folder.</source>
        <translation>The vault is a folder with two files. Choose a new or empty folder on this computer; back it up like any other important folder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="101"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="110"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="129"/>
        <source>This folder already holds a vault. Go back and choose “Open an existing vault…”, or choose another folder.</source>
        <translation>This folder already holds a vault. Go back and choose “Open an existing vault…”, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="133"/>
        <source>This folder is not empty; choose a new or empty folder.</source>
        <translation>This folder is not empty; choose a new or empty folder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="140"/>
        <source>Choose a folder for the vault</source>
        <translation>Choose a folder for the vault</translation>
    </message>
</context>
<context>
    <name>LogFindings</name>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="72"/>
        <source>Listen session {ident}</source>
        <translation>Listen session {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="73"/>
        <source>The notice of listen session {ident}</source>
        <translation>The notice of listen session {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="74"/>
        <source>The notice of the event in audit log entry {ident}</source>
        <translation>The notice of the event in audit log entry {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="77"/>
        <source>Notice {ident}</source>
        <translation>Notice {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="78"/>
        <source>Recording {ident}</source>
        <translation>Recording {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="79"/>
        <source>Evidence hold {ident}</source>
        <translation>Evidence hold {ident}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="82"/>
        <source>{record}, which audit log entry {seq} records, is missing.</source>
        <translation>{record}, which audit log entry {seq} records, is missing.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="85"/>
        <source>{record} no longer says what audit log entry {seq} records.</source>
        <translation>{record} no longer says what audit log entry {seq} records.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="88"/>
        <source>{record} is marked sent or acknowledged, but the log never says so.</source>
        <translation>{record} is marked sent or acknowledged, but the log never says so.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="91"/>
        <source>{record} is not in the audit log.</source>
        <translation>{record} is not in the audit log.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="166"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="167"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="168"/>
        <source>Listen log</source>
        <translation>Listen log</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="169"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="172"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="175"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="176"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="179"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="180"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="181"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="182"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="388"/>
        <source>{n} recordings had reached the end of their retention; their audio was deleted.</source>
        <translation>{n} recordings had reached the end of their retention; their audio was deleted.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="397"/>
        <source>The purge could not run: {reason}</source>
        <translation>The purge could not run: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="464"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="465"/>
        <source>The recording policy has changes that are not saved yet.</source>
        <translation>The recording policy has changes that are not saved yet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="519"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="103"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="144"/>
        <source>&amp;Import calls…</source>
        <translation>&amp;Import calls…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="153"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Back up vault…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="156"/>
        <source>&amp;Combine transparency reports…</source>
        <translation>&amp;Combine transparency reports…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="524"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="529"/>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="532"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="533"/>
        <source>&amp;About {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="546"/>
        <source>Opened with the recovery key</source>
        <translation>Opened with the recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="548"/>
        <source>Signed in as {name} · {roles}</source>
        <translation>Signed in as {name} · {roles}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="556"/>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/main_window.py" line="558"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Keeps a sample of recorded calls in an encrypted vault, lets only authorised roles listen for a documented purpose, logs every listen and makes sure agents are told.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Keeps a sample of recorded calls in an encrypted vault, lets only authorised roles listen for a documented purpose, logs every listen and makes sure agents are told.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeReportsDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="58"/>
        <source>Combine transparency reports</source>
        <translation>Combine transparency reports</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="67"/>
        <source>Add the transparency report of each vault (the JSON or CSV file it wrote for the same period). They are added up into one report for the whole organisation, which lists every vault it includes. Reports of different periods or made under different recording policies cannot be combined.</source>
        <translation>Add the transparency report of each vault (the JSON or CSV file it wrote for the same period). They are added up into one report for the whole organisation, which lists every vault it includes. Reports of different periods or made under different recording policies cannot be combined.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="75"/>
        <source>&amp;Add reports…</source>
        <translation>&amp;Add reports…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="77"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="87"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
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
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="92"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="98"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="106"/>
        <source>&amp;Combine and save…</source>
        <translation>&amp;Combine and save…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="128"/>
        <source>Transparency reports of the vaults</source>
        <translation>Transparency reports of the vaults</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="130"/>
        <source>Transparency reports (*.json *.csv);;All files (*)</source>
        <translation>Transparency reports (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="163"/>
        <source>Save the combined report</source>
        <translation>Save the combined report</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="207"/>
        <source>Saved as {file}: the reports of {n} vaults for {start} to {end}.</source>
        <translation>Saved as {file}: the reports of {n} vaults for {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="215"/>
        <source>log verified</source>
        <translation>log verified</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="215"/>
        <source>log NOT verified</source>
        <translation>log NOT verified</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="233"/>
        <source>The reports were made under different recording policies: {first} under {first_policy}, {other} under {other_policy}; import the same policy file into every vault and make the reports again.</source>
        <translation>The reports were made under different recording policies: {first} under {first_policy}, {other} under {other_policy}; import the same policy file into every vault and make the reports again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="245"/>
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="247"/>
        <source>a policy of “{organisation}” not imported from a numbered file</source>
        <translation>a policy of “{organisation}” not imported from a numbered file</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="249"/>
        <source>version {n} of the policy of “{organisation}”</source>
        <translation>version {n} of the policy of “{organisation}”</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/report_merge_dialog.py" line="251"/>
        <source>{policy} (content {hash})</source>
        <translation>{policy} (content {hash})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../supervisor_app/ui/core/messages.py" line="27"/>
        <source>Could not do that</source>
        <translation>Could not do that</translation>
    </message>
</context>
<context>
    <name>MissBars</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/trend_chart.py" line="99"/>
        <source>Chart of the criteria most often not met; the table has it too</source>
        <translation>Chart of the criteria most often not met; the table has it too</translation>
    </message>
</context>
<context>
    <name>MissingItems</name>
    <message>
        <location filename="../../supervisor_app/ui/words/missing_text.py" line="69"/>
        <source>number {n}</source>
        <translation>number {n}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="45"/>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="81"/>
        <source>Use at least {n} characters, for example four unrelated words.</source>
        <translation>Use at least {n} characters, for example four unrelated words.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="53"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="54"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="88"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>Too short: use at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="96"/>
        <source>Too easy to guess: add more unrelated words and avoid names and well-known phrases.</source>
        <translation>Too easy to guess: add more unrelated words and avoid names and well-known phrases.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="105"/>
        <source>Strong enough.</source>
        <translation>Strong enough.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="108"/>
        <source>Strong enough, but the two passphrases differ.</source>
        <translation>Strong enough, but the two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/passphrase_fields.py" line="111"/>
        <source>Strong enough. Now type it once more.</source>
        <translation>Strong enough. Now type it once more.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="20"/>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="24"/>
        <source>The recovery key was replaced: the old key no longer opens the vault. This is the new one, and it is shown only now.</source>
        <translation>The recovery key was replaced: the old key no longer opens the vault. This is the new one, and it is shown only now.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="33"/>
        <source>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</source>
        <translation>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="40"/>
        <source>The vault was not re-encrypted: the old key with an old copy of the key file still opens it.</source>
        <translation>The vault was not re-encrypted: the old key with an old copy of the key file still opens it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="46"/>
        <source>I have stored the new recovery key somewhere safe</source>
        <translation>I have stored the new recovery key somewhere safe</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/recovery_key_dialog.py" line="49"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_dialogs.py" line="76"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_dialogs.py" line="84"/>
        <source>Say how the notices reached the agents.</source>
        <translation>Say how the notices reached the agents.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/note_dialog.py" line="23"/>
        <source>Note at {moment}</source>
        <translation>Note at {moment}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/note_dialog.py" line="27"/>
        <source>What happens at {moment}? The note stays yours until you share the scorecard.</source>
        <translation>What happens at {moment}? The note stays yours until you share the scorecard.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/note_dialog.py" line="33"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/note_dialog.py" line="39"/>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
</context>
<context>
    <name>NoticeLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="29"/>
        <source>Weekly digest, week {week} of {year}</source>
        <translation>Weekly digest, week {week} of {year}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="37"/>
        <source>Call recorded</source>
        <translation>Call recorded</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="38"/>
        <source>Call listened to</source>
        <translation>Call listened to</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="39"/>
        <source>Private call destroyed</source>
        <translation>Private call destroyed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="40"/>
        <source>Recording erased</source>
        <translation>Recording erased</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="48"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="50"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="51"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="52"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="62"/>
        <source>Mail client</source>
        <translation>Mail client</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="63"/>
        <source>Saved e-mail (.eml)</source>
        <translation>Saved e-mail (.eml)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="64"/>
        <source>Letter (PDF or print)</source>
        <translation>Letter (PDF or print)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="65"/>
        <source>Copied text</source>
        <translation>Copied text</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/notice_labels.py" line="66"/>
        <source>Outside the app</source>
        <translation>Outside the app</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="71"/>
        <source>Notice to &lt;b&gt;{agent}&lt;/b&gt; ({language})</source>
        <translation>Notice to &lt;b&gt;{agent}&lt;/b&gt; ({language})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="76"/>
        <source>To: {address}</source>
        <translation>To: {address}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="79"/>
        <source>No e-mail address is known for this agent: save or print the letter, or copy the text into another channel.</source>
        <translation>No e-mail address is known for this agent: save or print the letter, or copy the text into another channel.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="88"/>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="307"/>
        <source>Receipt code: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Receipt code: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="93"/>
        <source>The agent keeps this code. With it, the privacy officer or the works council can check that the audit log still holds this event unchanged.</source>
        <translation>The agent keeps this code. With it, the privacy officer or the works council can check that the audit log still holds this event unchanged.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="98"/>
        <source>Open in &amp;mail client</source>
        <translation>Open in &amp;mail client</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="99"/>
        <source>Save .&amp;eml…</source>
        <translation>Save .&amp;eml…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="100"/>
        <source>Save P&amp;DF letter…</source>
        <translation>Save P&amp;DF letter…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="101"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="102"/>
        <source>Cop&amp;y text</source>
        <translation>Cop&amp;y text</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="122"/>
        <source>Saving or printing records the notice as sent by you, now. After the mail program or a copy, you are asked whether you sent it.</source>
        <translation>Saving or printing records the notice as sent by you, now. After the mail program or a copy, you are asked whether you sent it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="135"/>
        <source>Only then is the notice recorded as sent. If not, nothing is recorded and you can choose another way.</source>
        <translation>Only then is the notice recorded as sent. If not, nothing is recorded and you can choose another way.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="139"/>
        <source>Yes, it &amp;was sent</source>
        <translation>Yes, it &amp;was sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="140"/>
        <source>No, &amp;not sent</source>
        <translation>No, &amp;not sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="153"/>
        <source>Not recorded as sent. Choose another way, or try again.</source>
        <translation>Not recorded as sent. Choose another way, or try again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="272"/>
        <source>Did you send the message in your mail program?</source>
        <translation>Did you send the message in your mail program?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="274"/>
        <source>Did you send the copied text to {agent}?</source>
        <translation>Did you send the copied text to {agent}?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="160"/>
        <source>How, e.g. handed over in person on 3 December</source>
        <translation>How, e.g. handed over in person on 3 December</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="161"/>
        <source>Mark as &amp;sent</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="168"/>
        <source>Done outside the app?</source>
        <translation>Done outside the app?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="224"/>
        <source>Say how the notice reached the agent.</source>
        <translation>Say how the notice reached the agent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="233"/>
        <source>Save the notice as an e-mail</source>
        <translation>Save the notice as an e-mail</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="233"/>
        <source>E-mail messages (*.eml)</source>
        <translation>E-mail messages (*.eml)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="240"/>
        <source>Save the notice as a PDF letter</source>
        <translation>Save the notice as a PDF letter</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="240"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_panel.py" line="248"/>
        <source>Print the notice</source>
        <translation>Print the notice</translation>
    </message>
</context>
<context>
    <name>NoticeSender</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_actions.py" line="65"/>
        <source>No mail program opened. Save the notice as an .eml file or copy its text instead.</source>
        <translation>No mail program opened. Save the notice as an .eml file or copy its text instead.</translation>
    </message>
</context>
<context>
    <name>NotificationsCard</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="17"/>
        <source>Notices to agents</source>
        <translation>Notices to agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="22"/>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="45"/>
        <source>Show overdue notices</source>
        <translation>Show overdue notices</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="34"/>
        <source>1 notice to an agent is overdue.</source>
        <translation>1 notice to an agent is overdue.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="36"/>
        <source>{n} notices to agents are overdue.</source>
        <translation>{n} notices to agents are overdue.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="41"/>
        <source>The agents must be told that their calls were recorded or listened to. Send the notices now, or record how they were told.</source>
        <translation>The agents must be told that their calls were recorded or listened to. Send the notices now, or record how they were told.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="47"/>
        <source>No notice to an agent is overdue.</source>
        <translation>No notice to an agent is overdue.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="49"/>
        <source>No notices wait to be sent.</source>
        <translation>No notices wait to be sent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="51"/>
        <source>1 notice waits to be sent, within its deadline.</source>
        <translation>1 notice waits to be sent, within its deadline.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="53"/>
        <source>{n} notices wait to be sent, within their deadlines.</source>
        <translation>{n} notices wait to be sent, within their deadlines.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_card.py" line="57"/>
        <source>Open Notifications</source>
        <translation>Open Notifications</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="48"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="49"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="50"/>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="51"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="52"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="53"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="54"/>
        <source>Receipt code</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="74"/>
        <source>{when} by {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/notifications_model.py" line="90"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="73"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="77"/>
        <source>Agents are told afterwards when one of their calls is recorded, listened to or destroyed. Send each notice before its deadline; overdue notices are red.</source>
        <translation>Agents are told afterwards when one of their calls is recorded, listened to or destroyed. Send each notice before its deadline; overdue notices are red.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="84"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="85"/>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="255"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="86"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="87"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="88"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="98"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="102"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="103"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="122"/>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="123"/>
        <source>Mail, save, print or copy the selected notice</source>
        <translation>Mail, save, print or copy the selected notice</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="125"/>
        <source>Mark as sent &amp;outside the app…</source>
        <translation>Mark as sent &amp;outside the app…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="127"/>
        <source>Save digests as .&amp;eml…</source>
        <translation>Save digests as .&amp;eml…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="130"/>
        <source>Save one e-mail file per selected weekly digest into a folder, to send from your mail program, and record each as sent</source>
        <translation>Save one e-mail file per selected weekly digest into a folder, to send from your mail program, and record each as sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="135"/>
        <source>Mark &amp;acknowledged…</source>
        <translation>Mark &amp;acknowledged…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="137"/>
        <source>Check a &amp;receipt…</source>
        <translation>Check a &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="214"/>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="215"/>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="255"/>
        <source>Overdue ({n})</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="265"/>
        <source>No notice matches.</source>
        <translation>No notice matches.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="267"/>
        <source>1 notice</source>
        <translation>1 notice</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="269"/>
        <source>{n} notices</source>
        <translation>{n} notices</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="333"/>
        <source>Mark as sent outside the app</source>
        <translation>Mark as sent outside the app</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="335"/>
        <source>Record that these {n} notices reached the agents outside the app ({names}). Say how, for example “handed over at the team meeting of 3 December”.</source>
        <translation>Record that these {n} notices reached the agents outside the app ({names}). Say how, for example “handed over at the team meeting of 3 December”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="340"/>
        <source>Record that the notice reached {names} outside the app. Say how, for example “handed over in person on 3 December”.</source>
        <translation>Record that the notice reached {names} outside the app. Say how, for example “handed over in person on 3 December”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="348"/>
        <source>Recorded {n} notices as sent.</source>
        <translation>Recorded {n} notices as sent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="353"/>
        <source>Mark as &amp;sent</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="362"/>
        <source>Mark as acknowledged</source>
        <translation>Mark as acknowledged</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="364"/>
        <source>Record that the agent confirmed receiving these notices ({names}). A note is optional, e.g. “signed copy in the personnel file”.</source>
        <translation>Record that the agent confirmed receiving these notices ({names}). A note is optional, e.g. “signed copy in the personnel file”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="370"/>
        <source>Recorded {n} notices as acknowledged.</source>
        <translation>Recorded {n} notices as acknowledged.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="375"/>
        <source>Mark &amp;acknowledged</source>
        <translation>Mark &amp;acknowledged</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="390"/>
        <source>Save the digests as e-mails in</source>
        <translation>Save the digests as e-mails in</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/notifications_page.py" line="405"/>
        <source>Saved {n} digests in {folder} and recorded them as sent.</source>
        <translation>Saved {n} digests in {folder} and recorded them as sent.</translation>
    </message>
</context>
<context>
    <name>NotifyPrompt</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="67"/>
        <source>Tell {agent}</source>
        <translation>Tell {agent}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="74"/>
        <source>You listened to a call of {agent}. The recording policy says {agent} must be told, by {date} at the latest: which call, why, who listened and how to object.</source>
        <translation>You listened to a call of {agent}. The recording policy says {agent} must be told, by {date} at the latest: which call, why, who listened and how to object.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="79"/>
        <source>Notify {agent} &amp;now</source>
        <translation>Notify {agent} &amp;now</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="82"/>
        <source>&amp;Later (due {date})</source>
        <translation>&amp;Later (due {date})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notify_prompt.py" line="86"/>
        <source>Later keeps the notice on the Notifications page; from the day after {date} it shows as overdue on the Dashboard and at every unlock.</source>
        <translation>Later keeps the notice on the Notifications page; from the day after {date} it shows as overdue on the Dashboard and at every unlock.</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="52"/>
        <source>Objection to sampling</source>
        <translation>Objection to sampling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="71"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="73"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="77"/>
        <source>While an objection is in force, none of the agent&apos;s calls are sampled or stored; each import counts them under “objection”. Stored recordings keep their retention unless the agent also asks for erasure.</source>
        <translation>While an objection is in force, none of the agent&apos;s calls are sampled or stored; each import counts them under “objection”. Stored recordings keep their retention unless the agent also asks for erasure.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="108"/>
        <source>An objection is in force since {date}: their calls are not sampled. Reason: {reason}</source>
        <translation>An objection is in force since {date}: their calls are not sampled. Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="113"/>
        <source>Why the objection ends, e.g. the agent withdrew it in writing</source>
        <translation>Why the objection ends, e.g. the agent withdrew it in writing</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="115"/>
        <source>&amp;Lift objection</source>
        <translation>&amp;Lift objection</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="119"/>
        <source>No objection is in force: their calls may be sampled.</source>
        <translation>No objection is in force: their calls may be sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="121"/>
        <source>The objection answers request {n}.</source>
        <translation>The objection answers request {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="127"/>
        <source>Why the agent objects, e.g. objects to sampling in writing</source>
        <translation>Why the agent objects, e.g. objects to sampling in writing</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/objection_dialog.py" line="129"/>
        <source>&amp;Record objection</source>
        <translation>&amp;Record objection</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_fields.py" line="62"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>OptionalDaysSpinBox</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_fields.py" line="106"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="199"/>
        <source>Passphrase of {name}</source>
        <translation>Passphrase of {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="204"/>
        <source>Only this user&apos;s passphrase changes; other users and the recovery key keep working as before.</source>
        <translation>Only this user&apos;s passphrase changes; other users and the recovery key keep working as before.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="212"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Change passphrase</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="83"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="85"/>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="87"/>
        <source>Change &amp;roles…</source>
        <translation>Change &amp;roles…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="88"/>
        <source>Re&amp;move user…</source>
        <translation>Re&amp;move user…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="90"/>
        <source>Replace recovery &amp;key…</source>
        <translation>Replace recovery &amp;key…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="93"/>
        <source>&amp;Add agent…</source>
        <translation>&amp;Add agent…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="94"/>
        <source>&amp;Edit agent…</source>
        <translation>&amp;Edit agent…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="95"/>
        <source>&amp;Import agents…</source>
        <translation>&amp;Import agents…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="97"/>
        <source>&amp;Add team…</source>
        <translation>&amp;Add team…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="101"/>
        <source>You see the people of your own teams. Only administrators can make changes.</source>
        <translation>You see the people of your own teams. Only administrators can make changes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="116"/>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="123"/>
        <source>A&amp;gents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="125"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="127"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="209"/>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="211"/>
        <source>Remove {name}? They can no longer unlock the vault; what they did stays in the log.</source>
        <translation>Remove {name}? They can no longer unlock the vault; what they did stays in the log.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="214"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="272"/>
        <source>Also re-encrypt the vault (rekey), so an old copy of the key is useless</source>
        <translation>Also re-encrypt the vault (rekey), so an old copy of the key is useless</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="236"/>
        <source>Replace recovery key</source>
        <translation>Replace recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="238"/>
        <source>Make a new recovery key? The old key stops working at once, so have paper or a printer ready: the new key is shown only once, and you must print it or write it down now.</source>
        <translation>Make a new recovery key? The old key stops working at once, so have paper or a printer ready: the new key is shown only once, and you must print it or write it down now.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="245"/>
        <source>Re-encrypting the vault as well means that the old recovery key, with an old copy of the vault, opens nothing later.</source>
        <translation>Re-encrypting the vault as well means that the old recovery key, with an old copy of the vault, opens nothing later.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="242"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="319"/>
        <source>Import agents</source>
        <translation>Import agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="321"/>
        <source>Agents list (*.csv *.txt);;All files (*)</source>
        <translation>Agents list (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/people_page.py" line="340"/>
        <source>The agents list was imported: {added} added, {changed} changed, {left} marked as left.</source>
        <translation>The agents list was imported: {added} added, {changed} changed, {left} marked as left.</translation>
    </message>
</context>
<context>
    <name>PlaceHoldDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="45"/>
        <source>Keep recording {n} as evidence</source>
        <translation>Keep recording {n} as evidence</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="52"/>
        <source>e.g. DOS-2026-17</source>
        <translation>e.g. DOS-2026-17</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="55"/>
        <source>For example: the donor disputes agreeing to a recurring gift</source>
        <translation>For example: the donor disputes agreeing to a recurring gift</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="58"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="59"/>
        <source>&amp;Case reference:</source>
        <translation>&amp;Case reference:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="60"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="61"/>
        <source>Keep until:</source>
        <translation>Keep until:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="65"/>
        <source>The recording is not deleted while the hold lasts: until its last day, or until someone releases it. Leave the day empty if the end is not known yet. Only the purpose held can be listened for; the hold is in the audit log.</source>
        <translation>The recording is not deleted while the hold lasts: until its last day, or until someone releases it. Leave the day empty if the end is not known yet. Only the purpose held can be listened for; the hold is in the audit log.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="71"/>
        <source>&amp;Keep as evidence</source>
        <translation>&amp;Keep as evidence</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="89"/>
        <source>Listening: recording {n}</source>
        <translation>Listening: recording {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="131"/>
        <source>Recording {n}</source>
        <translation>Recording {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="143"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="144"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="147"/>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="303"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="149"/>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="151"/>
        <source>5 seconds back (←)</source>
        <translation>5 seconds back (←)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="153"/>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="155"/>
        <source>5 seconds forward (→)</source>
        <translation>5 seconds forward (→)</translation>
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
        <translation>Space: play or pause · ← →: 5 seconds back or forward · click the waveform</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="187"/>
        <source> · N: a note here · double-click the waveform: a note there</source>
        <translation> · N: a note here · double-click the waveform: a note there</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="195"/>
        <source>This is a &amp;private call…</source>
        <translation>This is a &amp;private call…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="198"/>
        <source>Stop at once and destroy the audio of a call that is not about work</source>
        <translation>Stop at once and destroy the audio of a call that is not about work</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="201"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="303"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="326"/>
        <source>Heard: {s}</source>
        <translation>Heard: {s}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="336"/>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="385"/>
        <source>Private call</source>
        <translation>Private call</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="337"/>
        <source>Is this a private call? Then its audio is destroyed now, for good.</source>
        <translation>Is this a private call? Then its audio is destroyed now, for good.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="343"/>
        <source>Nobody can hear this recording again. A record stays of when it was made, whose call it was and that it was destroyed as a private call, and the agent will be told.</source>
        <translation>Nobody can hear this recording again. A record stays of when it was made, whose call it was and that it was destroyed as a private call, and the agent will be told.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="348"/>
        <source>&amp;Destroy the audio</source>
        <translation>&amp;Destroy the audio</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="386"/>
        <source>The audio of recording {n} was destroyed.</source>
        <translation>The audio of recording {n} was destroyed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/player_window.py" line="392"/>
        <source>A record of the destruction is in the audit log, and the agent will be told that a private call was met and destroyed.</source>
        <translation>A record of the destruction is in the audit log, and the agent will be told that a private call was met and destroyed.</translation>
    </message>
</context>
<context>
    <name>PolicyCheck</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="241"/>
        <source>Enter the name of the organisation.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="243"/>
        <source>Enter the organisation&apos;s full name; “{text}” is not a name.</source>
        <translation>Enter the organisation&apos;s full name; “{text}” is not a name.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="276"/>
        <source>Enter where agents and customers can send objections and access requests.</source>
        <translation>Enter where agents and customers can send objections and access requests.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="281"/>
        <source>Enter an e-mail address, telephone number or postal address where objections and access requests can be sent; “{text}” is none of these.</source>
        <translation>Enter an e-mail address, telephone number or postal address where objections and access requests can be sent; “{text}” is none of these.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="297"/>
        <source>Enter who the privacy officer is.</source>
        <translation>Enter who the privacy officer is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="299"/>
        <source>Enter the privacy officer&apos;s name, such as “M. Jansen”; “{text}” is not a name.</source>
        <translation>Enter the privacy officer&apos;s name, such as “M. Jansen”; “{text}” is not a name.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="328"/>
        <source>Enter how agents can reach the privacy officer.</source>
        <translation>Enter how agents can reach the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="332"/>
        <source>Enter an e-mail address or telephone number for the privacy officer; “{text}” is neither.</source>
        <translation>Enter an e-mail address or telephone number for the privacy officer; “{text}” is neither.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="419"/>
        <source>Remove {roles} from the roles that may listen for the purpose {name}; only team leads and quality coaches can listen.</source>
        <translation>Remove {roles} from the roles that may listen for the purpose {name}; only team leads and quality coaches can listen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="437"/>
        <source>Give purpose {name} a short id of lowercase letters, digits, - or _, such as “training”.</source>
        <translation>Give purpose {name} a short id of lowercase letters, digits, - or _, such as “training”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="443"/>
        <source>Change the id of purpose {name} to lowercase letters, digits, - or _, starting with a letter.</source>
        <translation>Change the id of purpose {name} to lowercase letters, digits, - or _, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="460"/>
        <source>Give purpose {name} a title.</source>
        <translation>Give purpose {name} a title.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="471"/>
        <source>Choose which calls the purpose {name} applies to: all business calls, or named queues or campaigns.</source>
        <translation>Choose which calls the purpose {name} applies to: all business calls, or named queues or campaigns.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="500"/>
        <source>Choose the legal basis for the purpose {name}.</source>
        <translation>Choose the legal basis for the purpose {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="515"/>
        <source>Explain why the chosen legal basis applies to the purpose {name}.</source>
        <translation>Explain why the chosen legal basis applies to the purpose {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="519"/>
        <source>The explanation of the legal basis of the purpose {name} is too short to show anything; explain in at least {n} words why the basis applies, not just “{text}”.</source>
        <translation>The explanation of the legal basis of the purpose {name} is too short to show anything; explain in at least {n} words why the basis applies, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="536"/>
        <source>Write why recording is necessary for the purpose {name} and which less intrusive means were weighed.</source>
        <translation>Write why recording is necessary for the purpose {name} and which less intrusive means were weighed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="542"/>
        <source>The necessity of the purpose {name} is too short to convince anyone; write in at least {n} words why recording is needed and which milder means were weighed, not just “{text}”.</source>
        <translation>The necessity of the purpose {name} is too short to convince anyone; write in at least {n} words why recording is needed and which milder means were weighed, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="559"/>
        <source>Set how many days recordings are kept for the purpose {name}: from {minimum} to {maximum}.</source>
        <translation>Set how many days recordings are kept for the purpose {name}: from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="576"/>
        <source>State why recordings for the purpose {name} are kept longer than a year.</source>
        <translation>State why recordings for the purpose {name} are kept longer than a year.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="581"/>
        <source>The reason why recordings for the purpose {name} are kept this long is too short; explain in at least {n} words why, not just “{text}”.</source>
        <translation>The reason why recordings for the purpose {name} are kept this long is too short; explain in at least {n} words why, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="595"/>
        <source>Choose which roles may listen for the purpose {name}.</source>
        <translation>Choose which roles may listen for the purpose {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="697"/>
        <source>Choose whether the app draws the sample of calls or the telephone system already did.</source>
        <translation>Choose whether the app draws the sample of calls or the telephone system already did.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="712"/>
        <source>Set the share of business calls to sample: more than 0 % and at most 100 % (e.g. 5 %).</source>
        <translation>Set the share of business calls to sample: more than 0 % and at most 100 % (e.g. 5 %).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="731"/>
        <source>Set the most calls per agent per week that may be sampled: from {minimum} to {maximum}.</source>
        <translation>Set the most calls per agent per week that may be sampled: from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="748"/>
        <source>Set the fewest calls per agent per week to sample: from {minimum} to {maximum}.</source>
        <translation>Set the fewest calls per agent per week to sample: from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="764"/>
        <source>State why the sample is this large.</source>
        <translation>State why the sample is this large.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="766"/>
        <source>The reason for so large a sample is too short; explain in at least {n} words why so many calls are needed, not just “{text}”.</source>
        <translation>The reason for so large a sample is too short; explain in at least {n} words why so many calls are needed, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="787"/>
        <source>Choose the time zone of the telephone system.</source>
        <translation>Choose the time zone of the telephone system.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="792"/>
        <source>The time zone “{text}” is not known; use a name like Europe/Amsterdam.</source>
        <translation>The time zone “{text}” is not known; use a name like Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="843"/>
        <source>No protected numbers are listed, so nothing keeps calls with the confidential counsellor, company doctor or works council out by their number; add those numbers, unless there are none.</source>
        <translation>No protected numbers are listed, so nothing keeps calls with the confidential counsellor, company doctor or works council out by their number; add those numbers, unless there are none.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="862"/>
        <source>Correct the internal extension ranges: each must run from a lower to a higher number.</source>
        <translation>Correct the internal extension ranges: each must run from a lower to a higher number.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="900"/>
        <source>Set within how many days an agent is told that a call of theirs was listened to: from {minimum} to {maximum}.</source>
        <translation>Set within how many days an agent is told that a call of theirs was listened to: from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="918"/>
        <source>Set within how many days an agent is told that a call of theirs was recorded: from {minimum} to {maximum}.</source>
        <translation>Set within how many days an agent is told that a call of theirs was recorded: from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="941"/>
        <source>Choose whether agents get a notice per recording or a weekly digest.</source>
        <translation>Choose whether agents get a notice per recording or a weekly digest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="957"/>
        <source>The works council&apos;s consent date ({date}) lies in the future; enter the day it actually consented.</source>
        <translation>The works council&apos;s consent date ({date}) lies in the future; enter the day it actually consented.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="981"/>
        <source>State why the works council&apos;s consent does not apply.</source>
        <translation>State why the works council&apos;s consent does not apply.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="985"/>
        <source>The reason why the works council need not consent is too short to check; explain in at least {n} words why consent does not apply, not just “{text}”.</source>
        <translation>The reason why the works council need not consent is too short to check; explain in at least {n} words why consent does not apply, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1015"/>
        <source>Record that a DPIA was carried out.</source>
        <translation>Record that a DPIA was carried out.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1017"/>
        <source>A risk assessment is not enough: listening back to employees&apos; calls is systematic monitoring of employees, which the Dutch Data Protection Authority lists as always needing a DPIA (art. 35 GDPR); carry out a DPIA and record it.</source>
        <translation>A risk assessment is not enough: listening back to employees&apos; calls is systematic monitoring of employees, which the Dutch Data Protection Authority lists as always needing a DPIA (art. 35 GDPR); carry out a DPIA and record it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1032"/>
        <source>Record the date of the DPIA.</source>
        <translation>Record the date of the DPIA.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1033"/>
        <source>The DPIA&apos;s date ({date}) lies in the future; enter the day it was completed.</source>
        <translation>The DPIA&apos;s date ({date}) lies in the future; enter the day it was completed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1044"/>
        <source>Record the reference of the DPIA, such as its document number.</source>
        <translation>Record the reference of the DPIA, such as its document number.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1065"/>
        <source>Confirm that callers hear that calls are recorded, and since when.</source>
        <translation>Confirm that callers hear that calls are recorded, and since when.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1075"/>
        <source>Enter since when callers hear that calls are recorded.</source>
        <translation>Enter since when callers hear that calls are recorded.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1078"/>
        <source>The announcement to callers cannot start in the future ({date}); enter the day callers first heard it.</source>
        <translation>The announcement to callers cannot start in the future ({date}); enter the day callers first heard it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1108"/>
        <source>State how many days the telephone system keeps its own recordings: from {minimum} to {maximum}.</source>
        <translation>State how many days the telephone system keeps its own recordings: from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1123"/>
        <source>State who removes the telephone system&apos;s own recordings.</source>
        <translation>State who removes the telephone system&apos;s own recordings.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1144"/>
        <source>Write how recordings are secured (the app&apos;s own measures can be used as a start).</source>
        <translation>Write how recordings are secured (the app&apos;s own measures can be used as a start).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1149"/>
        <source>The security statement is too short to describe any measure; write in at least {n} words how recordings are secured, not just “{text}”.</source>
        <translation>The security statement is too short to describe any measure; write in at least {n} words how recordings are secured, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1230"/>
        <source>Choose what the results of listening back may be used for.</source>
        <translation>Choose what the results of listening back may be used for.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1240"/>
        <source>Enter the date from which the staff regulation applies.</source>
        <translation>Enter the date from which the staff regulation applies.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1253"/>
        <source>Enter who adopted the staff regulation.</source>
        <translation>Enter who adopted the staff regulation.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1255"/>
        <source>Say who adopted the staff regulation, such as “the board of directors”; “{text}” does not say who.</source>
        <translation>Say who adopted the staff regulation, such as “the board of directors”; “{text}” does not say who.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1272"/>
        <source>Enter when and with whom the staff regulation is evaluated.</source>
        <translation>Enter when and with whom the staff regulation is evaluated.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1276"/>
        <source>The evaluation is too short to plan anything; say in at least {n} words when and with whom the staff regulation is evaluated, not just “{text}”.</source>
        <translation>The evaluation is too short to plan anything; say in at least {n} words when and with whom the staff regulation is evaluated, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1299"/>
        <source>State who outside the organisation receives recordings or call data, or that nobody does.</source>
        <translation>State who outside the organisation receives recordings or call data, or that nobody does.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1305"/>
        <source>The statement on recipients is too short; say in at least {n} words who receives recordings or call data, not just “{text}”.</source>
        <translation>The statement on recipients is too short; say in at least {n} words who receives recordings or call data, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1323"/>
        <source>State whether data is transferred outside the European Economic Area.</source>
        <translation>State whether data is transferred outside the European Economic Area.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1328"/>
        <source>The statement on transfers is too short; say in at least {n} words whether data leaves the European Economic Area, not just “{text}”.</source>
        <translation>The statement on transfers is too short; say in at least {n} words whether data leaves the European Economic Area, not just “{text}”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1368"/>
        <source>Write at least one expectation for the agent protocol, such as “Always be polite”.</source>
        <translation>Write at least one expectation for the agent protocol, such as “Always be polite”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1373"/>
        <source>Remove the empty line from the agent protocol.</source>
        <translation>Remove the empty line from the agent protocol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1376"/>
        <source>The agent protocol has a different number of expectations in each language; write every expectation in every language, one per line.</source>
        <translation>The agent protocol has a different number of expectations in each language; write every expectation in every language, one per line.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1412"/>
        <source>Add at least one purpose for which calls may be listened to.</source>
        <translation>Add at least one purpose for which calls may be listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1416"/>
        <source>Two purposes have the id “{id}”; give each purpose its own id.</source>
        <translation>Two purposes have the id “{id}”; give each purpose its own id.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="126"/>
        <source>Only roles that may listen for the purpose {name} can keep its recordings as evidence; remove {roles} or let that role listen.</source>
        <translation>Only roles that may listen for the purpose {name} can keep its recordings as evidence; remove {roles} or let that role listen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="142"/>
        <source>The purpose {name} keeps recordings as evidence and is also marked for coaching; scores and notes belong to coaching only, so remove who may keep as evidence or untick coaching.</source>
        <translation>The purpose {name} keeps recordings as evidence and is also marked for coaching; scores and notes belong to coaching only, so remove who may keep as evidence or untick coaching.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="156"/>
        <source>Recordings for the purpose {name} are kept {days} days, longer than a year; state why the purpose needs that long, or keep them at most 365 days.</source>
        <translation>Recordings for the purpose {name} are kept {days} days, longer than a year; state why the purpose needs that long, or keep them at most 365 days.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="173"/>
        <source>The purpose {name} applies to queues the scope does not count as business calls ({items}); add them to the scope&apos;s queues or remove them from the purpose.</source>
        <translation>The purpose {name} applies to queues the scope does not count as business calls ({items}); add them to the scope&apos;s queues or remove them from the purpose.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="184"/>
        <source>The purpose {name} applies to campaigns the scope does not know ({items}); add them to the scope&apos;s campaign contexts or account codes, or remove them from the purpose.</source>
        <translation>The purpose {name} applies to campaigns the scope does not know ({items}); add them to the scope&apos;s campaign contexts or account codes, or remove them from the purpose.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="201"/>
        <source>The fewest calls per agent per week is more than the most; lower the fewest or raise the most.</source>
        <translation>The fewest calls per agent per week is more than the most; lower the fewest or raise the most.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="212"/>
        <source>A sample of {rate} % of the business calls is more than 20 %; state why so many calls are needed, or lower the share.</source>
        <translation>A sample of {rate} % of the business calls is more than 20 %; state why so many calls are needed, or lower the share.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="222"/>
        <source>Keeping up to {count} calls of an agent per week is more than 25; state why so many are needed, or lower the number.</source>
        <translation>Keeping up to {count} calls of an agent per week is more than 25; state why so many are needed, or lower the number.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="236"/>
        <source>Name at least one business queue, inbound number, campaign context or account code; until then no call counts as a business call.</source>
        <translation>Name at least one business queue, inbound number, campaign context or account code; until then no call counts as a business call.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="252"/>
        <source>Record either the works council&apos;s consent or why it does not apply, not both.</source>
        <translation>Record either the works council&apos;s consent or why it does not apply, not both.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="260"/>
        <source>Record both the date and the reference of the works council&apos;s consent.</source>
        <translation>Record both the date and the reference of the works council&apos;s consent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="268"/>
        <source>Record the date and reference of the works council&apos;s consent, or why consent does not apply.</source>
        <translation>Record the date and reference of the works council&apos;s consent, or why consent does not apply.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="282"/>
        <source>Publish the staff-regulation section on call recording for this version of the policy.</source>
        <translation>Publish the staff-regulation section on call recording for this version of the policy.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_check.py" line="291"/>
        <source>Publish the agent protocol for this version of the policy.</source>
        <translation>Publish the agent protocol for this version of the policy.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="52"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="53"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="55"/>
        <source>It is still missing in {languages}.</source>
        <translation>It is still missing in {languages}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="56"/>
        <source>{first} and {second}</source>
        <translation>{first} and {second}</translation>
    </message>
</context>
<context>
    <name>PolicyChoice</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="261"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="262"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="489"/>
        <source>Legitimate interest (art. 6(1)(f))</source>
        <translation>Legitimate interest (art. 6(1)(f))</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="492"/>
        <source>Legal obligation (art. 6(1)(c))</source>
        <translation>Legal obligation (art. 6(1)(c))</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="495"/>
        <source>Contract (art. 6(1)(b))</source>
        <translation>Contract (art. 6(1)(b))</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="688"/>
        <source>This app draws a random sample at import</source>
        <translation>This app draws a random sample at import</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="691"/>
        <source>The telephone system already samples; import every recording</source>
        <translation>The telephone system already samples; import every recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="933"/>
        <source>A notice for every recording</source>
        <translation>A notice for every recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="936"/>
        <source>One overview per week</source>
        <translation>One overview per week</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1007"/>
        <source>DPIA (data protection impact assessment)</source>
        <translation>DPIA (data protection impact assessment)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1010"/>
        <source>Documented risk assessment</source>
        <translation>Documented risk assessment</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1219"/>
        <source>Feedback and coaching only</source>
        <translation>Feedback and coaching only</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1222"/>
        <source>Also in performance appraisals</source>
        <translation>Also in performance appraisals</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1225"/>
        <source>Also in appraisals and for disciplinary measures</source>
        <translation>Also in appraisals and for disciplinary measures</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_editor.py" line="167"/>
        <source>{n} missing</source>
        <translation>{n} missing</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_editor.py" line="167"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
</context>
<context>
    <name>PolicyField</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="236"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="237"/>
        <source>The organisation&apos;s name as the documents print it.</source>
        <translation>The organisation&apos;s name as the documents print it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="252"/>
        <source>Main &amp;language:</source>
        <translation>Main &amp;language:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="253"/>
        <source>A text written without a language, such as a plain string in a policy file, counts as this language. Texts are needed in this language and in each language an agent reads.</source>
        <translation>A text written without a language, such as a plain string in a policy file, counts as this language. Texts are needed in this language and in each language an agent reads.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="268"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="269"/>
        <source>Where agents and customers send objections and requests to see recordings.</source>
        <translation>Where agents and customers send objections and requests to see recordings.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="274"/>
        <source>e.g. privacy@example.nl</source>
        <translation>e.g. privacy@example.nl</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="290"/>
        <source>&amp;Privacy officer:</source>
        <translation>&amp;Privacy officer:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="291"/>
        <source>The name of the data protection officer, or of the person who answers privacy questions where there is none.</source>
        <translation>The name of the data protection officer, or of the person who answers privacy questions where there is none.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="307"/>
        <source>A data protection officer (art. 37 GDPR) &amp;appointed</source>
        <translation>A data protection officer (art. 37 GDPR) &amp;appointed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="310"/>
        <source>Documents call them the data protection officer; otherwise the contact person for privacy.</source>
        <translation>Documents call them the data protection officer; otherwise the contact person for privacy.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="319"/>
        <source>Privacy officer&apos;s c&amp;ontact:</source>
        <translation>Privacy officer&apos;s c&amp;ontact:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="320"/>
        <source>An e-mail address or telephone number at which agents reach the privacy officer directly.</source>
        <translation>An e-mail address or telephone number at which agents reach the privacy officer directly.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="326"/>
        <source>e.g. fg@example.nl</source>
        <translation>e.g. fg@example.nl</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="432"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="433"/>
        <source>Lowercase letters, digits, - or _.</source>
        <translation>Lowercase letters, digits, - or _.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="435"/>
        <source>e.g. training</source>
        <translation>e.g. training</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="455"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="456"/>
        <source>The purpose&apos;s name as agents read it in documents and notices.</source>
        <translation>The purpose&apos;s name as agents read it in documents and notices.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="465"/>
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="466"/>
        <source>All business calls, or only the calls of named queues or campaigns.</source>
        <translation>All business calls, or only the calls of named queues or campaigns.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="482"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="483"/>
        <source>Consent is not offered: an employee cannot freely refuse their employer.</source>
        <translation>Consent is not offered: an employee cannot freely refuse their employer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="507"/>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="508"/>
        <source>Why the legal basis applies: the interest served, and why it outweighs the agents&apos; privacy.</source>
        <translation>Why the legal basis applies: the interest served, and why it outweighs the agents&apos; privacy.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="528"/>
        <source>&amp;Necessity:</source>
        <translation>&amp;Necessity:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="529"/>
        <source>Why recording is needed and which less intrusive means were weighed.</source>
        <translation>Why recording is needed and which less intrusive means were weighed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="555"/>
        <source>&amp;Keep for:</source>
        <translation>&amp;Keep for:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="556"/>
        <source>Counted from the day of the call.</source>
        <translation>Counted from the day of the call.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="568"/>
        <source>Why this &amp;long:</source>
        <translation>Why this &amp;long:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="569"/>
        <source>Needed when recordings are kept longer than 365 days: why the purpose needs that long.</source>
        <translation>Needed when recordings are kept longer than 365 days: why the purpose needs that long.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="590"/>
        <source>Who may listen:</source>
        <translation>Who may listen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="591"/>
        <source>Only team leads and quality coaches can ever listen.</source>
        <translation>Only team leads and quality coaches can ever listen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="605"/>
        <source>Tell the agent &amp;who listened</source>
        <translation>Tell the agent &amp;who listened</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="606"/>
        <source>The notice names who listened; otherwise only their role.</source>
        <translation>The notice names who listened; otherwise only their role.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="615"/>
        <source>Who may keep as evidence:</source>
        <translation>Who may keep as evidence:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="616"/>
        <source>Longer than the retention period, for a concrete case with its case reference. Leave empty when this purpose needs no evidence.</source>
        <translation>Longer than the retention period, for a concrete case with its case reference. Leave empty when this purpose needs no evidence.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="630"/>
        <source>&amp;Coaching: score the call against the agent protocol</source>
        <translation>&amp;Coaching: score the call against the agent protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="633"/>
        <source>Listeners may fill in a scorecard, note moments in the call and send the agent a feedback sheet. These are deleted with the recording.</source>
        <translation>Listeners may fill in a scorecard, note moments in the call and send the agent a feedback sheet. These are deleted with the recording.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="681"/>
        <source>&amp;Who samples:</source>
        <translation>&amp;Who samples:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="682"/>
        <source>This app draws a random sample when calls are imported, or the telephone system records only a sample itself.</source>
        <translation>This app draws a random sample when calls are imported, or the telephone system records only a sample itself.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="706"/>
        <source>&amp;Share of calls:</source>
        <translation>&amp;Share of calls:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="707"/>
        <source>The share of business calls the app keeps, e.g. 5 %.</source>
        <translation>The share of business calls the app keeps, e.g. 5 %.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="727"/>
        <source>&amp;Most per agent:</source>
        <translation>&amp;Most per agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="728"/>
        <source>The most calls of one agent kept per week.</source>
        <translation>The most calls of one agent kept per week.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="742"/>
        <source>&amp;Fewest per agent:</source>
        <translation>&amp;Fewest per agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="743"/>
        <source>At least this many calls of each agent per week, if there are enough.</source>
        <translation>At least this many calls of each agent per week, if there are enough.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="756"/>
        <source>Why this &amp;many:</source>
        <translation>Why this &amp;many:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="757"/>
        <source>Needed when more than 20 % of the calls, or more than 25 calls of an agent per week, are kept: why so many are needed.</source>
        <translation>Needed when more than 20 % of the calls, or more than 25 calls of an agent per week, are kept: why so many are needed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="781"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="782"/>
        <source>The clock of the telephone system, e.g. Europe/Amsterdam.</source>
        <translation>The clock of the telephone system, e.g. Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="801"/>
        <source>&amp;Queues:</source>
        <translation>&amp;Queues:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="802"/>
        <source>Queues whose calls are business calls.</source>
        <translation>Queues whose calls are business calls.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="803"/>
        <source>e.g. 400, 401</source>
        <translation>e.g. 400, 401</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="808"/>
        <source>Inbound &amp;numbers:</source>
        <translation>Inbound &amp;numbers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="809"/>
        <source>The organisation&apos;s own numbers whose calls are business calls.</source>
        <translation>The organisation&apos;s own numbers whose calls are business calls.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="812"/>
        <source>e.g. +31201234500</source>
        <translation>e.g. +31201234500</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="817"/>
        <source>Campaign &amp;contexts:</source>
        <translation>Campaign &amp;contexts:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="818"/>
        <source>Dial-plan contexts of outbound campaigns in the telephone system.</source>
        <translation>Dial-plan contexts of outbound campaigns in the telephone system.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="825"/>
        <source>Campaign &amp;account codes:</source>
        <translation>Campaign &amp;account codes:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="826"/>
        <source>Account codes of outbound campaigns in the telephone system.</source>
        <translation>Account codes of outbound campaigns in the telephone system.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="835"/>
        <source>&amp;Protected numbers:</source>
        <translation>&amp;Protected numbers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="836"/>
        <source>One per line: the confidential counsellor, company doctor, works council… Calls to or from these numbers are never kept.</source>
        <translation>One per line: the confidential counsellor, company doctor, works council… Calls to or from these numbers are never kept.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="853"/>
        <source>Internal &amp;extensions:</source>
        <translation>Internal &amp;extensions:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="854"/>
        <source>Ranges of colleagues&apos; extensions; calls between them are never kept.</source>
        <translation>Ranges of colleagues&apos; extensions; calls between them are never kept.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="859"/>
        <source>e.g. 100-399, 500</source>
        <translation>e.g. 100-399, 500</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="895"/>
        <source>After a &amp;listen, within:</source>
        <translation>After a &amp;listen, within:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="896"/>
        <source>An agent is told of each listen separately, within this time.</source>
        <translation>An agent is told of each listen separately, within this time.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="912"/>
        <source>After &amp;recording, within:</source>
        <translation>After &amp;recording, within:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="913"/>
        <source>Counted from the recording, or in a weekly overview from the week&apos;s first one.</source>
        <translation>Counted from the recording, or in a weekly overview from the week&apos;s first one.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="928"/>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="929"/>
        <source>How agents hear that their calls were recorded.</source>
        <translation>How agents hear that their calls were recorded.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="955"/>
        <location filename="../../supervisor_app/domain/policy.py" line="1029"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="956"/>
        <source>The day the works council consented.</source>
        <translation>The day the works council consented.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="966"/>
        <location filename="../../supervisor_app/domain/policy.py" line="1041"/>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="967"/>
        <source>The reference of the works council&apos;s decision or letter.</source>
        <translation>The reference of the works council&apos;s decision or letter.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="974"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="975"/>
        <source>Why the works council&apos;s consent does not apply.</source>
        <translation>Why the works council&apos;s consent does not apply.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="978"/>
        <source>e.g. the organisation has no works council</source>
        <translation>e.g. the organisation has no works council</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1001"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1002"/>
        <source>Listening back to employees&apos; calls is systematic monitoring: a DPIA is required.</source>
        <translation>Listening back to employees&apos; calls is systematic monitoring: a DPIA is required.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1030"/>
        <source>The day the DPIA was completed.</source>
        <translation>The day the DPIA was completed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1042"/>
        <source>The DPIA&apos;s document number or title.</source>
        <translation>The DPIA&apos;s document number or title.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1061"/>
        <source>Callers are told calls may be &amp;recorded</source>
        <translation>Callers are told calls may be &amp;recorded</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1062"/>
        <source>Before the call starts, with the reason why.</source>
        <translation>Before the call starts, with the reason why.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1072"/>
        <source>Since:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1073"/>
        <source>The day callers first heard it.</source>
        <translation>The day callers first heard it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1100"/>
        <source>Kept &amp;there for:</source>
        <translation>Kept &amp;there for:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1101"/>
        <source>The telephone system keeps every recorded call until it is removed there; the staff regulation says how long.</source>
        <translation>The telephone system keeps every recorded call until it is removed there; the staff regulation says how long.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1117"/>
        <source>Removed by:</source>
        <translation>Removed by:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1118"/>
        <source>Who removes them there, as the staff regulation names them.</source>
        <translation>Who removes them there, as the staff regulation names them.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1121"/>
        <source>e.g. the IT department</source>
        <translation>e.g. the IT department</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1137"/>
        <source>&amp;Security:</source>
        <translation>&amp;Security:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1138"/>
        <source>How recordings are secured; add what the organisation does around the app.</source>
        <translation>How recordings are secured; add what the organisation does around the app.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1160"/>
        <source>Works council</source>
        <translation>Works council</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1161"/>
        <source>The works council&apos;s consent (art. 27, paragraph 1, under l and k, Works Councils Act), or why it does not apply. Calls from before the consent date are never imported.</source>
        <translation>The works council&apos;s consent (art. 27, paragraph 1, under l and k, Works Councils Act), or why it does not apply. Calls from before the consent date are never imported.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1173"/>
        <source>Impact assessment</source>
        <translation>Impact assessment</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1174"/>
        <source>The data protection impact assessment (DPIA) of listening back to calls.</source>
        <translation>The data protection impact assessment (DPIA) of listening back to calls.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1184"/>
        <source>Announcement to callers</source>
        <translation>Announcement to callers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1185"/>
        <source>Callers hear at the start of the call that it may be recorded, and why. Calls from before this date are never imported.</source>
        <translation>Callers hear at the start of the call that it may be recorded, and why. Calls from before this date are never imported.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1196"/>
        <source>The telephone system&apos;s own recordings</source>
        <translation>The telephone system&apos;s own recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1197"/>
        <source>The telephone system keeps its own copy of every recorded call until it is removed there.</source>
        <translation>The telephone system keeps its own copy of every recorded call until it is removed there.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1213"/>
        <source>&amp;Use of results:</source>
        <translation>&amp;Use of results:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1214"/>
        <source>What listening back may lead to; the staff regulation says so.</source>
        <translation>What listening back may lead to; the staff regulation says so.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1237"/>
        <source>In &amp;force from:</source>
        <translation>In &amp;force from:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1238"/>
        <source>The day the staff regulation applies from.</source>
        <translation>The day the staff regulation applies from.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1247"/>
        <source>&amp;Adopted by:</source>
        <translation>&amp;Adopted by:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1248"/>
        <source>Who adopted the regulation, e.g. the board of directors.</source>
        <translation>Who adopted the regulation, e.g. the board of directors.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1251"/>
        <source>e.g. the board of directors</source>
        <translation>e.g. the board of directors</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1264"/>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluation:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1265"/>
        <source>When and with whom the regulation is evaluated, e.g. every year in March with the works council.</source>
        <translation>When and with whom the regulation is evaluated, e.g. every year in March with the works council.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1292"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1293"/>
        <source>Who outside the organisation receives recordings or call data, if anyone.</source>
        <translation>Who outside the organisation receives recordings or call data, if anyone.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1315"/>
        <source>&amp;Transfers:</source>
        <translation>&amp;Transfers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1316"/>
        <source>Whether data goes to countries outside the European Economic Area, and on which terms.</source>
        <translation>Whether data goes to countries outside the European Economic Area, and on which terms.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1343"/>
        <source>A caller may learn the &amp;first name of the agent they spoke to</source>
        <translation>A caller may learn the &amp;first name of the agent they spoke to</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1346"/>
        <source>In the copy a caller receives when they ask for their recordings; otherwise it says nothing about the agent.</source>
        <translation>In the copy a caller receives when they ask for their recordings; otherwise it says nothing about the agent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1362"/>
        <source>&amp;Expectations:</source>
        <translation>&amp;Expectations:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1363"/>
        <source>One expectation per line, in the same order in each language.</source>
        <translation>One expectation per line, in the same order in each language.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1396"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1397"/>
        <source>The organisation responsible for the recordings (the controller).</source>
        <translation>The organisation responsible for the recordings (the controller).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1405"/>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1406"/>
        <source>A recording kept for one purpose is never used for another. Each purpose needs a legal basis, a reason why recording is necessary and a retention period.</source>
        <translation>A recording kept for one purpose is never used for another. Each purpose needs a legal basis, a reason why recording is necessary and a retention period.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1425"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1426"/>
        <source>Only a sample of business calls may be kept and heard, never every call of an agent.</source>
        <translation>Only a sample of business calls may be kept and heard, never every call of an agent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1436"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1437"/>
        <source>Only business calls can be kept: calls through the queues, numbers and campaigns named here. Everything else is left out. Separate several values with commas.</source>
        <translation>Only business calls can be kept: calls through the queues, numbers and campaigns named here. Everything else is left out. Separate several values with commas.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1448"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1449"/>
        <source>Agents are told afterwards that a call of theirs was recorded or listened to.</source>
        <translation>Agents are told afterwards that a call of theirs was recorded or listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1458"/>
        <source>Attestations</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1459"/>
        <source>What the organisation has arranged outside the app.</source>
        <translation>What the organisation has arranged outside the app.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1465"/>
        <source>Staff regulation</source>
        <translation>Staff regulation</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1466"/>
        <source>What the staff regulation says besides the purposes: what the results are used for, from when it applies, who adopted it and when it is evaluated.</source>
        <translation>What the staff regulation says besides the purposes: what the results are used for, from when it applies, who adopted it and when it is evaluated.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1476"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1477"/>
        <source>What the register of processing (art. 30 GDPR) says about who receives the data and where it goes.</source>
        <translation>What the register of processing (art. 30 GDPR) says about who receives the data and where it goes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1487"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1488"/>
        <source>What the answer to a request for access may contain.</source>
        <translation>What the answer to a request for access may contain.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1497"/>
        <source>Agent protocol</source>
        <translation>Agent protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="1498"/>
        <source>Every agent receives these expectations in the agent protocol before any call of theirs can be sampled.</source>
        <translation>Every agent receives these expectations in the agent protocol before any call of theirs can be sampled.</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="378"/>
        <source>Write &quot;all&quot;, or a table such as {{ queues = [&quot;400&quot;], campaigns = [&quot;donor&quot;] }}.</source>
        <translation>Write &quot;all&quot;, or a table such as {{ queues = [&quot;400&quot;], campaigns = [&quot;donor&quot;] }}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy.py" line="717"/>
        <source>The rate is a share of calls: more than 0 and at most 1 (e.g. 0.05).</source>
        <translation>The rate is a share of calls: more than 0 and at most 1 (e.g. 0.05).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="302"/>
        <source>Unknown key “{name}”; did you mean “{close}”? Valid keys here: {valid}.</source>
        <translation>Unknown key “{name}”; did you mean “{close}”? Valid keys here: {valid}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="313"/>
        <source>Unknown key “{name}”. Valid keys here: {valid}.</source>
        <translation>Unknown key “{name}”. Valid keys here: {valid}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="329"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="331"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="334"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="337"/>
        <source>a table</source>
        <translation>a table</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="339"/>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="343"/>
        <source>This must be text in quotes, not {what}.</source>
        <translation>This must be text in quotes, not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="344"/>
        <source>This must be a list of texts such as [&quot;a&quot;, &quot;b&quot;], not {what}.</source>
        <translation>This must be a list of texts such as [&quot;a&quot;, &quot;b&quot;], not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="347"/>
        <source>This must be a whole number, not {what}.</source>
        <translation>This must be a whole number, not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="348"/>
        <source>This must be true or false, not {what}.</source>
        <translation>This must be true or false, not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="422"/>
        <source>This must be text in quotes, or one text per language such as {{ nl = &quot;…&quot;, en = &quot;…&quot; }}, not {what}.</source>
        <translation>This must be text in quotes, or one text per language such as {{ nl = &quot;…&quot;, en = &quot;…&quot; }}, not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="435"/>
        <source>Unknown language “{language}”; write the text per language as nl = &quot;…&quot; and en = &quot;…&quot;.</source>
        <translation>Unknown language “{language}”; write the text per language as nl = &quot;…&quot; and en = &quot;…&quot;.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="512"/>
        <source>This must be a list of texts such as [&quot;a&quot;, &quot;b&quot;], or one list per language, not {what}.</source>
        <translation>This must be a list of texts such as [&quot;a&quot;, &quot;b&quot;], or one list per language, not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="525"/>
        <source>Unknown language “{language}”; write one list per language as nl = [...] and en = [...].</source>
        <translation>Unknown language “{language}”; write one list per language as nl = [...] and en = [...].</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="576"/>
        <source>Entry {n} must be text in quotes, not {what}.</source>
        <translation>Entry {n} must be text in quotes, not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="587"/>
        <source>Entry {n} is empty; remove it or fill it in.</source>
        <translation>Entry {n} is empty; remove it or fill it in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="661"/>
        <source>This must be a whole number from {minimum} to {maximum}, not {value}.</source>
        <translation>This must be a whole number from {minimum} to {maximum}, not {value}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="725"/>
        <source>The rate must be a number such as 0.05.</source>
        <translation>The rate must be a number such as 0.05.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="781"/>
        <source>Unknown value “{value}”; use one of: {valid}.</source>
        <translation>Unknown value “{value}”; use one of: {valid}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="850"/>
        <source>This must be a date such as 2026-09-01, not {what}.</source>
        <translation>This must be a date such as 2026-09-01, not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="896"/>
        <source>The role {role} can never listen; only team_lead and quality_coach can.</source>
        <translation>The role {role} can never listen; only team_lead and quality_coach can.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="941"/>
        <source>This must be text such as &quot;100-399, 500&quot;, not {what}.</source>
        <translation>This must be text such as &quot;100-399, 500&quot;, not {what}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="979"/>
        <source>Write {name} as a table: [{name}] followed by its keys.</source>
        <translation>Write {name} as a table: [{name}] followed by its keys.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="1022"/>
        <source>Write each entry as its own [[{name}]] table (with double brackets).</source>
        <translation>Write each entry as its own [[{name}]] table (with double brackets).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/domain/policy_schema.py" line="1036"/>
        <source>Each entry must be a table of keys and values.</source>
        <translation>Each entry must be a table of keys and values.</translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/policy_labels.py" line="16"/>
        <source>Staff regulation: call recording</source>
        <translation>Staff regulation: call recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/policy_labels.py" line="19"/>
        <source>Agent protocol</source>
        <translation>Agent protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/policy_labels.py" line="20"/>
        <source>Register of processing (art. 30)</source>
        <translation>Register of processing (art. 30)</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="76"/>
        <source>Recording policy</source>
        <translation>Recording policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="81"/>
        <source>Only administrators can change the policy; you can read every part of it.</source>
        <translation>Only administrators can change the policy; you can read every part of it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="95"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="99"/>
        <source>&amp;Import TOML…</source>
        <translation>&amp;Import TOML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="101"/>
        <source>E&amp;xport TOML…</source>
        <translation>E&amp;xport TOML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="115"/>
        <source>&amp;View version…</source>
        <translation>&amp;View version…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="120"/>
        <source>Every save makes a new version; old versions stay readable.</source>
        <translation>Every save makes a new version; old versions stay readable.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="128"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="191"/>
        <source>Version {n}, saved {when} by {who}</source>
        <translation>Version {n}, saved {when} by {who}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="198"/>
        <source>No version saved yet</source>
        <translation>No version saved yet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="243"/>
        <source>Save or discard your changes first.</source>
        <translation>Save or discard your changes first.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="246"/>
        <source>Correct the fields marked in red before saving.</source>
        <translation>Correct the fields marked in red before saving.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="248"/>
        <source>Unsaved changes.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="277"/>
        <source>Saved as version {n}.</source>
        <translation>Saved as version {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="331"/>
        <source>Shorter retention</source>
        <translation>Shorter retention</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="333"/>
        <source>This version shortens the retention of {n} stored recordings. {due} of them are then past their retention and are deleted at the next purge, which runs after the next unlock. This cannot be undone.</source>
        <translation>This version shortens the retention of {n} stored recordings. {due} of them are then past their retention and are deleted at the next purge, which runs after the next unlock. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="340"/>
        <source>&amp;Shorten retention</source>
        <translation>&amp;Shorten retention</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="369"/>
        <source>Import policy</source>
        <translation>Import policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="382"/>
        <source>Imported as version {n}.</source>
        <translation>Imported as version {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="392"/>
        <source>The policy file {file} is empty, so it was not imported; export the current policy with “Export TOML”, edit that file and import it.</source>
        <translation>The policy file {file} is empty, so it was not imported; export the current policy with “Export TOML”, edit that file and import it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="398"/>
        <source>The policy file {file} was not imported because it has a problem; fix it and import the file again:</source>
        <translation>The policy file {file} was not imported because it has a problem; fix it and import the file again:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="403"/>
        <source>The policy file {file} was not imported because it has {n} problems; fix them and import the file again:</source>
        <translation>The policy file {file} was not imported because it has {n} problems; fix them and import the file again:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="420"/>
        <source>Export policy</source>
        <translation>Export policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/policy_page.py" line="441"/>
        <source>Version {n} exported to {file}.</source>
        <translation>Version {n} exported to {file}.</translation>
    </message>
</context>
<context>
    <name>PolicyWidgets</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="78"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="79"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="356"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="474"/>
        <source>Write ranges as numbers, like 100-399, 500; “{text}” cannot be read.</source>
        <translation>Write ranges as numbers, like 100-399, 500; “{text}” cannot be read.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="487"/>
        <source>All business &amp;calls</source>
        <translation>All business &amp;calls</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="490"/>
        <source>Only these queues or campaigns:</source>
        <translation>Only these queues or campaigns:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="497"/>
        <source>Queues, e.g. 400, 401</source>
        <translation>Queues, e.g. 400, 401</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_widgets.py" line="501"/>
        <source>Campaigns, e.g. donor-2026</source>
        <translation>Campaigns, e.g. donor-2026</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="127"/>
        <source>What the export holds</source>
        <translation>What the export holds</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="130"/>
        <source>Counted before anything is stored: nothing is written to the vault until you click Import.</source>
        <translation>Counted before anything is stored: nothing is written to the vault until you click Import.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="135"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="138"/>
        <source>Reading the export… A large export can take a while.</source>
        <translation>Reading the export… A large export can take a while.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="154"/>
        <source>Calls found:</source>
        <translation>Calls found:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="155"/>
        <source>Business calls in scope:</source>
        <translation>Business calls in scope:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="156"/>
        <source>Left out, never opened or stored:</source>
        <translation>Left out, never opened or stored:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="159"/>
        <source>Drawn by an earlier import:</source>
        <translation>Drawn by an earlier import:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="160"/>
        <source>&lt;b&gt;To be sampled and stored:&lt;/b&gt;</source>
        <translation>&lt;b&gt;To be sampled and stored:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="161"/>
        <source>Size of those recordings:</source>
        <translation>Size of those recordings:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="227"/>
        <source>No call in this export is a business call that may be sampled, so there is nothing to import.</source>
        <translation>No call in this export is a business call that may be sampled, so there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="232"/>
        <source>Every business call in this export was drawn by an earlier import, so importing it again adds nothing.</source>
        <translation>Every business call in this export was drawn by an earlier import, so importing it again adds nothing.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="238"/>
        <source>Import draws the sample afresh with a new random seed, so the number can differ by a few calls per agent and week, always within the policy&apos;s limits.</source>
        <translation>Import draws the sample afresh with a new random seed, so the number can differ by a few calls per agent and week, always within the policy&apos;s limits.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="242"/>
        <source>The telephone system already drew the sample: every call in scope is stored.</source>
        <translation>The telephone system already drew the sample: every call in scope is stored.</translation>
    </message>
</context>
<context>
    <name>PurposesSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/purposes_section.py" line="55"/>
        <source>&amp;Add purpose</source>
        <translation>&amp;Add purpose</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/purposes_section.py" line="56"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/purposes_section.py" line="86"/>
        <source>Add a purpose to describe it here.</source>
        <translation>Add a purpose to describe it here.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/purposes_section.py" line="133"/>
        <source>(new purpose)</source>
        <translation>(new purpose)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/words/qt_words.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/qt_words.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="44"/>
        <source>Check a receipt</source>
        <translation>Check a receipt</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="49"/>
        <source>Every notice to an agent carries a receipt code: the start of the hash of the audit-log entry it reports. If the code still matches an intact entry, the log was not rewritten behind the agent&apos;s back.</source>
        <translation>Every notice to an agent carries a receipt code: the start of the hash of the audit-log entry it reports. If the code still matches an intact entry, the log was not rewritten behind the agent&apos;s back.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="57"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="60"/>
        <source>&amp;Receipt code:</source>
        <translation>&amp;Receipt code:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="101"/>
        <source>Receipt {code} does not match any entry of the audit log: either the code was mistyped, or the entry it was made from was changed afterwards.</source>
        <translation>Receipt {code} does not match any entry of the audit log: either the code was mistyped, or the entry it was made from was changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="104"/>
        <source>What it records: {what}</source>
        <translation>What it records: {what}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="107"/>
        <source>Receipt {code} does not check: log entry {seq} no longer fits the chain, which is broken at entry {bad}: {problem}. Report this to the privacy officer.</source>
        <translation>Receipt {code} does not check: log entry {seq} no longer fits the chain, which is broken at entry {bad}: {problem}. Report this to the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="116"/>
        <source>Receipt {code} checks: log entry {seq} is unchanged.</source>
        <translation>Receipt {code} checks: log entry {seq} is unchanged.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="120"/>
        <source>The whole log up to its newest entry verifies.</source>
        <translation>The whole log up to its newest entry verifies.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="122"/>
        <source>The log is broken later, at entry {bad}: {problem}.</source>
        <translation>The log is broken later, at entry {bad}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/receipt_dialog.py" line="138"/>
        <source>recording {ids}</source>
        <translation>recording {ids}</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="75"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="75"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="75"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="75"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="85"/>
        <source>not yet</source>
        <translation>not yet</translation>
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
        <translation>Select a recording to see its details.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="52"/>
        <source>&amp;Keep as evidence…</source>
        <translation>&amp;Keep as evidence…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="54"/>
        <source>Keep this recording past its retention for a concrete case</source>
        <translation>Keep this recording past its retention for a concrete case</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="56"/>
        <source>Release &amp;hold…</source>
        <translation>Release &amp;hold…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="101"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="102"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="103"/>
        <source>Call started:</source>
        <translation>Call started:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="104"/>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="105"/>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="108"/>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="110"/>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="112"/>
        <source>Import batch:</source>
        <translation>Import batch:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="113"/>
        <source>Stored:</source>
        <translation>Stored:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="116"/>
        <source>Deleted:</source>
        <translation>Deleted:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="119"/>
        <source>Was kept for:</source>
        <translation>Was kept for:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="125"/>
        <source>{purpose}:
until {date} ({left})</source>
        <translation>{purpose}:
until {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="132"/>
        <source>Kept for:</source>
        <translation>Kept for:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="134"/>
        <source>On hold:</source>
        <translation>On hold:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="136"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="138"/>
        <source>{n} channels</source>
        <translation>{n} channels</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="142"/>
        <source>Audio:</source>
        <translation>Audio:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="143"/>
        <source>FLAC, {rate} Hz, {channels}</source>
        <translation>FLAC, {rate} Hz, {channels}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="148"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="156"/>
        <source>on {date}
its retention had ended</source>
        <translation>on {date}
its retention had ended</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="158"/>
        <source>on {date}
erased on request</source>
        <translation>on {date}
erased on request</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="159"/>
        <source>on {date}
as a private call</source>
        <translation>on {date}
as a private call</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="162"/>
        <source>case {case}
for {purpose}</source>
        <translation>case {case}
for {purpose}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="166"/>
        <source>released on {date}</source>
        <translation>released on {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="168"/>
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recording_details.py" line="170"/>
        <source>until it is released</source>
        <translation>until it is released</translation>
    </message>
</context>
<context>
    <name>RecordingLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="24"/>
        <source>FreePBX recordings folder (monitor)</source>
        <translation>FreePBX recordings folder (monitor)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="25"/>
        <source>Asterisk Master.csv and recordings folder</source>
        <translation>Asterisk Master.csv and recordings folder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="28"/>
        <source>3CX recordings folder</source>
        <translation>3CX recordings folder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="29"/>
        <source>CSV manifest (any other system)</source>
        <translation>CSV manifest (any other system)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="38"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="39"/>
        <source>Internal (colleague to colleague)</source>
        <translation>Internal (colleague to colleague)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="40"/>
        <source>Protected number (e.g. company doctor, counsellor)</source>
        <translation>Protected number (e.g. company doctor, counsellor)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="43"/>
        <source>Not a business queue, number or campaign</source>
        <translation>Not a business queue, number or campaign</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="46"/>
        <source>Extension of no known agent</source>
        <translation>Extension of no known agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="47"/>
        <source>Agent has left (marked as left)</source>
        <translation>Agent has left (marked as left)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="48"/>
        <source>Agent objected to being sampled (objection not lifted)</source>
        <translation>Agent objected to being sampled (objection not lifted)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="51"/>
        <source>Agent has not received the current protocol</source>
        <translation>Agent has not received the current protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="54"/>
        <source>Made before the works council consented</source>
        <translation>Made before the works council consented</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="57"/>
        <source>Made before callers heard the recording announcement</source>
        <translation>Made before callers heard the recording announcement</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="60"/>
        <source>Made before the agent received the protocol</source>
        <translation>Made before the agent received the protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="63"/>
        <source>No recording file</source>
        <translation>No recording file</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="64"/>
        <source>No purpose of the policy covers it</source>
        <translation>No purpose of the policy covers it</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="65"/>
        <source>Older than the retention period (would be deleted at once)</source>
        <translation>Older than the retention period (would be deleted at once)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="76"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="77"/>
        <source>erased on request</source>
        <translation>erased on request</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="78"/>
        <source>private call, destroyed</source>
        <translation>private call, destroyed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="87"/>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="88"/>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="89"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="115"/>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="126"/>
        <source>less than a day</source>
        <translation>less than a day</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="128"/>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="129"/>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="135"/>
        <source>estimating time left…</source>
        <translation>estimating time left…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="137"/>
        <source>less than a minute left</source>
        <translation>less than a minute left</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="140"/>
        <source>about 1 minute left</source>
        <translation>about 1 minute left</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/recording_labels.py" line="141"/>
        <source>about {n} minutes left</source>
        <translation>about {n} minutes left</translation>
    </message>
</context>
<context>
    <name>RecordingsListen</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_listen.py" line="22"/>
        <source>&amp;Listen…</source>
        <translation>&amp;Listen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_listen.py" line="28"/>
        <source>Your role cannot listen to recordings; only team leads and quality coaches can.</source>
        <translation>Your role cannot listen to recordings; only team leads and quality coaches can.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_listen.py" line="35"/>
        <source>Choose a purpose and give a reason, then play the call</source>
        <translation>Choose a purpose and give a reason, then play the call</translation>
    </message>
</context>
<context>
    <name>RecordingsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="356"/>
        <source>In the time zone of the telephone system (from the policy)</source>
        <translation>In the time zone of the telephone system (from the policy)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="374"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="375"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="376"/>
        <source>Call started</source>
        <translation>Call started</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="377"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="378"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="379"/>
        <source>Kept for</source>
        <translation>Kept for</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="380"/>
        <source>Retention left</source>
        <translation>Retention left</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="370"/>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/recordings_model.py" line="407"/>
        <source>{purpose}: kept until {date}</source>
        <translation>{purpose}: kept until {date}</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="152"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="154"/>
        <source>&amp;Import calls…</source>
        <translation>&amp;Import calls…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="168"/>
        <source>Kept recordings</source>
        <translation>Kept recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="169"/>
        <source>On hold as evidence</source>
        <translation>On hold as evidence</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="170"/>
        <source>Deleted (retention ended)</source>
        <translation>Deleted (retention ended)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="171"/>
        <source>All recordings</source>
        <translation>All recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="176"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="185"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="186"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="187"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="188"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="189"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="195"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="195"/>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="215"/>
        <source>Reading recordings</source>
        <translation>Reading recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="451"/>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="452"/>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="455"/>
        <source>All purposes</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="460"/>
        <source>Both directions</source>
        <translation>Both directions</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="522"/>
        <source>1 recording</source>
        <translation>1 recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="522"/>
        <source>{n} recordings</source>
        <translation>{n} recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="527"/>
        <source>No recording matches these filters.</source>
        <translation>No recording matches these filters.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/recordings_page.py" line="530"/>
        <source>No recordings yet. Recordings appear here once calls have been imported.</source>
        <translation>No recordings yet. Recordings appear here once calls have been imported.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="49"/>
        <source>Use recovery key</source>
        <translation>Use recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="53"/>
        <source>Type the recovery key from the printed page. Afterwards you choose a new passphrase for an administrator.</source>
        <translation>Type the recovery key from the printed page. Afterwards you choose a new passphrase for an administrator.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="65"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="69"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="82"/>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="279"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="282"/>
        <source>If every administrator forgets their passphrase, this key is the only way back into the vault. It is shown only now.</source>
        <translation>If every administrator forgets their passphrase, this key is the only way back into the vault. It is shown only now.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="289"/>
        <source>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</source>
        <translation>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="294"/>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>I have stored the recovery key somewhere safe</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_key.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_key.py" line="48"/>
        <source>For a password manager: the clipboard is cleared after a minute.</source>
        <translation>For a password manager: the clipboard is cleared after a minute.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_key.py" line="51"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_key.py" line="84"/>
        <source>{app}: recovery key

This key opens the vault when every passphrase is lost. Keep this page locked away, apart from the computer.</source>
        <translation>{app}: recovery key

This key opens the vault when every passphrase is lost. Keep this page locked away, apart from the computer.</translation>
    </message>
</context>
<context>
    <name>ReleaseHoldDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="119"/>
        <source>Release the evidence hold</source>
        <translation>Release the evidence hold</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="122"/>
        <source>Case {case}, recording {n}.</source>
        <translation>Case {case}, recording {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="127"/>
        <source>For example: the dispute was settled</source>
        <translation>For example: the dispute was settled</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="130"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="134"/>
        <source>The recording then follows its normal retention again. If that has already ended, it is deleted at the next purge.</source>
        <translation>The recording then follows its normal retention again. If that has already ended, it is deleted at the next purge.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/hold_dialogs.py" line="139"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="20"/>
        <source>Business calls in scope (imports started in the period)</source>
        <translation>Business calls in scope (imports started in the period)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="23"/>
        <source>Of those, drawn in the sample</source>
        <translation>Of those, drawn in the sample</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="24"/>
        <source>Recordings stored</source>
        <translation>Recordings stored</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="25"/>
        <source>Times listened back</source>
        <translation>Times listened back</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="26"/>
        <source>Notices to agents due</source>
        <translation>Notices to agents due</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="27"/>
        <source>Of those, sent on time</source>
        <translation>Of those, sent on time</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="28"/>
        <source>Of those, sent late</source>
        <translation>Of those, sent late</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="29"/>
        <source>Of those, not sent yet</source>
        <translation>Of those, not sent yet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="30"/>
        <source>Private calls found and destroyed</source>
        <translation>Private calls found and destroyed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="31"/>
        <source>Recordings deleted at the end of their retention period</source>
        <translation>Recordings deleted at the end of their retention period</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="34"/>
        <source>Recordings erased on request</source>
        <translation>Recordings erased on request</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="35"/>
        <source>Recordings kept as evidence (holds placed)</source>
        <translation>Recordings kept as evidence (holds placed)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="36"/>
        <source>Holds released</source>
        <translation>Holds released</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="37"/>
        <source>Calls scored for coaching (shared)</source>
        <translation>Calls scored for coaching (shared)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="38"/>
        <source>Feedback sheets sent to agents</source>
        <translation>Feedback sheets sent to agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="39"/>
        <source>Requests received</source>
        <translation>Requests received</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="40"/>
        <source>Of those, answered within the deadline</source>
        <translation>Of those, answered within the deadline</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="43"/>
        <source>Of those, answered after the deadline</source>
        <translation>Of those, answered after the deadline</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="46"/>
        <source>Of those, still open</source>
        <translation>Of those, still open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="54"/>
        <source>team lead</source>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="55"/>
        <source>quality coach</source>
        <translation>quality coach</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="56"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="57"/>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="82"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="116"/>
        <source>Transparency report for the works council</source>
        <translation>Transparency report for the works council</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="119"/>
        <source>Counts per team for a period: calls sampled and stored, listens per purpose and role, notices, deletions, holds, requests and failed unlocks. No names of agents, callers or users. Every report saved is logged.</source>
        <translation>Counts per team for a period: calls sampled and stored, listens per purpose and role, notices, deletions, holds, requests and failed unlocks. No names of agents, callers or users. Every report saved is logged.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="130"/>
        <source>&amp;Make report</source>
        <translation>&amp;Make report</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="133"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="133"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="153"/>
        <source>Per team</source>
        <translation>Per team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="154"/>
        <source>Listens per purpose and role</source>
        <translation>Listens per purpose and role</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="164"/>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="166"/>
        <source>Save &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="173"/>
        <source>PDF &amp;language:</source>
        <translation>PDF &amp;language:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="191"/>
        <source>Other exports</source>
        <translation>Other exports</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="192"/>
        <source>Audit log as CSV…</source>
        <translation>Audit log as CSV…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="194"/>
        <source>Audit log as PDF…</source>
        <translation>Audit log as PDF…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="196"/>
        <source>Register entry…</source>
        <translation>Register entry…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="198"/>
        <source>The entry for the register of processing activities (art. 30 AVG)</source>
        <translation>The entry for the register of processing activities (art. 30 AVG)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="201"/>
        <source>Policy as TOML…</source>
        <translation>Policy as TOML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="203"/>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="205"/>
        <source>The staff regulation and the agent protocol, as PDF or HTML</source>
        <translation>The staff regulation and the agent protocol, as PDF or HTML</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="223"/>
        <source>Each opens the page that makes it: the audit log is verified and saved on the Listen log page, the register entry and the documents on the Documents page, the policy on the Policy page.</source>
        <translation>Each opens the page that makes it: the audit log is verified and saved on the Listen log page, the register entry and the documents on the Documents page, the policy on the Policy page.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="274"/>
        <source>Choose the period and make the report.</source>
        <translation>Choose the period and make the report.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="278"/>
        <source>The audit log verified: {n} entries, head hash {hash}.</source>
        <translation>The audit log verified: {n} entries, head hash {hash}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="284"/>
        <source>The audit log did NOT verify: it is broken at entry {seq}. Report this to your privacy officer.</source>
        <translation>The audit log did NOT verify: it is broken at entry {seq}. Report this to your privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="290"/>
        <source>{start} to {end}, policy version {version}. Failed unlock attempts: {failed}.</source>
        <translation>{start} to {end}, policy version {version}. Failed unlock attempts: {failed}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="315"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="315"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="317"/>
        <source>Save the transparency report</source>
        <translation>Save the transparency report</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/reports_page.py" line="345"/>
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="18"/>
        <source>Access (art. 15)</source>
        <translation>Access (art. 15)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="19"/>
        <source>Erasure (art. 17)</source>
        <translation>Erasure (art. 17)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="20"/>
        <source>Objection (art. 21)</source>
        <translation>Objection (art. 21)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="21"/>
        <source>Restriction (art. 18)</source>
        <translation>Restriction (art. 18)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="29"/>
        <source>{name} (agent)</source>
        <translation>{name} (agent)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="30"/>
        <source>Caller {number}</source>
        <translation>Caller {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="39"/>
        <source>Overdue by 1 day</source>
        <translation>Overdue by 1 day</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="41"/>
        <source>Overdue by {n} days</source>
        <translation>Overdue by {n} days</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="45"/>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="68"/>
        <source>Extended</source>
        <translation>Extended</translation>
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
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="52"/>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="54"/>
        <source>{n} days left</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="58"/>
        <source>Refused on {date}</source>
        <translation>Refused on {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="60"/>
        <source>Answered late, on {date}</source>
        <translation>Answered late, on {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="61"/>
        <source>Answered on {date}</source>
        <translation>Answered on {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="69"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/request_labels.py" line="70"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>RequestsCard</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="18"/>
        <source>Requests from agents and callers</source>
        <translation>Requests from agents and callers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="23"/>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="51"/>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="54"/>
        <source>Open Requests</source>
        <translation>Open Requests</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="40"/>
        <source>1 request is overdue.</source>
        <translation>1 request is overdue.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="42"/>
        <source>{n} requests are overdue.</source>
        <translation>{n} requests are overdue.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="45"/>
        <source>Show overdue requests</source>
        <translation>Show overdue requests</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="48"/>
        <source>No request is overdue.</source>
        <translation>No request is overdue.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="53"/>
        <source>No request waits for an answer.</source>
        <translation>No request waits for an answer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="59"/>
        <source>Register a request on the Requests page on the day it arrives.</source>
        <translation>Register a request on the Requests page on the day it arrives.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="67"/>
        <source>1 request is open.</source>
        <translation>1 request is open.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="69"/>
        <source>{n} requests are open.</source>
        <translation>{n} requests are open.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="73"/>
        <source>{n} due within {days} days.</source>
        <translation>{n} due within {days} days.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="77"/>
        <source>The earliest deadline is {date}.</source>
        <translation>The earliest deadline is {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_card.py" line="83"/>
        <source>Answer them now: the law gives one month from receipt (art. 12(3) AVG).</source>
        <translation>Answer them now: the law gives one month from receipt (art. 12(3) AVG).</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="47"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="48"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="49"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="50"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="51"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/requests_model.py" line="52"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="87"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="91"/>
        <source>Requests from agents and callers to see, erase or stop the use of their data. Each must be answered within one month of receipt; overdue requests are red.</source>
        <translation>Requests from agents and callers to see, erase or stop the use of their data. Each must be answered within one month of receipt; overdue requests are red.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="97"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="98"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="99"/>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="100"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="101"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="102"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="107"/>
        <source>&amp;Add request…</source>
        <translation>&amp;Add request…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="110"/>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="133"/>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="135"/>
        <source>&amp;Close…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="137"/>
        <source>&amp;Export data…</source>
        <translation>&amp;Export data…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="139"/>
        <source>Answer an access request: the person&apos;s data as an encrypted ZIP file</source>
        <translation>Answer an access request: the person&apos;s data as an encrypted ZIP file</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="142"/>
        <source>E&amp;rase…</source>
        <translation>E&amp;rase…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="144"/>
        <source>Answer an erasure request or objection: see what goes, then erase</source>
        <translation>Answer an erasure request or objection: see what goes, then erase</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="147"/>
        <source>&amp;Objection…</source>
        <translation>&amp;Objection…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="149"/>
        <source>Keep an agent&apos;s calls out of every import, or lift that again</source>
        <translation>Keep an agent&apos;s calls out of every import, or lift that again</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="159"/>
        <source>You can read the register; only an administrator changes it.</source>
        <translation>You can read the register; only an administrator changes it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="231"/>
        <source>1 request</source>
        <translation>1 request</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="233"/>
        <source>{n} requests</source>
        <translation>{n} requests</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="236"/>
        <source>{n} overdue</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="285"/>
        <source>Request {n}:</source>
        <translation>Request {n}:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="286"/>
        <source>{kind} from {who}, received on {date}, registered by {user}.</source>
        <translation>{kind} from {who}, received on {date}, registered by {user}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="293"/>
        <source>Identity checked:</source>
        <translation>Identity checked:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="293"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="296"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="300"/>
        <source>Extended:</source>
        <translation>Extended:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="301"/>
        <source>to {date} by {user}, because: {reason}</source>
        <translation>to {date} by {user}, because: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="309"/>
        <source>Refused:</source>
        <translation>Refused:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="309"/>
        <source>Answered:</source>
        <translation>Answered:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="313"/>
        <source>{when} by {user}: {note}</source>
        <translation>{when} by {user}: {note}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="345"/>
        <source>Request {n} registered; it is due on {date}.</source>
        <translation>Request {n} registered; it is due on {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="363"/>
        <source>Request {n} extended; it is now due on {date}.</source>
        <translation>Request {n} extended; it is now due on {date}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="379"/>
        <source>Request {n} closed.</source>
        <translation>Request {n} closed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="406"/>
        <source>Export saved as {file}; request {n} is answered.</source>
        <translation>Export saved as {file}; request {n} is answered.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="413"/>
        <source>Export saved as {file}. Close the request once the person has it.</source>
        <translation>Export saved as {file}. Close the request once the person has it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="431"/>
        <source>1 recording erased.</source>
        <translation>1 recording erased.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="433"/>
        <source>{n} recordings erased.</source>
        <translation>{n} recordings erased.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="436"/>
        <source>{n} kept as evidence by a hold.</source>
        <translation>{n} kept as evidence by a hold.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="440"/>
        <source>Stopped before the end: erase again for the rest.</source>
        <translation>Stopped before the end: erase again for the rest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="442"/>
        <source>Close the request once the person is told.</source>
        <translation>Close the request once the person is told.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="466"/>
        <source>{name}&apos;s objection is in force: their calls are not sampled.</source>
        <translation>{name}&apos;s objection is in force: their calls are not sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/requests_page.py" line="471"/>
        <source>{name}&apos;s objection is lifted: their calls may be sampled again.</source>
        <translation>{name}&apos;s objection is lifted: their calls may be sampled again.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="127"/>
        <source>Set a new passphrase</source>
        <translation>Set a new passphrase</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="131"/>
        <source>The recovery key opened the vault. Choose an administrator and give them a new passphrase; then unlock with it.</source>
        <translation>The recovery key opened the vault. Choose an administrator and give them a new passphrase; then unlock with it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="151"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Set passphrase</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/recovery_dialogs.py" line="159"/>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="59"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="69"/>
        <source>The backup takes the place of the vault in {folder}. A vault that is there now is kept next to it under another name, until you delete it. Recordings whose retention period ended since the backup was made are deleted at once.</source>
        <translation>The backup takes the place of the vault in {folder}. A vault that is there now is kept next to it under another name, until you delete it. Recordings whose retention period ended since the backup was made are deleted at once.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="77"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="86"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Use the &amp;recovery key instead</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="95"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="99"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="107"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="126"/>
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="147"/>
        <source>Made on {when} by {user}; its audit log ends at entry {seq}.</source>
        <translation>Made on {when} by {user}; its audit log ends at entry {seq}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="153"/>
        <source>It is a backup of another vault than the one in this folder.</source>
        <translation>It is a backup of another vault than the one in this folder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="172"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="172"/>
        <source>&amp;Passphrase then:</source>
        <translation>&amp;Passphrase then:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="175"/>
        <source>The passphrase this user had when the backup was made.</source>
        <translation>The passphrase this user had when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="186"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="190"/>
        <source>Enter the recovery key.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="192"/>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="200"/>
        <source>Copying the backup…</source>
        <translation>Copying the backup…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="222"/>
        <source>Copying the backup… {percent} %</source>
        <translation>Copying the backup… {percent} %</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="238"/>
        <source>The restore was stopped; the vault was not changed.</source>
        <translation>The restore was stopped; the vault was not changed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="249"/>
        <source>That recovery key does not open this backup; check it against the printed copy.</source>
        <translation>That recovery key does not open this backup; check it against the printed copy.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="253"/>
        <source>The passphrase for “{name}” does not open this backup; use the passphrase you had when the backup was made.</source>
        <translation>The passphrase for “{name}” does not open this backup; use the passphrase you had when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="258"/>
        <source>There is no user called “{name}” in this backup; check the name.</source>
        <translation>There is no user called “{name}” in this backup; check the name.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="262"/>
        <source>Only an administrator of the vault, or its recovery key, can restore a backup; “{name}” is not an administrator in this backup.</source>
        <translation>Only an administrator of the vault, or its recovery key, can restore a backup; “{name}” is not an administrator in this backup.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/restore_dialog.py" line="271"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>RetentionCard</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="21"/>
        <source>Forgetting on time</source>
        <translation>Forgetting on time</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="36"/>
        <source>1 recording is past its retention period; it is deleted at the next purge (after the next unlock, or with supervisor-app purge).</source>
        <translation>1 recording is past its retention period; it is deleted at the next purge (after the next unlock, or with supervisor-app purge).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="44"/>
        <source>{n} recordings are past their retention period; they are deleted at the next purge (after the next unlock, or with supervisor-app purge).</source>
        <translation>{n} recordings are past their retention period; they are deleted at the next purge (after the next unlock, or with supervisor-app purge).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="51"/>
        <source>Next deletion on {date}: 1 recording reaches the end of its retention.</source>
        <translation>Next deletion on {date}: 1 recording reaches the end of its retention.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="54"/>
        <source>Next deletion on {date}: {n} recordings reach the end of their retention.</source>
        <translation>Next deletion on {date}: {n} recordings reach the end of their retention.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="62"/>
        <source>No recording is waiting to be deleted.</source>
        <translation>No recording is waiting to be deleted.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="65"/>
        <source>1 recording is kept longer as evidence (on hold).</source>
        <translation>1 recording is kept longer as evidence (on hold).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="68"/>
        <source>{n} recordings are kept longer as evidence (on hold).</source>
        <translation>{n} recordings are kept longer as evidence (on hold).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="75"/>
        <source>Last purge {when}: {n} recordings deleted.</source>
        <translation>Last purge {when}: {n} recordings deleted.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/retention_card.py" line="81"/>
        <source>Recordings are deleted automatically when the retention period of every purpose they are kept for has ended, counted from the day of the call.</source>
        <translation>Recordings are deleted automatically when the retention period of every purpose they are kept for has ended, counted from the day of the call.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="162"/>
        <source>Roles of {name}</source>
        <translation>Roles of {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="167"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="168"/>
        <source>&amp;Save roles</source>
        <translation>&amp;Save roles</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="39"/>
        <source>Teams (for team lead and quality coach):</source>
        <translation>Teams (for team lead and quality coach):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="55"/>
        <source>There are no teams yet; add them on the Teams tab.</source>
        <translation>There are no teams yet; add them on the Teams tab.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="84"/>
        <source>Give the user at least one role.</source>
        <translation>Give the user at least one role.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/user_dialogs.py" line="87"/>
        <source>Team leads and quality coaches work for chosen teams only; tick at least one team.</source>
        <translation>Team leads and quality coaches work for chosen teams only; tick at least one team.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="268"/>
        <source>Importing calls</source>
        <translation>Importing calls</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="271"/>
        <source>Each recording is checked, compressed and stored encrypted. You can cancel at any time: recordings already stored stay in the vault, and importing the same export again finishes the rest.</source>
        <translation>Each recording is checked, compressed and stored encrypted. You can cancel at any time: recordings already stored stay in the vault, and importing the same export again finishes the rest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="280"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="286"/>
        <source>Stopping after the recording being stored. Recordings already stored stay in the vault.</source>
        <translation>Stopping after the recording being stored. Recordings already stored stay in the vault.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="344"/>
        <source>Stored {done} of {total} recordings · {eta}</source>
        <translation>Stored {done} of {total} recordings · {eta}</translation>
    </message>
</context>
<context>
    <name>ScopeSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_sections.py" line="83"/>
        <source>Business calls</source>
        <translation>Business calls</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="49"/>
        <source>Not judged yet</source>
        <translation>Not judged yet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="50"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="51"/>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="52"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="53"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="69"/>
        <source>Outcome of criterion {n}</source>
        <translation>Outcome of criterion {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="75"/>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="78"/>
        <source>Comment on criterion {n}</source>
        <translation>Comment on criterion {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="115"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="116"/>
        <source>Loading the scorecard…</source>
        <translation>Loading the scorecard…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="130"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="132"/>
        <source>Notes at moments of the call</source>
        <translation>Notes at moments of the call</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="137"/>
        <source>Add &amp;note (N)</source>
        <translation>Add &amp;note (N)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="139"/>
        <source>A note at the playhead; or double-click the waveform where it happens</source>
        <translation>A note at the playhead; or double-click the waveform where it happens</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="141"/>
        <source>&amp;Delete note</source>
        <translation>&amp;Delete note</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="143"/>
        <source>&amp;Share with the team lead…</source>
        <translation>&amp;Share with the team lead…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="145"/>
        <source>The team lead sees the scorecard and its notes; it can no longer change</source>
        <translation>The team lead sees the scorecard and its notes; it can no longer change</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="172"/>
        <source>What the protocol expects</source>
        <translation>What the protocol expects</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="172"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="216"/>
        <source>Scorecard · protocol version {n}</source>
        <translation>Scorecard · protocol version {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="220"/>
        <source>Shared with the team lead; it can no longer change.</source>
        <translation>Shared with the team lead; it can no longer change.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="223"/>
        <source>Judge each expectation of the protocol the agent had received by the day of the call. Nothing is stored until you choose an outcome or add a note.</source>
        <translation>Judge each expectation of the protocol the agent had received by the day of the call. Nothing is stored until you choose an outcome or add a note.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="229"/>
        <source>Your draft: {judged} of {total} judged. Only you see it until you share it.</source>
        <translation>Your draft: {judged} of {total} judged. Only you see it until you share it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="241"/>
        <source>Click to jump to {moment}</source>
        <translation>Click to jump to {moment}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="346"/>
        <source>Share the scorecard</source>
        <translation>Share the scorecard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="347"/>
        <source>Share this scorecard and its notes with the agent&apos;s team lead?</source>
        <translation>Share this scorecard and its notes with the agent&apos;s team lead?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="353"/>
        <source>After sharing you can no longer change it. The team lead can send it to the agent in a feedback sheet.</source>
        <translation>After sharing you can no longer change it. The team lead can send it to the agent in a feedback sheet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/scorecard_panel.py" line="357"/>
        <source>&amp;Share</source>
        <translation>&amp;Share</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/notice_dialogs.py" line="31"/>
        <source>Send the notice to {agent}</source>
        <translation>Send the notice to {agent}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="52"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="56"/>
        <source>A new language takes effect when the app starts again.</source>
        <translation>A new language takes effect when the app starts again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="60"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="65"/>
        <source>Without keyboard or mouse input for this long, the vault locks itself. Ctrl+L locks at once.</source>
        <translation>Without keyboard or mouse input for this long, the vault locks itself. Ctrl+L locks at once.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="73"/>
        <source>To use another vault, lock and choose “Open another vault…”.</source>
        <translation>To use another vault, lock and choose “Open another vault…”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="77"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="91"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="93"/>
        <source>Vault folder:</source>
        <translation>Vault folder:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="100"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="125"/>
        <source>The settings could not be saved ({reason}); check that the folder {folder} can be written.</source>
        <translation>The settings could not be saved ({reason}); check that the folder {folder} can be written.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/pages/settings_page.py" line="132"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../supervisor_app/ui/session/setup_wizard.py" line="327"/>
        <source>Set up {app}</source>
        <translation>Set up {app}</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="72"/>
        <source>Feedback sheet</source>
        <translation>Feedback sheet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="85"/>
        <source>A few sentences for the agent (optional)</source>
        <translation>A few sentences for the agent (optional)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="87"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="88"/>
        <source>Calls &amp;from:</source>
        <translation>Calls &amp;from:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="89"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="90"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="91"/>
        <source>S&amp;how the sheet</source>
        <translation>S&amp;how the sheet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="93"/>
        <source>&amp;Make the sheet</source>
        <translation>&amp;Make the sheet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="102"/>
        <source>It holds the scorecards shared with you of this agent&apos;s calls in the period, in the agent&apos;s language. Making it records it with its receipt code.</source>
        <translation>It holds the scorecards shared with you of this agent&apos;s calls in the period, in the agent&apos;s language. Making it records it with its receipt code.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="118"/>
        <source>Open in &amp;mail client</source>
        <translation>Open in &amp;mail client</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="120"/>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="121"/>
        <source>Save .&amp;eml…</source>
        <translation>Save .&amp;eml…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="122"/>
        <source>Cop&amp;y text</source>
        <translation>Cop&amp;y text</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="126"/>
        <source>Yes, it &amp;was sent</source>
        <translation>Yes, it &amp;was sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="132"/>
        <source>Given outside the app? Say how</source>
        <translation>Given outside the app? Say how</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="133"/>
        <source>Mark as &amp;sent</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="160"/>
        <source>Saving records the sheet as sent by you, now; after the mail program or copying you are asked. The agent is then told of each listen the sheet covers.</source>
        <translation>Saving records the sheet as sent by you, now; after the mail program or copying you are asked. The agent is then told of each listen the sheet covers.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="171"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="217"/>
        <source>Scored calls on this sheet: {n}.</source>
        <translation>Scored calls on this sheet: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="243"/>
        <source>Receipt code of this sheet: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Receipt code of this sheet: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="255"/>
        <source>Made; not sent yet.</source>
        <translation>Made; not sent yet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="257"/>
        <source>Sent ({channel}); the listens it covers count as told.</source>
        <translation>Sent ({channel}); the listens it covers count as told.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="272"/>
        <source>Save the sheet as PDF</source>
        <translation>Save the sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="279"/>
        <source>Save the sheet as .eml</source>
        <translation>Save the sheet as .eml</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheet_dialog.py" line="325"/>
        <source>No mail program opened. Save the sheet as .eml or copy its text instead.</source>
        <translation>No mail program opened. Save the sheet as .eml or copy its text instead.</translation>
    </message>
</context>
<context>
    <name>SheetsTab</name>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="44"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="45"/>
        <source>Calls from</source>
        <translation>Calls from</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="46"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="47"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="48"/>
        <source>Receipt code</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="57"/>
        <source>&amp;New feedback sheet…</source>
        <translation>&amp;New feedback sheet…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="59"/>
        <source>S&amp;end…</source>
        <translation>S&amp;end…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="61"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="62"/>
        <source>A sheet made by mistake; it stays on record</source>
        <translation>A sheet made by mistake; it stays on record</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="72"/>
        <source>A feedback sheet gives an agent the scorecards shared with you of their calls in a period. Sending it also tells them of the listens it covers.</source>
        <translation>A feedback sheet gives an agent the scorecards shared with you of their calls in a period. Sending it also tells them of the listens it covers.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="93"/>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="94"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/coaching/sheets_tab.py" line="95"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="84"/>
        <source>Where are the recordings?</source>
        <translation>Where are the recordings?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="87"/>
        <source>Choose the export of your telephone system. The files are only read: nothing in the export is changed, and only business calls of the sample are stored.</source>
        <translation>Choose the export of your telephone system. The files are only read: nothing in the export is changed, and only business calls of the sample are stored.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="97"/>
        <source>Call records (*.csv);;All files (*)</source>
        <translation>Call records (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="105"/>
        <source>&amp;Telephone system:</source>
        <translation>&amp;Telephone system:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="144"/>
        <source>The manifest file does not exist; choose the CSV file.</source>
        <translation>The manifest file does not exist; choose the CSV file.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="146"/>
        <source>The recordings folder does not exist; choose the folder.</source>
        <translation>The recordings folder does not exist; choose the folder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="148"/>
        <source>The call-record file does not exist; choose it or leave it empty.</source>
        <translation>The call-record file does not exist; choose it or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="157"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="159"/>
        <source>&amp;Manifest file:</source>
        <translation>&amp;Manifest file:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="159"/>
        <source>&amp;Recordings folder:</source>
        <translation>&amp;Recordings folder:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="163"/>
        <source>&amp;Call records (optional):</source>
        <translation>&amp;Call records (optional):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="165"/>
        <source>&amp;Call records (Master.csv):</source>
        <translation>&amp;Call records (Master.csv):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="170"/>
        <source>Choose the monitor folder of the FreePBX spool (with folders per year, month and day). The call records (Master.csv, or a CSV export of the cdr table) add whether and by whom a call was answered; without them the file names are used.</source>
        <translation>Choose the monitor folder of the FreePBX spool (with folders per year, month and day). The call records (Master.csv, or a CSV export of the cdr table) add whether and by whom a call was answered; without them the file names are used.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="175"/>
        <source>Choose the folder with the MixMonitor recordings (subfolders are searched too). Leave the call records empty when that folder holds exactly one Master.csv.</source>
        <translation>Choose the folder with the MixMonitor recordings (subfolders are searched too). Leave the call records empty when that folder holds exactly one Master.csv.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="179"/>
        <source>Choose the folder with the 3CX recordings; subfolders are searched too.</source>
        <translation>Choose the folder with the 3CX recordings; subfolders are searched too.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="182"/>
        <source>A CSV file with a header row and the columns file, agent_extension, started_at (with time zone), direction, remote_number, queue and campaign.</source>
        <translation>A CSV file with a header row and the columns file, agent_extension, started_at (with time zone), direction, remote_number, queue and campaign.</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="87"/>
        <source>Export data for request {n}</source>
        <translation>Export data for request {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="91"/>
        <source>Everything the vault holds about {who}, with a cover letter.</source>
        <translation>Everything the vault holds about {who}, with a cover letter.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="96"/>
        <source>&amp;FLAC (smaller, lossless)</source>
        <translation>&amp;FLAC (smaller, lossless)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="97"/>
        <source>&amp;WAV (plays everywhere)</source>
        <translation>&amp;WAV (plays everywhere)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="111"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="117"/>
        <source>Write an &amp;unencrypted folder instead (not recommended)</source>
        <translation>Write an &amp;unencrypted folder instead (not recommended)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="123"/>
        <source>Audio:</source>
        <translation>Audio:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="126"/>
        <source>&amp;Name the agent of each call by first name, as the policy allows</source>
        <translation>&amp;Name the agent of each call by first name, as the policy allows</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="131"/>
        <source>Clear it to leave the names out of this export, for instance to protect an agent.</source>
        <translation>Clear it to leave the names out of this export, for instance to protect an agent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="136"/>
        <source>&amp;Letter in:</source>
        <translation>&amp;Letter in:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="145"/>
        <source>Letter in:</source>
        <translation>Letter in:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="145"/>
        <source>the agent&apos;s own language</source>
        <translation>the agent&apos;s own language</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="146"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="152"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="175"/>
        <source>A new, empty folder. The files in it are NOT encrypted: anyone with access to the folder can read and play them.</source>
        <translation>A new, empty folder. The files in it are NOT encrypted: anyone with access to the folder can read and play them.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="180"/>
        <source>An encrypted ZIP file (AES-256). Its passphrase is made for this export and shown once, when the file is ready: hand the two over by different routes.</source>
        <translation>An encrypted ZIP file (AES-256). Its passphrase is made for this export and shown once, when the file is ready: hand the two over by different routes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="192"/>
        <source>Choose a new, empty folder</source>
        <translation>Choose a new, empty folder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="197"/>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="199"/>
        <source>Encrypted ZIP files (*.zip)</source>
        <translation>Encrypted ZIP files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="208"/>
        <source>Choose where to save the export.</source>
        <translation>Choose where to save the export.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="227"/>
        <source>Export without encryption?</source>
        <translation>Export without encryption?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="229"/>
        <source>The data then leave the vault unencrypted: recordings, call details and the letter lie readable in {folder} for anyone with access to it. Prefer the encrypted ZIP file; if you continue, hand the folder over soon and delete it.</source>
        <translation>The data then leave the vault unencrypted: recordings, call details and the letter lie readable in {folder} for anyone with access to it. Prefer the encrypted ZIP file; if you continue, hand the folder over soon and delete it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/subject_export_dialog.py" line="237"/>
        <source>Write &amp;unencrypted folder</source>
        <translation>Write &amp;unencrypted folder</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="397"/>
        <source>The telephone system&apos;s own copies</source>
        <translation>The telephone system&apos;s own copies</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="428"/>
        <source>The import failed</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="429"/>
        <source>Recordings stored before the error stay in the vault.</source>
        <translation>Recordings stored before the error stay in the vault.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="436"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="439"/>
        <source>The {n} recordings stored before you cancelled stay in the vault. Import the same export again to store the rest of this sample.</source>
        <translation>The {n} recordings stored before you cancelled stay in the vault. Import the same export again to store the rest of this sample.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="444"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
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
        <translation>Keep the batch number and the sample seed: with them anyone, an auditor too, can check later that the sample was random and within the policy.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="456"/>
        <source>The random starting value the sample was drawn from. Drawing again from the same calls with it gives the same sample, which shows it was random.</source>
        <translation>The random starting value the sample was drawn from. Drawing again from the same calls with it gives the same sample, which shows it was random.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="460"/>
        <source>Sample seed:</source>
        <translation>Sample seed:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="462"/>
        <source>none (no new calls to draw from)</source>
        <translation>none (no new calls to draw from)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="463"/>
        <source>Calls found:</source>
        <translation>Calls found:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="464"/>
        <source>Business calls in scope:</source>
        <translation>Business calls in scope:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="465"/>
        <source>Sampled:</source>
        <translation>Sampled:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="466"/>
        <source>Imported:</source>
        <translation>Imported:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="467"/>
        <source>Already in the vault:</source>
        <translation>Already in the vault:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="468"/>
        <source>Could not be stored:</source>
        <translation>Could not be stored:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="470"/>
        <source>Unreadable rows in the export:</source>
        <translation>Unreadable rows in the export:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="473"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="492"/>
        <source>The export still holds {n} recording files of calls that were not kept: {sampled} business calls outside the sample and {excluded} calls that are out of scope (private, protected, internal and the like). The telephone system keeps them until someone removes them.</source>
        <translation>The export still holds {n} recording files of calls that were not kept: {sampled} business calls outside the sample and {excluded} calls that are out of scope (private, protected, internal and the like). The telephone system keeps them until someone removes them.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="499"/>
        <source>&amp;Delete these {n} files from the export…</source>
        <translation>&amp;Delete these {n} files from the export…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="509"/>
        <source>Delete recording files</source>
        <translation>Delete recording files</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="511"/>
        <source>Delete {n} recording files of calls that were not kept from the folder {folder}? They cannot be restored. Files of the calls in the sample are not touched.</source>
        <translation>Delete {n} recording files of calls that were not kept from the folder {folder}? They cannot be restored. Files of the calls in the sample are not touched.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="519"/>
        <source>&amp;Delete {n} files</source>
        <translation>&amp;Delete {n} files</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="540"/>
        <source>{n} files were deleted from the export; the audit log lists them.</source>
        <translation>{n} files were deleted from the export; the audit log lists them.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_pages.py" line="545"/>
        <source>{n} files could not be deleted; check the folder&apos;s permissions: {names}</source>
        <translation>{n} files could not be deleted; check the folder&apos;s permissions: {names}</translation>
    </message>
</context>
<context>
    <name>TeamCountsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="79"/>
        <source>Callers (no team)</source>
        <translation>Callers (no team)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="82"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/report_models.py" line="82"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="87"/>
        <source>Add team</source>
        <translation>Add team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/agent_dialogs.py" line="91"/>
        <source>&amp;Add team</source>
        <translation>&amp;Add team</translation>
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
        <translation>Chart of each criterion per period; the table has it too</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="70"/>
        <source>Unlock — {app}</source>
        <translation>Unlock — {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="78"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>The vault is locked. Sign in to continue.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="106"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="110"/>
        <source>Use recovery key…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="111"/>
        <source>Open another vault…</source>
        <translation>Open another vault…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="112"/>
        <source>Restore from backup…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="120"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="162"/>
        <source>Vault: {folder}</source>
        <translation>Vault: {folder}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="194"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="198"/>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="209"/>
        <source>After several wrong passphrases for “{name}”, this try waits {n} seconds first.</source>
        <translation>After several wrong passphrases for “{name}”, this try waits {n} seconds first.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="237"/>
        <source>A re-encryption of the vault (rekey) was interrupted; it was finished now, and the old key no longer opens the vault.</source>
        <translation>A re-encryption of the vault (rekey) was interrupted; it was finished now, and the old key no longer opens the vault.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="247"/>
        <source>The audit log was changed</source>
        <translation>The audit log was changed</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="247"/>
        <source>Rekey finished</source>
        <translation>Rekey finished</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="24"/>
        <source>The audit log was shortened: {user} saw it reach entry {seq}, but it now ends at entry {length}. Tell the privacy officer.</source>
        <translation>The audit log was shortened: {user} saw it reach entry {seq}, but it now ends at entry {length}. Tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="30"/>
        <source>The audit log was rewritten: entry {seq} is not the one {user} saw there. Tell the privacy officer.</source>
        <translation>The audit log was rewritten: entry {seq} is not the one {user} saw there. Tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="36"/>
        <source>The last log entry recorded for {user} in keyslots.json is not signed by their key: the key file was altered. Tell the privacy officer.</source>
        <translation>The last log entry recorded for {user} in keyslots.json is not signed by their key: the key file was altered. Tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="42"/>
        <source>The key of {user} in keyslots.json is not the one the audit log registered for them: the key file was altered. Tell the privacy officer.</source>
        <translation>The key of {user} in keyslots.json is not the one the audit log registered for them: the key file was altered. Tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="48"/>
        <source>This computer&apos;s clock says {now}, but audit log entry {seq} was written at {written}: the clock was set back. Deadlines and deletions go by the wrong date until it is right. Correct the clock and tell the privacy officer.</source>
        <translation>This computer&apos;s clock says {now}, but audit log entry {seq} was written at {written}: the clock was set back. Deadlines and deletions go by the wrong date until it is right. Correct the clock and tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/words/log_findings.py" line="55"/>
        <source>The last log entry {user} saw is missing from keyslots.json: the key file was altered or restored from an old copy. Tell the privacy officer.</source>
        <translation>The last log entry {user} saw is missing from keyslots.json: the key file was altered or restored from an old copy. Tell the privacy officer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="324"/>
        <source>The vault was restored from the backup made on {when} (audit log entry {seq}).</source>
        <translation>The vault was restored from the backup made on {when} (audit log entry {seq}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="330"/>
        <source>Recordings whose retention period ended since the backup, deleted at once: {n}.</source>
        <translation>Recordings whose retention period ended since the backup, deleted at once: {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="336"/>
        <source>The vault that was here is kept in {folder}; delete that folder once you have checked the restored vault.</source>
        <translation>The vault that was here is kept in {folder}; delete that folder once you have checked the restored vault.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="341"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="350"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="361"/>
        <source>No vault there</source>
        <translation>No vault there</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/session/unlock_window.py" line="362"/>
        <source>That folder holds no vault. Create a new vault there?</source>
        <translation>That folder holds no vault. Create a new vault there?</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="89"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="89"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/people_models.py" line="89"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="41"/>
        <source>Policy version {n}</source>
        <translation>Policy version {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy/policy_history.py" line="47"/>
        <source>Version {n}, saved {when} by {who}. Old versions cannot be changed.</source>
        <translation>Version {n}, saved {when} by {who}. Old versions cannot be changed.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="36"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="37"/>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="38"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="39"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/models/documents_models.py" line="46"/>
        <source>Draft (not published)</source>
        <translation>Draft (not published)</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../supervisor_app/ui/player/waveform.py" line="53"/>
        <source>Waveform</source>
        <translation>Waveform</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/player/waveform.py" line="54"/>
        <source>Click or drag to move the playhead</source>
        <translation>Click or drag to move the playhead</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="53"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="71"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dialogs/import_wizard.py" line="74"/>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
</context>
<context>
    <name>access.erased</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="167"/>
        <source>This recording was erased on request; there is nothing to hear.</source>
        <translation>This recording was erased on request; there is nothing to hear.</translation>
    </message>
</context>
<context>
    <name>access.no_listener_role</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="133"/>
        <source>Administrators and auditors cannot listen to recordings; only team leads and quality coaches can.</source>
        <translation>Administrators and auditors cannot listen to recordings; only team leads and quality coaches can.</translation>
    </message>
</context>
<context>
    <name>access.no_recording</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="173"/>
        <source>There is no recording {recording}.</source>
        <translation>There is no recording {recording}.</translation>
    </message>
</context>
<context>
    <name>access.not_playable</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="170"/>
        <source>This recording cannot be heard in its current state.</source>
        <translation>This recording cannot be heard in its current state.</translation>
    </message>
</context>
<context>
    <name>access.other_team</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="155"/>
        <source>The agent of this recording is not in a team you may listen to for “{purpose}”.</source>
        <translation>The agent of this recording is not in a team you may listen to for “{purpose}”.</translation>
    </message>
</context>
<context>
    <name>access.policy_incomplete</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="128"/>
        <source>The recording policy is not complete, so nobody may listen yet; ask an administrator to finish it.</source>
        <translation>The recording policy is not complete, so nobody may listen yet; ask an administrator to finish it.</translation>
    </message>
</context>
<context>
    <name>access.private_call</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="159"/>
        <source>This was a private call: its audio was destroyed and nobody may listen to it.</source>
        <translation>This was a private call: its audio was destroyed and nobody may listen to it.</translation>
    </message>
</context>
<context>
    <name>access.purged</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="163"/>
        <source>This recording was deleted when its retention ended; there is nothing to hear.</source>
        <translation>This recording was deleted when its retention ended; there is nothing to hear.</translation>
    </message>
</context>
<context>
    <name>access.purpose_not_held</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="151"/>
        <source>This recording is not kept for “{purpose}”, so it cannot be heard for that purpose.</source>
        <translation>This recording is not kept for “{purpose}”, so it cannot be heard for that purpose.</translation>
    </message>
</context>
<context>
    <name>access.retention_passed</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="146"/>
        <source>The time this recording may be kept for “{purpose}” has passed; it can no longer be heard for that purpose.</source>
        <translation>The time this recording may be kept for “{purpose}” has passed; it can no longer be heard for that purpose.</translation>
    </message>
</context>
<context>
    <name>access.role_not_allowed</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="142"/>
        <source>The policy does not let your role listen for the purpose “{purpose}”.</source>
        <translation>The policy does not let your role listen for the purpose “{purpose}”.</translation>
    </message>
</context>
<context>
    <name>access.unknown_purpose</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="138"/>
        <source>The recording policy has no purpose “{purpose}”; choose one of its purposes.</source>
        <translation>The recording policy has no purpose “{purpose}”; choose one of its purposes.</translation>
    </message>
</context>
<context>
    <name>agents_list.line_wrong</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="537"/>
        <source>The agents list {name} was not imported because 1 line is wrong; correct it and import the list again:
{lines}</source>
        <translation>The agents list {name} was not imported because 1 line is wrong; correct it and import the list again:
{lines}</translation>
    </message>
</context>
<context>
    <name>agents_list.lines_wrong</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="542"/>
        <source>The agents list {name} was not imported because {count} lines are wrong; correct them and import the list again:
{lines}</source>
        <translation>The agents list {name} was not imported because {count} lines are wrong; correct them and import the list again:
{lines}</translation>
    </message>
</context>
<context>
    <name>agents_list.only_missing_leave</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="547"/>
        <source>Only agents the list no longer names can be marked as left; look at the preview again.</source>
        <translation>Only agents the list no longer names can be marked as left; look at the preview again.</translation>
    </message>
</context>
<context>
    <name>agents_list.too_large</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="534"/>
        <source>The agents list {name} is larger than 5 MB; is it the right file?</source>
        <translation>The agents list {name} is larger than 5 MB; is it the right file?</translation>
    </message>
</context>
<context>
    <name>agents_list.unreadable</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="531"/>
        <source>The agents list {path} cannot be read ({reason}).</source>
        <translation>The agents list {path} cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>audio.cannot_decode</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="42"/>
        <source>The recording&apos;s audio cannot be decoded.</source>
        <translation>The recording&apos;s audio cannot be decoded.</translation>
    </message>
</context>
<context>
    <name>audio.file_empty</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="17"/>
        <source>{file} is an empty file.</source>
        <translation>{file} is an empty file.</translation>
    </message>
</context>
<context>
    <name>audio.file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="16"/>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>audio.no_format</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="18"/>
        <source>{file} has no usable audio format.</source>
        <translation>{file} has no usable audio format.</translation>
    </message>
</context>
<context>
    <name>audio.no_output_device</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="24"/>
        <source>No sound output device can be used; connect speakers or headphones and try again. Nothing was played and nothing was marked as heard.</source>
        <translation>No sound output device can be used; connect speakers or headphones and try again. Nothing was played and nothing was marked as heard.</translation>
    </message>
</context>
<context>
    <name>audio.no_portaudio</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="37"/>
        <source>Sound cannot be played because the PortAudio library is not installed; install PortAudio (libportaudio2) and try again. Nothing was played and nothing was marked as heard.</source>
        <translation>Sound cannot be played because the PortAudio library is not installed; install PortAudio (libportaudio2) and try again. Nothing was played and nothing was marked as heard.</translation>
    </message>
</context>
<context>
    <name>audio.no_sound</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="20"/>
        <source>{file} contains no sound (zero length).</source>
        <translation>{file} contains no sound (zero length).</translation>
    </message>
</context>
<context>
    <name>audio.not_audio</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="19"/>
        <source>{file} cannot be read as audio ({reason}).</source>
        <translation>{file} cannot be read as audio ({reason}).</translation>
    </message>
</context>
<context>
    <name>audio.output_not_open</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="29"/>
        <source>The sound output is not open. Nothing was played and nothing was marked as heard.</source>
        <translation>The sound output is not open. Nothing was played and nothing was marked as heard.</translation>
    </message>
</context>
<context>
    <name>audio.output_stopped</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="33"/>
        <source>The sound output stopped working ({detail}); check the speakers or headphones and try again.</source>
        <translation>The sound output stopped working ({detail}); check the speakers or headphones and try again.</translation>
    </message>
</context>
<context>
    <name>audio.playback_failed</name>
    <message>
        <location filename="../../supervisor_app/audio/error_codes.py" line="43"/>
        <source>Playback stopped because of an unexpected error.</source>
        <translation>Playback stopped because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>backup.inside_vault</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="502"/>
        <source>Choose a backup folder outside the vault folder, preferably on another disk.</source>
        <translation>Choose a backup folder outside the vault folder, preferably on another disk.</translation>
    </message>
</context>
<context>
    <name>backup.log_does_not_verify</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="515"/>
        <source>The backup&apos;s audit log does not verify: it was altered after it was made. Choose another backup.</source>
        <translation>The backup&apos;s audit log does not verify: it was altered after it was made. Choose another backup.</translation>
    </message>
</context>
<context>
    <name>backup.target_holds_vault</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="506"/>
        <source>The folder {folder} already holds a vault; say that the backup may replace it (--replace; the vault there is kept next to it under another name).</source>
        <translation>The folder {folder} already holds a vault; say that the backup may replace it (--replace; the vault there is kept next to it under another name).</translation>
    </message>
</context>
<context>
    <name>backup.target_not_empty</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="511"/>
        <source>The folder {folder} is not empty and holds no vault; choose a new or empty folder.</source>
        <translation>The folder {folder} is not empty and holds no vault; choose a new or empty folder.</translation>
    </message>
</context>
<context>
    <name>backup.vault_not_replaced</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="520"/>
        <source>The vault folder {folder} could not be replaced ({reason}); close every program that uses it and try again. Nothing was changed.</source>
        <translation>The vault folder {folder} could not be replaced ({reason}); close every program that uses it and try again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>backups.keep_at_least</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="216"/>
        <source>Keep backups for at least 1 day.</source>
        <translation>Keep backups for at least 1 day.</translation>
    </message>
</context>
<context>
    <name>backups.keep_at_most</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="219"/>
        <source>Backups may be kept for at most {limit} days, the longest retention in the policy; a backup kept longer would keep recordings past their retention.</source>
        <translation>Backups may be kept for at most {limit} days, the longest retention in the policy; a backup kept longer would keep recordings past their retention.</translation>
    </message>
</context>
<context>
    <name>calls.already_read</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="118"/>
        <source>call {call} was already read; this copy is skipped</source>
        <translation>call {call} was already read; this copy is skipped</translation>
    </message>
</context>
<context>
    <name>calls.already_read_from</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="121"/>
        <source>call {call} was already read from {file}; this copy is skipped</source>
        <translation>call {call} was already read from {file}; this copy is skipped</translation>
    </message>
</context>
<context>
    <name>cli.merge_format</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="48"/>
        <source>Say which format to write with --format pdf, csv or json (the output {file} has no such extension).</source>
        <translation>Say which format to write with --format pdf, csv or json (the output {file} has no such extension).</translation>
    </message>
</context>
<context>
    <name>cli.no_agent_with_extensions</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="33"/>
        <source>No agent has extension {extensions}; check the number.</source>
        <translation>No agent has extension {extensions}; check the number.</translation>
    </message>
</context>
<context>
    <name>cli.no_answer</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="23"/>
        <source>The question needs an answer on standard input; answer there, or add --yes.</source>
        <translation>The question needs an answer on standard input; answer there, or add --yes.</translation>
    </message>
</context>
<context>
    <name>cli.no_passphrase</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="16"/>
        <source>Give your passphrase with --passphrase-file FILE (&apos;-&apos; reads standard input).</source>
        <translation>Give your passphrase with --passphrase-file FILE (&apos;-&apos; reads standard input).</translation>
    </message>
</context>
<context>
    <name>cli.no_user</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="13"/>
        <source>Say who you are with --user NAME (and --passphrase-file FILE).</source>
        <translation>Say who you are with --user NAME (and --passphrase-file FILE).</translation>
    </message>
</context>
<context>
    <name>cli.not_a_date</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="32"/>
        <source>“{text}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{text}” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>cli.not_missing_extensions</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="43"/>
        <source>No agent missing from the list has extension {extensions}; only agents the list no longer names can be marked as left.</source>
        <translation>No agent missing from the list has extension {extensions}; only agents the list no longer names can be marked as left.</translation>
    </message>
</context>
<context>
    <name>cli.nothing_erased</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="37"/>
        <source>Nothing was erased.</source>
        <translation>Nothing was erased.</translation>
    </message>
</context>
<context>
    <name>cli.restore_who</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="38"/>
        <source>Say who restores with --user NAME and --passphrase-file FILE (the passphrase you had when the backup was made), or use --recovery-key-file FILE.</source>
        <translation>Say who restores with --user NAME and --passphrase-file FILE (the passphrase you had when the backup was made), or use --recovery-key-file FILE.</translation>
    </message>
</context>
<context>
    <name>cli.sample_fails</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="36"/>
        <source>Batch {batch} fails verification: {problems}</source>
        <translation>Batch {batch} fails verification: {problems}</translation>
    </message>
</context>
<context>
    <name>cli.secret_empty</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="29"/>
        <source>The file {file} is empty; put the secret on its first line.</source>
        <translation>The file {file} is empty; put the secret on its first line.</translation>
    </message>
</context>
<context>
    <name>cli.secret_file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="26"/>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>The file {file} cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>cli.stdin_ended</name>
    <message>
        <location filename="../../supervisor_app/cli/error_codes.py" line="20"/>
        <source>Standard input ended before everything asked for was given.</source>
        <translation>Standard input ended before everything asked for was given.</translation>
    </message>
</context>
<context>
    <name>coaching.audio_deleted</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="637"/>
        <source>The audio of recording {recording} is deleted; it can no longer be scored.</source>
        <translation>The audio of recording {recording} is deleted; it can no longer be scored.</translation>
    </message>
</context>
<context>
    <name>coaching.comment_too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="227"/>
        <source>Shorten the comment to at most {limit} characters.</source>
        <translation>Shorten the comment to at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>coaching.criteria_open</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="656"/>
        <source>Judge every criterion before sharing: {open} still open (choose “not applicable” where the call gave no occasion).</source>
        <translation>Judge every criterion before sharing: {open} still open (choose “not applicable” where the call gave no occasion).</translation>
    </message>
</context>
<context>
    <name>coaching.no_criterion</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="649"/>
        <source>Scorecard {scorecard} has no criterion {position}.</source>
        <translation>Scorecard {scorecard} has no criterion {position}.</translation>
    </message>
</context>
<context>
    <name>coaching.no_listen_session</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="631"/>
        <source>There is no listen session {session}.</source>
        <translation>There is no listen session {session}.</translation>
    </message>
</context>
<context>
    <name>coaching.no_note</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="655"/>
        <source>There is no note {note}.</source>
        <translation>There is no note {note}.</translation>
    </message>
</context>
<context>
    <name>coaching.no_protocol_received</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="667"/>
        <source>This call cannot be scored: its agent had not received the agent protocol by the day of the call, so there is nothing to judge it by.</source>
        <translation>This call cannot be scored: its agent had not received the agent protocol by the day of the call, so there is nothing to judge it by.</translation>
    </message>
</context>
<context>
    <name>coaching.no_recording</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="664"/>
        <source>There is no recording {recording}.</source>
        <translation>There is no recording {recording}.</translation>
    </message>
</context>
<context>
    <name>coaching.no_scorecard</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="641"/>
        <source>There is no scorecard {scorecard}.</source>
        <translation>There is no scorecard {scorecard}.</translation>
    </message>
</context>
<context>
    <name>coaching.not_coaching_purpose</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="627"/>
        <source>A listen for “{purpose}” has no scorecard: the policy does not mark that purpose as coaching.</source>
        <translation>A listen for “{purpose}” has no scorecard: the policy does not mark that purpose as coaching.</translation>
    </message>
</context>
<context>
    <name>coaching.note_empty</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="230"/>
        <source>Write the note first; an empty note says nothing.</source>
        <translation>Write the note first; an empty note says nothing.</translation>
    </message>
</context>
<context>
    <name>coaching.note_outside_call</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="652"/>
        <source>A note must sit at a moment within the call.</source>
        <translation>A note must sit at a moment within the call.</translation>
    </message>
</context>
<context>
    <name>coaching.note_too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="233"/>
        <source>Shorten the note to at most {limit} characters.</source>
        <translation>Shorten the note to at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>coaching.protocol_not_published</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="672"/>
        <source>Protocol version {version} is not among the published documents; publish the documents and record the agent&apos;s receipt again.</source>
        <translation>Protocol version {version} is not among the published documents; publish the documents and record the agent&apos;s receipt again.</translation>
    </message>
</context>
<context>
    <name>coaching.scorecard_shared</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="645"/>
        <source>Scorecard {scorecard} was shared with the team lead; it can no longer change.</source>
        <translation>Scorecard {scorecard} was shared with the team lead; it can no longer change.</translation>
    </message>
</context>
<context>
    <name>coaching.summary_too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="236"/>
        <source>Shorten the summary to at most {limit} characters.</source>
        <translation>Shorten the summary to at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>demo.folder_not_empty</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="479"/>
        <source>The folder {folder} is not empty; choose a new or empty folder.</source>
        <translation>The folder {folder} is not empty; choose a new or empty folder.</translation>
    </message>
</context>
<context>
    <name>documents.blocked</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="238"/>
        <source>The documents can be published once the rest of the policy is complete; first: {first}</source>
        <translation>The documents can be published once the rest of the policy is complete; first: {first}</translation>
    </message>
</context>
<context>
    <name>documents.need_saved_policy</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="242"/>
        <source>The documents can be published once the rest of the policy is complete; first: save the policy.</source>
        <translation>The documents can be published once the rest of the policy is complete; first: save the policy.</translation>
    </message>
</context>
<context>
    <name>documents.no_protocol_version</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="259"/>
        <source>There is no protocol version {version}; the current one is {current}.</source>
        <translation>There is no protocol version {version}; the current one is {current}.</translation>
    </message>
</context>
<context>
    <name>documents.no_protocol_yet</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="255"/>
        <source>No agent protocol has been published yet; publish the documents first.</source>
        <translation>No agent protocol has been published yet; publish the documents first.</translation>
    </message>
</context>
<context>
    <name>documents.not_published</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="247"/>
        <source>No {kind} has been published; publish the documents first.</source>
        <translation>No {kind} has been published; publish the documents first.</translation>
    </message>
</context>
<context>
    <name>documents.received_in_future</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="263"/>
        <source>The date received cannot be in the future.</source>
        <translation>The date received cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>documents.unknown_document</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="269"/>
        <source>There is no document called “{kind}”; choose {valid}.</source>
        <translation>There is no document called “{kind}”; choose {valid}.</translation>
    </message>
</context>
<context>
    <name>documents.unknown_language</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="266"/>
        <source>Choose the language nl or en, not “{language}”.</source>
        <translation>Choose the language nl or en, not “{language}”.</translation>
    </message>
</context>
<context>
    <name>documents.version_not_published</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="251"/>
        <source>No {kind} has been published as version {version}; publish the documents first.</source>
        <translation>No {kind} has been published as version {version}; publish the documents first.</translation>
    </message>
</context>
<context>
    <name>erasure.confirm</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="383"/>
        <source>Confirm the erasure after reading its preview: the audio is destroyed for good.</source>
        <translation>Confirm the erasure after reading its preview: the audio is destroyed for good.</translation>
    </message>
</context>
<context>
    <name>erasure.name_target_once</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="395"/>
        <source>Name what to erase once: a number, an agent or one recording.</source>
        <translation>Name what to erase once: a number, an agent or one recording.</translation>
    </message>
</context>
<context>
    <name>erasure.not_the_subject</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="398"/>
        <source>That is not the subject of request {request}; erase only the data of the person who asked.</source>
        <translation>That is not the subject of request {request}; erase only the data of the person who asked.</translation>
    </message>
</context>
<context>
    <name>erasure.request_closed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="392"/>
        <source>Request {request} was already {state}; register a new request.</source>
        <translation>Request {request} was already {state}; register a new request.</translation>
    </message>
</context>
<context>
    <name>erasure.wrong_kind</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="387"/>
        <source>Request {request} is a request for {kind}; erase only to answer an erasure request or an objection.</source>
        <translation>Request {request} is a request for {kind}; erase only to answer an erasure request or an objection.</translation>
    </message>
</context>
<context>
    <name>export.audio_fingerprint_mismatch</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="451"/>
        <source>The audio of recording {recording} does not match its stored fingerprint; the vault may be damaged: run a check of the vault before exporting.</source>
        <translation>The audio of recording {recording} does not match its stored fingerprint; the vault may be damaged: run a check of the vault before exporting.</translation>
    </message>
</context>
<context>
    <name>export.cancelled</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="456"/>
        <source>The export was stopped; nothing was written.</source>
        <translation>The export was stopped; nothing was written.</translation>
    </message>
</context>
<context>
    <name>export.confirm_plain_folder</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="423"/>
        <source>An unencrypted folder takes the data out of the vault without protection; confirm the warning first, or export an encrypted ZIP file.</source>
        <translation>An unencrypted folder takes the data out of the vault without protection; confirm the warning first, or export an encrypted ZIP file.</translation>
    </message>
</context>
<context>
    <name>export.folder_holds_files</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="428"/>
        <source>Choose a new or empty folder; {folder} already holds files.</source>
        <translation>Choose a new or empty folder; {folder} already holds files.</translation>
    </message>
</context>
<context>
    <name>export.folder_not_saved</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="464"/>
        <source>Could not save the folder {file} in {folder} ({reason}); choose another folder or free some disk space. Nothing was written.</source>
        <translation>Could not save the folder {file} in {folder} ({reason}); choose another folder or free some disk space. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>export.is_a_folder</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="431"/>
        <source>{path} is a folder; choose a file name such as export.zip.</source>
        <translation>{path} is a folder; choose a file name such as export.zip.</translation>
    </message>
</context>
<context>
    <name>export.name_subject_once</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="441"/>
        <source>Name whose data to export: an agent or a caller&apos;s number, once.</source>
        <translation>Name whose data to export: an agent or a caller&apos;s number, once.</translation>
    </message>
</context>
<context>
    <name>export.not_saved</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="459"/>
        <source>Could not save {file} in {folder} ({reason}); choose another folder or free some disk space. Nothing was written.</source>
        <translation>Could not save {file} in {folder} ({reason}); choose another folder or free some disk space. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>export.not_the_subject</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="444"/>
        <source>That is not the subject of request {request}; export only the data of the person who asked.</source>
        <translation>That is not the subject of request {request}; export only the data of the person who asked.</translation>
    </message>
</context>
<context>
    <name>export.request_closed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="438"/>
        <source>Request {request} was already {state}.</source>
        <translation>Request {request} was already {state}.</translation>
    </message>
</context>
<context>
    <name>export.unknown_audio_format</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="420"/>
        <source>“{format}” is not an audio format here; use flac or wav.</source>
        <translation>“{format}” is not an audio format here; use flac or wav.</translation>
    </message>
</context>
<context>
    <name>export.unknown_language</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="448"/>
        <source>“{language}” is not a language here; use nl or en.</source>
        <translation>“{language}” is not a language here; use nl or en.</translation>
    </message>
</context>
<context>
    <name>export.wrong_kind</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="434"/>
        <source>Request {request} is a request for {kind}; an export answers an access request.</source>
        <translation>Request {request} is a request for {kind}; an export answers an access request.</translation>
    </message>
</context>
<context>
    <name>files.not_saved</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="469"/>
        <source>Could not save {file} in {folder} ({reason}); choose another folder or free some disk space.</source>
        <translation>Could not save {file} in {folder} ({reason}); choose another folder or free some disk space.</translation>
    </message>
</context>
<context>
    <name>files.pdf_not_started</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="473"/>
        <source>The PDF could not be started; try exporting again.</source>
        <translation>The PDF could not be started; try exporting again.</translation>
    </message>
</context>
<context>
    <name>holds.already_released</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="335"/>
        <source>Evidence hold {hold} was already released.</source>
        <translation>Evidence hold {hold} was already released.</translation>
    </message>
</context>
<context>
    <name>holds.case_reference</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="301"/>
        <source>Enter the case reference (dossiernummer) of at most {limit} characters.</source>
        <translation>Enter the case reference (dossiernummer) of at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>holds.in_past</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="309"/>
        <source>The hold&apos;s last day cannot be in the past; leave it empty or pick a later day.</source>
        <translation>The hold&apos;s last day cannot be in the past; leave it empty or pick a later day.</translation>
    </message>
</context>
<context>
    <name>holds.no_hold</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="334"/>
        <source>There is no evidence hold {hold}.</source>
        <translation>There is no evidence hold {hold}.</translation>
    </message>
</context>
<context>
    <name>holds.not_allowed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="316"/>
        <source>The purpose “{purpose}” does not allow keeping recordings as evidence; the policy names the purposes that do.</source>
        <translation>The purpose “{purpose}” does not allow keeping recordings as evidence; the policy names the purposes that do.</translation>
    </message>
</context>
<context>
    <name>holds.not_kept_for</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="321"/>
        <source>This recording is not kept for “{purpose}”, so it cannot be held as evidence for it.</source>
        <translation>This recording is not kept for “{purpose}”, so it cannot be held as evidence for it.</translation>
    </message>
</context>
<context>
    <name>holds.reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="305"/>
        <source>Write why this recording is needed as evidence, in at least {least} characters.</source>
        <translation>Write why this recording is needed as evidence, in at least {least} characters.</translation>
    </message>
</context>
<context>
    <name>holds.release_reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="330"/>
        <source>Write why the hold ends, in at least {least} characters.</source>
        <translation>Write why the hold ends, in at least {least} characters.</translation>
    </message>
</context>
<context>
    <name>holds.retention_ended</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="325"/>
        <source>The retention for “{purpose}” has already ended; the recording will be deleted at the next purge and can no longer be held.</source>
        <translation>The retention for “{purpose}” has already ended; the recording will be deleted at the next purge and can no longer be held.</translation>
    </message>
</context>
<context>
    <name>holds.unknown_purpose</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="313"/>
        <source>The recording policy has no purpose “{purpose}”.</source>
        <translation>The recording policy has no purpose “{purpose}”.</translation>
    </message>
</context>
<context>
    <name>ingest.cdr_missing</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="54"/>
        <source>The call-record file “{file}” does not exist.</source>
        <translation>The call-record file “{file}” does not exist.</translation>
    </message>
</context>
<context>
    <name>ingest.cdr_not_a_file</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="60"/>
        <source>“{file}” is not a file; choose the Master.csv file.</source>
        <translation>“{file}” is not a file; choose the Master.csv file.</translation>
    </message>
</context>
<context>
    <name>ingest.cdr_unreadable</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="57"/>
        <source>The call-record file “{file}” cannot be read ({reason}).</source>
        <translation>The call-record file “{file}” cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>ingest.file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="34"/>
        <source>The file “{file}” cannot be read ({reason}).</source>
        <translation>The file “{file}” cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>ingest.manifest_missing</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="63"/>
        <source>The manifest “{file}” does not exist.</source>
        <translation>The manifest “{file}” does not exist.</translation>
    </message>
</context>
<context>
    <name>ingest.master_csv_count</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="50"/>
        <source>Found {count} files named Master.csv in “{folder}”; name the call-record file to use.</source>
        <translation>Found {count} files named Master.csv in “{folder}”; name the call-record file to use.</translation>
    </message>
</context>
<context>
    <name>ingest.missing_column</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="26"/>
        <source>The file “{file}” has no column {names}; add it to the header row.</source>
        <translation>The file “{file}” has no column {names}; add it to the header row.</translation>
    </message>
</context>
<context>
    <name>ingest.missing_columns</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="30"/>
        <source>The file “{file}” has no columns {names}; add them to the header row.</source>
        <translation>The file “{file}” has no columns {names}; add them to the header row.</translation>
    </message>
</context>
<context>
    <name>ingest.no_such_folder</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="23"/>
        <source>The folder “{folder}” does not exist or is not a folder.</source>
        <translation>The folder “{folder}” does not exist or is not a folder.</translation>
    </message>
</context>
<context>
    <name>ingest.not_text</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="37"/>
        <source>Line {line} of “{file}” is not text in UTF-8, UTF-16 or Windows-1252; save the file as UTF-8 text and import it again.</source>
        <translation>Line {line} of “{file}” is not text in UTF-8, UTF-16 or Windows-1252; save the file as UTF-8 text and import it again.</translation>
    </message>
</context>
<context>
    <name>ingest.pattern_lacks_groups</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="66"/>
        <source>The 3CX file-name pattern lacks the groups: {groups}.</source>
        <translation>The 3CX file-name pattern lacks the groups: {groups}.</translation>
    </message>
</context>
<context>
    <name>ingest.row.another_copy</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="116"/>
        <source>another copy of the recording {file}</source>
        <translation>another copy of the recording {file}</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_calldate</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="106"/>
        <source>the calldate “{value}” is not YYYY-MM-DD HH:MM:SS</source>
        <translation>the calldate “{value}” is not YYYY-MM-DD HH:MM:SS</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_direction</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="125"/>
        <source>direction “{value}” is not inbound, outbound or internal</source>
        <translation>direction “{value}” is not inbound, outbound or internal</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_duration</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="128"/>
        <source>duration_s “{value}” is not a whole number of seconds</source>
        <translation>duration_s “{value}” is not a whole number of seconds</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_number</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="103"/>
        <source>the {column} “{value}” is not a whole number</source>
        <translation>the {column} “{value}” is not a whole number</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_seconds</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="100"/>
        <source>the {column} “{value}” is not a whole number of seconds</source>
        <translation>the {column} “{value}” is not a whole number of seconds</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_stamp</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="113"/>
        <source>the time stamp “{value}” is not a date and time</source>
        <translation>the time stamp “{value}” is not a date and time</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_started_at</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="118"/>
        <source>started_at “{value}” is not an ISO 8601 date and time</source>
        <translation>started_at “{value}” is not an ISO 8601 date and time</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_time</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="97"/>
        <source>the {column} time “{value}” is not YYYY-MM-DD HH:MM:SS</source>
        <translation>the {column} time “{value}” is not YYYY-MM-DD HH:MM:SS</translation>
    </message>
</context>
<context>
    <name>ingest.row.bad_uniqueid</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="94"/>
        <source>the uniqueid “{value}” is not of the form 1582406309.760</source>
        <translation>the uniqueid “{value}” is not of the form 1582406309.760</translation>
    </message>
</context>
<context>
    <name>ingest.row.binary</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="78"/>
        <source>the line holds binary data (a NUL byte), not text</source>
        <translation>the line holds binary data (a NUL byte), not text</translation>
    </message>
</context>
<context>
    <name>ingest.row.field_count_header</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="86"/>
        <source>the row&apos;s field count is {count}, where the header has {expected}</source>
        <translation>the row&apos;s field count is {count}, where the header has {expected}</translation>
    </message>
</context>
<context>
    <name>ingest.row.field_count_master</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="90"/>
        <source>the row&apos;s field count is {count}, where Master.csv has 16 to 21</source>
        <translation>the row&apos;s field count is {count}, where Master.csv has 16 to 21</translation>
    </message>
</context>
<context>
    <name>ingest.row.field_too_long</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="77"/>
        <source>a field is longer than {size} KB</source>
        <translation>a field is longer than {size} KB</translation>
    </message>
</context>
<context>
    <name>ingest.row.file_column_empty</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="117"/>
        <source>the file column is empty</source>
        <translation>the file column is empty</translation>
    </message>
</context>
<context>
    <name>ingest.row.invalid</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="85"/>
        <source>the row cannot be read ({detail})</source>
        <translation>the row cannot be read ({detail})</translation>
    </message>
</context>
<context>
    <name>ingest.row.line_incomplete</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="73"/>
        <source>the last line is incomplete (the telephone system was probably still writing it)</source>
        <translation>the last line is incomplete (the telephone system was probably still writing it)</translation>
    </message>
</context>
<context>
    <name>ingest.row.line_too_long</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="72"/>
        <source>the line is longer than {size} KB</source>
        <translation>the line is longer than {size} KB</translation>
    </message>
</context>
<context>
    <name>ingest.row.not_3cx_name</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="112"/>
        <source>the name is not a 3CX recording name</source>
        <translation>the name is not a 3CX recording name</translation>
    </message>
</context>
<context>
    <name>ingest.row.not_csv</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="84"/>
        <source>the line is not valid CSV ({detail})</source>
        <translation>the line is not valid CSV ({detail})</translation>
    </message>
</context>
<context>
    <name>ingest.row.not_freepbx_name</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="109"/>
        <source>the name is not a FreePBX recording name</source>
        <translation>the name is not a FreePBX recording name</translation>
    </message>
</context>
<context>
    <name>ingest.row.started_at_no_offset</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="121"/>
        <source>started_at “{value}” has no UTC offset (write e.g. +01:00 or Z)</source>
        <translation>started_at “{value}” has no UTC offset (write e.g. +01:00 or Z)</translation>
    </message>
</context>
<context>
    <name>ingest.row.unquoted_line_break</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="81"/>
        <source>a field holds a line break without quotes around it</source>
        <translation>a field holds a line break without quotes around it</translation>
    </message>
</context>
<context>
    <name>ingest.unknown_source</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="47"/>
        <source>“{kind}” is not a known source; use one of: {valid}.</source>
        <translation>“{kind}” is not a known source; use one of: {valid}.</translation>
    </message>
</context>
<context>
    <name>ingest.unknown_time_zone</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="18"/>
        <source>The policy&apos;s time zone “{zone}” is not known; set the telephone system&apos;s time zone (such as Europe/Amsterdam) before importing.</source>
        <translation>The policy&apos;s time zone “{zone}” is not known; set the telephone system&apos;s time zone (such as Europe/Amsterdam) before importing.</translation>
    </message>
</context>
<context>
    <name>ingest.wrong_encoding</name>
    <message>
        <location filename="../../supervisor_app/ingest/error_codes.py" line="42"/>
        <source>Line {line} of “{file}” cannot be read as {encoding} text; save the file as UTF-8 text and import it again.</source>
        <translation>Line {line} of “{file}” cannot be read as {encoding} text; save the file as UTF-8 text and import it again.</translation>
    </message>
</context>
<context>
    <name>listen.case_reference_needed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="285"/>
        <source>Listening for “{purpose}” needs the case reference (dossiernummer) of the dispute.</source>
        <translation>Listening for “{purpose}” needs the case reference (dossiernummer) of the dispute.</translation>
    </message>
</context>
<context>
    <name>listen.case_reference_too_long</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="281"/>
        <source>Shorten the case reference to at most {limit} characters.</source>
        <translation>Shorten the case reference to at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>listen.confirm_private</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="289"/>
        <source>Confirm that this is a private call: its audio is destroyed for good.</source>
        <translation>Confirm that this is a private call: its audio is destroyed for good.</translation>
    </message>
</context>
<context>
    <name>listen.reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="278"/>
        <source>Write why you listen to this call, in at least {least} characters.</source>
        <translation>Write why you listen to this call, in at least {least} characters.</translation>
    </message>
</context>
<context>
    <name>listen.session_ended</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="275"/>
        <source>This listen session has ended; open a new one to listen again.</source>
        <translation>This listen session has ended; open a new one to listen again.</translation>
    </message>
</context>
<context>
    <name>log.anchor_unreadable</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="489"/>
        <source>The anchor file {file} cannot be read ({reason}).</source>
        <translation>The anchor file {file} cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>log.not_an_anchor</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="485"/>
        <source>The file {file} is not an audit-log anchor; choose the file “log anchor” wrote.</source>
        <translation>The file {file} is not an audit-log anchor; choose the file “log anchor” wrote.</translation>
    </message>
</context>
<context>
    <name>notices.already_acknowledged</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="345"/>
        <source>Notification {notice} was already acknowledged.</source>
        <translation>Notification {notice} was already acknowledged.</translation>
    </message>
</context>
<context>
    <name>notices.already_sent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="342"/>
        <source>Notification {notice} was already sent.</source>
        <translation>Notification {notice} was already sent.</translation>
    </message>
</context>
<context>
    <name>notices.changed</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="348"/>
        <source>Notification {notice} changed since it was shown (a call was added); show it again and send that text.</source>
        <translation>Notification {notice} changed since it was shown (a call was added); show it again and send that text.</translation>
    </message>
</context>
<context>
    <name>notices.no_notice</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="341"/>
        <source>There is no notification {notice}.</source>
        <translation>There is no notification {notice}.</translation>
    </message>
</context>
<context>
    <name>notices.not_sent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="353"/>
        <source>Notification {notice} is still pending; only a sent notice can be acknowledged.</source>
        <translation>Notification {notice} is still pending; only a sent notice can be acknowledged.</translation>
    </message>
</context>
<context>
    <name>notices.outside_note</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="84"/>
        <source>Say how the notice reached the agent outside the app, for example “handed over in person on 3 December”.</source>
        <translation>Say how the notice reached the agent outside the app, for example “handed over in person on 3 December”.</translation>
    </message>
</context>
<context>
    <name>notices.receipt_code_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="89"/>
        <source>“{code}” is not a receipt code; it has 12 letters a–f and digits, written like 3f9a-0c12-be47.</source>
        <translation>“{code}” is not a receipt code; it has 12 letters a–f and digits, written like 3f9a-0c12-be47.</translation>
    </message>
</context>
<context>
    <name>notices.unknown_channel</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="357"/>
        <source>Unknown channel “{channel}”; use one of: {valid}.</source>
        <translation>Unknown channel “{channel}”; use one of: {valid}.</translation>
    </message>
</context>
<context>
    <name>objections.end_reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="413"/>
        <source>Write why the objection ends, in at least {least} characters.</source>
        <translation>Write why the objection ends, in at least {least} characters.</translation>
    </message>
</context>
<context>
    <name>objections.in_force</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="406"/>
        <source>This agent&apos;s objection is already recorded and in force.</source>
        <translation>This agent&apos;s objection is already recorded and in force.</translation>
    </message>
</context>
<context>
    <name>objections.none</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="409"/>
        <source>This agent has no objection in force.</source>
        <translation>This agent has no objection in force.</translation>
    </message>
</context>
<context>
    <name>objections.not_this_agent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="402"/>
        <source>Request {request} is not this agent&apos;s objection; name the right request.</source>
        <translation>Request {request} is not this agent&apos;s objection; name the right request.</translation>
    </message>
</context>
<context>
    <name>objections.reason_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="410"/>
        <source>Write why the agent objects, in at least {least} characters.</source>
        <translation>Write why the agent objects, in at least {least} characters.</translation>
    </message>
</context>
<context>
    <name>passphrase.common</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="185"/>
        <source>This passphrase is too easy to guess: it is, or looks like, a commonly used password. Add more unrelated words.</source>
        <translation>This passphrase is too easy to guess: it is, or looks like, a commonly used password. Add more unrelated words.</translation>
    </message>
</context>
<context>
    <name>passphrase.date</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="200"/>
        <source>This passphrase is too easy to guess: dates and years are found quickly. Add more unrelated words.</source>
        <translation>This passphrase is too easy to guess: dates and years are found quickly. Add more unrelated words.</translation>
    </message>
</context>
<context>
    <name>passphrase.pattern</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="195"/>
        <source>This passphrase is too easy to guess: keyboard patterns, sequences and repeats are found quickly. Add more unrelated words.</source>
        <translation>This passphrase is too easy to guess: keyboard patterns, sequences and repeats are found quickly. Add more unrelated words.</translation>
    </message>
</context>
<context>
    <name>passphrase.too_short</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="180"/>
        <source>This passphrase is too short; use at least {least} characters, for example four unrelated words.</source>
        <translation>This passphrase is too short; use at least {least} characters, for example four unrelated words.</translation>
    </message>
</context>
<context>
    <name>passphrase.weak</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="205"/>
        <source>This passphrase is too easy to guess. Add more unrelated words.</source>
        <translation>This passphrase is too easy to guess. Add more unrelated words.</translation>
    </message>
</context>
<context>
    <name>passphrase.word</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="190"/>
        <source>This passphrase is too easy to guess: a single word or name is found quickly. Add more unrelated words.</source>
        <translation>This passphrase is too easy to guess: a single word or name is found quickly. Add more unrelated words.</translation>
    </message>
</context>
<context>
    <name>people.agent_gone</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="154"/>
        <source>That agent no longer exists; refresh the list.</source>
        <translation>That agent no longer exists; refresh the list.</translation>
    </message>
</context>
<context>
    <name>people.agent_name_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="24"/>
        <source>Enter the agent&apos;s name (at most {limit} characters).</source>
        <translation>Enter the agent&apos;s name (at most {limit} characters).</translation>
    </message>
</context>
<context>
    <name>people.agent_no_extension</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="27"/>
        <source>Give the agent at least one telephone extension.</source>
        <translation>Give the agent at least one telephone extension.</translation>
    </message>
</context>
<context>
    <name>people.email_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="34"/>
        <source>“{email}” is not an e-mail address; check it or leave it empty.</source>
        <translation>“{email}” is not an e-mail address; check it or leave it empty.</translation>
    </message>
</context>
<context>
    <name>people.extension_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="30"/>
        <source>“{extension}” is not a telephone extension; use digits only, such as 201.</source>
        <translation>“{extension}” is not a telephone extension; use digits only, such as 201.</translation>
    </message>
</context>
<context>
    <name>people.extension_taken</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="157"/>
        <source>Extension {extension} already belongs to another agent.</source>
        <translation>Extension {extension} already belongs to another agent.</translation>
    </message>
</context>
<context>
    <name>people.last_administrator</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="169"/>
        <source>This is the last administrator; make someone else administrator first.</source>
        <translation>This is the last administrator; make someone else administrator first.</translation>
    </message>
</context>
<context>
    <name>people.no_agent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="176"/>
        <source>There is no agent {agent}.</source>
        <translation>There is no agent {agent}.</translation>
    </message>
</context>
<context>
    <name>people.no_agent_with_extension</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="173"/>
        <source>No agent has extension {extension}; check the number.</source>
        <translation>No agent has extension {extension}; check the number.</translation>
    </message>
</context>
<context>
    <name>people.no_team</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="151"/>
        <source>There is no team called “{name}”; add it first with “team add”.</source>
        <translation>There is no team called “{name}”; add it first with “team add”.</translation>
    </message>
</context>
<context>
    <name>people.no_user</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="168"/>
        <source>There is no user called “{name}”.</source>
        <translation>There is no user called “{name}”.</translation>
    </message>
</context>
<context>
    <name>people.remove_yourself</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="165"/>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>You cannot remove yourself; ask another administrator.</translation>
    </message>
</context>
<context>
    <name>people.role_needs_a_team</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="160"/>
        <source>The role {role} works for chosen teams only; choose at least one team.</source>
        <translation>The role {role} works for chosen teams only; choose at least one team.</translation>
    </message>
</context>
<context>
    <name>people.role_needs_team</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="38"/>
        <source>The role {role} works for chosen teams only; name at least one team.</source>
        <translation>The role {role} works for chosen teams only; name at least one team.</translation>
    </message>
</context>
<context>
    <name>people.team_exists</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="150"/>
        <source>There is already a team called “{name}”.</source>
        <translation>There is already a team called “{name}”.</translation>
    </message>
</context>
<context>
    <name>people.team_name_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="21"/>
        <source>Enter a team name of at most {limit} characters.</source>
        <translation>Enter a team name of at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>people.unknown_role</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="42"/>
        <source>Unknown role “{role}”; use one of: {valid}.</source>
        <translation>Unknown role “{role}”; use one of: {valid}.</translation>
    </message>
</context>
<context>
    <name>people.user_exists</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="164"/>
        <source>There is already a user called “{name}”.</source>
        <translation>There is already a user called “{name}”.</translation>
    </message>
</context>
<context>
    <name>people.user_name_empty</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="15"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
</context>
<context>
    <name>people.user_name_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="16"/>
        <source>“{name}” cannot be a user name; use up to 64 letters, digits, spaces, dots or dashes (and not the word “recovery”).</source>
        <translation>“{name}” cannot be a user name; use up to 64 letters, digits, spaces, dots or dashes (and not the word “recovery”).</translation>
    </message>
</context>
<context>
    <name>people.user_no_role</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="37"/>
        <source>Give the user at least one role.</source>
        <translation>Give the user at least one role.</translation>
    </message>
</context>
<context>
    <name>policy.consent_refused</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="97"/>
        <source>Consent is not a valid legal basis for recording employees, because an employee cannot freely refuse their employer; use legitimate_interest (usual), legal_obligation or contract.</source>
        <translation>Consent is not a valid legal basis for recording employees, because an employee cannot freely refuse their employer; use legitimate_interest (usual), legal_obligation or contract.</translation>
    </message>
</context>
<context>
    <name>policy.extension_range_backwards</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="111"/>
        <source>The range “{part}” runs backwards; write the lower number first.</source>
        <translation>The range “{part}” runs backwards; write the lower number first.</translation>
    </message>
</context>
<context>
    <name>policy.extension_range_invalid</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="106"/>
        <source>“{part}” is not an extension or a range of extensions; write numbers like 100-399 or 500, separated by commas.</source>
        <translation>“{part}” is not an extension or a range of extensions; write numbers like 100-399 or 500, separated by commas.</translation>
    </message>
</context>
<context>
    <name>policy.file_empty</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="216"/>
        <source>The policy file {file} is empty; export the current policy with “policy export”, edit that file and import it.</source>
        <translation>The policy file {file} is empty; export the current policy with “policy export”, edit that file and import it.</translation>
    </message>
</context>
<context>
    <name>policy.file_not_text</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="234"/>
        <source>The policy file {file} cannot be read: it is not UTF-8 text.</source>
        <translation>The policy file {file} cannot be read: it is not UTF-8 text.</translation>
    </message>
</context>
<context>
    <name>policy.file_refused</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="221"/>
        <source>The policy file {file} was not imported because it has {count} problems; fix them and import it again:
{problems}</source>
        <translation>The policy file {file} was not imported because it has {count} problems; fix them and import it again:
{problems}</translation>
    </message>
</context>
<context>
    <name>policy.file_refused_one</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="226"/>
        <source>The policy file {file} was not imported because it has a problem; fix it and import it again:
{problems}</source>
        <translation>The policy file {file} was not imported because it has a problem; fix it and import it again:
{problems}</translation>
    </message>
</context>
<context>
    <name>policy.file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="231"/>
        <source>The policy file {file} cannot be read ({reason}).</source>
        <translation>The policy file {file} cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>policy.incomplete_import</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="211"/>
        <source>The recording policy is not complete, so importing calls is not allowed yet. Still missing:
{missing}</source>
        <translation>The recording policy is not complete, so importing calls is not allowed yet. Still missing:
{missing}</translation>
    </message>
</context>
<context>
    <name>policy.no_version</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="237"/>
        <source>There is no policy version {version}.</source>
        <translation>There is no policy version {version}.</translation>
    </message>
</context>
<context>
    <name>policy.unknown_legal_basis</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="103"/>
        <source>Unknown legal basis “{basis}”; use one of: {valid}.</source>
        <translation>Unknown legal basis “{basis}”; use one of: {valid}.</translation>
    </message>
</context>
<context>
    <name>policy_source.older</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="570"/>
        <source>{file} is version {number} of the policy of “{ours}”, older than version {in_force}, which this vault already holds; it was not imported. Import version {in_force} or newer.</source>
        <translation>{file} is version {number} of the policy of “{ours}”, older than version {in_force}, which this vault already holds; it was not imported. Import version {in_force} or newer.</translation>
    </message>
</context>
<context>
    <name>policy_source.other_organisation</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="559"/>
        <source>This vault holds the recording policy of “{ours}”, and {file} is the policy of “{theirs}”; it was not imported. Import your own organisation&apos;s policy file.</source>
        <translation>This vault holds the recording policy of “{ours}”, and {file} is the policy of “{theirs}”; it was not imported. Import your own organisation&apos;s policy file.</translation>
    </message>
</context>
<context>
    <name>policy_source.same_number</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="575"/>
        <source>Version {number} of the policy of “{ours}” is already in this vault with other content; give the changed file a higher {key} and import it again.</source>
        <translation>Version {number} of the policy of “{ours}” is already in this vault with other content; give the changed file a higher {key} and import it again.</translation>
    </message>
</context>
<context>
    <name>policy_source.unnumbered</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="564"/>
        <source>This vault holds version {in_force} of the policy of “{ours}”, and {file} has no {key}, so it cannot be told from an older version; give it its number (at least {in_force}) and import it again.</source>
        <translation>This vault holds version {in_force} of the policy of “{ours}”, and {file} has no {key}, so it cannot be told from an older version; give it its number (at least {in_force}) and import it again.</translation>
    </message>
</context>
<context>
    <name>policy_source.version_not_number</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="554"/>
        <source>{key} must be a whole number of 1 or more, such as 3; raise it with every change of the organisation&apos;s policy.</source>
        <translation>{key} must be a whole number of 1 or more, such as 3; raise it with every change of the organisation&apos;s policy.</translation>
    </message>
</context>
<context>
    <name>recordings.no_audio_left</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="294"/>
        <source>Recording {recording} holds no audio any more.</source>
        <translation>Recording {recording} holds no audio any more.</translation>
    </message>
</context>
<context>
    <name>recordings.no_batch</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="297"/>
        <source>There is no import batch {batch}.</source>
        <translation>There is no import batch {batch}.</translation>
    </message>
</context>
<context>
    <name>recordings.no_recording</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="293"/>
        <source>There is no recording {recording}.</source>
        <translation>There is no recording {recording}.</translation>
    </message>
</context>
<context>
    <name>report_merge.mixed_periods</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="613"/>
        <source>The reports cover different periods: {first} covers {first_start} to {first_end}, {other} covers {other_start} to {other_end}; make every vault&apos;s report for the same period.</source>
        <translation>The reports cover different periods: {first} covers {first_start} to {first_end}, {other} covers {other_start} to {other_end}; make every vault&apos;s report for the same period.</translation>
    </message>
</context>
<context>
    <name>report_merge.mixed_policies</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="618"/>
        <source>The reports were made under different recording policies: {first} under {first_policy}, {other} under {other_policy}; import the same policy file into every vault and make the reports again.</source>
        <translation>The reports were made under different recording policies: {first} under {first_policy}, {other} under {other_policy}; import the same policy file into every vault and make the reports again.</translation>
    </message>
</context>
<context>
    <name>report_merge.mixes_rows</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="602"/>
        <source>{file} mixes the rows of several reports; give each vault&apos;s report as its own file.</source>
        <translation>{file} mixes the rows of several reports; give each vault&apos;s report as its own file.</translation>
    </message>
</context>
<context>
    <name>report_merge.not_a_report</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="592"/>
        <source>{file} is not a transparency report of a vault; add the JSON or CSV files that each vault&apos;s Reports page (or “report transparency”) saved.</source>
        <translation>{file} is not a transparency report of a vault; add the JSON or CSV files that each vault&apos;s Reports page (or “report transparency”) saved.</translation>
    </message>
</context>
<context>
    <name>report_merge.not_text</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="589"/>
        <source>{file} is not a transparency report (it is not text).</source>
        <translation>{file} is not a transparency report (it is not text).</translation>
    </message>
</context>
<context>
    <name>report_merge.older_version</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="597"/>
        <source>{file} was made by an earlier version of Supervisor App and does not say which policy it was made under; make that vault&apos;s report again.</source>
        <translation>{file} was made by an earlier version of Supervisor App and does not say which policy it was made under; make that vault&apos;s report again.</translation>
    </message>
</context>
<context>
    <name>report_merge.same_vault_twice</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="609"/>
        <source>{first} and {second} are both reports of vault {vault}; give each vault&apos;s report once.</source>
        <translation>{first} and {second} are both reports of vault {vault}; give each vault&apos;s report once.</translation>
    </message>
</context>
<context>
    <name>report_merge.too_few</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="606"/>
        <source>Give the transparency reports of at least two vaults to merge.</source>
        <translation>Give the transparency reports of at least two vaults to merge.</translation>
    </message>
</context>
<context>
    <name>report_merge.too_large</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="586"/>
        <source>{file} is too large to be a transparency report.</source>
        <translation>{file} is too large to be a transparency report.</translation>
    </message>
</context>
<context>
    <name>report_merge.unreadable</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="583"/>
        <source>The report {path} cannot be read ({reason}).</source>
        <translation>The report {path} cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>reports.period_backwards</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="476"/>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>The period ends before it starts; check the two dates.</translation>
    </message>
</context>
<context>
    <name>requests.already_answered</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="56"/>
        <source>This request was already answered.</source>
        <translation>This request was already answered.</translation>
    </message>
</context>
<context>
    <name>requests.already_extended</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="52"/>
        <source>This request was already extended; the law allows one extension.</source>
        <translation>This request was already extended; the law allows one extension.</translation>
    </message>
</context>
<context>
    <name>requests.already_refused</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="59"/>
        <source>This request was already refused.</source>
        <translation>This request was already refused.</translation>
    </message>
</context>
<context>
    <name>requests.answer_note</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="75"/>
        <source>Write how the request was answered.</source>
        <translation>Write how the request was answered.</translation>
    </message>
</context>
<context>
    <name>requests.extension_reason</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="67"/>
        <source>Write why two more months are needed, in at least {least} characters; the subject is told this reason.</source>
        <translation>Write why two more months are needed, in at least {least} characters; the subject is told this reason.</translation>
    </message>
</context>
<context>
    <name>requests.first_month_passed</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="62"/>
        <source>The first month has passed, so the deadline can no longer be extended: the subject must be told of an extension within that month. Answer it now.</source>
        <translation>The first month has passed, so the deadline can no longer be extended: the subject must be told of an extension within that month. Answer it now.</translation>
    </message>
</context>
<context>
    <name>requests.name_subject_once</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="369"/>
        <source>Name the subject once: an agent (by extension) or a caller (by phone number).</source>
        <translation>Name the subject once: an agent (by extension) or a caller (by phone number).</translation>
    </message>
</context>
<context>
    <name>requests.no_request</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="368"/>
        <source>There is no request {request}.</source>
        <translation>There is no request {request}.</translation>
    </message>
</context>
<context>
    <name>requests.not_a_phone_number</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="363"/>
        <source>“{number}” is not a telephone number; write it as, for example, 0612345678 or +31 6 1234 5678.</source>
        <translation>“{number}” is not a telephone number; write it as, for example, 0612345678 or +31 6 1234 5678.</translation>
    </message>
</context>
<context>
    <name>requests.note_too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="78"/>
        <source>Keep the note under {limit} characters.</source>
        <translation>Keep the note under {limit} characters.</translation>
    </message>
</context>
<context>
    <name>requests.received_in_future</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="48"/>
        <source>The day of receipt {date} lies in the future; enter the day the request arrived.</source>
        <translation>The day of receipt {date} lies in the future; enter the day the request arrived.</translation>
    </message>
</context>
<context>
    <name>requests.refusal_note</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="72"/>
        <source>Write why the request is refused, in at least {least} characters.</source>
        <translation>Write why the request is refused, in at least {least} characters.</translation>
    </message>
</context>
<context>
    <name>requests.text_too_long</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="373"/>
        <source>Keep how it was verified under {verification} characters and the note under {note}.</source>
        <translation>Keep how it was verified under {verification} characters and the note under {note}.</translation>
    </message>
</context>
<context>
    <name>requests.unknown_kind</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="377"/>
        <source>“{kind}” is not a kind of request; use one of: {valid}.</source>
        <translation>“{kind}” is not a kind of request; use one of: {valid}.</translation>
    </message>
</context>
<context>
    <name>requests.unknown_outcome</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="380"/>
        <source>“{outcome}” is not an outcome; use answered or refused.</source>
        <translation>“{outcome}” is not an outcome; use answered or refused.</translation>
    </message>
</context>
<context>
    <name>rights.admin_acknowledgements</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="52"/>
        <source>Only an administrator can record protocol acknowledgements.</source>
        <translation>Only an administrator can record protocol acknowledgements.</translation>
    </message>
</context>
<context>
    <name>rights.admin_add_agents</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="17"/>
        <source>Only an administrator can add agents.</source>
        <translation>Only an administrator can add agents.</translation>
    </message>
</context>
<context>
    <name>rights.admin_add_users</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="23"/>
        <source>Only an administrator can add users.</source>
        <translation>Only an administrator can add users.</translation>
    </message>
</context>
<context>
    <name>rights.admin_change_agents</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="20"/>
        <source>Only an administrator can change agents.</source>
        <translation>Only an administrator can change agents.</translation>
    </message>
</context>
<context>
    <name>rights.admin_close_requests</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="71"/>
        <source>Only an administrator can close requests.</source>
        <translation>Only an administrator can close requests.</translation>
    </message>
</context>
<context>
    <name>rights.admin_erase</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="56"/>
        <source>Only an administrator can erase recordings.</source>
        <translation>Only an administrator can erase recordings.</translation>
    </message>
</context>
<context>
    <name>rights.admin_export</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="74"/>
        <source>Only an administrator can export a person&apos;s data.</source>
        <translation>Only an administrator can export a person&apos;s data.</translation>
    </message>
</context>
<context>
    <name>rights.admin_extend_requests</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="68"/>
        <source>Only an administrator can extend requests.</source>
        <translation>Only an administrator can extend requests.</translation>
    </message>
</context>
<context>
    <name>rights.admin_lift_objections</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="62"/>
        <source>Only an administrator can lift objections.</source>
        <translation>Only an administrator can lift objections.</translation>
    </message>
</context>
<context>
    <name>rights.admin_objections</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="59"/>
        <source>Only an administrator can record objections.</source>
        <translation>Only an administrator can record objections.</translation>
    </message>
</context>
<context>
    <name>rights.admin_passphrase</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="29"/>
        <source>Only an administrator can change another user&apos;s passphrase.</source>
        <translation>Only an administrator can change another user&apos;s passphrase.</translation>
    </message>
</context>
<context>
    <name>rights.admin_policy</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="46"/>
        <source>Only an administrator can change the recording policy.</source>
        <translation>Only an administrator can change the recording policy.</translation>
    </message>
</context>
<context>
    <name>rights.admin_publish</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="49"/>
        <source>Only an administrator can publish documents.</source>
        <translation>Only an administrator can publish documents.</translation>
    </message>
</context>
<context>
    <name>rights.admin_recovery_key</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="38"/>
        <source>Only an administrator can replace the recovery key.</source>
        <translation>Only an administrator can replace the recovery key.</translation>
    </message>
</context>
<context>
    <name>rights.admin_register_requests</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="65"/>
        <source>Only an administrator can register requests.</source>
        <translation>Only an administrator can register requests.</translation>
    </message>
</context>
<context>
    <name>rights.admin_rekey</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="35"/>
        <source>Only an administrator can rekey the vault.</source>
        <translation>Only an administrator can rekey the vault.</translation>
    </message>
</context>
<context>
    <name>rights.admin_remove_users</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="32"/>
        <source>Only an administrator can remove users.</source>
        <translation>Only an administrator can remove users.</translation>
    </message>
</context>
<context>
    <name>rights.admin_roles</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="26"/>
        <source>Only an administrator can change roles.</source>
        <translation>Only an administrator can change roles.</translation>
    </message>
</context>
<context>
    <name>rights.admin_teams</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="16"/>
        <source>Only an administrator can add teams.</source>
        <translation>Only an administrator can add teams.</translation>
    </message>
</context>
<context>
    <name>rights.backup</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="495"/>
        <source>Only an administrator or an auditor can back up the vault.</source>
        <translation>Only an administrator or an auditor can back up the vault.</translation>
    </message>
</context>
<context>
    <name>rights.hold_role</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="117"/>
        <source>The policy does not let your role keep recordings as evidence for “{purpose}”.</source>
        <translation>The policy does not let your role keep recordings as evidence for “{purpose}”.</translation>
    </message>
</context>
<context>
    <name>rights.hold_team</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="121"/>
        <source>The agent of this recording is not in a team you may hold recordings for.</source>
        <translation>The agent of this recording is not in a team you may hold recordings for.</translation>
    </message>
</context>
<context>
    <name>rights.import_agents</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="528"/>
        <source>Only an administrator can import agents.</source>
        <translation>Only an administrator can import agents.</translation>
    </message>
</context>
<context>
    <name>rights.importers</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="97"/>
        <source>Only an administrator or a team lead can import calls.</source>
        <translation>Only an administrator or a team lead can import calls.</translation>
    </message>
</context>
<context>
    <name>rights.only_author_changes</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="642"/>
        <source>Only its author can change a scorecard.</source>
        <translation>Only its author can change a scorecard.</translation>
    </message>
</context>
<context>
    <name>rights.only_listener_scores</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="634"/>
        <source>Only the person who listened can score this listen.</source>
        <translation>Only the person who listened can score this listen.</translation>
    </message>
</context>
<context>
    <name>rights.only_team_lead_sheets</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="680"/>
        <source>Only the agent&apos;s team lead can make or send their feedback sheet.</source>
        <translation>Only the agent&apos;s team lead can make or send their feedback sheet.</translation>
    </message>
</context>
<context>
    <name>rights.only_team_lead_trends</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="661"/>
        <source>Only a team lead of this team can see its coaching trends.</source>
        <translation>Only a team lead of this team can see its coaching trends.</translation>
    </message>
</context>
<context>
    <name>rights.private_flag</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="113"/>
        <source>Only someone who may listen to this recording can flag it as a private call.</source>
        <translation>Only someone who may listen to this recording can flag it as a private call.</translation>
    </message>
</context>
<context>
    <name>rights.reader_log</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="88"/>
        <source>Only an administrator or auditor can verify or export the log.</source>
        <translation>Only an administrator or auditor can verify or export the log.</translation>
    </message>
</context>
<context>
    <name>rights.reader_objections</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="81"/>
        <source>Only an administrator or an auditor can see objections.</source>
        <translation>Only an administrator or an auditor can see objections.</translation>
    </message>
</context>
<context>
    <name>rights.reader_receipts</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="94"/>
        <source>Only an administrator or auditor can check a receipt.</source>
        <translation>Only an administrator or auditor can check a receipt.</translation>
    </message>
</context>
<context>
    <name>rights.reader_requests</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="84"/>
        <source>Only an administrator or an auditor can see the requests register.</source>
        <translation>Only an administrator or an auditor can see the requests register.</translation>
    </message>
</context>
<context>
    <name>rights.reader_transparency</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="77"/>
        <source>Only an administrator or an auditor can make the transparency report.</source>
        <translation>Only an administrator or an auditor can make the transparency report.</translation>
    </message>
</context>
<context>
    <name>rights.reader_who_listens</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="91"/>
        <source>Only an administrator or auditor can see who may listen.</source>
        <translation>Only an administrator or auditor can see who may listen.</translation>
    </message>
</context>
<context>
    <name>rights.recovery_key_not_with_itself</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="41"/>
        <source>The recovery key cannot replace itself; unlock as an administrator with your passphrase and replace it then.</source>
        <translation>The recovery key cannot replace itself; unlock as an administrator with your passphrase and replace it then.</translation>
    </message>
</context>
<context>
    <name>rights.release</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="125"/>
        <source>Only an administrator or someone who may place this hold can release it.</source>
        <translation>Only an administrator or someone who may place this hold can release it.</translation>
    </message>
</context>
<context>
    <name>rights.restore</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="498"/>
        <source>Only an administrator of the vault (or its recovery key) can restore a backup.</source>
        <translation>Only an administrator of the vault (or its recovery key) can restore a backup.</translation>
    </message>
</context>
<context>
    <name>rights.senders_acknowledged</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="104"/>
        <source>Only an administrator, a team lead or a quality coach can record that an agent acknowledged a notice.</source>
        <translation>Only an administrator, a team lead or a quality coach can record that an agent acknowledged a notice.</translation>
    </message>
</context>
<context>
    <name>rights.senders_defer</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="109"/>
        <source>Only an administrator, a team lead or a quality coach can defer a notice.</source>
        <translation>Only an administrator, a team lead or a quality coach can defer a notice.</translation>
    </message>
</context>
<context>
    <name>rights.senders_sent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="100"/>
        <source>Only an administrator, a team lead or a quality coach can record that a notice was sent.</source>
        <translation>Only an administrator, a team lead or a quality coach can record that a notice was sent.</translation>
    </message>
</context>
<context>
    <name>roster.agent_twice</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="209"/>
        <source>this agent is also on line {first}; put all of an agent&apos;s extensions on one line.</source>
        <translation>this agent is also on line {first}; put all of an agent&apos;s extensions on one line.</translation>
    </message>
</context>
<context>
    <name>roster.empty</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="177"/>
        <source>The agents list is empty; it needs a heading line with the columns extension, name and team, and one line per agent.</source>
        <translation>The agents list is empty; it needs a heading line with the columns extension, name and team, and one line per agent.</translation>
    </message>
</context>
<context>
    <name>roster.extension_twice</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="200"/>
        <source>extension {extension} is also on line {first}; give each extension to one agent only.</source>
        <translation>extension {extension} is also on line {first}; give each extension to one agent only.</translation>
    </message>
</context>
<context>
    <name>roster.extensions_of_several</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="204"/>
        <source>the extensions {extensions} belong to {count} different agents in the vault; put each agent on a line of their own.</source>
        <translation>the extensions {extensions} belong to {count} different agents in the vault; put each agent on a line of their own.</translation>
    </message>
</context>
<context>
    <name>roster.language</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="196"/>
        <source>the language “{language}” is neither nl nor en; write nl or en, or leave it empty for nl.</source>
        <translation>the language “{language}” is neither nl nor en; write nl or en, or leave it empty for nl.</translation>
    </message>
</context>
<context>
    <name>roster.line</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="195"/>
        <source>Line {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>roster.no_column</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="190"/>
        <source>The agents list has no column {columns} in its heading line; the columns are extension, name, team, e-mail and language.</source>
        <translation>The agents list has no column {columns} in its heading line; the columns are extension, name, team, e-mail and language.</translation>
    </message>
</context>
<context>
    <name>roster.not_csv</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="185"/>
        <source>The agents list cannot be read as CSV at line {line} ({reason}); save it again from the spreadsheet as CSV.</source>
        <translation>The agents list cannot be read as CSV at line {line} ({reason}); save it again from the spreadsheet as CSV.</translation>
    </message>
</context>
<context>
    <name>roster.too_long</name>
    <message>
        <location filename="../../supervisor_app/domain/error_codes.py" line="182"/>
        <source>The agents list has more than {limit} lines; split it by team.</source>
        <translation>The agents list has more than {limit} lines; split it by team.</translation>
    </message>
</context>
<context>
    <name>session.no_longer_a_user</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="132"/>
        <source>“{name}” has a key but is no longer a user of this vault; ask an administrator.</source>
        <translation>“{name}” has a key but is no longer a user of this vault; ask an administrator.</translation>
    </message>
</context>
<context>
    <name>session.rekey_interrupted</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="136"/>
        <source>A rekey of this vault was interrupted; unlock once as a user who has unlocked since the last update, so it can be finished.</source>
        <translation>A rekey of this vault was interrupted; unlock once as a user who has unlocked since the last update, so it can be finished.</translation>
    </message>
</context>
<context>
    <name>session.signing_key_unknown</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="141"/>
        <source>The audit log knows another signing key for “{name}”, or none: this key slot is an old copy, or the log was rewritten. Tell the privacy officer; an administrator can set a new passphrase.</source>
        <translation>The audit log knows another signing key for “{name}”, or none: this key slot is an old copy, or the log was rewritten. Tell the privacy officer; an administrator can set a new passphrase.</translation>
    </message>
</context>
<context>
    <name>sheets.already_sent</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="703"/>
        <source>Feedback sheet {sheet} was already sent.</source>
        <translation>Feedback sheet {sheet} was already sent.</translation>
    </message>
</context>
<context>
    <name>sheets.already_withdrawn</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="706"/>
        <source>Feedback sheet {sheet} was already withdrawn.</source>
        <translation>Feedback sheet {sheet} was already withdrawn.</translation>
    </message>
</context>
<context>
    <name>sheets.call_deleted</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="690"/>
        <source>A call feedback sheet {sheet} covers was deleted when its retention ended; make a new sheet for the calls that are left.</source>
        <translation>A call feedback sheet {sheet} covers was deleted when its retention ended; make a new sheet for the calls that are left.</translation>
    </message>
</context>
<context>
    <name>sheets.call_deleted_withdraw</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="695"/>
        <source>A call feedback sheet {sheet} covers was deleted when its retention ended; withdraw it and make a new sheet.</source>
        <translation>A call feedback sheet {sheet} covers was deleted when its retention ended; withdraw it and make a new sheet.</translation>
    </message>
</context>
<context>
    <name>sheets.no_sheet</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="689"/>
        <source>There is no feedback sheet {sheet}.</source>
        <translation>There is no feedback sheet {sheet}.</translation>
    </message>
</context>
<context>
    <name>sheets.not_shown</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="709"/>
        <source>Feedback sheet {sheet} is not the one shown; show it again and send that.</source>
        <translation>Feedback sheet {sheet} is not the one shown; show it again and send that.</translation>
    </message>
</context>
<context>
    <name>sheets.nothing_to_send</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="684"/>
        <source>No shared scorecard of {agent} is about a call from {start} to {end}; there is nothing to send.</source>
        <translation>No shared scorecard of {agent} is about a call from {start} to {end}; there is nothing to send.</translation>
    </message>
</context>
<context>
    <name>sheets.period_backwards</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="713"/>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>The period ends before it starts; check the two dates.</translation>
    </message>
</context>
<context>
    <name>sheets.unknown_channel</name>
    <message>
        <location filename="../../supervisor_app/services/error_codes.py" line="700"/>
        <source>Unknown channel “{channel}”; use one of: {valid}.</source>
        <translation>Unknown channel “{channel}”; use one of: {valid}.</translation>
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
        <translation>The backup cannot be opened.</translation>
    </message>
</context>
<context>
    <name>vault.backup_database_damaged</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="240"/>
        <source>The backup&apos;s database is damaged and cannot be used; make a new backup.</source>
        <translation>The backup&apos;s database is damaged and cannot be used; make a new backup.</translation>
    </message>
</context>
<context>
    <name>vault.backup_database_other_vault</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="244"/>
        <source>The backup&apos;s database belongs to another vault than its key file.</source>
        <translation>The backup&apos;s database belongs to another vault than its key file.</translation>
    </message>
</context>
<context>
    <name>vault.backup_disk_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="197"/>
        <source>The disk is full, so the backup could not be saved; free some space and try again. The vault was not changed.</source>
        <translation>The disk is full, so the backup could not be saved; free some space and try again. The vault was not changed.</translation>
    </message>
</context>
<context>
    <name>vault.backup_file_altered</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="271"/>
        <source>The backup {name} is damaged: its vault.db is not the file that was backed up. Choose another backup.</source>
        <translation>The backup {name} is damaged: its vault.db is not the file that was backed up. Choose another backup.</translation>
    </message>
</context>
<context>
    <name>vault.backup_file_missing</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="279"/>
        <source>There is no {file} in {folder}; choose a complete backup.</source>
        <translation>There is no {file} in {folder}; choose a complete backup.</translation>
    </message>
</context>
<context>
    <name>vault.backup_folder_not_folder</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="225"/>
        <source>{folder} is not a folder; choose a folder for the backups.</source>
        <translation>{folder} is not a folder; choose a folder for the backups.</translation>
    </message>
</context>
<context>
    <name>vault.backup_from_newer_version</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="258"/>
        <source>This backup was made by a newer version of Supervisor App; install that version to restore it.</source>
        <translation>This backup was made by a newer version of Supervisor App; install that version to restore it.</translation>
    </message>
</context>
<context>
    <name>vault.backup_incomplete</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="267"/>
        <source>The backup {name} is incomplete (vault.db or keyslots.json is missing).</source>
        <translation>The backup {name} is incomplete (vault.db or keyslots.json is missing).</translation>
    </message>
</context>
<context>
    <name>vault.backup_key_file_other_vault</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="276"/>
        <source>The backup {name} holds the key file of another vault.</source>
        <translation>The backup {name} holds the key file of another vault.</translation>
    </message>
</context>
<context>
    <name>vault.backup_log_altered</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="248"/>
        <source>The backup&apos;s audit log ends at entry {found}, not at entry {described} as its description says: it was altered.</source>
        <translation>The backup&apos;s audit log ends at entry {found}, not at entry {described} as its description says: it was altered.</translation>
    </message>
</context>
<context>
    <name>vault.backup_not_copied</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="237"/>
        <source>The vault could not be copied; try again.</source>
        <translation>The vault could not be copied; try again.</translation>
    </message>
</context>
<context>
    <name>vault.backup_not_saved</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="207"/>
        <source>The backup could not be saved ({reason}). The vault was not changed.</source>
        <translation>The backup could not be saved ({reason}). The vault was not changed.</translation>
    </message>
</context>
<context>
    <name>vault.backup_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="202"/>
        <source>The backup folder is read-only, so the backup could not be saved; choose a folder you can write to or fix its permissions. The vault was not changed.</source>
        <translation>The backup folder is read-only, so the backup could not be saved; choose a folder you can write to or fix its permissions. The vault was not changed.</translation>
    </message>
</context>
<context>
    <name>vault.backup_stopped</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="293"/>
        <source>Stopped before it was finished; nothing was saved or changed.</source>
        <translation>Stopped before it was finished; nothing was saved or changed.</translation>
    </message>
</context>
<context>
    <name>vault.backup_wrong_key</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="284"/>
        <source>{file} in {folder} cannot be read with this vault&apos;s key: it is damaged or belongs to another vault.</source>
        <translation>{file} in {folder} cannot be read with this vault&apos;s key: it is damaged or belongs to another vault.</translation>
    </message>
</context>
<context>
    <name>vault.database_cannot_open</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="62"/>
        <source>The vault database cannot be opened.</source>
        <translation>The vault database cannot be opened.</translation>
    </message>
</context>
<context>
    <name>vault.database_cannot_write</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="65"/>
        <source>The vault cannot be written now.</source>
        <translation>The vault cannot be written now.</translation>
    </message>
</context>
<context>
    <name>vault.database_empty</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="53"/>
        <source>vault.db is empty, so it holds no vault; restore the vault folder from a backup.</source>
        <translation>vault.db is empty, so it holds no vault; restore the vault folder from a backup.</translation>
    </message>
</context>
<context>
    <name>vault.database_foreign</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="57"/>
        <source>vault.db is not a Supervisor App vault database or does not match keyslots.json; restore the vault folder from a backup.</source>
        <translation>vault.db is not a Supervisor App vault database or does not match keyslots.json; restore the vault folder from a backup.</translation>
    </message>
</context>
<context>
    <name>vault.database_missing</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="28"/>
        <source>The vault folder has no vault.db; restore it from a backup or create a new vault.</source>
        <translation>The vault folder has no vault.db; restore it from a backup or create a new vault.</translation>
    </message>
</context>
<context>
    <name>vault.different_vaults</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="68"/>
        <source>vault.db and keyslots.json come from different vaults; restore the vault folder from one backup.</source>
        <translation>vault.db and keyslots.json come from different vaults; restore the vault folder from one backup.</translation>
    </message>
</context>
<context>
    <name>vault.folder_disk_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="133"/>
        <source>The disk is full, so the vault folder could not be made; free some space and try again. Nothing was changed.</source>
        <translation>The disk is full, so the vault folder could not be made; free some space and try again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.folder_holds_vault</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="126"/>
        <source>The folder {folder} already holds a vault; open it instead.</source>
        <translation>The folder {folder} already holds a vault; open it instead.</translation>
    </message>
</context>
<context>
    <name>vault.folder_not_empty</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="129"/>
        <source>The folder {folder} is not empty; choose a new or empty folder for the vault.</source>
        <translation>The folder {folder} is not empty; choose a new or empty folder for the vault.</translation>
    </message>
</context>
<context>
    <name>vault.folder_not_made</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="143"/>
        <source>The vault folder could not be made ({reason}). Nothing was changed.</source>
        <translation>The vault folder could not be made ({reason}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.folder_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="138"/>
        <source>The vault folder cannot be made there because that place is read-only; choose a folder you can write to. Nothing was changed.</source>
        <translation>The vault folder cannot be made there because that place is read-only; choose a folder you can write to. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_damaged</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="39"/>
        <source>The key file keyslots.json is damaged or incomplete; restore it from a backup of the vault folder.</source>
        <translation>The key file keyslots.json is damaged or incomplete; restore it from a backup of the vault folder.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_disk_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="146"/>
        <source>The disk is full, so the key file could not be saved; free some space and try again. Nothing was changed.</source>
        <translation>The disk is full, so the key file could not be saved; free some space and try again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_foreign</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="35"/>
        <source>This folder&apos;s keyslots.json does not belong to a Supervisor App vault.</source>
        <translation>This folder&apos;s keyslots.json does not belong to a Supervisor App vault.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_not_saved</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="156"/>
        <source>The key file could not be saved ({reason}). Nothing was changed.</source>
        <translation>The key file could not be saved ({reason}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_other_vault</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="228"/>
        <source>keyslots.json belongs to another vault; lock the vault and restore the folder.</source>
        <translation>keyslots.json belongs to another vault; lock the vault and restore the folder.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="151"/>
        <source>The vault folder is read-only, so the key file could not be saved; choose a folder you can write to or fix its permissions. Nothing was changed.</source>
        <translation>The vault folder is read-only, so the key file could not be saved; choose a folder you can write to or fix its permissions. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_replaced</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="73"/>
        <source>keyslots.json was replaced by the key file of another vault while this one was open; lock the vault and restore the folder from one backup.</source>
        <translation>keyslots.json was replaced by the key file of another vault while this one was open; lock the vault and restore the folder from one backup.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_too_large</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="44"/>
        <source>The key file keyslots.json is far larger than a key file can be; restore it from a backup of the vault folder.</source>
        <translation>The key file keyslots.json is far larger than a key file can be; restore it from a backup of the vault folder.</translation>
    </message>
</context>
<context>
    <name>vault.key_file_unreadable</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="32"/>
        <source>The vault&apos;s key file cannot be read ({reason}).</source>
        <translation>The vault&apos;s key file cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>vault.locked</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="96"/>
        <source>The vault is locked; unlock it again to continue.</source>
        <translation>The vault is locked; unlock it again to continue.</translation>
    </message>
</context>
<context>
    <name>vault.newer_version</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="49"/>
        <source>This vault was made by a newer version of Supervisor App; install that version to open it.</source>
        <translation>This vault was made by a newer version of Supervisor App; install that version to open it.</translation>
    </message>
</context>
<context>
    <name>vault.no_database</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="24"/>
        <source>The folder {folder} has a key file but no vault.db; restore the vault folder from a backup.</source>
        <translation>The folder {folder} has a key file but no vault.db; restore the vault folder from a backup.</translation>
    </message>
</context>
<context>
    <name>vault.no_folder</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="16"/>
        <source>There is no folder {folder}; choose the folder that holds your vault.</source>
        <translation>There is no folder {folder}; choose the folder that holds your vault.</translation>
    </message>
</context>
<context>
    <name>vault.no_key_file</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="19"/>
        <source>The folder {folder} is not a Supervisor App vault (it has no keyslots.json); choose the folder that holds vault.db and keyslots.json.</source>
        <translation>The folder {folder} is not a Supervisor App vault (it has no keyslots.json); choose the folder that holds vault.db and keyslots.json.</translation>
    </message>
</context>
<context>
    <name>vault.no_rekey</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="125"/>
        <source>No rekey is under way.</source>
        <translation>No rekey is under way.</translation>
    </message>
</context>
<context>
    <name>vault.not_a_backup</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="253"/>
        <source>The folder {folder} is not a vault backup; choose a folder made by “Back up vault”, which holds vault.db, keyslots.json and backup.json.</source>
        <translation>The folder {folder} is not a vault backup; choose a folder made by “Back up vault”, which holds vault.db, keyslots.json and backup.json.</translation>
    </message>
</context>
<context>
    <name>vault.old_backup_not_deleted</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="263"/>
        <source>The old backup {name} could not be deleted ({reason}); delete it by hand.</source>
        <translation>The old backup {name} could not be deleted ({reason}); delete it by hand.</translation>
    </message>
</context>
<context>
    <name>vault.open_elsewhere</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="102"/>
        <source>The vault is open in another program; close it there first, or delete {path} if you are sure no program has it open.</source>
        <translation>The vault is open in another program; close it there first, or delete {path} if you are sure no program has it open.</translation>
    </message>
</context>
<context>
    <name>vault.open_elsewhere_by</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="107"/>
        <source>The vault is open in another program ({user} on {host}, process {pid}, since {since}); close it there first, or delete {path} if you are sure it is no longer open.</source>
        <translation>The vault is open in another program ({user} on {host}, process {pid}, since {since}); close it there first, or delete {path} if you are sure it is no longer open.</translation>
    </message>
</context>
<context>
    <name>vault.open_in_this_program</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="289"/>
        <source>This vault is open in this program; lock it first, then restore the backup.</source>
        <translation>This vault is open in this program; lock it first, then restore the backup.</translation>
    </message>
</context>
<context>
    <name>vault.open_on_other_computer</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="112"/>
        <source>The vault is open on another computer, {host} (user {user}, since {since}); a vault is used from one computer at a time, also on a network share, so close it there first, or delete {path} if you are sure it is no longer open there.</source>
        <translation>The vault is open on another computer, {host} (user {user}, since {since}); a vault is used from one computer at a time, also on a network share, so close it there first, or delete {path} if you are sure it is no longer open there.</translation>
    </message>
</context>
<context>
    <name>vault.own_key_removed</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="97"/>
        <source>Your key was removed from this vault&apos;s key file while it was open; lock the vault and ask an administrator.</source>
        <translation>Your key was removed from this vault&apos;s key file while it was open; lock the vault and ask an administrator.</translation>
    </message>
</context>
<context>
    <name>vault.recovery_slot_kept</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="121"/>
        <source>The recovery key&apos;s slot cannot be removed; make a new recovery key instead.</source>
        <translation>The recovery key&apos;s slot cannot be removed; make a new recovery key instead.</translation>
    </message>
</context>
<context>
    <name>vault.rekey_under_way</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="232"/>
        <source>A re-encryption of the vault is under way; lock and unlock the vault to finish it, then make the backup.</source>
        <translation>A re-encryption of the vault is under way; lock and unlock the vault to finish it, then make the backup.</translation>
    </message>
</context>
<context>
    <name>vault.restore_disk_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="211"/>
        <source>The disk is full, so the backup could not be restored; free some space and try again. Nothing was changed.</source>
        <translation>The disk is full, so the backup could not be restored; free some space and try again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.restore_not_saved</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="221"/>
        <source>The backup could not be restored ({reason}). Nothing was changed.</source>
        <translation>The backup could not be restored ({reason}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.restore_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="216"/>
        <source>The vault&apos;s folder is read-only, so the backup could not be restored there; choose a folder you can write to or fix its permissions. Nothing was changed.</source>
        <translation>The vault&apos;s folder is read-only, so the backup could not be restored there; choose a folder you can write to or fix its permissions. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.slot_altered</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="91"/>
        <source>The key slot of “{name}” in keyslots.json has been altered; restore keyslots.json from a backup or unlock with the recovery key.</source>
        <translation>The key slot of “{name}” in keyslots.json has been altered; restore keyslots.json from a backup or unlock with the recovery key.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_busy</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="183"/>
        <source>The vault is busy in another window or program; close that and try again.</source>
        <translation>The vault is busy in another window or program; close that and try again.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_cannot_open</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="179"/>
        <source>The vault database cannot be opened; check that the folder exists and that you may read it.</source>
        <translation>The vault database cannot be opened; check that the folder exists and that you may read it.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_corrupt</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="191"/>
        <source>The vault database is damaged; restore vault.db from a backup.</source>
        <translation>The vault database is damaged; restore vault.db from a backup.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_full</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="167"/>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation>The disk is full; free some space and try again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_io</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="187"/>
        <source>The disk reported an error while using the vault; check the disk and try again.</source>
        <translation>The disk reported an error while using the vault; check the disk and try again.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_not_a_database</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="162"/>
        <source>The vault database cannot be read with this key: it is damaged or is not a Supervisor App vault. Restore vault.db from a backup.</source>
        <translation>The vault database cannot be read with this key: it is damaged or is not a Supervisor App vault. Restore vault.db from a backup.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_permission</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="175"/>
        <source>The vault&apos;s files may not be written; fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>The vault&apos;s files may not be written; fix the folder&apos;s permissions. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.sqlite_read_only</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="170"/>
        <source>The vault is on a read-only disk or folder; move it to a folder you can write to. Nothing was changed.</source>
        <translation>The vault is on a read-only disk or folder; move it to a folder you can write to. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vault.unknown_user</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="81"/>
        <source>There is no user called “{name}” in this vault; check the name.</source>
        <translation>There is no user called “{name}” in this vault; check the name.</translation>
    </message>
</context>
<context>
    <name>vault.wrong_passphrase</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="84"/>
        <source>The passphrase for “{name}” is not right; try again.</source>
        <translation>The passphrase for “{name}” is not right; try again.</translation>
    </message>
</context>
<context>
    <name>vault.wrong_recovery_key</name>
    <message>
        <location filename="../../supervisor_app/vault/error_codes.py" line="87"/>
        <source>That recovery key does not open this vault; check it against the printed copy.</source>
        <translation>That recovery key does not open this vault; check it against the printed copy.</translation>
    </message>
</context>
</TS>
