<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../supervisor_app/ui/controller.py" line="187"/>
        <source>The vault was locked after {minutes} minutes without input.</source>
        <translation>The vault was locked after {minutes} minutes without input.</translation>
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
        <location filename="../../supervisor_app/ui/main_window.py" line="79"/>
        <source>Available in a later version</source>
        <translation>Available in a later version</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="81"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="82"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="83"/>
        <source>Listen log</source>
        <translation>Listen log</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="84"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="85"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="86"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="87"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="72"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="134"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="135"/>
        <source>&amp;About {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="149"/>
        <source>Opened with the recovery key</source>
        <translation>Opened with the recovery key</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="151"/>
        <source>Signed in as {name} · {roles}</source>
        <translation>Signed in as {name} · {roles}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="159"/>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="161"/>
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
</TS>
