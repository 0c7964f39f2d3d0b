<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="103"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="112"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="113"/>
        <source>&amp;Display name:</source>
        <translation>W&amp;eergavenaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="114"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="116"/>
        <source>&amp;Add user</source>
        <translation>Gebruiker t&amp;oevoegen</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="157"/>
        <source>First administrator</source>
        <translation>Eerste beheerder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="160"/>
        <source>The administrator manages people and policy. Choose a passphrase you can remember: nobody can look it up for you.</source>
        <translation>De beheerder beheert personen en beleid. Kies een wachtwoordzin die je kunt onthouden: niemand kan hem voor je opzoeken.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="165"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="167"/>
        <source>for example anna</source>
        <translation>bijvoorbeeld anna</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="169"/>
        <source>for example Anna de Vries</source>
        <translation>bijvoorbeeld Anna de Vries</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="179"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="180"/>
        <source>&amp;Display name:</source>
        <translation>W&amp;eergavenaam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="237"/>
        <source>Creating the vault and protecting it with your passphrase…</source>
        <translation>De kluis wordt aangemaakt en met je wachtwoordzin beveiligd…</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="20"/>
        <source>Edit agent</source>
        <translation>Agent wijzigen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="20"/>
        <source>Add agent</source>
        <translation>Agent toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="25"/>
        <source>for example 201, 202</source>
        <translation>bijvoorbeeld 201, 202</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="29"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="33"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="34"/>
        <source>E&amp;xtensions:</source>
        <translation>&amp;Toestelnummers:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="35"/>
        <source>&amp;Team:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="36"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="37"/>
        <source>&amp;Language for notices:</source>
        <translation>Taal voor &amp;kennisgevingen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="38"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="38"/>
        <source>&amp;Add agent</source>
        <translation>Agent t&amp;oevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="49"/>
        <source>Add a team first: every agent belongs to a team.</source>
        <translation>Voeg eerst een team toe: elke agent hoort bij een team.</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="108"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="109"/>
        <source>Extensions</source>
        <translation>Toestelnummers</translation>
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
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="101"/>
        <source>Your vault is ready. Unlock it with your new passphrase.</source>
        <translation>Je kluis is klaar. Ontgrendel hem met je nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="160"/>
        <source>The new passphrase is set. Unlock with it now.</source>
        <translation>De nieuwe wachtwoordzin is ingesteld. Ontgrendel er nu mee.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/controller.py" line="187"/>
        <source>The vault was locked after {minutes} minutes without input.</source>
        <translation>De kluis is vergrendeld na {minutes} minuten zonder invoer.</translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="29"/>
        <source>Could not do that</source>
        <translation>Dat lukte niet</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="38"/>
        <source>(no log file could be written)</source>
        <translation>(er kon geen logbestand worden geschreven)</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="41"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/errors.py" line="42"/>
        <source>{app} ran into a bug and could not finish what you asked. Nothing you saved earlier is lost. Please send the log file to your administrator:

{path}</source>
        <translation>{app} liep tegen een fout in het programma aan en kon je opdracht niet afmaken. Wat je eerder hebt opgeslagen, is niet verloren. Stuur het logbestand naar je beheerder:

{path}</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="50"/>
        <source>Welcome to {app}</source>
        <translation>Welkom bij {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="53"/>
        <source>&lt;p&gt;This app keeps a small sample of recorded customer calls in an encrypted vault on this computer. Only people with a listening role can play a call, and only for a documented purpose. Every listen is logged, and the agent is told afterwards.&lt;/p&gt;&lt;p&gt;In three short steps this wizard:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;asks where to keep the vault;&lt;/li&gt;&lt;li&gt;makes you its first administrator, with your own passphrase;&lt;/li&gt;&lt;li&gt;shows the recovery key, for you to print or write down.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Deze app bewaart een kleine steekproef van opgenomen klantgesprekken in een versleutelde kluis op deze computer. Alleen mensen met een meeluisterrol kunnen een gesprek afspelen, en alleen voor een vastgelegd doel. Elke keer meeluisteren wordt gelogd, en de agent hoort het achteraf.&lt;/p&gt;&lt;p&gt;In drie korte stappen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;kies je waar de kluis komt;&lt;/li&gt;&lt;li&gt;word je de eerste beheerder, met je eigen wachtwoordzin;&lt;/li&gt;&lt;li&gt;krijg je de herstelsleutel te zien, om af te drukken of op te schrijven.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="64"/>
        <source>Open an existing vault…</source>
        <translation>Bestaande kluis openen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="67"/>
        <source>Already have a vault?</source>
        <translation>Heb je al een kluis?</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="76"/>
        <source>Choose the vault folder</source>
        <translation>Kies de map van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="84"/>
        <source>No vault there</source>
        <translation>Geen kluis gevonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="86"/>
        <source>That folder holds no vault. Choose the folder that contains vault.db and keyslots.json.</source>
        <translation>In die map staat geen kluis. Kies de map met vault.db en keyslots.json.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="16"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="17"/>
        <source>Team lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="18"/>
        <source>Quality coach</source>
        <translation>Kwaliteitscoach</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="19"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="27"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/labels.py" line="28"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="97"/>
        <source>Vault location</source>
        <translation>Locatie van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="100"/>
        <source>The vault is a folder with two files. Choose a new or empty folder on this computer; back it up like any other important folder.</source>
        <translation>De kluis is een map met twee bestanden. Kies een nieuwe of lege map op deze computer en maak er back-ups van, zoals van elke belangrijke map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="106"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="113"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="130"/>
        <source>This folder already holds a vault. Go back and choose “Open an existing vault…”, or choose another folder.</source>
        <translation>In deze map staat al een kluis. Ga terug en kies ‘Bestaande kluis openen…’, of kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="134"/>
        <source>This folder is not empty; choose a new or empty folder.</source>
        <translation>Deze map is niet leeg; kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="141"/>
        <source>Choose a folder for the vault</source>
        <translation>Kies een map voor de kluis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="79"/>
        <source>Available in a later version</source>
        <translation>Beschikbaar in een latere versie</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="81"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="82"/>
        <source>Recordings</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="83"/>
        <source>Listen log</source>
        <translation>Luisterlogboek</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="84"/>
        <source>Notifications</source>
        <translation>Kennisgevingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="85"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="86"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="87"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="72"/>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="134"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="135"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="149"/>
        <source>Opened with the recovery key</source>
        <translation>Geopend met de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="151"/>
        <source>Signed in as {name} · {roles}</source>
        <translation>Aangemeld als {name} · {roles}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="159"/>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/main_window.py" line="161"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Keeps a sample of recorded calls in an encrypted vault, lets only authorised roles listen for a documented purpose, logs every listen and makes sure agents are told.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Bewaart een steekproef van opgenomen gesprekken in een versleutelde kluis, laat alleen bevoegde rollen meeluisteren voor een vastgelegd doel, logt elke keer meeluisteren en zorgt dat agents het te horen krijgen.&lt;/p&gt;</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="181"/>
        <source>Passphrase of {name}</source>
        <translation>Wachtwoordzin van {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="187"/>
        <source>Only this user&apos;s passphrase changes; other users and the recovery key keep working as before.</source>
        <translation>Alleen de wachtwoordzin van deze gebruiker verandert; andere gebruikers en de herstelsleutel werken gewoon door.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="195"/>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="97"/>
        <source>&amp;Add user…</source>
        <translation>Gebruiker t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="99"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="101"/>
        <source>Change &amp;roles…</source>
        <translation>&amp;Rollen wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="102"/>
        <source>Re&amp;move user…</source>
        <translation>Gebruiker &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="103"/>
        <source>&amp;Add agent…</source>
        <translation>Agent t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="104"/>
        <source>&amp;Edit agent…</source>
        <translation>Agent &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="105"/>
        <source>&amp;Add team…</source>
        <translation>Team t&amp;oevoegen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="109"/>
        <source>You see the people of your own teams. Only administrators can make changes.</source>
        <translation>Je ziet de personen van je eigen teams. Alleen beheerders kunnen iets wijzigen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="123"/>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="127"/>
        <source>A&amp;gents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="129"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="131"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="204"/>
        <location filename="../../supervisor_app/ui/people_page.py" line="239"/>
        <source>Remove user</source>
        <translation>Gebruiker verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="206"/>
        <source>Remove {name}? They can no longer unlock the vault; what they did stays in the log.</source>
        <translation>{name} verwijderen? Deze persoon kan de kluis dan niet meer ontgrendelen; wat hij of zij deed, blijft in het logboek staan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="212"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="215"/>
        <source>Also re-encrypt the vault (rekey), so an old copy of the key is useless</source>
        <translation>Kluis ook opnieuw versleutelen, zodat een oude kopie van de sleutel niets meer waard is</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_page.py" line="237"/>
        <source>Re-encrypting the vault…</source>
        <translation>De kluis wordt opnieuw versleuteld…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="54"/>
        <source>Use recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="58"/>
        <source>Type the recovery key from the printed page. Afterwards you choose a new passphrase for an administrator.</source>
        <translation>Typ de herstelsleutel over van het afgedrukte vel. Daarna kies je een nieuwe wachtwoordzin voor een beheerder.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="70"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="74"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="85"/>
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
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="272"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="275"/>
        <source>If every administrator forgets their passphrase, this key is the only way back into the vault. It is shown only now.</source>
        <translation>Als alle beheerders hun wachtwoordzin vergeten, is deze sleutel de enige weg terug in de kluis. Je ziet hem alleen nu.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="282"/>
        <source>Print it or write it down and keep it locked away, apart from this computer. Anyone with this key and a copy of the vault can read it.</source>
        <translation>Druk hem af of schrijf hem op en berg hem achter slot en grendel op, niet bij deze computer. Wie deze sleutel en een kopie van de kluis heeft, kan alles lezen.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="287"/>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>Ik heb de herstelsleutel op een veilige plek opgeborgen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="35"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="37"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_key.py" line="67"/>
        <source>{app}: recovery key

This key opens the vault when every passphrase is lost. Keep this page locked away, apart from the computer.</source>
        <translation>{app}: herstelsleutel

Deze sleutel opent de kluis als alle wachtwoordzinnen kwijt zijn. Berg dit vel achter slot en grendel op, niet bij de computer.</translation>
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
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="162"/>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/recovery_dialogs.py" line="170"/>
        <source>&amp;Administrator:</source>
        <translation>&amp;Beheerder:</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="155"/>
        <source>Roles of {name}</source>
        <translation>Rollen van {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="160"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="161"/>
        <source>&amp;Save roles</source>
        <translation>Rollen &amp;opslaan</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="38"/>
        <source>Teams (for team lead and quality coach):</source>
        <translation>Teams (voor teamleider en kwaliteitscoach):</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="54"/>
        <source>There are no teams yet; add them on the Teams tab.</source>
        <translation>Er zijn nog geen teams; voeg ze toe op het tabblad Teams.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="83"/>
        <source>Give the user at least one role.</source>
        <translation>Geef de gebruiker minstens één rol.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/user_dialogs.py" line="86"/>
        <source>Team leads and quality coaches work for chosen teams only; tick at least one team.</source>
        <translation>Teamleiders en kwaliteitscoaches werken alleen voor gekozen teams; vink minstens één team aan.</translation>
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
        <location filename="../../supervisor_app/ui/setup_wizard.py" line="320"/>
        <source>Set up {app}</source>
        <translation>{app} instellen</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="72"/>
        <source>Add team</source>
        <translation>Team toevoegen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/agent_dialogs.py" line="76"/>
        <source>&amp;Add team</source>
        <translation>Team t&amp;oevoegen</translation>
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
        <translation>Ontgrendelen — {app}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="69"/>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>De kluis is vergrendeld. Meld je aan om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="98"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="99"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="102"/>
        <source>Use recovery key…</source>
        <translation>Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="103"/>
        <source>Open another vault…</source>
        <translation>Andere kluis openen…</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="108"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="144"/>
        <source>Vault: {folder}</source>
        <translation>Kluis: {folder}</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="173"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="177"/>
        <source>Enter your passphrase.</source>
        <translation>Vul je wachtwoordzin in.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="206"/>
        <source>The passphrase for “{name}” is not right; try again.</source>
        <translation>De wachtwoordzin voor ‘{name}’ klopt niet; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="209"/>
        <source>There is no user called “{name}” in this vault; check the name.</source>
        <translation>Er is in deze kluis geen gebruiker ‘{name}’; controleer de naam.</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="250"/>
        <source>Choose the vault folder</source>
        <translation>Kies de map van de kluis</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="261"/>
        <source>No vault there</source>
        <translation>Geen kluis gevonden</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/unlock_window.py" line="262"/>
        <source>That folder holds no vault. Create a new vault there?</source>
        <translation>In die map staat geen kluis. Daar een nieuwe kluis aanmaken?</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="86"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="86"/>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <location filename="../../supervisor_app/ui/people_models.py" line="86"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
</TS>
