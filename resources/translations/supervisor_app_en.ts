<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="30"/>
        <source>Record receipt of the protocol</source>
        <translation>Record receipt of the protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="33"/>
        <source>and {n} more</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="36"/>
        <source>Record that these agents received version {v} of the agent protocol: {names}.</source>
        <translation>Record that these agents received version {v} of the agent protocol: {names}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="45"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/acknowledge_dialog.py" line="46"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="103"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="112"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="113"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="114"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="116"/>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="157"/>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="160"/>
        <source>The administrator manages people and policy. Choose a passphrase you can remember: nobody can look it up for you.</source>
        <translation>The administrator manages people and policy. Choose a passphrase you can remember: nobody can look it up for you.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="165"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="167"/>
        <source>for example anna</source>
        <translation>for example anna</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="169"/>
        <source>for example Anna de Vries</source>
        <translation>for example Anna de Vries</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="179"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="180"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="237"/>
        <source>Creating the vault and protecting it with your passphrase…</source>
        <translation>Creating the vault and protecting it with your passphrase…</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="20"/>
        <source>Edit agent</source>
        <translation>Edit agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="20"/>
        <source>Add agent</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="25"/>
        <source>for example 201, 202</source>
        <translation>for example 201, 202</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="29"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="33"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="34"/>
        <source>E&amp;xtensions:</source>
        <translation>E&amp;xtensions:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="35"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="36"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="37"/>
        <source>&amp;Language for notices:</source>
        <translation>&amp;Language for notices:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="38"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="38"/>
        <source>&amp;Add agent</source>
        <translation>&amp;Add agent</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="49"/>
        <source>Add a team first: every agent belongs to a team.</source>
        <translation>Add a team first: every agent belongs to a team.</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="109"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="110"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="111"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="112"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="101"/>
        <source>Your vault is ready. Unlock it with your new passphrase.</source>
        <translation>Your vault is ready. Unlock it with your new passphrase.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="160"/>
        <source>The new passphrase is set. Unlock with it now.</source>
        <translation>The new passphrase is set. Unlock with it now.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="186"/>
        <source>The vault was locked after {minutes} minutes without input.</source>
        <translation>The vault was locked after {minutes} minutes without input.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="191"/>
        <source>Unsaved changes to the policy were discarded.</source>
        <translation>Unsaved changes to the policy were discarded.</translation>
    </message>
</context>
<context>
    <name>AttestationsSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="405"/>
        <source>What the organisation has arranged outside the app.</source>
        <translation>What the organisation has arranged outside the app.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="406"/>
        <source>Works council</source>
        <translation>Works council</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="409"/>
        <source>The works council &amp;consented</source>
        <translation>The works council &amp;consented</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="410"/>
        <source>Consent does &amp;not apply</source>
        <translation>Consent does &amp;not apply</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="423"/>
        <source>e.g. the organisation has no works council</source>
        <translation>e.g. the organisation has no works council</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="424"/>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="427"/>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="446"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="428"/>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="447"/>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="429"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="436"/>
        <source>Impact assessment</source>
        <translation>Impact assessment</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="440"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="445"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="452"/>
        <source>Announcement to callers</source>
        <translation>Announcement to callers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="455"/>
        <source>Callers are told calls may be &amp;recorded</source>
        <translation>Callers are told calls may be &amp;recorded</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="461"/>
        <source>Before the call starts, with the reason why.</source>
        <translation>Before the call starts, with the reason why.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="464"/>
        <source>Since:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="470"/>
        <source>Start from the app&apos;s &amp;text</source>
        <translation>Start from the app&apos;s &amp;text</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="476"/>
        <source>&amp;Security:</source>
        <translation>&amp;Security:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="478"/>
        <source>How recordings are secured; add what the organisation does around the app.</source>
        <translation>How recordings are secured; add what the organisation does around the app.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../supervisor_app/ui/banner.py" line="11"/>
        <source>Demo vault — fictitious data</source>
        <translation>Demo vault — fictitious data</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="27"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="57"/>
        <source>{n} things are missing. Until they are done, no calls can be imported or listened to.</source>
        <translation>{n} things are missing. Until they are done, no calls can be imported or listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="62"/>
        <source>One thing is missing. Until it is done, no calls can be imported or listened to.</source>
        <translation>One thing is missing. Until it is done, no calls can be imported or listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/checklist_panel.py" line="68"/>
        <source>Complete: nothing is missing.</source>
        <translation>Complete: nothing is missing.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="79"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="97"/>
        <source>Recording policy</source>
        <translation>Recording policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="98"/>
        <source>Agent protocol</source>
        <translation>Agent protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="126"/>
        <source>The recording policy (version {n}) is complete: calls can be imported and listened to.</source>
        <translation>The recording policy (version {n}) is complete: calls can be imported and listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="134"/>
        <source>The recording policy is not complete. Until it is, no calls can be imported or listened to. Still to do:</source>
        <translation>The recording policy is not complete. Until it is, no calls can be imported or listened to. Still to do:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="143"/>
        <source>Open Documents</source>
        <translation>Open Documents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="143"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="162"/>
        <source>No agent protocol has been published yet. Until agents have received it, none of their calls are sampled.</source>
        <translation>No agent protocol has been published yet. Until agents have received it, none of their calls are sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="170"/>
        <source>Every agent has received the current protocol (version {v}).</source>
        <translation>Every agent has received the current protocol (version {v}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="179"/>
        <source>{n} agents have not received the current protocol (version {v}); their calls are not sampled.</source>
        <translation>{n} agents have not received the current protocol (version {v}); their calls are not sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="184"/>
        <source>1 agent has not received the current protocol (version {v}); their calls are not sampled.</source>
        <translation>1 agent has not received the current protocol (version {v}); their calls are not sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="194"/>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/dashboard_page.py" line="196"/>
        <source>Acknowledgements…</source>
        <translation>Acknowledgements…</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_fields.py" line="97"/>
        <source> day</source>
        <translation> day</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_fields.py" line="97"/>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="75"/>
        <location filename="../../supervisor_app/ui/documents_page.py" line="79"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="80"/>
        <source>Acknowledgements</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="103"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="105"/>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="107"/>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="110"/>
        <source>Doc&amp;ument:</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="113"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="134"/>
        <source>Versions (choose one to see it):</source>
        <translation>Versions (choose one to see it):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="156"/>
        <source>Only agents who have &amp;not received it</source>
        <translation>Only agents who have &amp;not received it</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="162"/>
        <source>&amp;Record receipt…</source>
        <translation>&amp;Record receipt…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="166"/>
        <source>Calls of an agent are sampled only once the agent has received the current protocol. Select several agents to record them at once.</source>
        <translation>Calls of an agent are sampled only once the agent has received the current protocol. Select several agents to record them at once.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="250"/>
        <source>The register entry is not published: export it for the register of processing activities whenever it is needed.</source>
        <translation>The register entry is not published: export it for the register of processing activities whenever it is needed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="254"/>
        <source>There is no saved policy yet; the preview shows an empty draft.</source>
        <translation>There is no saved policy yet; the preview shows an empty draft.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="256"/>
        <source>Version {v} is published for the current policy (version {p}).</source>
        <translation>Version {v} is published for the current policy (version {p}).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="261"/>
        <source>Not yet published for the current policy (version {p}). Agents and staff need the published version.</source>
        <translation>Not yet published for the current policy (version {p}). Agents and staff need the published version.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="274"/>
        <source>Both documents are published for this policy version.</source>
        <translation>Both documents are published for this policy version.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="276"/>
        <source>First complete the policy: {item}</source>
        <translation>First complete the policy: {item}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="299"/>
        <source>From policy version {p}</source>
        <translation>From policy version {p}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="303"/>
        <source>Draft from policy version {p}, not published</source>
        <translation>Draft from policy version {p}, not published</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="321"/>
        <source>Publish documents</source>
        <translation>Publish documents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="323"/>
        <source>Publish the staff-regulation section and the agent protocol, in Dutch and English, for policy version {p}?</source>
        <translation>Publish the staff-regulation section and the agent protocol, in Dutch and English, for policy version {p}?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="331"/>
        <source>A published version can never be changed: it keeps its number, date and SHA-256 fingerprint. If the protocol text changed, agents must receive the new version before their calls are sampled again.</source>
        <translation>A published version can never be changed: it keeps its number, date and SHA-256 fingerprint. If the protocol text changed, agents must receive the new version before their calls are sampled again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="336"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="356"/>
        <source>{document} version {v} ({language}): SHA-256 {sha}</source>
        <translation>{document} version {v} ({language}): SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="364"/>
        <source>Published.</source>
        <translation>Published.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="373"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="376"/>
        <source>Export document</source>
        <translation>Export document</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="395"/>
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="406"/>
        <source>No agent protocol has been published yet; publish the documents first.</source>
        <translation>No agent protocol has been published yet; publish the documents first.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_page.py" line="412"/>
        <source>Current protocol: version {v}. Agents without it: {n}.</source>
        <translation>Current protocol: version {v}. Agents without it: {n}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="29"/>
        <source>Could not do that</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="38"/>
        <source>(no log file could be written)</source>
        <translation>(no log file could be written)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="41"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="42"/>
        <source>{app} ran into a bug and could not finish what you asked. Nothing you saved earlier is lost. Please send the log file to your administrator:

{path}</source>
        <translation>{app} ran into a bug and could not finish what you asked. Nothing you saved earlier is lost. Please send the log file to your administrator:

{path}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="27"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="27"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="27"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="27"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="32"/>
        <source>first version</source>
        <translation>first version</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="50"/>
        <source>Welcome to {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="53"/>
        <source>&lt;p&gt;This app keeps a small sample of recorded customer calls in an encrypted vault on this computer. Only people with a listening role can play a call, and only for a documented purpose. Every listen is logged, and the agent is told afterwards.&lt;/p&gt;&lt;p&gt;In three short steps this wizard:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;asks where to keep the vault;&lt;/li&gt;&lt;li&gt;makes you its first administrator, with your own passphrase;&lt;/li&gt;&lt;li&gt;shows the recovery key, for you to print or write down.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;This app keeps a small sample of recorded customer calls in an encrypted vault on this computer. Only people with a listening role can play a call, and only for a documented purpose. Every listen is logged, and the agent is told afterwards.&lt;/p&gt;&lt;p&gt;In three short steps this wizard:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;asks where to keep the vault;&lt;/li&gt;&lt;li&gt;makes you its first administrator, with your own passphrase;&lt;/li&gt;&lt;li&gt;shows the recovery key, for you to print or write down.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="64"/>
        <source>Open an existing vault…</source>
        <translation>Open an existing vault…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="67"/>
        <source>Already have a vault?</source>
        <translation>Already have a vault?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="76"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="84"/>
        <source>No vault there</source>
        <translation>No vault there</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="86"/>
        <source>That folder holds no vault. Choose the folder that contains vault.db and keyslots.json.</source>
        <translation>That folder holds no vault. Choose the folder that contains vault.db and keyslots.json.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="16"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="17"/>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="18"/>
        <source>Quality coach</source>
        <translation>Quality coach</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="19"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="27"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="28"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="97"/>
        <source>Vault location</source>
        <translation>Vault location</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="100"/>
        <source>The vault is a folder with two files. Choose a new or empty folder on this computer; back it up like any other important folder.</source>
        <translation>The vault is a folder with two files. Choose a new or empty folder on this computer; back it up like any other important folder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="106"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="113"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="130"/>
        <source>This folder already holds a vault. Go back and choose “Open an existing vault…”, or choose another folder.</source>
        <translation>This folder already holds a vault. Go back and choose “Open an existing vault…”, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="134"/>
        <source>This folder is not empty; choose a new or empty folder.</source>
        <translation>This folder is not empty; choose a new or empty folder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="141"/>
        <source>Choose a folder for the vault</source>
        <translation>Choose a folder for the vault</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="93"/>
        <source>Available in a later version</source>
        <translation>Available in a later version</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="95"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="96"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="97"/>
        <source>Listen log</source>
        <translation>Listen log</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="98"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="99"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="100"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="101"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="102"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="184"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="185"/>
        <source>The recording policy has changes that are not saved yet.</source>
        <translation>The recording policy has changes that are not saved yet.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="79"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="240"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="245"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="246"/>
        <source>&amp;About {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="260"/>
        <source>Opened with the recovery key</source>
        <translation>Opened with the recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="262"/>
        <source>Signed in as {name} · {roles}</source>
        <translation>Signed in as {name} · {roles}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="270"/>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="272"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Keeps a sample of recorded calls in an encrypted vault, lets only authorised roles listen for a documented purpose, logs every listen and makes sure agents are told.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Keeps a sample of recorded calls in an encrypted vault, lets only authorised roles listen for a documented purpose, logs every listen and makes sure agents are told.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../supervisor_app/ui/messages.py" line="14"/>
        <source>Could not do that</source>
        <translation>Could not do that</translation>
    </message>
</context>
<context>
    <name>MissingItems</name>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="50"/>
        <source>number {n}</source>
        <translation>number {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="55"/>
        <source>Enter the name of the organisation.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="56"/>
        <source>Enter where agents and customers can send objections and access requests.</source>
        <translation>Enter where agents and customers can send objections and access requests.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="59"/>
        <source>Enter who the privacy officer is.</source>
        <translation>Enter who the privacy officer is.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="62"/>
        <source>Add at least one purpose for which calls may be listened to.</source>
        <translation>Add at least one purpose for which calls may be listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="65"/>
        <source>Choose whether the app draws the sample of calls or the telephone system already did.</source>
        <translation>Choose whether the app draws the sample of calls or the telephone system already did.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="70"/>
        <source>Set the share of business calls to sample: more than 0% and at most 100% (e.g. 5%).</source>
        <translation>Set the share of business calls to sample: more than 0% and at most 100% (e.g. 5%).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="74"/>
        <source>Set the most calls per agent per week that may be sampled (at least 1).</source>
        <translation>Set the most calls per agent per week that may be sampled (at least 1).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="77"/>
        <source>Name at least one business queue, inbound number, campaign context or account code; until then no call counts as a business call.</source>
        <translation>Name at least one business queue, inbound number, campaign context or account code; until then no call counts as a business call.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="82"/>
        <source>Correct the internal extension ranges: each must run from a lower to a higher number.</source>
        <translation>Correct the internal extension ranges: each must run from a lower to a higher number.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="86"/>
        <source>Set within how many days an agent is told that a call of theirs was listened to.</source>
        <translation>Set within how many days an agent is told that a call of theirs was listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="90"/>
        <source>Set within how many days an agent is told that a call of theirs was recorded.</source>
        <translation>Set within how many days an agent is told that a call of theirs was recorded.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="94"/>
        <source>Choose whether agents get a notice per recording or a weekly digest.</source>
        <translation>Choose whether agents get a notice per recording or a weekly digest.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="97"/>
        <source>Record the kind, date and reference of the DPIA or risk assessment.</source>
        <translation>Record the kind, date and reference of the DPIA or risk assessment.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="100"/>
        <source>Confirm that callers hear that calls are recorded, and since when.</source>
        <translation>Confirm that callers hear that calls are recorded, and since when.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="103"/>
        <source>Write how recordings are secured (the app&apos;s own measures can be used as a start).</source>
        <translation>Write how recordings are secured (the app&apos;s own measures can be used as a start).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="107"/>
        <source>Publish the staff-regulation section on call recording for this version of the policy.</source>
        <translation>Publish the staff-regulation section on call recording for this version of the policy.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="111"/>
        <source>Publish the agent protocol for this version of the policy.</source>
        <translation>Publish the agent protocol for this version of the policy.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="139"/>
        <source>The fewest calls per agent per week is more than the most; lower the fewest or raise the most.</source>
        <translation>The fewest calls per agent per week is more than the most; lower the fewest or raise the most.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="144"/>
        <source>Set the fewest calls per agent per week to sample to 0 or more.</source>
        <translation>Set the fewest calls per agent per week to sample to 0 or more.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="149"/>
        <source>The time zone “{zone}” is not known; use a name like Europe/Amsterdam.</source>
        <translation>The time zone “{zone}” is not known; use a name like Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="153"/>
        <source>Choose the time zone of the telephone system.</source>
        <translation>Choose the time zone of the telephone system.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="156"/>
        <source>Record either the works council&apos;s consent or why it does not apply, not both.</source>
        <translation>Record either the works council&apos;s consent or why it does not apply, not both.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="160"/>
        <source>Record the date and reference of the works council&apos;s consent, or why consent does not apply.</source>
        <translation>Record the date and reference of the works council&apos;s consent, or why consent does not apply.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="167"/>
        <source>Remove the empty line from the agent protocol.</source>
        <translation>Remove the empty line from the agent protocol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="168"/>
        <source>Write at least one expectation for the agent protocol, such as “Always be polite”.</source>
        <translation>Write at least one expectation for the agent protocol, such as “Always be polite”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="184"/>
        <source>Two purposes have the id “{id}”; give each purpose its own id.</source>
        <translation>Two purposes have the id “{id}”; give each purpose its own id.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="188"/>
        <source>Change the id of purpose {name} to lowercase letters, digits, - or _, starting with a letter.</source>
        <translation>Change the id of purpose {name} to lowercase letters, digits, - or _, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="193"/>
        <source>Give purpose {name} a short id of lowercase letters, digits, - or _, such as “training”.</source>
        <translation>Give purpose {name} a short id of lowercase letters, digits, - or _, such as “training”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="200"/>
        <source>Remove {roles} from the roles that may listen for the purpose {name}; only team leads and quality coaches can listen.</source>
        <translation>Remove {roles} from the roles that may listen for the purpose {name}; only team leads and quality coaches can listen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="206"/>
        <source>Give purpose {name} a title.</source>
        <translation>Give purpose {name} a title.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="207"/>
        <source>Choose which calls the purpose {name} applies to: all business calls, or named queues or campaigns.</source>
        <translation>Choose which calls the purpose {name} applies to: all business calls, or named queues or campaigns.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="212"/>
        <source>Choose the legal basis for the purpose {name}.</source>
        <translation>Choose the legal basis for the purpose {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="215"/>
        <source>Explain why the chosen legal basis applies to the purpose {name}.</source>
        <translation>Explain why the chosen legal basis applies to the purpose {name}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="218"/>
        <source>Write why recording is necessary for the purpose {name} and which less intrusive means were weighed.</source>
        <translation>Write why recording is necessary for the purpose {name} and which less intrusive means were weighed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="223"/>
        <source>Set how many days recordings are kept for the purpose {name} (at least 1).</source>
        <translation>Set how many days recordings are kept for the purpose {name} (at least 1).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/missing_text.py" line="227"/>
        <source>Choose which roles may listen for the purpose {name}.</source>
        <translation>Choose which roles may listen for the purpose {name}.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="44"/>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="80"/>
        <source>Use at least {n} characters, for example four unrelated words.</source>
        <translation>Use at least {n} characters, for example four unrelated words.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="52"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="53"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="87"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>Too short: use at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="95"/>
        <source>Too easy to guess: add more unrelated words and avoid names and well-known phrases.</source>
        <translation>Too easy to guess: add more unrelated words and avoid names and well-known phrases.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="104"/>
        <source>Strong enough.</source>
        <translation>Strong enough.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="107"/>
        <source>Strong enough, but the two passphrases differ.</source>
        <translation>Strong enough, but the two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/passphrase_fields.py" line="110"/>
        <source>Strong enough. Now type it once more.</source>
        <translation>Strong enough. Now type it once more.</translation>
    </message>
</context>
<context>
    <name>NotificationSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="358"/>
        <source>Agents are told afterwards that a call of theirs was recorded or listened to.</source>
        <translation>Agents are told afterwards that a call of theirs was recorded or listened to.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="365"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="370"/>
        <source>After a &amp;listen, within:</source>
        <translation>After a &amp;listen, within:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="375"/>
        <source>After &amp;recording, within:</source>
        <translation>After &amp;recording, within:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="378"/>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_fields.py" line="62"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>OrganisationSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="102"/>
        <source>The organisation responsible for the recordings (the controller).</source>
        <translation>The organisation responsible for the recordings (the controller).</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="106"/>
        <source>e.g. privacy@example.nl</source>
        <translation>e.g. privacy@example.nl</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="108"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="111"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="113"/>
        <source>Where agents and customers send objections and requests to see recordings.</source>
        <translation>Where agents and customers send objections and requests to see recordings.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="116"/>
        <source>&amp;Privacy officer:</source>
        <translation>&amp;Privacy officer:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="181"/>
        <source>Passphrase of {name}</source>
        <translation>Passphrase of {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="187"/>
        <source>Only this user&apos;s passphrase changes; other users and the recovery key keep working as before.</source>
        <translation>Only this user&apos;s passphrase changes; other users and the recovery key keep working as before.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="195"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Change passphrase</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="97"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="99"/>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="101"/>
        <source>Change &amp;roles…</source>
        <translation>Change &amp;roles…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="102"/>
        <source>Re&amp;move user…</source>
        <translation>Re&amp;move user…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="103"/>
        <source>&amp;Add agent…</source>
        <translation>&amp;Add agent…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="104"/>
        <source>&amp;Edit agent…</source>
        <translation>&amp;Edit agent…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="105"/>
        <source>&amp;Add team…</source>
        <translation>&amp;Add team…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="109"/>
        <source>You see the people of your own teams. Only administrators can make changes.</source>
        <translation>You see the people of your own teams. Only administrators can make changes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="123"/>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="127"/>
        <source>A&amp;gents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="129"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="131"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="204"/>
        <location filename="../../supervisor_app/ui/people_page.py" line="239"/>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="206"/>
        <source>Remove {name}? They can no longer unlock the vault; what they did stays in the log.</source>
        <translation>Remove {name}? They can no longer unlock the vault; what they did stays in the log.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="212"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="215"/>
        <source>Also re-encrypt the vault (rekey), so an old copy of the key is useless</source>
        <translation>Also re-encrypt the vault (rekey), so an old copy of the key is useless</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="237"/>
        <source>Re-encrypting the vault…</source>
        <translation>Re-encrypting the vault…</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="76"/>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="77"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="78"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="79"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="80"/>
        <source>Attestations</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="81"/>
        <source>Agent protocol</source>
        <translation>Agent protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="161"/>
        <source>{n} missing</source>
        <translation>{n} missing</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_editor.py" line="161"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="22"/>
        <source>Legitimate interest (art. 6(1)(f))</source>
        <translation>Legitimate interest (art. 6(1)(f))</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="25"/>
        <source>Legal obligation (art. 6(1)(c))</source>
        <translation>Legal obligation (art. 6(1)(c))</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="26"/>
        <source>Contract (art. 6(1)(b))</source>
        <translation>Contract (art. 6(1)(b))</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="34"/>
        <source>This app draws a random sample at import</source>
        <translation>This app draws a random sample at import</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="35"/>
        <source>The telephone system already samples; import every recording</source>
        <translation>The telephone system already samples; import every recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="45"/>
        <source>A notice for every recording</source>
        <translation>A notice for every recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="46"/>
        <source>One overview per week</source>
        <translation>One overview per week</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="54"/>
        <source>DPIA (data protection impact assessment)</source>
        <translation>DPIA (data protection impact assessment)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="55"/>
        <source>Documented risk assessment</source>
        <translation>Documented risk assessment</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="63"/>
        <source>Staff regulation: call recording</source>
        <translation>Staff regulation: call recording</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="66"/>
        <source>Agent protocol</source>
        <translation>Agent protocol</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_labels.py" line="67"/>
        <source>Register of processing (art. 30)</source>
        <translation>Register of processing (art. 30)</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="61"/>
        <source>Recording policy</source>
        <translation>Recording policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="66"/>
        <source>Only administrators can change the policy; you can read every part of it.</source>
        <translation>Only administrators can change the policy; you can read every part of it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="68"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="71"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="75"/>
        <source>&amp;Import TOML…</source>
        <translation>&amp;Import TOML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="77"/>
        <source>E&amp;xport TOML…</source>
        <translation>E&amp;xport TOML…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="91"/>
        <source>&amp;View version…</source>
        <translation>&amp;View version…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="96"/>
        <source>Every save makes a new version; old versions stay readable.</source>
        <translation>Every save makes a new version; old versions stay readable.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="104"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="157"/>
        <source>Version {n}, saved {when} by {who}</source>
        <translation>Version {n}, saved {when} by {who}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="164"/>
        <source>No version saved yet</source>
        <translation>No version saved yet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="192"/>
        <source>Save or discard your changes first.</source>
        <translation>Save or discard your changes first.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="195"/>
        <source>Correct the fields marked in red before saving.</source>
        <translation>Correct the fields marked in red before saving.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="197"/>
        <source>Unsaved changes.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="225"/>
        <source>Saved as version {n}.</source>
        <translation>Saved as version {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="236"/>
        <source>Import policy</source>
        <translation>Import policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="246"/>
        <source>Imported as version {n}.</source>
        <translation>Imported as version {n}.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="252"/>
        <source>Export policy</source>
        <translation>Export policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_page.py" line="268"/>
        <source>Version {n} exported to {file}.</source>
        <translation>Version {n} exported to {file}.</translation>
    </message>
</context>
<context>
    <name>ProtocolSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="547"/>
        <source>Every agent receives these expectations in the agent protocol before any call of theirs can be sampled.</source>
        <translation>Every agent receives these expectations in the agent protocol before any call of theirs can be sampled.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="555"/>
        <source>Always be polite and patient.
Never swear.</source>
        <translation>Always be polite and patient.
Never swear.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="559"/>
        <source>&amp;Expectations:</source>
        <translation>&amp;Expectations:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="561"/>
        <source>One expectation per line.</source>
        <translation>One expectation per line.</translation>
    </message>
</context>
<context>
    <name>PurposesSection</name>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="57"/>
        <source>A recording kept for one purpose is never used for another. Each purpose needs a legal basis, a reason why recording is necessary and a retention period.</source>
        <translation>A recording kept for one purpose is never used for another. Each purpose needs a legal basis, a reason why recording is necessary and a retention period.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="74"/>
        <source>&amp;Add purpose</source>
        <translation>&amp;Add purpose</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="75"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="93"/>
        <source>e.g. training</source>
        <translation>e.g. training</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="95"/>
        <source>All business &amp;calls</source>
        <translation>All business &amp;calls</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="96"/>
        <source>Only these queues or campaigns:</source>
        <translation>Only these queues or campaigns:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="101"/>
        <source>Queues, e.g. 400, 401</source>
        <translation>Queues, e.g. 400, 401</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="103"/>
        <source>Campaigns, e.g. donor-2026</source>
        <translation>Campaigns, e.g. donor-2026</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="110"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="123"/>
        <source>Tell the agent &amp;who listened</source>
        <translation>Tell the agent &amp;who listened</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="126"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="126"/>
        <source>Lowercase letters, digits, - or _.</source>
        <translation>Lowercase letters, digits, - or _.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="127"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="128"/>
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="131"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="133"/>
        <source>Consent is not offered: an employee cannot freely refuse their employer.</source>
        <translation>Consent is not offered: an employee cannot freely refuse their employer.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="135"/>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="138"/>
        <source>&amp;Necessity:</source>
        <translation>&amp;Necessity:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="140"/>
        <source>Why recording is needed and which less intrusive means were weighed.</source>
        <translation>Why recording is needed and which less intrusive means were weighed.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="142"/>
        <source>&amp;Keep for:</source>
        <translation>&amp;Keep for:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="143"/>
        <source>Who may listen:</source>
        <translation>Who may listen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="169"/>
        <source>Add a purpose to describe it here.</source>
        <translation>Add a purpose to describe it here.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/purposes_section.py" line="215"/>
        <source>(new purpose)</source>
        <translation>(new purpose)</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="75"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="75"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="75"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="75"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="85"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="54"/>
        <source>Use recovery key</source>
        <translation>Use recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="58"/>
        <source>Type the recovery key from the printed page. Afterwards you choose a new passphrase for an administrator.</source>
        <translation>Type the recovery key from the printed page. Afterwards you choose a new passphrase for an administrator.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="70"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="74"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="85"/>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="111"/>
        <source>That recovery key does not open this vault; check it against the printed copy.</source>
        <translation>That recovery key does not open this vault; check it against the printed copy.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="272"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="275"/>
        <source>If every administrator forgets their passphrase, this key is the only way back into the vault. It is shown only now.</source>
        <translation>If every administrator forgets their passphrase, this key is the only way back into the vault. It is shown only now.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="282"/>
        <source>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</source>
        <translation>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="287"/>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>I have stored the recovery key somewhere safe</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="35"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="37"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="67"/>
        <source>{app}: recovery key

This key opens the vault when every passphrase is lost. Keep this page locked away, apart from the computer.</source>
        <translation>{app}: recovery key

This key opens the vault when every passphrase is lost. Keep this page locked away, apart from the computer.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="140"/>
        <source>Set a new passphrase</source>
        <translation>Set a new passphrase</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="144"/>
        <source>The recovery key opened the vault. Choose an administrator and give them a new passphrase; then unlock with it.</source>
        <translation>The recovery key opened the vault. Choose an administrator and give them a new passphrase; then unlock with it.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="162"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Set passphrase</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="170"/>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="155"/>
        <source>Roles of {name}</source>
        <translation>Roles of {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="160"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="161"/>
        <source>&amp;Save roles</source>
        <translation>&amp;Save roles</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="38"/>
        <source>Teams (for team lead and quality coach):</source>
        <translation>Teams (for team lead and quality coach):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="54"/>
        <source>There are no teams yet; add them on the Teams tab.</source>
        <translation>There are no teams yet; add them on the Teams tab.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="83"/>
        <source>Give the user at least one role.</source>
        <translation>Give the user at least one role.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="86"/>
        <source>Team leads and quality coaches work for chosen teams only; tick at least one team.</source>
        <translation>Team leads and quality coaches work for chosen teams only; tick at least one team.</translation>
    </message>
</context>
<context>
    <name>SamplingSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="146"/>
        <source>Only a sample of business calls may be kept and heard, never every call of an agent.</source>
        <translation>Only a sample of business calls may be kept and heard, never every call of an agent.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="152"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="167"/>
        <source>&amp;Who samples:</source>
        <translation>&amp;Who samples:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="170"/>
        <source>&amp;Share of calls:</source>
        <translation>&amp;Share of calls:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="172"/>
        <source>The share of business calls the app keeps, e.g. 5 %.</source>
        <translation>The share of business calls the app keeps, e.g. 5 %.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="176"/>
        <source>&amp;Most per agent:</source>
        <translation>&amp;Most per agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="178"/>
        <source>The most calls of one agent kept per week.</source>
        <translation>The most calls of one agent kept per week.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="182"/>
        <source>&amp;Fewest per agent:</source>
        <translation>&amp;Fewest per agent:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="184"/>
        <source>At least this many calls of each agent per week, if there are enough.</source>
        <translation>At least this many calls of each agent per week, if there are enough.</translation>
    </message>
</context>
<context>
    <name>ScopeSection</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="225"/>
        <source>Only business calls can be kept: calls through the queues, numbers and campaigns named here. Everything else is left out. Separate several values with commas.</source>
        <translation>Only business calls can be kept: calls through the queues, numbers and campaigns named here. Everything else is left out. Separate several values with commas.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="241"/>
        <source>e.g. 400, 401</source>
        <translation>e.g. 400, 401</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="243"/>
        <source>e.g. +31201234500</source>
        <translation>e.g. +31201234500</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="248"/>
        <source>e.g. 100-399, 500</source>
        <translation>e.g. 100-399, 500</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="252"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="254"/>
        <source>The clock of the telephone system, e.g. Europe/Amsterdam.</source>
        <translation>The clock of the telephone system, e.g. Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="256"/>
        <source>Business calls</source>
        <translation>Business calls</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="260"/>
        <source>&amp;Queues:</source>
        <translation>&amp;Queues:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="264"/>
        <source>Inbound &amp;numbers:</source>
        <translation>Inbound &amp;numbers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="270"/>
        <source>Campaign &amp;contexts:</source>
        <translation>Campaign &amp;contexts:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="276"/>
        <source>Campaign &amp;account codes:</source>
        <translation>Campaign &amp;account codes:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="292"/>
        <source>&amp;Protected numbers:</source>
        <translation>&amp;Protected numbers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="295"/>
        <source>One per line: the confidential counsellor, company doctor, works council… Calls to or from these numbers are never kept.</source>
        <translation>One per line: the confidential counsellor, company doctor, works council… Calls to or from these numbers are never kept.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="301"/>
        <source>Internal &amp;extensions:</source>
        <translation>Internal &amp;extensions:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="303"/>
        <source>Ranges of colleagues&apos; extensions; calls between them are never kept.</source>
        <translation>Ranges of colleagues&apos; extensions; calls between them are never kept.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_sections.py" line="345"/>
        <source>Write ranges as numbers, like 100-399, 500; “{text}” cannot be read.</source>
        <translation>Write ranges as numbers, like 100-399, 500; “{text}” cannot be read.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="52"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="56"/>
        <source>A new language takes effect when the app starts again.</source>
        <translation>A new language takes effect when the app starts again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="60"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="65"/>
        <source>Without keyboard or mouse input for this long, the vault locks itself. Ctrl+L locks at once.</source>
        <translation>Without keyboard or mouse input for this long, the vault locks itself. Ctrl+L locks at once.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="73"/>
        <source>To use another vault, lock and choose “Open another vault…”.</source>
        <translation>To use another vault, lock and choose “Open another vault…”.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="77"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="91"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="93"/>
        <source>Vault folder:</source>
        <translation>Vault folder:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="100"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="125"/>
        <source>The settings could not be saved ({reason}); check that the folder {folder} can be written.</source>
        <translation>The settings could not be saved ({reason}); check that the folder {folder} can be written.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/settings_page.py" line="132"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="320"/>
        <source>Set up {app}</source>
        <translation>Set up {app}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="72"/>
        <source>Add team</source>
        <translation>Add team</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="76"/>
        <source>&amp;Add team</source>
        <translation>&amp;Add team</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="137"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="61"/>
        <source>Unlock — {app}</source>
        <translation>Unlock — {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="69"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>The vault is locked. Sign in to continue.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="98"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="99"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="102"/>
        <source>Use recovery key…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="103"/>
        <source>Open another vault…</source>
        <translation>Open another vault…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="108"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="144"/>
        <source>Vault: {folder}</source>
        <translation>Vault: {folder}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="173"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="177"/>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="206"/>
        <source>The passphrase for “{name}” is not right; try again.</source>
        <translation>The passphrase for “{name}” is not right; try again.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="209"/>
        <source>There is no user called “{name}” in this vault; check the name.</source>
        <translation>There is no user called “{name}” in this vault; check the name.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="250"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="261"/>
        <source>No vault there</source>
        <translation>No vault there</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="262"/>
        <source>That folder holds no vault. Create a new vault there?</source>
        <translation>That folder holds no vault. Create a new vault there?</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="86"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="86"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="86"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="42"/>
        <source>Policy version {n}</source>
        <translation>Policy version {n}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/policy_history.py" line="48"/>
        <source>Version {n}, saved {when} by {who}. Old versions cannot be changed.</source>
        <translation>Version {n}, saved {when} by {who}. Old versions cannot be changed.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="36"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="37"/>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="38"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="39"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/documents_models.py" line="46"/>
        <source>Draft (not published)</source>
        <translation>Draft (not published)</translation>
    </message>
</context>
</TS>
